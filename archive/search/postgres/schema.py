"""The PostgreSQL search tables, and a document turned into their rows.

Text is analysed in Python, by the same code as the Whoosh index (archive.search.analysis):
Turkish-correct folding (İ/I/ı/i, ğ, ş, ç, ö, ü) and our stems, so PostgreSQL's own
text search configurations are not used (its `turkish` one stems IĞDIR to "ik"). Each
page becomes a row with three tsvectors, built from our lexemes with their positions:

- `exact`: the folded words (words, prefixes, proximity);
- `pairs`: each pair of words side by side, as one lexeme at the first word's position:
  a phrase is found by its pairs (`"death penalty"` is one lexeme, `"rights of the
  child"` three pairs in a row), so the index narrows a phrase to the pages that hold
  it, not every page with its words, and the words' own vector stays small;
- `stem`: the stems, marked with their language (`en/custodi`, `tr/gozal`), so that a
  Turkish stem never meets an English one.

The words and pairs are indexed by RUM where that extension is installed, else by GIN
(see PAGE_INDEX_METHODS).

Page 0 holds the title. Pages, not documents, are rows: a tsvector holds at most 1 MB
and 16,383 positions; a page longer than 16,000 words is several rows (its parts).

Words are also kept per document, with how often they occur (`search_term`, counted
from the pages' tsvectors when a document is written): a word is found and ranked (BM25
per document) by one B-tree range, without reading any page. Its kinds: `e` the exact
words of the text, `t` those of the title, `s` and `u` the stems of the text and the
title. Phrases and proximity still read pages. The words the public can see (per
visibility, with how many documents hold them) feed "did you mean" through pg_trgm.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Iterable

from .. import analysis
from ..base import IndexDocument

# Bump when what is stored changes: an index of another format is rebuilt.
FORMAT = "pg-8"
MAX_POSITION = 16383  # PostgreSQL's largest tsvector position
PART_WORDS, PART_OVERLAP = 16_000, 64  # a long page's parts (see page_vectors)
# a facet -> its column (arrays: one shape for every facet)
FACET_COLUMNS = {
    "mechanism": "f_mechanism", "body": "f_body", "doc_type": "f_doc_type", "language": "f_language",
    "topic": "f_topic", "country": "f_country", "mentions": "f_mentions", "article": "f_article",
    "conclusion": "f_conclusion", "finding": "f_finding", "year": "f_year", "mechanism_body": "f_mechanism_body",
}
# Every facet value of a document again in one array, as "<facet>:<value>" (see
# facet_value): the facets of a search are counted in one pass over its matches (one
# unnest a document instead of one a facet: 4-5x less work at 50k pages).
FACET_VALUES = "f_all"


def facet_value(name: str, value: str) -> str:
    """A facet value as it is kept in FACET_VALUES (a facet's name has no colon)."""
    return f"{name}:{value}"


def read_facet_value(kept: str) -> tuple[str, str]:
    """(facet, value) of an element of FACET_VALUES."""
    name, _, value = kept.partition(":")
    return name, value

DROP = "DROP TABLE IF EXISTS search_term, search_page, search_word, search_document, search_meta"
CREATE = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    """CREATE TABLE search_meta (key text PRIMARY KEY, value text NOT NULL)""",
    f"""CREATE TABLE search_document (
        id text PRIMARY KEY, revision integer NOT NULL, visibility text NOT NULL,
        title text NOT NULL, title_sort text NOT NULL, symbol text, idents text[] NOT NULL,
        mechanism text, body text, doc_type text, date text, year integer, added text, n_pages integer NOT NULL,
        words integer NOT NULL DEFAULT 0, stem_lang text,
        topics text[] NOT NULL, countries text[] NOT NULL, subject_countries text[] NOT NULL,
        {", ".join(f"{c} text[] NOT NULL" for c in (*FACET_COLUMNS.values(), FACET_VALUES))})""",
    """CREATE TABLE search_page (
        doc_id text NOT NULL REFERENCES search_document (id) ON DELETE CASCADE,
        number integer NOT NULL, part smallint NOT NULL DEFAULT 0, visibility text NOT NULL,
        exact tsvector NOT NULL, stem tsvector NOT NULL, pairs tsvector NOT NULL,
        PRIMARY KEY (doc_id, number, part))""",
    """CREATE TABLE search_term (
        kind "char" NOT NULL, lexeme text COLLATE "C" NOT NULL,
        doc_id text NOT NULL REFERENCES search_document (id) ON DELETE CASCADE, tf integer NOT NULL,
        PRIMARY KEY (kind, lexeme, doc_id) INCLUDE (tf))""",
    "CREATE INDEX search_term_doc ON search_term (doc_id)",
    """CREATE TABLE search_word (word text NOT NULL, visibility text NOT NULL, docs integer NOT NULL,
        PRIMARY KEY (word, visibility))""",
    "CREATE INDEX search_page_stem ON search_page USING gin (stem)",
    "CREATE INDEX search_word_trgm ON search_word USING gin (word gin_trgm_ops)",
    # what every part of a query joins: an index-only scan of the documents one may see
    "CREATE INDEX search_document_visibility ON search_document (visibility) INCLUDE (id, words, n_pages, stem_lang)",
    "CREATE INDEX search_document_date ON search_document (date)",
    "CREATE INDEX search_document_added ON search_document (added)",
    *(f"CREATE INDEX search_document_{c} ON search_document USING gin ({c})"
      for c in ("f_topic", "f_country", "f_mentions", "f_body", "f_article")),
]

# The pages' `exact` and `pairs` columns are indexed by RUM where the extension is in the
# database (it keeps the words' positions in the index, so a phrase or a proximity search
# is answered by the index alone: 3-10x faster at 50k pages), else by GIN (which finds
# the pages holding the words; their tsvectors are then read to check the positions).
PAGE_INDEX_METHODS = ("rum", "gin")


def page_indexes(method: str) -> list[str]:
    """The statements creating the indexes of the pages' words and word pairs."""
    if method not in PAGE_INDEX_METHODS:
        raise ValueError(f"page index method {method!r}: one of {', '.join(PAGE_INDEX_METHODS)}")
    ops = " rum_tsvector_ops" if method == "rum" else ""
    return [f"CREATE INDEX search_page_{column} ON search_page USING {method} ({column}{ops})"
            for column in ("exact", "pairs")]


# search_term's kinds: exact words and stems, of the text and of the title (page 0)
TEXT_EXACT, TITLE_EXACT, TEXT_STEM, TITLE_STEM = "e", "t", "s", "u"
# the terms of the documents `:ids`, from their pages (a page keeps at most 256
# positions of a word, so at most 256 occurrences a page are counted)
TERMS_OF_DOCUMENTS = " UNION ALL ".join(
    f"SELECT CASE WHEN p.number = 0 THEN '{title}' ELSE '{body}' END::\"char\", w.lexeme, p.doc_id, "
    f"sum(cardinality(w.positions))::int FROM search_page p, unnest(p.{column}) w "
    f"WHERE p.doc_id = ANY(:ids) GROUP BY 1, 2, 3"
    for column, body, title in (("exact", TEXT_EXACT, TITLE_EXACT), ("stem", TEXT_STEM, TITLE_STEM)))

# Words counted for suggestions: what "did you mean" may propose (no numbers).
SUGGESTABLE = "length(w.lexeme) BETWEEN 3 AND 24 AND w.lexeme !~ '[0-9_ ]'"


def lexeme(word: str) -> str:
    """A word quoted as a tsvector / tsquery lexeme."""
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"


def _vector(positions: dict[str, list[int]]) -> str:
    return " ".join(f"{lexeme(w)}:{','.join(map(str, ps[:256]))}" for w, ps in positions.items())


def page_vectors(text: str, language: str | None) -> list[tuple[str, str, str]]:
    """(exact, stem, pairs) tsvector literals of one page's text: one triple per part of
    at most PART_WORDS words (a tsvector's positions end at 16,383: a longer page, such
    as a judgment imported from one plain-text or HTML page, is indexed in parts, each
    beginning with the last PART_OVERLAP words of the one before, so that a phrase or a
    proximity search across the seam is still found)."""
    tokens = analysis.TOKEN_RE.findall(analysis.fold_safe(text))
    starts = range(0, max(1, len(tokens)), PART_WORDS)
    return [_vectors(tokens[max(0, start - PART_OVERLAP if start else 0):start + PART_WORDS], language)
            for start in starts]


def _vectors(tokens: list[str], language: str | None) -> tuple[str, str, str]:
    exact: dict[str, list[int]] = defaultdict(list)
    stems: dict[str, list[int]] = defaultdict(list)
    pairs: dict[str, list[int]] = defaultdict(list)
    lang = analysis.stem_language(language)
    previous = None
    for i, raw in enumerate(tokens):
        pos = min(i + 1, MAX_POSITION)
        folded = analysis.fold_word(raw)
        if not folded:
            continue
        exact[folded].append(pos)
        if previous is not None:  # the word pair, at the first word's position
            pairs[bigram(previous, folded)].append(pos - 1)
        previous = folded
        if lang:
            stems[f"{lang}/{analysis.stem(raw, lang)}"].append(pos)
    return _vector(exact), _vector(stems), _vector(pairs)


def bigram(first: str, second: str) -> str:
    """The lexeme of two folded words side by side (a space never occurs in a word)."""
    return f"{first} {second}"


def document_row(doc: IndexDocument) -> dict[str, object]:
    languages = list(doc.languages or ([doc.language] if doc.language else []))
    facets: dict[str, Iterable[str]] = {
        "mechanism": [doc.mechanism] if doc.mechanism else [], "body": [doc.body] if doc.body else [],
        "doc_type": [doc.doc_type] if doc.doc_type else [], "language": languages,
        "topic": dict.fromkeys(doc.topics + doc.broader_topics), "country": doc.subject_countries,
        "mentions": doc.countries, "article": doc.articles, "conclusion": doc.outcomes,
        "finding": doc.findings, "year": [str(doc.year)] if doc.year else [],
        "mechanism_body": [f"{doc.mechanism}/{doc.body}"] if doc.mechanism and doc.body else [],
    }
    row: dict[str, object] = dict(
        id=doc.id, revision=doc.revision, visibility=doc.visibility, title=doc.title or "",
        title_sort=analysis.fold(doc.title or "")[:200], symbol=doc.symbol,
        idents=sorted({analysis.normalise_symbol(v) for v in (doc.symbol, *doc.identifiers) if v}),
        mechanism=doc.mechanism, body=doc.body, doc_type=doc.doc_type, date=doc.date, year=doc.year,
        added=doc.added, n_pages=max(1, len(doc.pages)), stem_lang=analysis.stem_language(doc.language),
        topics=list(doc.topics), countries=list(doc.countries),
        subject_countries=list(doc.subject_countries),
    )
    lists = {name: list(values) for name, values in facets.items()}
    row.update({FACET_COLUMNS[name]: values for name, values in lists.items()})
    row[FACET_VALUES] = [facet_value(name, v) for name, values in lists.items() for v in values]
    return row


def page_rows(doc: IndexDocument) -> list[dict[str, object]]:
    """The rows of a document's pages (a long page in parts), page 0 being its title."""
    rows = []
    for number, text in ((0, doc.title or ""), *doc.pages):
        for part, (exact, stem, pairs) in enumerate(page_vectors(text, doc.language)):
            rows.append(dict(doc_id=doc.id, number=number, part=part, visibility=doc.visibility, exact=exact,
                             stem=stem, pairs=pairs))
    return rows
