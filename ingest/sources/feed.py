"""`feed` sources: RSS 2.0, RSS 1.0 (RDF) and Atom, read by feedparser.

feedparser (BSD-2-Clause) reads the feeds real sites serve: wrong or missing encoding
declarations, unescaped ampersands and other broken XML, every RSS and Atom dialect,
dates in many formats, relative links against the feed's address. It handled more of
the oddities in bench/feeds.py than our earlier standard-library reader (which gave up
on a whole feed at the first XML error); docs/benchmarks.md has the comparison.

This adapter keeps what the archive needs on top:
- an entry's PDF enclosure (RSS `<enclosure>`, Atom `rel="enclosure"`) is the document;
- titles are plain text (HTML tags dropped, entities read);
- one item per URL (feeds repeat entries and GUIDs);
- a feed that claims UTF-8 but is written in Windows-1254 is read as Turkish;
- dates feedparser cannot read (`25/05/2025`, `25.05.2025`) are read day first
  (archive.dates.parse_source_date);
- safety: XML with entity declarations is refused before parsing, the feed is parsed
  from the bytes fetched (feedparser never fetches anything here), and the size is
  capped by the fetcher.
"""
from __future__ import annotations

import html
import re
import time
from typing import Any

from ..errors import SourcesFileError
from ..extract.text import decode
from ..fetch import Fetcher
from . import SourceConfig, SourceItem

_TAG = re.compile(r"<[^>]{0,2000}>")


def list_items(source: SourceConfig, fetcher: Fetcher) -> list[SourceItem]:
    response = fetcher.get(source.url, delay=source.delay)
    return read_feed(response.body, response.url)


def read_feed(body: bytes, base: str) -> list[SourceItem]:
    """The entries of a feed fetched from `base` (raises SourcesFileError if it is none)."""
    import feedparser

    if b"<!ENTITY" in body[:65536].upper():
        raise SourcesFileError(f"feed {base}: XML with entity declarations is refused")
    body = _utf8(body)
    parsed = feedparser.parse(body, response_headers={"content-location": base, "content-type": "application/xml"})
    if not parsed.entries and not parsed.get("version"):
        why = parsed.get("bozo_exception")
        raise SourcesFileError(f"feed {base}: not an RSS or Atom feed" + (f" ({why})" if why else ""))
    feed_language = (parsed.feed.get("language") or "").split("-")[0].lower()
    items: list[SourceItem] = []
    seen: set[str] = set()
    for entry in parsed.entries:
        url = _document_url(entry)
        if not url or url in seen or not url.startswith(("http://", "https://")):
            continue
        seen.add(url)
        language = (entry.get("language") or "").split("-")[0].lower() or feed_language
        items.append(SourceItem(url=url, title=plain(entry.get("title", "")) or None, date=_date(entry),
                                language=language or None))
    return items


def _utf8(body: bytes) -> bytes:
    """A feed that says (or, by default, is) UTF-8 but is not: decoded the way our text
    is (Windows-1254 for Turkish, else -1252) and handed on as the UTF-8 it claims."""
    declared = re.match(rb"""\s*<\?xml[^>]*encoding=["']([A-Za-z0-9_.-]+)""", body[:200])
    if declared and declared.group(1).lower().replace(b"_", b"-") not in (b"utf-8", b"utf8"):
        return body
    try:
        body.decode("utf-8")
        return body
    except UnicodeDecodeError:
        return decode(body)[0].encode("utf-8")


def plain(text: str) -> str:
    """A title as text: tags dropped, entities read, spaces collapsed."""
    return " ".join(html.unescape(_TAG.sub("", text)).split())


def _document_url(entry: Any) -> str:
    for link in entry.get("links", []):  # RSS <enclosure> and Atom rel="enclosure" both come as links
        if link.get("rel") == "enclosure" and "pdf" in (link.get("type") or "") and link.get("href"):
            return str(link["href"]).strip()
    link = entry.get("link") or ""
    if not link and str(entry.get("id", "")).startswith(("http://", "https://")):
        link = entry["id"]  # RSS 1.0 rdf:about, or a GUID that is a permalink
    return str(link).strip()


def _date(entry: Any) -> str | None:
    """The date as the feed writes it when we can read it (its own day, not shifted to
    UTC as feedparser's parsed dates are), else feedparser's reading, else as written.
    (Read with dict.get: feedparser's own get maps `published` to `updated` with a
    deprecation warning.)"""
    from archive.dates import parse_source_date

    raw = [str(dict.get(entry, k)) for k in ("published", "updated", "created") if dict.get(entry, k)]
    for value in raw:
        if parse_source_date(value):
            return value
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = dict.get(entry, key)
        if parsed:
            return time.strftime("%Y-%m-%d", parsed)
    return raw[0] if raw else None
