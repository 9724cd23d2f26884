"""How text becomes index terms: the analyzers, token filters, posting formats and text
fields of the archive's Whoosh schema.

The classes here are named in every index's table of contents (Whoosh pickles the schema
into it): their import paths are an on-disk format. They are also importable from
archive.search.whoosh_backend, where indexes written before this package existed look
for them.
"""
from __future__ import annotations

import functools
import operator
import pickle
from collections import Counter, defaultdict

from whoosh import formats
from whoosh.analysis import Filter, RegexTokenizer
from whoosh.fields import TEXT
from whoosh.system import pack_uint

from .. import analysis

# Per-token functions the analyzers apply; filters name them (not hold them) so the
# schema Whoosh pickles into the index stays small and stable.
WORD_MAPS = {
    "fold": analysis.fold_word,  # Turkish-correct case folding plus diacritic folding
    "stem_en": analysis.english_stem_folded,  # Snowball English over folded tokens
    "stem_fr": analysis.french_stem_folded,  # Snowball French, then folded
    "prefix_tr": analysis.turkish_stem,  # Turkish "stemming" by prefix truncation
}


class WordMapFilter(Filter):
    """Replaces each token's text by WORD_MAPS[name] of it."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, tokens):  # type: ignore[no-untyped-def]
        convert = WORD_MAPS[self.name]
        for t in tokens:
            t.text = convert(t.text)
            yield t


class CommonGramsFilter(Filter):
    """Replaces the token stream by its common grams: each common word (analysis.is_common)
    paired with the word after it, at the position of the common word."""

    def __call__(self, tokens):  # type: ignore[no-untyped-def]
        prev: str | None = None
        prev_pos = 0
        for t in tokens:
            text, pos = t.text, t.pos
            if prev is not None:
                t.text, t.pos = analysis.common_gram(prev, text), prev_pos
                yield t
            prev, prev_pos = (text, pos) if analysis.is_common(text) else (None, 0)


def _tokenizer() -> RegexTokenizer:
    return RegexTokenizer(analysis.TOKEN_RE.pattern)


def exact_analyzer():  # type: ignore[no-untyped-def]
    return _tokenizer() | WordMapFilter("fold")


def grams_analyzer():  # type: ignore[no-untyped-def]
    return exact_analyzer() | CommonGramsFilter()
STEM_ANALYZERS = {
    "en": lambda: _tokenizer() | WordMapFilter("fold") | WordMapFilter("stem_en"),
    "fr": lambda: _tokenizer() | WordMapFilter("stem_fr"),
    "tr": lambda: _tokenizer() | WordMapFilter("fold") | WordMapFilter("prefix_tr"),
}


class Analysed(list):  # type: ignore[type-arg]
    """A field value whose tokens were already analysed (folded, stemmed) by `_records`.

    Whoosh analyses a string field by passing a Token object per word through a chain
    of generators, for every field again; the import tokenizes and folds each page once
    and hands the fields plain lists. The formats below turn such a list into exactly
    the postings Whoosh's own formats would (tested against the analyzer path).
    """


class FastPositions(formats.Positions):
    """Whoosh's Positions format, with a fast path for `Analysed` values."""

    def word_values(self, value, analyzer, **kwargs):  # type: ignore[no-untyped-def]
        if not isinstance(value, Analysed):
            return super().word_values(value, analyzer, **kwargs)
        poses: defaultdict[str, list[int]] = defaultdict(list)
        for i, word in enumerate(value):
            poses[word].append(i)
        return _positions_values(poses, self.field_boost)


def _positions_values(poses: dict[str, list[int]], field_boost: float) -> list:  # type: ignore[type-arg]
    """Whoosh's (term, frequency, weight, encoded value) for each term's positions, in
    the same bytes as Positions.encode: a count, then the pickled position deltas."""
    single = _single_position
    return [(term, 1, field_boost, single(pl[0])) if len(pl) == 1 else
            (term, len(pl), len(pl) * field_boost,
             pack_uint(len(pl)) + pickle.dumps(list(map(operator.sub, pl, [0] + pl[:-1])), 2))
            for term, pl in poses.items()]


@functools.lru_cache(maxsize=1 << 16)
def _single_position(pos: int) -> bytes:
    """The encoded value of a term that occurs once (most terms of a document)."""
    return pack_uint(1) + pickle.dumps([pos], 2)


class GramPositions(formats.Positions):
    """Positions of common grams; an `Analysed` value is the text's folded words (the
    same list the `text` field gets), the grams are formed here."""

    def word_values(self, value, analyzer, **kwargs):  # type: ignore[no-untyped-def]
        if not isinstance(value, Analysed):
            return super().word_values(value, analyzer, **kwargs)
        poses: defaultdict[str, list[int]] = defaultdict(list)
        for i, gram in analysis.common_grams(value):
            poses[gram].append(i)
        return _positions_values(poses, self.field_boost)


class FastFrequency(formats.Frequency):
    """Whoosh's Frequency format, with a fast path for `Analysed` values."""

    def word_values(self, value, analyzer, **kwargs):  # type: ignore[no-untyped-def]
        if not isinstance(value, Analysed):
            return super().word_values(value, analyzer, **kwargs)
        fb = self.field_boost
        return [(word, n, n * fb, pack_uint(n)) for word, n in Counter(value).items()]


def _text_field(analyzer, phrase: bool, **kwargs) -> TEXT:  # type: ignore[no-untyped-def]
    field = TEXT(analyzer=analyzer, phrase=phrase, **kwargs)
    field.format = (FastPositions if phrase else FastFrequency)(field_boost=field.format.field_boost)
    return field


def _grams_field() -> TEXT:
    # Never scored, but kept "scorable": Whoosh's segment writer looks for a length
    # column for every posting of a field without one (a file-system stat each time).
    field = TEXT(analyzer=grams_analyzer(), phrase=True)
    field.format = GramPositions(field_boost=field.format.field_boost)
    return field
