"""PDF page texts through pypdf, with every failure turned into an outcome."""
from __future__ import annotations

import io
import logging
import math
from typing import Any

from .. import errors
from . import Extraction
from .text import normalise, with_heading_end

log = logging.getLogger(__name__)

MIN_CHARS_FOR_TEXT = 20


def extract_pdf(data: bytes, passwords: tuple[str, ...] = ()) -> Extraction:
    """Extract normalised page texts from PDF bytes, pypdf first, then PDFium.

    Never raises for a bad file: the outcome is in `status` and `error`
    (`needs_password`, `no_text_layer`, `partial`, `failed`). Run it in a worker
    process: a pathological file can make either library slow or crash (DESIGN.md §10).
    """
    result = extract_pdf_pypdf(data, passwords)
    if result.status != "failed":
        return result
    for fallback in (extract_pdf_pdfium, extract_pdf_pdfminer):
        recovered = fallback(data, passwords)
        if recovered.status in ("ok", "partial", "no_text_layer"):
            note = f"recovered by {recovered.extractor} after pypdf failed: {result.error}"
            recovered.error = f"{recovered.error}; {note}" if recovered.error else note
            return recovered
    return result


NO_TEXT_LAYER = "no text layer (a scan?): kept and searchable by its metadata; needs OCR"


def _outcome(pages: list[str], extractor: str) -> Extraction:
    """The extraction of a fallback extractor that read `pages`."""
    if not pages:
        return Extraction(status="failed", extractor=extractor, error="the PDF has no pages")
    if sum(len(p) for p in pages) < MIN_CHARS_FOR_TEXT:
        return Extraction(pages=pages, status="no_text_layer", extractor=extractor, error=NO_TEXT_LAYER)
    return Extraction(pages=pages, status="ok", extractor=extractor)


def extract_pdf_pdfminer(data: bytes, passwords: tuple[str, ...] = ()) -> Extraction:
    """Extraction through pdfminer.six, whose lenient parser reads some damaged files."""
    try:
        from pdfminer.high_level import extract_pages
        from pdfminer.layout import LTTextContainer
    except ImportError:
        return Extraction(status="failed", extractor="pdfminer", error="pdfminer.six is not installed")
    pages: list[str] = []
    try:
        for layout in extract_pages(io.BytesIO(data), password=passwords[0] if passwords else ""):
            pages.append(normalise("\n".join(
                el.get_text() for el in layout if isinstance(el, LTTextContainer))))
    except Exception as exc:  # pdfminer raises many kinds on broken files
        return Extraction(status="failed", extractor="pdfminer", error=f"pdfminer cannot read it either ({exc})")
    return _outcome(pages, "pdfminer")


def extract_pdf_pdfium(data: bytes, passwords: tuple[str, ...] = ()) -> Extraction:
    """Extraction through PDFium (pypdfium2), which repairs files pypdf cannot open."""
    try:
        import pypdfium2 as pdfium
    except ImportError:
        return Extraction(status="failed", extractor="pdfium", error="pypdfium2 is not installed")
    doc = None
    for pw in (None, *passwords):
        try:
            doc = pdfium.PdfDocument(data, password=pw)
            break
        except Exception as exc:  # PdfiumError and friends
            last = exc
    if doc is None:
        return Extraction(status="failed", extractor="pdfium", error=f"PDFium cannot open it either ({last})")
    pages: list[str] = []
    try:
        for i in range(len(doc)):
            page = doc[i]
            textpage = page.get_textpage()
            pages.append(normalise(textpage.get_text_range() or ""))
            textpage.close()
            page.close()
    except Exception as exc:
        return Extraction(pages=pages, status="failed", extractor="pdfium", error=f"PDFium failed on a page ({exc})")
    finally:
        doc.close()
    return _outcome(pages, "pdfium")


def extract_pdf_pypdf(data: bytes, passwords: tuple[str, ...] = ()) -> Extraction:
    """Extraction through pypdf (with its crypto extra for AES-encrypted files)."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            for pw in ("", *passwords):
                try:
                    if reader.decrypt(pw):
                        break
                except Exception as exc:  # pypdf raises several kinds here
                    raise errors.ExtractionError(f"cannot decrypt: {exc}") from exc
            else:
                return Extraction(
                    status="needs_password", extractor="pypdf",
                    error="the PDF is password-protected; give its password in the metadata sheet's "
                          "'password' column" if not passwords else
                          "the PDF is password-protected and the password given does not open it",
                )
        n = len(reader.pages)
    except errors.ExtractionError as exc:
        return Extraction(status="failed", extractor="pypdf", error=str(exc))
    except Exception as exc:  # pypdf raises many kinds on broken files: wrap them all here
        return Extraction(status="failed", extractor="pypdf",
                          error=f"not a readable PDF ({type(exc).__name__}: {exc})")
    pages: list[str] = []
    failed_pages: list[int] = []
    for i in range(n):
        try:
            text = _first_page_text(reader.pages[i]) if i == 0 else reader.pages[i].extract_text() or ""
            pages.append(normalise(text))
        except Exception as exc:
            log.warning("page %d could not be extracted: %s", i + 1, type(exc).__name__)
            failed_pages.append(i + 1)
            pages.append("")
    meta: dict[str, str] = {}
    try:
        info: Any = reader.metadata or {}
        for key in ("/Title", "/Author", "/Subject", "/CreationDate"):
            if info.get(key):
                meta[key.strip("/").lower()] = str(info[key])[:500]
    except Exception:  # unreadable metadata must not cost us the text
        pass
    chars = sum(len(p) for p in pages)
    if n == 0:
        return Extraction(pages=[], status="failed", extractor="pypdf", error="the PDF has no pages")
    if failed_pages and len(failed_pages) == n:
        return Extraction(pages=pages, status="failed", extractor="pypdf", metadata=meta,
                          error="no page could be extracted")
    if chars < MIN_CHARS_FOR_TEXT:
        return Extraction(pages=pages, status="no_text_layer", extractor="pypdf", metadata=meta,
                          error=NO_TEXT_LAYER)
    if failed_pages:
        return Extraction(pages=pages, status="partial", extractor="pypdf", metadata=meta,
                          error=f"pages {', '.join(map(str, failed_pages))} could not be extracted")
    return Extraction(pages=pages, status="ok", extractor="pypdf", metadata=meta)


def _first_page_text(page: Any) -> str:
    """Page 1's text with a blank line where its heading, set larger than the text below
    it, ends: a PDF reader runs the first paragraph on into the heading ("... en Turquie"
    / "La Commissaire exprime ..."), and a title's rules read a heading up to a blank line."""
    runs: list[tuple[float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        try:
            if text.strip():
                runs.append((round(float(size) * math.hypot(tm[2], tm[3]) * math.hypot(cm[2], cm[3]), 1), text))
        except (TypeError, ValueError, IndexError):  # a size the page does not give: that run is not measured
            pass

    try:
        text = page.extract_text(visitor_text=visit) or ""
    except Exception:  # the sizes are a help: without them, the page's text as pypdf reads it
        return page.extract_text() or ""
    return with_heading_end(text, runs)
