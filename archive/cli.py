"""Commands of the archive layer: init, index rebuild|check, search."""
from __future__ import annotations

import html
import json
import re
import sys

import click

from . import indexing, schema
from .context import Archive
from .errors import ArchiveError, IndexUnavailable, InvalidQuery
from .search import FACETS, SORTS, FacetFilter, SearchQuery, search
from .settings import Settings


def get_settings(ctx: click.Context) -> Settings:
    settings = ctx.find_root().obj
    assert isinstance(settings, Settings)
    return settings


def open_archive(ctx: click.Context) -> Archive:
    try:
        arch = Archive.open(get_settings(ctx))
    except ArchiveError as exc:
        raise click.ClickException(str(exc)) from exc
    ctx.call_on_close(arch.close)  # connections go with the command (PostgreSQL pools)
    return arch


@click.command("init")
@click.pass_context
def init_command(ctx: click.Context) -> None:
    """Create the data directory and database, or upgrade it to the latest schema."""
    arch = open_archive(ctx)
    click.echo(f"database ready at revision {schema.current_revision(arch.db)} ({arch.db.engine.url.render_as_string()})")
    click.echo(f"data directory: {arch.settings.data_dir}")


@click.group("index")
def index_group() -> None:
    """Maintain the search index (derived from the database)."""


@index_group.command("rebuild")
@click.pass_context
def index_rebuild(ctx: click.Context) -> None:
    """Rebuild the index from the database into a new directory and swap it in.

    Searches keep using the old index until the new one is complete.
    """
    arch = open_archive(ctx)
    with arch.db.session() as session:
        n = indexing.rebuild(session, arch.backend)
    click.echo(f"index rebuilt: {n} documents")


@index_group.command("check")
@click.option("--repair", is_flag=True, help="Index missing and stale documents, drop orphans.")
@click.pass_context
def index_check(ctx: click.Context, repair: bool) -> None:
    """Compare the index with the database; exit 1 if they differ (and no --repair)."""
    arch = open_archive(ctx)
    details = {k: v for k, v in arch.backend.status().items() if k not in ("ok", "error", "documents")}
    click.echo(f"index: {arch.settings.search_backend} engine" + "".join(f", {k} {v}" for k, v in details.items()))
    with arch.db.session() as session:
        report = indexing.check(session, arch.backend)
        _print_report(report)
        if report.is_clean:
            click.echo("index is in step with the database")
            return
        if not repair:
            click.echo("run 'hrarchive index check --repair' to fix this", err=True)
            # (ctx.exit closes the archive at once: the session must be done first)
            session.close()
            ctx.exit(1)
        report = indexing.repair(session, arch.backend, report)
        click.echo("after repair:")
        _print_report(report)
        if not report.is_clean:
            raise click.ClickException("the index could not be repaired; see the log")
        click.echo("index is in step with the database")


def _print_report(report) -> None:  # type: ignore[no-untyped-def]
    if not report.index_present:
        click.echo(f"index: missing or unusable ({report.error})" if report.error else "index: missing")
    elif report.error:
        click.echo(f"index: unreadable ({report.error})")
    for label, ids in (("missing from index", report.missing), ("stale in index", report.stale),
                       ("in index but not in database", report.orphans)):
        shown = ", ".join(ids[:10]) + (" ..." if len(ids) > 10 else "")
        click.echo(f"{label}: {len(ids)}" + (f" ({shown})" if ids else ""))


def parse_filter_option(values: tuple[str, ...]) -> dict[str, FacetFilter]:
    """--filter FACET=V1,V2 or FACET!=V (none-of) or FACET&=V1,V2 (all-of)."""
    out: dict[str, FacetFilter] = {}
    for raw in values:
        m = re.fullmatch(r"(\w+)(!=|&=|=)(.+)", raw)
        if not m or m.group(1) not in FACETS:
            raise click.BadParameter(f"{raw!r}: write FACET=VALUE[,VALUE], FACET!=VALUE or FACET&=V1,V2 "
                                     f"with FACET one of {', '.join(FACETS)}", param_hint="--filter")
        op = {"=": "any", "!=": "none", "&=": "all"}[m.group(2)]
        out[m.group(1)] = FacetFilter(tuple(v.strip() for v in m.group(3).split(",") if v.strip()), op)  # type: ignore[arg-type]
    return out


@click.command("search")
@click.argument("query", nargs=-1)
@click.option("--filter", "filters", multiple=True, metavar="FACET=VALUE",
              help="Filter by a facet (repeatable): mechanism=UN, body!=CPT, topic&=a,b.")
@click.option("--sort", type=click.Choice(SORTS), default="relevance", show_default=True)
@click.option("--page", type=click.IntRange(1), default=1, show_default=True)
@click.option("--page-size", type=click.IntRange(1, 100), default=10, show_default=True)
@click.option("--all-visibilities", is_flag=True, help="Include restricted documents.")
@click.option("--no-expand", is_flag=True, help="No cross-language expansion through the thesaurus.")
@click.option("--json", "as_json", is_flag=True, help="Print the API's JSON.")
@click.option("--strict", is_flag=True, help="Fail on a query that is not valid syntax (exit code 2) instead of "
                                             "reading it leniently.")
@click.pass_context
def search_command(ctx: click.Context, query: tuple[str, ...], filters: tuple[str, ...], sort: str,
                   page: int, page_size: int, all_visibilities: bool, no_expand: bool, as_json: bool,
                   strict: bool) -> None:
    """Search the archive (same syntax as the web search box)."""
    q = SearchQuery(text=" ".join(query), filters=parse_filter_option(filters), sort=sort, page=page,
                    page_size=page_size, visibility=None if all_visibilities else "public", expand=not no_expand,
                    strict=strict)
    arch = open_archive(ctx)
    try:
        result = search(arch.backend, q)
    except InvalidQuery as exc:
        click.echo(f"Error: invalid query: {exc}", err=True)
        ctx.exit(2)
    except IndexUnavailable as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        json.dump(result.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        click.echo()
        return
    if result.read_as is not None:
        click.echo(f"searched for: {result.read_as or '(everything)'}")
    if result.relaxed:
        click.echo("no document has all of these words: documents with at least half of them, most first")
    click.echo(f"{result.total} documents ({result.took_ms:.0f} ms)")
    if result.suggestion:
        click.echo(f"did you mean: {result.suggestion}")
    for exp in result.expansions:
        click.echo(f"also searched for {exp.term}: {', '.join(exp.added)}")
    for i, hit in enumerate(result.hits, start=(page - 1) * page_size + 1):
        meta = " · ".join(x for x in (hit.mechanism, hit.body, hit.doc_type, hit.date, hit.symbol) if x)
        click.echo(f"\n{i}. {hit.title}\n   {hit.id}  {meta}")
        for p in hit.pages:
            snippet = html.unescape(re.sub(r"</?mark>", "", p.snippet))
            click.echo(f"   p. {p.number}: {snippet}")
    for name, counts in result.facets.items():
        if counts:
            click.echo(f"\n{name}: " + ", ".join(f"{c.value} ({c.count})" for c in counts[:12]))


@click.command("migrate-to")
@click.argument("target_url")
@click.option("--batch", type=click.IntRange(1, 100_000), default=1000, show_default=True,
              help="Rows copied per transaction.")
@click.option("--no-index", is_flag=True, help="Do not build the PostgreSQL search tables in the target.")
@click.pass_context
def migrate_to_command(ctx: click.Context, target_url: str, batch: int, no_index: bool) -> None:
    """Copy the archive's record into the database TARGET_URL (PostgreSQL:
    postgresql+psycopg://user:pass@host/db), resuming an interrupted copy, checking every
    table's count, and build the PostgreSQL search tables there. Originals stay in
    HRARCHIVE_BLOB_DIR. Then point HRARCHIVE_DATABASE_URL at the target and set
    HRARCHIVE_SEARCH_BACKEND=postgres."""
    from dataclasses import replace

    from . import indexing
    from .db import Database
    from .migrate import migrate

    arch = open_archive(ctx)
    target = Database(target_url)
    try:
        done = migrate(arch.db, target, batch, progress=lambda c: click.echo(
            f"{c.table}: {c.target_rows} of {c.source_rows} rows ({c.copied} copied now)"))
        click.echo(f"record copied: {sum(c.target_rows for c in done)} rows in {len(done)} tables, counts checked")
        if not no_index and target_url.startswith("postgresql"):
            settings = replace(arch.settings, database_url=target_url, search_backend="postgres")
            backend = indexing.make_backend(settings, target)
            try:
                with target.session() as session:
                    n = indexing.rebuild(session, backend)
            finally:
                backend.close()
            click.echo(f"search tables built: {n} documents")
    except ArchiveError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        target.dispose()
    click.echo("next: set HRARCHIVE_DATABASE_URL to the target"
               + ("" if no_index else " and HRARCHIVE_SEARCH_BACKEND=postgres"))
