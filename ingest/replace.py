"""Replacing a document's original by hand, keeping the previous one as a version."""
from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from archive import store
from archive.models import Document

from .extract import ocr, sniff
from .importer import MEDIA_TYPES, ImportOptions
from .writer import enrich_document, fill_text, new_original
from .workers import ExtractionPool, Task


def _person_set(doc: Document) -> dict[str, Any]:
    """The title and symbol a person set, which guide the enrichers."""
    locked = doc.locked_fields or []
    return {name: getattr(doc, name) for name in ("title", "symbol") if name in locked}


def replace_original(session: Session, archive: Any, doc: Document, data: bytes, name: str) -> None:
    """Store `data` as `doc`'s new original and re-extract its text (in a sandboxed worker).

    Values a person set stay. Raises ValueError, saying why, when the file cannot be used
    (the document is then left as it was; the bytes stay in the blob store).
    """
    if not data:
        raise ValueError("the file is empty")
    sha = archive.blobs.put_bytes(data)
    if sha == doc.blob_sha256:
        raise ValueError("this is the same file as the current original")
    other = store.find_by_blob(session, sha)
    if other is not None and other.id != doc.id:
        raise ValueError(f"this file is already the original of document {other.public_id}")
    settings = archive.settings
    with ExtractionPool(1, settings.extract_timeout, settings.extract_memory_mb,
                        ocr=ocr.from_settings(settings)) as pool:
        results = list(pool.run(iter([Task(key=doc.public_id, data=data, name=name,
                                           metadata=_person_set(doc))])))
    extraction = results[0][1]
    if extraction.status in ("failed", "unsupported", "needs_password"):
        raise ValueError(f"the new file cannot be read: {extraction.error or extraction.status}")
    store.ensure_blob(session, sha, len(data), MEDIA_TYPES.get(sniff(data, name), "application/octet-stream"), name)
    new_original(doc, sha)
    opts = ImportOptions(visibility=doc.visibility)
    fill_text(doc, extraction, None, opts, name.rsplit(".", 1)[0])
    enrich_document(session, doc, extraction, opts)
    store.touch(doc)
