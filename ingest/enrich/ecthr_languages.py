"""The heading of a judgment or decision of the European Court of Human Rights translated
into a language other than English, French and Turkish (HUDOC holds translations into
some thirty languages, most by the respondent State's ministry of justice), read into
the same Case as the English, French (ingest.enrich.ecthr) and Turkish (ecthr_tr) texts.

A translation keeps the original's heading, word for word in its language:

- a judgment: the Court, the section, the case ("CAUSA ROSSI c. ITALIA", "ДЕЛО «ИВАНОВ
  ПРОТИВ РОССИИ»", "SPRAWA KOWALSKI przeciwko POLSCE"), the application ("(Ricorso n.
  12345/06)"), the word for judgment ("SENTENZA"), the place and date of delivery
  ("STRASBURGO 10 gennaio 2008");
- a decision: the word for decision ("DECISIONE"), the application ("Ricorso n.
  31031/16"), the parties ("M.K. contro l'Italia"), then the sitting ("riunita il 16
  gennaio 2018 in un comitato").

What is read: judgment or decision, the formation, the applicants and the respondent
State (its name in the language, declined as the heading declines it: "POLSCE",
"РОССИИ", "ROMÂNIEI", from CLDR through Babel), the application numbers and the date
of delivery (month names from CLDR). The operative part is not read in these languages:
such a text has no conclusions.

The title is the case's English name, as HUDOC titles every language version of a case
("CASE OF ROSSI v. ITALY", "M.K. v. ITALY") when the applicants' names are in Latin
letters; in another script (Cyrillic, Greek) the Court's English spelling of a name
cannot be known from the text, and the title is the translation's own case name as
written ("ДЕЛО «ИВАНОВ ПРОТИВ РОССИИ»").

Languages whose headings put the State before the word for "against" (Hungarian,
Azerbaijani, Armenian, Georgian) are not read.
"""
from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass
from functools import lru_cache

from archive.search.analysis import fold

from .countries import MAX_ENDING, MIN_STEM, country_names
from .dates import cldr_months

HEAD_CHARS = 3000
_APPLICATION = r"\d{1,6}/\d{2}\b"  # an application number
# a case's number after the parties, in the quotation marks or after them: "(N. 2)", "(№ 2)", "(nr 2)"
_CASE_NUMBER = re.compile(r"[\s»\"”]*\(\s*(?:[^\W\d]{1,4}\.?|№)?\s*(\d{1,2})\s*\)")
COURT_CHARS = 6000  # the Court is named in the heading (after a translator's note)


@dataclass(frozen=True)
class Language:
    code: str  # ISO 639-1, the language of the text
    locales: tuple[str, ...]  # CLDR locales for the names of States and months
    court: tuple[str, ...]  # the Court's name
    case: tuple[str, ...]  # the word before a judgment's case name ("CAUSA")
    judgment: tuple[str, ...]  # the heading's word for a judgment
    decision: tuple[str, ...]  # ... and for a decision
    and_: tuple[str, ...]  # "and" between applicants
    others: tuple[str, ...]  # "Others" of "X and Others"


# The Court's own words in each language, as its translations print them (capitals are
# matched without case and accents: the table is folded when it is read).
LANGUAGES = (
    Language("it", ("it",), ("corte europea dei diritti dell'uomo",), ("causa",), ("sentenza",), ("decisione",),
             ("e", "ed"), ("altri",)),
    Language("es", ("es",), ("tribunal europeo de derechos humanos",), ("caso", "asunto"), ("sentencia",),
             ("decision",), ("y", "e"), ("otros",)),
    Language("pt", ("pt",), ("tribunal europeu dos direitos humanos", "tribunal europeu dos direitos do homem"),
             ("caso", "processo"), ("acordao",), ("decisao",), ("e",), ("outros",)),
    Language("de", ("de",), ("europaischer gerichtshof fur menschenrechte",), ("rechtssache", "sache"), ("urteil",),
             ("entscheidung",), ("und",), ("andere",)),
    Language("nl", ("nl",), ("europees hof voor de rechten van de mens",), ("zaak",), ("arrest", "uitspraak"),
             ("beslissing",), ("en",), ("anderen",)),
    Language("ru", ("ru",), ("европеискии суд по правам человека",), ("дело",), ("постановление",),
             ("решение",), ("и",), ("другие", "других")),
    Language("uk", ("uk",), ("європеиськии суд з прав людини",), ("справа",), ("рішення",), ("ухвала",),
             ("та", "і", "й"), ("інші", "інших")),
    Language("bg", ("bg",), ("европеиски съд по правата на човека",), ("дело", "делото"), ("решение",),
             ("решение по допустимостта", "определение"), ("и",), ("други",)),
    Language("pl", ("pl",), ("europejski trybunał praw człowieka",), ("sprawa",), ("wyrok",), ("decyzja",),
             ("i", "oraz"), ("inni",)),
    Language("ro", ("ro",), ("curtea europeana a drepturilor omului",), ("cauza",), ("hotarare", "hotararea"),
             ("decizie", "decizia"), ("si",), ("altii",)),
    Language("el", ("el",), ("ευρωπαικο δικαστηριο δικαιωματων του ανθρωπου",
                             "ευρωπαικο δικαστηριο ανθρωπινων δικαιωματων"),
             ("υποθεση",), ("αποφαση",), ("αποφαση επι του παραδεκτου", "αποφαση για το παραδεκτο"),
             ("και",), ("λοιποι", "λοιπων")),
    Language("hr", ("hr",), ("europski sud za ljudska prava",), ("predmet",), ("presuda",), ("odluka",), ("i",),
             ("drugi", "ostali")),
    Language("sr", ("sr_Latn", "sr", "bs"), ("evropski sud za ljudska prava", "европски суд за људска права"),
             ("predmet", "предмет"), ("presuda", "пресуда"), ("odluka", "одлука"), ("i", "и"),
             ("drugi", "ostali", "други", "остали")),
    Language("mk", ("mk",), ("европски суд за човекови права",), ("предмет",), ("пресуда",), ("одлука",),
             ("и",), ("други",)),
    Language("sl", ("sl",), ("evropsko sodisce za clovekove pravice",), ("zadeva",), ("sodba",),
             ("odlocba", "sklep"), ("in",), ("drugi",)),
    Language("cs", ("cs",), ("evropsky soud pro lidska prava",), ("vec",), ("rozsudek",), ("rozhodnuti",), ("a",),
             ("dalsi", "ostatni")),
    Language("sk", ("sk",), ("europsky sud pre ludske prava",), ("vec",), ("rozsudok",), ("rozhodnutie",), ("a",),
             ("dalsi", "ostatni")),
    Language("lt", ("lt",), ("europos zmogaus teisiu teismas",), ("byla",), ("sprendimas",),
             ("sprendimas del priimtinumo",), ("ir",), ("kiti",)),
    Language("lv", ("lv",), ("eiropas cilvektiesibu tiesa",), ("lieta",), ("spriedums",), ("lemums",), ("un",),
             ("citi",)),
    Language("et", ("et",), ("euroopa inimoiguste kohus",), ("kohtuasi", "asi"), ("kohtuotsus", "otsus"),
             ("otsus vastuvoetavuse kohta",), ("ja",), ("teised",)),
    Language("sq", ("sq",), ("gjykata evropiane e te drejtave te njeriut",), ("ceshtja",), ("vendim",),
             ("vendim mbi pranueshmerine",), ("dhe",), ("te tjere",)),
    Language("fi", ("fi",), ("euroopan ihmisoikeustuomioistuin",), ("asia",), ("tuomio",), ("paatos",), ("ja",),
             ("muut",)),
    Language("sv", ("sv",), ("europadomstolen", "europeiska domstolen for de manskliga rattigheterna"),
             ("malet",), ("dom",), ("beslut",), ("och",), ("andra",)),
    Language("da", ("da",), ("den europæiske menneskerettighedsdomstol",), ("sagen",), ("dom",), ("afgorelse",),
             ("og",), ("andre",)),
    Language("no", ("nb",), ("den europeiske menneskerettsdomstol",), ("saken",), ("dom",), ("avgjorelse",),
             ("og",), ("andre",)),
)

# The words between the applicants and the respondent State ("c.", "contro", "./.",
# "против", "przeciwko", "împotriva", "κατά", "kundër", "prieš", "mot"), folded
_VERSUS = (r"v\.|vs\.|c\.|t\.|\./\.|contro|contra|gegen|tegen|против|проти|срещу|κατα|protiv|proti|przeciwko|"
           r"impotriva|kunder|pries|pret|mot|mod|gegn|versus")
_VERSUS_WORD = re.compile(rf"\s+(?:{_VERSUS})\s+")
# The formations, in the words of all these languages, folded
_GRAND_CHAMBER = re.compile(
    r"\b(?:grande camera|grosse kammer|gran sala|tribunal pleno|grande seccao|grote kamer|большая палата|"
    r"велика палата|wielka izba|marea camera|τμημα μειζονος συνθεσης|veliko vijece|veliko vece|велико веће|"
    r"голямо отделение|големиот совет|veliki senat|velky senat|velka komora|didzioji kolegija|liela palata|"
    r"suurkoda|dhoma e madhe|suuri jaosto|stora avdelningen|store kammer|storkammer)\b")
_COMMITTEE = re.compile(r"\b(?:comitato|ausschuss|comite|commissie|комитет\w*|комітет\w*|komitet\w*|comitet\w*|"
                        r"επιτροπη|odbor\w*|одбор\w*|vybor\w*|komisija|komiteja|komisjon|komitee|kommitte\w*|"
                        r"valiokunta|komite|комисија)\b")
_SECTION = re.compile(r"\b(?:sezione|sektion|seccion|seccao|secao|afdeling|секция|секція|sekcja|sectia|τμημα|odjel|"
                      r"отделение|оддел|odjeljenje|odeljenje|одељење|oddelek|sekce|sekcia|skyrius|nodala|osakond|"
                      r"seksioni|jaosto|avdelningen|sektion|afdelingen|avdeling)\b")


# the formation after the Court's name, one or two words before a section's, the Grand
# Chamber's or a committee's ("ПЕРВАЯ СЕКЦИЯ", "БЫВШАЯ ПЕРВАЯ СЕКЦИЯ"), folded
_FORMATION_FIRST = re.compile(rf"\s*(?:[^\W\d_]+\s+){{0,2}}?(?:{_SECTION.pattern}|{_GRAND_CHAMBER.pattern}|{_COMMITTEE.pattern})")


def _fold_keeping(text: str) -> str:
    """fold() letter by letter, the length kept (a letter fold() widens, "ß", is only
    lowered), so that offsets in the result are offsets in `text`."""
    return "".join(map(_fold_letter, text))


@lru_cache(maxsize=4096)
def _fold_letter(ch: str) -> str:
    f = fold(ch)
    return f if len(f) == 1 else ch.lower()


def _words(phrases: tuple[str, ...]) -> str:
    """A regular expression's alternatives for the phrases, folded as the text is."""
    return "|".join(re.escape(_fold_keeping(p)) for p in sorted(phrases, key=len, reverse=True))


@lru_cache(maxsize=1)
def _court() -> tuple[re.Pattern[str], dict[str, Language]]:
    """The Court's names in all the languages, and the language of each (folded)."""
    names = {_fold_keeping(name): lang for lang in LANGUAGES for name in lang.court}
    return re.compile(_words(tuple(names))), names


def _court_at(folded: str) -> re.Match[str] | None:
    return _court()[0].search(folded[:COURT_CHARS])


# ----------------------------------------------------------------------------- the State

_LEAD = re.compile(r"(?:l'|l’|la |il |lo |el |a |o |der |die |das |den |dem |της |του |τη |την )", re.IGNORECASE)


@lru_cache(maxsize=32)
def _state_names(locale: str) -> tuple[tuple[tuple[str, ...], str], ...]:
    """(folded words of a State's name, alpha-2) in `locale` (CLDR and the gazetteer),
    countries only."""
    return tuple((words, place.code) for words, place in country_names(locale).items() if not place.is_turkish_place)


def _declined(word: str, name: str) -> bool:
    """`word` is `name`, declined: the same but for its last two letters and an ending of
    up to MAX_ENDING letters (looser than countries' declension, which keeps all but the
    last letter: here a State must follow the word for "against") ("polsce" for "polska", "россии" for "россия", "republice" for
    "republika"); a short name must be exact."""
    if len(name) <= MIN_STEM:
        return False
    stem = name[:max(MIN_STEM, len(name) - 2)]
    return word.startswith(stem) and len(word) - len(stem) <= MAX_ENDING


def _state_at(text: str, locales: tuple[str, ...]) -> tuple[str, int] | None:
    """(alpha-2, characters) of the State named at the start of folded `text`, as
    the language names it, declined or not, or None."""
    lead = _LEAD.match(text)
    skip = lead.end() if lead else 0
    tokens = list(re.finditer(r"[^\W\d_]+", text[skip:skip + 120]))[:6]
    words = [t.group() for t in tokens]
    best: tuple[int, int, int, str] | None = None  # (exact words, common letters, words, code)
    for locale in locales:
        for name, code in _state_names(locale):
            n = len(name)
            if n > len(words):
                continue
            exact = sum(w == k for w, k in zip(words, name))
            if exact < n and not all(w == k or _declined(w, k) for w, k in zip(words, name)):
                continue
            common = sum(len(os.path.commonprefix([w, k])) for w, k in zip(words, name))
            score = (exact, common, n, code)
            if best is None or score[:3] > best[:3]:
                best = score
    if best is None:
        return None
    return best[3], skip + tokens[best[2] - 1].end()


# ----------------------------------------------------------------------------- heading

@dataclass(frozen=True)
class Heading:
    kind: str  # judgment | decision
    lang: Language
    names: str  # the applicants as written
    respondents: list[str]
    own_name: str  # the case's name as the translation writes it
    start: int  # where the heading begins in the text (the Court's name)
    end: int  # where the parties end
    number: str | None = None  # the case's number ("(N. 2)", "(№ 2)", "(nr 2)")
    original: str | None = None  # the original's name in brackets under it ("AFFAIRE GÖRMÜŞ ET AUTRES c. TURQUIE")

    @property
    def language(self) -> str:
        return self.lang.code

    @property
    def latin(self) -> bool:
        """The names are in Latin letters."""
        letters = [ch for ch in self.names if ch.isalpha()]
        return bool(letters) and all(ord(ch) < 0x0250 or 0x1E00 <= ord(ch) <= 0x1EFF for ch in letters)


def latin_spelling(head: Heading) -> str | None:
    """An applicant's name in another script followed by its Latin spelling in brackets, as
    a legal database prints it ("Динк (Dink)"): the Latin spelling, the Court's own."""
    # (a database's marks for Latin words and footnotes dropped: "(AKSOY ({EROGLU} <**>))")
    names = re.sub(r"\s*<\*+>|[{}]", "", head.names).strip()
    if not names.endswith(")"):
        return None
    depth, start = 0, None
    for i in range(len(names) - 1, -1, -1):  # the last bracket, with any it holds ("(AKSOY (EROGLU))")
        depth += {")": 1, "(": -1}.get(names[i], 0)
        if depth == 0:
            start = i
            break
    spelling = names[start + 1:-1].strip() if start else ""
    # (letters only: not an OCR's "DULA$"; Latin ones)
    if not re.fullmatch(r"[^\W\d_](?:[^\W\d_]|[' .()-])*", spelling):
        return None
    return spelling if all(ord(ch) < 0x0250 for ch in spelling if ch.isalpha()) else None


def heading(flat: str) -> Heading | None:
    """The heading of a translation of a judgment or decision, or None."""
    folded = _fold_keeping(flat[:COURT_CHARS])
    court = _court_at(folded)  # the language whose name of the Court the opening prints
    if court is None:
        return None
    lang, start = _court()[1][court.group()], court.start()
    top, ftop = flat[:start + HEAD_CHARS], folded[:start + HEAD_CHARS]
    # a judgment: CASE WORD + names + versus + State, then the application ("(Ricorso n.")
    case_word = re.compile(rf"(?<!\w)(?:{_words(lang.case)})\s+[«\"“„]?\s*")
    for m in case_word.finditer(ftop, start):
        word = top[m.start():m.end()]
        # (or the word capitalised before the case's name in quotation marks, as a legal database
        # prints the heading: "Дело \"Динк (Dink)" / "против Турции\"")
        quoted = word[:1].isupper() and word.rstrip()[-1:] in "«\"“„"
        if not word.rstrip(" «\"“„").isupper() and not quoted:
            continue  # a heading's capitals, not the word in a sentence
        parties = _parties(top, ftop, m.end(), lang)
        if parties is None:
            continue
        number = _CASE_NUMBER.match(ftop, parties[2])
        after = number.end() if number else parties[2]
        # (the original's name in brackets may stand between: "СПРАВА «ГЬОРМЮС ТА ІНШІ ПРОТИ
        # ТУРЕЧЧИНИ»" / "(AFFAIRE GÖRMÜŞ ET AUTRES c. TURQUIE)" / "(Заява № 49085/07)")
        if re.match(rf"[\s»\"”]*(?:\([^()\d]{{2,100}}\)\s*)?(?:\([^)]{{0,60}}?)?{_APPLICATION}", ftop[after:after + 200]):
            kind = "decision" if _decision_first(top, ftop, lang, parties[2]) else "judgment"
            names, codes, end = parties
            original = _ORIGINAL.match(top, after)
            return Heading(kind, lang, names, codes, _own_name(top, m.start(), after), start, end,
                           number.group(1) if number else None,
                           re.sub(r"\s+", " ", original.group(1)) if original else None)
    # ... or, as older translations print it, the case's name in capitals without the case
    # word, after the Court's name and the formation, then the application and the word for
    # judgment ("ЕВРОПЕЙСКИЙ СУД ПО ПРАВАМ ЧЕЛОВЕКА ПЕРВАЯ СЕКЦИЯ ДУЛЯШ (DULA$) ПРОТИВ ТУРЦИИ
    # ЖАЛОБА № 25801/94 ПОСТАНОВЛЕНИЕ")
    versus = _VERSUS_WORD.search(ftop, court.end(), court.end() + 200)
    before = top[court.end():versus.start()] if versus else ""
    if versus and before.isupper() and not re.search(r"\d", before):
        formation = _FORMATION_FIRST.match(ftop, court.end())
        pos = formation.end() if formation else court.end()
        pos += len(top[pos:versus.start()]) - len(top[pos:versus.start()].lstrip())
        parties = _parties(top, ftop, pos, lang)
        rest = ftop[parties[2]:parties[2] + 300] if parties else ""
        application = re.match(rf"\s*(?:\([^()\d]{{2,100}}\)\s*)?[^\n\d]{{0,20}}{_APPLICATION}", rest)
        judgment = re.search(rf"(?<!\w)(?:{_words(lang.judgment)})(?!\w)", rest)
        if parties and application and judgment \
                and top[parties[2] + judgment.start():parties[2] + judgment.end()].isupper() \
                and not _decision_first(top, ftop, lang, parties[2]):
            names, codes, end = parties
            return Heading("judgment", lang, names, codes, _own_name(top, pos, end), start, end)
    # a decision: DECISION WORD ... application(s) + names + versus + State
    decision = re.compile(rf"(?<!\w)(?:{_words(lang.decision)})(?!\w)")
    for m in decision.finditer(ftop, start):
        if not top[m.start():m.end()].isupper():
            continue
        apps = list(re.finditer(_APPLICATION, ftop[m.end():m.end() + 400]))
        if not apps:
            continue
        after = m.end() + apps[-1].end()
        parties = _parties(top, ftop, after, lang)
        if parties:
            names, codes, end = parties
            return Heading("decision", lang, names, codes, _own_name(top, after, end), start, end)
        break
    return None


# the original's case name in brackets under a translation's heading, in the Court's English
# or French ("(AFFAIRE GÖRMÜŞ ET AUTRES c. TURQUIE)", "(CASE OF X v. TURKEY)")
_ORIGINAL = re.compile(r"[\s»\"”]*\(((?:CASE OF|AFFAIRE)\s+[^()\d]{2,100}?\s+(?:v\.|c\.)\s+[^()\d]{2,60}?)\)")


def _own_name(top: str, start: int, end: int) -> str:
    """The case's name as the heading writes it, its closing quotation mark kept
    ("ДЕЛО «ИВАНОВ ПРОТИВ РОССИИ»")."""
    own = re.sub(r"\s+", " ", top[start:end]).strip(" ,.;:")
    close = re.match(r"\s*([»”\"])", top[end:end + 3])
    return own + close.group(1) if close and re.search("[«“\"]", own) else own


def _parties(top: str, ftop: str, pos: int, lang: Language) -> tuple[str, list[str], int] | None:
    """(applicants as written, respondents, end) of "NAMES versus STATE" at `pos`."""
    found = _VERSUS_WORD.search(ftop, pos, pos + 300)
    if not found:
        return None
    names = re.sub(r"\s+", " ", top[pos:found.start()]).strip(" ,;:«»\"“”„")
    if not names or re.search(r"\d{1,6}/\d{2}", names):
        return None
    state = _state_at(ftop[found.end():], lang.locales)
    if state is None:
        return None
    codes, end = [state[0]], found.end() + state[1]
    # "X против Кипра и Турции": a second State
    more = re.match(rf"\s+(?:{_words(lang.and_)})\s+", ftop[end:end + 20])
    if more:
        second = _state_at(ftop[end + more.end():], lang.locales)
        if second:
            codes.append(second[0])
            end += more.end() + second[1]
    return names, codes, end


def _decision_first(top: str, ftop: str, lang: Language, after: int) -> bool:
    """A decision headed as a case ("CAUSA X c. ITALIA (Ricorso n. ...) DECISIONE", as
    the Grand Chamber's are): the word for decision comes before the word for judgment
    after the case's name. Where both are one word (Greek, Bulgarian, Lithuanian), a
    decision is only told by its longer form."""
    zone = ftop[after:after + 300]
    decision = [m for m in re.finditer(rf"(?<!\w)(?:{_words(lang.decision)})(?!\w)", zone)
                if top[after + m.start():after + m.end()].isupper()]
    judgment = [m for m in re.finditer(rf"(?<!\w)(?:{_words(lang.judgment)})(?!\w)", zone)
                if top[after + m.start():after + m.end()].isupper()]
    if not decision:
        return False
    return not judgment or decision[0].start() < judgment[0].start() or decision[0].end() > judgment[0].end()


def applicants(head: Heading) -> str:
    """The applicants as the Court's English titles name them ("ROSSI e altri" is ROSSI
    AND OTHERS; "Mario ROSSI" is ROSSI), for names in Latin letters."""
    from .ecthr import surnames

    lang, names = head.lang, head.names
    others = re.search(rf"\s+(?:{_words(lang.and_)})\s+(?:{_words(lang.others)})\b", _fold_keeping(names))
    if others:
        names = names[:others.start()] + " and Others"
    for m in reversed(list(re.finditer(rf"\s(?:{_words(lang.and_)})\s", _fold_keeping(names)))):
        names = names[:m.start()] + " and " + names[m.end():]
    return surnames(names, french=False)


# ----------------------------------------------------------------------------- details

def application_numbers_of(flat: str, head: Heading) -> list[str]:
    """The application numbers of the heading: before a decision's parties, after a
    judgment's ("(Ricorso n. 12345/15)"); not those a translator's note before the
    heading or the text after it cites."""
    from archive.identifiers import application_numbers

    return application_numbers(flat[head.start:head.end + 200])


def delivery_date(flat: str, head: Heading) -> dt.date | None:
    """The first date after the parties: a judgment's "STRASBURGO 10 gennaio 2008", a
    decision's sitting ("riunita il 16 gennaio 2018"). (Latvian writes the month in a
    case CLDR does not give, "10. janvārī": not read.)"""
    months = cldr_months(head.lang.locales)
    month = "|".join(re.escape(m) for m in sorted(months, key=len, reverse=True))
    zone = fold(flat[head.end:head.end + 1500])
    patterns = (
        (re.compile(rf"\b(\d{{1,2}})\.?\s+(?:de\s+)?({month})\s+(?:de\s+|del\s+)?((?:19|20)\d\d)\b"), (3, 2, 1)),
        (re.compile(rf"\b((?:19|20)\d\d)\.?\s+(?:m\.\s+)?({month})\s+(\d{{1,2}})\b"), (1, 2, 3)),  # lt
    )
    found = []
    for rx, (y, mo, d) in patterns:
        for m in rx.finditer(zone):
            try:
                found.append((m.start(), dt.date(int(m.group(y)), months[m.group(mo)], int(m.group(d)))))
            except (ValueError, KeyError):
                continue
    return min(found)[1] if found else None


def formation(flat: str, head: Heading) -> str | None:
    """Grand Chamber when the heading names it; Committee when the sitting is one ("in
    un comitato"); else Chamber when the heading names a section."""
    before = fold(flat[:head.end])
    after = fold(flat[head.end:head.end + 1200])
    if _GRAND_CHAMBER.search(before[-800:]) or _GRAND_CHAMBER.search(after[:400]):
        return "Grand Chamber"
    if _COMMITTEE.search(after):
        return "Committee"
    if _SECTION.search(before[-800:]) or _SECTION.search(after):
        return "Chamber"
    return None
