"""Text analysis for search: Turkish-correct case folding, diacritic folding, stems.

The folded form is what the exact fields hold: `Diyarbakır`, `DİYARBAKIR` and
`diyarbakir` all fold to `diyarbakir`. Python's str.lower() is wrong for Turkish
(`"İ".lower()` is `i` + U+0307 and `"I".lower()` is `i`), so capitals are mapped
the Turkish way first; because the dotless/dotted distinction is folded away
afterwards, the result is the same for Turkish and non-Turkish text.

Stemming (DESIGN.md section 5): English and French through Snowball; Turkish by
prefix truncation to the first 5 characters of the folded word, which groups
`gözaltı` / `gözaltına` / `gözaltında` without Snowball-Turkish's over-stemming.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import compress
from typing import Callable, Iterator, Sequence

TOKEN_RE = re.compile(r"\w+", re.UNICODE)

# Letters NFD does not decompose into base letter + mark.
_EXTRA_FOLDS = str.maketrans({
    "ı": "i", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d",
    "ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "þ": "th", "ð": "d",
    "’": "'", "ʼ": "'",
})

TURKISH_PREFIX_LENGTH = 5
# Per-word caches: frequent words are folded and stemmed once; the cap bounds memory
# (a long import sees hundreds of thousands of distinct tokens: names, numbers).
CACHE_WORDS = 50_000
STEM_LANGUAGES = ("en", "fr", "tr")

# Query-time synonym groups over folded forms. Türkiye/Turkey/Turquie name the same
# country; the Turkish adjective forms are not folded together on purpose.
SYNONYM_GROUPS: tuple[frozenset[str], ...] = (
    frozenset({"turkiye", "turkey", "turquie"}),
)
_SYNONYMS: dict[str, frozenset[str]] = {w: g for g in SYNONYM_GROUPS for w in g}


# Words so frequent in the archive that checking a phrase on their positions means
# reading most of the index ("rights of the child", "A/HRC/37/50"). The index keeps,
# besides single words, each common word paired with the word after it (a "common
# gram", with its position), and phrases are checked on those pairs. Folded forms;
# every one-character word counts as common too. Changing this set changes
# what is indexed: bump the index format (whoosh.schema.SCHEMA_VERSION).
COMMON_WORDS = frozenset("""
    the of and to in an for on by with as at from or is are be was were that this these
    which it its not no has have had been their his her all any such into other also than
    between against within under including who
    ve bir bu ile icin da de ki olarak olan ya veya gibi daha en her ne mi
    la le les des du et un une au aux pour par sur dans que qui est sont ou pas son sa
    ses leur leurs ce cette ces
    human rights right united nations committee council state states party parties report
    national general international law insan haklari hakki
""".split())


# Words that carry no subject of their own (folded): in a query of several words they
# help ranking but are not required (`right to respect for private and family life`),
# and they are never highlighted on their own. Phrases in quotes keep them.
FUNCTION_WORDS = frozenset("""
    the of and to in for on by with as at from or a an is are be was were that this it its into
    than which who whom whose been has have had not
    ve ile bir bu icin da de ki veya ya gibi olan olarak
    la le les des du et un une au aux pour par sur en dans que qui ou d l
""".split())


def is_function_word(folded_word: str) -> bool:
    return len(folded_word) == 1 or folded_word in FUNCTION_WORDS


def is_common(folded_word: str) -> bool:
    """Whether `folded_word` counts as common (see COMMON_WORDS)."""
    return len(folded_word) == 1 or folded_word in COMMON_WORDS


def common_gram(first: str, second: str) -> str:
    """The index term for a common folded word and the word after it."""
    return f"{first} {second}"


class _CommonFlags(dict):  # type: ignore[type-arg]
    """is_common() remembered per word: the index asks for every word of every page."""

    def __missing__(self, word: str) -> bool:
        if len(self) >= CACHE_WORDS:
            self.clear()
        flag = self[word] = is_common(word)
        return flag


_COMMON_FLAGS = _CommonFlags()


def common_grams(folded_words: Sequence[str]) -> Iterator[tuple[int, str]]:
    """(position, gram) for each common word of `folded_words` that has a next word."""
    for i in compress(range(len(folded_words) - 1), map(_COMMON_FLAGS.__getitem__, folded_words)):
        yield i, common_gram(folded_words[i], folded_words[i + 1])


def turkish_lower(text: str) -> str:
    """Lower-case with Turkish rules for the dotted and dotless I."""
    return text.replace("İ", "i").replace("I", "ı").lower()


@lru_cache(maxsize=CACHE_WORDS)
def fold_word(word: str) -> str:
    """fold() for one token; cached, since a corpus repeats its words endlessly."""
    return fold(word)


def fold(text: str) -> str:
    """Case- and diacritic-fold `text` into the form the exact fields hold."""
    text = unicodedata.normalize("NFKC", text)
    text = turkish_lower(text).translate(_EXTRA_FOLDS)
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def tokenize(text: str) -> Iterator[tuple[int, int, str]]:
    """Yield (start, end, word) for each word of `text` (offsets into `text`)."""
    for m in TOKEN_RE.finditer(text):
        yield m.start(), m.end(), m.group()


def words(text: str) -> list[str]:
    """The folded words of `text`, in order."""
    return [w for w in (fold(t) for _, _, t in tokenize(fold_safe(text))) if w]


def fold_safe(text: str) -> str:
    # Compose decomposed input (I + U+0307) so the tokenizer sees one letter.
    return unicodedata.normalize("NFC", text)


def synonyms(folded_word: str) -> frozenset[str]:
    """The folded words that mean the same as `folded_word` (itself included)."""
    return _SYNONYMS.get(folded_word, frozenset({folded_word}))


def turkish_stem(folded_word: str) -> str:
    return folded_word[:TURKISH_PREFIX_LENGTH]


@lru_cache(maxsize=CACHE_WORDS)
def french_stem_folded(word: str) -> str:
    """French Snowball stem of one token (lower-cased the Turkish way), then folded."""
    return fold(_snowball("fr")(turkish_lower(word)))


@lru_cache(maxsize=CACHE_WORDS)
def english_stem_folded(folded_word: str) -> str:
    return _snowball("en")(folded_word)


@lru_cache(maxsize=8)
def _snowball(lang: str) -> Callable[[str], str]:
    # whoosh ships pure-Python Snowball stemmers; imported lazily so that the
    # analysis helpers stay cheap to import.
    from whoosh.lang import stemmer_for_language

    return stemmer_for_language(lang)


@lru_cache(maxsize=CACHE_WORDS)
def stem(word: str, lang: str) -> str:
    """Stem one word for `lang` ('en', 'fr' or 'tr'); returns a folded stem.

    English and Turkish take a folded word; French is stemmed before folding,
    since its stemmer relies on accents.
    """
    if lang == "tr":
        return turkish_stem(fold_word(word))
    if lang == "fr":
        return french_stem_folded(word)
    return english_stem_folded(fold_word(word))


def stem_language(language: str | None) -> str | None:
    """Which stemmed field a document in `language` goes into (None: exact only)."""
    if language in STEM_LANGUAGES:
        return language
    if language in (None, "", "und"):
        return "en"
    return None


def normalise_symbol(value: str) -> str:
    """Normalise a document symbol or identifier for exact lookup.

    `CAT/C/TUR/CO/4`, `cat/c/tur/co/4 ` and `CAT / C / TUR / CO / 4` are one value.
    """
    return re.sub(r"\s+", "", fold(value))
