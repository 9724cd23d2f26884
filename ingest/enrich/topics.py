"""Legal topics from the thesaurus, scored by how often their terms occur."""
from __future__ import annotations

import math
import re
from functools import lru_cache

from archive import taxonomy
from archive.search.analysis import fold

from . import Evidence, Tagged

MIN_SCORE = 2.0
SHORT_TEXT_CHARS = 2000  # in a short text one clear mention is enough
TITLE_WEIGHT = 3.0
MAX_EVIDENCE = 5


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    out = {}
    for topic in taxonomy.load().topics.values():
        terms = [(t, lang) for lang, lang_terms in topic.terms.items() for t in lang_terms]
        if terms:
            alts = [taxonomy.term_pattern(t, lang).pattern for t, lang in sorted(set(terms), key=lambda x: -len(x[0]))]
            out[topic.key] = re.compile("|".join(f"(?:{a})" for a in alts))
    return out


@lru_cache(maxsize=1)
def _body_names() -> re.Pattern[str]:
    """Names of bodies (\"Committee against Torture\"): not evidence of a topic."""
    names = {fold(c) for b in taxonomy.load().bodies.values() for c in (*b.cues, b.label_en, b.label_tr) if len(c) > 12}
    return re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))


def find_topics(pages: list[str], title: str = "") -> list[Tagged]:
    """Topics whose terms occur at least twice (or once in the title), best first.

    The score is the number of matches (title matches weigh 3), and the evidence the
    matched terms with their pages.
    """
    strip = _body_names()
    folded_title = strip.sub(" ", fold(title))
    folded_pages = [strip.sub(" ", fold(p)) for p in pages]
    threshold = 1.0 if sum(len(p) for p in folded_pages) < SHORT_TEXT_CHARS else MIN_SCORE
    out = []
    for key, rx in _patterns().items():
        score = 0.0
        evidence: list[Evidence] = []
        for m in rx.finditer(folded_title):
            score += TITLE_WEIGHT
            if len(evidence) < MAX_EVIDENCE:
                evidence.append(Evidence(m.group(), 1))
        for number, text in enumerate(folded_pages, start=1):
            for m in rx.finditer(text):
                score += 1
                if len(evidence) < MAX_EVIDENCE and m.group() not in {e.text for e in evidence}:
                    evidence.append(Evidence(m.group(), number))
        if score >= threshold:
            out.append(Tagged(key, evidence, score=round(min(1.0, math.log1p(score) / math.log(50)), 3),
                              rule="terms"))
    return sorted(out, key=lambda t: -t.score)
