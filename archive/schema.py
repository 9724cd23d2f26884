"""Creating and upgrading the database schema through Alembic.

Alembic is imported only when there is something to do: loading it is a third of the
start-up of every command, and almost every time the database is at the newest
revision already.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from .db import Database

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
# The newest migration in MIGRATIONS (a test checks it is Alembic's head).
HEAD = "0007"


def alembic_config(db: Database) -> "Config":
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", db.url.replace("%", "%%"))
    return cfg


def stored_revision(db: Database) -> str | None:
    """The revision the database records, without Alembic (None: no schema yet)."""
    try:
        with db.engine.connect() as connection:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except DBAPIError:  # no alembic_version table: a new database
        return None


def upgrade(db: Database, revision: str = "head") -> None:
    """Create the schema or bring it up to `revision` (idempotent)."""
    if revision in ("head", HEAD) and stored_revision(db) == HEAD:
        return
    from alembic import command

    cfg = alembic_config(db)
    with db.engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, revision)


def current_revision(db: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with db.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision(db: Database) -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(db)).get_current_head()
