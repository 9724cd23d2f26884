"""The structure of a judgment or decision of the European Court of Human Rights (and of
a decision of the former European Commission of Human Rights), read from its text.

Works on any form of the text: a PDF or DOCX with line breaks, or HUDOC's text where the
heading runs into the first paragraph, since all whitespace is read as one space.

- kind (judgment or decision) and formation (Grand Chamber, Chamber, Committee, Plenary,
  Commission);
- title as HUDOC writes it: "CASE OF X v. TURKEY" / "AFFAIRE X c. TURQUIE" for
  judgments, "X v. TURKEY" / "X c. TURQUIE" for decisions (applicants by their surnames);
- respondent State(s), as ISO 3166-1 alpha-2 codes, from the title;
- application numbers (the heading, the sentence the case originated in, and the
  appended list when the heading refers to one);
- date of delivery (the judgment's "STRASBOURG <date>", the decision's "sitting on
  <date>"), not the date it became final;
- separate opinions annexed;
- conclusions of the operative part, article by article in HUDOC's notation (`3`,
  `6-1`, `P1-1`, `14+8`) with `violation` or `no-violation`, and the admissibility
  outcomes (`admissible`, `inadmissible`, `struck-out`), in English and French;
- the articles in issue: those decided on and, in a decision, those its complaints were
  made under.

Turkish translations are read by ecthr_tr into the same Case, the headings of
translations into other languages by ecthr_languages, the Registry's legal summaries by
ecthr_summary.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable

from archive import taxonomy
from archive.identifiers import application_number_spans, application_numbers
from archive.search.analysis import fold

from . import ecthr_languages, ecthr_summary, ecthr_tr
from .countries import FORMS_OF_ADDRESS
from .dates import MONTHS, first_date
from .furniture import without_furniture

VIOLATION, NO_VIOLATION = "violation", "no-violation"
# the kinds of text: a judgment, a decision, and an application the Court communicated to
# the respondent Government (the statement of facts and the questions to the parties)
JUDGMENT, DECISION, COMMUNICATED = "judgment", "decision", "communicated-case"
LEGAL_SUMMARY = "legal-summary"  # (read by ecthr_summary)
# the European Commission of Human Rights' report on the merits of an application it had
# declared admissible (former Article 31, until 1999): its opinion, before the case went
# to the Court or the Committee of Ministers
COMMISSION_REPORT = "commission-report"
KINDS = (JUDGMENT, DECISION, COMMUNICATED, LEGAL_SUMMARY, COMMISSION_REPORT)
ADMISSIBLE, INADMISSIBLE, STRUCK_OUT = "admissible", "inadmissible", "struck-out"
HEAD_CHARS = 3000
COURT_CHARS = 20000  # the Court is named after the heading (and a table of contents)


@dataclass(frozen=True)
class Conclusion:
    article: str | None
    outcome: str
    text: str  # the clause of the operative part it was read from

    def as_json(self) -> dict[str, str | None]:
        return {"article": self.article, "outcome": self.outcome}


@dataclass
class Case:
    kind: str  # judgment | decision | communicated-case | legal-summary | commission-report
    title: str
    language: str  # en | fr (of the text)
    formation: str | None = None
    respondents: list[str] = field(default_factory=list)
    applications: list[str] = field(default_factory=list)
    date: dt.date | None = None
    opinions: list[str] = field(default_factory=list)
    conclusions: list[Conclusion] = field(default_factory=list)
    # the articles in issue (HUDOC's "Article" filter: 3, 6-1, P1-1, 14+8), each with the
    # text it was read from
    article_evidence: dict[str, str] = field(default_factory=dict)

    @property
    def articles(self) -> list[str]:
        return list(self.article_evidence)

    def info(self) -> dict[str, object]:
        """What the document's record keeps beside its own fields."""
        return {"kind": self.kind, "formation": self.formation, "respondents": self.respondents,
                "applications": self.applications, "opinions": self.opinions,
                "articles": self.articles, "date": self.date.isoformat() if self.date else None}


_TURKISH_CAPITAL_APART = re.compile(r"(?<=[A-Z]) ([İŞĞ]) (?=[A-ZÀ-ɏ])")
_ELISION_SPACED = re.compile(r"\b([lLdDnNsScCjJ]|[Qq]u) (['’]) (?=\w)")


def flatten(pages: list[str]) -> str:
    """The text with all whitespace as single spaces, a word broken after its hyphen at
    the end of a line joined ("Berro-" / "Lefèvre" -> "Berro-Lefèvre") and superscripts
    made plain ("n o 2" -> "no 2", "1 er" -> "1er", "v ." -> "v."), a capital letter set
    apart from its name joined ("ADEMOVİ Č" -> "ADEMOVİČ", "M İ HR" -> "MİHR"), a French
    elision's spaced apostrophe closed ("l ' affaire" -> "l'affaire"); a non-breaking
    hyphen, which HUDOC's text spaces ("non ‑ governmental", "MARTIN ‑ DUPONT"), is a
    hyphen."""
    text = re.sub(r"(?<=\w-)[ \t]*\n\s*(?=\w)", "", "\n".join(pages))
    text = re.sub(r"[^\S\n]*\u2011[^\S\n]*", "-", text)
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\b([Nn]) ([oO°])([sS]?) (?=\d)", lambda m: f"{m.group(1)}{m.group(2).lower()}{m.group(3).lower()} ", text)
    text = re.sub(r"\b(\d{1,2}) (er)\b", r"\1\2", text)
    # (a name's last letter with its accent set apart in capitals, as a copy of HUDOC's
    # page may give it: "ADEMOVİ Č" is ADEMOVİČ; in Latin letters only, not a Cyrillic
    # heading's one-letter words, "ПЕТРОВ И ДРУГИЕ", "КОВАЛЕНКО І ІНШІ"; not French "À")
    text = re.sub(r"(?<=[A-ZÀ-ɏ]{2}) ([À-ɏ])(?=[\s,]|$)",
                  lambda m: m.group(1) if m.group(1).isupper() and m.group(1) != "À" else m.group(0), text)
    # (and a Turkish capital set apart inside a name, which no word is alone: "FONDATION M İ HR"
    # is MİHR; a French elision's apostrophe spaced, as a copy of the Court's page may give it:
    # "En l ' affaire", "droits de l ' homme")
    # (each looked for only where its spaced letter or sign stands: both run on every text read)
    if " İ " in text or " Ş " in text or " Ğ " in text:
        text = _TURKISH_CAPITAL_APART.sub(r"\1", text)
    if " ' " in text or " ’ " in text:
        text = _ELISION_SPACED.sub(r"\1\2", text)
    return re.sub(r"\b([vc]) \.", r"\1.", text)


# ----------------------------------------------------------------------------- States

_ARTICLES = re.compile(r"^(?:the|la|le|les|l['’])\s*", re.IGNORECASE)


@lru_cache(maxsize=1)
def _states() -> dict[str, str]:
    """Folded country name (without a leading article) -> alpha-2, countries only."""
    out = {}
    for name, place in taxonomy.gazetteer().items():
        if not place.is_turkish_place:
            out[_ARTICLES.sub("", name.replace("’", "'"))] = place.code
    return out


def match_state(text: str) -> tuple[str, int] | None:
    """(alpha-2, characters) of the longest country name at the start of `text`."""
    words = list(re.finditer(r"[^\s,;()\[\]]+", text[:160]))  # ("Turkey[1]": a footnote's mark)
    for n in range(min(len(words), 9), 0, -1):
        end = words[n - 1].end()
        phrase = text[:end].rstrip(".’'\"")
        key = _ARTICLES.sub("", fold(phrase.strip("\"“”«» ")).replace("’", "'"))
        key = re.sub(r"\s+", " ", key)
        if key in _states():
            return _states()[key], len(phrase)
    return None


def upper(text: str) -> str:
    """Capitals as HUDOC prints names: Turkish names keep their dotted capital İ
    ("Türkiye" is TÜRKİYE, where Python's upper() gives TÜRKIYE), name by name ("Türkiye
    and Azerbaijan" is TÜRKİYE AND AZERBAIJAN)."""
    def one(name: str) -> str:
        if re.search(r"[ğışĞİŞ]|\bTürkiye\b", name):
            name = name.replace("i", "İ").replace("ı", "I")
        return name.upper()
    return "".join(one(part) for part in re.split(r"(,|&|\band\b|\bet\b)", text))


def _respondents(text: str) -> tuple[list[str], int]:
    """The State(s) at the start of `text` ("CYPRUS AND TURKEY"): codes and length."""
    codes: list[str] = []
    pos = 0
    while True:
        lead = re.match(r'\s*["“«]?\s*', text[pos:])
        start = pos + (lead.end() if lead else 0)
        found = match_state(text[start:])
        if not found:
            break
        codes.append(found[0])
        pos = start + found[1]
        pos += len(re.match(r'["”»]?', text[pos:]).group())  # type: ignore[union-attr]
        more = re.match(r"\s*(?:,|and|et)\s+", text[pos:], re.IGNORECASE)
        if not more or not match_state(re.sub(r'^["“«]', "", text[pos + more.end():])):
            break
        pos += more.end()
    return codes, pos


# ----------------------------------------------------------------------------- heading

# (also run into the section over it, as a copy that lost its line breaks gives it: "SECOND
# SECTIONCASE OF KAYA AND OTHERS v. TÜRKİYE(Applications nos. ...)")
_JUDGMENT_TITLE = re.compile(r"(?:\b|(?<=SECTION)|(?<=CHAMBER))(CASE OF|AFFAIRE|(?<=JUDGMENT )|(?<=ARRÊT ))\s*(.{1,300}?)\s+((?-i:v|c))\.\s+",
                             re.IGNORECASE)
_PROCEEDINGS = re.compile(r"\b(?:Proceedings under Article 46 § 4 in the case of|Procédure au titre de l['’]article 46 § 4 "
                          r"dans l['’]affaire)", re.IGNORECASE)
_REPORT_WORDS = re.compile(r"\b(?:REPORT OF THE COMMISSION|RAPPORT DE LA COMMISSION)\b")  # in capitals
_DECISION_WORD = re.compile(r"\b(?:DECISION|DÉCISION|AS TO THE ADMISSIBILITY|SUR LA RECEVABILIT[ÉE])\b", re.IGNORECASE)
_JUDGMENT_WORD = re.compile(r"\b(?:JUDGMENT|ARR[ÊE]T)\b", re.IGNORECASE)
_COURT = re.compile(r"European (?:Court|Commission) of Human Rights|(?:Cour|Commission) européenne des droits de l['’]homme",
                    re.IGNORECASE)
_BODY_START = re.compile(r"\b(?:In the case of|En l['’]affaire|The European (?:Court|Commission) of Human Rights|"
                         r"La (?:Cour|Commission) européenne des droits de l['’]homme)", re.IGNORECASE)
_DECISION_PARTIES = re.compile(
    # ("no ." as HUDOC's older pages space it, and the plural's "s" apart as a site's copy spaces
    # the page's formatting: "Application s no s . 60813/00 and 61317/00")
    r"\b(?:Application ?s?|Requête ?s?)\s+n[o°](?: ?s)?\s?\.?\s*[\d/ ,;&etand]+?"
    # "Applications nos. 123/19 and 3 others" (the rest in an appended table)
    r"(?P<more>\s*(?:and|et)\s+\d+\s+(?:others?|autres)\b[\s,:–-]*)?(?:\s+(?:by|présentée?s? par)\s+|\s+)"
    r"(?P<names>(?![\d/]).{1,300}?)\s+(?P<against>against|contre|(?-i:v\.|c\.))\s+", re.IGNORECASE)
# ... or, in a decision of the Commission whose heading a copy left out, its formula
# ("Having regard to the application introduced on 11 June 1985 by K.K. against the Netherlands
# and registered on 12 June 1985 under file No. 11569/85", "Vu la requête introduite le ... par
# X contre la Belgique et enregistrée le ... sous le N° de dossier ..."); its groups are
# _DECISION_PARTIES' (`more` empty: the formula names no "and 3 others"), read by the same code
_REGARD = re.compile(r"\b(?:Having regard to the applications? introduced on [^;]{4,40}?\s+by|Vu la requête introduite le"
                     r" [^;]{4,40}?\s+par)\s+(?P<more>)(?P<names>[^;]{1,200}?)\s+(?P<against>against|contre)\s+(?=[^;]{1,80}?"
                     r"\b(?:registered on|enregistrée le)\b)", re.IGNORECASE)
_FILE_NUMBERS = re.compile(r"\b(?:under file|sous le)\s+N[o°]s?\.?\s*(?:de dossier\s*)?\d[^;]{0,120}", re.IGNORECASE)
_MORE_PARTIES = re.compile(r"\s+(?:and|et)\s+(?P<names>.{1,120}?)\s+(?:against|contre)\s+", re.IGNORECASE)
# ... or the Commission's, each application under its own number: "... against Turkey
# registered on 25 July 1989 Application No. 15300/89 introduced on 21 July 1989 by ... against Turkey"
_MORE_APPLICATIONS = re.compile(r"\s+registered on .{4,30}?\s+Application No\.?\s*\d{3,6}/\d\d\s+"
                                r"(?:introduced on .{4,30}?\s+)?by\s+(?P<names>.{1,120}?)\s+against\s+", re.IGNORECASE)
_OTHER_APPLICATIONS = re.compile(r"^\s*(?:and|et)\s+\d+\s+(?:other|autres)\s+(?:applications|requêtes)", re.IGNORECASE)
# What a heading prints in brackets after the respondent, as part of the case's name:
# its number ("(No. 2)", "(N° 2)", "(II)"), and in a judgment's heading the stage of the
# case ("(Just satisfaction)", "(ARTICLE 50)", "(Preliminary objections)", "(Révision)"):
# words, at most an article number, never the application ("(Application no. 123/45)"),
# the old case number or a reference ("(see appended table)").
_SUFFIX = re.compile(r"\s*\(\s*(?P<inner>(?:[Nn][o°]s?\.?\s*\d+(?:\s*(?:and|et|&)\s*\d+)?)|[IVX]+|[A-Z][A-Z ]{1,20})\s*\)")
# (not the court's own name that a law site puts after a case's name in its page's title:
# "CASE OF GİRİŞEN v. TURKEY (European Court of Human Rights)")
_STAGE = re.compile(r"\s*\(\s*(?P<inner>(?!(?:Applications?|Requ[êe]tes?|Req|see|voir|cf|European Court|Cour europ|ECHR|ECtHR"
                    r"|CEDH|AİHM|AIHM)\b)"
                    r"[^\W\d_][^\W\d_'’ -]*(?:[ '’-]+[^\W\d_]+){0,5}(?:\s+\d{1,2})?)\s*\)", re.IGNORECASE)


def _suffix(text: str, french: bool, stage: bool = False) -> str:
    m = _SUFFIX.match(text) or (_STAGE.match(text) if stage else None)
    if not m:
        return ""
    inner = m.group("inner")
    number = re.match(r"[Nn][o°](s?)\.?\s*(\d.*)", inner)
    if number:
        rest = number.group(2)
        inner = (f"N°{number.group(1)} {rest}" if french else f"No{number.group(1)}. {rest}")
    return f" ({inner})"


# the small words of a surname ("van der VELDEN", "de SOUSA"), which HUDOC's title keeps
_PARTICLES = frozenset("van von der den de di da du des del della le la ten ter zu dos das do".split())
_LEGAL_FORMS = frozenset("S.P.A. S.R.L. S.A. SA SRL SPA LTD LTD. PLC GMBH AG AB AS A.S. OY BV B.V. NV N.V. D.O.O. SARL S.A.R.L. AŞ A.Ş. EOOD OOD".split())


_INITIALS = re.compile(r"(?:[A-Z]\.)+")  # "R.", "N.H.": initials (fullmatch)
_INTRODUCED_BY = re.compile(r"^\s*(?:by\s+|(?:introduced|lodged) on .{4,30}? by\s+|présentée?s? par\s+)", re.IGNORECASE)
_SMALL_WORD = re.compile(r"\b(?:of|de|du|des|the)\b")


def _is_capitals(word: str) -> bool:
    """A word in capitals of two letters or more ("KAYA", "BiÇER": the small i for İ)."""
    return len(word.strip(".")) > 1 and word.replace("i", "I").isupper() and sum(c.isupper() for c in word) >= 2


def surnames(names: str, french: bool) -> str:
    """HUDOC's name of the applicants: their surnames, as printed in capitals ("Joseph
    and Mary VAREY" is VAREY: first names before a shared surname), the last word for a
    person printed without capitals, the whole name for an organisation."""
    # ("and O thers": a word split where a page's markup changed)
    others = re.search(r"\b(?:and|et)\s+(?:\d+\s+)?(?:o\s?thers|autres)\b", names, re.IGNORECASE)
    names = names[:others.start()] if others else names
    # (the Commission's headings: "introduced on 21 July 1989 by Metropolitan CHRYSOSTOMOS")
    names = _INTRODUCED_BY.sub("", names)
    names = re.sub(r"\b([A-Z])\.\s+(?=[A-Z]\.)", r"\1.", names)  # "L. C." is "L.C."
    # (applicants numbered: "1. Ahmet AYDER 2. Yusuf LALEALP")
    parts = [p.strip() for p in re.split(r",|&|\band\b|\bet\b|(?<!\S)\d{1,2}[.)](?=\s)", names) if p.strip()]
    # a surname in capitals the text prints with a small i for the Turkish dotted capital
    # ("BiÇER", "EKMEKÇi") is in capitals all the same
    in_capitals = [any(_is_capitals(w) for w in p.split()) for p in parts]
    if any(in_capitals):  # an applicant's title or office after a comma ("Bishop of Kitium") is no applicant
        parts = [p for p, caps in zip(parts, in_capitals) if caps or not _SMALL_WORD.search(p)]
    if others:
        parts = parts[:1]  # HUDOC: "X and Others", after the first applicant
    out: list[str] = []
    pending = False  # first names waiting for their surname
    # ("R. and W. HOWARD": an initial alone before the last applicant's initial and surname
    # in capitals is a first name of that surname, as "Joseph" is; "N.H. and R.A." are names)
    last = parts[-1].split() if parts else []
    shared_surname = len(last) > 1 and _INITIALS.fullmatch(last[0]) is not None and _is_capitals(last[-1]) \
        and _INITIALS.fullmatch(last[-1]) is None
    for index, part in enumerate(parts):
        if shared_surname and index < len(parts) - 1 and _INITIALS.fullmatch(part):
            pending = True
            continue
        # ("BiÇER" is BİÇER)
        words = [w.replace("i", "İ") if _is_capitals(w) and not w.isupper() else w for w in part.split()]
        part = " ".join(words)
        while len(words) > 1 and words[0].lower().rstrip(".") in FORMS_OF_ADDRESS:  # "M. Jean DUPONT"
            words = words[1:]
            part = " ".join(words)
        if words[0].lower() == "the" and _respondents(part)[1] == len(part):
            out.append(upper(part))  # a State applying, by its name with its article ("the NETHERLANDS")
            pending = False
            continue
        # (and a capital letter alone between two words in capitals, a letter a copy set apart
        # inside the name: "BOYAC I KÖY PANAYIA ...", not dropped)
        caps = [w for k, w in enumerate(words) if w.upper() not in _LEGAL_FORMS
                and (_is_capitals(w) or _INITIALS.fullmatch(w)
                     or (len(w) == 1 and w.isupper() and 0 < k < len(words) - 1
                         and _is_capitals(words[k - 1]) and _is_capitals(words[k + 1])))]
        if any(not _INITIALS.fullmatch(w) for w in caps):  # "A. B. SMITH": initials of first names
            caps = [w for w in caps if not _INITIALS.fullmatch(w)]
        if caps:
            first = words.index(caps[0])
            while first > 1 and words[first - 1].lower() in _PARTICLES:  # "Hendrik van der VELDEN", not "la SOCIÉTÉ X"
                first -= 1
                caps.insert(0, words[first])
            legal = [w for w in words if w.upper() in _LEGAL_FORMS]
            out.append(upper(" ".join(caps + legal)) if len(caps) < len(words) - len(legal) else upper(part))
            pending = False
        elif any(w.upper() in _LEGAL_FORMS for w in words) or len(words) > 3:
            out.append(upper(part))  # an organisation
        elif len(words) == 1 and index < len(parts) - 1:
            pending = True  # "Joseph" in "Joseph and Mary VAREY"
        else:
            out.append(upper(words[-1]))
    if pending and not out:
        out.append(upper(parts[-1].split()[-1]))
    out = list(dict.fromkeys(out))
    if not out:
        joined = ""
    elif "&" in names:
        joined = " & ".join(out)
    else:  # "A AND B", "A, B AND C" (as the Court names a case of three: "DE WILDE, OOMS AND VERSYP")
        joined = f" {'ET' if french else 'AND'} ".join(filter(None, [", ".join(out[:-1]), out[-1]]))
    if others:
        joined += " ET AUTRES" if french else " AND OTHERS"
    return joined


def _heading(flat: str) -> tuple[str, str, list[str], str] | None:
    """(kind, title, respondents, language) from the heading, or None if `flat` is not
    the text of a judgment, a decision or a communicated case."""
    head = flat[:HEAD_CHARS]
    court = _COURT.search(flat[:COURT_CHARS]) is not None
    if not court and not _COMMUNICATED_WORDS.search(head):  # (a communicated case may not name the Court)
        return None
    top, proceedings = _top(head)
    judgment = _heading_case(top, _body_language(head[len(top):]))
    decision_word = _DECISION_WORD.search(top)
    judgment_word = _JUDGMENT_WORD.search(top)
    is_decision = decision_word is not None and (judgment_word is None or decision_word.start() < judgment_word.start())
    # The Court's own text, not one about a case ("Briefing on the case of Kavala v.
    # Turkey", a third party's comments "in Application no. 12345/19 Ali KAYA v.
    # Turkey"): its heading's words in capitals, or the formation sitting.
    sitting = _SITTING_AS.search(flat[:HEAD_CHARS * 2]) is not None
    courts_judgment = court and ((judgment is not None and judgment.group(1).isupper())
                                 or _in_capitals(_JUDGMENT_WORD, top) or sitting)
    courts_decision = court and (_in_capitals(_DECISION_WORD, top) or sitting)
    report = court and _REPORT_WORDS.search(top) is not None and not courts_judgment
    if judgment is None and not is_decision and court and (opening := _opening_case(head, top)):
        # a judgment of the old Court as other sites print it: no heading, the case
        # named by its first words ("In the case of Aksoy v. Turkey (1), The European
        # Court of Human Rights, sitting, ...")
        case = _case_heading(head, opening, prefix=True)
        if case:
            return ("judgment", *case)
    if judgment and not is_decision and courts_judgment:
        case = _case_heading(top, judgment, prefix=True)
        # the case the proceedings name ("... in the case of X v. STATE"): titled with them
        if case and proceedings and judgment.start() == proceedings.end() - len(judgment.group(1)):
            title = upper(re.sub(r"\s+", " ", proceedings.group())) + case[0][len(judgment.group(1)):]
            case = (title, *case[1:])
        if case:
            return ("judgment", *case)
    parties = _DECISION_PARTIES.search(head[:HEAD_CHARS])
    if parties is None and judgment is None and court and sitting:
        parties = _REGARD.search(head)
    if parties and (is_decision or not judgment):
        after = head[parties.end():]
        respondents, length = _respondents(after)
        communicated = _is_communicated(after[length:]) and _heading_words(head[:parties.start()])
        if respondents and (communicated or courts_decision or report):
            french = parties.group("against").lower() in ("contre", "c.")
            state = _ARTICLES.sub("", after[:length]) if french else after[:length]
            names = parties.group("names")
            # joined applications: "A against Ireland and B against Ireland"
            rest, pos = after[length:length + 600], 0
            while (more := _MORE_PARTIES.match(rest, pos) or _MORE_APPLICATIONS.match(rest, pos)) is not None:
                codes, n = _respondents(rest[more.end():])
                if not codes:
                    break
                names += ", " + more.group("names")
                pos = more.end() + n
            if (_OTHER_APPLICATIONS.match(after[length:]) or parties.group("more")) \
                    and not re.search(r"\b(?:and|et)\s+(?:others|autres)\s*$", names, re.IGNORECASE):
                names += " et autres" if french else " and others"
            title = (f"{surnames(names, french)} {'c.' if french else 'v.'} {upper(state)}"
                     f"{_suffix(after[length:], french)}")
            kind = COMMUNICATED if communicated else COMMISSION_REPORT if report and not courts_decision else DECISION
            return kind, re.sub(r"\s+", " ", title.strip()), respondents, "fr" if french else "en"
    if judgment and is_decision and courts_decision:
        # a decision headed as a case ("AFFAIRE X c. ITALIE (Requête no ...) DÉCISION",
        # as the Grand Chamber's are): titled as decisions are, without CASE OF / AFFAIRE
        case = _case_heading(top, judgment, prefix=False)
        if case:
            return ("decision", *case)
    return None


# what follows a heading's case name: its application number ("(Application no. ...)",
# "(Requête no ...)"), after the case's number or stage if any
_APPLICATION_AFTER = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?\(\s*(?:Applications?|Requ[êe]tes?)\b", re.IGNORECASE)


def _body_language(body: str) -> str | None:
    """The language of a judgment's text by its first words ("In the case of", "En
    l'affaire"), or None."""
    if re.match(r"In the case of\b", body, re.IGNORECASE):
        return "en"
    return "fr" if re.match(r"En l['’]affaire\b", body, re.IGNORECASE) else None


def _heading_case(top: str, language: str | None = None) -> re.Match[str] | None:
    """The heading's case name: the first "CASE OF X v. STATE"; where it is printed again,
    the same case, with the application number after it, that one (a law site's line over
    the heading prints the name too, its letters without their marks: "CEDH | AFFAIRE
    MEHMET EMIN SIMSEK c. TURQUIE" over "AFFAIRE MEHMET EMİN ŞİMŞEK c. TURQUIE (Requête no
    ...)"). A heading in both languages (the Reports' judgments of 1996-1998: "AFFAIRE X
    c. PAYS-BAS" over "CASE OF X v. THE NETHERLANDS") names the case in `language`, the
    text's, unless only the other names its State."""
    found = list(_JUDGMENT_TITLE.finditer(top))
    # (one whose State a column's break lost, "CASE OF AYTEKIN v." beside "AFFAIRE AYTEKIN c.
    # TURQUIE", gives way to the other)
    found = [m for m in found if _respondents(top[m.end():])[1]] or found
    if language and len({m.group(3).lower() for m in found}) > 1:
        found = [m for m in found if (m.group(3).lower() == "c") == (language == "fr")]
    if not found:
        return None

    def numbered(m: re.Match[str]) -> bool:
        _, length = _respondents(top[m.end():])
        return bool(length) and _APPLICATION_AFTER.match(top, m.end() + length) is not None

    first = found[0]
    if numbered(first):
        return first
    same = fold(re.sub(r"\W+", " ", first.group(2))).split()[-3:]  # (the site's line may have words before)
    return next((m for m in found[1:4] if numbered(m) and fold(re.sub(r"\W+", " ", m.group(2))).split()[-3:] == same),
                first)


# the old Court's judgment opening on its case's name, then the Court sitting (its groups
# laid out as _JUDGMENT_TITLE's for _case_heading: the first empty, no "CASE OF" printed)
_OPENING = re.compile(r"(?:In the case of|En l['’]affaire)()\s+(.{1,300}?)\s+((?-i:v|c))\.\s+", re.IGNORECASE)
_OPENING_END = re.compile(r"\s*(?:\(\d{1,2}\)|\[\d{1,2}\]|\d{1,2}(?=\s*,)|\((?:request for|demande en)\b[^()]{0,100}\))?\s*,?\s*"
                          r"(?:The European Court of Human Rights|"
                          r"La Cour européenne des droits de l['’]homme)\b[^.;:]{0,120}?\b(?:sitting|siégeant|constituée|statuant)\b",
                          re.IGNORECASE)


# a judgment's cover that lost its case's line (a law site's copy): the application, then
# "JUDGMENT" ("SECOND SECTION (Application no. 21179/02) JUDGMENT (Revision) STRASBOURG ...")
# (the bracket a case's application opens on under its heading: "(Application no. ...)", "(Requête no ...)")
APPLICATION_BRACKET = r"\((?:Applications?|Requêtes?)\s+n[o°]s?\b"
_COVER_WITHOUT_CASE = re.compile(APPLICATION_BRACKET + r"[^()]{0,300}\)\s*(?:JUDGMENT|ARRÊT)\b")


def _opening_case(head: str, top: str) -> re.Match[str] | None:
    """The case a judgment without a heading opens on ("In the case of Aksoy v. Turkey
    (1), The European Court of Human Rights, sitting ...": the old Court's judgments as
    law sites and word processors keep them), after a line or two at most ("EUROPEAN
    COURT OF HUMAN RIGHTS") or after a cover without the case's line; and the request the
    judgment answers after it ("... v. Turkey (request for revision of the judgment of
    20 September 2005), The European Court ...")."""
    if len(top) > 200 and not (len(top) <= 600 and _COVER_WITHOUT_CASE.search(top)):
        return None
    m = _OPENING.match(head, len(top))
    if not m:
        return None
    _, length = _respondents(head[m.end():])
    end = m.end() + length
    suffix = _SUFFIX.match(head, end) or _STAGE.match(head, end)  # "(No. 2)", "(Article 50)"
    return m if length and _OPENING_END.match(head, suffix.end() if suffix else end) else None


def _top(head: str) -> tuple[str, re.Match[str] | None]:
    """The heading: what comes before the body ("In the case of ...", "The European Court
    ..."); and a judgment on a State's refusal to abide by an earlier one, headed by the
    proceedings and the earlier case ("Proceedings under Article 46 § 4 in the case of ...")."""
    proceedings = _PROCEEDINGS.search(head[:600])
    body = _BODY_START.search(head[:HEAD_CHARS], proceedings.end() if proceedings else 0)
    return (head[:body.start()] if body else head[:600]), proceedings


def _case_heading(top: str, judgment: re.Match[str], prefix: bool) -> tuple[str, list[str], str] | None:
    """(title, respondents, language) of a heading "CASE OF X v. STATE (No. 2)" matched
    by _JUDGMENT_TITLE, or None when no State follows "v."."""
    respondents, length = _respondents(top[judgment.end():])
    if not respondents:
        return None
    french = judgment.group(3).lower() == "c"
    state = top[judgment.end():judgment.end() + length]
    lead = (judgment.group(1).upper() or ("AFFAIRE" if french else "CASE OF")) + " " if prefix else ""
    title = (f"{lead}{upper(judgment.group(2))} {judgment.group(3).lower()}. "
             f"{upper(state)}{_suffix(top[judgment.end() + length:], french, stage=prefix)}")
    # HUDOC's text spaces some headings' commas ("STRELETZ , KESSLER AND KRENZ")
    return re.sub(r"\s+,", ",", re.sub(r"\s+", " ", title.strip())), respondents, "fr" if french else "en"


# ----------------------------------------------------------------------------- details

# (a copy that lost its line breaks runs the words together: "sitting as aChamber composed of")
_FORMATIONS = (
    (re.compile(r"\b(?:as a|en une|en) ?Grande? Chambre?|\bGrand Chamber\b", re.IGNORECASE), "Grand Chamber"),
    (re.compile(r"\bas a ?Committee\b|\ben un comité\b", re.IGNORECASE), "Committee"),
    (re.compile(r"\b(?:as|in) a ?Chamber\b|\ben une chambre\b|\bCOURT \(CHAMBER\)|\bCOUR \(CHAMBRE\)", re.IGNORECASE), "Chamber"),
    (re.compile(r"\bplenary\b|\bplénière\b", re.IGNORECASE), "Plenary"),
    (re.compile(r"European Commission of Human Rights|Commission européenne des droits", re.IGNORECASE), "Commission"),
)
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATE = rf"(\d{{1,2}})(?:er|st|nd|rd|th)?\s+({_MONTH})\s+((?:19|20)\d\d)"
# Where the date of delivery is written: a decision's sitting; a judgment's closing
# line ("Done in English, and notified in writing on ...", "delivered at a public
# hearing ... on ..."), then its heading ("STRASBOURG <date>").
_SITTING = re.compile(rf"\b(?:sitting|siegeant)\b[^.]{{0,60}}?\b(?:on|le)\s+{_DATE}")
_CLOSING = re.compile(rf"\b(?:notified in writing|delivered at a public hearing|prononce|communique par ecrit)[^.]{{0,120}}?"
                      rf"\b(?:on|le)\s+{_DATE}")
_ADOPTED = re.compile(rf"\b(?:adopted on|adopte le)\s+{_DATE}")
# (also run into the words around it: "JUDGMENTSTRASBOURG20 October 2009FINAL")
_STRASBOURG = re.compile(rf"(?:\b|(?<=judgment)|(?<=arret))strasbourg,?\s*(?:le\s+)?{_DATE}")
# A communicated case's heading: the parties, then "lodged on <date> communicated on
# <date>" ("introduite le ... communiquée le ..."), in the folded text
_COMMUNICATED_WORDS = re.compile(r"\b(?:communicated on|communiquée le)\b", re.IGNORECASE)
_COMMUNICATED = re.compile(rf"^\W*(?:(?:lodged on|introduite le)\s+{_DATE}\W+(?:and\s+)?)?"
                           rf"(?:communicated on|communiquee le)\s+{_DATE}")
_PUBLISHED = re.compile(r"\b(?:Published on|Publiée? le)\s+\d{1,2}(?:er)?\s+\w+\s+\d{4}", re.IGNORECASE)
_SITTING_AS = re.compile(r"\b(?:sitting|siégeant|constituée)\b", re.IGNORECASE)


def _is_communicated(after_parties: str) -> bool:
    return _COMMUNICATED.match(fold(after_parties[:200])) is not None


def _heading_words(before_parties: str) -> bool:
    """What stands before a communicated case's parties is a heading: "Published on
    <date>", the section, in capitals; not a sentence citing the case."""
    rest = _PUBLISHED.sub(" ", before_parties)
    return len(rest) < 300 and not re.search(r"[a-zà-ÿ]", rest)


def _in_capitals(rx: re.Pattern[str], text: str) -> bool:
    """`rx` matches in `text` written in capitals ("DECISION", not "decision")."""
    return any(m.group().isupper() for m in rx.finditer(text))


def _communicated_date(flat: str) -> dt.date | None:
    m = re.search(rf"\b(?:communicated on|communiquee le)\s+{_DATE}", fold(flat[:HEAD_CHARS]))
    return first_date([m])


_ORIGIN = re.compile(r"(?:\boriginated in|(?<!\w)[ÀA] (?:l['’]origine de l['’]affaire|son origine) se trouve(?:nt)?)\b(.{0,600}?)\b(?:against|contre|lodged|dirigée?s?)\b",
                     re.IGNORECASE)
_LIST_REFERENCE = re.compile(r"\bappended (?:list|table)|\bsee (?:the )?appendix|\b(?:liste|tableau) (?:jointe? )?en annexe|"
                             r"\bvoir (?:l['’])?annexe|\b\d+ (?:others|autres)\b|\d/\d\d (?:and|et) (?:others|autres)\b",
                             re.IGNORECASE)
_APPENDIX = re.compile(r"\b(?:APPENDIX|Appendix|ANNEXE?|Annexe)\b")


# The note on a Chamber judgment's cover that the case went on to the Grand Chamber
_REFERRED = re.compile(r"\breferred to the grand chamber\b.{0,120}", re.IGNORECASE)


def _formation(flat: str) -> str | None:
    """The formation that sat, as the text says it ("sitting as a Chamber"); else the one
    the heading names ("COURT (CHAMBER)", "GRAND CHAMBER"), else the first the opening
    pages name; never by the note on a Chamber judgment's cover that the case was
    referred to the Grand Chamber."""
    head = flat[:HEAD_CHARS * 2]
    # "sitting as a Chamber", or in the old form "sitting, in accordance with Article 43
    # (art. 43) of the Convention ... and the relevant provisions of Rules of Court A, as a
    # Chamber" ("constituée, conformément à l'article 43 ... en une chambre")
    sitting = _SITTING_AS.search(head)
    if sitting:
        named = _first_formation(head[sitting.start():sitting.end() + 320])
        if named:
            return named
    top = _REFERRED.sub(" ", head[:400])  # the heading: "COURT (CHAMBER)", "GRAND CHAMBER"
    return _first_formation(top) or _first_formation(_REFERRED.sub(" ", head))


def _first_formation(text: str) -> str | None:
    """The formation named first in the text."""
    found = [(m.start(), name) for rx, name in _FORMATIONS for m in [rx.search(text)] if m]
    return min(found)[1] if found else None


def _delivery_date(flat: str, kind: str, operative_end: int) -> dt.date | None:
    if kind == COMMUNICATED:  # the day it was communicated to the Government
        return _communicated_date(flat)
    if kind == COMMISSION_REPORT:  # "REPORT OF THE COMMISSION (adopted on 26 October 1995)"
        return first_date([_ADOPTED.search(fold(flat[:HEAD_CHARS]))])
    head = fold(flat[:HEAD_CHARS * 2])
    closing = fold(flat[operative_end:operative_end + 600])
    found = ([_SITTING.search(head), _CLOSING.search(closing), _STRASBOURG.search(head)] if kind == "decision"
             else [_CLOSING.search(closing), _STRASBOURG.search(head), _SITTING.search(head)])
    dates = [d for d in (first_date([m]) for m in found) if d is not None]
    # The Court sits and delivers on working days: where the text's dates disagree (a
    # typing slip, "notified in writing on 10 January 2010" under a cover of the 12th),
    # one that falls on a weekend gives way to one that does not.
    return next((d for d in dates if d.weekday() < 5), dates[0] if dates else None)


def _application_numbers(flat: str) -> list[str]:
    top = _top(flat)[0]
    found = application_numbers(top)
    origin = _ORIGIN.search(flat[:HEAD_CHARS * 4])
    if origin:
        found += application_numbers(origin.group(1))
    if not found and (regard := _REGARD.search(flat[:HEAD_CHARS])):  # (a decision of the Commission without its heading)
        found += application_numbers(m.group()) if (m := _FILE_NUMBERS.search(flat, regard.end())) else []
    if _LIST_REFERENCE.search(top + (origin.group(1) if origin else "")):
        appendix = list(_APPENDIX.finditer(flat))
        found += application_numbers(flat[appendix[-1].start():]) if appendix else _table_rows(flat)
    return list(dict.fromkeys(found))


_ROW_GAP = 600  # characters at most between two rows' numbers in a table of applications
_CITED = re.compile(r"(?:\bnos?\.?|\bn\s?[°o]s?\.?|§)\s*$", re.IGNORECASE)  # "no. 12345/04", "n os"
_LIST_GAP = re.compile(r"\s*(?:,|;|\band\b|\bet\b)?\s*", re.IGNORECASE)


def _table_rows(flat: str) -> list[str]:
    """The application numbers of a table of applications appended without a heading of
    its own (as HUDOC's text of some judgments prints it): after the operative part, the
    last run of three numbers or more, each within _ROW_GAP characters of the one before,
    the last near the end of the text; numbers cited as "no. 36813/97" (and the rest of
    their list) are cases an opinion refers to, not rows."""
    operative = _operative_start(flat)
    if operative is None:
        return []
    tail = flat[operative.end():]
    runs: list[list[tuple[int, int, str]]] = []
    cited, last_end = False, -1
    for span in application_number_spans(tail):
        start, end, _ = span
        listed = last_end >= 0 and _LIST_GAP.fullmatch(tail[last_end:start]) is not None
        cited = bool(_CITED.search(tail[max(0, start - 12):start])) or (listed and cited)
        if not cited:
            if runs and start - runs[-1][-1][1] <= _ROW_GAP:
                runs[-1].append(span)
            else:
                runs.append([span])
        last_end = end
    if not runs or len(runs[-1]) < 3 or len(tail) - runs[-1][-1][1] > 3 * _ROW_GAP:
        return []
    return [value for _, _, value in runs[-1]]


# An opinion's name ends at a semicolon, a bracket, a dash that begins the next in a list,
# "is annexed", or the full stop before the president's initials or the opinion's own
# heading in capitals (not at the full stop of "M." in a list of judges, "commune à
# M. Pastor Ridruejo, M. Bonello", or of an initial, "Judges A. Sajó and N. Tsotsoria").
_TITLE_DOT = r"(?<!\bM)(?<!\bMM)(?<!\bMme)(?<!\bMr)(?<!\bMrs)\."
_OPINION_END = (r"(?=\s*(?:;|\(|,?\s*[–—]\s|\bis annexed|\bare annexed|\best jointe|\bsont jointes|\.\s*$"
                rf"|{_TITLE_DOT}\s+(?-i:(?:[A-Z]\.-?\s?){{1,4}})(?:\s|$)|{_TITLE_DOT}\s+(?-i:[A-Z]{{3,}})\b))")
_OPINION = re.compile(
    r"\b((?:joint |partly |partially |separate )*(?:concurring|dissenting|separate)(?:(?: and|,) (?:partly |partially )?(?:concurring|dissenting))?"
    r" opinions? of (?:Judges?|Mr|Mrs|Ms|Sir|M\.|Mme)\s[^;()]{2,160}?)" + _OPINION_END +
    r"|\b(opinions? (?:en partie |partiellement )?(?:concordante|dissidente|séparée)s?(?: commune)?"
    r"(?: et (?:en partie |partiellement )?(?:concordante|dissidente)s?)?(?: communes?)?"
    r" (?:des?|du|de la|à|aux) (?:juges?|M\.|Mmes?|MM\.)\s[^;()]{2,160}?)" + _OPINION_END,
    re.IGNORECASE)


# An opinion's own heading, in capitals ("PARTLY CONCURRING, PARTLY DISSENTING OPINION OF
# JUDGE EICKE", "OPINION DISSIDENTE DU JUGE SAJÓ")
_OPINION_HEADING = re.compile(r"\b(?:(?:CONCURRING|DISSENTING|SEPARATE) OPINIONS?|OPINIONS? (?:OF|DE|DU|DES|COMMUNE|EN PARTIE"
                              r"|PARTIELLEMENT|CONCORDANTES?|DISSIDENTES?|SÉPARÉES?))\b")


def _opinions(flat: str, after: int) -> list[str]:
    zone = flat[after:after + 4000]
    annexed = re.search(r"(?:annexed to|jointes? au présent|joint au présent|sont jointes|est jointe"
                        r"|se trouve(?:nt)? joints?)", zone, re.IGNORECASE)
    if not annexed:
        return []
    start = max(0, annexed.start() - 1500)
    heading = _OPINION_HEADING.search(zone, annexed.end())  # the first opinion begins: the list is over
    out: list[str] = []
    for m in _OPINION.finditer(zone[start:heading.start() if heading else annexed.end() + 1500]):
        text = re.sub(r"\s+", " ", (m.group(1) or m.group(2))).strip(" ,")
        if text[:12].isupper():  # a heading after all
            break
        text = re.sub(r"\.\s+(?:[A-Z][.-]{0,2}){1,4}\.?$", "", text)  # the president's initials after it
        if text.lower() not in (o.lower() for o in out):
            out.append(text)
    return out


# ----------------------------------------------------------------------------- operative part

_OPERATIVE = re.compile(r"\b(?:FOR THESE REASONS,? THE (?:COURT|COMMISSION)|PAR CES MOTIFS,? LA (?:COUR|COMMISSION))",
                        re.IGNORECASE)
_OPERATIVE_END = re.compile(r"\b(?:Done in (?:English|French)|Fait en (?:français|anglais)|Delivered in writing|"
                            r"Done at Strasbourg|Secretary to the Commission|President of the Commission)\b",
                            re.IGNORECASE)
_NUMBERED = re.compile(r"(?:^|\s)(?:\d{1,2}|[IVX]{1,4})\s?\.\s+(?=[A-ZÀ-Ý])")
_NEGATIVE = re.compile(
    r"\b(?:no (?:violation|breach|discrimination)|not been (?:a |any )?(?:violation|breach|violated|breached)"
    r"|not (?:violated|breached)|(?:has|have) not failed to (?:comply|fulfil)|(?:did|does|do) not fail to (?:comply|fulfil)"
    r"|n['’]y (?:a|aurait) pas(?: eu)?(?: de)? (?:violation|discrimination)|pas eu violation|non-violation"
    r"|n['’]a pas manqué|n['’]ont pas manqué"
    # a removal that "would not give rise to a violation of Article 3"
    r"|would not (?:(?:give rise to|entail|amount to|constitute|involve|be in|be)\s+(?:a |any )?)?(?:violat|breach)\w*"
    r"|no failure to (?:comply|fulfil)"
    # "was not in breach of", "do not disclose a violation", "it has not been established
    # that ... in breach of", "ne révèlent aucune violation", "n'a pas été violé"
    r"|not in (?:breach|violation) of|(?:do|does|did) not (?:disclose|reveal|amount to) (?:a |any )?(?:violation|breach)"
    r"|not (?:been )?established that[^;]{0,200}?(?:violation|breach)\w*"
    r"|ne (?:révèlen?t|font? apparaître) (?:aucune|pas de) violation|aucune violation"
    r"|n['’](?:a|ont) pas été violée?s?"
    r"|n['’]emporterait pas(?: de)? violation|n['’]entra[îi]nerait pas(?: de)? violation)",
    re.IGNORECASE)
_POSITIVE = re.compile(
    r"\b(?:violations?|breach(?:es|ed)?|violated?|discrimination contrary to|failed to (?:comply|fulfil)"
    r"|(?:has|have) not complied with|failed to discharge|failure to (?:comply|fulfil)|y a eu violation"
    r"|n['’](?:a|ont) pas satisfait|(?:a|ont) failli|(?:a|ont) été violée?s?|y a eu manquement"
    r"|a manqué|ont manqué|emporterait violation)\b", re.IGNORECASE)
# A point that leaves an article undecided is not a conclusion on it.
_UNDECIDED = re.compile(
    r"\b(?:no need|not necessary|unnecessary|need not|no separate issue|no call|aucune question distincte|"
    r"pas lieu d['’](?:examiner|statuer)|pas nécessaire|inutile)\b", re.IGNORECASE)
_FOUND = re.compile(r"\b(?:there (?:has|have|had) (?:not )?been|there was|there were|amounted to|would (?:not )?(?:be|violate|give)"
                    r"|y a eu|n['’]y a pas eu|emporterait)\b", re.IGNORECASE)
_NOT_A_FINDING = re.compile(r"\b(?:finding of (?:a )?violations?|constat d['’](?:une )?violations?|violations? found"
                            r"|alleged violations?|allegations? of violations?|violations? alléguées?)\b", re.IGNORECASE)
_IN_THE_LIGHT = re.compile(r"^(?:\s+(?:of the Convention|de la Convention))?,?\s+"
                           r"(?:read |interpreted |considered |lue? |interprétée? )?(?:in the light of|à la lumière de)\s+"
                           r"(?:the\s+|l['’]\s*)?", re.IGNORECASE)
# Articles that HUDOC writes first when taken with another (14+8, 13+3, 18+5).
ACCESSORY = ("14", "13", "17", "18")
_CONJUNCTION = re.compile(
    r"^(?:\s+(?:(?:of|to) the Convention|de la Convention|à la Convention))?,?\s+"
    # "taken alone and in conjunction with": the article alone as well as the pair
    r"(?P<alone>(?:(?:taken|read|considered|pris|prise|lue?)\s+)?(?:alone|on its own|separately|isolément|seule?)\s+(?:and|et)\s+)?"
    r"(?:(?:taken|read|considered|pris|prise|lue?|considérée?)\s+)?(?:in conjunction with|together with|in combination with|"
    r"taken with|read with|combined with|combinée? (?:avec|à)|en combinaison avec|conjointement avec|conjugué avec)"
    r"\s+(?:the\s+|l['’]\s*)?",
    re.IGNORECASE)
# two articles named together and then "taken together", one of them accessory: "Articles
# 14 and 8 taken together", "des articles 13 et 3 combinés" (two rights "taken together"
# stay two articles, as HUDOC writes them)
_TOGETHER = re.compile(r"^(?:\s+(?:of the Convention|de la Convention))?,?\s+(?:(?:taken|read|considered)\s+(?:together|jointly)"
                       r"|pris (?:ensemble|conjointement)|combinés)\b", re.IGNORECASE)
_COMPLAINT_UNDER = re.compile(r"\b(?:complaints?|grievances?|griefs?)\s+(?:under|based on|concerning|relating to|tirés? de"
                              r"|fondés? sur|au titre de|sur le terrain de)\s+$", re.IGNORECASE)
_AND_ARTICLE = re.compile(r"(?:\s+(?:(?:of|to) the Convention|de la Convention))?\s+(?:and|et)\s+(?=Article\b|l['’]\s*article\b)")
_PROTOCOL = re.compile(r"^\s+(?:of|to)\s+(?:the\s+)?Protocol\s+No\.?\s*(\d+)|^\s+(?:du|au)\s+Protocole\s+n[o°]?\.?\s*(\d+)",
                       re.IGNORECASE)


# a Protocol named without its article after "in conjunction with"
_BARE_PROTOCOL = re.compile(r"(?:the\s+)?(?:Protocol\s+No\.?|Protocole\s+n[o°]?\.?)\s*(\d+)(?!\d)", re.IGNORECASE)
UNNAMED = "?"


def _with_protocol_article(codes: list[str], known: Iterable[str]) -> list[str]:
    """Codes with a Protocol named without its article ("13+P4-?") given the article of
    that Protocol found elsewhere in the case ("P4-4": "13+P4-4"), when there is exactly
    one; else the accessory article alone ("13")."""
    out = []
    for code in codes:
        if not code.endswith(f"-{UNNAMED}"):
            out.append(code)
            continue
        first, _, protocol = code.rpartition("+")
        prefix = protocol[:-len(UNNAMED)]
        found = {_article(k) for k in known if k.startswith(prefix) and UNNAMED not in k and "+" not in k}
        out.append(f"{first}+{found.pop()}" if len(found) == 1 else first)
    return list(dict.fromkeys(out))


_SINGULAR_LIST = re.compile(r"(?:\s*,\s*\d+)*\s+(?:and|et)\s+\d+\s+(?:of the Convention|de la Convention)")
# the articles of rights of each Protocol ("P1": Articles 1-3); a larger number in a list
# that ends "of Protocol No. 1" is the Convention's
PROTOCOL_ARTICLES = {"P1-": 3, "P4-": 4, "P6-": 4, "P7-": 5, "P12-": 1, "P13-": 1}


# "§ 1", "§ 3 (c)", French "§ 3 c)"; the Court's older judgments write "para. 1", "paras. 1 and 4",
# in French "par. 1"
_PARAGRAPH = re.compile(r"\s*(§§?|paras?\.|par\.|paragraphs?)\s*(\d+)(?:\s*\(?([a-f])\))?")
# and repeat each reference in their own notation after it: "Article 5 para. 3 (art. 5-3)",
# "Article 1 of Protocol No. 1 (P1-1)"
_OLD_NOTATION = re.compile(r"\s*\((?:art\.|P\d+-\d)[^()]{0,40}\)")


def _after_old_notation(text: str, end: int) -> int:
    m = _OLD_NOTATION.match(text, end)
    return m.end() if m else end


def _article_at(text: str, pos: int) -> tuple[list[str], int] | None:
    """The article reference(s) starting at `pos` ("Article 6 § 1", "Articles 6 § 1 and
    13", "Article 5 §§ 1 and 4", "Article 1 of Protocol No. 1"): codes and end."""
    m = re.compile(r"(?:Articles?|articles?|l['’]\s*article|des articles|les articles)\s+(\d+)").match(text, pos)
    if not m:
        return None
    # "Articles 2 and 3", and "Article 2, 3 and 8 of the Convention" as the Court also writes
    plural = "rticles" in m.group() or _SINGULAR_LIST.match(text, m.end()) is not None
    items: list[tuple[str, list[str]]] = [(m.group(1), [])]
    end = m.end()
    while True:
        para = _PARAGRAPH.match(text, end)
        if para:
            items[-1][1].append(para.group(2) + (f"-{para.group(3)}" if para.group(3) else ""))
            end = para.end()
            while para.group(1) in ("§§", "paras.", "paragraphs"):
                more = re.match(r"\s*(?:,|and|et)\s*(\d+)(?:\s*\(?([a-f])\))?", text[end:])
                if not more:
                    break
                items[-1][1].append(more.group(1) + (f"-{more.group(2)}" if more.group(2) else ""))
                end += more.end()
            continue
        if plural:
            more = re.match(r"\s*(?:,|and|et|&|or|ou)\s*(\d+)\b(?!\s*(?:EUR|euros|months|mois|%))", text[end:])
            if more:
                items.append((more.group(1), []))
                end += more.end()
                continue
        break
    end = _after_old_notation(text, end)
    protocol = _PROTOCOL.match(text[end:])
    prefix = ""
    if protocol:
        prefix = f"P{protocol.group(1) or protocol.group(2)}-"
        end += protocol.end()
        end = _after_old_notation(text, end)
    codes = []
    last_only = bool(prefix) and any(int(n) > PROTOCOL_ARTICLES.get(prefix, 99) for n, _ in items[:-1])
    for i, (number, paras) in enumerate(items):
        # "Articles 3, 8 and 2 of Protocol No. 1": the Protocol's article is the last one
        base = f"{prefix}{number}" if not last_only or i == len(items) - 1 else number
        codes += [f"{base}-{p}" for p in paras] or [base]
    then = _THEN_PROTOCOL.match(text, end) if plural and not prefix else None
    if then:  # "Articles 6 § 1 of the Convention and 1 of Protocol No. 1"
        number = then.group("number")
        codes.append(f"P{then.group('protocol')}-{number}" + (f"-{then.group('para')}" if then.group("para") else ""))
        end = then.end()
    return codes, end


_THEN_PROTOCOL = re.compile(
    r"\s+(?:of the Convention|de la Convention),?\s+(?:and|et)\s+(?P<number>\d+)(?:\s*§\s*(?P<para>\d+))?\s+"
    r"(?:of|to|du|au)\s+(?:the\s+)?Protocol(?:e)?\s+(?:No\.?|n[o°]\.?)\s*(?P<protocol>\d+)", re.IGNORECASE)


def _references(span: str) -> list[str]:
    """Article codes named in `span`, pairs joined (`14+8`)."""
    out: list[str] = []
    pos = 0
    for m in re.finditer(r"(?:\b[Aa]rticles?\b|l['’]\s*article\b|des articles\b)", span):
        if m.start() < pos:
            continue
        found = _reference_at(span, m.start())
        if found:
            codes, pos = found
            if _COMPLAINT_UNDER.search(span[max(0, m.start() - 60):m.start()]):
                # "a violation of Article 13 in respect of the complaint under Article 3": the
                # remedy's article with the right's (13+3); another finding's complaint is no finding
                if out and out[-1] in ACCESSORY and not any("+" in c for c in codes):
                    out[-1:] = [_pair(out[-1], c) for c in codes]
                continue
            out += codes
    return out


def _reference_at(span: str, pos: int) -> tuple[list[str], int] | None:
    """The article reference at `pos` with an article it is taken with (`14+8`) and
    without one it is read in the light of: codes and end."""
    found = _article_at(span, pos)
    if not found:
        return None
    codes, end = found
    together = _TOGETHER.match(span[end:])
    articles = list(dict.fromkeys(_article(c) for c in codes))
    if together and len(articles) == 2 and len(set(articles) & set(ACCESSORY)) == 1:
        return [_pair(codes[0], codes[-1])], end + together.end()
    conj = _CONJUNCTION.match(span[end:])
    bare = _BARE_PROTOCOL.match(span, end + conj.end()) if conj else None
    if conj and bare and not _article_at(span, end + conj.end()):
        # "Article 13 taken in conjunction with Protocol No. 4": the Protocol's article the
        # case decided on, found among the other findings (see _with_protocol_article)
        codes = (codes if conj.group("alone") else []) + [_pair(codes[0], f"P{bare.group(1)}-{UNNAMED}")]
        end = bare.end()
    elif conj:
        second = _article_at(span, end + conj.end())
        if second:
            partners, end = second
            # "in conjunction with Article 8 and Article 1 of Protocol No. 1": both are
            # partners; after a comma, or Protocol No. 12's own ban on discrimination,
            # the next article stands alone
            while (more := _AND_ARTICLE.match(span, end)) and (further := _article_at(span, more.end())):
                if any(_article(c) == "P12-1" for c in further[0]):
                    break
                partners, end = partners + further[0], further[1]
            codes = (codes if conj.group("alone") else []) + [_pair(codes[0], c) for c in partners]
    light = _IN_THE_LIGHT.match(span[end:])
    if light:
        ignored = _article_at(span, end + light.end())
        end = ignored[1] if ignored else end
    return codes, end


def _article(code: str) -> str:
    """The article of a code without its paragraph: `6-1` is `6`, `P1-1-1` is `P1-1`."""
    parts = code.split("-")
    return "-".join(parts[:2]) if code.startswith("P") else parts[0]


def _pair(first: str, second: str) -> str:
    """HUDOC's notation of two articles taken together: the accessory one first."""
    if _article(second) in ACCESSORY and _article(first) not in ACCESSORY:
        first, second = second, first
    return f"{first}+{second}"


def _markers(clause: str) -> list[tuple[int, int, str]]:
    negatives = [(m.start(), m.end(), NO_VIOLATION) for m in _NEGATIVE.finditer(clause)]
    positives = [(m.start(), m.end(), VIOLATION) for m in _POSITIVE.finditer(clause)
                 if not any(s <= m.start() < e for s, e, _ in negatives)]
    return sorted(negatives + positives)


def _clauses(operative: str) -> list[str]:
    """The operative part split into its points (numbered, or separated by semicolons);
    a point's continuation after a semicolon stays with it."""
    starts = [m.end() for m in _NUMBERED.finditer(operative)]
    if starts and starts[0] < 12:
        bounds = starts + [len(operative)]
        return [operative[a:b].strip() for a, b in zip(bounds, bounds[1:])]
    out: list[str] = []
    for part in re.split(r";", operative):
        part = part.strip()
        if not part:
            continue
        if out and not re.match(r"[A-ZÀ-Ý]", part):
            out[-1] += "; " + part
        else:
            out.append(part)
    return out


_VERB = re.compile(r"^(?:\W*)(\w+)")
# a point that turns down a party's request or objection decides nothing of its own
_REFUSES = {"rejects", "dismisses", "refuses", "rejette", "refuse", "écarte"}
_HOLDS = {"holds", "hold", "finds", "dit", "juge", "constate", "concludes", "conclut", "declares", "déclare"}


# What may stand between "THE COURT" and its first clause: how it voted, and in HUDOC's
# extracts of a judgment, which leave clauses out, an ellipsis ("THE COURT ... 4. Holds")
_OPERATIVE_LEAD = r"[\s,:]*(?:UNANIMOUSLY|[ÀA] L['’]UNANIMIT[ÉE]|by a majority|à la majorité)?[\s,:]*(?:[(\[]?(?:\.{3}|…)[)\]]?)?\s*"
_OPERATIVE_START = re.compile(_OPERATIVE_LEAD +
                             r"(?:\d{1,2}\.|[IVX]{1,4}\.|\(?[a-z]\)|(?:Holds|Declares|Decides|Dismisses|Joins|Rejects|Finds|Strikes"
                             r"|Takes|Adjourns|Dit|Déclare|Declare|Décide|Decide|Rejette|Joint|Raye|Prend|Ajourne)\b)", re.IGNORECASE)


def _operative_start(flat: str) -> re.Match[str] | None:
    """"FOR THESE REASONS, THE COURT" where the operative part begins. The phrase also
    ends paragraphs of the reasoning ("For these reasons, the Court finds it
    established ..."): the operative part is the one in capitals, or else the last one
    followed by a point or an operative verb."""
    starts = [m for m in _OPERATIVE.finditer(flat) if _OPERATIVE_START.match(flat, m.end())]
    capitals = [m for m in starts if m.group().isupper()]
    return capitals[0] if capitals else (starts[-1] if starts else None)


def _conclusions(flat: str) -> tuple[list[Conclusion], int]:
    m = _operative_start(flat)
    if not m:
        return [], len(flat)
    end_m = _OPERATIVE_END.search(flat, m.end())
    end = end_m.start() if end_m else min(len(flat), m.end() + 8000)
    operative = flat[m.end():end]
    lead = re.match(_OPERATIVE_LEAD, operative, re.IGNORECASE)
    operative = operative[lead.end() if lead else 0:]
    out: list[Conclusion] = []
    for clause in _clauses(operative):
        verb_m = _VERB.match(clause)
        verb = verb_m.group(1).lower() if verb_m else ""
        low = clause.lower()
        evidence = clause[:300]
        if verb in _REFUSES and not re.search(r"\b(?:declares?|déclare)\b", low):
            continue  # "Rejects the Government's request to strike the application out"
        if re.search(r"\b(?:strike|struck|rayer|radiation|raye)\b", low):
            out.append(Conclusion(None, STRUCK_OUT, evidence))
        if re.search(r"\b(?:inadmissible|irrecevables?)\b", low):
            out.append(Conclusion(None, INADMISSIBLE, evidence))
        if re.search(r"\b(?:admissible|recevables?)\b", re.sub(r"\b(?:in|ir)(?:admissible|recevables?)\b", "", low)):
            out.append(Conclusion(None, ADMISSIBLE, evidence))
        if verb not in _HOLDS or re.search(r"\b(?:in)?admissible|(?:ir)?recevable", low[:120]):
            continue
        out += _findings(clause)
    return _dedupe(_protocol_articles(out)), end


def _findings(clause: str) -> list[Conclusion]:
    """The findings of violation or no violation, article by article, of one point of an
    operative part (or one conclusion of the Commission)."""
    evidence = clause[:300]
    undecided, found = _UNDECIDED.search(clause), _FOUND.search(clause)
    if undecided and (not found or undecided.start() < found.start()):
        return []
    clause = _NOT_A_FINDING.sub(lambda m: " " * len(m.group()), clause)
    markers = _markers(clause)
    out: list[Conclusion] = []
    previous: list[str] = []
    for i, (start, stop, outcome) in enumerate(markers):
        span_end = markers[i + 1][0] if i + 1 < len(markers) else len(clause)
        # "Holds that Article 6 § 1 has been violated": the article before the first finding
        # ("... has been violated in conjunction with Article 5 § 1": the pair)
        before = _references(clause[:start]) if i == 0 else []
        after = _references(clause[stop:span_end])
        if after and before and _CONJUNCTION.match(clause[stop:span_end]):
            after = [_pair(before[-1], c) for c in after]
        refs = after or previous or before
        out += [Conclusion(code, outcome, evidence) for code in refs]
        previous = refs or previous
    return out


# The Commission's opinion in its report: "The Commission concludes, by 18 votes to 1,
# that there has been a violation of Article 3 of the Convention." (each conclusion, and
# again in its recapitulation), up to the sentence's end: a "." before a capital or a
# paragraph's number (not the "." of "para. 1", "No. 4")
_COMMISSION_CONCLUDES = re.compile(r"\b(?:The Commission concludes|La Commission conclut)\b"
                                   r"(?:[^.]|\.(?!\s+(?:\d{1,3}\.\s|[A-Z]))){1,400}")


def _commission_opinion(flat: str) -> list[Conclusion]:
    out: list[Conclusion] = []
    for m in _COMMISSION_CONCLUDES.finditer(flat):
        out += _findings(m.group())
    return _dedupe(_protocol_articles(out))


def _protocol_articles(items: list[Conclusion]) -> list[Conclusion]:
    """Conclusions with their Protocols' unnamed articles given (_with_protocol_article)."""
    known = [c.article for c in items if c.article]
    return [Conclusion(_with_protocol_article([c.article], known)[0], c.outcome, c.text)
            if c.article and c.article.endswith(f"-{UNNAMED}") else c for c in items]


def _dedupe(items: list[Conclusion]) -> list[Conclusion]:
    seen: set[tuple[str | None, str]] = set()
    out = []
    for c in items:
        if (c.article, c.outcome) not in seen:
            seen.add((c.article, c.outcome))
            out.append(c)
    return out


# ----------------------------------------------------------------------------- articles in issue

# A heading of the reasoning in capitals ("II. ALLEGED VIOLATION OF ARTICLE 3 OF THE
# CONVENTION", "SUR LA VIOLATION ALLÉGUÉE DE L'ARTICLE 8", "APPLICATION OF ARTICLE 41"),
# and a sentence that says what the complaints were made under.
_HEADING_ARTICLE = re.compile(r"\b(?:L['’]\s*)?ARTICLES?\s+\d")
_HEADING_BEFORE = re.compile(r"\b(?:VIOLATIONS?|BREACH|APPLICATION|COMPLAINTS?|GRIEFS?|INOBSERVATION|NON-RESPECT)\b[^a-z]{0,60}$")
_HEADING_AFTER = re.compile(r"^[^a-z]{0,40}\b(?:OF THE CONVENTION|DE LA CONVENTION|(?:OF|TO) PROTOCOL|(?:DU|AU) PROTOCOLE)\b")
_COMPLAINT = re.compile(
    r"\b(?:complain(?:s|ed|ing)?|complaints?|rel(?:y|ies|ying|ied)|invok(?:es?|ing|ed)|alleg(?:es|ed|ing)|examined?|"
    r"invoquant|invoquent|invoque|invoqué|se plai(?:gnen)?t|se plaignai(?:en)?t|se plaignant|allègue|alléguant|allèguent|"
    r"dénonce|dénoncent|griefs?|sous l['’]angle|sur le terrain|examiner?)\b", re.IGNORECASE)
# "Article 125 of the Criminal Code", "l'article 6 de la loi": not the Convention's
_OTHER_LAW = re.compile(r"(?:\.\d+)*\s*(?:of the (?!Convention|Protocol)|of (?!the |Protocol)|(?:du|de la|de l['’]|des) (?!Convention|Protocole))",
                        re.IGNORECASE)
_CITATION = re.compile(r"\s(?:v|c)\.\s|\(no\.|\bnos?\.? \d+/\d\d|\bn[o°]s? \d+/\d\d|\bECHR \d{4}|\bCEDH \d{4}|"
                       r"\bcase-law\b|\bjurisprudence\b|\[GC\]|\bcited above\b|\bprécitée?s?\b")
# a sentence on another instrument ("... before the European Committee of Social Rights
# alleging that the provisions breached Article 16"): its articles named without "of the
# Convention" are that instrument's
_OTHER_INSTRUMENT = re.compile(r"\b(?:Charter|Covenant|Constitution|Code|Social Rights|ECSR|Human Rights Committee|"
                               r"Charte|Pacte|Comité des droits|droits sociaux|CEDS)\b")
_OF_CONVENTION = re.compile(r"[^.;]{0,40}?\b(?:of the Convention|of Protocol|de la Convention|du Protocole)\b")
# what a party argued in the domestic proceedings ("The applicant's representatives
# appealed, invoking Articles 3, 5 and 6"; "lodged a constitutional complaint, invoking
# Article 6 § 1"; "the plaintiff relied on"): not a complaint before the Court
_DOMESTIC = re.compile(r"\b(?:plaintiffs?|appealed|lodged an? (?:constitutional )?(?:complaint|appeal)|"
                       r"in (?:his|her|its|their) appeal|constitutional complaint|review by the Constitutional Court|"
                       r"pourvoi|recours constitutionnel|interjet[ée] appel|fait appel)\b", re.IGNORECASE)
# an article not relied on ("by failing to rely also on Article 6 § 1")
_NOT_RELIED = re.compile(r"\b(?:fail(?:s|ed|ing)? to|did not|does not|do not|ha(?:s|ve|d) not|without) (?:also |even )?"
                         r"(?:rel(?:y|ying|ied)|invok(?:e|ing|ed)|complain(?:ing|ed)?|rais(?:e|ing|ed))\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<!\b[A-Za-z])[.;:](?:\s|$)(?!\s*(?:§|\d|[a-z]))")
SENTENCE_CHARS, COMPLAINT_CHARS = 400, 160  # how far back a sentence, and its complaint, are read


def _articles_in_issue(flat: str, kind: str, conclusions: list[Conclusion],
                       operative_end: int) -> dict[str, str]:
    """The articles a case is about, in HUDOC's notation, each with the text it was read
    from: the articles decided on; in a decision (where nothing is decided on the merits)
    also those of the reasoning's headings and those the complaints were made under.

    A judgment's reasoning also names articles it leaves undecided or only cites (HUDOC
    leaves them out), so a judgment's are its conclusions'. Only articles of rights are
    read from the reasoning (see _is_right)."""
    found: dict[str, str] = {}
    reasoning = flat[:operative_end] if kind in (DECISION, COMMUNICATED) else ""
    for m in _HEADING_ARTICLE.finditer(reasoning):
        heading = re.match(r"[^a-z]*", flat[m.start():m.start() + 200]).group()  # type: ignore[union-attr]
        if _HEADING_BEFORE.search(flat[max(0, m.start() - 80):m.start()]) or _HEADING_AFTER.match(heading[m.end() - m.start():]):
            for code in _references(heading.lower()):
                found.setdefault(code, heading.strip())
    for m in re.finditer(r"\b(?:Articles?|l['’]\s*article|les articles|des articles)\s+\d", reasoning):
        start = max(0, m.start() - SENTENCE_CHARS)
        ends = list(_SENTENCE_END.finditer(flat, start, m.start()))
        whole = flat[ends[-1].end() if ends else start:m.start()]  # the sentence up to the article
        sentence = whole[-COMPLAINT_CHARS:]  # its words just before the article: the complaint's
        # a complaint, not what the applicants of a cited case complained of, nor what was
        # argued at home or not relied on
        if not _COMPLAINT.search(sentence) or _CITATION.search(sentence) or _DOMESTIC.search(sentence) \
                or _NOT_RELIED.search(sentence):
            continue
        ref = _reference_at(flat, m.start())
        if _OTHER_INSTRUMENT.search(whole) and not _OF_CONVENTION.match(flat, ref[1] if ref else m.end()):
            continue
        if ref and not _OTHER_LAW.match(flat, ref[1]):
            for code in ref[0]:
                found.setdefault(code, (sentence + flat[m.start():ref[1]]).strip())
    known = [*found, *(c.article for c in conclusions if c.article)]
    found = {_with_protocol_article([code], known)[0]: text for code, text in found.items()}
    out = {code: text for code, text in found.items() if all(_is_right(part) for part in code.split("+"))}
    for c in conclusions:
        if c.article:
            out.setdefault(c.article, c.text)
    return out


def _is_right(code: str) -> bool:
    """An article that protects a right (Articles 2-18 of the Convention, any article of
    a Protocol), not one of procedure (1, 19-59: jurisdiction, admissibility, just
    satisfaction, execution), which only a conclusion of the operative part brings in."""
    return code.startswith("P") or 2 <= int(code.split("-")[0]) <= 18


# ----------------------------------------------------------------------------- entry

def _turkish_case(flat: str) -> Case | None:
    """A Turkish translation (ecthr_tr), titled by the case's English name."""
    heading = ecthr_tr.heading(flat)
    if heading is None:
        return None
    kind, applicants, respondents, number = heading
    folded = fold(flat)
    conclusions = _dedupe([Conclusion(*c) for c in ecthr_tr.conclusions(flat, folded, _pair)])
    articles = {c.article: c.text for c in conclusions if c.article}
    if kind == "decision":  # what the complaints were made under
        for code, sentence in ecthr_tr.complaint_articles(folded, _pair):
            if all(_is_right(part) for part in code.split("+")):
                articles.setdefault(code, sentence)
    date = ecthr_tr.delivery_date(folded, kind)
    return Case(kind=kind, title=ecthr_tr.title(kind, applicants, respondents, date, number), language="tr",
                formation=ecthr_tr.formation(folded), respondents=respondents, opinions=ecthr_tr.opinions(flat, folded),
                applications=_application_numbers(flat) or ecthr_tr.application_numbers(flat), date=date,
                conclusions=conclusions, article_evidence=articles)


def _translated_case(flat: str) -> Case | None:
    """A translation into another language (ecthr_languages): its heading only."""
    head = ecthr_languages.heading(flat)
    if head is None:
        return None
    date = ecthr_languages.delivery_date(flat, head)
    # (in another script, the original's name the heading gives in brackets is the Court's own,
    # and so is the applicant's Latin spelling in brackets: "Дело \"Динк (Dink) против Турции\"")
    latin = None if head.latin else ecthr_languages.latin_spelling(head)
    title = (ecthr_tr.title(head.kind, ecthr_languages.applicants(head), head.respondents, date, head.number) if head.latin
             else head.original or (ecthr_tr.title(head.kind, surnames(latin, french=False), head.respondents, date,
                                                   head.number) if latin else head.own_name))
    return Case(kind=head.kind, title=title, language=head.language, formation=ecthr_languages.formation(flat, head),
                respondents=head.respondents, applications=ecthr_languages.application_numbers_of(flat, head), date=date)


def _summary(flat: str) -> Case | None:
    """A legal summary of a judgment or decision (ecthr_summary), titled by the case's name
    as the summary prints it; dated, and its formation, by what it summarises."""
    head = ecthr_summary.heading(flat)
    if head is None:
        return None
    name = ecthr_summary.case_name(head)
    respondents, _ = _respondents(name[name.index(f" {head.group('v')}. ") + 3:])
    if not respondents:
        return None
    outcomes = ecthr_summary.outcomes(flat, head)
    conclusions = [Conclusion(None if outcome == INADMISSIBLE else code, outcome, text)
                   for code, outcome, text in outcomes]
    french = head.group("v") == "c" or head.group("kind") in ("Arrêt", "Décision")
    language = "tr" if head.group("kind") == "Karar" else "fr" if french else "en"
    return Case(kind=LEGAL_SUMMARY, title=name, language=language,
                formation=ecthr_summary.formation(head), respondents=respondents,
                applications=application_numbers(head.group("apps")), date=ecthr_summary.date(head),
                conclusions=_dedupe(conclusions),
                article_evidence={code: text for code, _, text in outcomes})


def read_case(pages: list[str]) -> Case | None:
    """The structure of an ECtHR judgment, decision, communicated case or legal summary, or
    None for any other text."""
    if not pages:
        return None
    flat = flatten(without_furniture(pages))
    summary = _summary(flat)
    if summary is not None:
        return summary
    heading = _heading(flat)
    if heading is None:
        return _turkish_case(flat) or _translated_case(flat)
    kind, title, respondents, language = heading
    if kind == COMMISSION_REPORT:
        conclusions, operative_end = _commission_opinion(flat), len(flat)
    else:
        conclusions, operative_end = _conclusions(flat)
    return Case(kind=kind, title=title, language=language, formation=_formation(flat),
                respondents=respondents, applications=_application_numbers(flat), date=_delivery_date(flat, kind, operative_end),
                article_evidence=_articles_in_issue(flat, kind, conclusions, operative_end),
                opinions=_opinions(flat, operative_end), conclusions=conclusions)
