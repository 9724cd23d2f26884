"""Extraction of page texts from original files; plain dataclasses, no database.

`extract_document` is what a worker process runs for one file: it sniffs the format,
extracts normalised page texts, and detects the language of each page and of the whole.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Any

# Status values an extraction can end in.
OK, NO_TEXT, NEEDS_PASSWORD, PARTIAL, FAILED, UNSUPPORTED = (
    "ok", "no_text_layer", "needs_password", "partial", "failed", "unsupported",
)


log = logging.getLogger(__name__)

@dataclass
class Extraction:
    pages: list[str] = field(default_factory=list)
    status: str = OK
    error: str | None = None
    extractor: str = ""
    metadata: dict[str, str] = field(default_factory=dict)
    language: str | None = None
    page_languages: list[str] = field(default_factory=list)
    enrichment: Any = None  # ingest.enrich.Enrichment, computed in the worker
    # per page: the mean OCR confidence (0-100) of a page read by OCR, None for a text layer
    page_ocr: list[float | None] = field(default_factory=list)


TEXT_SUFFIXES = (".txt", ".text", ".md")
# The version of the extractors, stamped on the documents they read: `hrarchive extract
# --all` reads again the originals of documents an older version read (ingest.reextract).
# 2026.12.1: Word's list numbering in DOCX text (before it, numbered paragraphs lost their numbers)
EXTRACTION_VERSION = "2026.12.14"  # .14: an HTML line break's tag written out at a line's end ("WORLD REPORT 2016<br />", a document viewer's copy) dropped; .13: a Turkish font's › ‹ € ﬂ ﬁ for ı İ ğ ş Ş read back (three guillemets inside words at least); .12: a mojibake pair ftfy leaves ("ÅŸ" for ş) read back as its letter; .11: mojibake repaired line by line (a copy garbled its heading but kept its judges' Turkish letters); .10: mojibake repaired (a web page's, a text file's) only in a text with two mojibake pairs at least (ftfy alone changed a HUDOC text's stray cedilla); .9: a plain text file's mojibake (UTF-8 once read as a one-byte charset) repaired by ftfy, as a web page's is; .8: Unicode hyphens as hyphens, soft hyphens and zero-width marks dropped; .7: a Turkish font's Đ for İ read as İ in Turkish text; .6: a Turkish font's õ for the dotless ı read as ı in Turkish text; .5: a Turkish font's Ġ, Ģ, ġ read as İ, ş, Ş in Turkish text; .4: a DOCX paragraph in Word's Title, Subtitle or heading 1 style ends page 1's heading like larger letters; .3: a blank line after page 1's heading set larger than its text (PDF, DOCX); .2: a faked bold's doubled letters written once; .1: Word's list numbering


def sniff(data: bytes, name: str) -> str:
    """The format of a file from its first bytes (and its name only to break ties)."""
    head = data[:2048]
    lower_name = name.lower()
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        if lower_name.endswith(".docx") or b"word/" in data[:65536]:
            return "docx"
        return "zip"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if stripped.startswith((b"<!doctype html", b"<html", b"<head", b"<body")) or (
        lower_name.endswith((".html", ".htm")) and b"<" in stripped[:200]
    ):
        return "html"
    # Plain text is taken from text extensions (or no extension) only, so that data
    # files (.csv, .json, .xml, ...) are reported as unsupported, not archived as prose.
    if lower_name.endswith(TEXT_SUFFIXES) or ("." not in lower_name and head and _looks_like_text(head)):
        return "text"
    return "unknown"


def _looks_like_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls / len(head) < 0.01


def document_language(pages: list[str], page_languages: list[str], detect) -> str:  # type: ignore[no-untyped-def]
    """The language of most of the text (weighted by page length); 'und' if none is known."""
    weight: dict[str, int] = {}
    for text, lang in zip(pages, page_languages):
        if lang != "und":
            weight[lang] = weight.get(lang, 0) + len(text)
    if weight:
        return max(weight.items(), key=lambda kv: kv[1])[0]
    return detect("\n".join(pages))  # short pages may add up to enough text


def extract_document(data: bytes, name: str, passwords: tuple[str, ...] = (),
                     metadata: dict[str, Any] | None = None) -> Extraction:
    """Extract, language-tag and enrich one file. Never raises for bad input.

    `metadata` (title, symbol from the sheet or the source) guides the enrichers.
    """
    from ..enrich import enrich
    from ..enrich.language import detect_language

    kind = sniff(data, name)
    if name.lower().endswith(".pdf") and kind != "pdf":
        return Extraction(status=FAILED, error="the file is named .pdf but is not a PDF")
    if kind == "pdf":
        from .pdf import extract_pdf

        result = extract_pdf(data, passwords)
        if result.status in (OK, PARTIAL, NO_TEXT):
            result = with_ocr(result, data, passwords, (metadata or {}).get("ocr_language"))
    elif kind == "docx":
        from .docx import extract_docx

        result = extract_docx(data)
    elif kind == "html":
        from .html import extract_html

        result = extract_html(data, (metadata or {}).get("charset") or None)
    elif kind == "text":
        from .text import extract_text

        result = extract_text(data)
    else:
        suffix = name.rsplit(".", 1)[-1].lower() if "." in name else ""
        result = Extraction(status=UNSUPPORTED, error=(
            f".{suffix} files are not supported" if suffix else "unknown file type"
        ) + " (supported: PDF, DOCX, HTML, plain text)")
    if result.pages:
        result.page_languages = [detect_language(p) for p in result.pages]
        result.language = document_language(result.pages, result.page_languages, detect_language)
        stated = result.metadata.get("lang", "") if kind == "html" else ""
        if result.language == "und" and re.fullmatch(r"[a-z]{2}", stated):
            # too little text to tell: the page's <html lang> (detection wins when it can tell)
            result.language, result.page_languages = stated, [stated] * len(result.pages)
    if result.status in (OK, PARTIAL, NO_TEXT):
        try:
            result.enrichment = enrich(result.pages, enrichment_metadata(metadata, result.metadata, kind, name),
                                       result.page_languages or None)
        except Exception as exc:  # a rule's fault never costs the document: kept with its text, said so
            log.exception("metadata rules failed on %s", name)
            note = (f"metadata not read ({type(exc).__name__}: {exc}); the text is kept: "
                    "`hrarchive enrich --all` reads it after an update")
            result.error = f"{result.error}; {note}" if result.error else note
    return result


def with_ocr(result: Extraction, data: bytes, passwords: tuple[str, ...], language: str | None) -> Extraction:
    """`result` with the pages that need it read by OCR (ingest.extract.ocr): their text,
    `page_ocr`, and an outcome that says what OCR did or why it could not."""
    from .ocr import ocr_pdf
    from .pdf import MIN_CHARS_FOR_TEXT

    outcome = ocr_pdf(data, result.pages, passwords, language)
    pages = list(result.pages)
    confidence: list[float | None] = [None] * len(pages)
    for i, page in outcome.pages.items():
        if i < len(pages):
            pages[i], confidence[i] = page.text, page.confidence
    result.pages, result.page_ocr = pages, confidence
    if outcome.pages:
        result.extractor = f"{result.extractor}+ocr"
    failed = "; ".join(f"page {i + 1}: {why}" for i, why in sorted(outcome.errors.items()))
    if result.status == NO_TEXT:
        if outcome.pages and sum(len(p) for p in pages) >= MIN_CHARS_FOR_TEXT:
            result.status = PARTIAL if failed else OK
            result.error = f"OCR failed on some pages ({failed})" if failed else None
        elif outcome.skipped:
            result.error = f"no text layer (a scan?): kept and searchable by its metadata; {outcome.skipped}"
        elif failed:
            result.error = f"no text layer, and OCR failed ({failed})"
    elif failed:
        result.status = PARTIAL
        result.error = "; ".join(x for x in (result.error, f"OCR failed on some pages ({failed})") if x)
    return result


def enrichment_metadata(given: dict[str, Any] | None, found: dict[str, str], kind: str, name: str) -> dict[str, Any]:
    """What the enrichers get besides the text: the title and symbol a person or source
    gave (`given`), and the file's own title: a web page's stated title is its heading,
    a PDF's or DOCX's metadata title only a candidate the title rules check."""
    meta = {k: v for k, v in (given or {}).items() if v and k not in ("ocr_language", "charset")}
    if found.get("title"):
        meta["page_title" if kind == "html" else "file_title"] = found["title"]
    if kind == "html" and found.get("date"):
        meta["page_date"] = found["date"]
    if kind == "html" and found.get("kind"):
        meta["page_kind"] = found["kind"]
    if kind != "html" and found.get("creationdate"):
        meta["file_date"] = found["creationdate"]  # a PDF's or DOCX's creation date
    meta["file_name"] = name
    return meta
