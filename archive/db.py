"""Engine and session factory (SQLAlchemy 2.0 style).

SQLite is opened in WAL mode with foreign keys on; PostgreSQL needs nothing special.
"""
from __future__ import annotations

import os

from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.orm import Session, sessionmaker

from .settings import Settings


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


# How long a write waits for another writer (SQLite: one at a time) before it fails.
# Batch work waits long; a web request would rather say "busy" soon (see web.errors).
BUSY_SECONDS = 30.0
WEB_BUSY_SECONDS = 5.0


def make_engine(url: str, busy_seconds: float = BUSY_SECONDS) -> Engine:
    """Create an engine for `url`, configuring SQLite connections on connect."""
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            # the record is for the archive's own user only (SQLite's -wal and -shm files
            # take the database file's permissions)
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
            os.chmod(path, 0o600)
        engine = create_engine(url, connect_args={"timeout": busy_seconds})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


class Database:
    """An engine plus its session factory."""

    def __init__(self, settings: Settings | str, busy_seconds: float = BUSY_SECONDS) -> None:
        url = settings if isinstance(settings, str) else settings.database_url
        self.url = url
        self.engine = make_engine(url, busy_seconds)
        self.sessionmaker = sessionmaker(self.engine, expire_on_commit=False)

    def session(self) -> Session:
        return self.sessionmaker()

    @contextmanager
    def session_scope(self) -> Iterator[Session]:
        """A session that commits on success and rolls back on any error."""
        session = self.sessionmaker()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def is_initialised(self) -> bool:
        return inspect(self.engine).has_table("documents")

    def dispose(self) -> None:
        self.engine.dispose()
