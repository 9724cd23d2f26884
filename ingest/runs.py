"""The run recorder: every way documents come in (a command-line import, an upload, a
retry, a pipeline run) records its work the same way.

- `open`: a run is opened, or an unfinished one resumed (an import by the fingerprint of
  its paths and options, a pipeline by its source, a job by the run it was given); an
  item is recorded for every file or URL before any work starts, so nothing listed can
  go missing from the report;
- `record`: each item's outcome, as it is written (in the writer's transaction);
- `finish` (the counts of outcomes) or `stop` (why; the unfinished items stay to do, and
  the same command resumes them).

An item finished in an earlier attempt is not done again when a run resumes.
"""
from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable

from sqlalchemy import select

from archive.db import Database
from archive.models import IngestItem, IngestRun, utcnow

log = logging.getLogger(__name__)

UNFINISHED = ("running", "stopped")


@dataclass
class OpenRun:
    id: int
    resumed: bool  # an unfinished run taken up again
    done: set[str]  # locators finished in an earlier attempt: not done again
    unfinished: list[str] = field(default_factory=list)  # the run's other locators, in order


def record(item: IngestItem, outcome: str, *, error: str | None = None, sha256: str | None = None,
           document_id: int | None = None, extractor: str | None = None) -> None:
    """One item's outcome, in the caller's transaction (with the document it wrote)."""
    item.outcome, item.error, item.done, item.finished_at = outcome, error, True, utcnow()
    if sha256 is not None:
        item.sha256 = sha256
    if document_id is not None:
        item.document_id = document_id
    if extractor:
        item.extractor = extractor


class RunRecorder:
    def __init__(self, db: Database) -> None:
        self.db = db

    def open(self, kind: str, locators: Iterable[str], *, params: dict[str, Any], run_id: int | None = None,
             fingerprint: str | None = None, source_id: int | None = None, user_id: int | None = None) -> OpenRun:
        """The run `run_id` (made when a job was queued), else the newest unfinished run
        with the same fingerprint (imports) or source (pipelines), else a new one; with
        an item for each of `locators` that it does not have yet."""
        with self.db.session_scope() as s:
            run = s.get(IngestRun, run_id) if run_id is not None else None
            if run is None and (fingerprint is not None or source_id is not None):
                same = IngestRun.fingerprint == fingerprint if fingerprint is not None else \
                    (IngestRun.source_id == source_id) & (IngestRun.kind == kind)
                run = s.scalars(select(IngestRun).where(same, IngestRun.status.in_(UNFINISHED))
                                .order_by(IngestRun.id.desc())).first()
            resumed = run is not None and run_id is None
            if run is not None and run.status != "running":
                run.status, run.error, run.finished_at = "running", None, None
            if run is None:
                run = IngestRun(kind=kind, fingerprint=fingerprint, source_id=source_id, status="running",
                                user_id=user_id, params=params)
                s.add(run)
                s.flush()
            known = dict(s.execute(select(IngestItem.locator, IngestItem.done).where(IngestItem.run_id == run.id)
                                   .order_by(IngestItem.id)).all())
            for locator in locators:
                if locator not in known:
                    s.add(IngestItem(run_id=run.id, locator=locator, done=False))
                    known[locator] = False
            if resumed:
                log.info("%s run %d resumed: %d of %d items already done", kind, run.id,
                         sum(known.values()), len(known))
            return OpenRun(run.id, resumed, {loc for loc, done in known.items() if done},
                           [loc for loc, done in known.items() if not done])

    def failed_to_start(self, kind: str, error: str, *, params: dict[str, Any], source_id: int | None = None) -> int:
        """A run that could not begin (a source that cannot be listed), recorded as failed."""
        with self.db.session_scope() as s:
            run = IngestRun(kind=kind, source_id=source_id, status="failed", error=error, params=params,
                            finished_at=utcnow(), counts={})
            s.add(run)
            s.flush()
            return run.id

    def finish(self, run_id: int) -> dict[str, int]:
        """The run is done: its counts of outcomes (an item never finished is `interrupted`)."""
        with self.db.session_scope() as s:
            run = s.get(IngestRun, run_id)
            assert run is not None
            run.counts = self._counts(s, run_id)
            run.status, run.finished_at = "done", utcnow()
            return dict(run.counts)

    def stop(self, run_id: int, reason: str) -> None:
        """Record that the run stopped, and why (best effort: the disk may refuse even
        this). Its unfinished items stay to do; opening the same run resumes it."""
        log.error("run %d stopped: %s", run_id, reason)
        try:
            with self.db.session_scope() as s:
                run = s.get(IngestRun, run_id)
                if run is not None:
                    run.status, run.error = "stopped", reason
                    run.counts = self._counts(s, run_id)
        except Exception:
            log.exception("could not record that run %d stopped", run_id)

    @staticmethod
    def _counts(s: Any, run_id: int) -> dict[str, int]:
        outcomes = s.execute(select(IngestItem.outcome).where(IngestItem.run_id == run_id)).scalars()
        return dict(Counter(o or "interrupted" for o in outcomes))
