"""`hrarchive import`: files and folders of PDFs into the record and the index.

Every file gets an IngestItem with an outcome. The original is stored first (by
hash), the item is recorded as failed before any work and set done only at the end,
so a crash leaves a truthful trail and a re-run finishes the job without duplicates.
"""
from __future__ import annotations

import logging
import mimetypes
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from sqlalchemy.orm import Session

from archive import store
from archive.blobs import BlobStore
from archive.db import Database
from archive.indexing import index_documents
from archive.models import Document, IngestItem, IngestRun, utcnow
from archive.search import SearchBackend

from .enrich.language import detect_language
from .extract import Extraction
from .extract.pdf import extract_pdf
from .metadata import SheetRow, lookup

log = logging.getLogger(__name__)

SUPPORTED_SUFFIXES = {".pdf"}
# Documents are indexed in batches; a crash in between leaves them "pending" for
# `index check --repair`.
INDEX_BATCH = 50


@dataclass
class ImportOptions:
    sheet: dict[str, SheetRow] = field(default_factory=dict)
    mechanism: str | None = None
    body: str | None = None
    doc_type: str | None = None
    language: str | None = None
    visibility: str = "public"


@dataclass
class ItemResult:
    locator: str
    outcome: str
    document: str | None = None
    error: str | None = None


@dataclass
class ImportSummary:
    run_id: int
    items: list[ItemResult] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        return dict(Counter(i.outcome for i in self.items))


def discover(paths: Iterable[Path]) -> Iterator[tuple[Path, str]]:
    """Yield (file, locator) for every file under `paths`, folders recursively.

    The locator is the path relative to the folder given (the sheet's key), or the
    file name for a file given directly.
    """
    for path in paths:
        if path.is_dir():
            for f in sorted(p for p in path.rglob("*") if p.is_file()):
                if any(part.startswith(".") for part in f.relative_to(path).parts):
                    continue
                yield f, f.relative_to(path).as_posix()
        else:
            yield path, path.name


def _title_from(extraction: Extraction, fallback: str) -> str:
    title = extraction.metadata.get("title", "").strip()
    if title and len(title) > 3 and not title.lower().startswith(("microsoft word", "untitled")):
        return title
    for page in extraction.pages:
        for line in page.splitlines():
            if len(line.strip()) > 8:
                return line.strip()[:300]
    return fallback


def _apply_metadata(doc: Document, row: SheetRow | None, opts: ImportOptions) -> None:
    defaults = {"mechanism": opts.mechanism, "body": opts.body, "doc_type": opts.doc_type}
    for name, value in defaults.items():
        if value and not getattr(doc, name):
            setattr(doc, name, value)
    if opts.language and not doc.language:
        doc.language = opts.language
    if row is None:
        return
    for name, value in row.fields_set().items():
        if name != "topics":
            setattr(doc, name, value)
    if row.language:
        doc.languages = [row.language]


def _metadata_differs(doc: Document, row: SheetRow | None) -> bool:
    if row is None:
        return False
    for name, value in row.fields_set().items():
        if name == "topics":
            if sorted(t.topic.key for t in doc.topics) != sorted(value):  # type: ignore[arg-type]
                return True
        elif getattr(doc, name) != value:
            return True
    return False


def _extract(path: Path, data: bytes, row: SheetRow | None) -> Extraction:
    suffix = path.suffix.lower()
    if suffix == ".pdf" or data[:5] == b"%PDF-":
        if data[:5] != b"%PDF-" and b"%PDF-" not in data[:1024]:
            return Extraction(status="failed", extractor="pypdf",
                              error="the file is named .pdf but is not a PDF")
        return extract_pdf(data, (row.password,) if row and row.password else ())
    return Extraction(status="unsupported", error=f"{suffix or 'this file type'} is not supported yet")


def import_one(session: Session, blobs: BlobStore, run: IngestRun, path: Path, locator: str,
               opts: ImportOptions) -> tuple[ItemResult, int | None]:
    """Import one file; returns its result and the id of the document to index."""
    item = IngestItem(run=run, locator=locator, outcome="failed", error="interrupted", done=False)
    session.add(item)
    session.flush()
    row = lookup(opts.sheet, locator)
    doc_to_index: int | None = None
    try:
        data = path.read_bytes()
        sha = blobs.put_bytes(data)  # the original is safe before anything else happens
        item.sha256 = sha
        media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        store.ensure_blob(session, sha, len(data), media_type, path.name)
        existing = store.find_by_blob(session, sha)
        if existing is not None:
            item.document_id = existing.id
            if existing.text_status == "needs_password" and row and row.password:
                # The same locked file, now with a password: extract it into the kept document.
                extraction = _extract(path, data, row)
                item.extractor = extraction.extractor or None
                if extraction.status in ("ok", "partial", "no_text_layer"):
                    store.set_pages(existing, extraction.pages)
                    existing.text_status = extraction.status
                    _apply_metadata(existing, row, opts)
                    if "language" not in existing.locked_fields and not (row.language or opts.language):
                        existing.language = detect_language("\n".join(extraction.pages))
                        existing.languages = [existing.language]
                    if existing.title == path.stem:
                        existing.title = _title_from(extraction, path.stem)
                    store.touch(existing)
                    item.outcome, item.error = "updated", None
                    return ItemResult(locator, "updated", existing.public_id, None), existing.id
                item.outcome, item.error = extraction.status, extraction.error
                return ItemResult(locator, item.outcome, existing.public_id, item.error), None
            if _metadata_differs(existing, row):
                _apply_metadata(existing, row, opts)
                if row and row.topics:
                    store.set_topics(session, existing, row.topics)
                store.touch(existing)
                item.outcome, item.error = "updated", None
                doc_to_index = existing.id
            else:
                item.outcome = "duplicate"
                item.error = f"same file as document {existing.public_id}"
            return ItemResult(locator, item.outcome, existing.public_id, item.error), doc_to_index
        extraction = _extract(path, data, row)
        item.extractor = extraction.extractor or None
        if extraction.status in ("unsupported", "failed"):
            item.outcome, item.error = extraction.status, extraction.error
            return ItemResult(locator, item.outcome, None, item.error), None
        doc = Document(blob_sha256=sha, title="", visibility=opts.visibility, extra={})
        session.add(doc)
        store.set_pages(doc, extraction.pages)
        doc.text_status = extraction.status
        _apply_metadata(doc, row, opts)
        if not doc.title:
            doc.title = _title_from(extraction, path.stem)
        if not doc.language:
            doc.language = detect_language("\n".join(extraction.pages))
            doc.languages = [doc.language]
        if doc.symbol:
            store.set_own_identifier(session, doc, "symbol", doc.symbol, doc.symbol)
        if row and row.topics:
            session.flush()
            store.set_topics(session, doc, row.topics)
        session.flush()
        item.document_id = doc.id
        item.outcome = {"ok": "ingested", "partial": "ingested"}.get(extraction.status, extraction.status)
        item.error = extraction.error
        doc_to_index = doc.id
        return ItemResult(locator, item.outcome, doc.public_id, item.error), doc_to_index
    except OSError as exc:
        item.outcome, item.error = "failed", f"cannot read the file: {exc.strerror or exc}"
        return ItemResult(locator, "failed", None, item.error), None
    finally:
        item.done = True
        item.finished_at = utcnow()


def import_paths(db: Database, blobs: BlobStore, backend: SearchBackend, paths: list[Path],
                 opts: ImportOptions, progress: Callable[[ItemResult], None] | None = None) -> ImportSummary:
    """Import every file under `paths`; one transaction per file, then index it."""
    with db.session_scope() as session:
        run = IngestRun(kind="import", params={"paths": [str(p) for p in paths]}, status="running")
        session.add(run)
        session.flush()
        run_id = run.id
    summary = ImportSummary(run_id=run_id)
    pending: list[int] = []
    for path, locator in discover(paths):
        session = db.session()
        try:
            run = session.get(IngestRun, run_id)
            assert run is not None
            try:
                result, doc_id = import_one(session, blobs, run, path, locator, opts)
                session.commit()
            except Exception as exc:  # one bad item never stops the batch
                session.rollback()
                log.exception("import of %s failed", locator)
                session.add(IngestItem(run_id=run_id, locator=locator, outcome="failed", done=True,
                                       error=f"unexpected error: {type(exc).__name__}: {exc}",
                                       finished_at=utcnow()))
                session.commit()
                result, doc_id = ItemResult(locator, "failed", None, str(exc)), None
            if doc_id is not None:
                pending.append(doc_id)
            if len(pending) >= INDEX_BATCH:
                index_documents(session, backend, pending)
                pending.clear()
        finally:
            session.close()
        summary.items.append(result)
        if progress:
            progress(result)
    with db.session_scope() as session:
        if pending:
            index_documents(session, backend, pending)
        run = session.get(IngestRun, run_id)
        assert run is not None
        run.status = "done"
        run.finished_at = utcnow()
        run.counts = summary.counts
    log.info("import run %d done: %s", run_id, summary.counts)
    return summary
