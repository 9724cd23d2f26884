"""`hrarchive ingest run`: pull items from configured sources into the archive.

One run per source. The adapter lists the source's items (URLs with what the listing
says about them); every item gets an IngestItem before anything is fetched, then each
is fetched with conditional GET (validators remembered per URL in FetchState):
- 304, or the same bytes as last time: `skipped`;
- bytes already in the archive under another URL: `duplicate`;
- a known URL with new bytes: `updated` (the previous original stays in the blob store
  and is listed in the document's `extra["versions"]`);
- a new URL: `ingested` (or `no_text_layer`, `needs_password`);
- anything that goes wrong: `failed` with the reason (HTTP status, timeout, size, robots).
HTML landing pages that mostly link to a document are followed to that document.
Extraction runs in the same sandboxed workers as bulk import.
"""
from __future__ import annotations

import fcntl
import hashlib
import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Callable, Iterator
from urllib.parse import unquote, urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from archive import store
from archive.blobs import BlobStore
from archive.db import Database
from archive.indexing import index_documents
from archive.dates import parse_source_date
from archive.models import Document, FetchState, IngestItem, IngestRun, Source, utcnow
from archive.search import SearchBackend

from .errors import FetchError, IngestError, SourcesFileError
from .extract import Extraction, sniff
from .enrich.title import is_plausible
from .extract.html import parse_html
from .extract.ocr import OcrSettings
from .fetch import Fetcher, FetchOptions
from .importer import MEDIA_TYPES, TEXT_OUTCOMES, ImportOptions
from .runs import OpenRun, RunRecorder, record
from .writer import enrich_document, fill_text, new_original
from .sources import SourceConfig, SourceItem, list_source_items
from .workers import DEFAULT_EXTRACTOR, ExtractionPool, Task

log = logging.getLogger(__name__)

LANDING_MAX_CHARS = 2500  # a page with less main text than this that links a document is a landing page
LANGUAGE_CODES = {"eng": "en", "fre": "fr", "fra": "fr", "tur": "tr", "ger": "de", "deu": "de", "rus": "ru",
                  "kur": "ku", "spa": "es", "ara": "ar"}


@dataclass
class PipelineOptions:
    workers: int = 1
    timeout: float = 120.0
    memory_mb: int = 2048
    extractor: str = DEFAULT_EXTRACTOR
    ocr: OcrSettings | None = None


@dataclass
class ItemOutcome:
    url: str
    outcome: str
    document: str | None = None
    error: str | None = None


@dataclass
class SourceRun:
    source: str
    run_id: int | None = None
    error: str | None = None
    items: list[ItemOutcome] = field(default_factory=list)
    listed: list[SourceItem] = field(default_factory=list)  # for --dry-run
    resumed_done: int = 0  # items an earlier, interrupted attempt of the run had finished

    @property
    def counts(self) -> dict[str, int]:
        return dict(Counter(i.outcome for i in self.items))


@dataclass
class _Fetched:
    item: SourceItem
    url: str  # where the bytes came from (after redirects, or the landing page's document)
    data: bytes = b""
    sha: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    status: int | None = None
    title_hint: str | None = None
    charset: str = ""  # the HTTP header's, for HTML
    early: ItemOutcome | None = None
    update_of: int | None = None  # the document this URL produced before


def _file_name(url: str, data: bytes) -> str:
    name = unquote(PurePosixPath(urlsplit(url).path).name) or "index"
    kind = sniff(data, name)
    suffix = {"pdf": ".pdf", "html": ".html", "docx": ".docx", "text": ".txt"}.get(kind, "")
    if suffix and not name.lower().endswith(suffix):
        name = f"{name}{suffix}"
    return name[:200]


class PipelineLock:
    """One `ingest run` at a time per data directory (cron runs may overlap)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __enter__(self) -> "PipelineLock":
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.fh = open(self.path, "w")
        try:
            fcntl.flock(self.fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            self.fh.close()
            raise IngestError(f"another `hrarchive ingest run` is running (lock {self.path}); "
                              "try again when it has finished") from exc
        return self

    def __exit__(self, *exc: object) -> None:
        fcntl.flock(self.fh, fcntl.LOCK_UN)
        self.fh.close()


class Pipeline:
    """Runs sources: list, fetch, extract, record, index."""

    def __init__(self, db: Database, blobs: BlobStore, backend: SearchBackend, fetch: FetchOptions,
                 opts: PipelineOptions | None = None, sleep: Callable[[float], None] | None = None) -> None:
        self.db, self.blobs, self.backend = db, blobs, backend
        self.opts = opts or PipelineOptions()
        self.fetcher = Fetcher(fetch, sleep=sleep) if sleep else Fetcher(fetch)
        self.recorder = RunRecorder(db)

    # ------------------------------------------------------------------ runs
    def run(self, sources: list[SourceConfig], dry_run: bool = False) -> list[SourceRun]:
        return [self.run_source(s, dry_run) for s in sources]

    def run_source(self, source: SourceConfig, dry_run: bool = False) -> SourceRun:
        result = SourceRun(source.name)
        try:
            items = list_source_items(source, self.fetcher)
        except (FetchError, SourcesFileError) as exc:
            result.error = f"cannot list the source: {exc}"
            log.warning("source %s: %s", source.name, result.error)
            if not dry_run:
                result.run_id = self._record_failed_run(source, result.error)
            return result
        if dry_run:
            result.listed = items
            return result
        return self.run_items(source, items)

    def run_items(self, source: SourceConfig, items: list[SourceItem], run_id: int | None = None) -> SourceRun:
        """Fetch and record `items` of `source` in a run: `run_id` (created when a job was
        queued), else the source's unfinished run (a run killed before it finished is
        resumed: the items it finished are not fetched again), else a new one."""
        result = SourceRun(source.name)
        opened = self._open_run(source, items, run_id)
        run_id = result.run_id = opened.id
        with self.db.session() as s:
            source_id = s.scalars(select(IngestRun.source_id).where(IngestRun.id == run_id)).one()
        todo = [item for item in items if item.url not in opened.done]
        result.resumed_done = len(opened.done)
        # what an interrupted attempt had listed and not done is done too, even if the
        # listing no longer shows it (it has no listing metadata then)
        listed = {item.url for item in items}
        todo += [SourceItem(url=url) for url in opened.unfinished if url not in listed]
        fetched: dict[str, _Fetched] = {}

        def tasks() -> Iterator[Task]:
            for item in todo:
                with self.db.session() as s:
                    f = self._fetch(s, source, item)
                fetched[item.url] = f
                if f.early is not None:
                    self._record(run_id, source_id, source, f, None, result)
                    continue
                yield Task(key=item.url, data=f.data, name=_file_name(f.url, f.data),
                           metadata={"title": f.title_hint or item.title or "",
                                     "ocr_language": source.defaults.get("language") or "",
                                     "charset": f.charset})

        try:
            with ExtractionPool(self.opts.workers, self.opts.timeout, self.opts.memory_mb,
                                self.opts.extractor, self.opts.ocr) as pool:
                for url, extraction in pool.run(tasks()):
                    self._record(run_id, source_id, source, fetched[url], extraction, result)
        except BaseException as exc:
            # what was written is indexed; the run stays unfinished, and the next run of
            # the source resumes it (a killed process leaves it "running": the same)
            self._index(run_id)
            self.recorder.stop(run_id, f"{type(exc).__name__}: {exc}")
            raise
        self._index(run_id)
        self.recorder.finish(run_id)
        log.info("source %s: run %d: %s", source.name, run_id, result.counts)
        return result

    def _source_row(self, s: Session, source: SourceConfig) -> Source:
        row = s.scalars(select(Source).where(Source.name == source.name)).first()
        if row is None:
            row = Source(name=source.name, kind=source.kind)
            s.add(row)
        row.kind, row.url, row.enabled, row.config = source.kind, source.url, source.enabled, source.as_json()
        s.flush()
        return row

    def _record_failed_run(self, source: SourceConfig, error: str) -> int:
        with self.db.session_scope() as s:
            source_id = self._source_row(s, source).id
        return self.recorder.failed_to_start("pipeline", error, source_id=source_id,
                                             params={"source": source.name, "url": source.url})

    def _open_run(self, source: SourceConfig, items: list[SourceItem], run_id: int | None) -> OpenRun:
        with self.db.session_scope() as s:
            source_id = self._source_row(s, source).id
        return self.recorder.open("pipeline", [item.url for item in items], run_id=run_id, source_id=source_id,
                                  params={"source": source.name, "url": source.url, "kind": source.kind})

    def _index(self, run_id: int) -> None:
        """Index the run's documents not indexed yet (this attempt's, and an interrupted
        attempt's that were written but not indexed)."""
        with self.db.session_scope() as s:
            pending = list(s.scalars(select(Document.id).join(IngestItem, IngestItem.document_id == Document.id)
                                     .where(IngestItem.run_id == run_id, Document.index_state != "ok",
                                            Document.deleted_at.is_(None)).distinct()))
            if pending:
                try:
                    index_documents(s, self.backend, pending)
                except Exception:  # rows stay pending; `hrarchive index check --repair` picks them up
                    log.exception("indexing %d documents of run %d failed", len(pending), run_id)

    # ----------------------------------------------------------------- items
    def _fetch(self, s: Session, source: SourceConfig, item: SourceItem) -> _Fetched:
        """Fetch one item (and its document, for a landing page); decide early outcomes."""
        state = s.scalars(select(FetchState).where(FetchState.url == item.url)).first()
        doc = s.get(Document, state.document_id) if state and state.document_id else None
        known = doc is not None and doc.deleted_at is None
        f = _Fetched(item=item, url=item.url, update_of=doc.id if known and doc else None)
        try:
            response = self.fetcher.get(item.url, etag=state.etag if known and state else None,
                                        last_modified=state.last_modified if known and state else None,
                                        delay=source.delay)
        except FetchError as exc:
            f.early = ItemOutcome(item.url, "failed", error=str(exc))
            f.status = exc.status
            return f
        f.status, f.etag, f.last_modified = response.status, response.etag, response.last_modified
        if response.not_modified:
            f.etag = f.etag or (state.etag if state else None)
            f.last_modified = f.last_modified or (state.last_modified if state else None)
            f.sha = state.sha256 if state else None
            f.early = ItemOutcome(item.url, "skipped", doc.public_id if doc else None,
                                  "not modified since the last run (conditional GET)")
            return f
        data, f.url, f.charset = response.body, response.url, response.charset
        if source.follow_documents and sniff(data, _file_name(f.url, data)) == "html":
            # our own reading only (no main-text pass here: the parent decides, the
            # extraction worker reads the article)
            page = parse_html(data, response.url, main_text=False, charset=response.charset)
            links = [l for l in page.links if re.search(source.document_pattern, l.url, re.I)
                     and l.url.startswith(("http://", "https://"))]
            if links and len(page.text) < LANDING_MAX_CHARS:
                target = links[0].url
                try:
                    document = self.fetcher.get(target, delay=source.delay)
                except FetchError as exc:
                    f.early = ItemOutcome(item.url, "failed",
                                          error=f"landing page links to {target}, which failed: {exc}")
                    f.status = exc.status
                    return f
                data, f.url, f.title_hint = document.body, document.url, page.title or None
                f.charset = document.charset
        f.data = data
        f.sha = hashlib.sha256(data).hexdigest()
        if known and state and state.sha256 == f.sha:
            f.early = ItemOutcome(item.url, "skipped", doc.public_id if doc else None,
                                  "unchanged since the last run (same content)")
            return f
        self.blobs.put_bytes(data)  # the original is safe before anything else
        store.ensure_blob(s, f.sha, len(data), MEDIA_TYPES.get(sniff(data, _file_name(f.url, data)),
                                                               "application/octet-stream"),
                          _file_name(f.url, data))
        s.commit()
        existing = store.find_by_blob(s, f.sha)
        if existing is not None and existing.id != f.update_of:
            f.early = ItemOutcome(item.url, "duplicate", existing.public_id,
                                  f"same file as document {existing.public_id}")
        return f

    def _record(self, run_id: int, source_id: int | None, source: SourceConfig, f: _Fetched,
                extraction: Extraction | None, result: SourceRun) -> None:
        """Write one item's outcome, its document and its fetch state, in one transaction."""
        try:
            with self.db.session_scope() as s:
                outcome = f.early or self._write_document(s, source_id, source, f, extraction)
                doc_id = s.scalars(select(Document.id).where(Document.public_id == outcome.document)).one() \
                    if outcome.document else None
                self._remember(s, source_id, f, outcome, doc_id)
                item = s.scalars(select(IngestItem).where(IngestItem.run_id == run_id,
                                                          IngestItem.locator == f.item.url)).one()
                record(item, outcome.outcome, error=outcome.error, sha256=f.sha, document_id=doc_id,
                       extractor=extraction.extractor if extraction else None)
        except Exception as exc:  # one bad item never stops the run
            log.exception("recording %s failed", f.item.url)
            outcome = ItemOutcome(f.item.url, "failed", error=f"unexpected error while saving: "
                                                                f"{type(exc).__name__}: {exc}")
            with self.db.session_scope() as s:
                item = s.scalars(select(IngestItem).where(IngestItem.run_id == run_id,
                                                          IngestItem.locator == f.item.url)).one()
                record(item, "failed", error=outcome.error)
        result.items.append(outcome)

    def _remember(self, s: Session, source_id: int | None, f: _Fetched, outcome: ItemOutcome,
                  doc_id: int | None) -> None:
        if outcome.outcome == "failed" and f.status is None:
            return  # nothing learnt about the URL
        state = s.scalars(select(FetchState).where(FetchState.url == f.item.url)).first()
        if state is None:
            state = FetchState(url=f.item.url)
            s.add(state)
        state.fetched_at, state.status = utcnow(), f.status
        state.source_id = source_id
        if outcome.outcome == "failed":
            return  # keep the validators of the last good fetch
        state.etag, state.last_modified = f.etag, f.last_modified
        if f.sha:
            state.sha256 = f.sha
        if doc_id and (outcome.outcome != "duplicate" or state.document_id is None):
            state.document_id = doc_id

    def _write_document(self, s: Session, source_id: int | None, source: SourceConfig, f: _Fetched,
                        extraction: Extraction | None) -> ItemOutcome:
        assert extraction is not None and f.sha is not None
        if extraction.status in ("unsupported", "failed"):
            return ItemOutcome(f.item.url, extraction.status, error=extraction.error)
        d = source.defaults
        opts = ImportOptions(mechanism=d.get("mechanism"), body=d.get("body"), doc_type=d.get("doc_type"),
                             visibility=d.get("visibility", "public"))
        doc = s.get(Document, f.update_of) if f.update_of else None
        if doc is not None:
            new_original(doc, f.sha)
            outcome = "updated"
        else:
            doc = store.new_document(blob_sha256=f.sha, title="", visibility=opts.visibility, extra={},
                                     source_id=source_id)
            s.add(doc)
            outcome = TEXT_OUTCOMES[extraction.status]
        doc.source_url = f.url
        fallback = _file_name(f.url, f.data).rsplit(".", 1)[0]
        fill_text(doc, extraction, None, opts, fallback, s)
        s.flush()
        enrich_document(s, doc, extraction, opts)
        self._apply_item_metadata(doc, f, extraction, d)
        store.touch(doc)
        s.flush()
        return ItemOutcome(f.item.url, outcome, doc.public_id, extraction.error)

    @staticmethod
    def _apply_item_metadata(doc: Document, f: _Fetched, extraction: Extraction, defaults: dict[str, str]) -> None:
        """What the listing said (title, date, language, symbol) beats rules, never a person."""
        locked = set(doc.locked_fields or [])
        extra = dict(doc.extra or {})
        provenance = dict(extra.get("provenance", {}))
        item = f.item
        title = item.title or f.title_hint
        if title and "title" not in locked and is_plausible(title):
            doc.title, provenance["title"] = title[:500], "source"
        # (the page's own date to the day; one known to its month or year only was weighed
        # against its text's by the rules: ingest.enrich)
        page_date = parse_source_date(extraction.metadata.get("date"))
        date = parse_source_date(item.date) or (page_date if page_date and page_date[1] == "day" else None)
        if date and "published_date" not in locked:
            doc.published_date, doc.published_precision = date
            provenance["published_date"] = "source"
        language = LANGUAGE_CODES.get(item.language or "", item.language)
        if language and len(language) == 2 and "language" not in locked and doc.language in (None, "und"):
            doc.language, doc.languages = language, [language]
            provenance["language"] = "source"
        if doc.language in (None, "und") and "language" not in locked:
            # what the page states (<html lang>) before the sources file's default
            fallback = extraction.metadata.get("lang") or defaults.get("language")
            if fallback:
                doc.language, doc.languages = fallback, [fallback]
                provenance["language"] = "default"
        if item.metadata.get("symbol") and "symbol" not in locked and not doc.symbol:
            doc.symbol, provenance["symbol"] = item.metadata["symbol"][:200], "source"
        if item.metadata.get("doc_type") and "doc_type" not in locked:
            doc.doc_type, provenance["doc_type"] = item.metadata["doc_type"][:60], "source"
        extra["provenance"] = provenance
        doc.extra = extra
