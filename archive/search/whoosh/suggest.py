"""'Did you mean': corrections from the index's own vocabulary, bounded in work and never
revealing a word only restricted documents hold."""
from __future__ import annotations

import time

from whoosh import query as wq

from .. import analysis, querylang

# Unknown words corrected per query, their length, the time for all of them, and words
# whose candidates are kept per index version (on the searcher, which is replaced when
# the index changes).
SUGGEST_WORDS = 3
SUGGEST_MIN, SUGGEST_MAX = 3, 24
SUGGEST_SECONDS = 0.3
SUGGEST_CACHE = 2000


def suggest(s, ast: querylang.Node, filt, mask) -> str | None:  # type: ignore[no-untyped-def]
    """A 'did you mean' built from the index's own vocabulary, or None.

    A word is only suggested if a document the searcher may see (the same
    visibility and filters) contains it: the lexicon holds restricted documents'
    words too, and a suggestion must not reveal them.

    Bounded, since every unknown word costs a walk of the lexicon (0.15-0.35 s on a
    few hundred reports): only when the query found nothing (the caller), only for
    the first SUGGEST_WORDS unknown words of SUGGEST_MIN to SUGGEST_MAX letters,
    within SUGGEST_SECONDS, and each word's candidates are kept per index version.
    """
    leaves = [l for l in querylang.positive_leaves(ast) if isinstance(l, querylang.Term) and not l.prefix]
    if not leaves:
        return None
    deadline = time.perf_counter() + SUGGEST_SECONDS
    cache = s.__dict__.setdefault("_hrarchive_suggestions", {})
    corrector = s.corrector("text")
    changed = False
    tried = 0
    out = []
    for leaf in leaves:
        w = analysis.fold(leaf.text)
        if (tried < SUGGEST_WORDS and time.perf_counter() < deadline and w.isalpha()
                and SUGGEST_MIN <= len(w) <= SUGGEST_MAX and s.doc_frequency("text", w) == 0):
            tried += 1
            if w not in cache:
                if len(cache) >= SUGGEST_CACHE:
                    cache.clear()
                cache[w] = corrector.suggest(w, limit=5, maxdist=1 if len(w) <= 5 else 2)
            visible = [c for c in cache[w]
                       if not s.search(wq.Term("text", c), filter=filt, mask=mask, limit=1,
                                       scored=False).is_empty()]
            if visible:
                out.append(visible[0])
                changed = True
                continue
        out.append(leaf.text)
    return " ".join(out) if changed else None
