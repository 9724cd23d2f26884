"""Re-running enrichment over archived documents (`hrarchive enrich`)."""
from __future__ import annotations

import logging
from typing import Callable

from sqlalchemy import select

from archive import store
from archive.db import Database
from archive.indexing import index_documents
from archive.models import Document
from archive.search import SearchBackend

from . import enrich
from .apply import apply_enrichment

log = logging.getLogger(__name__)
BATCH = 50


def enrich_documents(db: Database, backend: SearchBackend, public_ids: list[str] | None = None,
                     progress: Callable[[int], None] | None = None) -> int:
    """Re-run every enricher over the given documents (all when None); returns the count.

    Values a person set stay; rule-made values, identifiers and topics are recomputed,
    and the documents are re-indexed.
    """
    with db.session() as session:
        stmt = select(Document.id).where(Document.deleted_at.is_(None)).order_by(Document.id)
        if public_ids is not None:
            stmt = stmt.where(Document.public_id.in_(public_ids))
        ids = list(session.scalars(stmt))
    done = 0
    for i in range(0, len(ids), BATCH):
        chunk = ids[i:i + BATCH]
        with db.session() as session:
            for doc in store.load_for_index(session, chunk):
                meta: dict[str, str | None] = {"title": doc.title}
                if "symbol" in (doc.locked_fields or []):
                    meta["symbol"] = doc.symbol
                apply_enrichment(session, doc, enrich([p.text for p in doc.pages], meta))
                store.touch(doc)
            session.commit()
            index_documents(session, backend, chunk)
        done += len(chunk)
        if progress:
            progress(done)
    log.info("enrichment re-run on %d documents", done)
    return done
