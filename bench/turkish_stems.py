"""Turkish stemming against a morphological analyser made by others.

    .venv/bin/pip install zeyrek snowballstemmer TurkishStemmer   # the reference and two stemmers
    .venv/bin/python bench/udhr.py                                 # once: the Turkish text
    .venv/bin/python bench/turkish_stems.py [-v]

What a stemmer is for in a search index: word forms of one lemma fall together
(`gözaltına`, `gözaltında`, `gözaltı`), forms of different lemmas stay apart. There is
no judged Turkish retrieval set here (issue 21 asks for one ranking Turkish queries
over Turkish documents; `../shared/corpus` has no Turkish documents), so this measures
that property directly, on real Turkish text labelled by someone else:

- text: the Turkish translation of the Universal Declaration of Human Rights (the UN's,
  as published by the "UDHR in Unicode" project, fetched by bench/udhr.py);
- reference: zeyrek, a Python port of the Zemberek analyser and its lexicon, gives each
  word form its possible lemmas; two forms belong together when they share one (forms it
  cannot analyse are left out);
- each stemmer is scored on every pair of distinct word forms: precision (of the pairs
  it puts together, those that belong together), recall (of the pairs that belong
  together, those it puts together), F1, and words stemmed per second.

Candidates: the first N letters of the folded word (the archive's Turkish stem is N=5),
Snowball's Turkish stemmer (package snowballstemmer) and TurkishStemmer (PyPI).
"""
from __future__ import annotations

import argparse
import itertools
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from archive.search import analysis  # noqa: E402
from bench.udhr import DEFAULT_DIR, load_udhr  # noqa: E402


def word_forms() -> list[str]:
    """The distinct word forms (Turkish lower case, letters only) of the Turkish UDHR."""
    (tur,) = [t for t in load_udhr(DEFAULT_DIR) if t.key == "tur"]
    forms = {analysis.turkish_lower(w) for w in analysis.TOKEN_RE.findall(tur.text)}
    return sorted(w for w in forms if w.isalpha() and len(w) > 1)


def reference_lemmas(forms: list[str]) -> dict[str, frozenset[str]]:
    """Form -> the lemmas zeyrek finds for it (forms without an analysis left out)."""
    import logging

    import zeyrek

    logging.disable(logging.WARNING)  # zeyrek logs every analysis it finds as a warning
    analyser = zeyrek.MorphAnalyzer()
    out = {}
    started = time.perf_counter()
    for form in forms:
        # one word at a time: zeyrek's own tokenizer needs NLTK data this machine has not
        lemmas = {a.dict_item.lemma.lower() for a in analyser._parse(form) if a is not None}
        if lemmas:
            out[form] = frozenset(lemmas)
    print(f"zeyrek (the reference): {len(forms) / (time.perf_counter() - started):.0f} words/s")
    return out


def stemmers() -> dict[str, Callable[[str], str]]:
    import snowballstemmer
    from TurkishStemmer import TurkishStemmer

    snowball = snowballstemmer.stemmer("turkish")
    other = TurkishStemmer()
    out: dict[str, Callable[[str], str]] = {
        f"prefix {n}{' (ours)' if n == analysis.TURKISH_PREFIX_LENGTH else ''}":
            (lambda w, n=n: analysis.fold_word(w)[:n]) for n in (4, 5, 6, 7)}  # type: ignore[misc]
    out["snowball turkish"] = lambda w: analysis.fold_word(snowball.stemWord(w))
    out["TurkishStemmer"] = lambda w: analysis.fold_word(other.stem(w))
    return out


def score(stem: Callable[[str], str], gold: dict[str, frozenset[str]]) -> tuple[float, float, float]:
    forms = sorted(gold)
    stems = {f: stem(f) for f in forms}
    together = same = both = 0
    for a, b in itertools.combinations(forms, 2):
        g = bool(gold[a] & gold[b])
        s = stems[a] == stems[b]
        together += g
        same += s
        both += g and s
    precision = both / same if same else 0.0
    recall = both / together if together else 0.0
    return precision, recall, 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="print each stemmer's groups that mix lemmas")
    args = parser.parse_args()
    forms = word_forms()
    gold = reference_lemmas(forms)
    pairs = sum(bool(gold[a] & gold[b]) for a, b in itertools.combinations(sorted(gold), 2))
    print(f"Turkish UDHR: {len(forms)} word forms, {len(gold)} analysed by zeyrek, {pairs} pairs that share a lemma")
    print(f"{'stemmer':20} {'precision':>9} {'recall':>7} {'F1':>6} {'words/s':>9}")
    for name, stem in stemmers().items():
        t = time.perf_counter()
        for f in forms * 20:
            stem(f)
        rate = 20 * len(forms) / (time.perf_counter() - t)
        p, r, f1 = score(stem, gold)
        print(f"{name:20} {p:9.3f} {r:7.3f} {f1:6.3f} {rate:9.0f}")
        if args.verbose:
            groups: dict[str, list[str]] = defaultdict(list)
            for f in sorted(gold):
                groups[stem(f)].append(f)
            mixed = [g for g in groups.values() if any(not gold[a] & gold[b] for a, b in itertools.combinations(g, 2))]
            print("   groups mixing lemmas:", "; ".join(" ".join(g) for g in mixed[:15]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
