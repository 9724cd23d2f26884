"""`hrarchive import`: files, folders and zips into the record and the index.

Every file gets an IngestItem with an outcome. The run lists all its files before any
work (items not yet `done`), stores each original by hash before extracting it, and
writes documents and item outcomes together, in batches, in one transaction each; the
index follows each batch. Killed at any point (even kill -9), the same command resumes
the unfinished run: done items are skipped, and re-imported bytes are recognised by
hash, so nothing is lost and nothing is duplicated.
"""
from __future__ import annotations

import hashlib
import json
import logging
import queue
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from archive import store
from archive.blobs import BlobStore
from archive.db import Database
from archive.indexing import index_documents
from archive.models import Document, IngestItem
from archive.search import SearchBackend
from archive.search.base import IndexWriter

from .discovery import Candidate, Discovery
from .errors import StorageFull, storage_full
from .extract import Extraction, sniff
from .extract.ocr import OcrSettings
from .metadata import SheetRow, lookup
from .runs import OpenRun, RunRecorder, record
from .workers import DEFAULT_EXTRACTOR, ExtractionPool, Task
from .writer import enrich_document, fill_text

log = logging.getLogger(__name__)

BATCH_ITEMS = 25
BATCH_SECONDS = 2.0
# Batches waiting for the index writer before the run waits for it. A waiting document
# costs only its id (the writer reads it back from the record), and near the end every
# result is a batch: with a few, the run stopped feeding its workers during a write.
INDEX_BACKLOG = 100
# Index writes: each is a new index segment, and Whoosh's cost is mostly per distinct
# word per segment, so a few large writes cost far less than many small ones. Documents
# are written once this many are waiting (also bounding memory) ...
INDEX_DOCS = 200
INDEX_PAGES = 2500
# ... or once the oldest has waited this long. (Writing small batches as soon as a core
# is free does not finish a run sooner and costs 40 % more CPU in the parent; writes
# every 30 s instead of 15 s cost a fifth less, by merging less.)
INDEX_SECONDS = 30.0
# Near the end of the extraction the waiting documents are written once the seconds of
# extraction left are fewer than this many times the write's expected wall time (taken
# from the last write of at least ENDING_SAMPLE_PAGES pages; before one, this per page).
# The writes then come at about 1/4, 1/16, ... of the time left after the last regular
# one, so the last one is small.
ENDING_MARGIN = 2.0
ENDING_SAMPLE_PAGES = 100
WRITE_PAGE_SECONDS = 0.005
MEDIA_TYPES = {"pdf": "application/pdf", "html": "text/html", "text": "text/plain", "zip": "application/zip",
               "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}
TEXT_OUTCOMES = {"ok": "ingested", "partial": "ingested", "no_text_layer": "no_text_layer",
                 "needs_password": "needs_password"}


@dataclass
class ImportOptions:
    sheet: dict[str, SheetRow] = field(default_factory=dict)
    sheet_path: Path | None = None
    mechanism: str | None = None
    body: str | None = None
    doc_type: str | None = None
    language: str | None = None
    visibility: str = "public"
    workers: int = 1
    timeout: float = 120.0
    memory_mb: int = 2048
    extractor: str = DEFAULT_EXTRACTOR  # "module:function"; tests plug in hostile ones
    run_kind: str = "import"  # import | upload | retry
    run_id: int | None = None  # a run created beforehand (an upload's), to fill in
    user_id: int | None = None  # who started it (web uploads and retries)
    only: frozenset[str] = frozenset()  # just these locators (a retry of failed items)
    ocr: OcrSettings | None = None  # None: the workers' defaults (auto, tur+eng, no cache)

    def fingerprint(self, paths: list[Path]) -> str:
        """What makes two invocations 'the same command' for resuming."""
        sheet_digest = hashlib.sha256(self.sheet_path.read_bytes()).hexdigest() if self.sheet_path else ""
        key = {"paths": sorted(str(p.resolve()) for p in paths), "sheet": sheet_digest,
               "defaults": [self.mechanism, self.body, self.doc_type, self.language, self.visibility]}
        if self.only or self.run_kind != "import":
            key["only"], key["kind"] = sorted(self.only), self.run_kind
        return hashlib.sha256(json.dumps(key, sort_keys=True).encode()).hexdigest()


@dataclass
class ItemResult:
    locator: str
    outcome: str
    document: str | None = None
    error: str | None = None
    pages: int = 0
    extractor: str | None = None


@dataclass
class ImportSummary:
    run_id: int
    resumed: bool = False
    items: list[ItemResult] = field(default_factory=list)
    skipped_done: int = 0
    seconds: float = 0.0

    @property
    def counts(self) -> dict[str, int]:
        return dict(Counter(i.outcome for i in self.items))


@dataclass
class Progress:
    done: int
    total: int
    pages: int
    started: float
    last: ItemResult

    def seconds_left(self) -> float | None:
        return seconds_left(self.done, self.total, self.started)


def seconds_left(done: int, total: int, started: float) -> float | None:
    """Seconds until `total` files are done at the rate of the `done` so far since
    `started` (time.monotonic()); None before the first."""
    if not done:
        return None
    return (total - done) * (time.monotonic() - started) / done


# ----------------------------------------------------------------------------- helpers

def _apply_metadata(doc: Document, row: SheetRow | None, opts: ImportOptions) -> None:
    """Values a person gave (sheet, --language) win and are locked against rules."""
    locked = set(doc.locked_fields or [])
    if opts.language and "language" not in locked:
        doc.language, doc.languages = opts.language, [opts.language]
        locked.add("language")
    if row is not None:
        provenance = dict((doc.extra or {}).get("provenance", {}))
        for name, value in row.fields_set().items():
            if name != "topics":
                setattr(doc, name, value)
            locked.add(name)
            provenance[name] = "sheet"
        doc.extra = {**(doc.extra or {}), "provenance": provenance}
        if row.language:
            doc.languages = [row.language]
    doc.locked_fields = sorted(locked)


def _metadata_differs(doc: Document, row: SheetRow | None) -> bool:
    if row is None:
        return False
    for name, value in row.fields_set().items():
        if name == "topics":
            if sorted(t.topic.key for t in doc.topics) != sorted(value):  # type: ignore[arg-type, call-overload]
                return True
        elif getattr(doc, name) != value:
            return True
    return False


# ------------------------------------------------------------------------------ runner

class BackgroundIndexer:
    """Indexes written documents on a thread, so the parent goes on feeding workers.

    Documents are collected into large index writes (see INDEX_DOCS). Near the end of
    the extraction, what is waiting is written as soon as the extraction left (`eta`,
    in seconds) would not cover writing it (see ENDING_MARGIN): the writes get smaller
    as the end nears, and the run ends soon after its last extraction. Anything left
    unindexed (an error, a crash) stays `pending` in the record and is indexed when
    the run finishes.
    """

    def __init__(self, db: Database, writer: IndexWriter,
                 eta: Callable[[], float | None] = lambda: None) -> None:
        self.db, self.writer, self.eta = db, writer, eta
        # Bounded (INDEX_BACKLOG): when indexing falls far behind extraction, the run
        # waits for it.
        self.queue: queue.Queue[list[tuple[int, int]] | None] = queue.Queue(maxsize=INDEX_BACKLOG)
        self.finishing = threading.Event()
        self.page_seconds = WRITE_PAGE_SECONDS  # a write's wall time per page, as measured
        self.thread = threading.Thread(target=self._loop, name="indexer", daemon=True)
        self.thread.start()

    def submit(self, docs: list[tuple[int, int]]) -> None:
        """Queue documents, as (id, page count) pairs, for indexing."""
        if docs:
            self._put(list(docs))

    def finish_soon(self) -> None:
        """The last file has been handed out: from now on the run hands documents over
        as they are stored. Without an `eta`, they are also written as they come, so
        that they are indexed while the last files are extracted instead of after."""
        self.finishing.set()
        try:
            self.queue.put_nowait([])  # wake the writer for those waiting now
        except queue.Full:
            pass  # it has batches to take: it is awake

    def close(self) -> None:
        self._put(None)
        self.thread.join()

    def _put(self, item: list[tuple[int, int]] | None) -> None:
        # Wait while the writer is busy, unless it has died: documents it did not index
        # stay pending and the run's final pass indexes them.
        while self.thread.is_alive():
            try:
                self.queue.put(item, timeout=1.0)
                return
            except queue.Full:
                continue

    def _ending(self, pages: int) -> bool:
        """Whether what is waiting (`pages` pages) should be written now, for the run to
        end soon after its extraction: the extraction left would not cover the write."""
        left = self.eta()
        if left is None:
            return self.finishing.is_set()
        return left <= ENDING_MARGIN * pages * self.page_seconds

    def _loop(self) -> None:
        session = self.db.session()
        waiting: list[int] = []
        pages = 0
        since = 0.0
        try:
            while True:
                timeout = None
                if waiting:  # look at the time left every second
                    timeout = min(1.0, max(0.0, since + INDEX_SECONDS - time.monotonic()))
                try:
                    items = [self.queue.get(timeout=timeout)]
                except queue.Empty:
                    items = [[]]  # time to look again
                while items[-1] is not None:  # and whatever else is queued: one write for all
                    try:
                        items.append(self.queue.get_nowait())
                    except queue.Empty:
                        break
                for item in items:
                    if item and not waiting:
                        since = time.monotonic()
                    waiting.extend(doc_id for doc_id, _ in item or ())
                    pages += sum(n for _, n in item or ())
                if items[-1] is None:
                    self._write(session, waiting, pages)
                    return
                ending = bool(waiting) and self._ending(pages)
                if ending:
                    self.finishing.set()  # the run hands documents over as they come
                if (ending or len(waiting) >= INDEX_DOCS or pages >= INDEX_PAGES
                        or time.monotonic() - since >= INDEX_SECONDS):
                    self._write(session, waiting, pages)
                    waiting, pages = [], 0
        finally:
            session.close()

    def _write(self, session: Session, ids: list[int], pages: int) -> None:
        if not ids:
            return
        started = time.monotonic()
        try:
            index_documents(session, self.writer, ids)
            if pages >= ENDING_SAMPLE_PAGES:
                self.page_seconds = (time.monotonic() - started) / pages
        except Exception:  # the run's final pass indexes whatever is left
            session.rollback()
            log.exception("background indexing of %d documents failed", len(ids))
        session.expunge_all()  # the batch's documents and pages are not needed again


class Importer:
    """One import run: discovery, resumption, extraction in workers, batched writes."""

    def __init__(self, db: Database, blobs: BlobStore, backend: SearchBackend, opts: ImportOptions,
                 progress: Callable[[Progress], None] | None = None) -> None:
        self.db, self.blobs, self.backend, self.opts = db, blobs, backend, opts
        self.progress = progress
        self.pages_done = 0
        self.done = 0
        self.total = 0
        self.started = time.monotonic()
        self.recorder = RunRecorder(db)

    # -- run bookkeeping (the run recorder, shared with pipelines)
    def _open_run(self, paths: list[Path], candidates: list[Candidate]) -> OpenRun:
        o = self.opts
        return self.recorder.open(
            o.run_kind, [c.locator for c in candidates], run_id=o.run_id, fingerprint=o.fingerprint(paths),
            user_id=o.user_id, params={
                "paths": [str(p) for p in paths], "sheet": str(o.sheet_path or ""), "mechanism": o.mechanism,
                "body": o.body, "type": o.doc_type, "language": o.language, "visibility": o.visibility})

    def _index_pending(self, writer: IndexWriter) -> None:
        """Index documents written but not indexed (a crash between the two)."""
        with self.db.session_scope() as s:
            pending = list(s.scalars(select(Document.id).where(Document.deleted_at.is_(None),
                                                               Document.index_state != "ok")))
            if pending:
                index_documents(s, writer, pending)

    def _extraction_eta(self) -> float | None:
        """Seconds of extraction left at the rate so far (None before the first result)."""
        return seconds_left(self.done, self.total, self.started)

    # -- per item
    def _prepare(self, session: Session, c: Candidate) -> tuple[ItemResult | None, Task | None, str | None]:
        """Read, hash and keep the original; decide whether it needs extraction."""
        if c.problem:
            return ItemResult(c.locator, "failed", error=c.problem), None, None
        try:
            data = c.read()
        except Exception as exc:  # OSError, zip errors, bomb detection
            return ItemResult(c.locator, "failed", error=f"cannot read the file: {exc}"), None, None
        try:
            sha = self.blobs.put_bytes(data)  # the original is safe before anything else happens
            kind = sniff(data, c.name)
            store.ensure_blob(session, sha, len(data), MEDIA_TYPES.get(kind, "application/octet-stream"), c.name)
            session.commit()
        except Exception as exc:
            session.rollback()
            full = storage_full(exc)
            if full is not None:
                raise full from exc
            raise
        row = lookup(self.opts.sheet, c.sheet_keys)
        existing = store.find_by_blob(session, sha)
        if existing is not None and not (existing.text_status == "needs_password" and row and row.password):
            return None, None, sha  # duplicate or metadata update: decided at write time
        passwords = (row.password,) if row and row.password else ()
        metadata = {"title": row.title, "symbol": row.symbol} if row else {}
        # the language OCR reads a scan in: the sheet's, else the run's --language
        metadata["ocr_language"] = (row.language if row else None) or self.opts.language
        return None, Task(key=c.locator, data=data, name=c.name, passwords=passwords,
                          metadata={k: v for k, v in metadata.items() if v}), sha

    @staticmethod
    def _items(session: Session, run_id: int, locators: list[str]) -> dict[str, IngestItem]:
        """The run's items for `locators`, in one query."""
        found = session.scalars(select(IngestItem).where(IngestItem.run_id == run_id,
                                                         IngestItem.locator.in_(locators)))
        return {item.locator: item for item in found}

    def _write(self, session: Session, item: IngestItem, c: Candidate, sha: str | None,
               extraction: Extraction | None, early: ItemResult | None) -> tuple[ItemResult, int | None]:
        """Write one item's document (the document writer's steps) and record its outcome,
        in the open transaction; returns the result and the document to index, if any."""
        if early is not None:
            record(item, early.outcome, error=early.error, sha256=sha)
            return early, None
        row = lookup(self.opts.sheet, c.sheet_keys)
        existing = store.find_by_blob(session, sha) if sha else None
        extractor = extraction.extractor if extraction is not None else None
        if existing is not None:
            doc_to_index = None
            if (extraction is not None and existing.text_status == "needs_password"
                    and extraction.status in ("ok", "partial", "no_text_layer")):
                # the same locked file, now opened with the sheet's password
                _apply_metadata(existing, row, self.opts)
                fill_text(existing, extraction, row, self.opts, Path(c.name).stem)
                enrich_document(session, existing, extraction, self.opts)
                store.touch(existing)
                outcome, error, doc_to_index = "updated", None, existing.id
            elif extraction is None and _metadata_differs(existing, row):
                _apply_metadata(existing, row, self.opts)
                if row and row.topics:
                    store.set_topics(session, existing, row.topics)
                store.touch(existing)
                outcome, error, doc_to_index = "updated", None, existing.id
            elif extraction is not None and extraction.status == "needs_password":
                outcome, error = "needs_password", extraction.error
            else:
                outcome, error = "duplicate", f"same file as document {existing.public_id}"
            record(item, outcome, error=error, sha256=sha, document_id=existing.id,
                   extractor=extractor if outcome == "updated" else None)
            return ItemResult(c.locator, outcome, existing.public_id, error, existing.page_count,
                              item.extractor), doc_to_index
        assert extraction is not None
        if extraction.status in ("unsupported", "failed"):
            record(item, extraction.status, error=extraction.error, sha256=sha, extractor=extractor)
            return ItemResult(c.locator, extraction.status, None, extraction.error, 0, item.extractor), None
        doc = store.new_document(blob_sha256=sha, title="", visibility=self.opts.visibility, extra={})
        session.add(doc)
        _apply_metadata(doc, row, self.opts)
        fill_text(doc, extraction, row, self.opts, Path(c.name).stem, session)
        session.flush()
        if row and row.topics:
            store.set_topics(session, doc, row.topics)
        enrich_document(session, doc, extraction, self.opts)
        outcome = TEXT_OUTCOMES[extraction.status]
        record(item, outcome, error=extraction.error, sha256=sha, document_id=doc.id, extractor=extractor)
        return ItemResult(c.locator, outcome, doc.public_id, extraction.error, doc.page_count,
                          item.extractor), doc.id

    # -- the run
    def run(self, paths: list[Path]) -> ImportSummary:
        skip = {self.opts.sheet_path} if self.opts.sheet_path else set()
        with Discovery(paths, skip) as discovery:
            candidates = [c for c in discovery if not self.opts.only or c.locator in self.opts.only]
            return self._run(paths, candidates)

    def _run(self, paths: list[Path], candidates: list[Candidate]) -> ImportSummary:
        opened = self._open_run(paths, candidates)
        run_id, resumed, done = opened.id, opened.resumed, opened.done
        summary = ImportSummary(run_id=run_id, resumed=resumed, skipped_done=len(done))
        todo = {c.locator: c for c in candidates if c.locator not in done}
        self.total = len(todo)
        log.info("import run %d%s: %d files to do (%d already done)", run_id,
                 " resumed" if resumed else "", len(todo), len(done))
        session = self.db.session()
        buffer: list[tuple[Candidate, str | None, Extraction | None, ItemResult | None]] = []
        last_flush = time.monotonic()
        shas: dict[str, str | None] = {}

        def flush() -> None:
            nonlocal last_flush
            to_index: list[tuple[int, int]] = []
            try:
                items = self._items(session, run_id, [c.locator for c, *_ in buffer])
                results = []
                for c, sha, extraction, early in buffer:
                    result, doc_id = self._write(session, items[c.locator], c, sha, extraction, early)
                    results.append(result)
                    if doc_id is not None:
                        to_index.append((doc_id, result.pages or 0))
                session.commit()
                summary.items.extend(results)  # only now: a failed batch is recorded again below
            except Exception as exc:
                session.rollback()
                full = storage_full(exc)
                if full is not None:
                    raise full from exc
                log.exception("writing a batch failed; recording its items one by one")
                self._write_one_by_one(session, run_id, buffer, summary, to_index)
            indexer.submit(to_index)
            for result in summary.items[-len(buffer):]:
                self.done += 1
                if result.outcome in ("ingested", "updated", "no_text_layer"):
                    self.pages_done += result.pages
                if self.progress:
                    self.progress(Progress(self.done, self.total, self.pages_done, self.started, result))
            buffer.clear()
            last_flush = time.monotonic()

        first_of_sha: dict[str, str] = {}
        later_copies: list[Candidate] = []

        def tasks() -> Iterator[Task]:
            for c in todo.values():
                early, task, sha = self._prepare(session, c)
                shas[c.locator] = sha
                if task is not None and sha in first_of_sha:
                    # Same bytes twice in this run: the first file (in discovery order) is the
                    # document; the copy is recorded as its duplicate once it is written.
                    later_copies.append(c)
                    continue
                if sha and task is not None:
                    first_of_sha[sha] = c.locator
                if task is None:
                    buffer.append((c, sha, None, early))
                    if len(buffer) >= BATCH_ITEMS:
                        flush()
                    continue
                yield task
            indexer.finish_soon()

        def flush_if_due() -> None:
            # Near the end (the index writer says so), each result is stored and handed
            # to the writer at once: the last writes are timed by the extraction left.
            if buffer and (len(buffer) >= BATCH_ITEMS or indexer.finishing.is_set()
                           or time.monotonic() - last_flush > BATCH_SECONDS):
                flush()

        stopped: StorageFull | None = None
        # One bulk writer for the run: the engine arranges the many writes and tidies
        # the index once, when the run ends without an error.
        with self.backend.bulk() as bulk:
            indexer = BackgroundIndexer(self.db, bulk, self._extraction_eta)
            try:
                with ExtractionPool(self.opts.workers, self.opts.timeout, self.opts.memory_mb,
                                    self.opts.extractor, self.opts.ocr) as pool:
                    # While a long file keeps every worker busy, what is waiting is stored on time.
                    for locator, extraction in pool.run(tasks(), idle=flush_if_due):
                        buffer.append((todo[locator], shas.get(locator), extraction, None))
                        flush_if_due()
                log.info("import run %d: extraction finished after %.1f s", run_id, time.monotonic() - self.started)
                if buffer:
                    flush()
                for c in later_copies:
                    buffer.append((c, shas[c.locator], None, None))
                if buffer:
                    flush()
            except StorageFull as exc:
                stopped = exc
            finally:
                indexer.close()
                session.close()
            if stopped is not None:
                self.recorder.stop(run_id, str(stopped))
                summary.seconds = time.monotonic() - self.started
                stopped.summary = summary  # type: ignore[attr-defined]
                raise stopped  # leaves the bulk writer untidied: the run resumes later
            self._index_pending(bulk)
            tidy_from = time.monotonic()
        log.info("import run %d: index tidied in %.1f s", run_id, time.monotonic() - tidy_from)
        self.recorder.finish(run_id)
        summary.seconds = time.monotonic() - self.started
        log.info("import run %d done in %.1f s: %s", run_id, summary.seconds, summary.counts)
        return summary

    def _write_one_by_one(self, session: Session, run_id: int, buffer: list, summary: ImportSummary,
                          to_index: list[tuple[int, int]]) -> None:
        to_index.clear()
        for c, sha, extraction, early in buffer:
            try:
                item = self._items(session, run_id, [c.locator])[c.locator]
                result, doc_id = self._write(session, item, c, sha, extraction, early)
                session.commit()
                if doc_id is not None:
                    to_index.append((doc_id, result.pages or 0))
            except Exception as exc:  # one bad item never stops the batch
                session.rollback()
                log.exception("recording %s failed", c.locator)
                item = self._items(session, run_id, [c.locator])[c.locator]
                record(item, "failed", sha256=sha, error=f"unexpected error while saving: {type(exc).__name__}: {exc}")
                session.commit()
                result = ItemResult(c.locator, "failed", error=str(exc))
            summary.items.append(result)


def import_paths(db: Database, blobs: BlobStore, backend: SearchBackend, paths: list[Path],
                 opts: ImportOptions, progress: Callable[[Progress], None] | None = None) -> ImportSummary:
    """Import every file under `paths` (see the module docstring)."""
    return Importer(db, blobs, backend, opts, progress).run(paths)
