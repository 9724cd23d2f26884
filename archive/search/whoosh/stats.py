"""Collection statistics of the public documents only, for Whoosh's scoring.

BM25 weighs a word by how many documents contain it (idf) and a document by its length
against the average length. Computed over the whole index, those statistics count
restricted documents too: adding a restricted document that uses a word would change the
scores the public sees for that word, and an anonymous visitor could test whether
restricted material uses it. So scores are computed as if the restricted documents were
not there: the number of documents, each word's document frequency and the fields'
average length are the public documents' (for staff too: a restricted document is then
scored by what the public collection says of its words, which only moves it among staff
results).

The public documents' count and field lengths are summed per index segment, from the
lengths Whoosh keeps per document (segments never change, so each is summed once and
kept); a word's count among the restricted documents is looked up once per searcher, by
skipping through the word's postings to each restricted document.
"""
from __future__ import annotations

import threading
from math import log
from typing import Any

from whoosh import scoring

SCORED_FIELDS = ("title", "text", "stem_en", "stem_fr", "stem_tr")
SEGMENT_CACHE = 2048  # segments whose public sums are kept
_segments: dict[tuple[str, int], tuple[int, dict[str, int], dict[str, int]]] = {}
_segments_lock = threading.Lock()


def _restricted_docs(leaf: Any) -> list[int]:
    """The live restricted documents of one segment (read from the postings, not by a
    search: a search would ask the weighting, which asks for these statistics)."""
    if ("visibility", "restricted") not in leaf:
        return []
    return [d for d in leaf.postings("visibility", "restricted").all_ids() if not leaf.is_deleted(d)]


def _segment_sums(leaf: Any) -> tuple[int, dict[str, int], dict[str, int]]:
    """(public documents, their total length per scored field, how many have each field)
    of one segment."""
    segment = getattr(leaf, "_segment", None)
    key = (segment.segment_id() if segment is not None else str(id(leaf)), leaf.doc_count())
    with _segments_lock:
        cached = _segments.get(key)
    if cached is not None:
        return cached
    restricted = set(_restricted_docs(leaf))
    fields = [f for f in SCORED_FIELDS if f in leaf.schema]
    count, lengths, having = 0, dict.fromkeys(fields, 0), dict.fromkeys(fields, 0)
    for docnum in leaf.all_doc_ids():
        if docnum in restricted:
            continue
        count += 1
        for field in fields:
            length = leaf.doc_field_length(docnum, field, 0) or 0  # None: not a scored field here
            lengths[field] += length
            having[field] += length > 0
    with _segments_lock:
        if len(_segments) >= SEGMENT_CACHE:
            _segments.clear()
        _segments[key] = (count, lengths, having)
    return count, lengths, having


class PublicStats:
    """One searcher's statistics of its public documents."""

    def __init__(self, searcher: Any) -> None:
        self.searcher = searcher
        reader = searcher.reader()
        leaves = [(reader, 0)] if reader.is_atomic() else reader.leaf_readers()
        self.restricted: list[int] = []
        self.doc_count = 0
        self.lengths: dict[str, int] = {}
        self.having: dict[str, int] = {}
        for leaf, offset in leaves:
            self.restricted += [offset + d for d in _restricted_docs(leaf)]
            count, lengths, having = _segment_sums(leaf)
            self.doc_count += count
            for field, n in lengths.items():
                self.lengths[field] = self.lengths.get(field, 0) + n
                self.having[field] = self.having.get(field, 0) + having[field]
        self._df: dict[tuple[str, Any], int] = {}

    def restricted_frequency(self, fieldname: str, text: Any) -> int:
        """How many restricted documents contain the word."""
        key = (fieldname, text)
        if key not in self._df:
            count = 0
            if self.restricted and (fieldname, text) in self.searcher.reader():
                postings = self.searcher.reader().postings(fieldname, text)  # unscored
                for docnum in self.restricted:
                    if not postings.is_active():
                        break
                    if postings.id() < docnum:
                        postings.skip_to(docnum)
                    if postings.is_active() and postings.id() == docnum:
                        count += 1
            self._df[key] = count
        return self._df[key]

    def field_doc_count(self, fieldname: str) -> int:
        """How many public documents have the field (a language's stemmed text: those in
        that language)."""
        return self.having.get(fieldname, self.doc_count)

    def avg_field_length(self, fieldname: str) -> float:
        return self.lengths.get(fieldname, 0) / (self.field_doc_count(fieldname) or 1)


def attach(searcher: Any) -> Any:
    """`searcher`, with the statistics of its public documents."""
    searcher._hrarchive_public = PublicStats(searcher)
    return searcher


def stats_of(searcher: Any) -> PublicStats:
    parent = searcher.get_parent()
    stats = getattr(parent, "_hrarchive_public", None)
    if stats is None:  # a searcher made elsewhere (tests, Whoosh's own helpers)
        stats = attach(parent)._hrarchive_public
    return stats  # type: ignore[no-any-return]


def public_avg_field_length(searcher: Any, fieldname: str) -> float:
    """The average length of a field over the public documents."""
    if not searcher.schema[fieldname].scorable:
        return 0.0
    return stats_of(searcher).avg_field_length(fieldname)


class PublicBM25F(scoring.BM25F):
    """Whoosh's BM25F over the public documents' statistics (see the module's docstring)."""

    def idf(self, searcher: Any, fieldname: str, text: Any) -> float:
        parent = searcher.get_parent()
        stats = stats_of(parent)
        n = parent.doc_frequency(fieldname, text) - stats.restricted_frequency(fieldname, text)
        return log((stats.field_doc_count(fieldname) or 1) / (max(n, 0) + 1)) + 1

    def scorer(self, searcher: Any, fieldname: str, text: Any, qf: int = 1) -> Any:
        scorer = super().scorer(searcher, fieldname, text, qf=qf)
        if isinstance(scorer, scoring.BM25FScorer):
            scorer.avgfl = public_avg_field_length(searcher, fieldname) or 1
        return scorer
