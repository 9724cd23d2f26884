"""Snippets: the best window of a page's stored text, escaped, matches in <mark>."""
from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from . import analysis
from .querylang import Phrase, Term

WINDOW_CHARS = 260


@dataclass
class WordMatcher:
    """Decides whether a word of page text matches one of the query's leaves."""

    exact: set[str] = field(default_factory=set)
    stems: dict[str, set[str]] = field(default_factory=dict)
    prefixes: tuple[str, ...] = ()
    # the answer per word of text: pages repeat their words, and one matcher serves
    # every snippet of a results page
    _seen: dict[str, bool] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_leaves(cls, leaves: list[Term | Phrase]) -> "WordMatcher":
        m = cls()
        prefixes: list[str] = []
        # function words and single letters are not marked on their own, unless the
        # query is nothing else
        has_content = any(not analysis.is_function_word(w) for leaf in leaves for w in analysis.words(leaf.text))
        for leaf in leaves:
            if isinstance(leaf, Term) and leaf.prefix:
                prefixes.extend(analysis.words(leaf.text))
                continue
            words = analysis.words(leaf.text)
            for w in (w for w in words if not (has_content and analysis.is_function_word(w))):
                # quotes mean exact: a phrase's words without synonyms or stems
                m.exact |= analysis.synonyms(w) if isinstance(leaf, Term) else {w}
                if isinstance(leaf, Term):
                    for lang in analysis.STEM_LANGUAGES:
                        m.stems.setdefault(lang, set()).add(analysis.stem(w, lang))
        m.prefixes = tuple(prefixes)
        return m

    def matches(self, word: str) -> bool:
        seen = self._seen.get(word)
        if seen is None:
            seen = self._seen[word] = self._matches(word)
        return seen

    def _matches(self, word: str) -> bool:
        f = analysis.fold_word(word)
        if f in self.exact or (self.prefixes and f.startswith(self.prefixes)):
            return True
        return any(analysis.stem(word, lang) in stems for lang, stems in self.stems.items())

    def __bool__(self) -> bool:
        return bool(self.exact or self.prefixes)


def match_spans(text: str, matcher: WordMatcher) -> list[tuple[int, int]]:
    """(start, end) of each word of `text` (a run of word characters, as the tokenizer
    cuts them) that `matcher` matches: the distinct words are judged once, then found
    with one expression."""
    if not matcher:
        return []
    found = [w for w in set(analysis.TOKEN_RE.findall(text)) if matcher.matches(w)]
    if not found:
        return []
    words = "|".join(re.escape(w) for w in sorted(found, key=len, reverse=True))
    return [m.span() for m in re.finditer(rf"(?<!\w)(?:{words})(?!\w)", text)]


def make_snippet(text: str, matcher: WordMatcher, width: int = WINDOW_CHARS) -> str:
    """Return an HTML snippet of `text` around its densest cluster of matches.

    The text is escaped before <mark> tags are added, so stored text can never
    inject markup. Without a match, the start of the page is returned.
    """
    text = analysis.fold_safe(text)
    spans = match_spans(text, matcher)
    if not spans:
        start, end = 0, min(len(text), width)
    else:
        # Choose the window (anchored at a match) holding the most matches.
        best_i, best_n = 0, 0
        j = 0
        for i, (s, _) in enumerate(spans):
            while j < len(spans) and spans[j][1] <= s + width:
                j += 1
            if j - i > best_n:
                best_i, best_n = i, j - i
        anchor = spans[best_i][0]
        start = max(0, anchor - width // 4)
        end = min(len(text), start + width)
    # Widen to word boundaries.
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    out: list[str] = ["…" if start > 0 else ""]
    pos = start
    for s, e in spans:
        if s < start or e > end:
            continue
        out.append(html.escape(text[pos:s]))
        out.append(f"<mark>{html.escape(text[s:e])}</mark>")
        pos = e
    out.append(html.escape(text[pos:end]))
    if end < len(text):
        out.append("…")
    return " ".join("".join(out).split())


def highlight_all(text: str, matcher: WordMatcher) -> str:
    """The whole of `text`, escaped, with every match in <mark> (line breaks kept)."""
    text = analysis.fold_safe(text)
    if not matcher:
        return html.escape(text)
    out: list[str] = []
    pos = 0
    for s, e in match_spans(text, matcher):
        out.append(html.escape(text[pos:s]))
        out.append(f"<mark>{html.escape(text[s:e])}</mark>")
        pos = e
    out.append(html.escape(text[pos:]))
    return "".join(out)
