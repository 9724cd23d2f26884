"""Fast matching of many word sequences (thesaurus terms, body names) over a text.

Text is tokenized and folded once; candidates are looked up by their first word (or,
for open-ended one-word terms, by its first three letters), so the cost grows with the
text, not with the number of terms times the text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import accumulate
from typing import Iterable, Sequence

from archive import taxonomy
from archive.search.analysis import TOKEN_RE, fold_safe, fold_word

PREFIX_KEY = 3
_SPLIT_RE = re.compile(f"({TOKEN_RE.pattern})", TOKEN_RE.flags)
STARTING_CACHE = 200_000  # distinct words whose candidate terms a matcher remembers


@dataclass(frozen=True)
class Term:
    key: str
    words: tuple[str, ...]
    open_end: bool


class Words:
    """A text split into words once, for every enricher that matches words in it.

    One split gives the words and the text between them, so a word's offsets cost
    nothing until asked for (`span`), which most pages never are."""

    __slots__ = ("text", "written", "folded", "_parts", "_offsets")

    def __init__(self, text: str) -> None:
        self.text = fold_safe(text)  # composed (NFC): the offsets point into it
        self._parts: list[str] = _SPLIT_RE.split(self.text)  # between, word, between, ..., between
        self.written: list[str] = self._parts[1::2]  # each word as written
        self.folded: list[str] = list(map(fold_word, self.written))  # each word folded
        self._offsets: list[int] | None = None

    def gap(self, i: int) -> str:
        """The text between word `i - 1` and word `i` (before the first word for 0)."""
        return self._parts[2 * i]

    def span(self, first: int, end: int | None = None) -> tuple[int, int]:
        """(start, end) in `text` of the words first..end-1 (of word `first` alone without `end`)."""
        if self._offsets is None:
            self._offsets = list(accumulate(map(len, self._parts), initial=0))
        return self._offsets[2 * first + 1], self._offsets[2 * (first + 1 if end is None else end)]


def split_words(text: str) -> Words:
    return Words(text)


def split_pages(pages: Sequence[str], words: Sequence[Words] | None = None) -> Sequence[Words]:
    """`words` if given (the pages already split), else the pages split."""
    return words if words is not None else [split_words(p) for p in pages]


def text_words(text: str) -> list[str]:
    """The folded words of `text`."""
    return split_words(text).folded


def _specificity(term: Term) -> tuple[bool, int]:
    return taxonomy.term_specificity(term.words, term.open_end)


class TermMatcher:
    def __init__(self, terms: Iterable[Term]) -> None:
        self.by_first: dict[str, list[Term]] = {}
        self.by_prefix: dict[str, list[Term]] = {}
        for t in terms:
            if not t.words:
                continue
            if len(t.words) == 1 and t.open_end:
                self.by_prefix.setdefault(t.words[0][:PREFIX_KEY], []).append(t)
            else:
                self.by_first.setdefault(t.words[0], []).append(t)
        for bucket in (*self.by_first.values(), *self.by_prefix.values()):
            bucket.sort(key=lambda t: -len(t.words))  # longest first
        # word -> the terms that may start at it (exact first word, then prefix), looked
        # up once per distinct word; bounded so a long-running process stays small
        self._starting: dict[str, tuple[Term, ...]] = {}

    def _starting_at(self, w: str) -> tuple[Term, ...]:
        """The terms that may start at `w` (not yet in `_starting`), remembered."""
        found = (*self.by_first.get(w, ()), *self.by_prefix.get(w[:PREFIX_KEY], ()))
        if len(self._starting) >= STARTING_CACHE:
            self._starting.clear()
        self._starting[w] = found
        return found

    def _matches_at(self, words: list[str], i: int, t: Term) -> bool:
        n = len(t.words)
        if i + n > len(words):
            return False
        for k in range(n):
            w = words[i + k]
            want = t.words[k]
            if k == n - 1 and t.open_end:
                if not w.startswith(want):
                    return False
            elif w != want:
                return False
        return True

    def find(self, words: list[str], skip: set[int] | None = None) -> list[tuple[int, int, Term]]:
        """(start, end, term) for each match; per key, at most one match per start word.
        Of terms of different keys over the same words, the most specific counts: a
        word written out before a beginning of words, the longer beginning first
        ("kürtaj", abortion, is not the Kurdish issue's "kürt*")."""
        out = []
        known, starting_at = self._starting, self._starting_at
        for i, w in enumerate(words):
            candidates = known.get(w)
            if candidates is None:
                candidates = starting_at(w)
            if not candidates:  # most words begin no term
                continue
            if skip and i in skip:
                continue
            seen_keys: set[str] = set()
            here = []
            for t in candidates:
                if t.key not in seen_keys and self._matches_at(words, i, t):
                    seen_keys.add(t.key)
                    here.append((i, i + len(t.words), t))
            if len(here) > 1:
                best = {end: max(_specificity(t) for _, e, t in here if e == end) for _, end, _ in here}
                here = [m for m in here if _specificity(m[2]) == best[m[1]]]
            out += here
        return out
