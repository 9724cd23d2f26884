"""Search: the SearchBackend interface, its query types and the backends."""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .base import (
    FACETS,
    SORTS,
    FacetCount,
    FacetFilter,
    Hit,
    IndexDocument,
    IndexReport,
    PageHit,
    PageLoader,
    SearchBackend,
    SearchQuery,
    SearchResult,
)

from .plan import relaxable

if TYPE_CHECKING:
    from ..settings import Settings

BACKENDS = ("whoosh", "postgres")  # the engines behind SearchBackend (tests/archive/test_search_contract.py)


def open_backend(settings: "Settings", page_loader: PageLoader | None = None) -> SearchBackend:
    """The engine `settings.search_backend`: Whoosh over `settings.index_dir`, or tables in
    the PostgreSQL database of `settings.database_url`; snippets read text via `page_loader`."""
    if settings.search_backend == "whoosh":
        from .whoosh.backend import WhooshBackend

        return WhooshBackend(settings.index_path, page_loader)
    if settings.search_backend == "postgres":
        from .postgres.backend import PostgresBackend

        return PostgresBackend(settings.database_url, page_loader, read_url=settings.search_replica_url or None)
    raise ValueError(f"unknown search backend {settings.search_backend!r}")


def search(backend: SearchBackend, query: SearchQuery) -> SearchResult:
    """What a person's search shows: `backend.search(query)`, or, when no document has all
    of the typed words, the documents that have at least half of them, ranked by how
    many they have (`relaxed` set; a "did you mean" of the first search is kept). Typed
    words in another language than the documents' are the usual cause: "özel hayata ve
    aile hayatına saygı hakkı" over English judgments, where the thesaurus finds the
    concept but not "hakkı". Strict queries (tools) are never relaxed."""
    result = backend.search(query)
    if result.total or not relaxable(query):
        return result
    wider = backend.search(replace(query, relaxed=True))
    if not wider.total:
        return result
    wider.relaxed = True
    wider.suggestion = result.suggestion
    return wider


__all__ = [
    "BACKENDS", "FACETS", "SORTS", "FacetCount", "FacetFilter", "Hit", "IndexDocument", "IndexReport",
    "PageHit", "PageLoader", "SearchBackend", "SearchQuery", "SearchResult", "open_backend", "search",
]
