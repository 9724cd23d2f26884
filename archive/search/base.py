"""The search interface: SearchQuery in, SearchResult out, behind SearchBackend."""
from __future__ import annotations

from dataclasses import dataclass, field
from contextlib import AbstractContextManager
from typing import Callable, Iterable, Literal, Protocol, Sequence

from .expansion import Expansion

# country: the countries a document is about (subject countries); mentions: every country
# it names; article, conclusion, finding: an ECtHR judgment's or decision's conclusions
# (`3`, `violation`, `3:violation`).
FACETS = ("mechanism", "body", "doc_type", "language", "topic", "country", "mentions", "article", "conclusion",
          "finding", "year")
# Facet counts a result carries: the filterable facets plus the mechanism -> body pairs.
RESULT_FACETS = FACETS + ("mechanism_body",)
SORTS = ("relevance", "newest", "oldest", "title", "added")  # added: newest in the archive first
Operator = Literal["any", "all", "none"]
MAX_PAGE_SIZE = 100


@dataclass(frozen=True)
class FacetFilter:
    values: tuple[str, ...]
    operator: Operator = "any"


@dataclass(frozen=True)
class SearchQuery:
    text: str = ""
    filters: dict[str, FacetFilter] = field(default_factory=dict)
    year_from: int | None = None
    year_to: int | None = None
    # when documents came into the archive (UTC dates, ISO: "2026-12-01"), inclusive
    added_from: str | None = None
    added_to: str | None = None
    # "public" for anonymous users; None searches every visibility (admins).
    visibility: str | None = "public"
    sort: str = "relevance"
    page: int = 1
    page_size: int = 20
    facets: tuple[str, ...] = RESULT_FACETS
    snippets: bool = True
    # Cross-language expansion through the thesaurus (işkence <-> torture).
    expand: bool = True
    # Errors for query syntax (tools that ask); people's queries are read leniently.
    strict: bool = False
    # Half of the typed words suffice (archive.search.search: when none has them all).
    relaxed: bool = False


@dataclass
class PageHit:
    number: int
    snippet: str  # HTML: escaped text with <mark> around matches
    # the page's mean OCR confidence when its text was read by OCR, else None; the
    # numbered paragraph its snippet is in, else None (both from the record, added by
    # the web layer: web.paragraphs.annotate_hits)
    ocr_confidence: float | None = None
    paragraph: int | None = None


@dataclass
class Hit:
    id: str
    score: float
    title: str
    mechanism: str | None
    body: str | None
    doc_type: str | None
    language: str | None
    date: str | None
    symbol: str | None
    pages: list[PageHit] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    subject_countries: list[str] = field(default_factory=list)
    added: str | None = None  # when it came into the archive (UTC, ISO date and time)


@dataclass
class FacetCount:
    value: str
    count: int


@dataclass
class SearchResult:
    total: int
    hits: list[Hit]
    facets: dict[str, list[FacetCount]]
    page: int
    page_size: int
    took_ms: float = 0.0
    suggestion: str | None = None
    expansions: list[Expansion] = field(default_factory=list)
    # How a query that was not valid syntax was read ("rights child juvenile justice")
    read_as: str | None = None
    # No document had all the typed words: these have at least half of them.
    relaxed: bool = False

    def to_dict(self) -> dict:
        """The public JSON shape of a result (API and `hrarchive search --json`)."""
        return {
            "total": self.total,
            "page": self.page,
            "page_size": self.page_size,
            "took_ms": round(self.took_ms, 2),
            "suggestion": self.suggestion,
            "read_as": self.read_as,
            "relaxed": self.relaxed,
            "expansions": [e.to_dict() for e in self.expansions],
            "hits": [
                {
                    "id": h.id, "title": h.title, "mechanism": h.mechanism, "body": h.body,
                    "doc_type": h.doc_type, "language": h.language, "date": h.date,
                    "symbol": h.symbol, "score": round(h.score, 4), "topics": h.topics,
                    "countries": h.countries, "subject_countries": h.subject_countries,
                    "pages": [{"number": p.number, "snippet": p.snippet, "ocr_confidence": p.ocr_confidence,
                               "paragraph": p.paragraph} for p in h.pages],
                }
                for h in self.hits
            ],
            "facets": {
                name: [{"value": c.value, "count": c.count} for c in counts]
                for name, counts in self.facets.items()
            },
        }


@dataclass(frozen=True)
class IndexDocument:
    """What the index needs of a document: built from the record by archive.indexing."""

    id: str
    revision: int
    title: str
    symbol: str | None
    identifiers: tuple[str, ...]
    mechanism: str | None
    body: str | None
    doc_type: str | None
    language: str | None
    languages: tuple[str, ...]
    countries: tuple[str, ...]
    topics: tuple[str, ...]
    date: str | None  # ISO date
    year: int | None
    visibility: str
    pages: tuple[tuple[int, str], ...]  # (number, text)
    subject_countries: tuple[str, ...] = ()
    # the broader topics of `topics` in the thesaurus: filtering on or counting a topic
    # takes in the documents of its narrower topics
    broader_topics: tuple[str, ...] = ()
    # conclusions as facet values (see conclusion_facets)
    articles: tuple[str, ...] = ()
    outcomes: tuple[str, ...] = ()
    findings: tuple[str, ...] = ()
    added: str | None = None  # when it came into the archive (UTC, ISO date and time, microseconds)


def article_family(code: str) -> list[str]:
    """An article code and the articles it falls under: `6-1` is also `6`, `P1-1-1` is
    `P1-1`, and `14+8` (Article 14 taken with 8) is also `14` and `8`."""
    out = [code]
    for part in code.split("+"):
        bits = part.split("-")
        base = "-".join(bits[:2]) if bits[0].startswith("P") else bits[0]
        for value in (part, base):
            if value not in out:
                out.append(value)
    return out


def conclusion_facets(conclusions: Iterable[dict],
                      in_issue: Iterable[str] = ()) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(articles, outcomes, findings) of a case, for the `article`, `conclusion` and
    `finding` facets: a violation of `6-1` is found under article `6-1` and `6`, outcome
    `violation`, findings `6-1:violation` and `6:violation`. The articles also take in
    the articles in issue that nothing was concluded on (a decision's complaints), as
    HUDOC's Article filter does."""
    articles: dict[str, None] = {}
    outcomes: dict[str, None] = {}
    findings: dict[str, None] = {}
    for c in conclusions:
        outcome, article = c.get("outcome"), c.get("article")
        if not outcome:
            continue
        outcomes[outcome] = None
        for a in article_family(article) if article else []:
            articles[a] = None
            findings[f"{a}:{outcome}"] = None
    for code in in_issue:
        articles.update(dict.fromkeys(article_family(code)))
    return tuple(articles), tuple(outcomes), tuple(findings)


@dataclass
class IndexReport:
    """Differences between the record and the index."""

    index_present: bool
    missing: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)
    orphans: list[str] = field(default_factory=list)
    error: str | None = None

    @property
    def is_clean(self) -> bool:
        return self.index_present and not (self.missing or self.stale or self.orphans or self.error)


# (public id, page number) pairs -> page text; supplied by the record.
PageLoader = Callable[[Sequence[tuple[str, int]]], dict[tuple[str, int], str]]


class IndexWriter(Protocol):
    """What writes documents into an index: a backend, or its bulk writer."""

    def index(self, documents: Iterable[IndexDocument]) -> int: ...

    def delete(self, ids: Iterable[str]) -> None: ...


class SearchBackend(IndexWriter, Protocol):
    """A search engine over the archive's documents (the engine-neutral contract: see
    tests/archive/test_search_contract.py, which every engine passes).

    The record is the truth and the index derived: `rebuild` makes it anew from the
    record, `create` makes an empty one (only while the record is empty: see
    archive.context), `status` says whether it is there and readable. Nothing here
    names folders, segments or merge policies.
    """

    def index(self, documents: Iterable[IndexDocument]) -> int:
        """Add or replace documents (by id); returns how many were written."""

    def bulk(self) -> AbstractContextManager[IndexWriter]:
        """A writer for many writes in a row (an import): the engine arranges them for
        throughput and tidies up when the context ends."""

    def delete(self, ids: Iterable[str]) -> None: ...

    def search(self, query: SearchQuery) -> SearchResult:
        """Run a query. Raises InvalidQuery (strict queries only), IndexUnavailable."""

    def all_ids(self, query: SearchQuery) -> list[str]:
        """The public ids of every match, in the query's order, without a cap."""

    def similar(self, doc_id: str, limit: int = 5, visibility: str | None = "public") -> list[Hit]:
        """Documents most like `doc_id` (itself excluded) that `visibility` may see."""

    def rebuild(self, documents: Iterable[IndexDocument]) -> int:
        """Build the whole index anew from `documents`; searches go on meanwhile."""

    def indexed_revisions(self) -> dict[str, int]:
        """Public id -> revision of every document in the index."""

    def create(self) -> None:
        """Make an empty index (replacing an unusable one)."""

    def status(self) -> dict[str, object]:
        """{"ok": whether the index is there and readable, "error": why not,
        "documents": entries of every visibility}, and what else an engine tells staff
        about itself (PostgreSQL: "page_index", how the pages' words are indexed)."""

    def close(self) -> None:
        """Let go of connections and open files (the backend is not used afterwards)."""


# The filters a facet's counts leave out when they are `any` filters: its own (the
# mechanism -> body tree: both of its levels).
OWN_FILTERS = {"mechanism_body": ("mechanism", "body")}


def own_filters(query: SearchQuery, names: Iterable[str]) -> dict[tuple[str, ...], list[str]]:
    """The facets to count again without their own `any` filters, grouped by the
    filters left out (facets that leave out the same ones share one search). Every
    engine counts facets so: a facet chosen with `any` shows its other values, with the
    counts they would add; `all` and `none` facets, and every other facet, are counted
    within all the filters."""
    out: dict[tuple[str, ...], list[str]] = {}
    for name in names:
        dropped = tuple(f for f in OWN_FILTERS.get(name, (name,))
                        if f in query.filters and query.filters[f].operator == "any" and query.filters[f].values)
        if dropped:
            out.setdefault(dropped, []).append(name)
    return out
