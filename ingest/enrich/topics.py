"""Legal topics from the thesaurus, scored by how often their terms occur."""
from __future__ import annotations

import math
from functools import lru_cache
from typing import Sequence

from archive import taxonomy

from . import Evidence, Tagged
from .terms import Term, TermMatcher, Words, split_pages, text_words

MIN_SCORE = 2.0
SHORT_TEXT_WORDS = 300  # in a short text one clear mention is enough
TITLE_WEIGHT = 3.0
MAX_EVIDENCE = 5


@lru_cache(maxsize=None)
def _topic_matcher(languages: frozenset[str] = frozenset()) -> TermMatcher:
    """The thesaurus terms of `languages` (all of them when empty)."""
    terms = []
    for topic in taxonomy.load().topics.values():
        for lang, lang_terms in topic.terms.items():
            if languages and lang not in languages:
                continue
            for text in lang_terms:
                words, open_end = taxonomy.term_words(text, lang)
                terms.append(Term(topic.key, words, open_end))
    return TermMatcher(terms)


@lru_cache(maxsize=1)
def _body_matcher() -> TermMatcher:
    """Names of bodies ("Committee against Torture"): not evidence of a topic."""
    names = {c for b in taxonomy.load().bodies.values() for c in (*b.cues, b.label_en, b.label_tr) if len(c) > 12}
    return TermMatcher(Term("body", taxonomy.term_words(n)[0], False) for n in names)


@lru_cache(maxsize=1)
def _term_languages() -> frozenset[str]:
    return frozenset(lang for t in taxonomy.load().topics.values() for lang in t.terms)


def _languages_of(detected: Sequence[str]) -> frozenset[str]:
    """The thesaurus languages to read a text in, from the languages detected in it:
    those languages when the thesaurus has terms in all of them, else every language
    (a text too short to tell, `und`, or in a language without terms)."""
    known = _term_languages()
    wanted = frozenset(detected)
    return wanted if wanted and wanted <= known else frozenset()


def _scan(words: list[str], languages: frozenset[str] = frozenset()) -> list[tuple[int, int, Term]]:
    skip: set[int] = set()
    for start, end, _ in _body_matcher().find(words):
        skip.update(range(start, end))
    return [m for m in _topic_matcher(languages).find(words, skip) if m[0] not in skip]


def find_topics(pages: Sequence[str], title: str = "", words: Sequence[Words] | None = None,
                languages: Sequence[str] | None = None) -> list[Tagged]:
    """Topics whose terms occur at least twice (or once in the title or a short text),
    best first. The score grows with the number of matches (title matches weigh 3); the
    evidence is the matched terms with their pages. `words`: the pages already split
    into words, if they are. `languages`: each page's detected language; a page is read
    with the terms of its language only (the Turkish `kürt*`, Kurdish, is not evidence in
    an English text that names a Mr Kurt), the title with those of every page's language.
    Without them, or for a page in a language the thesaurus has no terms in, every
    language's terms."""
    scores: dict[str, float] = {}
    evidence: dict[str, list[Evidence]] = {}

    def record(key: str, text: str, page: int, weight: float) -> None:
        scores[key] = scores.get(key, 0.0) + weight
        ev = evidence.setdefault(key, [])
        if len(ev) < MAX_EVIDENCE and text not in {e.text for e in ev}:
            ev.append(Evidence(text, page))

    split = split_pages(pages, words)
    per_page = list(languages) if languages is not None and len(languages) == len(split) else []
    title_words = text_words(title)
    for start, end, term in _scan(title_words, _languages_of(per_page)):
        record(term.key, " ".join(title_words[start:end]), 1, TITLE_WEIGHT)
    total_words = 0
    for number, page in enumerate(split, start=1):
        folded = page.folded
        total_words += len(folded)
        page_languages = _languages_of(per_page[number - 1:number])
        for start, end, term in _scan(folded, page_languages):
            record(term.key, " ".join(folded[start:end]), number, 1.0)
    threshold = 1.0 if total_words < SHORT_TEXT_WORDS else MIN_SCORE
    out = [Tagged(key, evidence[key], score=round(min(1.0, math.log1p(score) / math.log(50)), 3), rule="terms")
           for key, score in scores.items() if score >= threshold]
    return sorted(out, key=lambda t: (-t.score, t.value))


def topics_from_case(case: object) -> list[Tagged]:
    """The concepts a judgment or decision is about: for each article in issue (one the
    operative part finds violated or not violated, or in a decision one the complaints
    were made under), the concept that article protects (the thesaurus's
    `echr_articles`: Article 3 is torture, Article 14 equality, Article 1 of Protocol
    No. 1 property), with the conclusion or the complaint as evidence."""
    from ..enrich.ecthr import JUDGMENT, Case

    assert isinstance(case, Case)
    by_article = taxonomy.load().echr_articles
    decided = {c.article: c for c in case.conclusions if c.article and c.outcome in ("violation", "no-violation")}
    out: dict[str, Tagged] = {}
    for article in case.articles:
        conclusion = decided.get(article)
        if conclusion is not None:
            text = f"{conclusion.outcome} of Article {article}: {conclusion.text[:160]}"
        elif case.kind != JUDGMENT:  # what was complained of (a decision, a communicated case, a summary)
            text = f"complaint under Article {article}: {case.article_evidence.get(article, '')[:160]}"
        else:
            continue  # a judgment's article not decided on the merits (struck out, inadmissible)
        for part in article.split("+"):
            bits = part.split("-")
            key = by_article.get("-".join(bits[:2]) if bits[0].startswith("P") else bits[0])
            if key is None:
                continue
            tagged = out.setdefault(key, Tagged(key, [], score=1.0, rule="conclusion" if conclusion else "complaint"))
            if len(tagged.evidence) < MAX_EVIDENCE:
                tagged.evidence.append(Evidence(text, 1))
    return list(out.values())
