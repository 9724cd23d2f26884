"""Search: the SearchBackend interface, its query types and the backends."""
from __future__ import annotations

from pathlib import Path

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


BACKENDS = ("whoosh",)  # the engines behind SearchBackend (tests/archive/test_search_contract.py)


def open_backend(name: str, index_dir: Path, page_loader: PageLoader | None = None) -> SearchBackend:
    """Return the backend called `name` over `index_dir`."""
    if name == "whoosh":
        from .whoosh.backend import WhooshBackend

        return WhooshBackend(index_dir, page_loader)
    raise ValueError(f"unknown search backend {name!r}")


__all__ = [
    "BACKENDS", "FACETS", "SORTS", "FacetCount", "FacetFilter", "Hit", "IndexDocument", "IndexReport",
    "PageHit", "PageLoader", "SearchBackend", "SearchQuery", "SearchResult", "open_backend",
]
