"""OCR of PDF pages that carry no text: PDFium renders the page, tesseract reads it.

tesseract runs as a command (`tesseract stdin stdout ... tsv`), one process per page,
with `OMP_THREAD_LIMIT=1`: on a worker that already has a core of its own, tesseract's
own threads only slow it down (5-20 times, measured: docs/benchmarks.md). The command
rather than a binding (tesserocr, which needs compiling against libtesseract, or
pytesseract, a wrapper around the same command) because a page that runs too long is
a process the worker can kill, the worker's memory cap applies to it, and nothing
needs building. Starting the process, Turkish and English data loaded, costs 0.12 s
(measured on a blank image) against 0.8-3 s of reading a page.

Results are cached by the rendered page's hash and the languages (OCR_CACHE_DIR), so a
file imported again, or the same page in two files, is read once.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable

from archive.settings import OCR_MODES

MODES = OCR_MODES
DEFAULT_LANGUAGES = "tur+eng"
DPI = 300
PAGE_SECONDS = 180.0  # one page's limit; a page that overruns is recorded, the rest go on
# A page whose text layer has fewer letters than this is read by OCR (in `auto` mode)
# when it shows an image: a blank page of a digital file is not sent to tesseract.
MIN_PAGE_LETTERS = 20
UNAVAILABLE = "OCR not available: install tesseract-ocr and tesseract-ocr-tur (README)"
# Our language codes -> tesseract's language data
TESSERACT_LANGUAGES = {"tr": "tur", "en": "eng", "fr": "fra", "ku": "kmr", "kmr": "kmr", "de": "deu",
                       "ar": "ara", "ru": "rus", "el": "ell", "hy": "hye", "az": "aze"}


@dataclass
class OcrSettings:
    """How the extraction workers OCR (set once per worker: `configure`)."""

    mode: str = "auto"
    languages: str = DEFAULT_LANGUAGES  # tesseract's notation: "tur+eng"
    cache_dir: str | None = None
    page_seconds: float = PAGE_SECONDS


@dataclass
class OcrProgress:
    """What a worker sends its parent while it reads a scan: pages done of pages to do."""

    done: int
    total: int


def from_settings(app_settings, mode: str | None = None, languages: str | None = None) -> OcrSettings:  # type: ignore[no-untyped-def]
    """The OCR settings of the archive's Settings (HRARCHIVE_OCR, HRARCHIVE_OCR_LANGUAGES),
    with a command's options over them."""
    # a page must be able to overrun and be recorded before the file's limit kills the worker
    page_seconds = min(PAGE_SECONDS, max(5.0, app_settings.extract_timeout * 0.8))
    return OcrSettings(mode=mode or app_settings.ocr, languages=languages or app_settings.ocr_languages,
                       cache_dir=str(app_settings.ocr_cache_path), page_seconds=page_seconds)


@dataclass
class PageText:
    """One page read by OCR."""

    text: str
    confidence: float  # tesseract's mean word confidence, 0-100
    languages: str
    seconds: float = 0.0
    cached: bool = False


class OcrError(Exception):
    """A page could not be read (timeout, tesseract failed); the message says why."""


_settings = OcrSettings()
# Called with (page number, pages to read) as pages are read: the worker tells the
# parent, which extends the file's time limit and shows progress on long scans.
progress_hook: Callable[[int, int], None] | None = None


def configure(settings: OcrSettings) -> None:
    global _settings
    if settings.mode not in MODES:
        raise ValueError(f"OCR mode must be one of {', '.join(MODES)}, not {settings.mode!r}")
    _settings = settings


@lru_cache(maxsize=1)
def installed_languages() -> frozenset[str]:
    """tesseract's installed language data; empty when tesseract is not installed."""
    exe = shutil.which("tesseract")
    if exe is None:
        return frozenset()
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    return frozenset(line.strip() for line in out.splitlines()[1:] if line.strip())


def unavailable_reason(languages: str) -> str | None:
    """Why OCR in `languages` cannot run here, or None when it can."""
    have = installed_languages()
    if not have or "tur" not in have and "eng" not in have:
        return UNAVAILABLE
    missing = [lang for lang in languages.split("+") if lang not in have]
    if missing:
        return f"OCR language data missing: install tesseract-ocr-{missing[0]} (README)"
    return None


def languages_for(language: str | None, default: str) -> str:
    """The tesseract languages for a document said to be in `language` (a sheet's or a
    source's); Turkish and English data are kept in, since documents on Türkiye mix
    them. Languages whose data is not installed are left out."""
    have = installed_languages()
    wanted = [TESSERACT_LANGUAGES.get((language or "").lower(), "")] + default.split("+")
    out = [lang for lang in dict.fromkeys(w for w in wanted if w) if lang in have]
    return "+".join(out) or default


def render(page, dpi: int = DPI) -> bytes:  # type: ignore[no-untyped-def]
    """A PDFium page as a greyscale PGM image (tesseract reads PNM; no imaging library)."""
    bitmap = page.render(scale=dpi / 72, grayscale=True)
    try:
        width, height, stride = bitmap.width, bitmap.height, bitmap.stride
        buffer = bytes(bitmap.buffer)
    finally:
        bitmap.close()
    if stride == width:
        pixels = buffer[:width * height]
    else:
        pixels = b"".join(buffer[row * stride: row * stride + width] for row in range(height))
    return b"P5\n%d %d\n255\n" % (width, height) + pixels


def read_image(image: bytes, languages: str, timeout: float | None = None) -> PageText:
    """OCR one page image (cached). Raises OcrError."""
    timeout = timeout or _settings.page_seconds
    key = hashlib.sha256(image).hexdigest() + "-" + languages
    cached = _cache_get(key)
    if cached is not None:
        return cached
    exe = shutil.which("tesseract")
    if exe is None:
        raise OcrError(UNAVAILABLE)
    started = time.monotonic()
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        done = subprocess.run([exe, "stdin", "stdout", "-l", languages, "--psm", "3", "tsv"], input=image,
                              capture_output=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        raise OcrError(f"OCR took longer than {timeout:.0f} s") from None
    except OSError as exc:
        raise OcrError(f"tesseract could not be run ({exc})") from exc
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise OcrError(f"tesseract failed ({message[-1] if message else done.returncode})")
    text, confidence = parse_tsv(done.stdout.decode("utf-8", "replace"))
    result = PageText(text=text, confidence=confidence, languages=languages,
                      seconds=time.monotonic() - started)
    _cache_put(key, result)
    return result


def parse_tsv(tsv: str) -> tuple[str, float]:
    """(text, mean word confidence) of tesseract's TSV output: words joined by spaces
    within a line, lines by newlines, paragraphs and blocks by a blank line."""
    lines: list[str] = []
    words: list[str] = []
    where: tuple[str, ...] | None = None
    confidences: list[float] = []
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5":  # level 5: a word
            continue
        word = cols[11].strip()
        if not word:
            continue
        line_id = (cols[2], cols[3], cols[4])  # block, paragraph, line
        if where is not None and line_id != where:
            lines.append(" ".join(words))
            if line_id[:2] != where[:2]:
                lines.append("")
            words = []
        where = line_id
        words.append(word)
        try:
            confidences.append(float(cols[10]))
        except ValueError:
            pass
    if words:
        lines.append(" ".join(words))
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    confidence = sum(confidences) / len(confidences) if confidences else 0.0
    return text, round(confidence, 1)


def _cache_path(key: str) -> Path | None:
    if not _settings.cache_dir:
        return None
    return Path(_settings.cache_dir) / key[:2] / f"{key}.json"


def _cache_get(key: str) -> PageText | None:
    path = _cache_path(key)
    if path is None or not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return PageText(text=data["text"], confidence=float(data["confidence"]), languages=data["languages"],
                        seconds=0.0, cached=True)
    except (OSError, ValueError, KeyError):
        return None  # a damaged entry is read again


def _cache_put(key: str, page: PageText) -> None:
    path = _cache_path(key)
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        tmp.write_text(json.dumps({"text": page.text, "confidence": page.confidence,
                                   "languages": page.languages}, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written costs time, never text


def has_image(page) -> bool:  # type: ignore[no-untyped-def]
    """Whether a PDFium page shows an image (a scan), so that OCR has something to read."""
    import pypdfium2.raw as raw

    return any(obj.type == raw.FPDF_PAGEOBJ_IMAGE for obj in page.get_objects(max_depth=2))


@dataclass
class OcrOutcome:
    """What OCR did to a PDF's pages (0-based page indexes)."""

    pages: dict[int, PageText]
    errors: dict[int, str]
    skipped: str | None = None  # why OCR did not run on pages that needed it


def _letters(text: str) -> int:
    return sum(c.isalpha() for c in text)


def ocr_pdf(data: bytes, texts: list[str], passwords: tuple[str, ...] = (), language: str | None = None,
            mode: str | None = None) -> OcrOutcome:
    """OCR the pages of a PDF that need it: in `auto` mode pages with (almost) no text
    that show an image, in `force` mode every page. A page that fails is in `errors`;
    the others go on. A page read as French or Kurdish is read again with that
    language's data when it is installed."""
    from ..enrich.language import detect_language
    from .text import normalise

    mode = mode or _settings.mode
    out = OcrOutcome(pages={}, errors={})
    if mode == "never" or (mode == "auto" and texts and all(_letters(t) >= MIN_PAGE_LETTERS for t in texts)):
        return out  # a digital PDF with text on every page: PDFium is not even opened
    try:
        import pypdfium2 as pdfium
    except ImportError:
        out.skipped = "OCR not available: pypdfium2 is not installed"
        return out
    doc = None
    for pw in (None, *passwords):
        try:
            doc = pdfium.PdfDocument(data, password=pw)
            break
        except Exception:  # PdfiumError and friends: try the next password
            continue
    if doc is None:
        out.skipped = "OCR skipped: PDFium cannot open the file"
        return out
    try:
        todo = []
        for i in range(len(doc)):
            if mode == "force" or (i >= len(texts) or _letters(texts[i]) < MIN_PAGE_LETTERS) and has_image(doc[i]):
                todo.append(i)
        if not todo:
            return out
        languages = languages_for(language, _settings.languages)
        reason = unavailable_reason(languages)
        if reason:
            out.skipped = reason
            return out
        have = installed_languages()
        for n, i in enumerate(todo):
            if progress_hook is not None:
                progress_hook(n, len(todo))
            try:
                image = render(doc[i])
                page = read_image(image, languages)
                other = {"fr": "fra", "ku": "kmr"}.get(detect_language(page.text) if page.text else "")
                if other and other in have and other not in languages.split("+"):
                    again = read_image(image, "+".join([other, *languages.split("+")]))
                    if again.confidence >= page.confidence:
                        page = again
            except OcrError as exc:
                out.errors[i] = str(exc)
                continue
            except Exception as exc:  # a page PDFium cannot render
                out.errors[i] = f"the page could not be rendered ({type(exc).__name__})"
                continue
            page.text = normalise(page.text)
            out.pages[i] = page
        if progress_hook is not None:
            progress_hook(len(todo), len(todo))
    finally:
        doc.close()
    return out
