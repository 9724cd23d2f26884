"""Normalising extracted text before it is stored (DESIGN.md section 10)."""
from __future__ import annotations

import re
import unicodedata

_CID = re.compile(r"\(cid:\d+\)")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
# A word broken at a line end with a hyphen: "tor-\nture" -> "torture".
_HYPHEN_BREAK = re.compile(r"(\w)-[ \t]*\n[ \t]*(\w)")
_SPACES = re.compile(r"[ \t\u00a0]+")
_BLANK_LINES = re.compile(r"\n{3,}")
# Legacy Turkish fonts without ToUnicode come out in cp1252 where cp1254 was meant.
_LEGACY_TURKISH = str.maketrans({"Ý": "İ", "ý": "ı", "Þ": "Ş", "þ": "ş", "Ð": "Ğ", "ð": "ğ"})
_LEGACY_MARKERS = re.compile(r"[ÝýÞþÐð]")
_TURKISH_CONTEXT = re.compile(r"[çÇöÖüÜ]|\b\w*(?:ler|lar|nin|nın|dir|dır)\b")


def repair_legacy_turkish(text: str) -> str:
    """Map cp1252 look-alikes back to Turkish letters when the text is Turkish-like.

    Icelandic/Faroese legitimately use þ/ð/ý, so the repair is applied only when
    the markers appear together with Turkish context (ç, ö, ü or Turkish suffixes).
    """
    if not _LEGACY_MARKERS.search(text) or not _TURKISH_CONTEXT.search(text):
        return text
    return text.translate(_LEGACY_TURKISH)


def normalise(text: str) -> str:
    """NFKC (ligatures), rejoin hyphenated line breaks, drop junk, repair Turkish."""
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CID.sub("", text)
    text = _CONTROL.sub("", text)
    text = repair_legacy_turkish(text)
    text = _HYPHEN_BREAK.sub(r"\1\2", text)
    text = _SPACES.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", text).strip()
