"""Moving an archive's record to another database (`hrarchive migrate-to URL`): from the
embedded SQLite to PostgreSQL, for the scale-out set-up (README, "Search on PostgreSQL").

Every table of the record is copied in primary-key order, in batches that commit one by
one, parents before children. A run that stops (killed, a lost connection, a full disk)
is started again with the same command: each table resumes after the last row the
target has. At the end the row count of every table is compared, and on PostgreSQL the
id sequences are moved past the copied ids. The originals are not in the database: they
stay where HRARCHIVE_BLOB_DIR says (a shared mount for several machines).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from sqlalchemy import Table, func, select, text, tuple_

from . import schema
from .db import Database
from .errors import ArchiveError
from .models import Base

BATCH = 1000


class MigrationError(ArchiveError):
    """The copy cannot go on, or its counts do not agree."""


@dataclass
class TableCopy:
    table: str
    source_rows: int
    copied: int  # by this run
    target_rows: int


def _resume_after(target: Database, table: Table) -> tuple | None:  # type: ignore[type-arg]
    """The primary key of the last row the target has (rows are copied in key order)."""
    key = list(table.primary_key.columns)
    with target.engine.connect() as conn:
        row = conn.execute(select(*key).order_by(*(c.desc() for c in key)).limit(1)).first()
    return tuple(row) if row is not None else None


def copy_table(source: Database, target: Database, table: Table, batch: int = BATCH) -> int:
    """Copy the rows of `table` the target lacks; returns how many were copied."""
    key = list(table.primary_key.columns)
    after = _resume_after(target, table)
    copied = 0
    with source.engine.connect() as src:
        while True:
            query = select(table).order_by(*key).limit(batch)
            if after is not None:
                query = query.where(tuple_(*key) > tuple_(*after)) if len(key) > 1 else query.where(key[0] > after[0])
            rows = [dict(r._mapping) for r in src.execute(query)]
            if not rows:
                return copied
            with target.engine.begin() as dst:
                dst.execute(table.insert(), rows)
            copied += len(rows)
            after = tuple(rows[-1][c.name] for c in key)


def _count(db: Database, table: Table) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar() or 0)


def _move_sequences(target: Database) -> None:
    """PostgreSQL: each integer id sequence past the largest copied id."""
    if target.engine.dialect.name != "postgresql":
        return
    with target.engine.begin() as conn:
        for table in Base.metadata.sorted_tables:
            if len(table.primary_key.columns) != 1:
                continue
            column = next(iter(table.primary_key.columns)).name
            seq = conn.execute(text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": table.name, "c": column}).scalar()
            if seq:  # an integer id made by the database
                conn.execute(text(f"SELECT setval(:s, coalesce((SELECT max({column}) FROM {table.name}), 0) + 1, false)"),
                             {"s": seq})


def migrate(source: Database, target: Database, batch: int = BATCH,
            progress: Callable[[TableCopy], None] | None = None) -> list[TableCopy]:
    """Copy the record of `source` into `target` (made or brought to the same schema
    first), resuming what an earlier run copied; raises MigrationError when a table's
    counts differ at the end."""
    if source.url == target.url:
        raise MigrationError("the target is the archive's own database")
    if schema.current_revision(source) != schema.HEAD:
        raise MigrationError("the archive's database is not at the latest schema: run 'hrarchive init' first")
    schema.upgrade(target)
    out = []
    for table in Base.metadata.sorted_tables:
        copied = copy_table(source, target, table, batch)
        done = TableCopy(table.name, _count(source, table), copied, _count(target, table))
        out.append(done)
        if progress:
            progress(done)
    _move_sequences(target)
    wrong = [c for c in out if c.source_rows != c.target_rows]
    if wrong:
        raise MigrationError("row counts differ after the copy: " + ", ".join(
            f"{c.table} {c.source_rows} here, {c.target_rows} there" for c in wrong)
            + " (was the archive written to during the copy? run the command again)")
    return out
