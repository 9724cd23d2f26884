"""Identifiers as enrichment: the document's own and the ones it cites."""
from __future__ import annotations

from archive.identifiers import cover_symbols, find_identifiers, reference_lines, split_own_and_cited

from . import Evidence, Tagged


def find_identifiers_tagged(pages: list[str], own_symbol: str | None = None) -> tuple[list[Tagged], list[Tagged]]:
    cover = cover_symbols(pages[0]) if pages else frozenset()
    references = reference_lines(pages[0]) if pages else frozenset()
    own, cited = split_own_and_cited(find_identifiers(pages), own_symbol, cover, references)
    as_tags = lambda found, rule: [  # noqa: E731
        Tagged((f.scheme, f.value), [Evidence(f.raw, f.page)], rule=rule) for f in found]
    return as_tags(own, "header"), as_tags(cited, "citation")
