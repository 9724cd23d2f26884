"""Countries named in a document, through a gazetteer that knows Turkish provinces and
districts (Diyarbakır, Van and Hakkari are places in Türkiye). The subject country (named
in the title or the header) comes first, then the others by number of mentions."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from itertools import compress
from typing import Sequence

from archive import taxonomy
from archive.search.analysis import fold

from . import HEADING_CHARS, Evidence, Tagged, line_at, runs_into_next
from .furniture import is_language_switcher
from .terms import Words, split_pages, split_words

HEADER_CHARS = 700
MIN_MENTIONS = 2
# Place names that are also common words: only counted when capitalised in the text.
AMBIGUOUS = frozenset({"van", "sur", "batman", "ordu", "chad", "jordan", "georgia", "guinea", "mali", "niger",
                       "kars", "rize", "bolu", "sinop", "lice", "soma", "gezi", "cudi", "patnos", "kulp",
                       "taksim", "tonga", "fiji", "nauru", "oman", "peru", "cuba", "malta", "turkey", "sinop"})
MAX_NAME_WORDS = 8


# The gazetteer's own languages (countries.tsv: English, Turkish, French). A page in
# another language also has its country names from CLDR (through Babel): Greek "Τουρκία",
# Russian "Турция", Armenian "Թուրքիա", Arabic "تركيا", Kurdish "Tirkiye", Italian "Italia".
GAZETTEER_LANGUAGES = frozenset({"en", "tr", "fr"})
# Languages that decline names ("Турции", "Τουρκίας", "Թուրքիայի", "Turcji"): a word is also
# a name when it is the name without its last letter plus an ending of up to MAX_ENDING
# letters (a name of MIN_STEM + 1 letters or more: short names must be exact).
INFLECTING = frozenset({"ru", "uk", "be", "bg", "mk", "sr", "hr", "bs", "sl", "cs", "sk", "pl", "lt", "lv", "et",
                        "fi", "hu", "ro", "sq", "el", "hy", "ka", "az", "uz", "tk", "kk", "ky", "tt", "ba", "ku",
                        "kmr", "ckb"})
MIN_STEM, MAX_ENDING = 4, 5
# ... and a short name keeps its last letter before a language's ending that is added to it:
# Kurdish's oblique "-ê" ("Îranê", "Iraqê": "Îran" is too short for a stem; "malê", a house's,
# would read as Mali's stem and an ending) (folded letters)
ADDED_ENDINGS = {"ku": ("e",), "kmr": ("e",)}
# Arabic writes a one-letter conjunction or preposition onto the next word ("وتركيا": and
# Turkey). (Hebrew does too, but its short words then read as names: "ובנין", "and a
# building", as Benin, in the UDHR's Hebrew text.)
CLITICS = {"ar": "وبل"}
MIN_NAME = 3  # a one-word name in another language is at least this long ("Bỉ" is a word)


def words_of(folded_name: str) -> tuple[str, ...]:
    return tuple(w for w in folded_name.replace("-", " ").replace("'", " ").split() if w)


@lru_cache(maxsize=1)
def _gazetteer_names() -> dict[tuple[str, ...], taxonomy.Place]:
    out: dict[tuple[str, ...], taxonomy.Place] = {}
    for folded, place in taxonomy.gazetteer().items():
        words = words_of(folded)
        if words:
            out.setdefault(words, place)
    return out


# Names in common use that CLDR does not give: Kurmanji writes Türkiye "Tirkiye" (CLDR's
# Kurdish has "Türkiye"); a State's official name where CLDR has only the short one
# ("Česko"), as courts and ministries write it; and Türkiye's largest cities in the languages
# of its neighbours' press, which the gazetteer holds in Turkish, English and French only (an
# Arabic release naming Türkiye by its adjective and "إسطنبول" was about no country)
USUAL_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "ku": {"TR": ("Tirkiye",)},
    "ru": {"RU": ("Российская Федерация",), "TR": ("Стамбул", "Анкара", "Измир", "Диярбакыр")},
    "uk": {"RU": ("Російська Федерація",)},
    "cs": {"CZ": ("Česká republika",)}, "sk": {"SK": ("Slovenská republika",)},
    "ar": {"TR": ("إسطنبول", "اسطنبول", "أنقرة", "إزمير", "ديار بكر")},
    "fa": {"TR": ("استانبول", "آنکارا", "ازمیر", "دیاربکر")},
    "el": {"TR": ("Κωνσταντινούπολη", "Άγκυρα", "Σμύρνη")}}


# A language code that stands for a language CLDR holds as two: Kurdish pages (`ku`) are
# Kurmanji, in Latin letters, or Sorani (`ckb`), in Arabic script.
ALSO = {"ku": ("ckb",)}


@lru_cache(maxsize=64)
def _cldr_names(language: str, with_gazetteers: bool = False) -> dict[tuple[str, ...], taxonomy.Place]:
    """The countries' names in `language` from CLDR (and USUAL_NAMES), those the
    gazetteer lacks (`with_gazetteers`: those it has too, the same name in another language)."""
    from babel import Locale, UnknownLocaleError

    if language in GAZETTEER_LANGUAGES or language == "und":  # (Babel reads "und" as English)
        return {}
    territories: list[tuple[str, str]] = []
    for locale in (language, *ALSO.get(language, ())):
        try:
            territories += Locale.parse(locale).territories.items()
        except (ValueError, UnknownLocaleError):
            continue
    if not territories:
        return {}
    known, base = taxonomy.countries(), _gazetteer_names()
    out: dict[tuple[str, ...], taxonomy.Place] = {}
    usual = [(code, name) for code, names in USUAL_NAMES.get(language, {}).items() for name in names]
    for code, name in [*usual, *territories]:
        words = words_of(fold(name))
        if code in known and words and (with_gazetteers or words not in base) and (len(words) > 1 or len(words[0]) >= MIN_NAME):
            out.setdefault(words, taxonomy.Place(code, name))
    return out


@lru_cache(maxsize=64)
def country_names(language: str | None = None) -> dict[tuple[str, ...], taxonomy.Place]:
    """Folded place name (as words) -> Place, for a text in `language` (a CLDR locale:
    "it", "sr_Latn"): the gazetteer's names and CLDR's in that language."""
    extra = _cldr_names(language) if language else {}
    return {**extra, **_gazetteer_names()} if extra else _gazetteer_names()


@lru_cache(maxsize=64)
def _stems(language: str | None) -> dict[str, tuple[taxonomy.Place, str]]:
    """Stem -> (Place, the letter the stem drops) of the one-word names of a language that
    declines them (a name spelt as in the gazetteer's languages too: the Turkmen and Azerbaijani
    "Türkiýe", "Türkiyə" fold to "Türkiye", whose locatives "Türkiýede", "Türkiyədə" name it)."""
    if language not in INFLECTING:
        return {}
    return {words[0][:-1]: (place, words[0][-1]) for words, place in _cldr_names(language, True).items()
            if len(words) == 1 and len(words[0]) > MIN_STEM}


# A case ending begins with the letter the stem dropped or with a vowel ("Τουρκίας",
# "Турции", "Turcji", "Törökországban"); an adjective's suffix after the stem begins with a
# consonant ("τουρκική", Turkish, is no declined "Τουρκία") (folded letters)
_VOWELS = frozenset("aeiouyıöüâêîôûäëïøåæœаеёиоуыэюяіїєαεηιουωաեէըիոօაეიოუ")


@lru_cache(maxsize=64)
def _longest_by_first_word(language: str | None = None) -> dict[str, int]:
    """First word of a place name -> the most words a name starting with it has."""
    out: dict[str, int] = {}
    for words in country_names(language):
        out[words[0]] = max(out.get(words[0], 0), len(words))
    return out


def _foreign(word: str, language: str | None) -> taxonomy.Place | None:
    """The country a folded word names in `language` only with an ending (a declined
    name) or a clitic before it."""
    stems = _stems(language)
    if stems:
        for cut in range(len(word) - 1, max(MIN_STEM, len(word) - MAX_ENDING - 1) - 1, -1):
            found = stems.get(word[:cut])
            if found is not None and (word[cut] == found[1] or word[cut] in _VOWELS):
                return found[0]
    for ending in ADDED_ENDINGS.get(language or "", ()):
        if word.endswith(ending) and (place := country_names(language).get((word[:-len(ending)],))) is not None:
            return place
    clitics = CLITICS.get(language or "")
    if clitics and len(word) > 3 and word[0] in clitics:
        return country_names(language).get((word[1:],))
    return None


def _mentions(split: Words, offsets: bool = True,
              language: str | None = None) -> list[tuple[int, taxonomy.Place, int, int]]:
    """(offset of the first word, place, first word, end word) for every place name in a
    text in `language`, longest match first; with `offsets` False, the offset is -1 (a
    page's offsets are worked out only for the pages that need them: see Words.span)."""
    written, words = split.written, split.folded
    names = country_names(language)
    longest = _longest_by_first_word(language)
    # a page in a language the gazetteer does not hold (and known: not `und`)
    foreign_page = language is not None and language != "und" and language not in GAZETTEER_LANGUAGES
    foreign = foreign_page and bool(_stems(language) or language in CLITICS or language in ADDED_ENDINGS)
    out = []
    free = 0  # the first word not inside a name found already
    # most words start no place name: find the few that may in one pass
    for i in range(len(words)) if foreign else compress(range(len(words)), map(longest.__contains__, words)):
        if i < free:
            continue
        original = written[i]
        for n in range(min(longest.get(words[i], 0), MAX_NAME_WORDS, len(words) - i), 0, -1):
            key = tuple(words[i:i + n])
            place = names.get(key)
            if place is None:
                continue
            if n == 1 and key[0] in AMBIGUOUS and not original[:1].isupper():
                continue
            if n == 1 and key[0] in AMBIGUOUS and place.is_turkish_place and language != "tr" \
                    and _written_as_the_word(written, i):
                continue
            if n == 1 and place.is_turkish_place and _an_instruments_name(words, i):
                continue
            if n == 1 and (_a_persons_name(split, i) or _a_currency(written, i) or _a_streets_abbreviation(split, i)):
                continue
            if n == 1 and language == "tr" and key[0] in _TURKISH_WORDS and _used_as_the_word(split, i):
                continue
            if n == 1 and key[0] == "turkey" and original == "turkey":
                continue
            if n == 1 and place.name.isupper() and not original.isupper():
                continue  # an abbreviation ("ABD", the United States in Turkish), not "Abd" in an Arabic name
            if n == 1 and _lower_case(original) and (foreign_page or _foreign_word(key[0], place, language)):
                # a common word of the page's language: "того" (of that) is Togo in
                # Russian; Swahili "kuba", Spanish "gana", Czech "čin" are Cuba, Ghana and
                # China in Turkish; English "grenade" and "chili" are Grenada and Chile
                # in French
                continue
            out.append((split.span(i)[0] if offsets else -1, place, i, i + n))
            free = i + n
            break
        else:
            if foreign and not _lower_case(original):
                place = _foreign(words[i], language)
                if place is not None:
                    out.append((split.span(i)[0] if offsets else -1, place, i, i + 1))
                    free = i + 1
    return out


# what follows a word, not a place: an article ("Sur la violation", French "on") or the
# rest of a name ("Mr Van der Mussele")
_NOT_AFTER_A_PLACE = frozenset("la le les l ce cette ces un une des du der den het ten ter".split())


# the forms of address before a person's name, folded ("Mr I. V. Karaman", "Judge Aydın",
# "M. Jean DUPONT", "Me" for a French lawyer)
FORMS_OF_ADDRESS = frozenset("m mm mme mmes mlle mr mrs ms miss messrs dr prof me judge juge herr frau bay bayan "
                             "sayin".split())


def _a_persons_name(split: Words, i: int) -> bool:
    """A one-word name after a form of address, and the initials or the one or two given
    names after it, is a person's ("Mr Aydın", "Ms K. Līce", "Mr I. V. Karaman": names of
    places in Türkiye; "Ms Serena GANA", "Mr Mario Chile": a surname that is a country's
    name in some language; not "Judge v. Canada", a case, nor "Mr Ali Kaya, Turkey", a
    delegate and his country)."""
    written = split.written
    j = i - 1
    while j >= 0 and len(written[j]) == 1 and written[j].isupper() and i - j <= 3:  # initials
        if written[j] == "M":  # French "M." (Monsieur), or an initial: a person either way
            return True
        j -= 1
    for given in range(3):  # no, one or two given names ("Serena", "Jean Paul"), in one run of words
        k = j - given
        if k < 0 or (given and not (_a_given_name(written[k + 1]) and split.gap(k + 2).isspace())):
            return False
        if written[k][:1].isupper() and fold(written[k]) in FORMS_OF_ADDRESS:  # (not English "me")
            return True
    return False


def _a_given_name(word: str) -> bool:
    """A word written as a given name is: a capital, then small letters (or a hyphen)."""
    return len(word) > 1 and word[0].isupper() and word[1:].replace("-", "").islower()


@lru_cache(maxsize=1)
def _currency_codes() -> frozenset[str]:
    from babel.numbers import list_currencies

    return frozenset(list_currencies())


# A city in Türkiye that names an instrument: the Istanbul Convention (the Council of
# Europe's on violence against women, GREVIO's, on which it reports on every State party)
# and the Istanbul Protocol, in the languages they are cited in (folded words)
_INSTRUMENT_AFTER = frozenset({"convention", "protocol", "sozlesmesi", "protokolu", "konvention", "ubereinkommen",
                               "protokoll", "convenio", "protocolo", "convenzione", "protocollo"})
_INSTRUMENT_BEFORE = frozenset({"convention", "protocole", "convenio", "protocolo", "convenzione", "protocollo"})


def _an_instruments_name(words: list[str], i: int) -> bool:
    """Whether the place's name at `i` (folded words) is an instrument's ("Istanbul
    Convention", "İstanbul Sözleşmesi", "Convention d'Istanbul", "Protocolo de Estambul"
    reads as "protocolo de" and a name the gazetteer does not hold): no mention of Türkiye."""
    return (i + 1 < len(words) and words[i + 1] in _INSTRUMENT_AFTER) or \
        (i >= 2 and words[i - 1] in ("d", "de", "di") and words[i - 2] in _INSTRUMENT_BEFORE)


def _a_currency(written: list[str], i: int) -> bool:
    """A currency's code beside an amount ("CAD 533", "1,200 CAD": Canadian dollars, not
    Chad, "Çad" in Turkish capitals)."""
    beside = [written[j] for j in (i - 1, i + 1) if 0 <= j < len(written)]
    return written[i] in _currency_codes() and any(w.isdecimal() for w in beside)


# Country names that are also Turkish words (folded): "mali", financial ("Mali Şube", "Mali
# Suçları Araştırma Kurulu", "mali destek"), "sudan", from water ("sudan sebeplerle", on flimsy
# grounds)
_TURKISH_WORDS = frozenset({"mali", "sudan"})


def _used_as_the_word(split: Words, i: int) -> bool:
    """On a Turkish page, a name that is also a Turkish word (_TURKISH_WORDS) is the word
    unless a suffix follows it after an apostrophe, as Turkish writes a proper name's ("Mali'de",
    "Sudan'a"), or it ends a list's item or a sentence ("Mali, Nijer ve Çad", "... Sudan.")."""
    after = split.gap(i + 1)
    ends = i + 1 == len(split.written) or "\n" in after or re.match(r"[ \t]*[,.;:)]", after) is not None
    return not after.startswith(("'", "’")) and not ends


def _a_streets_abbreviation(split: Words, i: int) -> bool:
    """"Cad." in a Turkish address, "Caddesi" (street) cut short ("Ziyabey Cad. No:6
    Balgat/ANKARA"): Chad's Turkish name "Çad" without its cedilla, before a full stop."""
    return split.written[i].casefold() == "cad" and split.gap(i + 1).startswith(".")


def _written_as_the_word(written: list[str], i: int) -> bool:
    """A Turkish place's name that is also a word (AMBIGUOUS), on a page not in Turkish,
    where the text shows it is the word: in capitals, as a heading prints it ("DÉCISION
    SUR LA RECEVABILITÉ", "CASE OF VAN DER MUSSELE"), or before an article or a name's
    particle."""
    word = written[i]
    if len(word) > 1 and word.isupper():
        return True
    after = fold(written[i + 1]) if i + 1 < len(written) else ""
    return re.split(r"['’]", after)[0] in _NOT_AFTER_A_PLACE


@lru_cache(maxsize=1)
def _gazetteer_languages() -> dict[str, frozenset[str]]:
    """Folded country name -> the gazetteer's languages it is the name in."""
    out: dict[str, set[str]] = {}
    for country in taxonomy.countries().values():
        for lang, names in country.names.items():
            for name in names:
                out.setdefault(fold(name), set()).add(lang)
    return {name: frozenset(langs) for name, langs in out.items()}


def _foreign_word(word: str, place: taxonomy.Place, language: str | None) -> bool:
    """A one-word country name, written in small letters, that is not the country's name
    in the page's language (English, Turkish or French; any name on a page of unknown
    language, `und`): a word of the page ("grenade" and "chili" on an English page,
    French names of Grenada and Chile; Turkish "çad" as the end of "Bal'cad"), where in
    the page's own language it may be a name written carelessly ("northern cyprus"). Unchanged when the page's
    language is not given. On a Turkish page always: Turkish writes every name with a
    capital, and its country names in small letters are words ("mısır", corn, is Mısır,
    Egypt; "cin", a genie, is Çin, China)."""
    if language is None:
        return False
    if language == "tr" or place.is_turkish_place:  # (a Turkish place's name is the Turkish one)
        return True
    return language not in _gazetteer_languages().get(word, frozenset())


def _lower_case(word: str) -> bool:
    """Written in small letters, in a script that has capitals."""
    first = word[:1]
    return first != first.upper()


def _matched(split: Words, first: int, end: int) -> str:
    """The text of words first..end-1 as written, what lies between them included."""
    if end == first + 1:
        return split.written[first]
    start, stop = split.span(first, end)
    return split.text[start:stop]


def _needs_a_sure_name(place: taxonomy.Place, words: list[str], language: str | None) -> bool:
    """A Turkish place whose name is also a common word or name elsewhere (AMBIGUOUS:
    "Van" in "Van Kück v. Germany", "Sur" in "Sur quelle base"), on a page not in Turkish:
    it counts only beside a name that is surely Türkiye's (Turkey, Diyarbakır, Hakkari)."""
    return place.is_turkish_place and len(words) == 1 and words[0] in AMBIGUOUS and language != "tr"


# A postal address's postcode and town before the country's name ("Council of Europe F-67075
# Strasbourg Cedex France", "Palais des Nations, CH-1211 Geneva 10, Switzerland"): where the
# author sits, not what the page's head is about (a GRETA report on Turkey, copied without the
# country's name on its cover, was about France)
# (a postcode: a country's letters and a hyphen before it, or five figures; the town's words
# in capitals: not a year's "2022 yılında Türkiye'de")
_POSTCODE_BEFORE = re.compile(r"(?<![\w-])(?:[A-Z]{1,3}-\d{4,5}|\d{5})\s+(?:[A-ZÀ-ÖØ-ÞĞİŞ][^\W\d]*[\s/,-]+){1,3}"
                              r"(?:\d{1,2}\s*)?,?\s*$")


def find_countries(pages: Sequence[str], title: str = "", words: Sequence[Words] | None = None,
                   languages: Sequence[str] | None = None) -> list[Tagged]:
    """Countries named in `pages` (`words`: the pages already split, if they are;
    `languages`: each page's language, when known)."""
    counts: Counter[str] = Counter()
    evidence: dict[str, list[Evidence]] = {}
    sure: set[str] = set()  # the countries named at least once by a name that is no common word
    subject: str | None = None
    title_words = split_words(title)
    language = main_language(languages)
    for _, place, first, end in _mentions(title_words, offsets=False, language=language):
        if not _needs_a_sure_name(place, title_words.folded[first:end], language):
            sure.add(place.code)
        subject = subject or place.code
        evidence.setdefault(place.code, []).append(Evidence(_matched(title_words, first, end), 1))
        counts[place.code] += MIN_MENTIONS
    for number, page in enumerate(split_pages(pages, words), start=1):
        page_language = languages[number - 1] if languages and number <= len(languages) else language
        for off, place, first, end in _mentions(page, offsets=number == 1, language=page_language):
            if off >= 0 and off < HEADER_CHARS and is_language_switcher(fold(line_at(page.text, off)).strip()):
                continue  # (a site's choice of languages on page 1's head: "English French ... Spain ...")
            if not _needs_a_sure_name(place, page.folded[first:end], page_language):
                sure.add(place.code)
            if subject is None and number == 1 and off < HEADER_CHARS and not _POSTCODE_BEFORE.search(
                    page.text[page.text.rfind("\n", 0, off) + 1:off]):
                subject = place.code
                counts[place.code] += MIN_MENTIONS
            counts[place.code] += 1
            ev = evidence.setdefault(place.code, [])
            if len(ev) < 3:
                ev.append(Evidence(_matched(page, first, end), number))
    ranked = [code for code, n in counts.most_common() if n >= MIN_MENTIONS and code in sure]
    if subject and subject in ranked:
        ranked.remove(subject)
        ranked.insert(0, subject)
    total = sum(counts.values()) or 1
    return [Tagged(code, evidence.get(code, []), score=round(counts[code] / total, 3),
                   rule="subject" if code == subject else "mentions") for code in ranked]


# A treaty body's symbol names the State party by its ISO alpha-3 code: CAT/C/TUR/CO/4,
# CRC/C/OPAC/TUR/CO/1, E/C.12/TUR/CO/1, CAT/OP/TUR/1; so do the documents of a UPR review,
# the State under review: A/HRC/WG.6/35/TUR/1 (national report), /2 (compilation), /3.
_TREATY_SYMBOL = re.compile(r"^(?:CAT|CCPR|CEDAW|CRC|CERD|CRPD|CMW|CED|E/C\.12|A/HRC/WG\.6/\d+)/")
# "State party: Turkey" on the cover of a treaty body's views or decision
# (and the State a UPR review's media summary names: "Country under review: TURKEY")
_STATE_PARTY = re.compile(r"^\s*(?:State party|État partie|Etat partie|Taraf Devlet|Estado parte|Государство-участник"
                          r"|(?:Country|State) under review|État examiné|Pays examiné)\s*:\s*(.+)$",
                          re.IGNORECASE | re.MULTILINE)
_OPINION_CONCERNING = re.compile(r"\bOpinion No\.?\s*\d+/\d{4} concerning\b", re.IGNORECASE)
_TRANSMITTED_TO = re.compile(r"\btransmitted to the Government of\s+", re.IGNORECASE)
# (or "in the Kavala v. Türkiye case", as the Committee of Ministers' news names the case it
# supervises)
_CASE_OF = re.compile(r"\b(?:in the case of|dans l['’]affaire|in the(?=\s+[^()\n]{2,80}?\s+v\.\s+[^()\n]{2,40}?\s+case\b))"
                      r"\s+[^()\n]{2,120}?\s+(?:v|c)\.\s+", re.IGNORECASE)
_UNDER_REVIEW = re.compile(r"\b(?:the review of|the working group adopted the report on)\s+(?:the\s+)?", re.IGNORECASE)
_VISIT = re.compile(r"\b(?:visits?|missions?|visite|ziyareti?)\s+(?:to|in|en|au|à|aux|in)\s+(?:the\s+)?", re.IGNORECASE)
MAX_TITLE_SUBJECTS = 3
# what follows a State's name when the State is an author, not the subject: its ministry,
# department or embassy (folded words)
_AUTHORITY = re.compile(r"(?:disisleri|adalet|icisleri)\s+bakanlig|bakanlig|buyukelciligi|(?:state )?department\b"
                        r"|ministry\b|ministere\b|embassy\b|ambassade\b|home office\b|foreign office\b"
                        r"|foreign and commonwealth\b")
# A treaty body's summary record is about the State(s) whose report the meeting considered,
# named in its contents ("Ninth periodic report of Türkiye (continued)").
_SUMMARY_RECORD = re.compile(r"^\s*(?:summary record|compte rendu analytique|acta resumida)\b", re.IGNORECASE)
_REPORT_OF = re.compile(r"\b(?:initial|periodic|combined|consolidated)\s+reports?\s+(?:of|submitted by|de la|de l['’]|du|des|de)"
                        r"\s+(?:the\s+)?"
                        # (and in French's order: "Rapport initial de la Turquie", "Septième rapport
                        # périodique de la Turquie")
                        r"|\brapports?\s+(?:initial|p[ée]riodiques?)\b[^\n(;]{0,60}?\s(?:de la|de l['’]|du|des|de)\s+"
                        # (and in Spanish, the State named as the UN's Spanish names it: "Informe
                        # inicial de Turquía (continuación)", "Informes periódicos ... de Turquía")
                        r"|\binformes?\s+(?:inicial|peri[oó]dicos?)\b[^\n(;]{0,60}?\bde\s+(?:la\s+|los\s+|las\s+|el\s+)?",
                        re.IGNORECASE)
# the State's name after it, up to its bracket or the line's end ("Turquía (continuación)")
_NAME_AFTER = re.compile(r"[^\n(;,]{2,60}?(?=\s*(?:\(|;|,|\n|$))")
RECORD_CHARS = 1500
DOMINANT_SHARE = 0.5
DOMINANT_MIN = 3
# The adjective of Türkiye, the archive's country, in the languages of its material (folded):
# a headline that names the country only by it ("Turkish court sentences six journalists",
# "Turkse verkiezingen niet eerlijk", "νέα τουρκική Navtex") is about Türkiye when the text
# names no other country more often. (Gazetteers, CLDR's among them, hold no demonyms.)
_TURKISH = re.compile(r"(?<!\w)(?:turkish|turcs?|turques?|turkisch\w*|turkse?|turc[oa]s?|turchi|turche|turkisk\w*"
                      r"|tyrkisk\w*|tureck\w*|турецк\w*|турецьк\w*|турск\w*|τουρκικ\w*|τουρκ(?:ος|οι|ων|ους)"
                      r"|الترك(?:ي|ية)|թուրքական)(?!\w)")


def _named_most(mentioned: Sequence[Tagged]) -> bool:
    """Whether the first of the countries `mentioned` is named more often than any other (named
    as often as another, it is not: a tie makes no subject)."""
    return bool(mentioned) and (len(mentioned) == 1 or mentioned[0].score > mentioned[1].score)


def main_language(languages: Sequence[str] | None) -> str | None:
    """The language most pages are in (None when none is known)."""
    known = Counter(lang for lang in languages or () if lang and lang != "und")
    return known.most_common(1)[0][0] if known else None


# The UN's official languages besides the gazetteer's, whose covers name States in them.
UN_LANGUAGES = ("es", "ru", "ar", "zh")


def named_in_un_language(text: str) -> str | None:
    """The State `text` is the name of in another of the UN's official languages ("Suecia",
    "TURQUÍA", "Турция", "تركيا"), as their covers print it; a city's name is none (a
    dateline's "ISTANBUL" under a headline)."""
    key = words_of(fold(text.strip(" .*∗")))
    return next((place.code for language in UN_LANGUAGES
                 if (place := country_names(language).get(key)) and not place.is_turkish_place), None) if key else None


def _in_a_heading(text: str, pos: int) -> bool:
    """Whether `pos` is on a short line that no paragraph wraps into (a cover's "on the visit
    to Turkey carried out by"), not in running text."""
    start = text.rfind("\n", 0, pos) + 1
    return len(line_at(text, pos)) <= HEADING_CHARS and not (start and runs_into_next(line_at(text, start - 1).strip()))


def find_subject_countries(pages: Sequence[str], title: str, own: Sequence[Tagged], mentioned: Sequence[Tagged],
                           respondents: Sequence[str] = (), mechanism: str | None = None,
                           body: str | None = None, language: str | None = None) -> list[Tagged]:
    """The country or countries a document is about, with the rule that decided:
    `respondent` (an ECtHR case), `symbol` (a treaty body's State party), `state-party`
    (the "State party:" line of views or a decision on a communication), `visit` (the
    state a mission or visit went to), `title` (countries its title names, at most
    three), `report-considered` (a summary record: the States whose reports the meeting
    considered), `national` (a national institution's document is about its state, unless
    its title names another), `mentions` (one country making up most of the countries
    named)."""
    from .ecthr import match_state

    if respondents:
        return [Tagged(code, [], rule="respondent") for code in respondents]
    for tag in own:
        scheme, value = tag.value
        if scheme == "un-symbol" and _TREATY_SYMBOL.match(value):
            for part in value.split("/")[1:]:
                code = taxonomy.alpha2_of(part) if len(part) == 3 and part.isalpha() else None
                if code:
                    return [Tagged(code, tag.evidence, rule="symbol")]
        if scheme == "un-communication":  # "AL TUR 10/2020": the State(s) written to
            codes = [c for part in value.split()[1:-1] if (c := taxonomy.alpha2_of(part))]
            if codes:
                return [Tagged(code, tag.evidence, rule="symbol") for code in codes]
    head = title + "\n" + (pages[0][:HEADER_CHARS] if pages else "")
    party = _STATE_PARTY.search(head)  # a treaty body's views or decision on a communication
    if party:
        found = match_state(party.group(1))
        code = found[0] if found else named_in_un_language(party.group(1))  # ("Estado parte: Suecia")
        if code:
            return [Tagged(code, [Evidence(party.group(0).strip(), 1)], rule="state-party")]
    # a Working Group's opinion on a person's detention: the State it wrote to ("... the Working
    # Group transmitted to the Government of Turkey a communication concerning ..."), where the
    # title lost it ("Opinion No. 1/2017 concerning A. B." on a document site's copy)
    if _OPINION_CONCERNING.search(title) and pages and (sent := _TRANSMITTED_TO.search(pages[0][:HEADER_CHARS * 2])):
        found = match_state(pages[0][sent.end():])
        if found:
            return [Tagged(found[0], [Evidence(sent.group() + pages[0][sent.end():sent.end() + found[1]], 1)],
                           rule="state-party")]
    # the Court's press release on a case, and the Committee of Ministers' on one it supervises
    case = _CASE_OF.search(head) if body in ("ECtHR", "Committee of Ministers") else None
    if case:
        found = match_state(head[case.end():])
        if found:
            return [Tagged(found[0], [Evidence(case.group() + head[case.end():case.end() + found[1]], 1)],
                           rule="respondent")]
    visited: list[Tagged] = []
    for m in _VISIT.finditer(head):
        if m.start() > len(title) and not _in_a_heading(head, m.start()):
            continue  # a visit told of in running text ("... After the minister's" / "visit to Germany in March, ...")
        found = match_state(head[m.end():])
        if found and m.start() <= len(title):
            return [Tagged(found[0], [Evidence(head[m.start():m.end() + found[1]], 1)], rule="visit")]
        if found and found[0] not in {t.value for t in visited}:
            visited.append(Tagged(found[0], [Evidence(head[m.start():m.end() + found[1]], 1)], rule="visit"))
    if visited:
        # (every State a heading names a visit to: a quarterly activity report's "Visit to
        # Türkiye", "Visit to Greece", "Visit to Poland" is about the three, not the first)
        return visited
    in_title: list[Tagged] = []
    authors: set[str] = set()
    title_words = split_words(title)
    for _, place, first, end in _mentions(title_words, offsets=False, language=language):
        # ("ABD Dışişleri Bakanlığı'nın ... Türkiye İnsan Hakları ... Raporu": the State whose
        # ministry wrote a report on another is its author)
        if _AUTHORITY.match(" ".join(title_words.folded[end:end + 2])):
            authors.add(place.code)
        if place.code not in (t.value for t in in_title):
            in_title.append(Tagged(place.code, [Evidence(_matched(title_words, first, end), 1)], rule="title"))
    if authors and any(t.value not in authors for t in in_title):
        in_title = [t for t in in_title if t.value not in authors]
    if 0 < len(in_title) <= MAX_TITLE_SUBJECTS:
        return in_title
    # the State a UPR Working Group's report reviewed, its first paragraph's words, where the
    # title does not name it (a site's copy titled "Report of the Working Group on the Universal
    # Periodic Review (A/HRC/43/8)": "The review of Fiji was held at the 5th meeting ... the
    # Working Group adopted the report on Fiji")
    if not in_title and body == "UPR" and (review := _UNDER_REVIEW.search(head)) \
            and (found := match_state(head[review.end():])):
        return [Tagged(found[0], [Evidence(review.group() + head[review.end():review.end() + found[1]], 1)],
                       rule="under-review")]
    if _SUMMARY_RECORD.match(title) and pages:  # the States whose reports the meeting considered
        considered: list[Tagged] = []
        for m in _REPORT_OF.finditer(pages[0][:RECORD_CHARS]):
            after = pages[0][m.end():]
            found = match_state(after)
            # (or the State's name in another of the UN's languages, as "Estado parte: Suecia" is read)
            if found is None and (name := _NAME_AFTER.match(after)) and (code := named_in_un_language(name.group())):
                found = (code, name.end())
            if found and found[0] not in (t.value for t in considered):
                considered.append(Tagged(found[0], [Evidence(m.group() + after[:found[1]], 1)], rule="report-considered"))
        if 0 < len(considered) <= MAX_TITLE_SUBJECTS:
            return considered
    state = taxonomy.load().mechanisms[mechanism].country if mechanism in taxonomy.load().mechanisms else None
    if state:
        return [Tagged(state, [], rule="national")]
    demonym = _TURKISH.search(fold(title))
    if demonym and _named_most(mentioned) and mentioned[0].value == "TR":
        return [Tagged("TR", [Evidence(demonym.group(), 1)], rule="title-demonym")]
    # (evidence holds up to three mentions: three pieces of it mean three mentions at least)
    if _named_most(mentioned) and mentioned[0].score >= DOMINANT_SHARE and len(mentioned[0].evidence) >= DOMINANT_MIN:
        return [Tagged(mentioned[0].value, mentioned[0].evidence, rule="mentions")]
    if mentioned and mentioned[0].value == "TR" and mentioned[0].score >= 1.0:
        # (Türkiye, the archive's country, the only country a text names, however few times
        # (its share of the mentions whole): a Turkish news item naming only "İstanbul" twice, a
        # Venice Commission opinion naming Turkey once besides its title; another country
        # named alone once or twice is where an author wrote or a meeting sat as often as what
        # a text is about)
        return [Tagged("TR", mentioned[0].evidence, rule="only-country")]
    return []
