"""Page furniture: the running heads and page numbers a PDF repeats on its pages.

A PDF's page text holds the page's header and footer beside its body: a judgment's
pages open with "2  KAYA v. TÜRKİYE JUDGMENT", a report's with its symbol, and many end
with a bare page number. Read as one text, the furniture lands in the middle of
sentences that run across pages ("a violation of Article 14 taken in 7 KAYA v. TÜRKİYE
JUDGMENT conjunction with Article 3"). `without_furniture` gives the pages without it,
for the readers that follow a sentence across pages; the stored page texts keep it.

Only pages after the first are changed: page 1 is a cover or a heading whose lines
(a symbol, a case name) are the document's own.

A web page's furniture of another kind, its choice of languages, is told by
`is_language_switcher` (no title, and no mention of the countries its names name).
"""
from __future__ import annotations

import re
from collections import Counter

EDGE_LINES = 2  # lines at the top and at the bottom of a page that may be furniture
RUNNING_SHARE = 0.3  # a running head is at the edge of at least this share of the pages after the first

# a page number: "3", "Page 3", "3/25", "3 of 25"
_NUMBER_FORM = r"(?:(?:page|p\.|sayfa|seite|página|pagina)\s*)?(\d{1,4})(?:\s*(?:/|of|sur|de|di|von)\s*\d{1,4})?"
_PAGE_NUMBER = re.compile(rf"^[\s\-–—.·|]*{_NUMBER_FORM}[\s\-–—.·|]*$", re.IGNORECASE)  # a line that is one
_EDGE_NUMBER = re.compile(rf"^[\W_]*{_NUMBER_FORM}(?!\w)|(?<!\w){_NUMBER_FORM}[\W_]*$", re.IGNORECASE)  # one at an end
_LETTERS = re.compile(r"[^\W\d_]")
# the European Court's running head, its page number on either side: "2 KAYA v. TÜRKİYE
# JUDGMENT", "ARRÊT KAYA c. TURQUIE 3", "KAYA AND OTHERS v. TÜRKİYE DECISION"
# (in capitals but for "v." or "c.")
_COURTS_HEAD = re.compile(r"^(?:\d{1,4}\s+)?(?:[^\W\d_a-z][^a-z\n]{0,150}\sv\.\s[^a-z\n]{2,80}\s(?:JUDGMENT|DECISION)"
                          r"|(?:ARRÊT|DÉCISION)\s[^a-z\n]{2,150}\sc\.\s[^a-z\n]{2,80})(?:\s+\d{1,4})?$")


def _key(line: str) -> str:
    """A line compared without the number at its start or end (a running head prints the
    page number on alternate sides), case or spacing; "" for a line of fewer than three
    letters. Numbers inside it count: rows of a table are not a running head."""
    key = " ".join(_EDGE_NUMBER.sub(" ", line).split()).casefold()
    return key if len(_LETTERS.findall(key)) >= 3 else ""


def _page_number(line: str) -> int | None:
    m = _PAGE_NUMBER.match(line)
    return int(m.group(1)) if m else None


def _edges(lines: list[str]) -> list[int]:
    """Indexes of the first and last EDGE_LINES non-empty lines."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return sorted(set(filled[:EDGE_LINES] + filled[-EDGE_LINES:]))


def without_furniture(pages: list[str]) -> list[str]:
    """The pages with the running heads and page numbers at their edges removed (pages
    after the first; see the module's note). A line is a running head when the same
    words (numbers aside) stand at the edge of at least RUNNING_SHARE of those pages,
    and at least two; a bare number is a page number when it follows the pages' order
    (page i prints i + k for one k on at least half of them). Of a document of two pages,
    only the second page's number, 2, is known."""
    if len(pages) == 2:  # one later page: no repetition to tell a running head but the Court's, and its number is 2
        lines = pages[1].split("\n")
        drop = {j for j in _edges(lines) if _page_number(lines[j]) == 2 or _COURTS_HEAD.match(lines[j].strip())}
        return [pages[0], "\n".join(line for j, line in enumerate(lines) if j not in drop)] if drop else pages
    if len(pages) < 3:
        return pages
    split = [page.split("\n") for page in pages]
    later = range(1, len(pages))
    heads: Counter[str] = Counter()
    offsets: Counter[int] = Counter()
    for i in later:
        lines = split[i]
        edges = _edges(lines)
        heads.update({key for key in (_key(lines[j]) for j in edges) if key})
        offsets.update({n - i for n in (_page_number(lines[j]) for j in edges) if n is not None})
    running = {key for key, count in heads.items() if count >= max(2, RUNNING_SHARE * len(later))}
    offset = next((k for k, count in offsets.most_common(1) if count >= max(2, len(later) / 2)), None)
    if not running and offset is None:
        return pages

    def furniture(line: str, i: int) -> bool:
        number = _page_number(line)
        if number is not None:
            return offset is not None and number == i + offset
        key = _key(line)
        return bool(key) and key in running

    out = [pages[0]]
    for i in later:
        lines = split[i]
        drop = {j for j in _edges(lines) if furniture(lines[j], i)}
        out.append("\n".join(line for j, line in enumerate(lines) if j not in drop) if drop else pages[i])
    return out


# A site's choice of languages, their names or codes (folded: "English French German Spain
# Italian ... Chinese Simplified", "Tür|Հայ|Pуc", "EN | FR | TR")
_LANGUAGE_NAMES = frozenset(
    "english french german spanish spain italian dutch russian portuguese japanese korean arabic chinese simplified "
    "traditional turkish persian farsi kurdish greek armenian bulgarian polish ukrainian hebrew deutsch francais espanol "
    "italiano portugues nederlands turkce kurdi kurmanci soranice ingilizce almanca fransizca arapca rusca ellinika "
    "русский українська العربية فارسی کوردی ελληνικα հայերեն".split())


# ... and the two-letter codes sites print for them (ISO 639-1's, and "ua" and "gr", which sites
# use for Ukrainian and Greek)
_LANGUAGE_CODES = frozenset("en fr de tr ru ua uk ar es it pt nl el gr ku fa hy bg pl ro az ka he zh ja ko sv da no fi "
                            "cs sk hu hr sr sq mk".split())


def is_language_switcher(key: str) -> bool:
    """Whether a folded line is a site's choice of languages, by their names or codes."""
    parts = [p for p in re.split(r"[\s|/·•]+", key) if p]
    if len(parts) >= 3 and all(p in _LANGUAGE_NAMES for p in parts):
        return True
    # (a link to the site in another language: "TÜRKÇE PORTAL", "English version", "Türkçe site")
    if len(parts) == 2 and parts[0] in _LANGUAGE_NAMES and parts[1] in ("portal", "version", "site", "sitesi", "surum"):
        return True
    if "/" in key and len(parts) >= 2 and all(p in _LANGUAGE_CODES for p in parts):
        return True  # ("UA / RU", "EN / FR / TR": a slash between the codes of languages a site offers)
    return "|" in key and len(parts) >= 2 and all(len(p) <= 3 and p.isalpha() for p in parts)
