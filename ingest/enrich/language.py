"""Language of a text: langdetect with a fixed seed, plus what it cannot tell.

langdetect labels Kurmanji (Kurdish in Latin script) and Azerbaijani as Turkish.
Kurmanji uses ê, î, û and its own function words and lacks ı, ğ, ö; Azerbaijani writes
the schwa ə, which Turkish never does. Both are told apart here before langdetect runs.
Below the confidence threshold the answer is 'und'.
"""
from __future__ import annotations

import re
import threading

MIN_CHARS = 40
THRESHOLD = 0.80
SUPPORTED = {"en", "tr", "fr", "de", "ar", "ru", "es", "it", "fa"}

_KURMANJI_WORDS = frozenset("û ji di bi ku li ne jî yên wê wî ev ew min te me we hate dibe kurdî mafên".split())
_TURKISH_ONLY = re.compile(r"[ığöİĞÖ]")
_KURMANJI_LETTERS = re.compile(r"[êîûÊÎÛ]")
_WORD = re.compile(r"\w+")
_lock = threading.Lock()
SAMPLE_CHARS = 1500

# Very common function words per language. On a page of prose they decide the language
# clearly and cheaply; langdetect (slow: about 10 ms a call) settles the rest.
_FUNCTION_WORDS = {
    "en": frozenset("the of and to in is that for on with by as are be was were this which from at an "
                    "has have it its not or".split()),
    "tr": frozenset("ve bir bu ile için olarak olan gibi daha çok ancak ise veya kadar her sonra göre "
                    "değil ki şu tüm bazı ilişkin yönelik".split()),
    "fr": frozenset("le la les des et est dans du une un que qui pour par sur au aux pas ce cette sont "
                    "ont avec ou".split()),
    "de": frozenset("der die das und ist nicht mit von den dem zu ein eine auf für sich auch des im "
                    "wird".split()),
    "es": frozenset("el los las del y que en por con una para es se su como al".split()),
}
_MIN_HITS = 8


def _detector_probabilities(text: str) -> list[tuple[str, float]]:
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    with _lock:  # langdetect's factory is global state
        DetectorFactory.seed = 0
        try:
            return [(l.lang, l.prob) for l in detect_langs(text)]
        except LangDetectException:
            return []


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def looks_kurmanji(text: str, words: list[str] | None = None) -> bool:
    """Whether `text` (its lower-cased `words`, if already split) reads as Kurmanji."""
    words = _words(text) if words is None else words
    if len(words) < 8:
        return False
    kurmanji = sum(map(_KURMANJI_WORDS.__contains__, words))
    if kurmanji / len(words) <= 0.08:
        return False
    return len(_KURMANJI_LETTERS.findall(text)) > len(_TURKISH_ONLY.findall(text))


def looks_azerbaijani(text: str) -> bool:
    schwas = text.count("ə") + text.count("Ə")
    if not schwas:  # as good as every text: no need to count its letters
        return False
    letters = sum(1 for c in text if c.isalpha())
    return schwas / letters > 0.01


def by_function_words(text: str, words: list[str] | None = None) -> str | None:
    """The language whose function words clearly dominate `text` (its lower-cased
    `words`, if already split), or None."""
    words = _words(text) if words is None else words
    ranked = sorted(((sum(map(vocab.__contains__, words)), lang) for lang, vocab in _FUNCTION_WORDS.items()),
                    reverse=True)
    (n1, best), (n2, _) = ranked[0], ranked[1]
    return best if n1 >= _MIN_HITS and n1 >= 4 * max(1, n2) else None


def detect_language(text: str) -> str:
    """ISO 639-1 code of `text` ('ku' for Kurmanji, 'az' Azerbaijani), 'und' when unsure."""
    sample = text[:SAMPLE_CHARS]
    if len(sample.strip()) < MIN_CHARS:
        return "und"
    words = _words(sample)
    if looks_kurmanji(sample, words):
        return "ku"
    if looks_azerbaijani(sample):
        return "az"
    quick = by_function_words(sample, words)
    if quick:
        return quick
    probs = _detector_probabilities(sample)
    if not probs:
        return "und"
    lang, prob = probs[0]
    if prob < THRESHOLD or lang not in SUPPORTED:
        return "und"
    return lang
