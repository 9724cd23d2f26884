"""Paragraph numbers where the text has them, for pinpoints: "§ 45" in an ECtHR
judgment, "para. 12" in a UN document.

Both number their paragraphs ("45. The applicant ..."), at the start of a line in a
PDF, inside one long line in HUDOC's text. A
page's paragraph starts are the longest run of such numbers that follow each other
(11, 12, 13): numbered lists inside a paragraph ("1. ...", "2. ...") and stray numbers
do not make a run with the paragraphs around them. Computed from the stored page text
when a page is shown; nothing is stored.
"""
from __future__ import annotations

import html
import re
import unicodedata

# a number, a full stop, space, and a capital: at the start of a line, or after a space
# (HUDOC's text runs its paragraphs together on one line, and writes some as "10 .")
_START = re.compile(r"(?m)(?:^|(?<=\s))(\d{1,4}) ?\.\s+(?=[\"“«(]?[A-ZÀ-ÖØ-ÞĞİŞ])")
_TAG = re.compile(r"</?mark>")


def paragraph_starts(text: str) -> list[tuple[int, int]]:
    """(paragraph number, offset of the number in `text`), in order."""
    runs: list[list[tuple[int, int]]] = []
    for m in _START.finditer(text):
        n = int(m.group(1))
        run = next((r for r in runs if r[-1][0] == n - 1), None)
        if run is not None:
            run.append((n, m.start(1)))
        else:
            runs.append([(n, m.start(1))])
    return max(runs, key=len, default=[]) if runs else []


def paragraph_at(starts: list[tuple[int, int]], offset: int) -> int | None:
    """The number of the paragraph that holds `offset` (None before the first one)."""
    found = None
    for n, start in starts:
        if start > offset:
            break
        found = n
    return found


def pinpoint_label(number: int, ecthr: bool) -> str:
    """How a pinpoint is written: "§ 45" for the Court, "para. 12" otherwise."""
    return f"§ {number}" if ecthr else f"para. {number}"


def snippet_paragraph(text: str, snippet_html: str) -> int | None:
    """The paragraph of `text` that a snippet's first match is in (None if the snippet
    cannot be found in the text, or the text has no numbered paragraphs)."""
    starts = paragraph_starts(text)
    if not starts or "<mark>" not in snippet_html:
        return None
    before, _, _ = snippet_html.partition("<mark>")
    piece = html.unescape(_TAG.sub("", snippet_html)).strip("… ")
    lead = len(html.unescape(before).lstrip("… "))
    # snippets collapse whitespace: find the snippet's words with any whitespace between
    # them, then walk its first `lead` characters (a run of whitespace counts as one)
    text = unicodedata.normalize("NFC", text)
    found = re.search(r"\s+".join(re.escape(w) for w in piece.split()), text)
    if found is None:
        return None
    i, count = found.start(), 0
    while count < lead and i < len(text) - 1:
        if text[i].isspace():
            while i + 1 < len(text) and text[i + 1].isspace():
                i += 1
        i += 1
        count += 1
    return paragraph_at(starts, i)


def annotate_hits(session, hits) -> None:  # type: ignore[no-untyped-def]
    """Fill in, from the record, each hit page's OCR confidence and the paragraph its
    snippet is in (one query for all the pages shown)."""
    from archive import store

    pages = store.hit_pages(session, hits)
    for h in hits:
        for p in h.pages:
            page = pages.get((h.id, p.number))
            if page is not None:
                p.ocr_confidence = page.ocr_confidence
                p.paragraph = snippet_paragraph(page.text, p.snippet)
