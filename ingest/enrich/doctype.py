"""Document type from the title and the head of the first page."""
from __future__ import annotations

import re

from archive.search.analysis import fold

from . import Evidence, Tagged

# (type, patterns over folded text), most specific first.
RULES: list[tuple[str, tuple[str, ...]]] = [
    ("concluding-observations", ("concluding observations", "observations finales", "sonuc gozlemleri")),
    ("upr-report", ("report of the working group on the universal periodic review", "universal periodic review",
                    "examen periodique universel", "evrensel periyodik inceleme")),
    ("interim-resolution", ("interim resolution",)),
    ("judgment", ("judgment", "arret", "karar tarihi", "bireysel basvuru karari", "for these reasons, the court")),
    ("decision", ("decision on admissibility", "decision", "decision sur la recevabilite", "kabul edilemezlik")),
    ("opinion", ("opinion on", "avis sur", "gorus")),
    ("visit-report", ("report to the", "on the visit to", "visit to", "mission to", "ziyaret raporu", "visite")),
    ("resolution", ("resolution", "karar tasarisi")),
    ("recommendation", ("recommendation",)),
    ("memorandum", ("memorandum",)),
    ("communication", ("joint communication", "allegation letter", "urgent appeal", "communication from")),
    ("submission", ("submission", "shadow report", "alternative report", "golge rapor")),
    ("statement", ("statement", "press release", "lettre", "letter", "aciklama", "basin aciklamasi")),
    ("briefing", ("briefing", "bilgi notu", "note on", "policy brief", "brifing")),
    ("news", ("news", "haber")),
    ("toolkit", ("toolkit", "handbook", "guide", "rehber", "el kitabi")),
    ("country-report", ("report", "rapor", "rapport", "summary of stakeholders")),
]
_BODY_DEFAULTS = {"ECtHR": "judgment", "Venice Commission": "opinion", "CPT": "visit-report", "PACE": "resolution"}


def find_doc_type(pages: list[str], title: str, body: str | None = None) -> Tagged | None:
    """The document type with the phrase that decided it, or None."""
    head_title = fold(title)
    head_page = fold(pages[0][:1500]) if pages else ""
    for zone, page in ((head_title, 1), (head_page, 1)):
        for doc_type, cues in RULES:
            for cue in cues:
                if re.search(r"(?<!\w)" + re.escape(cue) + r"(?!\w)", zone):
                    if doc_type == "decision" and body not in (None, "ECtHR", "Constitutional Court") and cue == "decision":
                        continue
                    return Tagged(doc_type, [Evidence(cue, page)], rule="phrase")
    if body in _BODY_DEFAULTS:
        return Tagged(_BODY_DEFAULTS[body], [], rule="body-default")
    return None
