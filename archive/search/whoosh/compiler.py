"""The query tree (archive.search.querylang) compiled to Whoosh queries for one searcher:
fields, boosts, synonyms, stems, thesaurus expansion, function words, and the filters
of facets, visibility and years.
"""
from __future__ import annotations

from whoosh import query as wq
from whoosh import sorting

from ...errors import InvalidQuery
from .. import analysis, expansion, querylang
from ..base import SearchQuery
from .phrases import FastPhrase
from .schema import FACET_FIELDS

TITLE_BOOST = 4.0
EXPANSION_BOOST = 0.25  # a concept's terms in other languages rank below exact matches
EXACT_BOOST = 2.0
IDENT_BOOST = 20.0
# A document tagged with a concept the query names (`torture` for "prohibition of
# torture" or "işkence yasağı"; a judgment's concepts come from the articles it decided
# on) gains a match on the topic field with this weight: like the query's words found
# in its title.
CONCEPT_BOOST = TITLE_BOOST
# A typed query of this many plain words or more (a concept named by several words
# counts once) ranks by coverage: documents need COVERAGE of them (rounded down, as
# Lucene's minimum-should-match "75%"), and more of them score higher. Shorter queries,
# an explicit AND, quoted phrases, fields and NOT stay strict.
COVERAGE_FROM = 4
COVERAGE = 0.75
FILTER_CACHE = 64  # filter document sets kept per searcher  # idle searchers kept open (one per concurrent request)


def _is_function_term(node: querylang.Node) -> bool:
    """A plain query word that is a function word ("to", "for", "ve", "de")."""
    if not isinstance(node, querylang.Term) or node.field is not None or node.prefix:
        return False
    words = analysis.words(node.text)
    return len(words) == 1 and analysis.is_function_word(words[0])


def _lone_function_word(nodes: list[querylang.Node]) -> bool:
    return len(nodes) == 1 and _is_function_term(nodes[0])


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


class _Compiler:
    """Turns the query AST into Whoosh query objects for one searcher."""

    def __init__(self, searcher, expand: bool = False) -> None:  # type: ignore[no-untyped-def]
        self.s = searcher
        self._lexicons: dict[str, dict[str, list[str]]] = {}
        self.expand = expand
        self.expansions: list[expansion.Expansion] = []
        # (parts, how many of them a document must match) of a query ranked by coverage
        self.coverage: tuple[list, int] | None = None  # type: ignore[type-arg]

    def _expanded(self, node, compiled):  # type: ignore[no-untyped-def]
        """`compiled` OR the concept's terms in the other languages (low boost)."""
        if not self.expand or node.field not in (None, "text"):
            return compiled
        if isinstance(node, querylang.Term) and node.prefix:
            return compiled
        exp = expansion.expand(node.text)
        if exp is None:
            return compiled
        if exp not in self.expansions:
            self.expansions.append(exp)
        extra = []
        for term in exp.added:
            ws = analysis.words(term.rstrip("*"))
            if not ws:
                continue
            if len(ws) == 1:
                cls = wq.Prefix if term.endswith("*") else wq.Term
                extra.append(cls("text", ws[0], boost=EXPANSION_BOOST))
            else:
                extra.append(FastPhrase("text", ws, boost=EXPANSION_BOOST))
        return wq.Or([compiled, *extra]) if extra else compiled

    def _keyword_values(self, field: str, value: str) -> list[str]:
        """Indexed values of a keyword field equal to `value` up to case and accents."""
        if field not in self._lexicons:
            table: dict[str, list[str]] = {}
            for raw in self.s.lexicon(field):
                term = raw.decode("utf-8") if isinstance(raw, bytes) else raw
                table.setdefault(analysis.fold(term), []).append(term)
            self._lexicons[field] = table
        return self._lexicons[field].get(analysis.fold(value), [value])

    def _and_parts(self, children: list[querylang.Node]) -> list[tuple[object, list[querylang.Node]]]:
        """Compile AND-ed children as (query, the children it stands for); runs of plain
        words that name a thesaurus concept (`violence against women`, `olağanüstü hal`,
        `prohibition of torture`, function words included) are also expanded as a whole."""
        out: list[tuple[object, list[querylang.Node]]] = []
        i = 0
        while i < len(children):
            done = False
            if self.expand:
                for j in range(min(len(children), i + expansion.max_words()), i + 1, -1):
                    run = children[i:j]
                    if all(isinstance(c, querylang.Term) and c.field is None and not c.prefix for c in run):
                        text = " ".join(c.text for c in run)  # type: ignore[union-attr]
                        phrase = querylang.Phrase(text, None, 0, run[0].pos)  # type: ignore[union-attr]
                        expanded = self._expanded(phrase, wq.NullQuery)
                        if expanded is not wq.NullQuery:
                            words = [self.compile(c) for c in run if not _is_function_term(c)] or \
                                [self.compile(c) for c in run]
                            out.append((wq.Or([wq.And(words), *expanded.subqueries[1:]]), run))
                            i, done = j, True
                            break
            if not done:
                out.append((self.compile(children[i]), [children[i]]))
                i += 1
        return out

    def _and(self, children: list[querylang.Node]):  # type: ignore[no-untyped-def]
        """Implicit AND: function words do not decide a query that has other words (they
        only rank), unless they are part of a concept's name."""
        parts = self._and_parts(children)
        required = [q for q, nodes in parts if not _lone_function_word(nodes)]
        optional = [q for q, nodes in parts if _lone_function_word(nodes)]
        if not required or not optional:
            return wq.And([q for q, _ in parts])
        return wq.AndMaybe(wq.And(required) if len(required) > 1 else required[0],
                           wq.Or(optional) if len(optional) > 1 else optional[0])

    def read(self, query: SearchQuery):  # type: ignore[no-untyped-def]
        """(query tree, how it was read or None, compiled query) of `query.text`: strictly
        parsed (InvalidQuery) when `query.strict`, else read leniently (querylang.read),
        and a tree the analysis leaves without words searched as the text's words."""
        if query.strict:
            ast = querylang.parse(query.text)
            return ast, None, self._with_concepts(self._top(ast))
        ast, read_as = querylang.read(query.text)
        try:
            return ast, read_as, self._with_concepts(self._top(ast))
        except InvalidQuery:
            words = [querylang.Term(w) for w in analysis.words(query.text)]
            ast = querylang.And(tuple(words)) if len(words) > 1 else words[0] if words else querylang.MatchAll()
            return ast, querylang.render(ast), self._with_concepts(self._top(ast))

    def _top(self, node: querylang.Node):  # type: ignore[no-untyped-def]
        """The whole query compiled; a long query of typed words ranks by coverage (see
        COVERAGE_FROM): its plain words are OR-ed and `self.coverage` says how many of
        them a document must match (the engine filters on that)."""
        if not isinstance(node, querylang.And) or node.explicit:
            return self.compile(node)
        parts = self._and_parts(list(node.children))

        def plain(nodes: list[querylang.Node]) -> bool:
            return all(isinstance(c, querylang.Term) and c.field is None for c in nodes)

        content = [q for q, nodes in parts if plain(nodes) and not _lone_function_word(nodes)]
        if len(content) < COVERAGE_FROM:
            return self._and(list(node.children))
        self.coverage = (content, int(len(content) * COVERAGE))
        optional = [q for q, nodes in parts if _lone_function_word(nodes)]
        required = [q for q, nodes in parts if not plain(nodes)]
        ranked = wq.Or(content + optional)
        return wq.And([*required, ranked]) if required else ranked

    def _with_concepts(self, compiled):  # type: ignore[no-untyped-def]
        """`compiled`, ranking documents tagged with the concepts the query named higher
        (it matches exactly the same documents)."""
        concepts = sorted({e.concept for e in self.expansions})
        if not concepts:
            return compiled
        tags = [wq.Term(FACET_FIELDS["topic"], c, boost=CONCEPT_BOOST) for c in concepts]
        return wq.AndMaybe(compiled, tags[0] if len(tags) == 1 else wq.Or(tags))

    def compile(self, node: querylang.Node):  # type: ignore[no-untyped-def]
        if isinstance(node, querylang.MatchAll):
            return wq.Every()
        if isinstance(node, querylang.And):
            if node.explicit:
                return wq.And([q for q, _ in self._and_parts(list(node.children))])
            return self._and(list(node.children))
        if isinstance(node, querylang.Or):
            return wq.Or([self.compile(c) for c in node.children])
        if isinstance(node, querylang.Not):
            # NOT excludes what the word finds, expansions included: NOT x == all - x
            return wq.And([wq.Every(), wq.Not(self.compile(node.child))])
        if isinstance(node, querylang.YearRange):
            return wq.NumericRange("year", node.start, node.end)
        if isinstance(node, querylang.Phrase):
            return self._phrase(node)  # quotes mean exact: no thesaurus, no synonyms
        return self._expanded(node, self._term(node))

    def _phrase(self, node: querylang.Phrase):  # type: ignore[no-untyped-def]
        ws = analysis.words(node.text)
        if not ws:
            raise InvalidQuery("the phrase has no words to search for", node.pos)
        if node.field in FACET_FIELDS or node.field == "symbol":
            return self._term(querylang.Term(node.text, node.field, False, node.pos))
        fields = ["title"] if node.field == "title" else ["text"] if node.field == "text" else ["text", "title"]
        parts = []
        for f in fields:
            boost = TITLE_BOOST if f == "title" else EXACT_BOOST
            if len(ws) == 1:
                parts.append(wq.Term(f, ws[0], boost=boost))
            else:
                parts.append(FastPhrase(f, ws, slop=node.slop + 1, boost=boost))
        return parts[0] if len(parts) == 1 else wq.Or(parts)

    def _term(self, node: querylang.Term):  # type: ignore[no-untyped-def]
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
                parts.append(wq.Prefix(f, ws[-1] if len(ws) == 1 else " ".join(ws),
                                       boost=TITLE_BOOST if f == "title" else 1.0))
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
