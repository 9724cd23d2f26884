"""The archive as one object: settings, database, originals and search backend."""
from __future__ import annotations

from dataclasses import dataclass

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

    @classmethod
    def open(cls, settings: Settings, *, migrate: bool = True) -> "Archive":
        """Open (and by default create or upgrade) the archive described by `settings`."""
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        db = Database(settings)
        if migrate:
            schema.upgrade(db)
        return cls(settings, db, BlobStore(settings.blob_path), make_backend(settings, db))

    def close(self) -> None:
        self.db.dispose()
