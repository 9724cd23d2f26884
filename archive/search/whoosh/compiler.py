"""The query tree (archive.search.querylang) compiled to Whoosh queries for one searcher:
fields, boosts, synonyms, stems, thesaurus expansion, function words, and the filters
of facets, visibility and years.
"""
from __future__ import annotations

import itertools

from whoosh import query as wq
from whoosh import sorting

from ...errors import InvalidQuery
from .. import analysis, querylang
from ..base import SearchQuery
from ..plan import ARTICLE_BOOST, CONCEPT_BOOST, EXACT_BOOST, EXPANSION_BOOST, IDENT_BOOST, TITLE_BOOST, QueryPlanner
from .phrases import FastPhrase
from .schema import FACET_FIELDS

FILTER_CACHE = 64  # filter document sets kept per searcher


def _sort_facet(sort: str):  # type: ignore[no-untyped-def]
    """The Whoosh sort for a SearchQuery.sort value; None sorts by relevance."""
    return {
        "newest": sorting.FieldFacet("date", reverse=True),
        "oldest": sorting.FieldFacet("date"),
        "title": sorting.FieldFacet("title_sort"),
        "added": sorting.FieldFacet("added", reverse=True),
    }.get(sort)


def _cached_docs(searcher, query):  # type: ignore[no-untyped-def]
    """The documents a filter query allows, computed once per searcher (filters repeat
    from search to search: visibility, a mechanism, a year range); the pooled searcher
    is replaced, cache and all, when the index changes."""
    if query is None:
        return None
    cache = searcher.__dict__.setdefault("_hrarchive_filters", {})
    key = repr(query)
    docs = cache.get(key)
    if docs is None:
        if len(cache) >= FILTER_CACHE:
            cache.clear()
        docs = cache[key] = searcher._filter_to_comb(query)
    return docs


class _Compiler(QueryPlanner):
    """Turns the query AST into Whoosh query objects for one searcher."""

    def __init__(self, searcher, expand: bool = False, relaxed: bool = False) -> None:  # type: ignore[no-untyped-def]
        super().__init__(expand, relaxed)
        self.s = searcher
        self._lexicons: dict[str, dict[str, list[str]]] = {}

    def _prefix(self, field: str, text: str, boost: float = 1.0):  # type: ignore[no-untyped-def]
        """Words of `field` starting with `text`, scored with `boost`. (Whoosh's Prefix
        drops its boost when the prefix stands for a single word of the index: that
        case is written as the word itself.)"""
        if boost != 1.0:
            words = list(itertools.islice(self.s.reader().expand_prefix(field, text), 2))
            if len(words) == 1:
                word = words[0].decode("utf-8") if isinstance(words[0], bytes) else words[0]
                return wq.Term(field, word, boost=boost)
        return wq.Prefix(field, text, boost=boost)

    def _keyword_values(self, field: str, value: str) -> list[str]:
        """Indexed values of a keyword field equal to `value` up to case and accents."""
        if field not in self._lexicons:
            table: dict[str, list[str]] = {}
            for raw in self.s.lexicon(field):
                term = raw.decode("utf-8") if isinstance(raw, bytes) else raw
                table.setdefault(analysis.fold(term), []).append(term)
            self._lexicons[field] = table
        return self._lexicons[field].get(analysis.fold(value), [value])

    # the planner's primitives (archive.search.plan)
    def every(self):  # type: ignore[no-untyped-def]
        return wq.Every()

    def all_of(self, parts):  # type: ignore[no-untyped-def]
        return wq.And(parts)

    def any_of(self, parts):  # type: ignore[no-untyped-def]
        return wq.Or(parts)

    def ranked_by(self, required, optional):  # type: ignore[no-untyped-def]
        return wq.AndMaybe(required, optional)

    def excluding(self, part):  # type: ignore[no-untyped-def]
        return wq.And([wq.Every(), wq.Not(part)])

    def years(self, start, end):  # type: ignore[no-untyped-def]
        return wq.NumericRange("year", start, end)

    def added_term(self, words, prefix, boost=EXPANSION_BOOST):  # type: ignore[no-untyped-def]
        if len(words) == 1:
            return self._prefix("text", words[0], boost) if prefix else wq.Term("text", words[0], boost=boost)
        return FastPhrase("text", words, boost=boost)

    def _article_values(self, articles: list[str]) -> list[str]:
        """The indexed values of the `article` field for `articles` (HUDOC notation)."""
        return [v for a in articles for v in self._keyword_values(FACET_FIELDS["article"], a)]

    def cases_on(self, articles):  # type: ignore[no-untyped-def]
        terms = [wq.Term(FACET_FIELDS["article"], v) for v in self._article_values(articles)]
        return terms[0] if len(terms) == 1 else wq.Or(terms)

    def concepts(self, compiled, concepts, articles):  # type: ignore[no-untyped-def]
        tags = [self._lift(FACET_FIELDS["topic"], c, CONCEPT_BOOST) for c in concepts]
        tags += [self._lift(FACET_FIELDS["article"], v, ARTICLE_BOOST) for v in self._article_values(articles)]
        return wq.AndMaybe(compiled, tags[0] if len(tags) == 1 else wq.Or(tags))

    def _lift(self, field: str, value: str, boost: float):  # type: ignore[no-untyped-def]
        """A match on a keyword field worth `boost` times the value's idf among the public
        documents, as a word of the query in a title is (keyword fields are not scored:
        a bare match would be worth `boost` alone, whatever the query's other scores)."""
        return wq.Term(field, value, boost=boost * self.s.weighting.idf(self.s, field, value))

    def phrase(self, node: querylang.Phrase):  # type: ignore[no-untyped-def]
        ws = analysis.words(node.text)
        if node.field in FACET_FIELDS or node.field == "symbol":
            return self.term(querylang.Term(node.text, node.field, False, node.pos))
        fields = ["title"] if node.field == "title" else ["text"] if node.field == "text" else ["text", "title"]
        parts = []
        for f in fields:
            boost = TITLE_BOOST if f == "title" else EXACT_BOOST
            if len(ws) == 1:
                parts.append(wq.Term(f, ws[0], boost=boost))
            else:
                parts.append(FastPhrase(f, ws, slop=node.slop + 1, boost=boost))
        return parts[0] if len(parts) == 1 else wq.Or(parts)

    def term(self, node: querylang.Term):  # type: ignore[no-untyped-def]
        field = node.field
        if field in FACET_FIELDS:
            if field == "year":  # handled as YearRange by the parser
                raise InvalidQuery("year: takes a year or a range", node.pos)
            fname = FACET_FIELDS[field]
            if node.prefix:
                return wq.Prefix(fname, node.text)
            values = self._keyword_values(fname, node.text)
            return wq.Or([wq.Term(fname, v) for v in values]) if len(values) > 1 else wq.Term(fname, values[0])
        if field == "symbol":
            norm = analysis.normalise_symbol(node.text)
            return wq.Prefix("ident", norm) if node.prefix else wq.Term("ident", norm)
        ws = analysis.words(node.text)
        if not ws:
            raise InvalidQuery(f"{node.text!r} has no words to search for", node.pos)
        title_only = field == "title"
        text_fields = ["title"] if title_only else (["text"] if field == "text" else ["text", "title"])
        parts: list = []
        if node.prefix:
            for f in text_fields:
                parts.append(self._prefix(f, ws[-1] if len(ws) == 1 else " ".join(ws),
                                          TITLE_BOOST if f == "title" else 1.0))
            return parts[0] if len(parts) == 1 else wq.Or(parts)
        if len(ws) > 1:
            # An identifier or a hyphenated/apostrophised word: its words in sequence.
            for f in text_fields:
                parts.append(FastPhrase(f, ws, boost=TITLE_BOOST if f == "title" else EXACT_BOOST))
        else:
            for syn in analysis.synonyms(ws[0]):
                for f in text_fields:
                    parts.append(wq.Term(f, syn, boost=TITLE_BOOST if f == "title" else EXACT_BOOST))
            if not title_only:
                raw = analysis.fold_safe(node.text)
                for lang in analysis.STEM_LANGUAGES:
                    parts.append(wq.Term(f"stem_{lang}", analysis.stem(raw, lang)))
        if field is None and any(c.isdigit() for c in node.text):
            parts.append(wq.Term("ident", analysis.normalise_symbol(node.text), boost=IDENT_BOOST))
        return parts[0] if len(parts) == 1 else wq.Or(parts)

    def filters(self, query: SearchQuery):  # type: ignore[no-untyped-def]
        """(filter, mask) queries for the facet filters, visibility and years."""
        must = [wq.Term("kind", "doc")]
        excluded = []
        if query.visibility:
            must.append(wq.Term("visibility", query.visibility))
        if query.year_from or query.year_to:
            must.append(wq.NumericRange("year", query.year_from, query.year_to))
        if query.added_from or query.added_to:  # ISO strings sort as dates; "~" is after any time of day
            must.append(wq.TermRange("added", query.added_from, f"{query.added_to}~" if query.added_to else None))
        for name, ff in query.filters.items():
            if name not in FACET_FIELDS or not ff.values:
                continue
            fname = FACET_FIELDS[name]
            terms = [wq.Term(fname, v) for value in ff.values for v in self._keyword_values(fname, value)]
            if ff.operator == "none":
                excluded.extend(terms)
            elif ff.operator == "all":
                # all-of: each requested value must be present (any of its spellings)
                must.extend(
                    wq.Or([wq.Term(fname, v) for v in self._keyword_values(fname, value)])
                    for value in ff.values
                )
            else:
                must.append(wq.Or(terms))
        return wq.And(must), (wq.Or(excluded) if excluded else None)
