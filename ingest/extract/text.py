"""Plain text: decoding in any common encoding, and the normalisation all text gets."""
from __future__ import annotations

import re
import unicodedata
from collections import Counter

from ftfy import fix_encoding

from . import FAILED, NO_TEXT, OK, Extraction

_CID = re.compile(r"\(cid:\d+\)")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffe\uffff]")
# A word broken at a line end with a hyphen: "tor-\nture" -> "torture".
_HYPHEN_BREAK = re.compile(r"(\w)-[ \t]*\n[ \t]*(\w)")
_HYPHEN_HINT = re.compile(r"-[ \t]*\n")  # in every match above; found by a quick scan
# Hyphens and marks Unicode writes apart from the ASCII hyphen. A non-breaking hyphen
# (U+2011) is a hyphen, and HUDOC's text spaces it ("non ‑ governmental", "MARTIN ‑
# DUPONT"); NFKC makes it the Unicode hyphen (U+2010), which no rule reads as one. A soft
# hyphen (U+00AD) marks where a word may break: left in, it splits the word for search
# ("Men\xadschen\xadrechte"), and at a line's end it is such a break. A zero-width space,
# a word joiner and a byte order mark inside a text are no characters of it.
_NO_BREAK_HYPHEN = re.compile(r"[^\S\n]*\u2011[^\S\n]*")
_SOFT_HYPHEN_BREAK = re.compile(r"\u00ad[ \t]*\n[ \t]*")
_INVISIBLE = re.compile(r"[\u00ad\u200b\u2060\ufeff]")
# Runs of spaces, tabs and no-break spaces become one space: the runs that are not
# already a single space (matching every single space would cost more than all else).
_SPACES = re.compile(r"[ \t\u00a0]{2,}|[\t\u00a0]")
_BLANK_LINES = re.compile(r"\n{3,}")
# Legacy Turkish fonts without ToUnicode come out in cp1252 where cp1254 was meant.
_LEGACY_TURKISH = str.maketrans({"Ý": "İ", "ý": "ı", "Þ": "Ş", "þ": "ş", "Ð": "Ğ", "ð": "ğ"})
_LEGACY_MARKERS = re.compile(r"[ÝýÞþÐð]")
_TURKISH_CONTEXT = re.compile(r"[çÇöÖüÜ]|\b\w*(?:ler|lar|nin|nın|dir|dır)\b")
_TURKISH_ONLY = re.compile(r"[ığşİĞŞ]")
# In Turkish, ı, ş and ğ are 6-8 % of the letters; a stray Ý or ý (a Czech or Icelandic
# name in an English judgment) is far rarer than this.
_LEGACY_SHARE = 0.004
_TURKISH_LETTERS_1254 = set("ğĞışŞİ".encode("cp1254"))
PAGE_BREAK = "\f"


# Other Turkish fonts (the Ministry of Justice's translations of the Court's judgments, many
# State documents) come out with Ġ for İ, Ģ for ş and ġ for Ş: "ĠKĠNCĠ BÖLÜM", "DıĢ ĠliĢkiler",
# "A. ġ.". Maltese writes ġ and Ġ, Latvian ģ and Ģ, but neither writes the dotless ı, and
# each has letters of its own besides.
_DOTTED_LEGACY = str.maketrans({"Ġ": "İ", "Ģ": "ş", "ġ": "Ş"})
_NOT_TURKISH = re.compile(r"[ħĦżŻċĊāĀēĒīĪūŪķĶļĻņŅ]")
# ... and others with õ for the dotless ı alone, the Mac's code for it read as Latin-1
# ("Uluslararasõ", "16 Aralõk 1966 tarih ve 2200 A (XXI) sayõlõ"), every other Turkish letter
# right. Estonian and Portuguese write õ, but neither ş, ğ nor İ; and a text with õ for ı
# has no ı of its own, and more than a name's õ or two.
_MAC_DOTLESS_SHARE = 0.01
_ESTONIAN_OR_PORTUGUESE = re.compile(r"[ãÃäÄšŠžŽ]")
# ... and others with Đ for İ ("ĐKĐNCĐ DAĐRE", "AHMET YILDIRIM v. TÜRKĐYE", "Đnsan Hakları"): the
# South Slavic languages and Vietnamese write Đ with its small đ, and no dotless ı (and a
# South Slavic name in a Turkish or English text, "Đukić", is one or two of them)
_SLAVIC_D = "đ"
# ... and others with › for ı, ‹ for İ, € for ğ and the ligatures ﬂ and ﬁ for ş and Ş ("Yay›nlar›",
# "‹stanbul", "Da€›t›m", "‹letiﬂim", "ﬁti."): no language writes a guillemet inside a word, and
# such a text has three at least; read before NFKC, which would spell the ligatures out
_GUILLEMET_LEGACY = str.maketrans({"›": "ı", "‹": "İ", "€": "ğ", "\ufb02": "ş", "\ufb01": "Ş"})
_IN_WORD_GUILLEMET = re.compile(r"(?<=[^\W\d_])›|‹(?=[^\W\d_])")
_AFTER_LETTER = r"(?:(?<=[^\W\d_])|(?<=[›‹€\ufb01\ufb02]))"  # (one of these letters too: "Da€›t›m")
_BEFORE_LETTER = r"(?=[^\W\d_]|[›‹€\ufb01\ufb02])"
_GUILLEMET_MARKS = re.compile(rf"{_AFTER_LETTER}›|‹{_BEFORE_LETTER}|{_AFTER_LETTER}€{_BEFORE_LETTER}|[\ufb01\ufb02]")


def repair_guillemet_turkish(text: str) -> str:
    """A Turkish font's letters read as guillemets, the euro sign and ligatures (see
    _GUILLEMET_LEGACY) back as its letters, where a Turkish text writes three guillemets inside
    words at least: only those inside words and the ligatures are read back."""
    if "›" not in text or len(_IN_WORD_GUILLEMET.findall(text)) < 3 or not _TURKISH_CONTEXT.search(text):
        return text
    return _GUILLEMET_MARKS.sub(lambda m: m.group().translate(_GUILLEMET_LEGACY), text)


def repair_legacy_turkish(text: str) -> str:
    """Map cp1252 look-alikes back to Turkish letters when the text is Turkish-like.

    Icelandic/Faroese legitimately use þ/ð/ý, and Czech and Slovak names ý, so the
    repair is applied only when the markers are as frequent as Turkish's own letters
    would be, the text has none of those letters itself (a mis-decoded text cannot),
    and it has Turkish context (ç, ö, ü or Turkish suffixes). So are a Turkish font's Ġ,
    Ģ and ġ (see _DOTTED_LEGACY), in a text that writes the dotless ı and no letter of
    Maltese or Latvian; another's Đ for İ (see _SLAVIC_D); and another's õ for ı (see
    _MAC_DOTLESS_SHARE).
    """
    if ("Ġ" in text or "Ģ" in text) and "ı" in text and not _NOT_TURKISH.search(text):
        text = text.translate(_DOTTED_LEGACY)
    if text.count("Đ") >= 3 and "ı" in text and _SLAVIC_D not in text and not _NOT_TURKISH.search(text):
        text = text.replace("Đ", "İ")
    if "õ" in text and "ı" not in text and _TURKISH_ONLY.search(text) and not _ESTONIAN_OR_PORTUGUESE.search(text) \
            and text.count("õ") >= max(3, _MAC_DOTLESS_SHARE * sum(map(str.isalpha, text))):
        text = text.replace("õ", "ı")
    if not _LEGACY_MARKERS.search(text):
        return text
    markers = len(_LEGACY_MARKERS.findall(text))
    if markers < _LEGACY_SHARE * sum(map(str.isalpha, text)) or _TURKISH_ONLY.search(text):
        return text
    if not _TURKISH_CONTEXT.search(text):
        return text
    return text.translate(_LEGACY_TURKISH)


# Bold faked by printing each letter twice, as some PDF writers do, comes out of the text
# layer doubled: "DDaattaa SShheeeett" for "Data Sheet". A word of three doubled letters or
# more, three different ones at least ("aaaaaa" and "XXXXII" are no such word), is written
# once, and so is a shorter word of doubled characters beside one ("OONN", "22001199"), but
# not one standing apart ("II" in "Chapter II", "00" in "10:00").
_DOUBLED = re.compile(r"(?<![\w/+])(?:([^\W\d_])\1){3,}(?![\w/+])")
_PAIRS = re.compile(r"(?<![\w/+])(?:(\w)\1)+(?![\w/+])")  # (not in a path, "/author/ggrraaff/")
_BETWEEN_WORDS = re.compile(r"[^\w\n]{1,3}")  # on one line


def _doubled_word(word: str) -> bool:
    return len(word) >= 6 and len(set(word[::2].lower())) >= 3 and not any(c.isdigit() for c in word)


def undouble(text: str) -> str:
    """The text with the doubled characters of a faked bold written once (see _DOUBLED)."""
    if not _DOUBLED.search(text):
        return text
    words = list(_PAIRS.finditer(text))
    bold = [_doubled_word(m.group()) for m in words]
    for order in (range(1, len(words)), range(len(words) - 2, -1, -1)):  # along a run of them, both ways
        for k in order:
            j = k - 1 if order.step == 1 else k + 1
            if bold[j] and not bold[k] and _BETWEEN_WORDS.fullmatch(text, words[min(j, k)].end(), words[max(j, k)].start()):
                bold[k] = True
    out, last = [], 0
    for m, single in zip(words, bold):
        if single:
            out += [text[last:m.start()], m.group()[::2]]
            last = m.end()
    return "".join(out) + text[last:]


# an HTML line break written out as text at a line's end, as a document viewer's page shows
# a PDF's lines ("WORLD REPORT 2016<br />", Yumpu's): the line's end, not its words
_LITERAL_BREAK = re.compile(r"[^\S\n]*<br\s*/?>[^\S\n]*$", re.MULTILINE | re.IGNORECASE)


def normalise(text: str) -> str:
    """NFKC (ligatures), hyphens as ASCII hyphens (see _NO_BREAK_HYPHEN), rejoin hyphenated
    line breaks, drop junk (a line break's tag written out at a line's end too), repair
    Turkish, undo doubled letters of a faked bold."""
    if "<br" in text or "<BR" in text:
        text = _LITERAL_BREAK.sub("", text)
    if "\u2011" in text:
        text = _NO_BREAK_HYPHEN.sub("-", text)
    if "\u00ad" in text:
        text = _SOFT_HYPHEN_BREAK.sub("", text)
    text = _INVISIBLE.sub("", unicodedata.normalize("NFKC", repair_guillemet_turkish(text))).replace("\u2010", "-")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x0c", "\n")
    text = _CID.sub("", text)
    text = _CONTROL.sub("", text)
    text = repair_legacy_turkish(text)
    text = undouble(text)
    if _HYPHEN_HINT.search(text):
        text = _HYPHEN_BREAK.sub(r"\1\2", text)
    text = _SPACES.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    if "\n\n\n" in text:
        text = _BLANK_LINES.sub("\n\n", text)
    return text.strip()


# Mojibake: UTF-8 once read as Latin-1 or Windows-1252 and saved again, each letter beyond ASCII
# become a lead character (Ã, Ä, Å, ... for the Latin letters, Ð and Ñ for Cyrillic, Ø and Ù
# for Arabic, â for punctuation) and a continuation byte's character ("Ä°" for "İ", "Ã¶"
# for "ö", "â€™" for "’"); no language writes such pairs.
_MOJIBAKE = re.compile("[ÂÃÄÅÆÇÐÑØÙâ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6"
                       "\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")
MOJIBAKE_PAIRS = 2  # pairs a text has at least before it is repaired


def repair_mojibake(text: str) -> str:
    """`text` with its mojibake repaired by ftfy's `fix_encoding` (MIT), the field's library for
    it, where the text has such pairs (see _MOJIBAKE): ftfy alone also "repairs" a legitimate
    text's odd sequence (a HUDOC judgment's stray cedilla, "Nikezić¸ cited above", became
    "Nikezi㏠cited above")."""
    if text.isascii() or len(_MOJIBAKE.findall(text)) < MOJIBAKE_PAIRS:
        return text
    # line by line: a copy whose mojibake stands beside letters it kept (a judgment's "CASE OF
    # FATÄ°H TAÅž v. TURKEY" over "Işıl Karakaş" among its judges) is not one text ftfy can
    # read back whole, and a line without such a pair is left as it is
    return "\n".join(_unpair(fix_encoding(line)) if _MOJIBAKE.search(line) else line for line in text.split("\n"))


def _letter_of(m: re.Match[str]) -> str:
    """The letter a mojibake pair was (its two characters back to the two bytes of its UTF-8),
    or the pair as it is."""
    try:
        letter = m.group().encode("cp1252").decode("utf-8")
    except UnicodeError:
        return m.group()
    return letter if unicodedata.category(letter).startswith("L") else m.group()


def _unpair(line: str) -> str:
    """`line` with the mojibake pairs ftfy left, each its letter again: ftfy weighs a pair
    by how odd it looks, and leaves "ÅŸ" (ş: "BaÅŸkanı", "konuÅŸan"), which no language
    writes either."""
    return _MOJIBAKE.sub(_letter_of, line) if _MOJIBAKE.search(line) else line


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes of unknown encoding; returns (text, encoding name).

    BOMs first, then UTF-8, then the Windows code page that fits: cp1254 (Turkish) when
    the bytes that differ between it and cp1252 are Turkish letters, else cp1252.
    """
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(enc, errors="replace"), enc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    turkish = sum(1 for b in data if b in _TURKISH_LETTERS_1254)
    enc = "cp1254" if turkish else "cp1252"
    return data.decode(enc, errors="replace"), enc


def split_pages(text: str) -> list[str]:
    """Form feeds separate pages in plain text; otherwise the text is one page."""
    parts = text.split(PAGE_BREAK)
    return [normalise(p) for p in parts] if len(parts) > 1 else [normalise(text)]


def extract_text(data: bytes) -> Extraction:
    try:
        text, encoding = decode(data)
    except Exception as exc:  # decoding with errors="replace" should not fail; be safe
        return Extraction(status=FAILED, extractor="text", error=f"cannot decode the text: {exc}")
    text = repair_mojibake(text)  # (a scraper's copy: "Veysel DÄ°RÄ° against Turkey")
    pages = split_pages(text)
    status = OK if any(p.strip() for p in pages) else NO_TEXT
    return Extraction(pages=pages, status=status, extractor=f"text:{encoding}",
                      error=None if status == OK else "the file is empty")


# A heading is set larger than the text: this much larger than the size most of page 1's
# characters are set in.
HEADING_SIZE = 1.2
HEADING_LINES = 12  # the heading looked for among page 1's first lines


def with_heading_end(text: str, runs: list[tuple[float, str]]) -> str:
    """`text` with a blank line after its first lines set at least HEADING_SIZE times the
    body's size (the size of most of its characters), when text follows them directly."""
    sizes: Counter[float] = Counter()
    for size, run in runs:
        sizes[size] += len(run.strip())
    if not sizes:
        return text
    body = sizes.most_common(1)[0][0]
    large = "".join("".join(run.split()) for size, run in runs if size >= body * HEADING_SIZE)
    if not large:
        return text
    lines = text.split("\n")
    in_heading = False
    for i, line in enumerate(lines[:HEADING_LINES]):
        compact = "".join(line.split())
        if not compact:
            if in_heading:
                return text  # the heading already ends with a blank line
            continue
        if len(compact) >= 2 and compact in large:
            in_heading = True
        elif in_heading:
            return "\n".join(lines[:i] + [""] + lines[i:])
    return text
