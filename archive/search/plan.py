"""How a typed query becomes a search, for every engine: which words are required,
which only rank, when a long query ranks by coverage, what the thesaurus adds and
which concepts lift a document. An engine subclasses QueryPlanner and builds its own
query objects from the primitives at the bottom (Whoosh queries, SQL).
"""
from __future__ import annotations

from typing import Generic, TypeVar

from .. import taxonomy
from ..errors import InvalidQuery
from . import analysis, expansion, querylang
from .base import SearchQuery

Q = TypeVar("Q")

TITLE_BOOST = 4.0
EXPANSION_BOOST = 0.25  # a concept's terms in other languages rank below exact matches
# ... and its terms in the query's own language (synonyms: the same words a reader of the
# query's language would look for) between the two: half an exact match
OWN_LANGUAGE_BOOST = 0.5
EXACT_BOOST = 2.0
IDENT_BOOST = 20.0
# A document tagged with a concept the query names (`torture` for "prohibition of
# torture" or "işkence yasağı"; a judgment's concepts come from the articles it decided
# on) gains a match on the topic field with this weight: like the query's words found
# in its title.
CONCEPT_BOOST = TITLE_BOOST
# ... and a case whose articles in issue include an article of the Convention that
# protects that concept (`article:3` for torture: a judgment's conclusion or a
# decision's complaint, read from its text) gains as much again: the concept is what the
# case decides, not words it happens to use (HUDOC's Article filter).
ARTICLE_BOOST = CONCEPT_BOOST
# A typed query of this many plain words or more (a concept named by several words
# counts once) ranks by coverage: documents need COVERAGE of them (rounded down, as
# Lucene's minimum-should-match "75%"), and more of them score higher. Shorter queries,
# an explicit AND, quoted phrases, fields and NOT stay strict. When no document has all
# of a query's words, archive.search.search asks again for half of them (`relaxed`).
COVERAGE_FROM = 4
COVERAGE = 0.75


def is_function_term(node: querylang.Node) -> bool:
    """A plain query word that is a function word ("to", "for", "ve", "de")."""
    if not isinstance(node, querylang.Term) or node.field is not None or node.prefix:
        return False
    words = analysis.words(node.text)
    return len(words) == 1 and analysis.is_function_word(words[0])


def lone_function_word(nodes: list[querylang.Node]) -> bool:
    return len(nodes) == 1 and is_function_term(nodes[0])


def relaxable(query: SearchQuery) -> bool:
    """Whether `query` is typed words (an implicit AND of at least two plain words that
    are not function words) that a relaxed reading would ask fewer of."""
    if query.strict or query.relaxed:
        return False
    ast, _ = querylang.read(query.text)
    if not isinstance(ast, querylang.And) or ast.explicit:
        return False
    return sum(isinstance(c, querylang.Term) and c.field is None and not is_function_term(c)
               for c in ast.children) >= 2


def expansion_leaves(expansions: list[expansion.Expansion]) -> list[querylang.Term | querylang.Phrase]:
    """The terms expansions added, as query leaves (for best pages and highlighting)."""
    out: list[querylang.Term | querylang.Phrase] = []
    for exp in expansions:
        for term in exp.added:
            out.append(querylang.Term(term.rstrip("*"), None, term.endswith("*")) if " " not in term.strip()
                       else querylang.Phrase(term))
    return out


class QueryPlanner(Generic[Q]):
    """The query tree compiled into an engine's queries of type Q (see the primitives)."""

    def __init__(self, expand: bool = False, relaxed: bool = False) -> None:
        self.expand = expand
        self.relaxed = relaxed
        self.expansions: list[expansion.Expansion] = []
        # (parts, how many of them a document must match) of a query ranked by coverage;
        # the engine filters on it (the compiled query itself OR-s the parts)
        self.coverage: tuple[list[Q], int] | None = None

    # ------------------------------------------------------------ primitives
    def every(self) -> Q:
        raise NotImplementedError

    def all_of(self, parts: list[Q]) -> Q:
        raise NotImplementedError

    def any_of(self, parts: list[Q]) -> Q:
        raise NotImplementedError

    def ranked_by(self, required: Q, optional: Q) -> Q:
        """What `required` matches; `optional` only adds to the score."""
        raise NotImplementedError

    def excluding(self, part: Q) -> Q:
        """Every document but those `part` matches."""
        raise NotImplementedError

    def years(self, start: int | None, end: int | None) -> Q:
        raise NotImplementedError

    def term(self, node: querylang.Term) -> Q:
        """A word, a prefix, a field value or a symbol."""
        raise NotImplementedError

    def phrase(self, node: querylang.Phrase) -> Q:
        """Quoted words: exact, no thesaurus, no synonyms, no stems."""
        raise NotImplementedError

    def added_term(self, words: list[str], prefix: bool, boost: float = EXPANSION_BOOST) -> Q:
        """A thesaurus term (folded words) searched in the text with `boost`."""
        raise NotImplementedError

    def cases_on(self, articles: list[str]) -> Q:
        """Cases with any of `articles` (HUDOC notation) among their articles in issue."""
        raise NotImplementedError

    def concepts(self, compiled: Q, concepts: list[str], articles: list[str]) -> Q:
        """`compiled`, ranking documents tagged with `concepts` CONCEPT_BOOST higher and
        cases with any of `articles` in issue (the `article` facet) ARTICLE_BOOST higher."""
        raise NotImplementedError

    # -------------------------------------------------------------- planning
    def read(self, query: SearchQuery) -> tuple[querylang.Node, str | None, Q]:
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

    def _added(self, node: querylang.Term | querylang.Phrase) -> list[Q]:
        """The concept's terms in the other languages, when `node` names a concept."""
        if not self.expand or node.field not in (None, "text"):
            return []
        if isinstance(node, querylang.Term) and node.prefix:
            return []
        exp = expansion.expand(node.text)
        if exp is None:
            return []
        if all(e.concept != exp.concept for e in self.expansions):
            # listed once a concept: "prohibition of torture" names it, and so does its
            # word "torture" (both are searched; the results say it once)
            self.expansions.append(exp)
        extra = []
        for i, term in enumerate(exp.added):
            ws = analysis.words(term.rstrip("*"))
            if ws:
                boost = OWN_LANGUAGE_BOOST if exp.own_language(i) else EXPANSION_BOOST
                extra.append(self.added_term(ws, prefix=term.endswith("*") and len(ws) == 1, boost=boost))
        if exp.articles:
            # a case on the article that protects the concept is about it, whatever its
            # words ("forced to work" under Article 4 for "forced labour")
            extra.append(self.cases_on(list(exp.articles)))
        return extra

    def _and_parts(self, children: list[querylang.Node]) -> list[tuple[Q, list[querylang.Node]]]:
        """Compile AND-ed children as (query, the children it stands for); runs of plain
        words that name a thesaurus concept (`violence against women`, `olağanüstü hal`,
        `prohibition of torture`, function words included) are also expanded as a whole."""
        out: list[tuple[Q, list[querylang.Node]]] = []
        i = 0
        while i < len(children):
            done = False
            if self.expand:
                for j in range(min(len(children), i + expansion.max_words()), i + 1, -1):
                    run = children[i:j]
                    if all(isinstance(c, querylang.Term) and c.field is None and not c.prefix for c in run):
                        text = " ".join(c.text for c in run)  # type: ignore[union-attr]
                        added = self._added(querylang.Phrase(text, None, 0, run[0].pos))  # type: ignore[union-attr]
                        if added:
                            words = [self.compile(c) for c in run if not is_function_term(c)] or \
                                [self.compile(c) for c in run]
                            out.append((self.any_of([self.all_of(words), *added]), run))
                            i, done = j, True
                            break
            if not done:
                child = children[i]
                if isinstance(child, querylang.Term) and is_function_term(child):
                    # a function word only ranks, and by the text: in the title, where
                    # it is rare, it would weigh as much as a rare word ("FOR" in a
                    # title lifted "respect for family life")
                    child = querylang.Term(child.text, "text", child.prefix, child.pos)
                out.append((self.compile(child), [children[i]]))
                i += 1
        return out

    def _and(self, parts: list[tuple[Q, list[querylang.Node]]]) -> Q:
        """Implicit AND of compiled parts (`_and_parts`): function words do not decide a
        query that has other words (they only rank), unless they are part of a concept's
        name."""
        required = [q for q, nodes in parts if not lone_function_word(nodes)]
        optional = [q for q, nodes in parts if lone_function_word(nodes)]
        if not required or not optional:
            return self.all_of([q for q, _ in parts])
        return self.ranked_by(self.all_of(required) if len(required) > 1 else required[0],
                              self.any_of(optional) if len(optional) > 1 else optional[0])

    def _top(self, node: querylang.Node) -> Q:
        """The whole query compiled; a long query of typed words ranks by coverage (see
        COVERAGE_FROM): its plain words are OR-ed and `self.coverage` says how many of
        them a document must match (the engine filters on that)."""
        if not isinstance(node, querylang.And) or node.explicit:
            return self.compile(node)
        parts = self._and_parts(list(node.children))

        def plain(nodes: list[querylang.Node]) -> bool:
            return all(isinstance(c, querylang.Term) and c.field is None for c in nodes)

        content = [q for q, nodes in parts if plain(nodes) and not lone_function_word(nodes)]
        if self.relaxed and len(content) >= 2:
            needed = max(1, len(content) // 2)
        elif len(content) >= COVERAGE_FROM:
            needed = int(len(content) * COVERAGE)
        else:
            return self._and(parts)
        self.coverage = (content, needed)
        optional = [q for q, nodes in parts if lone_function_word(nodes)]
        required = [q for q, nodes in parts if not plain(nodes)]
        ranked = self.any_of(content + optional)
        return self.all_of([*required, ranked]) if required else ranked

    def _with_concepts(self, compiled: Q) -> Q:
        """`compiled`, ranking documents tagged with the concepts the query named higher
        (it matches exactly the same documents)."""
        concepts = sorted({e.concept for e in self.expansions})
        if not concepts:
            return compiled
        return self.concepts(compiled, concepts, taxonomy.load().articles_of(concepts))

    def compile(self, node: querylang.Node) -> Q:
        if isinstance(node, querylang.MatchAll):
            return self.every()
        if isinstance(node, querylang.And):
            if node.explicit:
                return self.all_of([q for q, _ in self._and_parts(list(node.children))])
            return self._and(self._and_parts(list(node.children)))
        if isinstance(node, querylang.Or):
            return self.any_of([self.compile(c) for c in node.children])
        if isinstance(node, querylang.Not):
            # NOT excludes what the word finds, expansions included: NOT x == all - x
            return self.excluding(self.compile(node.child))
        if isinstance(node, querylang.YearRange):
            return self.years(node.start, node.end)
        if isinstance(node, querylang.Phrase):
            if not analysis.words(node.text):
                raise InvalidQuery("the phrase has no words to search for", node.pos)
            return self.phrase(node)  # quotes mean exact: no thesaurus, no synonyms
        compiled = self.term(node)
        added = self._added(node)
        return self.any_of([compiled, *added]) if added else compiled
