"""Commands of the ingest layer: import, runs."""
from __future__ import annotations

import logging
import sys
import time
from pathlib import Path

import click

from archive.cli import get_settings, open_archive
from archive.models import OUTCOMES, VISIBILITIES, IngestRun

from .errors import MetadataSheetError
from .importer import ImportOptions, Progress, import_paths
from .metadata import read_sheet
from .reports import list_runs, run_rows, write_report_file

log = logging.getLogger(__name__)


class ProgressLine:
    """A one-line progress display on a terminal; periodic log lines otherwise."""

    def __init__(self, stream=sys.stderr, interval: float = 5.0) -> None:  # type: ignore[no-untyped-def]
        self.stream = stream
        self.is_tty = stream.isatty()
        self.interval = interval
        self.last = 0.0

    def __call__(self, p: Progress) -> None:
        now = time.monotonic()
        elapsed = max(1e-6, now - p.started)
        rate, page_rate = p.done / elapsed, p.pages / elapsed
        eta = (p.total - p.done) / rate if rate else 0
        if self.is_tty:
            width = 28
            filled = int(width * p.done / max(1, p.total))
            self.stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {p.done}/{p.total} files "
                              f"{rate:5.1f} files/s {page_rate:6.1f} pages/s ETA {int(eta) // 60}:{int(eta) % 60:02d} ")
            if p.done == p.total:
                self.stream.write("\n")
            self.stream.flush()
        elif now - self.last >= self.interval or p.done == p.total:
            self.last = now
            log.info("import: %d/%d files, %.1f files/s, %.1f pages/s, ETA %ds", p.done, p.total, rate,
                     page_rate, eta)


@click.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--metadata", "sheet", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="CSV metadata sheet keyed by file name (see README).")
@click.option("--mechanism", help="Default mechanism (UN, CoE, EU, ...).")
@click.option("--body", help="Default body (CAT, UPR, ECtHR, ...).")
@click.option("--type", "doc_type", help="Default document type.")
@click.option("--language", help="Default language code (else detected).")
@click.option("--visibility", type=click.Choice(VISIBILITIES), default="public", show_default=True)
@click.option("--workers", type=click.IntRange(1, 64), help="Extraction processes [default: HRARCHIVE_WORKERS].")
@click.option("--timeout", type=click.IntRange(1), help="Seconds per file [default: HRARCHIVE_EXTRACT_TIMEOUT].")
@click.option("--report", type=click.Path(dir_okay=False, path_type=Path), help="Write a CSV row per file here.")
@click.pass_context
def import_command(ctx: click.Context, paths: tuple[Path, ...], sheet: Path | None, mechanism: str | None,
                   body: str | None, doc_type: str | None, language: str | None, visibility: str,
                   workers: int | None, timeout: int | None, report: Path | None) -> None:
    """Import files, folders (recursively) and zips: PDF, DOCX, HTML and plain text.

    Every file gets an outcome: ingested, updated, duplicate, needs_password,
    no_text_layer, unsupported or failed. Interrupted? Run the same command again:
    it resumes the unfinished run without duplicates.
    """
    settings = get_settings(ctx)
    try:
        rows = read_sheet(sheet) if sheet else {}
    except MetadataSheetError as exc:
        click.echo(f"Error: {exc}", err=True)
        ctx.exit(2)
    opts = ImportOptions(sheet=rows, sheet_path=sheet, mechanism=mechanism, body=body, doc_type=doc_type,
                         language=language, visibility=visibility, workers=workers or settings.workers,
                         timeout=timeout or settings.extract_timeout, memory_mb=settings.extract_memory_mb)
    arch = open_archive(ctx)
    summary = import_paths(arch.db, arch.blobs, arch.backend, list(paths), opts, progress=ProgressLine())
    counts = summary.counts
    if summary.resumed:
        click.echo(f"resumed run {summary.run_id}: {summary.skipped_done} files were already done")
    click.echo(f"run {summary.run_id}: {len(summary.items)} files in {summary.seconds:.1f} s: "
               + (", ".join(f"{n} {k}" for k, n in sorted(counts.items())) or "nothing to do"))
    for item in summary.items:
        if item.outcome in ("failed", "needs_password", "unsupported"):
            click.echo(f"  {item.outcome}: {item.locator}: {item.error}")
    if report:
        with arch.db.session() as s:
            n = write_report_file(s, summary.run_id, report)
        click.echo(f"report: {n} rows written to {report}")
    if counts.get("failed"):
        ctx.exit(1)


@click.group("runs", invoke_without_command=True)
@click.pass_context
def runs_group(ctx: click.Context) -> None:
    """List import and ingest runs (or show one with `runs show ID`)."""
    if ctx.invoked_subcommand is not None:
        return
    arch = open_archive(ctx)
    with arch.db.session() as s:
        runs = list_runs(s)
        if not runs:
            click.echo("no runs yet")
        for run in runs:
            counts = ", ".join(f"{n} {k}" for k, n in sorted((run.counts or {}).items()))
            click.echo(f"{run.id:5}  {run.kind:8} {run.status:8} {run.started_at:%Y-%m-%d %H:%M}  {counts}")


@runs_group.command("show")
@click.argument("run_id", type=int)
@click.option("--outcome", type=click.Choice([*OUTCOMES, "interrupted"]), help="Only items with this outcome.")
@click.option("--report", type=click.Path(dir_okay=False, path_type=Path), help="Write the CSV report here.")
@click.pass_context
def runs_show(ctx: click.Context, run_id: int, outcome: str | None, report: Path | None) -> None:
    """Print one run's per-file outcomes."""
    arch = open_archive(ctx)
    with arch.db.session() as s:
        run = s.get(IngestRun, run_id)
        if run is None:
            raise click.ClickException(f"no run {run_id}; 'hrarchive runs' lists them")
        click.echo(f"run {run.id} ({run.kind}, {run.status}) started {run.started_at:%Y-%m-%d %H:%M:%S}")
        for row in run_rows(s, run_id, outcome):
            doc = f" -> {row.document_id}" if row.document_id else ""
            reason = f"  ({row.reason})" if row.reason else ""
            click.echo(f"{row.outcome:14} {row.path}{doc}{reason}")
        if report:
            write_report_file(s, run_id, report)
            click.echo(f"report written to {report}")


@click.command("enrich")
@click.option("--all", "all_documents", is_flag=True, help="Every document in the archive.")
@click.option("--document", "documents", multiple=True, metavar="ID", help="A document's public id (repeatable).")
@click.pass_context
def enrich_command(ctx: click.Context, all_documents: bool, documents: tuple[str, ...]) -> None:
    """Re-run enrichment (mechanism, body, type, dates, countries, topics, identifiers).

    Use after the rules or the thesaurus change. Values a person set are kept.
    """
    from .enrich.run import enrich_documents

    if all_documents == bool(documents):
        click.echo("Error: give either --all or --document ID", err=True)
        ctx.exit(2)
    arch = open_archive(ctx)
    if documents:
        from archive.models import Document
        from sqlalchemy import select

        with arch.db.session() as s:
            known = set(s.scalars(select(Document.public_id).where(Document.public_id.in_(documents))))
        missing = sorted(set(documents) - known)
        if missing:
            raise click.ClickException(f"no document {', '.join(missing)}")
    n = enrich_documents(arch.db, arch.backend, list(documents) if documents else None)
    click.echo(f"enriched {n} documents")
