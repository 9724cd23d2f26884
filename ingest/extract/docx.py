"""DOCX (Office Open XML): paragraphs of word/document.xml, split at page breaks; a line
break within a paragraph is a line break."""
from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from xml.etree import ElementTree as ET

from . import FAILED, NO_TEXT, OK, Extraction
from .text import normalise

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DC = "{http://purl.org/dc/elements/1.1/}"
FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
MAX_XML_BYTES = 200 * 1024 * 1024


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


def extract_docx(data: bytes) -> Extraction:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            root = ET.fromstring(_read_member(z, "word/document.xml"))
            first_header = _first_page_header(z, root)
            meta: dict[str, str] = {}
            if "docProps/core.xml" in z.namelist():
                core = ET.fromstring(_read_member(z, "docProps/core.xml"))
                title = core.findtext(f"{DC}title")
                if title:
                    meta["title"] = title.strip()
    except (zipfile.BadZipFile, KeyError, ET.ParseError, ValueError, OSError) as exc:
        return Extraction(status=FAILED, extractor="docx", error=f"not a readable DOCX file ({exc})")
    pages: list[list[str]] = [[]]
    paragraphs = list(_paragraphs(first_header)) if first_header is not None else []
    for para in [*paragraphs, *_paragraphs(root)]:
        line: list[str] = []
        for node in _runs(para):
            if node.tag == f"{W}t" and node.text:
                line.append(node.text)
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
    texts = [normalise("\n".join(p)) for p in pages]
    status = OK if any(texts) else NO_TEXT
    return Extraction(pages=texts, status=status, extractor="docx", metadata=meta,
                      error=None if status == OK else "the document has no text")
