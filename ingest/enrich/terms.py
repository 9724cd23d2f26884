"""Fast matching of many word sequences (thesaurus terms, body names) over a text.

Text is tokenized and folded once; candidates are looked up by their first word (or,
for open-ended one-word terms, by its first three letters), so the cost grows with the
text, not with the number of terms times the text.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from archive.search.analysis import fold_safe, fold_word, tokenize

PREFIX_KEY = 3


@dataclass(frozen=True)
class Term:
    key: str
    words: tuple[str, ...]
    open_end: bool


def text_words(text: str) -> list[str]:
    """The folded words of `text`."""
    return [fold_word(t) for _, _, t in tokenize(fold_safe(text))]


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
        """(start, end, term) for each match; per key, at most one match per start word."""
        out = []
        for i, w in enumerate(words):
            if skip and i in skip:
                continue
            seen_keys: set[str] = set()
            for t in (*self.by_first.get(w, ()), *self.by_prefix.get(w[:PREFIX_KEY], ())):
                if t.key not in seen_keys and self._matches_at(words, i, t):
                    seen_keys.add(t.key)
                    out.append((i, i + len(t.words), t))
        return out
