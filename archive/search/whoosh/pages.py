"""Best pages: where a hit's matches stand, from the positions of the query's words and
phrases in its text, and the snippets of those pages.
"""
from __future__ import annotations

import bisect
import math
import os
from collections import defaultdict
from itertools import islice
from typing import Iterator

from .. import analysis, querylang
from ..base import Hit, PageHit, PageLoader
from ..highlight import WordMatcher, make_snippet
from ..plan import expansion_leaves
from .phrases import _Cover, _decodes_fast, _phrase_starts, _positions, in_sequence

MAX_PAGES_PER_HIT = 3
MAX_VARIANTS = 200  # word forms of the text field looked at per query word


def _expand(reader, prefix: str) -> Iterator[str]:  # type: ignore[no-untyped-def]
    return (t.decode("utf-8") if isinstance(t, bytes) else t for t in reader.expand_prefix("text", prefix))


class _LeafPositions:
    """Where a query leaf matches in a document's `text` field: the word forms (of the
    index's own vocabulary) each of its words stands for, and the positions they take."""

    def __init__(self, forms: list[set[str]], slop: int) -> None:
        self.forms, self.slop = forms, slop

    def __bool__(self) -> bool:
        return bool(self.forms) and all(self.forms)

    @classmethod
    def of(cls, reader, leaf: querylang.Term | querylang.Phrase) -> "_LeafPositions":  # type: ignore[no-untyped-def]
        raw_words = [t for _, _, t in analysis.tokenize(analysis.fold_safe(leaf.text))]
        if isinstance(leaf, querylang.Term) and leaf.prefix and raw_words:
            prefix = analysis.fold_word(raw_words[-1])
            forms = [set(analysis.synonyms(analysis.fold_word(w))) for w in raw_words[:-1]]
            forms.append(set(islice(_expand(reader, prefix), MAX_VARIANTS)))
            return cls(forms, slop=1)
        stemmed = isinstance(leaf, querylang.Term)
        forms = [cls._forms(reader, raw, stemmed) for raw in raw_words]
        slop = leaf.slop + 1 if isinstance(leaf, querylang.Phrase) else 1
        return cls(forms, slop)

    @staticmethod
    def _forms(reader, raw: str, stemmed: bool) -> set[str]:  # type: ignore[no-untyped-def]
        """The folded word, its synonyms and, for a plain term, the forms that share
        one of its stems (`custody` -> `custodies`, `gözaltı` -> `gözaltına`)."""
        folded = analysis.fold_word(raw)
        forms = {w for w in analysis.synonyms(folded) if ("text", w) in reader}
        if not stemmed:
            return forms
        stems = {lang: analysis.stem(folded, lang) for lang in analysis.STEM_LANGUAGES}
        prefix = os.path.commonprefix([folded, *stems.values()])
        if len(prefix) < 3:
            return forms
        for form in islice(_expand(reader, prefix), MAX_VARIANTS):
            if any(analysis.stem(form, lang) == st for lang, st in stems.items()):
                forms.add(form)
        return forms

    def doc_frequency(self, reader) -> int:  # type: ignore[no-untyped-def]
        return min(max(reader.doc_frequency("text", f) for f in forms) for forms in self.forms)

    def cursor(self, reader):  # type: ignore[no-untyped-def]
        """A function docnum -> match positions, for increasing docnums."""
        if self.slop <= 1 and len(self.forms) > 1 and all(len(f) == 1 for f in self.forms):
            return self._phrase_cursor(reader, [next(iter(f)) for f in self.forms])
        fast = _decodes_fast(reader.schema, "text")
        matchers = [[reader.postings("text", f) for f in forms] for forms in self.forms]

        def word_positions(ms, docnum: int) -> list[int]:  # type: ignore[no-untyped-def]
            out: list[int] = []
            for m in ms:
                if m.is_active():
                    m.skip_to(docnum)
                    if m.is_active() and m.id() == docnum:
                        out.extend(_positions(m, fast))
            return sorted(out) if len(ms) > 1 else out

        def at(docnum: int) -> list[int]:
            lists = [word_positions(ms, docnum) for ms in matchers]
            if len(lists) == 1:
                return lists[0]
            if not all(lists):
                return []
            if self.slop <= 1:  # the positions where the whole phrase starts
                return _phrase_starts(lists.__getitem__, sorted(range(len(lists)), key=lambda i: len(lists[i])))
            # a proximity match: where its rarest word stands
            return min(lists, key=len) if in_sequence(lists, self.slop) else []

        return at

    @staticmethod
    def _phrase_cursor(reader, words: list[str]):  # type: ignore[no-untyped-def]
        """cursor() for an exact phrase of single word forms: checked as FastPhrase does."""
        cover = _Cover.of(reader, "text", words)
        if cover is None:
            return lambda docnum: []

        def at(docnum: int) -> list[int]:
            for m in cover.parts:
                if m.is_active() and m.id() < docnum:
                    m.skip_to(docnum)
                if not m.is_active() or m.id() != docnum:
                    return []
            return cover.starts()

        return at


def add_pages(s, expansions: list, ast: querylang.Node, hits: list[Hit],  # type: ignore[no-untyped-def,type-arg]
              located: list[tuple[int, tuple]], page_loader: PageLoader | None) -> None:
    """Give each hit its best pages (up to MAX_PAGES_PER_HIT) with snippets.

    The positions of the query's words (and phrases) in the hit's text say on
    which pages they stand; pages are ranked by how many of the query's parts they
    hold, then by a saturated, idf-weighted count of matches.
    """
    leaves = querylang.positive_leaves(ast)
    if not leaves:
        return
    leaves += expansion_leaves(expansions)
    reader = s.reader()
    total = max(1, reader.doc_count())
    specs = [spec for spec in (_LeafPositions.of(reader, leaf) for leaf in leaves) if spec]
    order = sorted(range(len(hits)), key=lambda i: located[i][0])  # postings only move forward
    found: dict[int, list[list[int]]] = {i: [] for i in order}
    for spec in specs:
        cursor = spec.cursor(reader)
        for i in order:
            found[i].append(cursor(located[i][0]))
    weights = [math.log(1 + total / (1 + spec.doc_frequency(reader))) for spec in specs]
    best: dict[str, list[int]] = {}
    for i, h in enumerate(hits):
        numbers, starts = located[i][1]
        per_page: dict[int, list[int]] = defaultdict(lambda: [0] * len(specs))
        for k, positions in enumerate(found[i]):
            for p in positions:
                per_page[bisect.bisect_right(starts, p) - 1][k] += 1
        ranked = sorted(
            (page for page in per_page if 0 <= page < len(numbers)),
            key=lambda page: (-sum(1 for c in per_page[page] if c),
                              -sum(w * c / (c + 1.2) for w, c in zip(weights, per_page[page])), page))
        best[h.id] = [numbers[page] for page in ranked[:MAX_PAGES_PER_HIT]]
    wanted = [(doc_id, n) for doc_id, ns in best.items() for n in ns]
    texts = page_loader(wanted) if (page_loader and wanted) else {}
    matcher = WordMatcher.from_leaves(leaves)
    for h in hits:
        h.pages = [PageHit(n, make_snippet(texts.get((h.id, n), ""), matcher)) for n in best[h.id]]
