"""Jobs: ingest work the web process hands over instead of doing it (uploads, retries),
done by workers (`hrarchive worker`, any number, on any machine sharing the database;
or the thread `hrarchive serve` and `demo` run, on a single machine).

A worker claims the oldest queued job, or a running one whose heartbeat stopped (its
worker was killed, or its machine went away): never by a process id, which means
nothing on another machine. The claim is one conditional UPDATE, so two workers never
both get a job; on PostgreSQL the candidate is read with FOR UPDATE SKIP LOCKED so
workers do not queue behind each other. While working, a worker beats every
HEARTBEAT_SECONDS. A job taken over resumes its run: the importer skips the items the
run has already done, so nothing is lost or done twice.
"""
from __future__ import annotations

import datetime as dt
import logging
import os
import socket
import threading
import uuid
from pathlib import Path
from typing import Any, Callable

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from archive.context import Archive
from archive.models import IngestRun, Job, utcnow

from .extract import ocr
from .workers import background_priority

log = logging.getLogger(__name__)

HEARTBEAT_SECONDS = 10.0
STALE_SECONDS = 60.0  # a running job whose heartbeat is older is taken over
POLL_SECONDS = 2.0
MAX_ATTEMPTS = 5  # a job that kills its worker every time stops being taken over


def enqueue(session: Session, kind: str, params: dict[str, Any], run_id: int | None = None) -> Job:
    """Queue a job (the caller commits); `params` must be JSON."""
    job = Job(kind=kind, params=params, run_id=run_id, status="queued", attempts=0)
    session.add(job)
    session.flush()
    _wake.set()
    return job


_wake = threading.Event()  # a job queued in this process: a waiting in-process worker starts at once


def _run_import(archive: Archive, job: Job) -> None:
    from .importer import ImportOptions, import_paths
    from .metadata import forget_passwords, read_sheet

    p = job.params
    settings = archive.settings
    sheet_path = Path(p["sheet_path"]) if p.get("sheet_path") else None
    opts = ImportOptions(
        sheet=read_sheet(sheet_path) if sheet_path and sheet_path.exists() else {}, sheet_path=sheet_path,
        mechanism=p.get("mechanism"), body=p.get("body"), doc_type=p.get("doc_type"), language=p.get("language"),
        visibility=p.get("visibility", "public"), workers=min(settings.workers, 2), timeout=settings.extract_timeout,
        memory_mb=settings.extract_memory_mb, ocr=ocr.from_settings(settings), run_kind=p.get("run_kind", "upload"),
        run_id=job.run_id, user_id=p.get("user_id"), only=frozenset(p.get("only", [])),
        **({"extractor": p["extractor"]} if p.get("extractor") else {}))
    try:
        import_paths(archive.db, archive.blobs, archive.backend, [Path(x) for x in p["paths"]], opts)
    finally:
        # the passwords have opened what they could: the kept sheet (for retries) loses them
        if sheet_path is not None and sheet_path.exists() and forget_passwords(sheet_path):
            log.info("run %s: passwords removed from its metadata sheet", job.run_id)


def _run_pipeline(archive: Archive, job: Job) -> None:
    from .pipeline import Pipeline, PipelineOptions
    from .sources import SourceItem, load_sources

    settings = archive.settings
    sources = load_sources(settings.sources_file or settings.data_dir / "sources.toml")
    source = sources.named([job.params["source"]])[0]
    Pipeline(archive.db, archive.blobs, archive.backend, sources.fetch,
             PipelineOptions(workers=1, timeout=settings.extract_timeout, memory_mb=settings.extract_memory_mb,
                             ocr=ocr.from_settings(settings))
             ).run_items(source, [SourceItem(url=u) for u in job.params["urls"]], run_id=job.run_id)


def _run_ocr(archive: Archive, job: Job) -> None:
    """OCR of one document asked for on its admin page (the result is recorded on it)."""
    from .ocr_backlog import ocr_documents

    settings = archive.settings
    ocr_documents(archive, [job.params["document_id"]], ocr.from_settings(settings, "auto", job.params.get("languages")),
                  timeout=settings.extract_timeout, memory_mb=settings.extract_memory_mb)


HANDLERS: dict[str, Callable[[Archive, Job], None]] = {"import": _run_import, "pipeline": _run_pipeline,
                                                       "ocr": _run_ocr}


class JobWorker:
    """Claims and does jobs until stopped."""

    def __init__(self, archive: Archive, *, heartbeat: float = HEARTBEAT_SECONDS, stale: float = STALE_SECONDS,
                 poll: float = POLL_SECONDS) -> None:
        self.archive = archive
        self.heartbeat, self.stale, self.poll = heartbeat, stale, poll
        self.name = f"{socket.gethostname()} pid {os.getpid()} {uuid.uuid4().hex[:6]}"
        self.stopping = threading.Event()

    def claim(self) -> Job | None:
        """The next job, now this worker's, or None."""
        db = self.archive.db
        stale_before = utcnow() - dt.timedelta(seconds=self.stale)
        waiting = or_(Job.status == "queued",
                      (Job.status == "running") & (Job.heartbeat_at < stale_before) & (Job.attempts < MAX_ATTEMPTS))
        with db.session() as s:
            for _ in range(5):  # another worker may win a candidate: try the next
                candidate = s.scalar(select(Job.id).where(waiting).order_by(Job.id).limit(1)
                                     .with_for_update(skip_locked=True))
                if candidate is None:
                    s.rollback()
                    return None
                now = utcnow()
                won = s.execute(update(Job).where(Job.id == candidate, waiting).values(
                    status="running", worker=self.name, heartbeat_at=now, attempts=Job.attempts + 1))
                s.commit()
                if won.rowcount == 1:  # type: ignore[attr-defined]
                    return s.get(Job, candidate)
        return None

    def _beat(self, job_id: int, done: threading.Event) -> None:
        while not done.wait(self.heartbeat):
            try:
                with self.archive.db.session_scope() as s:
                    s.execute(update(Job).where(Job.id == job_id, Job.worker == self.name)
                              .values(heartbeat_at=utcnow()))
            except Exception:  # a missed beat is retried; the job goes on
                log.exception("job %s: heartbeat failed", job_id)

    def run_one(self, job: Job) -> None:
        """Do `job` (claimed by this worker) and record how it ended."""
        log.info("job %s (%s, run %s) started by %s", job.id, job.kind, job.run_id, self.name)
        done = threading.Event()
        beat = threading.Thread(target=self._beat, args=(job.id, done), name=f"job-{job.id}-heartbeat", daemon=True)
        beat.start()
        status, error = "done", None
        try:
            HANDLERS[job.kind](self.archive, job)
        except Exception as exc:  # the run page says so; the log has the traceback
            log.exception("job %s failed", job.id)
            status, error = "failed", f"{type(exc).__name__}: {exc}"
        finally:
            done.set()
            beat.join()
        with self.archive.db.session_scope() as s:
            s.execute(update(Job).where(Job.id == job.id, Job.worker == self.name)
                      .values(status=status, error=error, finished_at=utcnow()))
            if error and job.run_id is not None:
                run = s.get(IngestRun, job.run_id)
                if run is not None and run.status == "running":
                    run.status, run.error, run.finished_at = "failed", error, utcnow()

    def run_once(self) -> bool:
        """Claim and do one job; False when there was none."""
        job = self.claim()
        if job is None:
            return False
        self.run_one(job)
        return True

    def run_forever(self) -> None:
        background_priority(self.archive.settings.ingest_nice)  # this thread (a web process's stays as it is)
        while not self.stopping.is_set():
            try:
                worked = self.run_once()
            except Exception:  # the database away for a moment: try again later
                log.exception("job worker %s: could not claim a job", self.name)
                worked = False
            if not worked:
                _wake.wait(self.poll)
                _wake.clear()

    def start_thread(self) -> threading.Thread:
        self.thread = threading.Thread(target=self.run_forever, name="job-worker", daemon=True)
        self.thread.start()
        return self.thread

    def stop(self, timeout: float = 30.0) -> None:
        """Stop after the job in hand (waiting up to `timeout` for the thread)."""
        self.stopping.set()
        _wake.set()
        thread = getattr(self, "thread", None)
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)
