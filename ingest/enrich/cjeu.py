"""The EU Court's texts: judgments, orders and Advocates General's opinions of the Court of
Justice and the General Court (the institution CJEU), as curia, EUR-Lex, BAILII and law
sites print them, in any of the EU's languages.

Their heading is the same in every language: the kind of text in capitals ("JUDGMENT OF
THE COURT (Grand Chamber)", "TIESAS SPRIEDUMS (virspalāta)", "OPINION OF ADVOCATE
GENERAL" / "SHARPSTON"), the date's line, the subject-matter, the case's number ("Case
C-123/17", "Lieta C-561/14", "In Case T-193/16,") and the parties, each on its line
around a line that holds only the word between them ("v", "contre", "gegen", "pret",
"κατά"). Older copies and law sites print it on one line ("Opinion of Mr Advocate
General Darmon delivered on 15 May 1990. - S. Z. Sevince v Staatssecretaris van
Justitie. - Reference for a preliminary ruling: ... - Case C-192/89.").

The title is the kind, the parties and the case: "JUDGMENT OF THE COURT (Grand
Chamber): Caner Genc v Integrationsministeriet (C-561/14)". Only the kind's words are
read per language (below); what is not known in a language leaves the type to the
general rules.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from archive.search.analysis import fold

from .dates import date_in

HEAD_CHARS = 6000  # the heading is within the first page's first lines, after a site's furniture

# The Court's own marks: its ECLI, BAILII's report series, its name and abbreviations, a
# CELEX number of its case law on EUR-Lex ("Document 62017CC0123"), curia's label of a
# page's language
_COURT = re.compile(r"ECLI:EU:[CTF]:\d{4}:\d+|\bEUECJ\b|\bCJUE\b|\bCJEU\b|\bCourt of Justice of the European"
                    r"|\bCour de justice de l['’]Union|\bGerichtshof der Europäischen|\bAvrupa Birliği Adalet Divanı"
                    r"|\bDocument 6\d{4}[CTF][A-Z]\d{4}|^\s*Language of document\s*:", re.MULTILINE)
_ECLI_YEAR = re.compile(r"ECLI:EU:[CTF]:((?:19|20)\d\d):")
# A case's number: the Court's (C-), the General Court's (T-), the Civil Service Tribunal's
# (F-); the hyphen may be a non-breaking one, or lost ("C123/17", as BAILII prints it)
NUMBER = re.compile(r"(?<![\w/.-])([CTF])\s?[-‑‐–]?\s?(\d{1,4})/(\d{2})(?![\d/])")
# the number's line: at most three words before it ("Case", "In Case", "Στην υπόθεση",
# "Joined Cases"), more numbers after it, a closing bracket and a footnote's figure
_CASE_LINE = re.compile(r"^\(?(?:[^\W\d]+\.?\s+){0,3}" + NUMBER.pattern
                        + r"(?:\s*(?:,|\b(?:and|et|und|e|y|en|i|a|ir|un|ja|och|og|és|és|και|и|ve)\b)\s*"
                        + NUMBER.pattern + r")*\s*[.,]?\)?\s*\d?$")
# the word alone on its line between the parties, in the EU's languages (and Turkish), folded
BETWEEN_PARTIES = frozenset({"v", "v.", "vs", "vs.", "-v-", "versus", "c.", "contre", "gegen", "pret", "proti", "κατα",
                             "против", "срещу", "contra", "contro", "tegen", "przeciwko", "kontra", "mod", "mot", "ellen",
                             "pries", "vastaan", "protiv", "v/", "against", "karsi", "/"})
# a party's role on its own line under its name ("applicant,", "defendant,", "requérante,")
_ROLE = re.compile(r"^[^\W\d]+(?:\s+[^\W\d]+){0,2}\s*[,;:]?$")
# (the one-line form's parts: "... 1990. - S. Z. Sevince v ... . - ...")
_PARTS = re.compile(r"\.\s+[-–—]\s+")
_ONE_LINE_BETWEEN = re.compile(r"\s(?:v|v\.|c\.|contre|gegen|contra|contro|tegen|pret|proti|κατά|против|/)\s")

# The kind's words (folded), by type: an Advocate General's opinion (and the Court's own
# opinions on a draft agreement), an order, a judgment
_KINDS = (
    ("opinion", re.compile(r"advocate general|avocat general|generalanwalt|avvocato generale|abogad[oa] general"
                           r"|advogad[oa][- ]geral|advocaat-generaal|rzecznika generalnego|generalni\w* advokat"
                           r"|generaln\w* pravobranil|generaladvokat|generalinio advokato|julkisasiamie|avocatului general"
                           r"|генерален адвокат|генералния адвокат|εισαγγελε|fotanacsnok|kohtujurist|nezavisn\w* odvjetni"
                           r"|avukat general|opinion of the court|avis de la cour|gutachten des gerichtshofs")),
    ("decision", re.compile(r"(?<!\w)(?:order|ordonnance|beschluss|ordinanza|auto|despacho|beschikking|postanowienie"
                            r"|usneseni|uznesenie|sklep|rjesenje|maarays|beslut|kendelse|rikojums|nutartis"
                            r"|kohtumaarus|ordonanta|определение|διαταξη|vegzes|digriet|ordu)(?!\w)")),
    ("judgment", re.compile(r"(?<!\w)(?:judgment|arret|urteil|sentenza|sentencia|acordao|arrest|wyrok|rozsudek|rozsudok"
                            r"|sodba|presuda|tuomio|dom|domstolens dom|spriedums|sprendimas|kohtuotsus|hotararea"
                            r"|решение|αποφαση|itelete|breithiunas)(?!\w)")),
)


# the Court's summary of a decision (its kind the ECtHR's legal summaries have)
SUMMARY = "legal-summary"
_SUMMARY = re.compile(r"^(?:Summary|Sommaire|Leitsätze|Özet)\s*[-–—:]\s*\S")


@dataclass(frozen=True)
class EUCase:
    kind: str | None  # judgment, decision (an order), opinion; None when the kind's words are not known
    title: str
    date: tuple[dt.date, str] | None  # (date, precision): the heading's date, else the ECLI's year
    evidence: str


def _number(m: re.Match[str]) -> str:
    return f"{m.group(1)}-{m.group(2)}/{m.group(3)}"


def _kind(text: str) -> str | None:
    folded = fold(text)
    return next((kind for kind, rx in _KINDS if rx.search(folded)), None)


def _is_capitals(line: str) -> bool:
    """A heading line in capitals, what it says in brackets aside ("(Grand Chamber)",
    "(virspalāta)")."""
    letters = [c for c in re.sub(r"\([^)]*\)", "", line) if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _party(line: str) -> str:
    """A party's name without what its line says of it ("NG, residing in Athens (Greece),
    represented by ..." is NG; joined cases' "Bundesanstalt für Arbeit (C-317/01)" is
    Bundesanstalt für Arbeit, its case's number being in the title already)."""
    name = re.split(r",\s+(?=[^\W\d_A-ZÀ-ÖØ-ÞΑ-ΩА-Я])", line, maxsplit=1)[0]
    name = re.sub(r"\s*\(" + NUMBER.pattern + r"\)\s*[,;:.]?$", "", name.strip())
    return name.strip().rstrip(",;:.").strip()


def _is_name(line: str) -> bool:
    """A party's name on its own line: short, not a bracket, not a sentence."""
    return 2 <= len(line) <= 150 and line[0] not in "([«„“\"'" and not re.search(r"[.:;]\s+\S|\bv\b", line)


def _parties(lines: list[str], start: int) -> tuple[str, ...] | None:
    """(first party, the word between, second party) from the lines after the case's
    number, or None (see read_eu_case for a reference with one party)."""
    for j in range(start + 1, min(start + 14, len(lines) - 1)):
        between = lines[j].strip()
        if fold(between) not in BETWEEN_PARTIES:
            continue
        k = j - 1
        while k > start + 1 and _ROLE.match(lines[k]) and lines[k][:1].islower():
            k -= 1  # "applicant," under the applicant's line
        first, second = _party(lines[k]), _party(lines[j + 1])
        if k > start and 1 <= len(first) <= 150 and 1 <= len(second) <= 150:
            return first, between, second
        return None
    return None


def _heading(lines: list[str], start: int) -> tuple[str, str | None] | None:
    """(the kind's lines joined, the date's line) above the case's number, or None."""
    top = max(0, start - 10)
    for k in range(top, start):
        if not _is_capitals(lines[k]) or _kind(lines[k]) is None:
            continue
        end = k + 1
        while end < start and _is_capitals(lines[end]) and not re.search(r"\d{4}", lines[end]):
            end += 1  # the Advocate General's name under "OPINION OF ADVOCATE GENERAL"
        kind = " ".join(line.strip().rstrip(",") for line in lines[k:end])
        date_line = lines[end] if end < start and re.search(r"(?:19|20)\d\d", lines[end]) else None
        return kind, date_line
    return None


def _one_line(lines: list[str]) -> tuple[str, str] | None:
    """(title, the kind's part) of the one-line form, or None."""
    for line in lines:
        parts = _PARTS.split(line.strip())
        if len(parts) >= 3 and _ONE_LINE_BETWEEN.search(parts[1]) and _kind(parts[0]) is not None:
            return f"{parts[0].strip()}: {parts[1].strip().rstrip('.')}", parts[0]
        # EUR-Lex's notice of a case: "Case T-193/16: Order of the General Court of 28
        # February 2017 — NG v European Council (Action for annulment — ...)"
        m = re.match(r"^(?:[^\W\d]+\s+){0,2}" + NUMBER.pattern + r"[^:]{0,40}:\s*(?P<rest>.{10,200}?)(?:\s+\(.*)?$", line.strip())
        if m and _ONE_LINE_BETWEEN.search(m.group("rest")) and _kind(m.group("rest")) is not None:
            return m.group("rest").strip(), m.group("rest")
    return None


def read_eu_case(pages: list[str], language: str | None = None) -> EUCase | None:
    """The heading of an EU Court's text, or None for any other text (`language`: the
    text's, when known, for its words for months)."""
    if not pages:
        return None
    head = pages[0][:HEAD_CHARS]
    if not _COURT.search(head):
        return None
    from .title import join_wrapped

    # (a heading a PDF wrapped after a word that cannot end it: "... (First Chamber, Extended" /
    # "Composition)", "... – NF v." / "Eurooppa-neuvosto")
    lines = join_wrapped([line.strip() for line in head.splitlines() if line.strip()], small_letters=False)
    ecli_year = _ECLI_YEAR.search(head)
    year = (dt.date(int(ecli_year.group(1)), 1, 1), "year") if ecli_year else None
    found: EUCase | None = None
    for i, line in enumerate(lines):
        if not _CASE_LINE.match(line):
            continue
        numbers = tuple(dict.fromkeys(_number(m) for m in NUMBER.finditer(line)))
        parties = _parties(lines, i)
        heading = _heading(lines, i)
        if parties is None and heading is not None and i + 1 < len(lines) and _is_name(lines[i + 1]):
            # one party: a court's reference on a body's election ("Wählergruppe Gemeinsam ...")
            parties = (_party(lines[i + 1]),)
        if parties is None:
            # an Official Journal notice as curia prints it: "Unionin yleisen tuomioistuimen
            # määräys 28.2.2017 – NF v. Eurooppa-neuvosto" over "(Asia T-192/16)"
            above = lines[i - 1] if i else ""
            if (not found and (_ONE_LINE_BETWEEN.search(above) or re.search(r"[^\W\d]/[^\W\d]", above))
                    and re.search(r"\s[-–—]\s", above) and len(above) <= 200):
                found = EUCase(_kind(above), f"{above} ({', '.join(numbers)})", date_in(above, language) or year, above)
            continue
        names = " ".join(parties)
        case = f"{names} ({', '.join(numbers)})"
        if heading is None:
            # curia's summary of a decision names it under the parties and the subject-matter
            # ("Summary — Order of the General Court (First Chamber), 28 February 2017")
            summary = next((s for s in lines[i + 1:i + 10] if _SUMMARY.match(s)), None)
            if summary is not None and not found:
                title = f"{summary.split(',')[0].strip()}: {case}" if _kind(summary) else case
                found = EUCase(SUMMARY, title, date_in(summary, language) or year, summary)
            found = found or EUCase(None, case, year, line)
            continue
        kind, date_line = heading
        date = date_in(date_line, language) if date_line else None
        return EUCase(_kind(kind), f"{kind}: {case}", date or year, kind)
    if found is not None:
        return found
    numbers = tuple(dict.fromkeys(_number(m) for m in NUMBER.finditer(head)))
    one = _one_line(lines[:40])
    if one is None or not numbers:
        return None
    title, kind = one
    if not any(n.split("-")[1] in title for n in numbers):
        title = f"{title} ({numbers[0]})"
    return EUCase(_kind(kind), title, date_in(kind, language) or year, kind)
