"""The root `hrarchive` command, and the web layer's serve and demo."""
from __future__ import annotations

import logging
from pathlib import Path

import click

from archive.cli import get_settings, index_group, init_command, migrate_to_command, open_archive, search_command
from archive.errors import ConfigurationError
from archive.settings import Settings
from ingest.extract import ocr
from ingest.cli import enrich_command, extract_command, import_command, ingest_group, ocr_command, runs_group, worker_command

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@click.group()
@click.option("--data-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Override HRARCHIVE_DATA_DIR.")
@click.version_option(package_name="hrarchive")
@click.pass_context
def main(ctx: click.Context, data_dir: Path | None) -> None:
    """hrarchive: a searchable archive of human-rights documentation on Türkiye."""
    try:
        settings = Settings.from_env(data_dir=data_dir)
    except ConfigurationError as exc:
        raise click.ClickException(str(exc)) from exc
    logging.basicConfig(level=settings.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # Alembic announces every migration context at INFO; only real upgrades matter.
    logging.getLogger("alembic.runtime.migration").setLevel(logging.WARNING)
    ctx.obj = settings


main.add_command(init_command)
main.add_command(index_group)
main.add_command(migrate_to_command)
main.add_command(search_command)
main.add_command(import_command)
main.add_command(runs_group)
main.add_command(enrich_command)
main.add_command(ocr_command)
main.add_command(extract_command)
main.add_command(worker_command)
main.add_command(ingest_group)


@main.group("users")
def users_group() -> None:
    """Manage the people who run the archive (roles: admin, editor)."""


def _read_password(from_stdin: bool, prompt: str) -> str:
    """One line of standard input, or typed twice at a hidden prompt."""
    import sys

    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    return str(click.prompt(prompt, hide_input=True, confirmation_prompt=True))


@users_group.command("add")
@click.argument("email")
@click.option("--role", type=click.Choice(["admin", "editor"]), required=True)
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input (for scripts).")
@click.pass_context
def users_add(ctx: click.Context, email: str, role: str, password_stdin: bool) -> None:
    """Add a user; the password is prompted for (twice) unless --password-stdin."""
    from archive import accounts

    password = _read_password(password_stdin, "Password")
    arch = open_archive(ctx)
    try:
        with arch.db.session_scope() as s:
            user = accounts.add_user(s, email, password, role)
            accounts.audit(s, None, "user-add", user.email, after={"role": role})
    except accounts.AccountError as exc:
        click.echo(f"Error: {exc}", err=True)
        ctx.exit(2)
    click.echo(f"added {user.email} ({role})")


@users_group.command("password")
@click.argument("email")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input (for scripts).")
@click.pass_context
def users_password(ctx: click.Context, email: str, password_stdin: bool) -> None:
    """Set a user's password; their open sessions end."""
    from archive import accounts

    password = _read_password(password_stdin, "New password")
    arch = open_archive(ctx)
    try:
        with arch.db.session_scope() as s:
            user = accounts.set_password(s, email, password)
            accounts.audit(s, None, "user-password", user.email)
    except accounts.AccountError as exc:
        click.echo(f"Error: {exc}", err=True)
        ctx.exit(2)
    click.echo(f"password changed for {email}")


@users_group.command("list")
@click.pass_context
def users_list(ctx: click.Context) -> None:
    """List users with role, state and last login."""
    from sqlalchemy import select

    from archive.models import User

    arch = open_archive(ctx)
    with arch.db.session() as s:
        users = s.scalars(select(User).order_by(User.email)).all()
        if not users:
            click.echo("no users yet; add one with: hrarchive users add EMAIL --role admin")
        for u in users:
            last = u.last_login_at.strftime("%Y-%m-%d %H:%M") if u.last_login_at else "never"
            click.echo(f"{u.email:40} {u.role:7} {'active' if u.is_active else 'disabled':9} last login {last}")


@users_group.command("disable")
@click.argument("email")
@click.pass_context
def users_disable(ctx: click.Context, email: str) -> None:
    """Disable a user: they cannot log in, and their open sessions end."""
    _set_active(ctx, email, False)


@users_group.command("enable")
@click.argument("email")
@click.pass_context
def users_enable(ctx: click.Context, email: str) -> None:
    """Enable a disabled user again."""
    _set_active(ctx, email, True)


@users_group.command("logout")
@click.argument("email")
@click.pass_context
def users_logout(ctx: click.Context, email: str) -> None:
    """End every open session of a user, on every device (a lost laptop, a stolen cookie)."""
    from archive import accounts

    arch = open_archive(ctx)
    with arch.db.session_scope() as s:
        user = accounts.find_user(s, email)
        if user is None:  # (an exception, not ctx.exit: the session closes first)
            raise click.ClickException(f"no user {email}")
        ended = accounts.end_all_sessions(s, user)
        accounts.audit(s, None, "logout-everywhere", user.email, sessions=ended)
    click.echo(f"ended {ended} session(s) of {email}")


def _set_active(ctx: click.Context, email: str, active: bool) -> None:
    from archive import accounts

    arch = open_archive(ctx)
    try:
        with arch.db.session_scope() as s:
            user = accounts.set_active(s, email, active)
            accounts.audit(s, None, "user-enable" if active else "user-disable", user.email,
                           after={"active": active})
    except accounts.AccountError as exc:
        click.echo(f"Error: {exc}", err=True)
        ctx.exit(1)
    click.echo(f"{'enabled' if active else 'disabled'} {email}")


DEMO_ADMIN = "admin@example.org"


def _demo_admin(arch, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    """A demo archive gets one admin account, its password kept in the data directory."""
    import os
    import secrets

    from sqlalchemy import func, select

    from archive import accounts
    from archive.models import User

    password_file = settings.data_dir / "demo-admin-password.txt"
    with arch.db.session_scope() as s:
        if s.scalar(select(func.count()).select_from(User)) == 0:
            password = secrets.token_urlsafe(12)
            accounts.add_user(s, DEMO_ADMIN, password, "admin")
            fd = os.open(password_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w") as fh:
                fh.write(password + "\n")
    if password_file.exists():
        click.echo(f"admin area: /admin/ as {DEMO_ADMIN}, password in {password_file}")


def _serve(settings: Settings, host: str, port: int) -> None:
    from werkzeug.serving import run_simple

    from . import create_app

    app = create_app(settings)
    click.echo(f"serving the archive at http://{host}:{port}/ (Ctrl+C to stop)")
    run_simple(host, port, app, threaded=True, use_reloader=False)


@main.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.pass_context
def serve_command(ctx: click.Context, host: str, port: int) -> None:
    """Serve the web interface and API (for production use gunicorn, see README)."""
    open_archive(ctx).close()  # creates or upgrades the database first
    _serve(get_settings(ctx), host, port)


@main.command("demo")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--no-serve", is_flag=True, help="Build the demo archive and exit.")
@click.pass_context
def demo_command(ctx: click.Context, host: str, port: int, no_serve: bool) -> None:
    """Build a demo archive from samples/ (idempotent) and serve it."""
    from ingest.importer import ImportOptions, import_paths
    from ingest.metadata import read_sheet

    pdfs = SAMPLES / "pdf"
    if not pdfs.is_dir():
        raise click.ClickException(f"no sample collection at {pdfs}; run from a source checkout")
    arch = open_archive(ctx)
    settings = get_settings(ctx)
    opts = ImportOptions(sheet=read_sheet(SAMPLES / "metadata.csv"), sheet_path=SAMPLES / "metadata.csv",
                         workers=settings.workers, timeout=settings.extract_timeout,
                         memory_mb=settings.extract_memory_mb, ocr=ocr.from_settings(settings))
    from archive import indexing

    with arch.db.session() as session:
        report = indexing.check(session, arch.backend)
        if not report.is_clean:  # e.g. an index from an older version: rebuild it
            indexing.repair(session, arch.backend, report)
    summary = import_paths(arch.db, arch.blobs, arch.backend, [pdfs], opts)
    click.echo("demo archive: " + ", ".join(f"{n} {k}" for k, n in sorted(summary.counts.items())))
    from ingest.enrich.run import enrich_documents

    # documents an older version of the rules enriched (a demo built before an upgrade)
    if enrich_documents(arch.db, arch.backend):
        click.echo("re-enriched documents from an earlier version")
    _demo_admin(arch, settings)
    arch.close()
    if not no_serve:
        _serve(get_settings(ctx), host, port)
