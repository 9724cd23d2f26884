"""The archive as one object: settings, database, originals and search backend."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from . import schema
from .blobs import BlobStore
from .db import Database
from .indexing import make_backend
from .search import SearchBackend
from .settings import Settings


@dataclass
class Archive:
    settings: Settings
    db: Database
    blobs: BlobStore
    backend: SearchBackend
    # what close() stops first (a job worker thread of the web process)
    on_close: list[Callable[[], None]] = field(default_factory=list)

    @classmethod
    def open(cls, settings: Settings, *, migrate: bool = True, create_index: bool = True,
             busy_seconds: float | None = None) -> "Archive":
        """Open (and by default create or upgrade) the archive described by `settings`.

        With `create_index`, an empty search index is made when there is none and the
        record holds no document yet (nothing can be lost). An index lost from an
        archive with documents is never replaced implicitly, here or by a write from a
        web request: searches report it (503) until `hrarchive index check --repair`
        rebuilds it from the record.
        """
        settings.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        db = Database(settings) if busy_seconds is None else Database(settings, busy_seconds)
        if migrate:
            schema.upgrade(db)
        backend = make_backend(settings, db)
        if create_index and not backend.status()["ok"]:
            from sqlalchemy import func, select

            from .models import Document

            with db.session() as session:
                if not session.scalar(select(func.count()).select_from(Document)):
                    backend.create()
        return cls(settings, db, BlobStore(settings.blob_path), backend)

    def close(self) -> None:
        while self.on_close:
            self.on_close.pop()()
        self.backend.close()
        self.db.dispose()
