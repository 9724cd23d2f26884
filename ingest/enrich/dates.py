"""Dates: publication (the first full date in the header that does not end or begin a
period) and adoption, with precision."""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Literal

from archive.search.analysis import fold

from . import Evidence, Tagged, line_at

MONTHS = {
    # English, French, Turkish (folded)
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "aout": 8,
    "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
    "ocak": 1, "subat": 2, "mart": 3, "nisan": 4, "mayis": 5, "haziran": 6, "temmuz": 7, "agustos": 8,
    "eylul": 9, "ekim": 10, "kasim": 11, "aralik": 12,
    # Spanish, for the UN's Spanish covers ("2 de junio de 2016")
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    # Kurmanji, for Kurdish news ("2 Tîrmeh 2024"; "Kanûna Paşîn" is January)
    "kanuna pasin": 1, "sibat": 2, "adar": 3, "gulan": 5, "heziran": 6, "tirmeh": 7, "tebax": 8, "ilon": 9,
    "cotmeh": 10, "mijdar": 11, "kanuna pesin": 12,
    # German, Dutch and Italian, as the EU's and the Council of Europe's pages and the Court's
    # translations print them ("16 juli 2016", "3. März 2020", "12 giugno 2019")
    "januar": 1, "februar": 2, "marz": 3, "juni": 6, "juli": 7, "oktober": 10, "dezember": 12,
    "januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8,
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "settembre": 9, "ottobre": 10,
    "dicembre": 12,
    # English abbreviations, as news sites print dates ("08 Jul 2017", "Sep. 3, 2020")
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11,
    "dec": 12,
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
# (the English months no other language of the table writes so: a full stop after the day
# makes a German day, "3. April 2020", but before these a list's number, "2. December 2013 ...")
_ENGLISH_ONLY_MONTHS = frozenset({"january", "february", "march", "may", "june", "july", "october", "december"})
# (folded; shared with the title rules)
WEEKDAYS = ("monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi"
             "|dimanche|pazartesi|sali|carsamba|persembe|cuma|cumartesi|pazar")
# (the day on the month's line: "Version 2.0" / "May 2018" is May 2018, not 0 May; a German
# day's full stop: "3. März 2020"; a comma after the month, as some sites print it: "30
# December, 2025", "30 Декември, 2025"; an English ordinal with "of", "28th of November 2023", and
# its suffix set apart, as a superscript copies, "25 th January 2016")
_DAY_MONTH_YEAR = re.compile(rf"(?<![\d.,])(\d{{1,2}})(?:[^\S\n]?(?:st|nd|rd|th)(?:[^\S\n]+of)?|er|\.)?[^\S\n]+(?:de\s+)?({_MONTH})\.?,?\s+(?:de\s+)?"
                             rf"((?:19|20)\d\d)(?!\d)")
# (the day at the end of a dateline's line, after its comma, the month and the year on the
# next, as a narrow column breaks it: "Vienna, 20" / "April 2023")
_DAY_AT_LINE_END = re.compile(rf",[^\S\n]*(\d{{1,2}})[^\S\n]*\n[^\S\n]*({_MONTH})\.?\s+((?:19|20)\d\d)(?!\d)")
# ("May 17, 2018", and as some news sites print it, "May 17 2018")
_MONTH_DAY_YEAR = re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}}),?\s+((?:19|20)\d\d)(?!\d)")
_MONTH_YEAR = re.compile(rf"\b({_MONTH})\.?\s+((?:19|20)\d\d)(?!\d)")
# (year first, as catalogues print a month: "Date: 2015 Apr")
_YEAR_MONTH = re.compile(rf"(?<![\d/.-])((?:19|20)\d\d)\s+({_MONTH})\b\.?(?!\s*\d)")
# (day first, one separator twice: "04/07/2020", "8.11.2023", "06-09-2023"; a meeting's
# number may follow after a slash, "Toplantı Tarihi/Sayısı : 1.3.2022/170", and a dot that
# ends it, as Croatian, Serbian and Hungarian write a date, "26.03.2016.", or a sentence;
# not a longer figure's, "1.3.2022.5"; a dateline's dash after it, "Brussels, Paris, Ankara
# 5/8/2016- EuroMed Rights ...", but not a hyphen going on, "5/8/2016-7/8/2016")
_NUMERIC = re.compile(r"(?<![\d/.-])(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d\d)(?!\d|-(?!\s))(?!\.\d)"
                      r"(?!/(?![1-9]\d{0,2}(?![\d/.-])))")
_ISO = re.compile(r"(?<!\d)((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)")
_ADOPTED = re.compile(r"(?:adopted|adopte|\baprob(?:o|ad[oa]s?)\b|kabul edil|kabul tarihi|kabul et(?:ti|mis)|delivered"
                      # (French "rendu", "rendue": delivered, "arrêt rendu le ..."; not a record, "compte
                      # rendu", nor where someone went, "s'est rendue en Turquie")
                      r"|(?<!compte )(?<!s'est )(?<!s’est )(?<!se sont )(?<!s'etait )(?<!s’etait )\brendue?s?\b"
                      r"|judgment of|karar tarihi|date of adoption|adoption\s*:"
                      # (a law's in a translation of its particulars, "Law No : 6458 Acceptance Date : 4/4/2013")
                      r"|acceptance date\s*:"
                      # (a Turkish board's decision: the date and number of the meeting that took
                      # it, TİHEK's "Toplantı Tarihi/Sayısı : 1.3.2022/170")
                      r"|toplanti tarihi/sayisi"
                      # (a PACE report's or addendum's own line: "Origin - Addendum approved by the
                      # committee on 24 April 2017")
                      r"|approved by the committee"
                      # ("Date of present decision:", and without "present": "Date of decision :10 May
                      # 2019", a treaty body's decision on a complaint)
                      r"|date of (?:the )?(?:present )?decision|date de la presente decision|fecha de la presente decision"
                      r"|date (?:de l'|d')adoption|fecha de (?:la )?aprobacion|date de ?s constatations"
                      # (Arabic: the Committee "adopted", "واعتمدت في جلستيها ... المعقودتين يومي 10 و11 أيار/مايو 2016",
                      # a Working Group in the masculine, "واعتمد الفريق العامل ... المعقودة في 31 كانون الثاني/يناير 2020")
                      r"|اعتمدت?"
                      # (Russian: "На своем 2929-м заседании, состоявшемся ..., Комитет принял настоящие ...")
                      r"|\bпринял[аи]?\b)",
                      re.I)
HEADER_CHARS = 1500
MEETING_LINE = 60  # a meeting's line heading a decision, at most
STATED_LEAD = 30  # how far into its line "Published on" may begin
# (a dash after a day or a month: "20-31 January 2020", "July - December 2016"; not after a
# title: "UNHCR Turkey Factsheet - October 2017")
# (not the time of day before a dash: "19:02 - 07/12/2021" under a news item)
# (nor a period that began on the date: "held in pre-trial detention since 3 May 2021")
# (a day has two digits at most, a year four: a release's number before a dash, "No: 230 - 9
# décembre 2009, Communiqué ...", is neither)
# (nor a deadline: "to submit ... before 15 February 2023", "required to report on progress
# ... by 30 November 2021", "no later than 1 March 2022")
# (nor the last of two days, a meeting's: "held on 26 and 27 April 2016", "17 ve 18 Ekim 2012
# tarihlerinde yapılan ... toplantılarında", "les 10 et 11 mai 2016", "3 и 4 декабря", and in
# Arabic "and" joined to the second day, "يومي 3 و4 كانون الأول/ديسمبر 2015")
# (a period's end in German and Spanish too: "Berichtszeitraum: 1. Januar bis 31. Dezember
# 2019", "del 1 de enero hasta el 31 de diciembre de 2019")
# (a year ending a number before the dash is none of a period: "Declaración Pública EUR
# 44/8876/2024 – 26 diciembre 2024 –", an index number's; a date's in figures is, "04/07/2030 -")
_RANGE_BEFORE = re.compile(rf"(?:\bto|\bau|\bil[ea]|\buntil|\bthrough|\bbis|\bhasta(?: el)?|\bsince|\bbefore|\bby|\b(?:no|not) later than|(?<![\d.,/])\d{{1,2}}\s+(?:and|ve|et|und|y|e|и|و)|\bdepuis(?: le)?|\bavant(?: le)?|(?:(?<![:h]\d)(?<!\d\d)\d|(?<!\d)(?<!\d\d\d/)(?:19|20)\d\d|\b(?:{_MONTH}))\.?\s*[-–—])\s*$")
# (and a period's end after its start's day and month: "between 8 July and 26 July 2024", "entre
# le 8 juillet et le 26 juillet 2024", "between July 8 and")
_BETWEEN_BEFORE = re.compile(rf"\b(?:between(?: the)?|entre(?: le)?)\s+(?:\d{{1,2}}(?:st|nd|rd|th|er)?\s+(?:of\s+)?(?:{_MONTH})"
                             rf"|(?:{_MONTH})\s+\d{{1,2}}(?:st|nd|rd|th)?)\.?(?:,?\s+(?:19|20)\d\d)?,?\s+(?:and|et)(?: the| le)?\s*$")
# (and in Turkish, the words after the date: "15 Şubat 2023 tarihinden önce" (before, a
# deadline), "tarihine kadar" (until), "tarihinden itibaren" (from), "tarihinden sonra"
# (after), or its suffix: "3 Mart 2023'ten sonra", "2023'e kadar"; folded)
_RELATIVE_AFTER = re.compile(r"[^\S\n]*['’]?(?:tarih(?:in)?(?:den|e)|[dt][ae]n|y?[ae]|n[ae])[^\S\n]+(?:once|sonra|itibaren"
                             r"|kadar)\b"
                             # (the weekday and the hour between: "21/7/2016 Perşembe günü saat 01.00’dan
                             # itibaren", from when a state of emergency runs)
                             rf"|(?:[^\S\n]+(?:{WEEKDAYS})[^\S\n]+gunu)?[^\S\n]+saat[^\S\n]+\d{{1,2}}[.:]\d\d['’]?[dt][ae]n"
                             r"[^\S\n]+(?:once|sonra|itibaren|kadar)\b")
# (the word or dash on the date's line: "Strasbourg, 5 August 2020" over a page's "- 2 -"
# is no period, nor is a date followed by the time of day: "04/07/2020 - 09:12")
# ("July 2015 to December 2016": the period a report covers; written with commas too, "from
# December 13, 2022, to June 12, 2023")
# (nor a page's number between dashes on the date's line, as a copy joins a cover's foot with the
# next page's head: "Strasbourg, 31 March 2011 - 2 -")
# (not a German court's file number after its decision's day: "Urteil vom 29.11.2030 - 11 K
# 1763/30", the chamber, the register's letters and the number; folded)
_RANGE_AFTER = re.compile(rf"[^\S\n]*(?:,?[^\S\n]*(?:to|au)|[-–—](?!\s*\d{{1,3}}\s+[-–—](?!\s*\d))"
                          r"(?!\s*\d{1,3}\s+[a-z]{1,2}\s+\d))"
                          rf"\s*(?:\d(?!\d?[:h]\d)|(?:{_MONTH})\b)")


def first_date(matches: list[re.Match[str] | None]) -> dt.date | None:
    """The first real date among matches whose groups are (day, folded month, year)."""
    for m in matches:
        if m:
            try:
                return dt.date(int(m.group(3)), MONTHS[m.group(2)], int(m.group(1)))
            except ValueError:
                continue
    return None


# The languages whose months the table above holds; another language's come from CLDR
# (Babel), for a page known to be in it ("3 декабря 2010 года", "της 19ης Απριλίου 2018",
# "12 kwietnia 2016"), each language apart, since one's name is another's other month
# (Polish "listopada" is November, Croatian October)
TABLE_LANGUAGES = frozenset({"en", "fr", "tr", "es", "ku", "de", "nl", "it"})


@lru_cache(maxsize=32)
def cldr_months(locales: tuple[str, ...],
                widths: tuple[Literal["wide", "abbreviated"], ...] = ("wide",)) -> dict[str, int]:
    """Folded month name -> number in `locales`, in both of CLDR's forms ("января", "январь"),
    in each of `widths` ("wide": "settembre"; "abbreviated": "set")."""
    from babel.core import UnknownLocaleError
    from babel.dates import get_month_names

    out: dict[str, int] = {}
    for locale in locales:
        for width in widths:
            for context in ("format", "stand-alone"):
                try:
                    names = dict(get_month_names(width, context=context, locale=locale))
                except (UnknownLocaleError, ValueError):
                    names = {}
                for number, name in names.items():
                    out.setdefault(fold(name), int(number))
    return out


def cldr_weekdays(locales: tuple[str, ...]) -> list[str]:
    """The days of the week's names in `locales`, folded ("tuesday", "martedi", "martes")."""
    from babel.dates import get_day_names

    return [fold(name) for locale in locales for name in get_day_names("wide", locale=locale).values()]


# the locales whose months a language's texts write: Arabic's Egyptian names ("مايو") and its
# Levantine ones ("أيار"), which the UN's Arabic texts write together ("10 و11 أيار/مايو 2016"),
# and the Maghreb's ("يوليوز", "جويلية"); Kurdish's in Arabic script, Sorani's ("17ـی شوباتی
# 2026"; the table holds Kurmanji's)
_LOCALES = {"ar": ("ar", "ar_SY", "ar_MA", "ar_TN"), "ku": ("ckb",)}
# ... and the older Egyptian spellings of June and July the Egyptian press keeps, which CLDR
# does not list ("15 يوليه 2017"), folded
_EXTRA_MONTHS = {"ar": {"يونيه": 6, "يوليه": 7}}


def _months_of(language: str) -> dict[str, int]:
    months = cldr_months(_LOCALES.get(language, (language,)))
    return {**months, **_EXTRA_MONTHS[language]} if language in _EXTRA_MONTHS else months


@lru_cache(maxsize=32)
def _language_dates(language: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    """Day first ("3 декабря 2010", "7. novembra 2013", "19ης απριλιου 2018", "11 أيار/مايو
    2016", a month's two names), year first ("2017. februar 28.") and month first, as a
    news site's software prints a date ("تشرين2/نوفمبر 10, 2020": its own short name of the
    month before the other's), over `language`'s months, or None when it has none apart from
    the table's."""
    months = _months_of(language) if language not in TABLE_LANGUAGES or language in _LOCALES else {}
    if not months:
        return None
    month = "|".join(re.escape(m) for m in sorted(months, key=len, reverse=True))
    # (Sorani joins the day's suffix with a tatweel and the month's izafe: "17ـی شوباتی 2026")
    return (re.compile(rf"(?<![\d.,])(\d{{1,2}})(?:\.|ης|-?го|ـ?ی)?[^\S\n]+(?:de\s+)?({month})(?:/(?:{month}))?ی?,?\s+(?:de\s+)?"
                       rf"((?:19|20)\d\d)(?!\d)"),
            re.compile(rf"(?<!\d)((?:19|20)\d\d)\.?\s+({month})\s+(\d{{1,2}})\b"),
            re.compile(rf"(?<![^\s/])({month})[^\S\n]+(\d{{1,2}}),?[^\S\n]+((?:19|20)\d\d)(?!\d)"))


# Arabic-Indic and Persian digits as ASCII ones, one for one ("٢٥ تموز ٢٠١٩")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def _dates_in(text: str, language: str | None = None) -> list[tuple[int, dt.date, str, str]]:
    """(offset, date, precision, matched text) for every date in folded `text` (and in
    `language`'s words for months, when it is known and not the table's)."""
    text = text.translate(_DIGITS)
    out = []
    patterns = _language_dates(language) if language else None
    if patterns and language:
        months = _months_of(language)
        for m in patterns[0].finditer(text):
            out.append((m.start(), (int(m.group(3)), months[m.group(2)], int(m.group(1))), "day", m.group()))
        for m in patterns[1].finditer(text):
            out.append((m.start(), (int(m.group(1)), months[m.group(2)], int(m.group(3))), "day", m.group()))
        for m in patterns[2].finditer(text):
            out.append((m.start(), (int(m.group(3)), months[m.group(1)], int(m.group(2))), "day", m.group()))
    months_taken = set()  # (the months of days read: "31. Dezember 2019" is no month apart)
    for m in _DAY_MONTH_YEAR.finditer(text):
        if m.group(2) in _ENGLISH_ONLY_MONTHS and re.match(r"\d{1,2}\.", m.group()):
            continue  # (a list's number, not a day: "2. December 2013 arrests shake the Government")
        out.append((m.start(), (int(m.group(3)), MONTHS[m.group(2)], int(m.group(1))), "day", m.group()))
        months_taken.add(m.start(2))
    for m in _MONTH_DAY_YEAR.finditer(text):
        out.append((m.start(), (int(m.group(3)), MONTHS[m.group(1)], int(m.group(2))), "day", m.group()))
    for m in _DAY_AT_LINE_END.finditer(text):
        out.append((m.start(1), (int(m.group(3)), MONTHS[m.group(2)], int(m.group(1))), "day", m.group()[1:].strip()))
        months_taken.add(m.start(2))
    for m in _ISO.finditer(text):
        out.append((m.start(), (int(m.group(1)), int(m.group(2)), int(m.group(3))), "day", m.group()))
    for m in _NUMERIC.finditer(text):
        first, second = int(m.group(1)), int(m.group(3))
        # (day first; month first only where the day-first reading is impossible, as an American page
        # writes it, "Acceptance Date: 09/27/2006", which can only be 27 September)
        day, month = (second, first) if first <= 12 < second else (first, second)
        out.append((m.start(), (int(m.group(4)), month, day), "day", m.group()))
    taken = {o for o, *_ in out} | months_taken  # (an impossible day, "31 February 2020", is no date at all)
    for m in _MONTH_YEAR.finditer(text):
        if m.start() not in months_taken and not any(abs(m.start() - o) < 4 for o in taken):
            out.append((m.start(), (int(m.group(2)), MONTHS[m.group(1)], 1), "month", m.group()))
    for m in _YEAR_MONTH.finditer(text):
        out.append((m.start(), (int(m.group(1)), MONTHS[m.group(2)], 1), "month", m.group()))
    valid = []
    for off, (y, mo, d), precision, raw in out:
        try:
            valid.append((off, dt.date(y, mo, d), precision, raw))
        except ValueError:
            continue  # 31 February and friends
    return sorted(valid, key=lambda x: x[0])


def date_in(text: str, language: str | None = None) -> tuple[dt.date, str] | None:
    """The first date in `text` (a line), with its precision, or None."""
    found = _dates_in(fold(text), language)
    return (found[0][1], found[0][2]) if found else None


# (a web page's copy may run the date on: "Distr.: General15 June 1995")
_DISTRIBUTION = re.compile(r"\bdistr\.?\s*:?\s*(?:general|limited|restricted|generale|limitee|restreinte)(?![^\W\d_])")
_FOOTNOTE_LINE = re.compile(r"\s*[*∗†‡]")
# (an update's words, folded: "Last updated on", "Dernière mise à jour le", "Son güncelleme tarihi")
# (and a catalogue's field, its label without a colon: Refworld's "Publisher ..." / "Publication
# Date 3 March 2017", under the page's "Last Updated: Friday, 30 June 2017")
_UPDATED = r"(?:last )?updated(?: on)?|(?:derniere )?mise a jour(?: le)?|(?:son )?guncelleme(?: tarihi)?"
# (and a Turkish news site's "Eklenme :", the day the item was added, "Yayınlanma :"; the UN's
# note under a State party's report or replies, "[Date received: 26 November 2020]", "[Date de
# réception : ...]", the text's day where no cover's distribution line dates it)
_PUBLISHED_ON = re.compile(r"\b(?:published (?:on|in)|published online(?: by [^:\n]{3,60})?\s*:|publiee? le|publication\s*:|publication date\s*:?|date\s*:|yayin(?:lanma)? tarihi\s*:?|yayimlanma tarihi\s*:?"
                           r"|\[date received\s*:|\[date de reception\s*:|\[fecha de recepcion\s*:"
                           r"|eklenme(?: tarihi)?\s*:|yayinlanma\s*:"
                           rf"|(?:{_UPDATED})\s*:?)\s*$")
# a site's furniture whose day is no text's (folded; shared with the title rules, where such a line
# is no title): a publisher's debug line ("Hostname: page-component-... Render date: 2024-04-19T...")
# and an Italian periodical's registration with the court under its masthead ("Registrazione: 5
# maggio 2023 n. 68 presso il Tribunale di Roma")
SITE_DAY_LINE = r"(?:hostname: page-component\b|(?:registrazione|reg\. trib\.?|autorizzazione)\b.{0,60}\btribunale\b)"
_SITE_DAY_LINE = re.compile(r"\s*" + SITE_DAY_LINE)
_VERSION_BEFORE = re.compile(r"\bversion\s+\d{1,2}(?:\.\d{1,2}){0,2},?\s*$")
# a dateline: the place a document was issued at and its date, alone on a line ("Warsaw 18
# November 2014", "Strasbourg, 5 August 2020") (folded)
DATELINE_PLACES = ("strasbourg", "brussels", "bruxelles", "geneva", "geneve", "new york", "ankara", "istanbul", "vienna",
                   "wien", "warsaw", "varsovie", "the hague", "la haye", "luxembourg", "paris", "london", "berlin",
                   # (and in Turkish, as a translation's cover writes them: "Strazburg, 13 Mart 2017")
                   "strazburg", "bruksel", "cenevre", "viyana", "lahey", "varsova",
                   # (and in Italian, Spanish, German and Portuguese, as their press writes them:
                   # "STRASBURGO (Francia) – ...", "Estrasburgo, 20 mar (EFE).- ...")
                   "strasburgo", "estrasburgo", "strassburg", "ginevra", "ginebra", "genebra", "genf", "bruselas",
                   "brussel", "bruxelas")
# a browser's header over a web page printed to PDF: the date it was printed (and the time)
# and the page's title with its site's name, either way round ("3/18/2016 EU-Turkey
# statement, 18 March 2016 - Consilium"), folded; its date is the printing's
BROWSER_HEADER = (r"\d{1,2}[./]\d{1,2}[./]\d{2,4},? (?:\d{1,2}[:.]\d\d(?: ?[ap]m)? )?.{3,200}(?: - | \| | – )[^|–-]{2,50}"
                  r"|.{3,200}(?: - | \| | – )[^|–-]{2,50} \d{1,2}[./]\d{1,2}[./]\d{2,4},?(?: \d{1,2}[:.]\d\d(?: ?[ap]m)?)?")
_BROWSER_HEADER = re.compile(BROWSER_HEADER)
_DATELINE = re.compile(rf"[^\S\n]*(?:{'|'.join(DATELINE_PLACES)})[^\S\n]*,?[^\S\n]*(?:(?:le|on|the)[^\S\n]+)?")
_LINE_START = re.compile(r"[\s*∗†‡(\[]*(?:text |texte |date of |date d.)?")  # what may come before "adopted" on its line


# a Committee of Ministers' decision is headed by the meeting that adopted it ("1443rd
# meeting, 7-9 June 2022 (DH)"; "1451e réunion, 6-8 décembre 2022"), folded
_MEETING = re.compile(rf"\b(?:meeting|reunion)\s*,?\s*(?:du\s+|held\s+(?:on|from)\s+)?\d{{1,2}}(?:\s+({_MONTH}))?"
                      rf"\s*(?:[-–—]|to|au)\s*\d{{1,2}}\s+({_MONTH})\s+((?:19|20)\d\d)(?!\d)")


# the ILO's texts dated by the Conference session that published them and the year they were
# adopted in ("Observation (CEACR) - adopted 2023, published 112nd ILC session (2024)",
# "Publication : 108ème session CIT (2019)"; French and Spanish pages: "adoptée 2023, publiée
# 112ème session CIT (2024)", "Adopción: 2023, Publicación: 112ª reunión CIT (2024)"), and its
# Committee on Freedom of Association's reports by their number and year ("Definitive Report
# - Report No 6, 1953"), folded
_PUBLISHED_SESSION = re.compile(r"\b(?:published|publiee|(?:publication|publicacion)\s*:)\s*(?:\d{1,3}\w*\s+)?"
                                r"(?:ilc\s+|cit\s+)?(?:session|reunion)\s*(?:ilc\s+|cit\s+)?\(((?:19|20)\d\d)\)")
_ADOPTED_YEAR = re.compile(r"\b(?:adopted|adoptee|(?:adoption|adopcion)\s*:)\s*((?:19|20)\d\d)(?![\d/.-])")
_REPORT_YEAR = re.compile(r"\breport no\.? ?\d+,\s+((?:19|20)\d\d)(?!\d)")
# a repository's Dublin Core record, its field's name run into its value or a bar between, as
# DSpace shows an item in full ("dc.date.issued2002", "dc.date.issued | 2016-05-12"): the work's
# date is the issue's, not the day the repository took it ("dc.date.available",
# "dc.date.accessioned"; folded)
_DC_ISSUED = re.compile(r"^[^\S\n]*dc\.date\.issued[^\S\n]*[:|]?[^\S\n]*((?:19|20)\d\d)(?:-(\d\d)(?:-(\d\d))?)?", re.MULTILINE)
# (a line of such a record: three of them make one; shared with the title rules)
DC_FIELD = re.compile(r"^[^\S\n]*dc\.[a-z]+", re.MULTILINE)


# a report's year in its title, after or before the word ("HUMAN RIGHTS VIOLATIONS REPORT 2023",
# "World Report 2024", "Türkiye 2023 Report", "2023 Yılı İnsan Hakları İhlalleri Raporu"), folded
# and a text's year in brackets ending its title ("Committee on the Elimination of Discrimination
# Against Women, Concluding Observations: China (1999).", was dated by a day its text tells of)
_TITLE_REPORT_YEAR = re.compile(r"\b(?:report|raporu?|rapport|bericht|informe)\s+((?:19|20)\d\d)(?![\d/-])"
                                r"|(?<![\d/-])((?:19|20)\d\d)\s+(?:yili\s+)?(?:[^\W\d_]+\s+){0,4}?(?:report|raporu?)\b"
                                r"|\(((?:19|20)\d\d)\)\W*$")


def in_titles_report_year(title: str, published: Tagged | None, alone: bool = False) -> Tagged | None:
    """The year a report's title gives, where the date read from its text is another year's
    (not that year or the next, when a report on it appears): a day its first paragraph
    tells of ("... a State of Emergency regime, which was enacted on 20 July 2016" dated the
    "HUMAN RIGHTS VIOLATIONS REPORT 2023"); with `alone`, where nothing else dated the text
    (neither its text nor its file: "Concluding Observations: China (1999)", "... REPORT 2023"
    whose first paragraph tells of an event's day only); None otherwise."""
    m = _TITLE_REPORT_YEAR.search(fold(title))
    if m is None or (published is None and not alone) or (published is not None and published.rule != "header"):
        return None
    year = int(next(g for g in m.groups() if g))
    if published is not None and year <= published.value[0].year <= year + 1:
        return None
    return Tagged((dt.date(year, 1, 1), "year"), [Evidence(m.group(), 1)], rule="title-year")


def _year(m: re.Match[str] | None, rule: str) -> Tagged | None:
    return Tagged((dt.date(int(m.group(1)), 1, 1), "year"), [Evidence(m.group(), 1)], rule=rule) if m else None


def _meeting(m: re.Match[str] | None) -> Tagged | None:
    """The adoption of a text dated by the meeting that adopted it (`m`, a match of
    _MEETING): its month (the day is not said), or its year when the meeting ran into the
    next month."""
    if not m:
        return None
    year, month = int(m.group(3)), MONTHS[m.group(2)]
    if m.group(1) and MONTHS[m.group(1)] != month:
        return Tagged((dt.date(year, 1, 1), "year"), [Evidence(m.group(), 1)], rule="meeting")
    return Tagged((dt.date(year, month, 1), "month"), [Evidence(m.group(), 1)], rule="meeting")


# a line that is only a date, with its day of the week or time of day ("17/10/2017",
# "13 temmuz 2017 persembe", "tuesday, july 11, 2017", "08/03/2016 10:15"), folded
_ALONE = re.compile(rf"[\s•·-]*(?:(?:{WEEKDAYS}),?\s+)?[\d./-]*\s*(?:(?:{_MONTH})\.?)?\s*\d{{0,2}},?\s*(?:19|20)\d\d"
                    rf"(?:,?\s+(?:{WEEKDAYS}))?(?:,?\s+\d{{1,2}}[:.]\d\d(?:\s*[ap]\.?m\.?)?)?\s*")


# a month and year opening a short heading line before a dash or a bar; or a report series' issue,
# its volume and number after them, as Human Rights Watch's reports were numbered ("April 2001
# Vol. 13, No. 2 (D)", alone on its line or run into the title on a copy) (folded)
_ISSUE_HEADING = re.compile(rf"[^\S\n]*(?:{_MONTH})\.?[^\S\n]+(?:19|20)\d\d(?:[^\S\n]*[-–—|:][^\S\n]*[^\W\d_][^\n]{{0,120}}$"
                            r"|[^\S\n]+vol\.[^\S\n]?\d{1,3},?[^\S\n]+no\.[^\S\n]?\d{1,3}\b)")


# the date an application or complaint was filed, which a decision's particulars give before
# its own ("Başvuru Tarihi" / "30/3/2021"; "Date of complaint: 27 January 2009"; views' "Date of
# communication: 24 July 2029", "Дата сообщения: ..."), folded
# So is the date a publication or a body was founded on, which a masthead may print before the
# issue's ("T.C. Resmî Gazete Kuruluş Tarihi : ( 7 Teşrinievvel 1336 ) 7 Ekim 1920", the Official
# Gazette's; "Founded in 1986"; "established on 9 August 1949").
_FILED = re.compile(r"(?:basvuru tarihi|date of (?:the )?(?:application|complaint|submission|communication)|application date"
                    r"|date de la communication|fecha de la comunicacion|дата сообщения"
                    r"|complaint date|fecha de la queja|date de la requete|date de la plainte"
                    r"|kurulus tarihi|founded(?: (?:in|on))?|established (?:in|on)|date of establishment"
                    # the dates of the facts in a court's heading ("SUÇ TARİHİ : 15/07/2016", the
                    # offence's; the arrest's, a defendant's birth)
                    r"|suc tarihi(?: ve yeri)?|olay tarihi|gozalti tarihi|tutuklama tarihi|dogum tarihi"
                    r"|date of (?:the )?offen[cs]e"
                    r"|date of (?:arrest|birth)|geboren am"
                    # (a repository's days, not the work's: _DC_ISSUED)
                    r"|dc\.date\.(?:available|accessioned)[^\S\n]*\|?"
                    # a hearing's day, not the decision's ("Heard at Field House on 3 March 2031"), and
                    # the first of two dates under a tribunal's two columns flattened ("Heard at Field
                    # House" / "Decision & Reasons Promulgated" / "On 11 February 2031" / "On 4 March 2031")
                    r"|heard(?: at [^\n]{1,60})? on|hearing date|date of (?:the )?hearing|mundlichen? verhandlung vom"
                    # (and a French court's, before the day it read its decision: "Audience du 26 mai
                    # 2031 Lecture du 23 juin 2031")
                    r"|audience(?: publique)? du"
                    r"|heard at[^\n]{0,60}\n\s*(?:decision|determination)[^\n]{0,40}promulgated\s*on"
                    # a treaty's state on a State's page ("Signed: 19 March 2009", "Ratified: 2 May 2016")
                    r"|(?:signed|ratified|entry into force|signature|ratification|accession)(?=\s*:)"
                    # a journal's dates of an article's submission and revision, before its
                    # acceptance or publication ("Gönderim Tarihi/Submitted: 08.12.2020")
                    r"|(?:gonderim|gelis|revizyon talebi|son revizyon) tarihi(?:/[a-z ]+)?"
                    # (not the UN's note on a State's report or replies, "[Date received: 26
                    # November 2020]", the day the text reached the body: its own, _PUBLISHED_ON)
                    r"|(?:submitted|(?<!\[date )received|revision requested|last revision)(?=\s*:)"
                    # the day a copy was taken, a reader's, not the text's ("Accessed: 12/03/2015 10:22"
                    # on JSTOR's cover page, "Erişim Tarihi: ...")
                    r"|(?:accessed|downloaded|retrieved|date accessed|erisim tarihi)(?=\s*:)"
                    # an Azerbaijani document site's upload date, its label run into it under the
                    # file's size and page ("Yüklə 1,58 Mb." / "səhifə18/232" / "tarix03.01.2022")
                    r"|(?:^|\n)[^\S\n]*tarix(?=\Z))"
                    r"\s*:?\s*(?:\([^()]{0,40}\)\s*)?$")
# the date of a text a sentence cites by its number, which is that text's, not the document's:
# "established in accordance with Human Rights Council resolution 5/1 of 18 June 2007", "Law
# No. 6284 of 8 March 2012", "résolution 5/1 du Conseil des droits de l'homme en date du 18 juin
# 2007" (folded; the citation inside its line: a heading's "Resolution 1/2020 of 10 April 2020"
# may be the document's own), and Turkish "13.12.2004 tarihli ve 5275 sayılı Kanun"
_CITED_BEFORE = re.compile(r"\S[^\S\n]+(?:resolution|resolucion|decision|law|loi|ley|act|decree|decret|decreto|regulation"
                           r"|reglement|reglamento|directive|directiva)\s+(?:nos?\.?\s*|n[o°º]\.?\s*|num\.?\s*)?\d[\w/.()-]*"
                           r"(?:[^\S\n]+[^.,;\n]{0,60}?)?[^\S\n]+(?:of|du|de|dated|en date du|de fecha)[^\S\n]+$")
# (and "tarih" with the number after it, "04.10.2023 tarih, 2023/86804 sayılı yazısında",
# "28.03.2017 tarih ve 2016/393 sayılı kararı", as a Court of Cassation's decision cites the
# prosecutor's letter and the judgment under appeal)
_CITED_AFTER = re.compile(r"[^\S\n]*tarih(?:li\b|[^\S\n]*(?:ve|,)[^\S\n]*\d)"
                          # (a German sentence's birth: "Sie wurde am 3. Januar 1952 in Example geboren")
                          r"|[^\S\n]+(?:in|im|zu)[^\S\n][^.\n]{0,60}?\bgeboren\b")
# (a day a source was published on, after a comma in a sentence that quotes it: _CITED_DAY_BEFORE, _CITED_SAYS)
_PUBLISHED_AFTER_COMMA = r",[^\S\n]*published on[^\S\n]+$"
# (nor, inside a line, a judgment's day or the day it became final: "Xenides-Arestis against
# Turkey" / "(judgment of 7 December 2006, final on 23 May 2007)" under the Committee of
# Ministers' resolution on its execution, "46221/99 Öcalan, judgment of 12/05/2005"), the
# day of conclusions or of a letter a text cites ("in line with ... the Council conclusions
# of 11 December 2006", "By letter dated 4 May 2018 the Committee ... requested")
_CITED_DAY_BEFORE = re.compile(r"\S.*?(?<!\w)(?:judgments? of|arrets? du|final on|definitif le|definitive le"
                                r"|conclusions of|letters? (?:of|dated)|lettre du|lettre en date du)[^\S\n]+$"
                                # (a source a sentence quotes, the day it was published after a comma:
                                # "As outlined in the ... World Report 2007, published on 11 January 2007:",
                                # "According to the ... report, published on ...", as country of origin
                                # reports cite theirs)
                                r"|(?<!\w)(?:as (?:outlined|noted|stated|reported|described|set out) in|according to)\b"
                                rf"[^\n]{{1,160}}?{_PUBLISHED_AFTER_COMMA}"
                                # (a German sentence's act or judgment by its day, its article before it:
                                # "Es wird festgestellt, dass der Bescheid vom 21. Mai 2030 ...", "gegen das
                                # Urteil des ... Oberverwaltungsgerichts vom 27. März 2030"; not a citation's
                                # "VG Example, Urteil vom ...")
                                r"|(?<!\w)(?:der|die|das|den|dem|des)\s+(?:[\w-]+\s+){0,3}?(?:bescheid|widerspruchsbescheid"
                                r"|urteils?|beschlusses|beschluss|schreiben|antrag)\b[^\n]{0,60}?\bvom[^\S\n]+$")
# ... and so is one whose sentence goes on to what that source said ("The US State Department
# Report (USSD) 2005, published on 8 March 2006, noted that: ...")
_CITED_SAYS = re.compile(r",[^\S\n]*(?:noted|stated|reported|observed|found|said)\b")


# a day "on" which something happened, inside an English sentence, a word before it ("...
# arrested on 20 September 2018 at her home", "elections took place on 14 May 2023", "the
# local elections held on 31 March 2024", "... claimed the lives of 251 people on July 15,
# 2016"): an event the text tells of, not the day of the text, unless the word says the text
# came out then ("published on", "released on") or met on it; not a sentence's first word, "On
# 8 October 2017, the Prosecutor ...", nor a line's, views' "Meeting on 26 July 2030," (folded);
# "on" after a comma inside a sentence too ("In the aftermath of the failed coup, on 20 July
# 2016, the Government ... declared")
_EVENTS_ON = re.compile(r"\S[^\S\n]+(?P<word>[^\W\d_]+)(?:,[^\S\n]*|[^\S\n]+)on[^\S\n]+$")
_ISSUED = frozenset({"published", "released", "issued", "updated", "posted", "dated", "adopted", "signed", "made",
                     "delivered", "transmitted", "submitted", "received", "meeting", "session"})


# ... and so in French, Spanish and Italian, the article before the day after a word ("arrêté
# le 12 mars 2021", "detenido el 12 de marzo de 2021", "arrestato il 12 marzo 2021"): not a
# sentence's first word, nor after a comma (a dateline's "Paris, le 12 mars 2021"), nor after
# a word saying the text came out or met then ("publié le", "aprobado el", "pubblicato il")
# (and in Greek, _ISSUED_GREEK below: "το πρωί της 25ης Ιουνίου 2008")
_EVENTS_ARTICLE = re.compile(r"\S[^\S\n]+(?P<word>[^\W\d_]+)[^\S\n]+(?:le|el|il|την|της|τη|στις|στην|στη)[^\S\n]+$")
_ISSUED_ROMANCE = frozenset({
    "publie", "publiee", "adopte", "adoptee", "date", "datee", "signe", "signee", "fait", "faite", "rendu", "rendue",
    "prononce", "prononcee", "actualise", "actualisee", "modifie", "modifiee", "reunie", "reuni", "redige", "redigee",
    "publicado", "publicada", "aprobado", "aprobada", "adoptado", "adoptada", "fechado", "fechada", "firmado", "firmada",
    "actualizado", "actualizada", "emitido", "emitida", "dictado", "dictada", "celebrada", "celebrado",
    "pubblicato", "pubblicata", "adottato", "adottata", "approvato", "approvata", "datato", "datata", "firmato",
    "firmata", "aggiornato", "aggiornata", "emesso", "emessa", "depositata", "depositato", "riunita", "riunito"})


# ... and so in Greek (_EVENTS_ARTICLE), the article before the day after a word ("το πρωί της 25ης Ιουνίου 2008",
# "... του πραξικοπήματος της 15ης Ιουλίου 2016", "συνελήφθη στις 16 Ιουλίου 2016"): not after a
# comma (a dateline's "Αθήνα, 14 Μαΐου 2019") nor after a word saying the text came out, was
# adopted or signed then ("δημοσιεύθηκε στις", "εγκρίθηκε την"), nor after a text's kind or its
# author's name, as the Union's texts are cited by their day ("Ψήφισμα του Ευρωπαϊκού Κοινοβουλίου
# της 7ης Ιουνίου 2022", the Parliament's resolution of that day; "κανονισμός ... της 15ης ...")
# (folded: no accents)
_ISSUED_GREEK = re.compile(r"^(?:δημοσιευ|εκδοθ|εκδιδ|υπογραφ|ενημερωθ|αναρτηθ|τροποποιηθ|εγκριθ|υιοθετηθ|ψηφιστ"
                           r"|συνεδριασ|ανακοινωθ|ψηφισμα|αποφαση?ς?$|κανονισμ|οδηγια|κοινοβουλιου|συμβουλιου|επιτροπης)")


# ... and in Turkish, "tarihinde" after the day, inside a sentence (a word before the day on its
# line): "Ayşe Örnek, 12 Mart 2021 tarihinde İstanbul'da gözaltına alınmıştı"; not the day the
# text came out, was adopted or signed, or a meeting was held ("tarihinde yayımlanan",
# "tarihinde kabul edilen", "tarihinde yapılan toplantıda") (folded); and the locative suffix
# after the year, "Türkiye 3 Ekim 2005'te ... müzakerelere başlamıştı" (not "... 2023'te yayımlanan")
_EVENTS_TR = re.compile(r"(?:[^\S\n]+tarihinde\b|'(?:de|da|te|ta)\b)(?P<rest>[^.\n]{0,60})")
_ISSUED_TR = re.compile(r"\b(?:yayim|yayin|kabul|imza|guncel|toplant|oturum|karar|duzenlenen|yapilan|aciklam|aciklan|duyur|paylas)")
_WORD_BEFORE_DAY = re.compile(r"[^\W\d_][^\W\d_]+,?[^\S\n]+$")
# a day named as an event's, the event before it ("the coup attempt of 15 July 2016", "el intento
# de golpe de Estado del 15 de julio de 2016", "la tentative de coup d'État du 15 juillet 2016",
# "the earthquakes of 6 February 2023", "the referendum of 16 April 2017") or, in Turkish, after it
# ("15 Temmuz 2016 darbe girişimi", "6 Şubat 2023 depremleri"): the event's, not the text's
# (folded)
_EVENT_NAMED = (r"(?:coup(?:[- ]d'etat)?(?:[- ]attempt)?|putsch(?:versuch(?:e?s)?)?|golpe(?: de estado)?"
                r"|elections?|elecciones|referendum|referendo|earthquakes?|terremotos?|seismes?|tremblements? de terre"
                r"|massacres?|masacres?|attacks?|attentats?|atentados?|bombings?)")
_EVENT_OF = re.compile(rf"\b{_EVENT_NAMED}[^\S\n]+(?:of|del|du|de|des|vom|von)[^\S\n]+$")
_EVENT_AFTER_TR = re.compile(r"(?:['’]\w{0,4})?[^\S\n]+(?:darbe (?:girisim|tesebbus)|askeri darbe|secim(?:ler)?i|deprem(?:ler)?i"
                             r"|referandum(?:u|unda)|saldiri(?:si|lari)|katliami)")


def _events_day(head: str, pos: int, length: int = 0) -> bool:
    """Whether the date at `pos` of `head` (folded; `length` its text's) is a day a sentence
    says something happened on (_EVENTS_ON in English, _EVENTS_ARTICLE in French, Spanish and
    Italian, and Greek, _EVENTS_TR in Turkish), or that names an event's (_EVENT_OF, _EVENT_AFTER_TR)."""
    m = _EVENTS_ON.search(head, max(0, pos - 40), pos)
    if m is not None and m.group("word") not in _ISSUED:
        return True
    if _EVENT_OF.search(head, max(0, pos - 60), pos) or (length and _EVENT_AFTER_TR.match(head, pos + length)):
        return True  # (an event's day, named by the event: "the coup attempt of 15 July 2016")
    m = _EVENTS_ARTICLE.search(head, max(0, pos - 40), pos)
    if m is not None and m.group("word") not in _ISSUED_ROMANCE and not _ISSUED_GREEK.match(m.group("word")):
        return True
    after = _EVENTS_TR.match(head, pos + length) if length else None
    return after is not None and not _ISSUED_TR.search(after.group("rest")) \
        and _WORD_BEFORE_DAY.search(head, head.rfind("\n", 0, pos) + 1, pos) is not None


def _quoted(head: str, pos: int) -> bool:
    """Whether the date at `pos` of `head` stands inside a quotation its line opened (“...”,
    «...», German „...“): someone's words, and the day is theirs, not the text's (news quoting
    a rapporteur: “... arrests made following the failed coup-attempt of 15 July 2016 ...”)."""
    before = head[head.rfind("\n", 0, pos) + 1:pos]
    if "„" in before:
        return before.count("„") > before.count("“")
    return before.count("“") > before.count("”") or before.count("«") > before.count("»")


# a site's notice that it was archived, and its date (on the notice's line or the next):
# the archiving's, not the page's ("This site has been archived on 28 of April 2017" / "28/04/2017")
# a site's clock, today's date over the weekday and the time ("28 Eylül, 2025" / "Pazar 16:37"),
# folded: no date of the page's text (unless a label says it is the text's: "Eklenme : 26 Ocak
# 2023 Perşembe 09:00")
_CLOCK = re.compile(rf"[^\S\n]*\n?[^\S\n]*(?:{WEEKDAYS}),?[^\S\n]+\d{{1,2}}[:.]\d\d(?!\d)")
_ARCHIVED = re.compile(r"\b(?:has been archived|archived on|archive le|archive depuis)\b")


def _under_headline(head: str, pos: int) -> bool:
    """Whether the date at `pos` of `head` opens the line under the page's first line, a
    headline of four words at least, as a news item prints its own day and time under it
    ("Avrupa Konseyi ... Türkiye Kararı" / "25 Nisan 2017 Salı 17:53"); a site's clock stands
    over the headline, or under the site's name ("Örnek Haber" / "27 Ocak 2031" / "Pazartesi
    09:00")."""
    lines = [line for line in head[:head.rfind("\n", 0, pos) + 1].split("\n") if line.strip()]
    return len(lines) == 1 and len(lines[0].split()) >= 4 and not head[head.rfind("\n", 0, pos) + 1:pos].strip()


# (not a page's own dateline with its update after a bar: "20/03/2018 01:32 EDT | Actualisé
# 20/03/2018 01:40 EDT", "... | Updated ...", folded)
_UPDATE_AFTER_BAR = re.compile(rf"\|\s*(?:{_UPDATED}|actualise|mis a jour|guncellendi|aktualisiert|actualizado|aggiornato)\b")


def _on_browser_header(text: str, pos: int) -> bool:
    line = line_at(text, pos).strip()
    return _BROWSER_HEADER.fullmatch(line) is not None and not _UPDATE_AFTER_BAR.search(line)


def _in_capitals(lines: list[str], index: int) -> bool:
    """Whether the line is in capitals: most of its letters are (not a line in a script
    without case that cites a symbol in capitals, an Arabic sentence's "CAT/C/TUR/4")."""
    line = lines[index] if index < len(lines) else ""
    letters = [c for c in line if c.isalpha()]
    return line.isupper() and 2 * sum(c.isupper() for c in letters) >= len(letters)


# A full stop that ends a sentence, folded: after a word that is no abbreviation ("para. 85",
# "Mr. Smith", "H.E. Mohammad", "art. 5" go on)
_FULL_STOP = re.compile(r"\.(?=\s)")
_WORD_BEFORE = re.compile(r"[^\s.(\[]*$")
_ABBREVIATIONS = frozenset({"no", "nos", "art", "arts", "para", "paras", "vol", "mr", "mrs", "ms", "dr", "st", "rev", "add",
                            "corr", "supp", "op", "cit", "cf", "ibid", "prof", "pp", "sq", "vs", "nr", "ed", "eds"})
SENTENCE_REACH = 240  # characters: how far back the sentence an "adopted" stands in is read
# ... and what tells of the meeting that adopted a text, before it: "At its 17th meeting,
# held on 29 January 2015, the Working Group adopted the report on Turkey" (a UPR report's
# first paragraph), "At its meeting on 9 December 2008, the Working Group adopted ..."
# (a converter's space inside the word: "17th m eeting", "13th mee ting")
# (over two days, the last is the adoption's: "at its 1424th and 1426th meetings, held on
# 10 and 11 May 2016")
# (its record's symbol between: "at its 2944th meeting (CCPR/C/SR/2944), held on 30 October 2012")
# (in Spanish: "en su 460ª sesión, celebrada el 28 de marzo de 2019", "en sus sesiones 314ª
# y 315ª, celebradas los días 14 y 15 de abril de 2016"), and in French ("À sa 17e séance,
# tenue le 29 janvier 2015, le Groupe de travail a adopté le présent rapport"; "À sa 4179e
# séance, le 5 novembre 2024, il a adopté les observations finales ci-après"; "à ses 2123e et
# 2125e séances, les 17 et 18 juillet 2024"), and in Russian ("На своих 2609-м и 2610-м
# заседаниях, состоявшихся 6 декабря 2017 года, Комитет принял настоящие ...")
_MEETING_HELD_ON = re.compile(r"(?:\bm ?e ?e ?t ?i ?n ?gs?(?:\s*\([^()]{1,40}\))?[,\s]+(?:held[,\s]+)?on\s+"
                              r"|\bsesion(?:es)?(?:\s*\([^()]{1,40}\))?,?\s+celebradas?\s+(?:el|los dias)\s+"
                              r"|seances?(?:\s*\([^()]{1,40}\))?,?\s+(?:tenues?\s+)?les?\s+"
                              r"|заседани(?:и|ях)(?:\s*\([^()]{1,40}\))?,?\s+состоявш\w+\s+)"
                              r"(?:\d{1,2}(?:st|nd|rd|th)?\s*(?:and|y|et|и|-|–)\s*)?$")
# (who adopted the text, a name of four words at most: not another clause, "..., held on
# 26 and 27 April 2016, and adopted", "... les 17 et 18 juillet 2024, et a adopté", "...,
# celebradas los días 3 y 4 de marzo, y aprobó", "..., the Committee approved a draft report and adopted";
# none where the verb says it, "..., celebrada el 28 de marzo de 2019, aprobó"; French's
# auxiliary before it, "... a adopté")
_WHO_ADOPTED = re.compile(r"(?:\s+года)?,?\s+(?:(?!(?:and|et|y|и)\b)(?:the\s+)?[^\W\d_]+(?:[\s-]+[^\W\d_]+){0,3}\s+)?(?:a\s+)?")
# (and what it adopted, the text itself: "the report", "the present report", "the following
# concluding observations", "las presentes observaciones finales", "le présent rapport", not
# "a draft resolution")
_ADOPTED_ITSELF = re.compile(r"\s+(?:the|this|these|its|las?|los|el|estas?|este|estos|sus?|le|les|ce|cet|cette|ces|son|ses"
                             r"|настоящ\w+|следующ\w+)\b")
# (and another text, adopted "a decision on 2 December 2021", whenever it was adopted)
_ADOPTED_ANOTHER = re.compile(r"\s+(?:a|an)\s")
# (and a participle's "adopted in" before a month or a year: another text's, "the new electoral
# law adopted in March 2022")
_ADOPTED_IN = re.compile(r"[^\S\n]+in[^\S\n]+")
# a title on another text before "adopted" on its line, opening the line or a breadcrumb's part
# ("Opinion on the Amendments to the Constitution Adopted by the Grand National Assembly on 21
# January 2017", "... > TÜRKIYE - Opinion on ..."), no sentence's end between: the other text's
# adoption, its adopter the body named after it (folded; mechanism reads it too)
ON_ANOTHER_TEXT = re.compile(r"(?:^|[>:|–—-][^\S\n])[^\S\n]*(?:[^\W\d_]+[^\S\n]+[-–—][^\S\n]+)?"
                             r"(?:opinion|report|comments?|observations|analysis|memorandum|study|review|avis|rapport)"
                             r"[^\S\n]+(?:on|of|about|concerning|sur)\b[^.\n]*$", re.MULTILINE)


# Turkish names the meeting after its date and the text adopted before the verb: "Komite, ...
# 10 ve 11 Mayıs 2016 tarihlerinde yapılan 1424. ve 1426. toplantılarında aşağıdaki sonuç
# gözlemlerini kabul etmiştir", "Çalışma Grubu, 29 Ocak 2015 tarihinde yapılan 17. toplantısında
# Türkiye'ye ilişkin raporu kabul etmiştir", "... 29 Ocak 2015 tarihli 17. toplantısında ..."
# (folded; what follows the date, up to the verb; not another text, "bir karar kabul etmiştir")
_HELD_THEN_ADOPTED_TR = re.compile(r"\s+(?:tarih(?:i|leri)nde\s+(?:yapilan|gerceklestirilen|duzenlenen|akdedilen)|tarihli)\s+"
                                   r"(?:\d{1,4}\.?(?:\s*(?:ve|,|-|–)\s*\d{1,4}\.?)*\s+)?(?:[^\W\d_]+\s+){0,3}?"
                                   r"(?:toplanti(?:si|lari)|oturum(?:u|lari))nda,?\s+(?!bir\s)(?:\S+\s+){0,6}")


def _opens_in_a_capital(line: str) -> bool:
    return next((c.isupper() for c in line if c.isalpha()), False)


def _sentence_end(text: str, start: int, end: int, last: bool = False) -> int | None:
    """Where the first (`last`: the last) sentence ending between `start` and `end` ends."""
    stops = [m.end() for m in _FULL_STOP.finditer(text, start, end)]
    for stop in reversed(stops) if last else stops:
        word = _WORD_BEFORE.search(text, max(0, stop - 21), stop - 1)
        if word and len(word.group()) > 1 and word.group() not in _ABBREVIATIONS:
            return stop
    return None


def _last_to_end(found: list[tuple[int, dt.date, str, str]]) -> tuple[int, dt.date, str, str] | None:
    """Of dates found (see _dates_in), the last to end, and of those the longest: "14th
    October 2011", not "October 2011" in it."""
    return max(found, key=lambda f: (f[0] + len(f[3]), len(f[3]))) if found else None


def _adoption_date(text: str, m: re.Match[str], language: str | None) -> tuple[int, dt.date, str, str] | None:
    """The date of the adoption `m` tells of (`text` folded): the meeting's that the
    sentence names before it, else the first date after it in its sentence, within 80
    characters (not one of the next sentence's: "... the Working Group adopted the report
    on Turkey. / 2. On 13 January 2015, the Human Rights Council selected ...")."""
    start = max(0, m.start() - SENTENCE_REACH)
    if m.group().startswith("kabul et"):
        # (Turkish: the last date before the verb, the meeting's; a sentence's end is not
        # read, "1424." is an ordinal)
        window = text[start:m.start()].replace("\n", " ")
        last = _last_to_end(_dates_in(window, language))
        return last if last and _HELD_THEN_ADOPTED_TR.fullmatch(window, last[0] + len(last[3])) else None
    start = _sentence_end(text, start, m.start(), last=True) or start
    # (a sentence's lines are one: "held on 31" / "January 2014")
    last = _last_to_end(_dates_in(text[start:m.start()].replace("\n", " "), language))
    if last:
        off, _, _, raw = last
        if _MEETING_HELD_ON.search(text, start, start + off) and \
                _WHO_ADOPTED.fullmatch(text, start + off + len(raw), m.start()) and _ADOPTED_ITSELF.match(text, m.end()):
            return last
    # ... or, further in the sentence, the meeting's named after it ("... and adopted the
    # following concluding observations at its 1424th and 1426th meetings, held on 10 and
    # 11 May 2016")
    end = _sentence_end(text, m.end(), m.end() + SENTENCE_REACH) or m.end() + SENTENCE_REACH
    # (a session's, its last day: "Adopted by the Venice Commission at its 110th Plenary
    # Session (Venice, 10-11 March 2017)")
    window = text[m.end():end].replace("\n", " ")
    if _ADOPTED_ANOTHER.match(window):
        return None
    after = _dates_in(window, language)
    # (a sentence wraps at most once before its date, a label's value may stand a blank line or
    # a site's line below it; a date under two lines of text ends a list under a heading,
    # "Noteworthy cases, judgments delivered" / "Grand Chamber" / "Kavala v. Türkiye" / "11
    # July 2022", a case's date, not the text's)
    if after and sum(1 for line in text[m.end():m.end() + after[0][0]].split("\n")[1:-1] if line.strip()) > 1:
        return None
    if after and (after[0][0] <= 80 or _MEETING_HELD_ON.search(window, 0, after[0][0]) and _ADOPTED_ITSELF.match(window)):
        return after[0]
    return None


# the longest a body's session lasts, from a meeting in it to its last day
SESSION_DAYS = dt.timedelta(days=45)


def _ends_a_period(text: str, pos: int) -> bool:
    """Whether the date at `pos` ends a period ("23 November–11 December 2015")."""
    return pos > 0 and _RANGE_BEFORE.search(text[max(0, pos - 16):pos]) is not None


def _datelines_month(head: str, pos: int) -> bool:
    """Whether the month at `pos` ends a dateline's line after its place ("Ankara, May 2023")."""
    start = head.rfind("\n", 0, pos) + 1
    return _DATELINE.fullmatch(head, start, pos) is not None and _ALONE.fullmatch(line_at(head, pos)[pos - start:]) is not None


def within(day: dt.date, period: tuple[dt.date, str]) -> bool:
    """Whether `day` falls in `period`, a (date, precision): its month, or its year (a day's
    precision takes its month)."""
    start, precision = period
    return day.year == start.year and (precision == "year" or day.month == start.month)


def find_dates(pages: list[str], language: str | None = None) -> tuple[Tagged | None, Tagged | None]:
    """(published, adopted); each value is (date, precision). `language`: the document's,
    when known (its words for months are read too)."""
    if not pages:
        return None, None
    head = fold(pages[0][:HEADER_CHARS])
    # a period ("from 6 to 17 May 2019", "20-31 January 2020", "du 6 au 17 mai") is when
    # a visit or a session took place, not the document's date
    found = [f for f in _dates_in(head, language) if not _RANGE_BEFORE.search(head[max(0, f[0] - 16):f[0]])
             and not _BETWEEN_BEFORE.search(head[max(0, f[0] - 40):f[0]])
             and not _SITE_DAY_LINE.match(line_at(head, f[0]))
             and not _RANGE_AFTER.match(head[f[0] + len(f[3]):]) and not _on_browser_header(head, f[0])
             and not _RELATIVE_AFTER.match(head, f[0] + len(f[3]))
             and not _ARCHIVED.search(head[max(0, head.rfind("\n", 0, max(0, head.rfind("\n", 0, f[0]) - 1))):f[0]])
             and not _FILED.search(head[max(0, f[0] - 80):f[0]])
             and not (_CLOCK.match(head, f[0] + len(f[3])) and not _PUBLISHED_ON.search(head, max(0, f[0] - 30), f[0])
                      and not _under_headline(head, f[0]))]
    # a UN cover's date is the one under its distribution line; a footnote's ("* Reissued
    # for technical reasons on 4 July 2014", which pypdf may read first) is not
    distribution = _DISTRIBUTION.search(head)
    own = [f for f in found if distribution and 0 <= f[0] - distribution.end() <= 40 and f[2] == "day"]
    body = [f for f in found if not _FOOTNOTE_LINE.match(head, head.rfind("\n", 0, f[0]) + 1)]
    # a date the header says is the publication's ("Published on 12 May 2020", after an
    # "Adopted on 17 March 2020" line)
    # (said at the head of its line: "publié le 24 avril 2002" inside a sentence tells when
    # another text was published)
    stated = [f for f in found if (m := _PUBLISHED_ON.search(head, max(0, f[0] - 30), f[0]))
              and m.start() - (head.rfind("\n", 0, m.start()) + 1) <= STATED_LEAD]
    # ... or its version's ("Version 2.0 September 2018", a note's edition and month, which a
    # document site runs into its first line: "... Kurdish ethnicity Version 1.0 February 2016
    # Preface ...", over the day the site took the copy in)
    versioned = [f for f in found if _VERSION_BEFORE.search(head, max(0, f[0] - 20), f[0])]
    # ... and the dateline the document was issued under, before a date in its title
    # ("PRESIDENTIAL ELECTION 10 August 2014" / ... / "Warsaw 18 November 2014")
    dateline = [f for f in found if f[2] == "day" and _DATELINE.fullmatch(head, head.rfind("\n", 0, f[0]) + 1, f[0])]
    # ... or a date alone on its line, as a page prints its own ("17/10/2017" under a news
    # item; "13 Temmuz 2017 Perşembe"), before a date inside a sentence, which is another's
    alone = [f for f in found if f[2] == "day" and _ALONE.fullmatch(line_at(head, f[0]))]
    # ... but a cover's month alone on its line before any day is the cover's ("Factsheet –
    # Roma and Travellers" / "February 2018"), not a day the text tells of further on (nor
    # the rest of a day wrapped: "... on 23" / "June 1995")
    # (or opening a heading line before a dash, a bulletin's issue: "MARS 2024 – ACTUALITÉ DES
    # DROITS HUMAINS EN TURQUIE", not the day in its first item, "signalé disparu le 6 août 2019")
    # (or after its place, a dateline's month: "Ankara, May 2023", over a day the text tells of)
    month = next((f for f in found if _ALONE.fullmatch(line_at(head, f[0]))
                  or (f[2] == "month" and _ISSUE_HEADING.match(line_at(head, f[0])))
                  or (f[2] == "month" and _datelines_month(head, f[0]))), None)
    if month and (month[2] != "month" or any(f[0] < month[0] for f in found if f[2] == "day")
                  or re.search(r"(?<!\d)\d{1,2}\W*$", head[:head.rfind("\n", 0, month[0])])):
        month = None
    # ... and, in running text, not a cited text's date
    uncited = [f for f in found if not _CITED_BEFORE.search(head, max(0, f[0] - 120), f[0])
               and not _CITED_DAY_BEFORE.search(head, head.rfind("\n", 0, f[0]) + 1, f[0])
               and not _CITED_AFTER.match(head, f[0] + len(f[3])) and not _events_day(head, f[0], len(f[3]))
               and not (_CITED_SAYS.match(head, f[0] + len(f[3]))
                        and re.search(_PUBLISHED_AFTER_COMMA, head[max(0, f[0] - 20):f[0]]))
               and not _quoted(head, f[0])]
    published = None
    chosen = None
    if found:
        chosen = (own[0] if own else stated[0] if stated else versioned[0] if versioned else dateline[0] if dateline else month or (alone[0] if alone else None)
                  or next((f for f in body if f[2] == "day" and f in uncited), None)
                  or next((f for f in uncited if f[2] == "day"),
                          next((f for f in uncited if len(line_at(head, f[0]).strip()) <= 80), None)))
    if chosen:
        off, date, precision, raw = chosen
        published = Tagged((date, precision), [Evidence(raw, 1)], rule="header")
    adopted = None
    # a decision headed by the meeting that adopted it, on a line of its own ("1501st
    # meeting, 11-13 June 2024 (DH)"), was adopted there, even where it gives its own date;
    # a sentence's "delivered" or "adopted" on a day outside the meeting tells of a text it
    # is about ("the Court delivered a judgment under Article 46 § 4 on 11 July 2022"),
    # unless a line opens on its own adoption
    held = _MEETING.search(head)
    meeting = _meeting(held)
    heading = held is not None and len(line_at(head, held.start())) <= MEETING_LINE

    def in_meeting(date: dt.date) -> bool:
        return meeting is None or within(date, meeting.value)

    for number, page in enumerate(pages[:3], start=1):
        text = fold(page)
        # ("judgment of" heads a judgment's own line, "JUDGMENT OF THE COURT (Grand Chamber)
        # 8 April 2014"; inside a sentence it dates the judgment a text is about: "recalled
        # the Court's findings in the Kavala v. Turkey judgment of 10 December 2019")
        dated = [(m, near) for m in _ADOPTED.finditer(text)
                 if (not m.group().startswith("judgment")
                     or _LINE_START.fullmatch(text, text.rfind("\n", 0, m.start()) + 1, m.start()))
                 and (near := _adoption_date(text, m, language))]
        # the line that says when the text was adopted opens with it ("Adopted by the Venice
        # Commission at its 110th Plenary Session (Venice, 10-11 March 2017)"); an
        # "adopted" inside a line is often what the text is about ("Opinion on the
        # amendments ... adopted by the Grand National Assembly on 21 January 2017"), as is
        # a line of a heading in capitals; and a line a sentence wraps into opens in small
        # letters ("... a new constitution had been" / "adopted on 27 December 2004, ...")
        lines = page.split("\n")
        opening = [(m, near) for m, near in dated
                   if _LINE_START.fullmatch(text, text.rfind("\n", 0, m.start()) + 1, m.start())
                   and not _in_capitals(lines, text.count("\n", 0, m.start()))
                   and _opens_in_a_capital(lines[text.count("\n", 0, m.start())])]
        # (nor, inside a line, a heading's in capitals: a Turkish cover's "... TARAFINDAN KABUL
        # EDİLEN VE 16 NİSAN 2017 TARİHİNDE HALKOYUNA SUNULACAK OLAN ANAYASA DEĞİŞİKLİKLERİ",
        # what the opinion is on, before its own "... Toplantısında kabul edilmiştir (Venedik,
        # 10-11 Mart 2017)", the verb at its line's end)
        # (nor a month or a year right after "adopted in" inside a sentence, another text's, as a
        # participle names it: "the new electoral law adopted in March 2022")
        inside = [(m, near) for m, near in dated if in_meeting(near[1])
                  and not _in_capitals(lines, text.count("\n", 0, m.start()))
                  and not ON_ANOTHER_TEXT.search(text, text.rfind("\n", 0, m.start()) + 1, m.start())
                  and not (near[2] != "day" and _ADOPTED_IN.match(text, m.end()))]
        if opening or inside:
            adoption = (opening or inside)[0]
            m, (_, date, _, raw) = adoption
            # (a session's last day, "Adopted by the Committee at its eighty-eighth session (23
            # November–11 December 2015)", gives way to the day of the meeting the text says
            # adopted it in that session, "At its 2418th meeting, held on 10 December 2015, it
            # adopted ...")
            if opening and _ends_a_period(text, text.find(raw, m.end())):
                adoption = next((c for c in inside if c[0].start() != m.start() and c[1][2] == "day"
                                 and dt.timedelta(0) < date - c[1][1] <= SESSION_DAYS), adoption)
            m, (_, date, precision, raw) = adoption
            adopted = Tagged((date, precision), [Evidence(m.group() + " " + raw, number)], rule="adopted")
            break
    published = _year(_PUBLISHED_SESSION.search(head), "header") or published or _year(_REPORT_YEAR.search(head), "header")
    if (issued := _DC_ISSUED.search(head)) and len(DC_FIELD.findall(head)) >= 3:
        issued_year, issued_month, issued_day = issued.groups()
        precision = "day" if issued_day else "month" if issued_month else "year"
        try:
            published = Tagged((dt.date(int(issued_year), int(issued_month or 1), int(issued_day or 1)), precision),
                               [Evidence(issued.group().strip(), 1)], rule="header")
        except ValueError:
            pass
    adopted = adopted or _year(_ADOPTED_YEAR.search(head), "adopted")
    if adopted is None and (published is None or heading):
        adopted = meeting
    return published, adopted
