"""Search: the SearchBackend interface, its query types and the backends."""
from __future__ import annotations

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


__all__ = [
    "BACKENDS", "FACETS", "SORTS", "FacetCount", "FacetFilter", "Hit", "IndexDocument", "IndexReport",
    "PageHit", "PageLoader", "SearchBackend", "SearchQuery", "SearchResult", "open_backend",
]
