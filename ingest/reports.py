"""Import reports: one row per file of a run, as CSV or for `hrarchive runs show`."""
from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, TextIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from archive.models import Document, IngestItem, IngestRun, Source
from archive.spreadsheet import neutralise

REPORT_COLUMNS = ["path", "outcome", "document_id", "reason", "pages", "language", "extractor", "sha256"]


@dataclass
class ReportRow:
    path: str
    outcome: str
    document_id: str
    reason: str
    pages: int | str
    language: str
    extractor: str
    sha256: str


def run_rows(session: Session, run_id: int, outcome: str | None = None) -> Iterator[ReportRow]:
    """The items of a run in discovery order; unfinished ones show as `interrupted`."""
    stmt = (select(IngestItem, Document.public_id, Document.page_count, Document.language)
            .outerjoin(Document, Document.id == IngestItem.document_id)
            .where(IngestItem.run_id == run_id).order_by(IngestItem.id))
    for item, public_id, pages, language in session.execute(stmt):
        item_outcome = item.outcome if item.done and item.outcome else "interrupted"
        if outcome and item_outcome != outcome:
            continue
        yield ReportRow(item.locator, item_outcome, public_id or "", item.error or "",
                        pages if public_id else "", language or "", item.extractor or "", item.sha256 or "")


def write_report(session: Session, run_id: int, out: TextIO) -> int:
    writer = csv.writer(out)
    writer.writerow(REPORT_COLUMNS)
    n = 0
    for row in run_rows(session, run_id):
        # paths and reasons come from uploaded file names: never let a spreadsheet run them
        writer.writerow([neutralise(v) for v in (row.path, row.outcome, row.document_id, row.reason, row.pages,
                                                 row.language, row.extractor, row.sha256)])
        n += 1
    return n


def write_report_file(session: Session, run_id: int, path: Path) -> int:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        return write_report(session, run_id, fh)


def list_runs(session: Session, limit: int = 50) -> list[IngestRun]:
    return list(session.scalars(select(IngestRun).order_by(IngestRun.id.desc()).limit(limit)))


@dataclass
class SourceStatus:
    last_run: IngestRun | None
    last_error: str | None


def source_status(session: Session, names: list[str]) -> dict[str, SourceStatus]:
    """Per source name: its latest run and the latest error (of the run or of an item in it)."""
    out: dict[str, SourceStatus] = {}
    for name in names:
        source_id = session.scalars(select(Source.id).where(Source.name == name)).first()
        if source_id is None:
            continue
        run = session.scalars(select(IngestRun).where(IngestRun.source_id == source_id)
                              .order_by(IngestRun.id.desc())).first()
        error = None
        if run is not None:
            error = run.error or session.scalars(
                select(IngestItem.locator + ": " + IngestItem.error).where(
                    IngestItem.run_id == run.id, IngestItem.outcome == "failed")
                .order_by(IngestItem.id.desc())).first()
        out[name] = SourceStatus(run, error)
    return out
