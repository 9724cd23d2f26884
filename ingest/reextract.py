"""Reading the originals of stored documents again (`hrarchive extract`), when the
extractors have learnt something since the documents were imported: Word's list
numbering, say, which the text of a DOCX imported before it lacks.

The version of the extractors is EXTRACTION_VERSION. Each original is read again in a
sandboxed extraction worker, as at import (without OCR). Where the text changed, the
pages are replaced, enrichment runs again (values a person set stay) and the document is
re-indexed; where it did not, only the attempt is recorded. A text that cannot be read
again as well is kept, and the reason recorded:

- a text OCR read (all or some of its pages): reading the file again would lose it
  (`hrarchive ocr` is for scans);
- a web page: its character set may have come from the server that sent it, and its
  text is read again when its source is fetched;
- a reading that fails (a password the archive does not keep, a file the new extractor
  refuses, a worker's time or memory limit) or finds no text where there was text.

Every attempt is recorded in the document's `extra["extraction"]` (version, when,
outcome, error), so `--all` takes the documents an older version read, and an
interrupted run resumes. Documents imported with the current version are stamped with it.
"""
from __future__ import annotations

from collections import Counter
from typing import Any, Callable

from sqlalchemy import exists, select

from archive.errors import BlobError
from archive.indexing import index_documents
from archive.models import Blob, Document, Page, utcnow

from .enrich.run import given_metadata, language_given
from .extract import EXTRACTION_VERSION
from .workers import ExtractionPool, Task
from .writer import rewrite_text

REPLACED, UNCHANGED, KEPT = "replaced", "unchanged", "kept"
WEB_PAGE = "text/html"


def _read_by_ocr(doc_id: Any) -> Any:
    return exists().where(Page.document_id == doc_id, Page.ocr_confidence.is_not(None))


def backlog(session: Any, force: bool = False) -> list[int]:
    """Live documents with an original file (not a web page) whose text is the file's
    own, that the current extractors have not read (with `force`, all of them)."""
    rows = session.execute(
        select(Document.id, Document.extra).join(Blob, Blob.sha256 == Document.blob_sha256)
        .where(Document.deleted_at.is_(None), Blob.media_type != WEB_PAGE, ~_read_by_ocr(Document.id))
        .order_by(Document.id)).all()
    return [doc_id for doc_id, extra in rows
            if force or ((extra or {}).get("extraction") or {}).get("version") != EXTRACTION_VERSION]


def _not_again(session: Any, doc: Document) -> str | None:
    """Why `doc`'s text is not to be read again from its file, or None."""
    if not doc.blob_sha256 or doc.blob is None:
        return "the document has no original file"
    if doc.blob.media_type == WEB_PAGE:
        return "a web page is read again when its source is fetched"
    if session.scalar(select(_read_by_ocr(doc.id))):
        return "its text was read by OCR (`hrarchive ocr` reads scans)"
    return None


def reextract_documents(archive: Any, ids: list[int], *, workers: int = 1, timeout: float = 120.0,
                        memory_mb: int = 2048, progress: Callable[[int, int], None] | None = None,
                        kept: list[tuple[str, str]] | None = None) -> Counter[str]:
    """Read the originals of the documents `ids` again; returns how many were `replaced`
    (their text changed), `unchanged` and `kept` (not read again, or the new reading
    failed: the reason is recorded and the text kept; `kept` gets (public id, reason))."""
    outcomes: Counter[str] = Counter()
    done = 0

    def step(outcome: str, public_id: str, reason: str | None) -> None:
        nonlocal done
        outcomes[outcome] += 1
        done += 1
        if outcome == KEPT and kept is not None:
            kept.append((public_id, reason or ""))
        if progress:
            progress(done, len(ids))

    def tasks():  # type: ignore[no-untyped-def]
        for doc_id in ids:
            with archive.db.session_scope() as s:
                doc = s.get(Document, doc_id)
                if doc is None or doc.deleted_at is not None:
                    continue
                reason = _not_again(s, doc)
                if reason is None:
                    try:
                        data = archive.blobs.read(doc.blob_sha256)
                    except (BlobError, OSError) as exc:  # the blob store lost it, or cannot be read
                        reason = f"its original could not be read ({exc})"
                if reason:
                    _stamp(doc, KEPT, reason)
                    step(KEPT, doc.public_id, reason)
                    continue
                name, given = doc.blob.original_name, given_metadata(doc)
            yield Task(key=doc_id, data=data, name=name, metadata=given)

    with ExtractionPool(workers, timeout, memory_mb) as pool:
        for doc_id, extraction in pool.run(tasks()):
            step(*_record(archive, doc_id, extraction))
    return outcomes


def _stamp(doc: Document, outcome: str, error: str | None = None) -> None:
    record = {"version": EXTRACTION_VERSION, "at": utcnow().isoformat(timespec="seconds"), "outcome": outcome}
    if error:
        record["error"] = error[:500]
    doc.extra = {**(doc.extra or {}), "extraction": record}


def _record(archive: Any, doc_id: int, extraction: Any) -> tuple[str, str, str | None]:
    """The new reading written, or the attempt recorded: (outcome, public id, reason kept)."""
    with archive.db.session_scope() as s:
        doc = s.get(Document, doc_id)
        assert doc is not None
        old = [p.text for p in doc.pages]
        if extraction.status not in ("ok", "partial") and any(t.strip() for t in old):
            error = extraction.error or f"read as {extraction.status}"
            reason = f"the file could not be read again ({error}); its text is kept"
            _stamp(doc, KEPT, reason)
            return KEPT, doc.public_id, reason
        if extraction.pages == old:
            _stamp(doc, UNCHANGED)
            return UNCHANGED, doc.public_id, None
        if not language_given(doc):
            doc.language = None  # detected again, from the new text
        rewrite_text(s, doc, extraction)
        _stamp(doc, REPLACED, extraction.error)
        s.flush()
        index_documents(s, archive.backend, [doc.id])
        return REPLACED, doc.public_id, None
