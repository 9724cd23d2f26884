"""The query tree compiled to SQL for PostgreSQL: every part of a query is a relation
`(doc_id, score)` with one row per matching document, and the planner's operators
combine them (AND: documents in every part; OR: in any; NOT: every document but).

A document matches a word when one of its pages (or its title, page 0) holds it; a
phrase must stand on one page. Scores are computed from the documents the searcher may
see only (the number of documents, and how many hold a word), never from restricted
ones:

- a word (its synonyms, its stems, a prefix) is looked up in the per-document terms
  (schema.py) and scores boost x idf x BM25's saturated count (k1 1.2, b 0.75, the
  length in words; the title's occurrences count TITLE_BOOST / EXACT_BOOST times), as
  the Whoosh engine scores a document: no page is read; a language's stems count and
  average over the documents in that language (`stem_lang`), as Whoosh's stemmed fields;
- a phrase or a proximity search is found on pages (their tsvectors) and scores
  boost x idf x log(1 + 10 x the sum of ts_rank over its pages).

ts_rank reads each matching page's tsvector (about 3 us a page), so a search with a
phrase ranks in two steps: an estimate from the index alone (a phrase by the share of
a document's pages that hold it, words exactly) orders every match and chooses the
candidates for the page shown, and ts_rank orders those (SEARCH_CANDIDATES in
backend.py). The estimate's parts are WITH clauses that also count how many documents
each part matches; ranking the candidates takes those counts for its idf. A search of
words alone is scored in one step. A thesaurus term of several words keeps the
estimate's score (it only adds to a score: not worth reading pages for).
"""
from __future__ import annotations

import itertools
import re

from ...errors import InvalidQuery
from .. import analysis, querylang
from ..base import SearchQuery
from ..plan import ARTICLE_BOOST, CONCEPT_BOOST, EXACT_BOOST, EXPANSION_BOOST, IDENT_BOOST, TITLE_BOOST, QueryPlanner
from .schema import FACET_COLUMNS, TEXT_EXACT, TEXT_STEM, TITLE_EXACT, TITLE_STEM, bigram, lexeme

# BM25's saturation of a word's count and weight of a document's length (the usual values)
BM25_K1, BM25_B = 1.2, 0.75

# in order, each word within N+1 positions after the one before: spelled out as the
# alternatives of exact distances while there are at most this many, else all the words
# on one page (looser; said in the README)
MAX_PROXIMITY_ALTERNATIVES = 64
SQL_FIELDS = {"title": "AND p.number = 0", "text": "AND p.number > 0", None: ""}


def tsquery_phrase(words: list[str], slop: int = 0, prefix: bool = False) -> tuple[str, str]:
    """(column, tsquery) of words side by side (slop 0: by their pairs, in `pairs`), or
    in order within slop+1 positions each (in `exact`)."""
    if slop <= 0 and not prefix and len(words) > 1:  # by its word pairs (schema.page_vectors)
        return "pairs", " <-> ".join(lexeme(bigram(a, b)) for a, b in zip(words, words[1:]))
    lexemes = [lexeme(w) for w in words]
    if prefix:
        lexemes[-1] += ":*"
    if len(lexemes) == 1:
        return "exact", lexemes[0]
    if slop <= 0:
        return "exact", " <-> ".join(lexemes)
    gaps = range(1, slop + 2)
    if len(gaps) ** (len(lexemes) - 1) > MAX_PROXIMITY_ALTERNATIVES:
        return "exact", " & ".join(lexemes)
    chains = []
    for distances in itertools.product(gaps, repeat=len(lexemes) - 1):
        chain = lexemes[0]
        for d, lex in zip(distances, lexemes[1:]):
            chain += f" <{d}> {lex}"
        chains.append(f"({chain})")
    return "exact", " | ".join(chains)


def word_lexemes(leaf: querylang.Term | querylang.Phrase) -> tuple[list[str], list[str]] | None:
    """(exact, stem) lexemes of a plain one-word leaf: the word and its synonyms, and its
    stem in every language; None for a phrase, a prefix or several words."""
    words = analysis.words(leaf.text)
    if isinstance(leaf, querylang.Phrase) or leaf.prefix or len(words) != 1:
        return None
    raw = analysis.fold_safe(leaf.text)
    return sorted(analysis.synonyms(words[0])), [f"{lang}/{analysis.stem(raw, lang)}" for lang in analysis.STEM_LANGUAGES]


def leaf_tsqueries(leaf: querylang.Term | querylang.Phrase) -> dict[str, str]:
    """Column -> tsquery of a text leaf: `exact` (words) or `pairs` (a phrase), and
    `stem` for a plain word; empty when the leaf has no words."""
    words = analysis.words(leaf.text)
    if not words:
        return {}
    lexemes = word_lexemes(leaf)
    if lexemes is None:
        column, q = tsquery_phrase(words, leaf.slop if isinstance(leaf, querylang.Phrase) else 0,
                                   isinstance(leaf, querylang.Term) and leaf.prefix)
        return {column: q}
    exact, stems = lexemes
    return {"exact": " | ".join(map(lexeme, exact)), "stem": " | ".join(map(lexeme, stems))}


class Rel(str):
    """SQL of a relation (doc_id, score), one row per document."""


class SqlCompiler(QueryPlanner[Rel]):
    """Compiles a SearchQuery into SQL; parameters collect in `self.params`."""

    def __init__(self, query: SearchQuery, mode: str = "rank", candidates: list[str] | None = None,
                 frequencies: list[int] | None = None) -> None:
        """`mode` "rank" scores phrases by ts_rank (reading the matching pages' tsvectors;
        only those of `candidates` when given), "estimate" from the GIN index alone (which
        pages match), to choose the candidates; words score the same in both (from the
        per-document terms). An estimate collects its text leaves in
        `leaves` (WITH clauses `leaf0`, `leaf1`, ..., each with its document frequency
        `df`); ranking the candidates of the same query takes those `frequencies` instead
        of counting every matching page again."""
        super().__init__(query.expand, query.relaxed)
        self.params: dict[str, object] = {}
        self.visibility = query.visibility
        self._names = itertools.count()
        self._leaf_numbers = itertools.count()
        self.mode = mode
        self.candidates = self.param(candidates) if candidates is not None else None
        self.frequencies = frequencies
        self.leaves: list[str] = []
        self.page_parts = 0  # parts read from pages (phrases, proximity): ranked by ts_rank

    def param(self, value: object) -> str:
        name = f"p{next(self._names)}"
        self.params[name] = value
        return f":{name}"

    def visible(self, alias: str) -> str:
        """The visibility condition on a table aliased `alias`."""
        return f"{alias}.visibility = {self.param(self.visibility)}" if self.visibility else "TRUE"

    def _documents(self, where: str, score: float = 0.0) -> Rel:
        return Rel(f"SELECT d.id AS doc_id, {score}::float8 AS score FROM search_document d "
                   f"WHERE {self.visible('d')} AND ({where})")

    def _frequency(self, number: int) -> str:
        """How many visible documents part `number` matches, as SQL: counted by the
        relation itself, or, ranking candidates, by the estimate of the same query (it
        counted them all, not the candidates only)."""
        if self.candidates is None:
            return "count(*) OVER ()"
        if self.frequencies is None or number >= len(self.frequencies):
            raise ValueError("ranking candidates needs the document frequencies of their estimate")
        return str(max(1, int(self.frequencies[number])))

    def _part(self, number: int, relation: str) -> Rel:
        """A part of the query: an estimate's is a WITH clause (`leaf<number>`, with its
        document frequency `df`), that the query refers to."""
        if self.mode == "estimate":
            self.leaves.append(relation)
            return Rel(f"SELECT doc_id, score FROM leaf{number}")
        return Rel(f"SELECT doc_id, score FROM ({relation}) AS part{number}")

    def pages(self, column: str, tsquery: str, boost: float, field: str | None = None,
              title_weight: float = 1.0, ranked: bool = True) -> Rel:
        """Documents whose pages match `tsquery` on `column`, scored (see the module); a
        part not `ranked` keeps the estimate's score (no tsvector read) in every mode."""
        q = f"CAST({self.param(tsquery)} AS tsquery)"
        matching = f"FROM search_page p WHERE p.{column} @@ {q} AND {self.visible('p')} {SQL_FIELDS[field]}"
        restricted = f"AND p.doc_id = ANY(CAST({self.candidates} AS text[]))" if self.candidates is not None else ""
        number = next(self._leaf_numbers)
        documents = self._frequency(number)
        self.page_parts += ranked
        if self.mode == "estimate" or not ranked:
            # no tsvector is read (the GIN index answers): the share of the document's
            # pages that match, saturated as BM25 saturates a count, the title counting more
            return self._part(number, (
                f"SELECT g.doc_id, count(*) OVER () AS df, "
                f"{boost} * ln(1 + (SELECT n FROM visible_total) / {documents}) * "
                f"(g.pages + {title_weight - 1:.4f} * g.title) / (g.pages + 1.2 * "
                f"(0.25 + 0.75 * d.n_pages / (SELECT pages FROM visible_total))) AS score "
                f"FROM (SELECT p.doc_id, count(*) AS pages, max((p.number = 0)::int) AS title {matching} "
                f"{restricted} GROUP BY p.doc_id) AS g JOIN search_document d ON d.id = g.doc_id"))
        weight = f"CASE WHEN p.number = 0 THEN {title_weight:.4f} ELSE 1 END" if title_weight != 1.0 else "1"
        return Rel(
            f"SELECT p.doc_id, {boost} * ln(1 + (SELECT n FROM visible_total) / {documents}) "
            f"* ln(1 + 10 * sum(ts_rank(p.{column}, {q}, 1)::float8 * {weight})) AS score "
            f"{matching} {restricted} GROUP BY p.doc_id")

    def words(self, lexemes: list[str], stems: bool, boost: float, field: str | None, title_weight: float = 1.0,
              prefix: bool = False, language: str | None = None) -> Rel:
        """Documents holding one of `lexemes` (or a word beginning with the one lexeme, when
        `prefix`), from the per-document terms (schema.py): BM25 of how often the document
        holds them (the title's occurrences counting `title_weight` times), no page read.
        A `language`'s stems are weighed among the documents in that language (their
        number and average length), as if each language had an index of its own."""
        body, title = (TEXT_STEM, TITLE_STEM) if stems else (TEXT_EXACT, TITLE_EXACT)
        kinds = {None: (body, title), "text": (body,), "title": (title,)}[field]
        if prefix:
            (word,) = lexemes
            match = f"t.lexeme >= {self.param(word)} AND t.lexeme < {self.param(word + chr(0x10FFFF))}"
        else:
            match = f"t.lexeme = ANY(CAST({self.param(lexemes)} AS text[]))"
        tf = (f"sum(t.tf * CASE WHEN t.kind = '{title}' THEN {title_weight:.4f} ELSE 1 END)"
              if title in kinds and title_weight != 1.0 else "sum(t.tf)")
        restricted = f"AND t.doc_id = ANY(CAST({self.candidates} AS text[]))" if self.candidates is not None else ""
        number = next(self._leaf_numbers)
        documents = self._frequency(number)
        n, average = (f"n_{language}", f"words_{language}") if language in analysis.STEM_LANGUAGES else ("n", "words")
        return self._part(number, (
            f"SELECT g.doc_id, count(*) OVER () AS df, {boost} * ln(1 + (SELECT {n} FROM visible_total) / {documents}) "
            f"* g.tf * {BM25_K1 + 1} / (g.tf + {BM25_K1} * (1 - {BM25_B} + {BM25_B} * d.words / "
            f"(SELECT {average} FROM visible_total))) AS score "
            f"FROM (SELECT t.doc_id, {tf}::float8 AS tf FROM search_term t "
            f"WHERE t.kind IN ({', '.join(repr(k) for k in kinds)}) AND {match} {restricted} GROUP BY t.doc_id) AS g "
            f"JOIN search_document d ON d.id = g.doc_id WHERE {self.visible('d')}"))

    # ------------------------------------------------ the planner's primitives
    def every(self) -> Rel:
        return self._documents("TRUE")

    def all_of(self, parts: list[Rel]) -> Rel:
        if len(parts) == 1:
            return parts[0]
        union = " UNION ALL ".join(f"SELECT doc_id, score FROM ({p}) AS a{i}" for i, p in enumerate(parts))
        return Rel(f"SELECT doc_id, sum(score) AS score FROM ({union}) AS u GROUP BY doc_id "
                   f"HAVING count(*) = {len(parts)}")

    def any_of(self, parts: list[Rel]) -> Rel:
        if len(parts) == 1:
            return parts[0]
        union = " UNION ALL ".join(f"SELECT doc_id, score FROM ({p}) AS o{i}" for i, p in enumerate(parts))
        return Rel(f"SELECT doc_id, sum(score) AS score FROM ({union}) AS u GROUP BY doc_id")

    def ranked_by(self, required: Rel, optional: Rel) -> Rel:
        return Rel(f"SELECT r.doc_id, r.score + coalesce(o.score, 0) AS score FROM ({required}) AS r "
                   f"LEFT JOIN ({optional}) AS o ON o.doc_id = r.doc_id")

    def excluding(self, part: Rel) -> Rel:
        return self._documents(f"d.id NOT IN (SELECT doc_id FROM ({part}) AS x)")

    def years(self, start: int | None, end: int | None) -> Rel:
        low = f"d.year >= {self.param(start)}" if start else "TRUE"
        high = f"d.year <= {self.param(end)}" if end else "TRUE"
        return self._documents(f"{low} AND {high}")

    def added_term(self, words: list[str], prefix: bool, boost: float = EXPANSION_BOOST) -> Rel:
        if len(words) == 1:
            return self.words(words, False, boost, "text", prefix=prefix)
        # several words: found by their pairs, scored by the share of pages they are on
        # (a thesaurus term only adds to a score: not worth reading pages for)
        return self.pages(*tsquery_phrase(words, prefix=prefix), boost, "text", ranked=False)

    def cases_on(self, articles: list[str]) -> Rel:
        return self._documents(f"d.f_article && CAST({self.param(articles)} AS text[])", 1.0)

    def concepts(self, compiled: Rel, concepts: list[str], articles: list[str]) -> Rel:
        lifts = [self._lift("f_topic", concepts, CONCEPT_BOOST)]
        if articles:
            lifts.append(self._lift("f_article", articles, ARTICLE_BOOST))
        return Rel(f"SELECT c.doc_id, c.score + {' + '.join(lifts)} AS score "
                   f"FROM ({compiled}) AS c JOIN search_document d ON d.id = c.doc_id")

    def _lift(self, column: str, values: list[str], boost: float) -> str:
        """What a document `d` with any of `values` in `column` gains: `boost` times the
        rarity of those values among the visible documents (as a facet term's idf)."""
        tags = self.param(values)
        weight = (f"(SELECT {boost} * ln(1 + (SELECT n FROM visible_total) / greatest(1, count(*))) "
                  f"FROM search_document t WHERE {self.visible('t')} AND t.{column} && CAST({tags} AS text[]))")
        return f"CASE WHEN d.{column} && CAST({tags} AS text[]) THEN {weight} ELSE 0 END"

    def _facet_value(self, field: str, node: querylang.Term) -> Rel:
        column = FACET_COLUMNS[field]
        if node.prefix:
            pattern = self.param(re.sub(r"([\\%_])", r"\\\1", node.text.lower()) + "%")
            return self._documents(f"EXISTS (SELECT 1 FROM unnest(d.{column}) v WHERE lower(v) LIKE {pattern})", 1.0)
        return self._documents(
            f"EXISTS (SELECT 1 FROM unnest(d.{column}) v WHERE lower(v) = {self.param(node.text.lower())})", 1.0)

    def term(self, node: querylang.Term) -> Rel:
        field = node.field
        if field == "year":  # read as YearRange by the parser
            raise InvalidQuery("year: takes a year or a range", node.pos)
        if field in FACET_COLUMNS:
            return self._facet_value(field, node)
        if field == "symbol":
            norm = analysis.normalise_symbol(node.text)
            if node.prefix:
                pattern = self.param(re.sub(r"([\\%_])", r"\\\1", norm) + "%")
                return self._documents(f"EXISTS (SELECT 1 FROM unnest(d.idents) v WHERE v LIKE {pattern})", 1.0)
            return self._documents(f"{self.param(norm)} = ANY(d.idents)", 1.0)
        words = analysis.words(node.text)
        if not words:
            raise InvalidQuery(f"{node.text!r} has no words to search for", node.pos)
        if node.prefix:
            boost, title_weight = (TITLE_BOOST if field == "title" else 1.0), TITLE_BOOST
        else:
            boost, title_weight = (TITLE_BOOST if field == "title" else EXACT_BOOST), TITLE_BOOST / EXACT_BOOST
        lexemes = word_lexemes(node)
        if node.prefix and len(words) == 1:
            parts = [self.words(words, False, boost, field, title_weight, prefix=True)]
        elif lexemes is not None:
            exact, stems = lexemes
            parts = [self.words(exact, False, boost, field, title_weight)]
            if field != "title":  # each language's stem (`fr/droit`), weighed in its language
                parts.extend(self.words([stem], True, 1.0, field, language=stem.split("/", 1)[0]) for stem in stems)
        else:  # a hyphenated word (its pairs), or a prefix after several words
            (column, q), = leaf_tsqueries(node).items()
            parts = [self.pages(column, q, boost, field, title_weight)]
        if field is None and any(c.isdigit() for c in node.text):
            parts.append(self._documents(f"{self.param(analysis.normalise_symbol(node.text))} = ANY(d.idents)",
                                         IDENT_BOOST))
        return self.any_of(parts)

    def phrase(self, node: querylang.Phrase) -> Rel:
        if node.field in FACET_COLUMNS or node.field == "symbol":
            return self.term(querylang.Term(node.text, node.field, False, node.pos))
        (column, q), = leaf_tsqueries(node).items()  # the planner refuses a phrase without words
        return self.pages(column, q, TITLE_BOOST if node.field == "title" else EXACT_BOOST, node.field,
                          title_weight=TITLE_BOOST / EXACT_BOOST)

    # -------------------------------------------------------------- filters
    def filters(self, query: SearchQuery, leave_out: tuple[str, ...] = ()) -> str:
        """The SQL condition on `d` (search_document) of the query's visibility, years,
        dates added and facet filters (but those in `leave_out`)."""
        conds = [self.visible("d")]
        if query.year_from:
            conds.append(f"d.year >= {self.param(query.year_from)}")
        if query.year_to:
            conds.append(f"d.year <= {self.param(query.year_to)}")
        if query.added_from:
            conds.append(f"d.added >= {self.param(query.added_from)}")
        if query.added_to:  # ISO strings sort as dates; "~" is after any time of day
            conds.append(f"d.added <= {self.param(query.added_to + '~')}")
        for name, ff in query.filters.items():
            if name not in FACET_COLUMNS or not ff.values or name in leave_out:
                continue
            values = f"CAST({self.param(list(ff.values))} AS text[])"
            column = f"d.{FACET_COLUMNS[name]}"
            conds.append({"none": f"NOT {column} && {values}", "all": f"{column} @> {values}"}.get(
                ff.operator, f"{column} && {values}"))
        return " AND ".join(conds)

    def coverage_filter(self) -> str | None:
        """The documents holding enough of a long query's words (see plan.COVERAGE)."""
        if self.coverage is None:
            return None
        parts, needed = self.coverage
        union = " UNION ALL ".join(f"SELECT doc_id FROM ({p}) AS c{i}" for i, p in enumerate(parts))
        return f"SELECT doc_id FROM ({union}) AS u GROUP BY doc_id HAVING count(*) >= {needed}"
