"""HTML pages: the main text (no menus, footers, teasers or related-article blocks),
the page's own metadata, and its links.

The main text is trafilatura's (Apache-2.0), the field's best maintained main-text
extractor: on 150 real pages labelled by others it keeps the article with precision
0.89 and recall 0.94 where our earlier hand-written reading had 0.69 / 0.91
(bench/html_eval.py, docs/benchmarks.md). It is run with reader comments left out (an
archive keeps what the publisher wrote) and tables kept. When it finds nothing, or
less than the page's JSON-LD `articleBody` (pages that are mostly a script), that body
is the text; when neither has text, every visible text outside the page's chrome is.

Our own parser still reads what trafilatura does not give: links (landing pages,
listings), `<html lang>`, `<meta>` dates and the JSON-LD blocks. Metadata: title
(`og:title`, else `<title>`, else `<h1>`, as trafilatura reads it, without the site's
name: clean_title), publication date (an explicit `article:published_time`-style meta first, else
trafilatura's reading of the markup and address through htmldate, else htmldate's search of
the text at the precision it found: _guessed_date), author, site name and canonical URL.

Safety: the page is decoded once (BOM, then the charset the page declares, then UTF-8,
then Windows-1254 or -1252; mojibake the site served repaired by ftfy), cut at MAX_HTML_CHARS, and parsed by lxml's HTML parser,
which never fetches and never expands external entities; nothing here opens a URL.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

from urllib.parse import urldefrag, urljoin, urlsplit

from . import NO_TEXT, OK, Extraction
from .text import decode, normalise, repair_mojibake

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
MAX_HTML_CHARS = 5_000_000  # a page is cut here before parsing (the worker's memory cap applies too)
MAX_JSON_LD_CHARS = 2_000_000
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]{2,40})""", re.I)


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
    author: str = ""
    site_name: str = ""
    canonical_url: str = ""
    text_source: str = ""  # trafilatura | json-ld | visible-text
    kind: str = ""  # "article": the page says it is an article (og:type, or JSON-LD's @type)

    def metadata(self) -> dict[str, str]:
        """The page's stated metadata, as Extraction.metadata keys (empty values left out)."""
        pairs = (("title", self.title), ("date", self.date), ("lang", self.lang), ("author", self.author),
                 ("site_name", self.site_name), ("canonical_url", self.canonical_url), ("kind", self.kind))
        return {k: v for k, v in pairs if v}


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
        self.canonical = ""
        self.json_ld: list[str] = []
        self._in_json_ld = False
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
        elif tag == "link" and a.get("rel", "").lower() == "canonical" and a.get("href") and not self.canonical:
            self.canonical = self._resolve(a["href"])
        elif tag == "script" and a.get("type", "").lower().startswith("application/ld+json"):
            self._in_json_ld = True
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
        if tag == "script":
            self._in_json_ld = False
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
        if self._in_json_ld:
            if sum(map(len, self.json_ld)) < MAX_JSON_LD_CHARS:
                self.json_ld.append(data)
            return
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


def decode_html(data: bytes, charset: str | None = None) -> str:
    """A page's text: a BOM, else the charset given (HTTP header) or declared in the
    page's first 2 KB, else UTF-8, else Windows-1254 (Turkish) or -1252. A page that
    declares a one-byte charset but is valid UTF-8 with letters beyond ASCII is UTF-8 (a
    one-byte text's letters are almost never valid UTF-8 sequences; read as Latin-1, UTF-8
    turns "İşkence" into "Ä°ÅŸkence")."""
    if not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        if not data.isascii():
            try:
                return data.decode("utf-8")
            except UnicodeDecodeError:
                pass
        declared = _CHARSET.search(data[:2048])
        for name in (charset, declared.group(1).decode("ascii") if declared else None):
            if not name:
                continue
            try:
                return data.decode(name.strip().lower())
            except (LookupError, UnicodeDecodeError):
                continue  # a wrong or unknown declaration: guess instead
    return decode(data)[0]


# schema.org's types of a news or blog article (JSON-LD "@type")
ARTICLE_TYPES = frozenset({"article", "newsarticle", "blogposting", "liveblogposting", "reportagenewsarticle",
                           "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle"})


def _json_ld_objects(blocks: list[str]) -> Iterator[dict[str, Any]]:
    """Every object in the page's JSON-LD blocks (in @graph lists and nested too; a block
    that is not JSON is skipped)."""
    for block in blocks:
        try:
            todo = [json.loads(block.strip().rstrip(";"))]
        except ValueError:
            continue
        while todo:
            item = todo.pop()
            if isinstance(item, list):
                todo.extend(item[:500])
            elif isinstance(item, dict):
                yield item
                todo.extend(v for k, v in item.items() if isinstance(v, (list, dict)) and k != "articleBody")


def _json_ld_types(blocks: list[str]) -> set[str]:
    """The "@type"s in the page's JSON-LD (lower case)."""
    out: set[str] = set()
    for item in _json_ld_objects(blocks):
        kind = item.get("@type")
        out.update(t.lower() for t in (kind if isinstance(kind, list) else [kind]) if isinstance(t, str))
    return out


def _article_body(blocks: list[str]) -> str:
    """The longest `articleBody` in the page's JSON-LD."""
    bodies = (b for item in _json_ld_objects(blocks) if isinstance(b := item.get("articleBody"), str))
    return max(bodies, key=len, default="")


def _trafilatura(html: str, url: str) -> tuple[str, dict[str, str]]:
    """trafilatura's main text and metadata ("" and {} when it finds no article)."""
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    logging.getLogger("htmldate").setLevel(logging.CRITICAL)
    try:
        # (the date from the page's markup and address only: see _guessed_date for the rest)
        doc = trafilatura.bare_extraction(html, url=url or None, with_metadata=True, include_comments=False,
                                          include_tables=True, output_format="python",
                                          date_extraction_params={"original_date": True, "extensive_search": False,
                                                                  "max_date": dt.date.today().isoformat()})
    except Exception:  # a library failure on hostile markup: our own reading stands in
        return "", {}
    if doc is None:
        return "", {}
    found = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    meta = {k: str(found[k]) for k in ("title", "author", "sitename", "date", "url")
            if found.get(k) and str(found[k]) != "None"}
    return str(found.get("text") or ""), meta


def _guessed_date(html: str, url: str) -> str:
    """htmldate's date for a page whose markup and address state none, read from its text
    ("" when it finds none), at the precision it was found at: htmldate gives a month it
    found alone as its first day and a year (a copyright line's, "© 2020") as its first
    of January, so "2020-01-01" is the year 2020 ("2020") and "2020-06-01" June 2020
    ("2020-06"), never a day the page does not say (a real first of the month is kept at
    its month)."""
    from htmldate import find_date

    try:
        found = find_date(html, url=url or None, original_date=True, extensive_search=True,
                          max_date=dt.date.today().isoformat()) or ""
    except Exception:  # a library failure on hostile markup: no date
        return ""
    if re.fullmatch(r"\d{4}-01-01", found):
        return found[:4]
    return found[:7] if re.fullmatch(r"\d{4}-\d\d-01", found) else found


_TITLE_PARTS = re.compile(r"\s+(?:\||–|—|-|::|»|·)\s+")
_ARCHIVE_PART = re.compile(r"(?:blog[ -]?)?archiv(?:e|es)?", re.IGNORECASE)
_DATE_PART = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")
# a date and time after the title, set off by a colon as by the separators ("... :
# 31.10.2023, 10.19 Uhr")
_DATE_TIME_END = re.compile(r"\s+(?:[:|–—·»-]|::)\s+\d{1,4}[./-]\d{1,2}[./-]\d{1,4}"
                            r"(?:,?\s+\d{1,2}[.:]\d{2}(?:\s*(?:Uhr|h))?)?\s*$")


def _letters(text: str) -> str:
    from archive.search.analysis import fold

    return re.sub(r"[\W_]+", "", fold(text))  # "Örnek Haber" is ornekhaber.example


def clean_title(title: str, site_name: str, url: str) -> str:
    """A page's title without what names the site ("... | Human Rights Watch", "Diario
    HOY | ...", "... - reitschuster.de") or dates it ("| 23.05.2011"): the title less
    its first and last parts that match the site's name or address, or are dates (a
    date and time after " : " too), or (after " | ") a short section name. (The page's
    <h1> is no better guide: it is often a section's name, or the headline without its
    kicker.)"""
    title = _DATE_TIME_END.sub("", title) or title
    host = re.sub(r"^www\d*\.", "", urlsplit(url).hostname or "").split(".")[0] if url else ""
    marks = [m for m in (_letters(site_name), _letters(host)) if len(m) >= 2]
    parts = _TITLE_PARTS.split(title)
    separators = _TITLE_PARTS.findall(title)

    def is_site(part: str) -> bool:
        key = _letters(part)
        # the site's name, perhaps with a word more ("Handball Schweiz" on handball.ch),
        # not a part that mentions it ("Schneekarten auf Gipfelbuch.ch")
        return bool(key) and (_DATE_PART.fullmatch(part.strip()) is not None or any(
            (m in key and len(key) <= len(m) + 8) or (key in m and len(key) >= 3) for m in marks))

    while len(parts) > 1 and (is_site(parts[-1]) or (
            separators[-1].strip() == "|" and len(parts[-1].split()) <= 3 and len(" ".join(parts[:-1]).split()) >= 3)):
        parts, separators = parts[:-1], separators[:-1]
    while len(parts) > 1 and is_site(parts[0]):
        parts, separators = parts[1:], separators[1:]
    # WordPress's older themes: "Site » Blog Archive » Post"; the post's title after it
    archive = [i for i, part in enumerate(parts[:-1]) if _ARCHIVE_PART.fullmatch(part.strip())]
    if archive:
        parts, separators = parts[archive[-1] + 1:], separators[archive[-1] + 1:]
    out = parts[0] + "".join(sep + part for sep, part in zip(separators, parts[1:]))
    return out.strip() or title


def parse_html(data: bytes | str, base_url: str = "", *, main_text: bool = True,
               charset: str | None = None) -> HtmlPage:
    """Parse a page into its main text, metadata and links (never raises). With
    `main_text=False` (listings) only links, title and the visible text are read."""
    text = data if isinstance(data, str) else decode_html(data, charset)
    text = text[:MAX_HTML_CHARS]
    # mojibake the site itself served ("Avrupa Ä°ÅŸkence ... Komitesi": UTF-8 read as a
    # one-byte charset and saved again) repaired (text.repair_mojibake)
    text = repair_mojibake(text)
    parser = _PageParser(base_url)
    try:
        parser.feed(text)
        parser.close()
    except Exception:  # HTMLParser is forgiving; keep whatever was read before a failure
        pass
    main = normalise("".join(parser.main_parts))
    visible = main if len(main) >= MIN_MAIN_CHARS else normalise("".join(parser.all_parts))
    # og:title, else <title>, else the first heading; without the site's name (clean_title)
    raw_title = normalise(parser.meta.get("og:title") or " ".join(parser.title) or " ".join(parser.h1))
    title = clean_title(raw_title, parser.meta.get("og:site_name", ""), base_url or parser.canonical)[:500]
    date = next((parser.meta[k] for k in _DATE_META if parser.meta.get(k)), "") or parser.time_datetime
    lang = parser.lang or parser.meta.get("og:locale", "").split("_")[0].lower() or \
        parser.meta.get("language", "").split("-")[0].lower()
    is_article = parser.meta.get("og:type", "").strip().lower() == "article" or \
        bool(_json_ld_types(parser.json_ld) & ARTICLE_TYPES)
    page = HtmlPage(text=visible, title=title, date=date.strip(), lang=lang, links=parser.links,
                    canonical_url=parser.canonical, site_name=parser.meta.get("og:site_name", "").strip(),
                    author=parser.meta.get("author", "").strip(), text_source="visible-text",
                    kind="article" if is_article else "")
    if not main_text:
        return page
    article, meta = _trafilatura(text, base_url)
    article = normalise(article)
    body = _article_body(parser.json_ld)
    if "<" in body or "&" in body:  # publishers put markup and entities in articleBody too
        inner = _PageParser(base_url)
        try:
            inner.feed(f"<div>{body}</div>")
            inner.close()
        except Exception:
            pass
        body = "".join(inner.all_parts)
    body = normalise(body)
    if len(body) > len(article):
        page.text, page.text_source = body, "json-ld"
    elif article:
        page.text, page.text_source = article, "trafilatura"
    if meta.get("title"):  # trafilatura's reading of the title (page.title is cleaned already)
        title = clean_title(normalise(meta["title"]), meta.get("sitename", "") or page.site_name,
                            base_url or meta.get("url", "") or page.canonical_url)[:500]
        # a single word where the page's own title has three or more is a section's or the
        # site's name trafilatura took from a heading ("Aktuelles", "Allgemein",
        # "Disfunctions.de" for "Blog Archiv » Podcasts in Plex einbinden"); so is a part
        # of the page's title that cleaning left out ("Four Years Remaining" of "Four Years
        # Remaining » Blog Archive » Interning of Small Integers in Python")
        parts = {_letters(part) for part in _TITLE_PARTS.split(raw_title)}
        left_out = _letters(title) in parts - {_letters(part) for part in _TITLE_PARTS.split(page.title)}
        if (len(title.split()) > 1 or len(page.title.split()) < 3) and not left_out:
            page.title = title
    page.date = page.date or meta.get("date", "") or _guessed_date(text, base_url)
    page.author = normalise(meta.get("author", "") or page.author)[:300]
    page.site_name = normalise(meta.get("sitename", "") or page.site_name)[:300]
    page.canonical_url = page.canonical_url or meta.get("url", "")
    if not re.match(r"https?://", page.canonical_url):
        page.canonical_url = ""  # a relative or javascript: "canonical" is no address
    return page


def extract_html(data: bytes, charset: str | None = None) -> Extraction:
    page = parse_html(data, charset=charset)
    status = OK if page.text else NO_TEXT
    return Extraction(pages=[page.text], status=status, extractor=f"html:{page.text_source}",
                      metadata=page.metadata(), error=None if page.text else "the page has no visible text")
