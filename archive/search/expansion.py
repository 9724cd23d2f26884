"""Cross-language query expansion through the legal-topic thesaurus.

A query word or phrase that is a term of a thesaurus concept also searches for the
concept's preferred terms in its own and the other languages (`işkence` also finds
`kötü muamele`, `torture` and `mauvais traitements`), with a low boost so exact matches
rank first: the concept's terms in the query's own language (synonyms) above those in
the other languages (translations).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .. import taxonomy
from . import analysis

PREFERRED_PER_LANGUAGE = 2
LANGUAGES = ("en", "tr", "fr")


@dataclass(frozen=True)
class Expansion:
    term: str  # what the user typed
    concept: str
    added: tuple[str, ...]  # the terms searched in addition (as written in the thesaurus)
    language: str = ""  # the language of the thesaurus term the query matched
    added_languages: tuple[str, ...] = ()  # the language of each added term
    # the Convention articles that protect the concept (HUDOC notation): cases with one
    # of them in issue are found too (taxonomy.articles_of)
    articles: tuple[str, ...] = ()

    def own_language(self, i: int) -> bool:
        """Whether added term `i` is in the language of the term the query matched (a
        synonym in the query's language, not a translation)."""
        return i < len(self.added_languages) and self.added_languages[i] == self.language

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {"term": self.term, "concept": self.concept, "added": list(self.added)}
        if self.articles:
            out["articles"] = list(self.articles)
        return out


@lru_cache(maxsize=1)
def _terms() -> list[tuple[tuple[str, ...], bool, str, str, str]]:
    """(words, open_end, concept, language, term text) for every thesaurus term."""
    out = []
    for concept in taxonomy.load().topics.values():
        for lang, terms in concept.terms.items():
            for term in terms:
                words, open_end = taxonomy.term_words(term, lang)
                if words:
                    out.append((words, open_end, concept.key, lang, term))
    return out


@lru_cache(maxsize=1)
def _terms_by_length() -> dict[int, list[tuple[tuple[str, ...], bool, str, str, str]]]:
    out: dict[int, list[tuple[tuple[str, ...], bool, str, str, str]]] = {}
    for entry in _terms():
        out.setdefault(len(entry[0]), []).append(entry)
    return out


def max_words() -> int:
    """The most words a thesaurus term has: longer runs of query words name no concept."""
    return max(_terms_by_length(), default=0)


@lru_cache(maxsize=None)
def _term_words(term: str, lang: str) -> tuple[tuple[str, ...], bool]:
    return taxonomy.term_words(term, lang)


def _matches(query_words: list[str], words: tuple[str, ...], open_end: bool) -> bool:
    if len(query_words) != len(words):
        return False
    if query_words[:-1] != list(words[:-1]):
        return False
    last, want = query_words[-1], words[-1]
    return last.startswith(want) if open_end else last == want


@lru_cache(maxsize=4096)
def expand(text: str) -> Expansion | None:
    """The expansion of one query word or phrase, or None if it names no concept."""
    query_words = analysis.words(text)
    if not query_words:
        return None
    # the most specific term the query matches: one written out before one that only
    # begins the word, the longer beginning first ("kürtçe" is Kurdish language rights,
    # not the Kurdish issue's "kürt*"); otherwise the thesaurus's order
    candidates = [(taxonomy.term_specificity(words, open_end), key, lang)
                  for words, open_end, key, lang, _term in _terms_by_length().get(len(query_words), ())
                  if _matches(query_words, words, open_end)]
    if not candidates:
        return None
    _specificity, key, lang = max(candidates, key=lambda c: c[0])
    concept = taxonomy.load().topics[key]
    added, languages = [], []
    for other in (lang, *(other for other in LANGUAGES if other != lang)):
        for term in concept.terms.get(other, ())[:PREFERRED_PER_LANGUAGE]:
            term_words, term_open = _term_words(term, other)
            if not _matches(query_words, term_words, term_open) and term not in added:
                added.append(term)
                languages.append(other)
    articles = tuple(taxonomy.load().articles_of([key]))
    return Expansion(text, key, tuple(added), lang, tuple(languages), articles) if added or articles else None
