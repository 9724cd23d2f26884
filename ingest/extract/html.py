"""HTML pages: the main text (no menus, footers or scripts), title, date, language, links.

News and publication pages wrap a short article in navigation, banners, share buttons
and footers. The main text is what is inside `<main>`, `<article>` or `role="main"`
when the page has one with enough text, else every visible text outside the page's
chrome (nav, header, footer, aside, forms, and blocks whose class or id says menu,
breadcrumb, cookie, share, ...).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urljoin, urldefrag

from . import NO_TEXT, OK, Extraction
from .text import decode, normalise

_SKIP = {"script", "style", "noscript", "template", "svg", "head", "nav", "footer", "aside", "form",
         "button", "select", "iframe", "dialog", "menu"}
_CHROME_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "menu", "dialog"}
_CHROME_WORDS = re.compile(r"(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|footer|sidebar|cookies?|share|"
                           r"social|banner|skip-link|site-header|masthead|related|newsletter)(?:$|[\s_-])", re.I)
_MAIN = {"main", "article"}
_BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
          "blockquote", "pre", "table", "ul", "ol", "dd", "dt", "header", "main", "figcaption"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_DATE_META = ("article:published_time", "datepublished", "dc.date", "dc.date.issued", "dcterms.issued",
              "citation_publication_date", "citation_date", "date", "pubdate", "publication_date")
MIN_MAIN_CHARS = 200


@dataclass
class Link:
    url: str
    text: str
    rel: str = ""


@dataclass
class HtmlPage:
    text: str = ""
    title: str = ""
    date: str = ""
    lang: str = ""
    links: list[Link] = field(default_factory=list)


class _PageParser(HTMLParser):
    def __init__(self, base_url: str) -> None:
        super().__init__(convert_charrefs=True)
        self.base_url = base_url
        self.all_parts: list[str] = []
        self.main_parts: list[str] = []
        self.title: list[str] = []
        self.h1: list[str] = []
        self.meta: dict[str, str] = {}
        self.lang = ""
        self.time_datetime = ""
        self.links: list[Link] = []
        self._stack: list[tuple[str, bool, bool]] = []  # (tag, is_skip, is_main)
        self._skip = 0
        self._main = 0
        self._in_title = False
        self._in_h1 = False
        self._link: tuple[str, str, list[str]] | None = None

    def handle_starttag(self, tag, attrs):  # type: ignore[no-untyped-def]
        a = {k: (v or "") for k, v in attrs}
        if tag == "html" and a.get("lang"):
            self.lang = a["lang"].split("-")[0].lower()
        elif tag == "title":
            self._in_title = True
        elif tag == "h1":
            self._in_h1 = True
        elif tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and a.get("content"):
                self.meta.setdefault(key, a["content"])
        elif tag == "time" and a.get("datetime") and not self.time_datetime:
            self.time_datetime = a["datetime"]
        elif tag == "a" and a.get("href"):
            self._link = (a["href"], a.get("rel", ""), [])
        elif tag == "link" and a.get("rel", "").lower() == "next" and a.get("href"):
            self.links.append(Link(self._resolve(a["href"]), "", "next"))
        if tag in _VOID:
            if tag == "br":
                self._text("\n")
            return
        role = a.get("role", "").lower()
        classes = f"{a.get('class', '')} {a.get('id', '')}"
        is_skip = tag in _SKIP or role in _CHROME_ROLES or (
            tag not in ("body", "html", "main", "article") and bool(_CHROME_WORDS.search(classes)))
        is_main = tag in _MAIN or role == "main"
        self._stack.append((tag, is_skip, is_main))
        self._skip += is_skip
        self._main += is_main
        if tag in _BLOCK:
            self._text("\n")

    def handle_endtag(self, tag):  # type: ignore[no-untyped-def]
        if tag == "title":
            self._in_title = False
        elif tag == "h1":
            self._in_h1 = False
        elif tag == "a" and self._link is not None:
            href, rel, text = self._link
            self._link = None
            self.links.append(Link(self._resolve(href), normalise(" ".join(text)), rel.lower()))
        if tag in _VOID:
            return
        # Close up to the matching open tag (browsers forgive unclosed <p>, <li>, ...).
        for i in range(len(self._stack) - 1, -1, -1):
            if self._stack[i][0] == tag:
                for _, is_skip, is_main in self._stack[i:]:
                    self._skip -= is_skip
                    self._main -= is_main
                del self._stack[i:]
                break
        if tag in _BLOCK:
            self._text("\n")

    def handle_data(self, data):  # type: ignore[no-untyped-def]
        if self._in_title:
            self.title.append(data)
            return
        if self._link is not None:
            self._link[2].append(data)
        if self._in_h1:
            self.h1.append(data)
        self._text(data)

    def _text(self, data: str) -> None:
        if self._skip:
            return
        self.all_parts.append(data)
        if self._main:
            self.main_parts.append(data)

    def _resolve(self, href: str) -> str:
        return urldefrag(urljoin(self.base_url, href.strip()))[0]


def parse_html(data: bytes | str, base_url: str = "") -> HtmlPage:
    """Parse a page into its main text, title, date, language and links (never raises)."""
    text = data if isinstance(data, str) else decode(data)[0]
    parser = _PageParser(base_url)
    try:
        parser.feed(text)
        parser.close()
    except Exception:  # HTMLParser is forgiving; keep whatever was read before a failure
        pass
    main = normalise("".join(parser.main_parts))
    body = main if len(main) >= MIN_MAIN_CHARS else normalise("".join(parser.all_parts))
    # og:title, else <title> without a " | Site name" suffix, else the first heading
    title = normalise(" ".join(parser.title))
    if " | " in title:
        title = title.rsplit(" | ", 1)[0]
    title = parser.meta.get("og:title") or title or normalise(" ".join(parser.h1))
    date = next((parser.meta[k] for k in _DATE_META if parser.meta.get(k)), "") or parser.time_datetime
    lang = parser.lang or parser.meta.get("og:locale", "").split("_")[0].lower() or \
        parser.meta.get("language", "").split("-")[0].lower()
    return HtmlPage(text=body, title=normalise(title)[:500], date=date.strip(), lang=lang,
                    links=parser.links)


def extract_html(data: bytes) -> Extraction:
    page = parse_html(data)
    meta = {k: v for k, v in (("title", page.title), ("date", page.date), ("lang", page.lang)) if v}
    status = OK if page.text else NO_TEXT
    return Extraction(pages=[page.text], status=status, extractor="html", metadata=meta,
                      error=None if page.text else "the page has no visible text")
