"""Language of a text: langdetect with a fixed seed, and what langdetect cannot tell.

langdetect knows 55 languages (its profiles); every one of them keeps its code (`zh-cn`
and `zh-tw` become `zh`). What it does not know, it calls by the nearest language it
knows: Kurmanji, Azerbaijani, Uzbek, Turkmen, Gagauz and Crimean Tatar come out Turkish,
Kazakh or Tatar Russian or Bulgarian, Armenian anything at all. Three checks stand
around it:

1. **Script.** A text written in a script that only languages langdetect does not know
   use (Armenian, Georgian, ...) is that language. An answer is only a language written
   in the script most of the text's letters are in (the Latin names in a Korean or
   Chinese text are not its language; a text in Adlam or Grantha letters is no Arabic
   or Nepali, which langdetect calls them); mostly Han without kana or Hangul is
   Chinese.
2. **Alphabet.** Each of the answers that other languages hide behind (Turkish, the
   Cyrillic Slavic languages, Arabic, Persian, Urdu, Hebrew) has an alphabet. When the text
   uses letters that alphabet lacks, often enough not to be a name or a quotation (ə,
   q, x, w, ñ, ä, ň, ý in "Turkish"; ә, қ, ң, ө, ү in "Russian"), the answer is
   dropped, and the language is the one among those of the same script whose alphabet
   has every letter the text uses and fits it most tightly, and uses its commonest
   letter the Turkish alphabet lacks (Azerbaijani's ə, ...); `und` when none does.
3. **Shortcut.** Function words decide clear cases of the five languages they were
   written for (English, Turkish, French, German, Spanish) without langdetect's cost,
   only where they make up a large share of the text; the alphabet check applies to
   the shortcut's answers too. Kurmanji's and Zazaki's function words likewise tell
   them, which write the same letters.

`und` only for text too short, or when langdetect is unsure (mixed text).
"""
from __future__ import annotations

import os
import re
import threading
import unicodedata
from collections import Counter
from functools import lru_cache

MIN_CHARS = 40
THRESHOLD = 0.80
SAMPLE_CHARS = 1500
_lock = threading.Lock()


@lru_cache(maxsize=1)
def known_languages() -> frozenset[str]:
    """The languages langdetect has profiles for, by the codes we give them."""
    import langdetect

    profiles = os.path.join(os.path.dirname(langdetect.__file__), "profiles")
    return frozenset(_our_code(name) for name in os.listdir(profiles))


def _our_code(langdetect_code: str) -> str:
    return "zh" if langdetect_code.startswith("zh-") else langdetect_code


# ----------------------------------------------------------------------------- scripts

# Scripts written by one language langdetect does not know (Unicode block ranges).
_SCRIPT_LANGUAGES = (
    (0x0530, 0x058F, "hy"),  # Armenian
    (0x10A0, 0x10FF, "ka"),  # Georgian
    (0x0780, 0x07BF, "dv"),  # Thaana (Dhivehi)
    (0x0D80, 0x0DFF, "si"),  # Sinhala
    (0x0E80, 0x0EFF, "lo"),  # Lao
    (0x0F00, 0x0FFF, "bo"),  # Tibetan
    (0x1000, 0x109F, "my"),  # Myanmar
    (0x1780, 0x17FF, "km"),  # Khmer
    (0x13A0, 0x13FF, "chr"),  # Cherokee
    (0x1700, 0x171F, "tl"),  # Tagalog (Baybayin)
)


def _script_language(letters: Counter[str]) -> str | None:
    total = sum(letters.values())
    for low, high, lang in _SCRIPT_LANGUAGES:
        n = sum(c for ch, c in letters.items() if low <= ord(ch) <= high)
        if n > total / 2:
            return lang
    return None


@lru_cache(maxsize=4096)
def _script(ch: str) -> str:
    """The script of a letter as Unicode names it, lower case: 'latin' (with its
    extensions and IPA's ə), 'cyrillic', 'arabic', 'hebrew', 'greek', 'devanagari',
    'cjk' (Han), 'hiragana', 'adlam', ...; 'other' for a letter without a name."""
    if ord(ch) < 0x02B0:
        return "latin"
    return unicodedata.name(ch, "other").split(" ", 1)[0].lower()


# ---------------------------------------------------------------------------- alphabets

_RU = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
_AR = "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي"
_FA = _AR + "پچژگکیۀ"
_HE = "אבגדהוזחטיכךלמםנןסעפףצץקרשת"
# The alphabets of the answers that languages langdetect does not know come out as,
# and of those languages (lower case; a few letters written two ways in practice).
ALPHABETS: dict[str, dict[str, str]] = {
    "latin": {
        "tr": "abcçdefgğhıijklmnoöprsştuüvyzâîû",
        "az": "abcçdeəfgğhxıijkqlmnoöprsştuüvyz",
        "uz": "abcdefghijklmnopqrstuvxyz",
        "tk": "abçdeäfghijžklmnňoöprsştuüwyýz",
        "gag": "aäbcçdeêfgğhıijklmnoöprsştţțuüvyz",
        "crh": "abcçdefgğhıijklmnñoöpqrsştuüvyzâ",
        "tt": "aäbcçdefgğhıijklmnñoöpqrsştuüvwxyz",
        "ku": "abcçdeêfghiîjklmnopqrsştuûvwxyz",
        "ug": "abcdeéfghijklmnoöpqrstuüvwxyz",
        "zza": "abcçdeêfgğhıiîjklmnopqrsştuûvwxyz",
    },
    "cyrillic": {
        "ru": _RU,
        "uk": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
        "bg": "абвгдежзийклмнопрстуфхцчшщъьюя",
        "mk": "абвгдѓежзѕијклљмнњопрстќуфхцчџш",
        "sr": "абвгдђежзијклљмнњопрстћуфхцчџш",
        "be": "абвгдеёжзійклмнопрстуўфхцчшыьэюя",
        "kk": _RU + "әғқңөұүһі",
        "ky": _RU + "ңөү",
        "tt": _RU + "әөүҗңһ",
        "ba": _RU + "әөүғҡңҙҫһ",
        "uz": _RU + "ўқғҳ",
        "tk": _RU + "җңөүә",
        "az": _RU + "әғјһөүҹҝ",
        "tg": _RU + "ғӣқӯҳҷ",
        "mn": _RU + "өү",
        "cv": _RU + "ӑӗҫӳ",
    },
    "arabic": {
        "ar": _AR,
        "fa": _FA,
        "ur": _FA + "ٹڈڑںھہےۓ",
        "ku": "ئابپتجچحخدرڕزژسشعغفڤقکگلڵمنهەوۆیێكي",  # (and the Arabic kaf and yeh Arabic keyboards type)
        "ug": "ئابپتجچخدرزژسشغفقكگڭلمنھوۇۆۈۋېىيە",
        "ps": _AR + "پټځچډړږژښګڼۍېی",
    },
    "hebrew": {
        "he": _HE,
        "yi": _HE + "װױײ",  # Yiddish's double letters (vov-vov, vov-yud, yud-yud)
    },
}
# The alphabets of langdetect's languages written in Latin letters (the letters of their
# prose, lower case), against which its answer is checked as those above are: a language it
# has no profile of comes out as the nearest it has, Igbo (ị, ọ, ụ) and Ga (ɛ, ɔ, ŋ) as
# Swahili, Kabyle (ɛ, ɣ, ḍ) as Indonesian, Hawaiian (ā, ō) as Swahili, Zarma (ŋ, ɲ) as
# Somali. Only checks: no text is answered one of these by its letters.
_AZ = "abcdefghijklmnopqrstuvwxyz"
CHECKED_ALPHABETS: dict[str, str] = {
    "en": _AZ, "id": _AZ, "tl": _AZ + "ñ", "sw": _AZ.replace("q", "").replace("x", ""),
    "so": _AZ.replace("p", "").replace("v", "").replace("z", ""),
    "it": _AZ + "àèéìíîòóùú", "es": _AZ + "áéíñóúü", "fr": _AZ + "àâæçéèêëîïôœùûüÿ",
    "pt": _AZ + "áâãàçéêíóôõúü", "ca": _AZ + "àçéèíïòóúü", "ro": _AZ + "ăâîșşțţ",
    "de": _AZ + "äöüß", "nl": _AZ + "éëïöüèáó", "af": _AZ + "êëéèîïôûáó",
    "sv": _AZ + "åäöé", "no": _AZ + "æøåéèóò", "da": _AZ + "æøåé", "fi": _AZ + "äöåšž", "et": _AZ + "äöüõšž",
    "cy": _AZ + "âêîôûŵŷäëïöüáéíóú", "sq": _AZ + "çë", "hu": _AZ + "áéíóöőúüű",
    "pl": _AZ + "ąćęłńóśźż", "cs": _AZ + "áčďéěíňóřšťúůýž", "sk": _AZ + "áäčďéíĺľňóôŕšťúýž",
    "sl": _AZ + "čšžćđ", "hr": _AZ + "čćđšž", "lv": _AZ + "āčēģīķļņšūž", "lt": _AZ + "ąčęėįšųūž",
}
# Letters a text in Latin letters must use to be the language: each is among the
# commonest of its prose (ə about one letter in twelve of Azerbaijani, ê one in thirty of
# Kurmanji) and lacking in the Turkish alphabet. Laz, Georgian's neighbour in Türkiye,
# writes x as Azerbaijani and Kurdish do and none of these: it was Azerbaijani or Kurdish;
# Kurmanji typed without ê, î, û was Uyghur.
HALLMARKS = {"latin": {"az": "ə", "tt": "ä", "zza": "ê", "ku": "ê", "ug": "éöü"}}
# The letter Sorani writes for its vowel "e" (ە), which Kurdish keyboards also type for ه
# (heh) in Persian and Arabic (a Kurdish news agency's Persian pages: "کمیتە منع شکنجە"):
# alone among Sorani's letters it makes no text Sorani.
KURDISH_AE = "\u06d5"
# A letter counts as used when it is at least this share of the text's letters (and
# seen a few times): names and quotations bring in a stray foreign letter or two.
USED_SHARE = 0.004
USED_MIN = 3
# ... and the letters the answer's alphabet lacks together at least this share: a
# Turkish page that quotes "Human Rights Watch" twice stays Turkish (in Kurmanji, Uzbek,
# Turkmen or Azerbaijani those letters are 3-10 % of the text).
# In other scripts no such quoting is common: a used letter is enough (Serbian's ђ and ћ
# are under 1 % of its letters, and tell it from Macedonian).
FOREIGN_SHARE = {"latin": 0.012, "cyrillic": 0.0, "arabic": 0.0, "hebrew": 0.0}
_URLS = re.compile(r"\S+@\S+|(?:https?://|www\.)\S+", re.IGNORECASE)
# combining accents, Arabic vowel marks and the tatweel that stretches a joint ("2018ـدا")
_MARKS = re.compile(r"[\u0300-\u036f\u064b-\u065f\u0670\u0640]")


def _letters(text: str) -> Counter[str]:
    text = _MARKS.sub("", unicodedata.normalize("NFC", _URLS.sub(" ", text)))
    return Counter(ch for ch in text.lower() if ch.isalpha())


def _used(letters: Counter[str], script: str) -> set[str]:
    total = sum(n for ch, n in letters.items() if _script(ch) == script) or 1
    return {ch for ch, n in letters.items()
            if _script(ch) == script and n >= USED_MIN and n / total >= USED_SHARE}


def check_alphabet(answer: str, letters: Counter[str], text: str | None = None) -> str:
    """`answer`, unless the text uses letters its alphabet lacks: then the language of
    the same script whose alphabet has every letter the text uses, and of those the one
    that has most of the letters seen at all, then the smallest alphabet; 'und' when
    none fits or two fit equally. With the `text`, the words that carry those letters are
    read on their own first: English ones (a site's "weather", "left-arrow" over a Turkish
    news item, a quoted "Human Rights Watch") are set aside, and the rest is checked.
    An answer of CHECKED_ALPHABETS is checked by `fits_checked_alphabet`."""
    checked = CHECKED_ALPHABETS.get(answer)
    if checked is not None:
        return answer if text is None or fits_checked_alphabet(checked, text) else "und"
    for script, alphabets in ALPHABETS.items():
        own = alphabets.get(answer)
        if own is None:
            continue
        used = _used(letters, script)
        total = sum(n for ch, n in letters.items() if _script(ch) == script) or 1
        if not FOREIGN_SHARE[script]:
            # the letters an alphabet lacks count together: Serbian's ђ and ћ, three and
            # two times in 900 letters, are no stray letters of a name
            lacking = {ch for ch in letters if _script(ch) == script and ch not in own}
            joint = sum(letters[ch] for ch in lacking)
            if joint >= USED_MIN and joint / total >= USED_SHARE:
                used |= lacking
        foreign = used - set(own)
        if not foreign or sum(letters[ch] for ch in foreign) < FOREIGN_SHARE[script] * total:
            return answer
        if script == "arabic" and foreign == {KURDISH_AE}:
            return answer  # (a Kurdish keyboard's ە for ه in a Persian or Arabic text: no other letter of Sorani)
        if text is not None and answer != "en" and (english := _english_carriers(text, foreign)):
            return check_alphabet(answer, letters - _letters(" ".join(english)))
        if text is not None and script == "latin" and _few_carriers(text, foreign):
            return answer
        seen = {ch for ch in letters if _script(ch) == script}
        ranked = sorted(((len(seen & set(alphabet)), -len(set(alphabet))), lang)
                        for lang, alphabet in alphabets.items()
                        if lang != answer and used <= set(alphabet) and _has_hallmark(script, lang, used))
        if not ranked or (len(ranked) > 1 and ranked[-1][0] == ranked[-2][0]):
            return "und"
        return ranked[-1][1]
    return answer


# words at least, of three letters or more, that carry a letter foreign to an answer of
# CHECKED_ALPHABETS: a bilingual page's "décembre" is one word, a name a PDF split ("Kova ć")
# no word at all
FOREIGN_CARRIERS = 3


def fits_checked_alphabet(alphabet: str, text: str) -> bool:
    """Whether `text` may be in a language of langdetect's written in Latin letters, whose
    `alphabet` (of CHECKED_ALPHABETS) is given: the letters it lacks are not used
    (USED_SHARE, together FOREIGN_SHARE) in words in lower case, FOREIGN_CARRIERS different
    words carrying them. The capitalised are names as often as not: an English report names
    Turkish, Hungarian or Burmese people in their own letters."""
    common = [w for w in _WORD.findall(_URLS.sub(" ", text)) if w[0].islower()]
    letters = _letters(" ".join(common))
    total = sum(n for ch, n in letters.items() if _script(ch) == "latin") or 1
    foreign = _used(letters, "latin") - set(alphabet)
    if sum(letters[ch] for ch in foreign) < FOREIGN_SHARE["latin"] * total:
        return True
    carriers = {w.lower() for w in common if len(w) >= 3 and not foreign.isdisjoint(w.lower())}
    return len(carriers) < FOREIGN_CARRIERS


# words at least a text has for its few words with letters foreign to the answer to be
# loanwords and names (two sentences of Gagauz have two words with its ä)
CARRIERS_TEXT_WORDS = 50


def _few_carriers(text: str, foreign: set[str]) -> bool:
    """Whether fewer than FOREIGN_CARRIERS different words of a text of CARRIERS_TEXT_WORDS
    words or more carry the `foreign` letters: a loanword and a name, not another language's
    alphabet (a Turkish news item's "web", "EngelliWeb" over and over, 7 w's in 400 letters;
    Kurmanji's w, x and q are in dozens of words)."""
    words = _words(_URLS.sub(" ", text))
    carriers = {w for w in words if not foreign.isdisjoint(w)}
    return len(words) >= CARRIERS_TEXT_WORDS and len(carriers) < FOREIGN_CARRIERS


def _has_hallmark(script: str, lang: str, used: set[str]) -> bool:
    hallmarks = HALLMARKS.get(script, {}).get(lang)
    return hallmarks is None or not used.isdisjoint(hallmarks)


ENGLISH_CARRIERS = 3  # words at least, for langdetect to say they are English


def _english_carriers(text: str, foreign: set[str]) -> list[str]:
    """The words of `text` that carry the `foreign` letters, when they read as English; or,
    when they do not, the English names among them, read with the capitalised words they
    stand among ("Human Rights Watch", "New York", "Hugh Williamson" in a Turkish news item:
    "watch", "new", "williamson" alone read as Welsh), and the acronyms ("HRW")."""
    text = _URLS.sub(" ", text)
    carriers = [w for w in _words(text) if not foreign.isdisjoint(w)]
    if len(carriers) < ENGLISH_CARRIERS:
        return []
    probs = _detector_probabilities(" ".join(carriers))
    if probs and probs[0][0] == "en" and probs[0][1] >= THRESHOLD:
        return carriers
    names = [run for run in _capitalised_runs(text) if not foreign.isdisjoint(run.lower())]
    if len(names) < 2:
        return []
    probs = _detector_probabilities(" ".join(names))
    if not (probs and probs[0][0] == "en" and probs[0][1] >= THRESHOLD):
        return []
    acronyms = [w for w in _WORD.findall(text) if 2 <= len(w) <= 6 and w.isalpha() and w.isupper()
                and not foreign.isdisjoint(w.lower())]
    return _words(" ".join(names + acronyms))


_TOKEN = re.compile(r"[^\W\d_]+|[^\w\s]+|\d+")


def _capitalised_runs(text: str) -> list[str]:
    """Runs of two words or more, each capitalised, with a space between ("Human Rights
    Watch"): names."""
    runs: list[list[str]] = []
    run: list[str] = []
    end = 0
    for m in _TOKEN.finditer(text):
        word = m.group()
        capitalised = len(word) > 1 and word[0].isupper() and word[1:].islower()
        if run and (text[end:m.start()] != " " or not capitalised):
            runs.append(run)
            run = []
        if capitalised:
            run.append(word)
            end = m.end()
    runs.append(run)
    return [" ".join(run) for run in runs if len(run) >= 2]


# East Asian scripts (Unicode block ranges)
_HAN = ((0x4E00, 0x9FFF),)
_KANA = ((0x3040, 0x30FF),)
_HANGUL = ((0xAC00, 0xD7AF), (0x1100, 0x11FF))


def _in(ch: str, ranges: tuple[tuple[int, int], ...]) -> bool:
    return any(low <= ord(ch) <= high for low, high in ranges)


def _has_han(letters: Counter[str]) -> bool:
    """Whether most of the letters are Han characters."""
    return sum(n for ch, n in letters.items() if _in(ch, _HAN)) > sum(letters.values()) / 2


def _has_hangul(letters: Counter[str]) -> bool:
    return any(_in(ch, _HANGUL) for ch in letters)


def _has_kana(letters: Counter[str]) -> bool:
    return any(_in(ch, _KANA) for ch in letters)


# The scripts of langdetect's languages not written in Latin letters, as _script names
# them (Japanese and Korean also write Han characters).
_SCRIPTS = {
    **dict.fromkeys(("ar", "fa", "ur"), ("arabic",)),
    **dict.fromkeys(("bg", "mk", "ru", "uk"), ("cyrillic",)),
    **dict.fromkeys(("hi", "mr", "ne"), ("devanagari",)),
    "bn": ("bengali",), "el": ("greek",), "gu": ("gujarati",), "he": ("hebrew",), "kn": ("kannada",),
    "ml": ("malayalam",), "pa": ("gurmukhi",), "ta": ("tamil",), "te": ("telugu",), "th": ("thai",),
    "zh": ("cjk",), "ja": ("cjk", "hiragana", "katakana"), "ko": ("cjk", "hangul"),
}
_SYLLABIC = ("cjk", "hiragana", "katakana", "hangul")


def _main_script(letters: Counter[str]) -> str:
    """The script most of the text's letters are in; a Han character, a kana or a
    Hangul syllable weighs three letters (about what a syllable takes in an alphabet)."""
    weights: Counter[str] = Counter()
    for ch, n in letters.items():
        script = _script(ch)
        weights[script] += 3 * n if script in _SYLLABIC else n
    return weights.most_common(1)[0][0]


def _impossible(letters: Counter[str]) -> set[str]:
    """Answers the text's script rules out: a language not written in the script most
    of its letters are in, whatever the names in another script suggest (a Korean
    report on "Ahmet Şık" and "Cumhuriyet" was Turkish; a text in Adlam letters was
    Arabic); and Korean or Japanese without Hangul or kana (langdetect sometimes calls
    Chinese so)."""
    main = _main_script(letters)
    out = {lang for lang in known_languages() if main not in _SCRIPTS.get(lang, ("latin",))}
    if not _has_hangul(letters):
        out.add("ko")
    if not _has_kana(letters):
        out.add("ja")
    return out


# Letters enough in a text's running words for their script to be the text's.
RUNNING_LETTERS_MIN = 100


def _running_words(sample: str) -> str:
    """The text's running words, those not capitalised as names are."""
    return " ".join(w for w in _WORD.findall(sample) if not w[:1].isupper())


def _running_letters(running_words: str, letters: Counter[str]) -> Counter[str]:
    """The letters of the text's `running_words` when they are many enough, else all its
    `letters`: the script of a text whose names in another script outnumber its words (a
    Greek question to the European Commission over the Latin names of its forty signatories
    was `und`)."""
    running = _letters(running_words)
    return running if sum(running.values()) >= RUNNING_LETTERS_MIN else letters


def _by_script(impossible: set[str]) -> str:
    """When no answer of langdetect's is possible: the language that the East Asian
    script of the text names (Hangul, kana; a text mostly in Han without them was
    called Chinese before), else 'und'."""
    return next((lang for lang in ("ko", "ja") if lang not in impossible), "und")


# ----------------------------------------------------------------------------- shortcut

_MIN_DISTINCT = 3  # distinct ones
_KURMANJI_WORDS = frozenset("û ji di bi ku li ne jî yên wê wî ev ew min te me we hate dibe kurdî mafên".split())
# Zazaki's where they differ from Kurmanji's (xo for xwe, zî for jî, yew for yek, ke for
# ku, ra and de for ji and di, its verbs' "beno", "kenê", "vano", "nîyo")
_ZAZAKI_WORDS = frozenset("xo zî kî yew ke ra nê yo ya beno kenê vano nîyo zaf sey înan aye ey".split())
_WORD = re.compile(r"\w+")

# Very common function words of the languages the shortcut was built for. On a page of
# prose they decide the language clearly and cheaply; langdetect (about 10 ms a call)
# settles the rest.
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
# In prose of these languages their listed function words are a quarter to a third of
# all words; in a neighbouring language that shares a few of them, far fewer.
_MIN_SHARE = 0.18


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _many_of(words: list[str], vocab: frozenset[str], distinct: int = _MIN_DISTINCT) -> list[str]:
    """The `words` in `vocab`, when they are a large share of them (over 8 %) and `distinct`
    different ones at least (not one word repeated: the "di", of, of Portuguese creoles); else []."""
    found = [w for w in words if w in vocab]
    if len(words) < 8 or len(found) / len(words) <= 0.08 or len(set(found)) < distinct:
        return []
    return found


def looks_kurmanji(text: str, words: list[str] | None = None) -> bool:
    """Whether `text` (its lower-cased `words`, if already split) reads as Kurmanji:
    many of its function words, and its ê, î, û outnumbering Turkish's ı, ğ, ö."""
    words = _words(text) if words is None else words
    if not _many_of(words, _KURMANJI_WORDS):
        return False
    return len(re.findall(r"[êîûÊÎÛ]", text)) > len(re.findall(r"[ığöİĞÖ]", text))


def looks_zazaki(words: list[str]) -> bool:
    """Whether the lower-cased `words` of a text read as Zazaki: many of its function
    words, more than of Kurmanji's. Zazaki writes Kurmanji's alphabet (and Turkish
    letters), which alone made it Kurdish."""
    found = _many_of(words, _ZAZAKI_WORDS)
    return bool(found) and len(found) > sum(map(_KURMANJI_WORDS.__contains__, words))


def by_function_words(text: str, words: list[str] | None = None) -> str | None:
    """The language whose function words clearly dominate `text` (its lower-cased
    `words`, if already split), or None."""
    words = _words(text) if words is None else words
    ranked = sorted(((sum(map(vocab.__contains__, words)), lang) for lang, vocab in _FUNCTION_WORDS.items()),
                    reverse=True)
    (n1, best), (n2, _) = ranked[0], ranked[1]
    if n1 >= _MIN_HITS and n1 >= 4 * max(1, n2) and n1 >= _MIN_SHARE * len(words):
        return best
    return None


# The commonest words of the languages whose langdetect profiles answer for many languages
# it has none of: Bantu languages (Shona, Kongo, Umbundu, Xhosa) come out Swahili,
# Austronesian ones (Balinese, Tetum, Chin) and Hausa Indonesian, Cushitic ones (Afar,
# Sidamo) Somali, the Philippines' others Tagalog, Polynesian ones (Samoan, Tahitian)
# Italian. In prose of the language these are a tenth to a third of the words, a dozen
# different ones; in those others, almost none, or one or two repeated (Kongo's "na").
COMMON_WORDS = {
    "sw": frozenset("na ya wa kwa za katika ni la cha vya au yake hii hiyo kuwa kama bila kwamba pia hao".split()),
    "id": frozenset("yang dan di untuk dengan ini itu dalam atau tidak ke dari pada akan adalah oleh telah juga "
                    "karena sebagai".split()),
    "so": frozenset("iyo ah ka ku u oo waa in la ee uu ay aan ayaa waxa kale leh".split()),
    "tl": frozenset("ang ng sa na mga at ay para si ni kay ito hindi may nang siya".split()),
    # (not the short words Polynesian languages share, "le", "la", "e", "i", "a", "o", "lo")
    "it": frozenset("di il che per del della non con nel alla delle dei gli una sono ha da un degli al nella "
                    "anche come più questo essere sulla sul dalla dal nelle negli tra".split()),
}
COMMON_MIN_WORDS = 40  # words in the text at least, for their absence to tell
COMMON_DISTINCT = 4


def lacks_common_words(answer: str, words: list[str]) -> bool:
    """Whether the lower-cased `words` of a text answered `answer` (one of COMMON_WORDS)
    lack its commonest words: not many of them (`_many_of`, COMMON_DISTINCT different ones
    at least); never for a text under COMMON_MIN_WORDS words."""
    vocab = COMMON_WORDS.get(answer)
    return vocab is not None and len(words) >= COMMON_MIN_WORDS and not _many_of(words, vocab, COMMON_DISTINCT)


def _detector_probabilities(text: str) -> list[tuple[str, float]]:
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    with _lock:  # langdetect's factory is global state
        DetectorFactory.seed = 0
        try:
            found = detect_langs(text)
        except LangDetectException:
            return []
    probs: dict[str, float] = {}
    for l in found:  # zh-cn and zh-tw are one language
        probs[_our_code(l.lang)] = probs.get(_our_code(l.lang), 0.0) + l.prob
    return sorted(probs.items(), key=lambda kv: -kv[1])


def detect_language(text: str) -> str:
    """ISO 639-1 code of `text` (ISO 639-3 where a language has no 639-1 code, such as
    `crh`, `gag`, `zza`); 'und' when the text is too short or langdetect unsure."""
    sample = text[:SAMPLE_CHARS]
    if len(sample.strip()) < MIN_CHARS:
        return "und"
    letters = _letters(sample)
    if not letters:
        return "und"
    own_script = _script_language(letters)
    if own_script:
        return own_script
    if _has_han(letters) and not _has_kana(letters) and not _has_hangul(letters):
        return "zh"  # mostly Han, with neither kana nor Hangul: langdetect may still say otherwise
    words = _words(sample)
    if looks_kurmanji(sample, words):
        return "ku"
    if looks_zazaki(words):
        return "zza"
    answer = by_function_words(sample, words)
    if answer is None:
        running_words = _running_words(sample)
        impossible = _impossible(_running_letters(running_words, letters))
        probs = [(lang, p) for lang, p in _detector_probabilities(sample) if lang not in impossible]
        if not probs:
            # (langdetect answered by the names: asked again on the running words alone)
            probs = [(lang, p) for lang, p in _detector_probabilities(running_words) if lang not in impossible]
        if not probs:
            return _by_script(impossible)
        answer, prob = probs[0]
        prob /= sum(p for _, p in probs)
        if prob < THRESHOLD:
            # unsure between languages it knows, or a language it does not know whose
            # alphabet tells it apart
            checked = check_alphabet(answer, letters, sample)
            return checked if checked != answer else "und"
    answer = check_alphabet(answer, letters, sample)
    return "und" if lacks_common_words(answer, words) else answer
