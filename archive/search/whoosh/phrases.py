"""Phrase and proximity matching: a phrase is checked on the fewest, rarest position lists
(common grams for common words), and scored as BM25 of the phrase itself.
"""
from __future__ import annotations

import bisect
import math
import operator
import pickle
from itertools import accumulate
from typing import Callable, Iterable, Iterator

from whoosh import formats
from whoosh import query as wq
from whoosh import scoring
from whoosh.matching import ListMatcher, NullMatcher

from .. import analysis
from . import stats as whoosh_stats
from .formats import FastPositions
from .schema import BM25_B


def in_sequence(position_lists: list[list[int]], slop: int) -> bool:
    """Whether the words occur in order, each within `slop` positions after the one before
    (slop 1: adjacent), given each word's sorted positions in one document."""
    ends = position_lists[0]
    for following in position_lists[1:]:
        if slop <= 1:
            if len(ends) <= len(following):
                present = set(following)
                ends = [p + 1 for p in ends if p + 1 in present]
            else:
                previous = set(ends)
                ends = [q for q in following if q - 1 in previous]
        elif len(ends) * 4 < len(following):
            # few places to continue from: look up the window after each by bisection
            reached: set[int] = set()
            for p in ends:
                i = bisect.bisect_right(following, p)
                while i < len(following) and following[i] <= p + slop:
                    reached.add(following[i])
                    i += 1
            ends = sorted(reached)
        else:
            ends = [q for q in following
                    if (i := bisect.bisect_left(ends, q - slop)) < len(ends) and ends[i] < q]
        if not ends:
            return False
    return True


def _contains(sorted_values: list[int], value: int) -> bool:
    i = bisect.bisect_left(sorted_values, value)
    return i < len(sorted_values) and sorted_values[i] == value


class FastPhrase(wq.Phrase):
    """Whoosh's Phrase with the same results, matched on plain position lists.

    Whoosh checks a phrase by building a span object per position of every word, which
    for phrases with common words ("freedom of expression") means hundreds of thousands of
    objects per query on a large archive. Here an exact phrase is checked on the fewest,
    rarest position lists (see _exact); a proximity query takes the documents holding
    all its words from an And of their terms (scored the same way) and checks each by
    bisection over its position lists.
    """

    def matcher(self, searcher, context=None):  # type: ignore[no-untyped-def]
        words = list(self.words)
        if len(words) < 2:
            return super().matcher(searcher, context)
        reader = searcher.reader()
        unique = list(dict.fromkeys(words))
        if any((self.fieldname, w) not in reader for w in unique):
            return NullMatcher()
        if self.slop <= 1:
            return self._exact(searcher, words)
        both = wq.And([wq.Term(self.fieldname, w) for w in unique]).matcher(searcher, context)
        postings = {w: reader.postings(self.fieldname, w) for w in unique}
        fast = _decodes_fast(searcher.schema, self.fieldname)
        ids: list[int] = []
        weights: list[float] = []
        while both.is_active():
            docnum = both.id()
            for m in postings.values():
                m.skip_to(docnum)
            if in_sequence([_positions(postings[w], fast) for w in words], self.slop):
                ids.append(docnum)
                weights.append(both.score() * self.boost)
            both.next()
        return ListMatcher(ids, weights) if ids else NullMatcher()

    def _exact(self, searcher, words: list[str]):  # type: ignore[no-untyped-def]
        """An exact phrase, checked on the fewest, rarest position lists: in `text`, common
        grams for a common word and the next, single words elsewhere (see _gram_cover).

        Scored as BM25 of the phrase itself (how often it occurs, in how long a text,
        weighted by the idf of its words) rather than of its words one by one: a report
        full of "of" and "the" does not outrank one about "the rights of the child", and
        the postings of the common words are never read."""
        reader, field = searcher.reader(), self.fieldname
        cover = _Cover.of(reader, field, words)
        if cover is None:
            return NullMatcher()
        ids: list[int] = []
        weights: list[float] = []
        idf = sum(searcher.idf(field, w) for w in set(words)) * self.boost
        # of the whole index's public documents (a segment's searcher would divide the
        # index's total length by its own document count; see whoosh_stats)
        avg_length = whoosh_stats.public_avg_field_length(searcher, field) or 1.0
        weighting = searcher.weighting
        b, k1 = getattr(weighting, "B", BM25_B), getattr(weighting, "K1", 1.2)
        for docnum in _intersect(cover.rarest_first()):
            starts = cover.starts()
            if starts:
                ids.append(docnum)
                weights.append(scoring.bm25(idf, len(starts), reader.doc_field_length(docnum, field, 1),
                                            avg_length, b, k1))
        return ListMatcher(ids, weights) if ids else NullMatcher()


def _gram_cover(reader, field: str, words: list[str]) -> list[tuple[str, str, int]] | None:  # type: ignore[no-untyped-def]
    """The (field, term, offset) lists that together place every word of a phrase in
    `field`.

    A common word and the word after it in `text` are indexed as a gram in `grams`;
    every word also as itself (other fields have no grams). Of the ways to cover the
    phrase with grams and words, the one with the fewest stored positions is taken
    ("rights of the child": `rights`, `of the`, `the child`; never `of` or `the`
    alone). None when one of the phrase's grams is nowhere in the index: then neither
    is the phrase."""
    n = len(words)
    has_grams = field == "text" and "grams" in reader.schema
    grams = dict(analysis.common_grams(words)) if has_grams else {}
    if any(("grams", gram) not in reader for gram in grams.values()):
        return None
    # best[k]: the cheapest (cost, items) placing words 0..k-1
    best: list[tuple[float, list[tuple[str, str, int]]]] = [(math.inf, [])] * (n + 1)
    best[0] = (0, [])
    for k in range(n):
        cost, items = best[k]
        options = [(k + 1, (field, words[k], k))]
        if k in grams:
            options.append((k + 2, ("grams", grams[k], k)))
        if k - 1 in grams:  # overlapping the pair before
            options.append((k + 1, ("grams", grams[k - 1], k - 1)))
        for nk, item in options:
            c = cost + reader.frequency(item[0], item[1])
            if c < best[nk][0]:
                best[nk] = (c, [*items, item])
    return best[n][1]


class _Cover:
    """The postings of a phrase's cover (see _gram_cover), and where the phrase starts
    in the document they all stand on."""

    def __init__(self, reader, cover: list[tuple[str, str, int]]) -> None:  # type: ignore[no-untyped-def]
        fast = {f: _decodes_fast(reader.schema, f) for f in {f for f, _, _ in cover}}
        self.parts = [reader.postings(f, term) for f, term, _ in cover]
        self.fast = [fast[f] for f, _, _ in cover]
        self.offsets = [offset for _, _, offset in cover]
        self.frequencies = [reader.doc_frequency(f, term) for f, term, _ in cover]

    @classmethod
    def of(cls, reader, field: str, words: list[str]) -> "_Cover | None":  # type: ignore[no-untyped-def]
        cover = _gram_cover(reader, field, words)
        return None if cover is None else cls(reader, cover)

    def rarest_first(self) -> list:  # type: ignore[type-arg]
        return [m for _, m in sorted(zip(self.frequencies, self.parts), key=operator.itemgetter(0))]

    def starts(self) -> list[int]:
        # start from the part that is rarest in this document
        order = sorted(range(len(self.parts)), key=lambda k: self.parts[k].weight())
        return _phrase_starts(lambda k: _positions(self.parts[k], self.fast[k]), order, self.offsets)


def _intersect(matchers: list) -> Iterator[int]:  # type: ignore[type-arg]
    """The document numbers all `matchers` share, in order (they are left on each)."""
    lead, rest = matchers[0], matchers[1:]
    while lead.is_active():
        docnum = lead.id()
        for m in rest:
            if m.is_active() and m.id() < docnum:
                m.skip_to(docnum)
            if not m.is_active():
                return
            if m.id() > docnum:
                lead.skip_to(m.id())
                break
        else:
            yield docnum
            lead.next()


def _decodes_fast(schema, field: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether `field` stores Whoosh's plain Positions encoding (see _positions)."""
    return type(schema[field].format) in (formats.Positions, FastPositions)


def _phrase_starts(positions: Callable[[int], list[int]], order: Iterable[int],
                   offsets: list[int] | None = None) -> list[int]:
    """Where a phrase starts: its part i must stand at start + offsets[i] (word i: at
    start + i, the default).

    `positions(i)` gives part i's sorted positions; parts are taken in `order` (rarest
    first), and no further list is read once no start is left."""
    starts: list[int] | None = None
    for i in order:
        pos = positions(i)
        o = i if offsets is None else offsets[i]
        starts = [p - o for p in pos] if starts is None else [st for st in starts if _contains(pos, st + o)]
        if not starts:
            return []
    return starts or []


def _positions(m, fast: bool) -> list[int]:  # type: ignore[no-untyped-def]
    """The positions of the current posting of matcher `m` on a Positions field.

    Whoosh's Positions format is a count and pickled deltas; its own decoder sums them
    in a Python loop, the bottleneck for common words ("of", "the")."""
    if not fast:
        return m.value_as("positions")  # type: ignore[no-any-return]
    raw = m.value()
    return list(accumulate(pickle.loads(raw[4:] if raw.endswith(b".") else raw[4:] + b".")))
