"""Commands of the ingest layer: import, runs."""
from __future__ import annotations

import logging
import sys
import time
from pathlib import Path

import click

from archive.cli import get_settings, open_archive
from archive.models import OUTCOMES, VISIBILITIES, IngestRun
from archive.settings import OCR_LANGUAGES

from .errors import MetadataSheetError, StorageFull
from .extract import ocr
from .importer import ImportOptions, Progress, import_paths, seconds_left
from .metadata import read_sheet, resolve_defaults
from .reports import list_runs, run_rows, write_report_file
from .workers import background_priority, settle_heap

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
        self.show(p.done, p.total, p.started, "files", f" {p.pages / elapsed:6.1f} pages/s")

    def show(self, done: int, total: int, started: float, unit: str, extra: str = "") -> None:
        """A bar (terminal) or a log line every `interval` seconds: done/total, rate, ETA."""
        now = time.monotonic()
        rate = done / max(1e-6, now - started)
        eta = seconds_left(done, total, started) or 0
        if self.is_tty:
            width = 28
            filled = int(width * done / max(1, total))
            self.stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {unit} "
                              f"{rate:5.1f} {unit}/s{extra} ETA {int(eta) // 60}:{int(eta) % 60:02d} ")
            if done == total:
                self.stream.write("\n")
            self.stream.flush()
        elif now - self.last >= self.interval or done == total:
            self.last = now
            log.info("%d/%d %s, %.1f %s/s%s, ETA %ds", done, total, unit, rate, unit, extra, eta)


def _check_ocr_languages(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value and not OCR_LANGUAGES.fullmatch(value):
        raise click.BadParameter(f"must be tesseract language codes joined by +, such as tur+eng, not {value!r}")
    return value


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
@click.option("--ocr", "ocr_mode", type=click.Choice(ocr.MODES),
              help="OCR of scanned PDF pages: auto (pages without text), never, force (every page) "
                   "[default: HRARCHIVE_OCR, auto].")
@click.option("--ocr-lang", "ocr_languages", callback=_check_ocr_languages,
              help="tesseract languages for scans whose language is not given, e.g. tur+eng "
                   "[default: HRARCHIVE_OCR_LANGUAGES, tur+eng].")
@click.pass_context
def import_command(ctx: click.Context, paths: tuple[Path, ...], sheet: Path | None, mechanism: str | None,
                   body: str | None, doc_type: str | None, language: str | None, visibility: str,
                   workers: int | None, timeout: int | None, report: Path | None, ocr_mode: str | None,
                   ocr_languages: str | None) -> None:
    """Import files, folders (recursively) and zips: PDF, DOCX, HTML and plain text.

    Every file gets an outcome: ingested, updated, duplicate, needs_password,
    no_text_layer, unsupported or failed. Interrupted? Run the same command again:
    it resumes the unfinished run without duplicates.
    """
    settings = get_settings(ctx)
    background_priority(settings.ingest_nice)
    try:
        rows = read_sheet(sheet) if sheet else {}
    except MetadataSheetError as exc:
        click.echo(f"Error: {exc}", err=True)
        ctx.exit(2)
    try:
        defaults = resolve_defaults(mechanism, body, doc_type, language)
    except ValueError as exc:
        click.echo(f"Error: --{exc}", err=True)
        ctx.exit(2)
    opts = ImportOptions(sheet=rows, sheet_path=sheet, **defaults, visibility=visibility,
                         workers=workers or settings.workers,
                         timeout=timeout or settings.extract_timeout, memory_mb=settings.extract_memory_mb,
                         ocr=ocr.from_settings(settings, ocr_mode, ocr_languages))
    arch = open_archive(ctx)
    settle_heap()
    try:
        summary = import_paths(arch.db, arch.blobs, arch.backend, list(paths), opts, progress=ProgressLine())
    except StorageFull as exc:
        stopped = exc.summary  # type: ignore[attr-defined]
        click.echo(f"\nrun {stopped.run_id} stopped after {len(stopped.items)} files: {exc}", err=True)
        if report:
            try:
                with arch.db.session() as s:
                    n = write_report_file(s, stopped.run_id, report)
                click.echo(f"report: {n} rows written to {report}", err=True)
            except Exception as report_exc:  # the disk may refuse the report too
                click.echo(f"the report could not be written either ({report_exc})", err=True)
        ctx.exit(1)
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
@click.option("--all", "all_documents", is_flag=True,
              help="Every document the current rules have not enriched yet (resumes an interrupted run).")
@click.option("--force", is_flag=True, help="With --all: every document, even those the current rules enriched.")
@click.option("--document", "documents", multiple=True, metavar="ID", help="A document's public id (repeatable).")
@click.pass_context
def enrich_command(ctx: click.Context, all_documents: bool, force: bool, documents: tuple[str, ...]) -> None:
    """Re-run enrichment (title, language, mechanism, body, type, dates, subject countries,
    countries, ECtHR conclusions, topics, identifiers) and re-index.

    Use after the rules or the thesaurus change. Values a person set are kept.
    """
    from .enrich.run import enrich_documents

    if all_documents == bool(documents):
        click.echo("Error: give either --all or --document ID", err=True)
        ctx.exit(2)
    background_priority(get_settings(ctx).ingest_nice)
    arch = open_archive(ctx)
    if documents:
        from archive.models import Document
        from sqlalchemy import select

        with arch.db.session() as s:
            known = set(s.scalars(select(Document.public_id).where(Document.public_id.in_(documents))))
        missing = sorted(set(documents) - known)
        if missing:
            raise click.ClickException(f"no document {', '.join(missing)}")
    line = ProgressLine()
    started = time.monotonic()

    def progress(done: int, total: int) -> None:
        line.show(done, total, started, "documents")

    failed: list[tuple[str, str]] = []
    n = enrich_documents(arch.db, arch.backend, list(documents) if documents else None, progress, force=force,
                         failed=failed)
    click.echo(f"enriched {n - len(failed)} documents")
    if failed:
        for public_id, error in failed:
            click.echo(f"  not enriched, kept as it was: {public_id}: {error}", err=True)
        ctx.exit(1)


def _live_document_ids(session, public_ids: tuple[str, ...]) -> list[int]:  # type: ignore[no-untyped-def]
    """The database ids of live documents by their public ids, in the order given; a
    ClickException names those there are not."""
    from sqlalchemy import select

    from archive.models import Document

    found = dict(session.execute(select(Document.public_id, Document.id).where(
        Document.public_id.in_(public_ids), Document.deleted_at.is_(None))).all())
    missing = sorted(set(public_ids) - set(found))
    if missing:
        raise click.ClickException(f"no document {', '.join(missing)}")
    return [found[d] for d in public_ids]


@click.command("extract")
@click.option("--all", "all_documents", is_flag=True,
              help="Every document an older version of the extractors read (resumes an interrupted run).")
@click.option("--force", is_flag=True, help="With --all: every document, even those the current extractors read.")
@click.option("--document", "documents", multiple=True, metavar="ID", help="A document's public id (repeatable).")
@click.option("--workers", type=click.IntRange(1, 64), help="Extraction processes [default: HRARCHIVE_WORKERS].")
@click.pass_context
def extract_command(ctx: click.Context, all_documents: bool, force: bool, documents: tuple[str, ...],
                    workers: int | None) -> None:
    """Read the stored originals again with the current extractors, and re-index.

    Where a document's text changed (for instance a DOCX's numbered paragraphs, whose
    numbers older versions lost), its pages are replaced and enrichment runs again
    (values a person set are kept). Text read by OCR and web pages are kept as they
    are; so is a text whose file cannot be read again (the reason is recorded).
    """
    from .reextract import KEPT, REPLACED, UNCHANGED, backlog, reextract_documents

    if all_documents == bool(documents):
        click.echo("Error: give either --all or --document ID", err=True)
        ctx.exit(2)
    settings = get_settings(ctx)
    background_priority(settings.ingest_nice)
    arch = open_archive(ctx)
    with arch.db.session() as s:
        if documents:
            ids = _live_document_ids(s, documents)
        else:
            ids = backlog(s, force)
    if not ids:
        click.echo("no document to read again")
        return
    line = ProgressLine()
    started = time.monotonic()
    kept: list[tuple[str, str]] = []
    outcomes = reextract_documents(arch, ids, workers=workers or settings.workers, timeout=settings.extract_timeout,
                                   memory_mb=settings.extract_memory_mb, kept=kept,
                                   progress=lambda done, total: line.show(done, total, started, "documents"))
    click.echo(f"read again {len(ids)} documents: {outcomes[REPLACED]} with a new text, {outcomes[UNCHANGED]} "
               f"unchanged, {outcomes[KEPT]} kept as they were")
    for public_id, reason in kept:
        click.echo(f"  kept as it was: {public_id}: {reason}", err=True)


@click.command("ocr")
@click.option("--all", "all_documents", is_flag=True,
              help="Every scanned document without text that OCR has not tried with these languages "
                   "(resumes an interrupted run).")
@click.option("--force", is_flag=True, help="With --all: also those OCR already tried.")
@click.option("--document", "documents", multiple=True, metavar="ID", help="A document's public id (repeatable).")
@click.option("--ocr-lang", "ocr_languages", callback=_check_ocr_languages,
              help="tesseract languages for documents whose language is not known, e.g. tur+eng "
                   "[default: HRARCHIVE_OCR_LANGUAGES].")
@click.option("--workers", type=click.IntRange(1, 64), help="OCR processes [default: HRARCHIVE_WORKERS].")
@click.pass_context
def ocr_command(ctx: click.Context, all_documents: bool, force: bool, documents: tuple[str, ...],
                ocr_languages: str | None, workers: int | None) -> None:
    """OCR the archive's scanned PDFs that have no text (`no_text_layer`), and re-index.

    Pages OCR reads become searchable; enrichment runs again on the new text (values a
    person set are kept). Every attempt is recorded on the document.
    """
    from .ocr_backlog import backlog, ocr_documents

    if all_documents == bool(documents):
        click.echo("Error: give either --all or --document ID", err=True)
        ctx.exit(2)
    settings = get_settings(ctx)
    background_priority(settings.ingest_nice)
    ocr_settings = ocr.from_settings(settings, "auto", ocr_languages)
    reason = ocr.unavailable_reason(ocr_settings.languages)
    if reason:
        raise click.ClickException(reason)
    arch = open_archive(ctx)
    with arch.db.session() as s:
        if documents:
            ids = _live_document_ids(s, documents)
        else:
            ids = backlog(s, ocr_settings, force)
    if not ids:
        click.echo("no document needs OCR")
        return
    line = ProgressLine()
    started = time.monotonic()
    outcomes = ocr_documents(arch, ids, ocr_settings, workers=workers or settings.workers,
                             timeout=settings.extract_timeout, memory_mb=settings.extract_memory_mb,
                             progress=lambda done, total: line.show(done, total, started, "documents"))
    click.echo(f"OCR of {len(ids)} documents: {outcomes['read']} read, {outcomes['nothing']} without text found, "
               f"{outcomes['failed']} failed")


@click.group("ingest")
def ingest_group() -> None:
    """Pull documents from the sources in the sources file (HRARCHIVE_SOURCES_FILE)."""


def _load_sources(ctx: click.Context, path: Path | None):  # type: ignore[no-untyped-def]
    from .errors import SourcesFileError
    from .sources import load_sources

    settings = get_settings(ctx)
    try:
        return load_sources(path or settings.sources_file or settings.data_dir / "sources.toml")
    except SourcesFileError as exc:
        click.echo(f"Error: {exc}", err=True)
        ctx.exit(2)


@ingest_group.command("run")
@click.argument("names", nargs=-1)
@click.option("--all", "run_all", is_flag=True, help="Every enabled source.")
@click.option("--dry-run", is_flag=True, help="List what each source would fetch; change nothing.")
@click.option("--sources", "sources_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Sources file [default: HRARCHIVE_SOURCES_FILE].")
@click.pass_context
def ingest_run(ctx: click.Context, names: tuple[str, ...], run_all: bool, dry_run: bool,
               sources_path: Path | None) -> None:
    """Run sources by NAME (or --all enabled ones): list, fetch, extract, record, index.

    Exit status 1 when a source could not be listed at all (its error is printed and
    kept for `ingest sources`); items that fail are reported but do not fail the run.
    """
    from .errors import IngestError, SourcesFileError
    from .pipeline import Pipeline, PipelineLock, PipelineOptions

    if run_all == bool(names):
        click.echo("Error: give source names or --all", err=True)
        ctx.exit(2)
    sources_file = _load_sources(ctx, sources_path)
    try:
        chosen = [s for s in sources_file.sources if s.enabled] if run_all else sources_file.named(list(names))
    except SourcesFileError as exc:
        click.echo(f"Error: {exc}", err=True)
        ctx.exit(2)
    settings = get_settings(ctx)
    background_priority(settings.ingest_nice)
    arch = open_archive(ctx)
    pipeline = Pipeline(arch.db, arch.blobs, arch.backend, sources_file.fetch,
                        PipelineOptions(workers=min(settings.workers, 2), timeout=settings.extract_timeout,
                                        ocr=ocr.from_settings(settings),
                                        memory_mb=settings.extract_memory_mb))
    settle_heap()
    try:
        with PipelineLock(settings.data_dir / "ingest.lock"):
            results = [pipeline.run_source(s, dry_run) for s in chosen]
    except IngestError as exc:
        raise click.ClickException(str(exc)) from exc
    failed = False
    for r in results:
        if r.error:
            failed = True
            click.echo(f"{r.source}: FAILED: {r.error}")
        elif dry_run:
            click.echo(f"{r.source}: {len(r.listed)} items would be fetched")
            for item in r.listed:
                click.echo(f"  {item.url}" + (f"  ({item.title})" if item.title else ""))
        else:
            counts = ", ".join(f"{n} {k}" for k, n in sorted(r.counts.items())) or "no items"
            resumed = f" (resumed: {r.resumed_done} items done before it stopped)" if r.resumed_done else ""
            click.echo(f"{r.source}: run {r.run_id}{resumed}: {counts}")
            for outcome in r.items:
                if outcome.outcome in ("failed", "unsupported", "needs_password"):
                    click.echo(f"  {outcome.outcome}: {outcome.url}: {outcome.error}")
    if failed:
        ctx.exit(1)


@ingest_group.command("sources")
@click.option("--sources", "sources_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Sources file [default: HRARCHIVE_SOURCES_FILE].")
@click.pass_context
def ingest_sources(ctx: click.Context, sources_path: Path | None) -> None:
    """List the sources with their last run, its counts and the last error."""
    from .reports import source_status

    sources_file = _load_sources(ctx, sources_path)
    arch = open_archive(ctx)
    with arch.db.session() as s:
        status = source_status(s, [x.name for x in sources_file.sources])
    click.echo(f"sources in {sources_file.path}:")
    for src in sources_file.sources:
        st = status.get(src.name)
        state = "enabled " if src.enabled else "disabled"
        click.echo(f"{src.name:28} {src.kind:9} {state} {src.url or '(list)'}")
        if st is None or st.last_run is None:
            click.echo("    never run")
            continue
        run = st.last_run
        counts = ", ".join(f"{n} {k}" for k, n in sorted((run.counts or {}).items())) or "no items"
        click.echo(f"    last run {run.id} {run.started_at:%Y-%m-%d %H:%M} {run.status}: {counts}")
        if st.last_error:
            click.echo(f"    last error: {st.last_error}")


@click.command("worker")
@click.option("--once", is_flag=True, help="Do the jobs queued now, then exit.")
@click.option("--poll", type=click.FloatRange(0.1), default=2.0, show_default=True,
              help="Seconds between looks at the queue when it is empty.")
@click.option("--heartbeat", type=click.FloatRange(0.1), default=10.0, show_default=True,
              help="Seconds between the heartbeats of a job in hand.")
@click.option("--stale", type=click.FloatRange(1.0), default=60.0, show_default=True,
              help="A running job whose heartbeat is older than this many seconds is taken over.")
@click.pass_context
def worker_command(ctx: click.Context, once: bool, poll: float, heartbeat: float, stale: float) -> None:
    """Do queued jobs (uploads and retries started in the admin area), until stopped
    (SIGTERM or Ctrl-C: the job in hand is finished first). Run any number, on any
    machine that shares the database and HRARCHIVE_BLOB_DIR."""
    import signal

    from .jobs import JobWorker

    arch = open_archive(ctx)
    worker = JobWorker(arch, heartbeat=heartbeat, stale=stale, poll=poll)
    click.echo(f"worker {worker.name} started")
    if once:
        background_priority(arch.settings.ingest_nice)
        n = 0
        while worker.run_once():
            n += 1
        click.echo(f"{n} job(s) done")
        return
    signal.signal(signal.SIGTERM, lambda *_: worker.stop(timeout=0))
    try:
        worker.run_forever()
    except KeyboardInterrupt:
        worker.stop(timeout=0)
    click.echo(f"worker {worker.name} stopped")
