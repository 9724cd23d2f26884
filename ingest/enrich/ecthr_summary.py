"""The Registry's legal summaries of the Court's judgments and decisions (the
"Information Note on the Court's case-law" and HUDOC's legal summaries), read into the
Case of ingest.enrich.ecthr as a text of kind `legal-summary`.

A summary is headed by the case it summarises, then what it summarises and when:

    Information Note on the Court's case-law 240 / May 2020        (the series; optional)
    Demir and Others v. Turkey - 12345/15 and 23456/16              (the case and its applications;
                                                                     "X v. Y [GC] - 1/13 et al.")
    Judgment 12.5.2020 [Section II]                                 (or Decision, Arrêt, Décision,
                                                                     HUDOC's Turkish "Karar" [BD];
                                                                     "Judgment (Merits) ...";
                                                                     [GC], [Section II], [Committee])
    Article 10 / Article 10-1 / Freedom of expression / ...: violation   (keywords, each group
    Article 5 / Article 5-3 / ...: no violation                          ending in its outcome)
    Facts – ... Law – ... Conclusion: violation (unanimously).

Read: the case's name as the summary prints it (its title), the respondent State(s),
the application numbers, the date and formation of the judgment or decision summarised,
and the outcome of each keyword group for its articles (`10-1` violation, `5-3`
no-violation; `inadmissible` for a complaint declared inadmissible). The heading line is
the whole test: a text that only cites "X v. Turkey - 12345/15" is not a summary unless
"Judgment <d.m.yyyy> [<formation>]" follows the application numbers.
"""
from __future__ import annotations

import datetime as dt
import re

HEAD_CHARS = 1500

_APPLICATION = r"\d{1,6}/\d\d"
_NAME_CHAR = rf"(?:(?!{_APPLICATION})[^\[\]])"  # (a name holds no application number)
# what the heading ends in: what is summarised, when, by which formation
_WHAT_AND_WHEN_RX = (r"\b(?P<kind>Judgment|Decision|Arrêt|Décision|Karar)(?:\s+\([^()]{1,60}\))?\s+"
                     r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d\d)\s+\[(?P<formation>[^\[\]]{2,30})\]")
_CASE = re.compile(
    rf"(?P<name>[^\W\d_]{_NAME_CHAR}{{0,250}}?\s(?P<v>v|c)\.\s{_NAME_CHAR}{{2,150}}?)"
    r"(?:\s+\[(?:GC|GK|Grand Chamber|BD)\])?\s*[-–—]\s+"
    rf"(?P<apps>{_APPLICATION}(?:\s*(?:,|;|&|\band\b|\bet\b)?\s*{_APPLICATION})*"
    rf"(?:\s+(?:et al\.?|and \d+ others|et \d+ autres))?)\s+{_WHAT_AND_WHEN_RX}")
# looked for first, as most texts do not have it and the whole pattern is slow to fail
_WHAT_AND_WHEN = re.compile(_WHAT_AND_WHEN_RX)
# what precedes the case's name: the series' name and number, its month(s) and year
_SERIES = re.compile(r"^.*\b(?:19|20)\d\d\s+|^.*\b(?:case-law|jurisprudence|summary|résumé)\b\W*\d*\s+",
                     re.IGNORECASE)
_KEYWORDS_END = re.compile(r"\b(?:Facts|En fait|Law|En droit|Olgular|Hukuk)\s*[–—-]\s")
_OUTCOME = re.compile(r":\s*(?P<outcome>no violation|non-violation|pas de violation|violation|inadmissible|irrecevable"
                      r"|ihlal yok|ihlal olmadığı|ihlal bulunmadığı|ihlal|kabul edilemez)(?!\w)", re.IGNORECASE)
_ARTICLE = re.compile(r"\b(?:Article|Art\.|Madde)\s+(?P<article>\d{1,2})(?:-(?P<para>\d{1,2}))?"
                      r"(?:\s+(?:of|du|au)\s+Proto(?:col|cole)\s+(?:No\.?|n[o°])\s*(?P<protocol>\d{1,2}))?")
_OUTCOMES = {"violation": "violation", "no violation": "no-violation", "non-violation": "no-violation",
             "pas de violation": "no-violation", "inadmissible": "inadmissible", "irrecevable": "inadmissible",
             # (HUDOC's Turkish translations: "...: ihlal", "...: ihlal yok", "...: kabul edilemez")
             "ihlal": "violation", "ihlal yok": "no-violation", "ihlal olmadığı": "no-violation",
             "ihlal bulunmadığı": "no-violation", "kabul edilemez": "inadmissible"}


def heading(flat: str) -> re.Match[str] | None:
    """The summary's heading line ("X v. STATE - 12345/15 Judgment 12.5.2020 [Section II]")
    near the top of `flat`, or None; None too for a collection of summaries (the monthly
    Information Note: a table of contents, then a summary after another), which is no
    summary of one case."""
    end = _WHAT_AND_WHEN.search(flat, 0, HEAD_CHARS)
    if end is None or _WHAT_AND_WHEN.search(flat, end.end()) is not None:
        return None
    return _CASE.search(flat, 0, end.end())


# the article under which a collection files a summary, printed before the case
# ("ARTICLE 5 Article 5 § 1 Kavala v. Turkey")
_FILED_UNDER = re.compile(r"^(?:(?:ARTICLE|Article)\s+\d{1,2}(?:\s*§\s*\d{1,2}|-\d{1,2})?"
                          r"(?:\s+(?:of|du|au|to|OF|DU|AU|TO)\s+(?:Proto|PROTO)\w+\s+(?:No\.?|NO\.?|n[o°]|N[O°])\s*\d{1,2})?"
                          r"\s+)+")


def case_name(head: re.Match[str]) -> str:
    """The case's name as printed, without the series or the article before it."""
    return _FILED_UNDER.sub("", _SERIES.sub("", head.group("name")).strip()).strip()


def kind_of_decision(head: re.Match[str]) -> str:
    """judgment or decision: what the summary summarises."""
    return "judgment" if head.group("kind") in ("Judgment", "Arrêt", "Karar") else "decision"


def date(head: re.Match[str]) -> dt.date | None:
    try:
        return dt.date(int(head.group("y")), int(head.group("m")), int(head.group("d")))
    except ValueError:
        return None


def formation(head: re.Match[str]) -> str:
    """[GC] is the Grand Chamber, [Committee] / [Comité] a Committee, a Section a Chamber."""
    inner = head.group("formation")
    if re.search(r"\bGC\b|Grand|\bBD\b|Büyük Daire", inner):
        return "Grand Chamber"
    if re.search(r"Committee|Comité|Komite", inner):
        return "Committee"
    return "Chamber"


def outcomes(flat: str, head: re.Match[str]) -> list[tuple[str, str, str]]:
    """(article in HUDOC's notation, outcome, keywords) of each keyword group between the
    heading and the facts: the group's articles take the outcome it ends in, each at its
    most precise ("Article 10 Article 10-1 ...: violation" is 10-1)."""
    end = _KEYWORDS_END.search(flat, head.end())
    block = flat[head.end():end.start() if end else head.end() + 3000]
    out: list[tuple[str, str, str]] = []
    start = 0
    for found in _OUTCOME.finditer(block):
        group = block[start:found.end()]
        codes: dict[str, str] = {}  # article -> its most precise code
        for art in _ARTICLE.finditer(group[:found.start() - start]):
            number = art.group("article")
            if art.group("protocol"):
                top = code = f"P{art.group('protocol')}-{number}"
            else:
                top, code = number, (f"{number}-{art.group('para')}" if art.group("para") else number)
            if len(code) >= len(codes.get(top, "")):
                codes[top] = code
        outcome = _OUTCOMES[found.group("outcome").lower()]
        out += [(code, outcome, group.strip()) for code in codes.values()]
        start = found.end()
    return out
