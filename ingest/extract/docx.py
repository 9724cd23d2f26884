"""DOCX (Office Open XML): paragraphs of word/document.xml, split at page breaks; a line
break within a paragraph is a line break; a paragraph Word numbers itself ("1.", "(a)",
"iv.") begins with its number, as Word shows it."""
from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from xml.etree import ElementTree as ET

from . import FAILED, NO_TEXT, OK, Extraction
from .text import HEADING_SIZE, normalise, with_heading_end

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DC = "{http://purl.org/dc/elements/1.1/}"
DCTERMS = "{http://purl.org/dc/terms/}"
FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
MAX_XML_BYTES = 200 * 1024 * 1024
# the runs of page 1 whose sizes tell its heading from its text (a document without page
# breaks is all page 1: its first runs are enough)
MAX_SIZED_RUNS = 5000


def _read_member(z: zipfile.ZipFile, name: str) -> bytes:
    info = z.getinfo(name)
    if info.file_size > MAX_XML_BYTES:
        raise ValueError(f"{name} is larger than {MAX_XML_BYTES // 2**20} MB uncompressed")
    with z.open(info) as fh:
        return fh.read(MAX_XML_BYTES + 1)


def _walk(node: ET.Element, stop: tuple[str, ...]) -> Iterator[ET.Element]:
    """The elements under `node` in document order, without entering those tagged `stop`
    (iterative: a hostile file's nesting cannot exhaust the stack)."""
    stack = [iter(node)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            continue
        yield child
        if child.tag not in stop:
            stack.append(iter(child))


def _paragraphs(root: ET.Element) -> Iterator[ET.Element]:
    """Every paragraph in document order, those of text boxes once: Word writes a text
    box twice, as a drawing and as the fallback for older readers."""
    return (e for e in _walk(root, (FALLBACK,)) if e.tag == f"{W}p")


def _runs(para: ET.Element) -> Iterator[ET.Element]:
    """The elements of a paragraph's own text, not those of a text box within it."""
    return (e for e in _walk(para, (f"{W}p", FALLBACK)) if e.tag != FALLBACK)


R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def _first_page_header(z: zipfile.ZipFile, root: ET.Element) -> ET.Element | None:
    """The header of the first page when the first section has one of its own (a UN
    document's symbol, distribution line and date stand there): part of page 1's text.
    Running heads, repeated on every page, are left out."""
    sect = next((e for e in _walk(root, (FALLBACK,)) if e.tag == f"{W}sectPr"), None)
    title_page = sect.find(f"{W}titlePg") if sect is not None else None
    if sect is None or title_page is None or title_page.get(f"{W}val") in ("0", "false"):
        return None
    ref = next((h for h in sect.findall(f"{W}headerReference") if h.get(f"{W}type") == "first"), None)
    if ref is None or "word/_rels/document.xml.rels" not in z.namelist():
        return None
    rels = ET.fromstring(_read_member(z, "word/_rels/document.xml.rels"))
    target = next((r.get("Target") for r in rels.findall(f"{RELS}Relationship") if r.get("Id") == ref.get(f"{R}id")), None)
    name = "word/" + target.lstrip("/").removeprefix("word/") if target else None
    if not name or name not in z.namelist():
        return None
    return ET.fromstring(_read_member(z, name))


# ---------------------------------------------------------------- list numbering

MAX_LEVELS = 9  # Word's levels 0-8
MAX_START = 32767  # the largest start value Word accepts
MAX_LETTERS = 26 * 10  # a list counted in letters past "jjjjjjjjjj" is counted in digits
MAX_LABEL = 40  # characters of a level's text ("%1.", "(%2)", "Article %1 -"): a hostile file's longer text is cut


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                           (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        count, n = divmod(n, value)
        out += letters * count
    return out


def _format(n: int, fmt: str) -> str:
    """A counter in one of Word's number formats (decimal for those not listed)."""
    if fmt in ("lowerLetter", "upperLetter") and 0 < n <= MAX_LETTERS:  # a..z, then aa..zz, as Word counts
        letter = "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26] * ((n - 1) // 26 + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(n) if 0 < n < 4000 else str(n)
        return roman.upper() if fmt == "upperRoman" else roman
    if fmt == "decimalZero":
        return f"{n:02d}"
    return "" if fmt == "none" else str(n)


def _int(node: ET.Element | None, default: int = 0) -> int:
    try:
        return int(node.get(f"{W}val", default)) if node is not None else default
    except ValueError:
        return default


class _Numbering:
    """Word's automatic numbers of list paragraphs, from word/numbering.xml (the levels
    of each list: start, format, text such as "%1." or "(%2)") and word/styles.xml (a
    paragraph style may number its paragraphs). Each list (numId) counts on its own; a
    level's counter starts again after a higher level's next number. Bullets give no
    text."""

    def __init__(self, numbering: ET.Element | None, styles: ET.Element | None) -> None:
        # abstractNumId -> level -> (start, format, text, suffix); numId -> (abstractNumId, starts)
        self.lists: dict[str, dict[int, tuple[int, str, str, str]]] = {}
        self.nums: dict[str, tuple[str, dict[int, int]]] = {}
        self.level_styles: dict[tuple[str, str], int] = {}  # (abstractNumId, styleId) -> level
        self.styles: dict[str, ET.Element] = {}
        self.counters: dict[str, list[int | None]] = {}
        if numbering is not None:
            for abstract in numbering.findall(f"{W}abstractNum"):
                key = abstract.get(f"{W}abstractNumId", "")
                levels = self.lists.setdefault(key, {})
                for lvl in abstract.findall(f"{W}lvl"):
                    ilvl = _int_attr(lvl, "ilvl")
                    if not 0 <= ilvl < MAX_LEVELS:
                        continue
                    fmt = lvl.find(f"{W}numFmt")
                    text = lvl.find(f"{W}lvlText")
                    suffix = lvl.find(f"{W}suff")
                    levels[ilvl] = (_start(lvl.find(f"{W}start"), 1), _val(fmt) or "decimal", _val(text)[:MAX_LABEL],
                                    "" if _val(suffix) == "nothing" else " ")
                    style = lvl.find(f"{W}pStyle")
                    if style is not None:
                        self.level_styles[(key, _val(style))] = ilvl
            for num in numbering.findall(f"{W}num"):
                starts = {_int_attr(o, "ilvl"): _start(o.find(f"{W}startOverride"))
                          for o in num.findall(f"{W}lvlOverride") if o.find(f"{W}startOverride") is not None}
                self.nums[num.get(f"{W}numId", "")] = (_val(num.find(f"{W}abstractNumId")), starts)
        if styles is not None:
            self.styles = {s.get(f"{W}styleId", ""): s for s in styles.findall(f"{W}style")}

    def _style_numbering(self, style_id: str) -> tuple[str, int | None] | None:
        """(numId, level or None) a paragraph style numbers with, through its basedOn chain."""
        for _ in range(10):
            style = self.styles.get(style_id)
            if style is None:
                return None
            num_id = style.find(f"{W}pPr/{W}numPr/{W}numId")
            if num_id is not None:
                ilvl = style.find(f"{W}pPr/{W}numPr/{W}ilvl")
                return _val(num_id), (_int(ilvl) if ilvl is not None else None)
            based = style.find(f"{W}basedOn")
            if based is None:
                return None
            style_id = _val(based)
        return None

    def label(self, para: ET.Element) -> str:
        """The number Word shows before the paragraph, with its separator ("" if none)."""
        ppr = para.find(f"{W}pPr")
        num_pr = ppr.find(f"{W}numPr") if ppr is not None else None
        style = ppr.find(f"{W}pStyle") if ppr is not None else None
        style_id = _val(style)
        from_style = self._style_numbering(style_id) if style_id and self.styles else None
        num_id, ilvl = from_style if from_style else (None, None)
        if num_pr is not None:
            own_id, own_lvl = num_pr.find(f"{W}numId"), num_pr.find(f"{W}ilvl")
            num_id = _val(own_id) if own_id is not None else num_id
            ilvl = _int(own_lvl) if own_lvl is not None else ilvl
        if not num_id or num_id == "0" or num_id not in self.nums:
            return ""
        abstract, starts = self.nums[num_id]
        levels = self.lists.get(abstract, {})
        if ilvl is None:
            ilvl = self.level_styles.get((abstract, style_id), 0)
        if ilvl not in levels:
            return ""
        counters = self.counters.setdefault(num_id, [None] * MAX_LEVELS)
        for level in range(ilvl):  # a higher level not started yet shows its start
            if counters[level] is None:
                counters[level] = starts.get(level, levels.get(level, (1,))[0])
        current = counters[ilvl]
        counters[ilvl] = starts.get(ilvl, levels[ilvl][0]) if current is None else current + 1
        for level in range(ilvl + 1, MAX_LEVELS):
            counters[level] = None
        _, fmt, text, suffix = levels[ilvl]
        if fmt == "bullet" or not text:
            return ""

        def number(m: re.Match[str]) -> str:
            level = int(m.group(1)) - 1
            value = counters[level] if 0 <= level < MAX_LEVELS else None
            return _format(value, levels.get(level, (1, "decimal"))[1]) if value is not None else ""

        label = re.sub(r"%([1-9])", number, text).strip()
        return label + suffix if label else ""


def _start(node: ET.Element | None, default: int = 0) -> int:
    """A list's start value, within Word's bounds (0-32767): a hostile file's start of
    a billion digits would write them before every paragraph."""
    return min(max(_int(node, default), 0), MAX_START)


def _val(node: ET.Element | None) -> str:
    return node.get(f"{W}val", "") if node is not None else ""


def _int_attr(node: ET.Element, name: str) -> int:
    try:
        return int(node.get(f"{W}{name}", "0"))
    except ValueError:
        return -1


def _optional(z: zipfile.ZipFile, name: str) -> ET.Element | None:
    """A part the document may lack (numbering, styles); an unreadable one counts as absent."""
    if name not in z.namelist():
        return None
    try:
        return ET.fromstring(_read_member(z, name))
    except (ET.ParseError, ValueError):
        return None


# Word's names of the styles a document's title is set in (the names are English in
# styles.xml whatever the language of Word; the ids may be translated)
TITLE_STYLES = frozenset({"title", "subtitle", "heading 1"})


class _Sizes:
    """The size of a paragraph's letters (in half-points, as word/styles.xml gives it):
    its style's, through the style's basedOn chain, else the document's default."""

    def __init__(self, styles: ET.Element | None) -> None:
        self.default = 20  # Word's 10 points when the document names none
        self.styles: dict[str, ET.Element] = {}
        self.paragraph_default = ""
        if styles is not None:
            self.default = _int(styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}sz"), 20)
            for style in styles.findall(f"{W}style"):
                style_id = style.get(f"{W}styleId", "")
                self.styles[style_id] = style
                if style.get(f"{W}type") == "paragraph" and style.get(f"{W}default") in ("1", "true"):
                    self.paragraph_default = style_id

    def _style_id(self, para: ET.Element) -> str:
        style = para.find(f"{W}pPr/{W}pStyle")
        return _val(style) if style is not None else self.paragraph_default

    def is_title(self, para: ET.Element) -> bool:
        """Whether the paragraph's style is a title or first-level heading style (its
        own, not one it is based on: a body style may be based on a heading's)."""
        node = self.styles.get(self._style_id(para))
        return node is not None and _val(node.find(f"{W}name")).lower() in TITLE_STYLES

    def of_paragraph(self, para: ET.Element) -> int:
        style_id = self._style_id(para)
        for _ in range(10):
            node = self.styles.get(style_id)
            if node is None:
                break
            size = node.find(f"{W}rPr/{W}sz")
            if size is not None:
                return _int(size, self.default)
            based = node.find(f"{W}basedOn")
            if based is None:
                break
            style_id = _val(based)
        return self.default


def extract_docx(data: bytes) -> Extraction:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            root = ET.fromstring(_read_member(z, "word/document.xml"))
            first_header = _first_page_header(z, root)
            styles = _optional(z, "word/styles.xml")
            numbering = _Numbering(_optional(z, "word/numbering.xml"), styles)
            sizes = _Sizes(styles)
            meta: dict[str, str] = {}
            if "docProps/core.xml" in z.namelist():
                core = ET.fromstring(_read_member(z, "docProps/core.xml"))
                title = core.findtext(f"{DC}title")
                if title:
                    meta["title"] = title.strip()
                created = core.findtext(f"{DCTERMS}created")
                if created:
                    meta["creationdate"] = created.strip()[:40]
    except (zipfile.BadZipFile, KeyError, ET.ParseError, ValueError, OSError) as exc:
        return Extraction(status=FAILED, extractor="docx", error=f"not a readable DOCX file ({exc})")
    pages: list[list[str]] = [[]]
    paragraphs = list(_paragraphs(first_header)) if first_header is not None else []
    runs: list[tuple[float, str]] = []  # page 1's text with the size of its letters
    for para in [*paragraphs, *_paragraphs(root)]:
        label = numbering.label(para)
        line: list[str] = [label] if label else []
        size = base = sizes.of_paragraph(para)
        # a title style counts as larger letters, whatever its size: a template may set
        # "Title" in the body's size, in capitals or bold
        prominence = HEADING_SIZE if sizes.is_title(para) else 1.0
        for node in _runs(para):
            if node.tag == f"{W}r":
                own = node.find(f"{W}rPr/{W}sz")
                size = _int(own, base) if own is not None else base
            elif node.tag == f"{W}t" and node.text:
                line.append(node.text)
                if len(pages) == 1 and len(runs) < MAX_SIZED_RUNS:
                    runs.append((size * prominence, node.text))
            elif node.tag == f"{W}tab":
                line.append("\t")
            elif node.tag == f"{W}br" and node.get(f"{W}type") == "page":
                pages[-1].append("".join(line))
                line = []
                pages.append([])
            elif node.tag in (f"{W}br", f"{W}cr"):  # a line break within the paragraph
                line.append("\n")
            elif node.tag == f"{W}noBreakHyphen":
                line.append("-")
        pages[-1].append("".join(line))
    # a heading set larger than the paragraph after it ends with a blank line, as in a PDF
    texts = [normalise(with_heading_end("\n".join(p), runs) if i == 0 else "\n".join(p)) for i, p in enumerate(pages)]
    status = OK if any(texts) else NO_TEXT
    return Extraction(pages=texts, status=status, extractor="docx", metadata=meta,
                      error=None if status == OK else "the document has no text")
