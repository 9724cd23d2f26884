"""The index schema (one record per document) and its version, the facet fields, and the
weighting (BM25 over the public documents' statistics: see stats).
"""
from __future__ import annotations

from typing import Callable, Iterable

from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema

from .. import analysis
from . import stats as whoosh_stats
from .formats import STEM_ANALYZERS, _grams_field, _text_field, exact_analyzer

BM25_B = 0.75  # see _weighting()

# Bumped whenever the schema or what is indexed changes: an index built by another
# version is reported as needing `hrarchive index rebuild` instead of misbehaving.
SCHEMA_VERSION = "11"
VERSION_FILE = "hrarchive-schema-version"

# How each stemmed field maps a page's tokens: (start from the raw or the folded
# tokens, the per-word stem function). Must agree with STEM_ANALYZERS.
STEM_FROM: dict[str, tuple[str, Callable[[str], str]]] = {
    "en": ("folded", analysis.english_stem_folded),
    "fr": ("raw", analysis.french_stem_folded),
    "tr": ("folded", analysis.turkish_stem),
}
MULTI_VALUED = {"language", "country", "mentions", "topic", "article", "conclusion", "finding"}
FACET_FIELDS = {
    "mechanism": "mechanism", "body": "body", "doc_type": "doc_type", "language": "language",
    "topic": "topic_tree", "country": "country", "mentions": "mentions", "article": "article",
    "conclusion": "conclusion", "finding": "finding", "year": "year_facet",
    # "mechanism/body" pairs, for the mechanism -> body tree (not a filter)
    "mechanism_body": "mechbody",
}


def make_schema() -> Schema:
    kw = dict(commas=True, scorable=False, lowercase=False)
    return Schema(
        kind=ID(),
        doc_id=ID(stored=True),
        # page numbers and the word position each page starts at, for choosing best pages
        pagemap=STORED(),
        revision=NUMERIC(int, stored=True),
        title=TEXT(analyzer=exact_analyzer(), phrase=True, stored=True),
        text=_text_field(exact_analyzer(), phrase=True),
        # common grams of `text`, for checking phrases with frequent words (never scored)
        grams=_grams_field(),
        stem_en=_text_field(STEM_ANALYZERS["en"](), phrase=False),
        stem_fr=_text_field(STEM_ANALYZERS["fr"](), phrase=False),
        stem_tr=_text_field(STEM_ANALYZERS["tr"](), phrase=False),
        ident=KEYWORD(**kw),
        symbol=ID(stored=True),
        mechanism=KEYWORD(stored=True, **kw),
        body=KEYWORD(stored=True, **kw),
        doc_type=KEYWORD(stored=True, **kw),
        language=KEYWORD(stored=True, **kw),
        country=KEYWORD(stored=True, **kw),  # subject countries
        mentions=KEYWORD(stored=True, **kw),  # every country named
        article=KEYWORD(**kw),
        conclusion=KEYWORD(**kw),
        finding=KEYWORD(**kw),
        topic=KEYWORD(stored=True, **kw),  # the document's own topics (shown on hits)
        topic_tree=KEYWORD(**kw),  # and their broader topics: a topic's filter and count
        mechbody=KEYWORD(**kw),
        visibility=ID(),
        year=NUMERIC(int),
        year_facet=KEYWORD(**kw),
        date=ID(stored=True, sortable=True),
        title_sort=ID(sortable=True),
        added=ID(stored=True, sortable=True),  # when it came into the archive (sort, filter, feeds)
    )


def _csv(values: Iterable[str | None]) -> str:
    return ",".join(v.replace(",", " ") for v in values if v)


def _weighting():  # type: ignore[no-untyped-def]
    # BM25 with the usual length normalisation (0.75, as the PostgreSQL engine and FTS5).
    # A stronger one (0.9, until session 18) put short decisions that use a query's
    # words in passing above the long judgments about them: on the registry's own
    # aspects of conclusions as queries (bench/relevance_hudoc.py --aspects) 0.9 ranked
    # 0.04-0.05 below 0.75 on both halves of the HUDOC set, and no other judged set moved.
    return whoosh_stats.PublicBM25F(B=BM25_B, K1=1.2)
