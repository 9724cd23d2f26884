"""Re-running enrichment over archived documents (`hrarchive enrich`).

`enrich --all` re-runs the rules over every document that an older version of them, or
of the taxonomy data they read, enriched (`Document.enriched_version` against
`rules_version()`), so an interrupted run resumes where it stopped; `force` re-runs them
over all. Languages are detected again from the stored page texts, titles found again
(the file's own metadata title is kept from the import), and the documents re-indexed.
Values a person set stay.
"""
from __future__ import annotations

import logging
from typing import Any, Callable

from sqlalchemy import or_, select

from archive import store
from archive.db import Database
from archive.indexing import index_documents
from archive.models import Document
from archive.search import SearchBackend

from . import enrich, rules_version
from .apply import apply_enrichment
from .language import detect_language

log = logging.getLogger(__name__)
BATCH = 50
# Titles that came from a person or a source guide the rules; a rule's own does not.
GIVEN_TITLES = ("person", "sheet", "source")


def given_metadata(doc: Document) -> dict[str, Any]:
    """The title and symbol a person, a sheet or a source gave `doc`, which guide the rules."""
    locked = doc.locked_fields or []
    given: dict[str, Any] = {}
    if "title" in locked or ((doc.extra or {}).get("provenance") or {}).get("title") in GIVEN_TITLES:
        given["title"] = doc.title
    if "symbol" in locked:
        given["symbol"] = doc.symbol
    return given


def enrichment_metadata(doc: Document) -> dict[str, Any]:
    """What the enrichers get besides the stored text (see extract.enrichment_metadata)."""
    from ..extract import enrichment_metadata as from_extraction

    extra = doc.extra or {}
    given = given_metadata(doc)
    kind = "html" if doc.blob is not None and doc.blob.media_type == "text/html" else "file"
    found = {"title": extra["file_title"]} if extra.get("file_title") else {}
    if extra.get("file_date"):
        found["creationdate"] = extra["file_date"]
    page = extra.get("page") or {}  # what a web page stated about itself (ingest.writer.PAGE_METADATA)
    found.update({k: page[k] for k in ("date", "kind") if page.get(k)})
    return from_extraction(given, found, kind, doc.blob.original_name if doc.blob is not None else "")


def language_given(doc: Document) -> bool:
    """Whether a person or a source set `doc`'s language (then detection leaves it)."""
    return "language" in (doc.locked_fields or []) or bool(((doc.extra or {}).get("provenance") or {}).get("language"))


def redetect_languages(doc: Document) -> None:
    """Page and document languages from the stored text, unless a person or a source set it."""
    from ..extract import document_language

    texts = [p.text for p in doc.pages]
    page_languages = [detect_language(t) for t in texts]
    for page, lang in zip(doc.pages, page_languages):
        page.language = lang
    if language_given(doc):
        return
    if texts:
        doc.language = document_language(texts, page_languages, detect_language)
        doc.languages = sorted({l for l in page_languages if l != "und"}) or [doc.language]


def enrich_documents(db: Database, backend: SearchBackend, public_ids: list[str] | None = None,
                     progress: Callable[[int, int], None] | None = None, force: bool = False,
                     failed: list[tuple[str, str]] | None = None) -> int:
    """Re-run every enricher over the given documents (with None, those an older version
    of the rules enriched, or all with `force`); returns how many were read. `progress`
    is called with (done, total) after each batch. A document the rules fail on is kept
    as it was and goes into `failed` as (public id, error)."""
    with db.session() as session:
        stmt = select(Document.id).where(Document.deleted_at.is_(None)).order_by(Document.id)
        if public_ids is not None:
            stmt = stmt.where(Document.public_id.in_(public_ids))
        elif not force:
            stmt = stmt.where(or_(Document.enriched_version.is_(None), Document.enriched_version != rules_version()))
        ids = list(session.scalars(stmt))
    done = 0
    for i in range(0, len(ids), BATCH):
        chunk = ids[i:i + BATCH]
        with db.session() as session:
            for doc in store.load_for_index(session, chunk):
                redetect_languages(doc)
                try:
                    found = enrich([p.text for p in doc.pages], enrichment_metadata(doc),
                                   [p.language or "und" for p in doc.pages])
                except Exception as exc:  # one document's fault does not stop the run
                    log.exception("metadata rules failed on document %s", doc.public_id)
                    if failed is not None:
                        failed.append((doc.public_id, f"{type(exc).__name__}: {exc}"))
                    continue  # kept as it was; the next run tries it again
                apply_enrichment(session, doc, found)
                store.touch(doc)
            session.commit()  # each batch is kept: a run stopped here resumes after it
            index_documents(session, backend, chunk)
        done += len(chunk)
        if progress:
            progress(done, len(ids))
    log.info("enrichment (rules %s) re-run on %d documents", rules_version(), done)
    return done
