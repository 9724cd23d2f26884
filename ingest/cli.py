"""Commands of the ingest layer: import."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from archive.cli import open_archive
from archive.models import VISIBILITIES

from .errors import MetadataSheetError
from .importer import ImportOptions, ItemResult, discover, import_paths
from .metadata import read_sheet


@click.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--metadata", "sheet", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="CSV metadata sheet keyed by file name (see README).")
@click.option("--mechanism", help="Default mechanism (UN, CoE, EU, ...).")
@click.option("--body", help="Default body (CAT, UPR, ECtHR, ...).")
@click.option("--type", "doc_type", help="Default document type.")
@click.option("--language", help="Default language code (else detected).")
@click.option("--visibility", type=click.Choice(VISIBILITIES), default="public", show_default=True)
@click.pass_context
def import_command(ctx: click.Context, paths: tuple[Path, ...], sheet: Path | None, mechanism: str | None,
                   body: str | None, doc_type: str | None, language: str | None, visibility: str) -> None:
    """Import PDF files and folders (recursively) into the archive.

    Every file gets an outcome: ingested, updated, duplicate, needs_password,
    no_text_layer, unsupported or failed. Re-running the same import is safe.
    """
    try:
        rows = read_sheet(sheet) if sheet else {}
    except MetadataSheetError as exc:
        click.echo(f"Error: {exc}", err=True)
        ctx.exit(2)
    opts = ImportOptions(sheet=rows, mechanism=mechanism, body=body, doc_type=doc_type,
                         language=language, visibility=visibility)
    arch = open_archive(ctx)
    total = sum(1 for _ in discover(paths))
    if sys.stderr.isatty():
        with click.progressbar(length=total, label="importing", file=sys.stderr) as bar:
            summary = import_paths(arch.db, arch.blobs, arch.backend, list(paths), opts,
                                   progress=lambda _r: bar.update(1))
    else:
        def report(r: ItemResult) -> None:
            click.echo(f"{r.outcome:14} {r.locator}" + (f"  ({r.error})" if r.error and r.outcome != "ingested" else ""))

        summary = import_paths(arch.db, arch.blobs, arch.backend, list(paths), opts, progress=report)
    counts = summary.counts
    click.echo(f"run {summary.run_id}: {len(summary.items)} files: "
               + ", ".join(f"{n} {k}" for k, n in sorted(counts.items())))
    if counts.get("failed"):
        ctx.exit(1)
