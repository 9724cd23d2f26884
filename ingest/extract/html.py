"""HTML pages: visible text, title, no scripts or styles."""
from __future__ import annotations

from html.parser import HTMLParser

from . import NO_TEXT, OK, Extraction
from .text import decode, normalise

_SKIP = {"script", "style", "noscript", "template", "svg", "head"}
_BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
          "blockquote", "pre", "table", "ul", "ol", "dd", "dt", "header", "footer"}


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag, attrs):  # type: ignore[no-untyped-def]
        if tag == "title":
            self._in_title = True
        elif tag in _SKIP:
            self._skip += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):  # type: ignore[no-untyped-def]
        if tag == "title":
            self._in_title = False
        elif tag in _SKIP and self._skip:
            self._skip -= 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):  # type: ignore[no-untyped-def]
        if self._in_title:
            self.title.append(data)
        elif not self._skip:
            self.parts.append(data)


def extract_html(data: bytes) -> Extraction:
    text, encoding = decode(data)
    parser = _TextParser()
    parser.feed(text)
    parser.close()
    body = normalise("".join(parser.parts))
    meta = {"title": normalise(" ".join(parser.title))} if parser.title else {}
    status = OK if body else NO_TEXT
    return Extraction(pages=[body], status=status, extractor="html", metadata=meta,
                      error=None if body else "the page has no visible text")
