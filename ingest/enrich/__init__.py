"""Enrichers: pure functions of (pages, metadata) returning values with evidence.

`enrich()` runs them all; the importer and `hrarchive enrich` apply the result to a
document without overwriting values a person set (see ingest.enrich.apply).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Evidence:
    text: str
    page: int


@dataclass
class Tagged:
    """A value found by a rule, with the evidence for it."""

    value: Any
    evidence: list[Evidence] = field(default_factory=list)
    score: float = 1.0
    rule: str = ""

    def evidence_json(self) -> list[dict[str, Any]]:
        return [{"text": e.text, "page": e.page} for e in self.evidence]


@dataclass
class Enrichment:
    mechanism: Tagged | None = None
    body: Tagged | None = None
    doc_type: Tagged | None = None
    published: Tagged | None = None  # value: (date, precision)
    adopted: Tagged | None = None
    countries: list[Tagged] = field(default_factory=list)
    topics: list[Tagged] = field(default_factory=list)
    own_identifiers: list[Tagged] = field(default_factory=list)  # value: (scheme, value)
    cited_identifiers: list[Tagged] = field(default_factory=list)


def enrich(pages: list[str], metadata: dict[str, Any] | None = None) -> Enrichment:
    """Run every enricher over a document's pages. `metadata` may hold title, symbol,
    mechanism, body (a source's defaults or a person's values), which guide the rules."""
    from .countries import find_countries
    from .dates import find_dates
    from .doctype import find_doc_type
    from .identifiers import find_identifiers_tagged
    from .mechanism import find_mechanism
    from .terms import split_pages
    from .topics import find_topics

    meta = metadata or {}
    title = meta.get("title") or ""
    own, cited = find_identifiers_tagged(pages, meta.get("symbol"))
    mechanism, body = find_mechanism(pages, title, own)
    result = Enrichment(mechanism=mechanism, body=body, own_identifiers=own, cited_identifiers=cited)
    result.doc_type = find_doc_type(pages, title, body.value if body else meta.get("body"))
    result.published, result.adopted = find_dates(pages)
    words = split_pages(pages)  # once, for both
    result.countries = find_countries(pages, title, words)
    result.topics = find_topics(pages, title, words)
    return result
