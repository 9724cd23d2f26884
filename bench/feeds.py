"""Feed reading on the oddities real feeds have.

    .venv/bin/python bench/feeds.py

Each case is a small feed written by us in a shape seen in the wild (non-RFC dates,
HTML in titles, duplicate GUIDs, relative links, a wrong encoding declaration, broken
XML, RSS 1.0, Atom with HTML titles), with what a reader should get out of it: each
entry's absolute URL, its title as plain text and its date. The bench runs
`ingest.sources.feed.read_feed` and, in the same run, a reader built directly on
feedparser (when installed), and prints, per case and in all, the share of expected
fields each got right; a case that raises scores 0.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BASE = "https://ornek.example/feed.xml"


@dataclass
class Case:
    name: str
    body: bytes
    expected: list[tuple[str, str, str | None]]  # (url, title, ISO date or None)


def _rss(items: str, head: str = "<?xml version='1.0' encoding='utf-8'?>") -> str:
    return f"{head}<rss version='2.0'><channel><title>Örnek</title><link>https://ornek.example/</link>{items}</channel></rss>"


CASES = [
    Case("plain RSS 2.0", _rss(
        "<item><title>Rapor yayımlandı</title><link>https://ornek.example/rapor</link>"
        "<pubDate>Tue, 05 Mar 2024 08:00:00 +0000</pubDate></item>"
        "<item><title>Gece yarısı</title><link>https://ornek.example/gece</link>"
        "<pubDate>Wed, 06 Mar 2024 01:30:00 +0300</pubDate></item>").encode(),
         [("https://ornek.example/rapor", "Rapor yayımlandı", "2024-03-05"),
          ("https://ornek.example/gece", "Gece yarısı", "2024-03-06")]),
    Case("day-first numeric date", _rss(
        "<item><title>Açıklama</title><link>https://ornek.example/a</link><pubDate>25/05/2025</pubDate></item>"
        "<item><title>Karar</title><link>https://ornek.example/b</link><pubDate>2025-05-26 14:03</pubDate></item>"
    ).encode(), [("https://ornek.example/a", "Açıklama", "2025-05-25"), ("https://ornek.example/b", "Karar", "2025-05-26")]),
    Case("HTML in titles", _rss(
        "<item><title>&lt;b&gt;Basın&lt;/b&gt; açıklaması</title><link>https://ornek.example/c</link></item>"
        "<item><title><![CDATA[<em>Gözaltı</em> raporu &amp; ekler]]></title><link>https://ornek.example/d</link></item>"
    ).encode(), [("https://ornek.example/c", "Basın açıklaması", None),
                 ("https://ornek.example/d", "Gözaltı raporu & ekler", None)]),
    Case("duplicate GUIDs and links", _rss(
        "<item><guid>x1</guid><title>Bir</title><link>https://ornek.example/1</link></item>"
        "<item><guid>x1</guid><title>Bir</title><link>https://ornek.example/1</link></item>"
        "<item><guid>x2</guid><title>İki</title><link>https://ornek.example/2</link></item>").encode(),
         [("https://ornek.example/1", "Bir", None), ("https://ornek.example/2", "İki", None)]),
    Case("relative links", _rss(
        "<item><title>Göreli</title><link>/haber/3</link></item>"
        "<item><title>Göreli iki</title><link>haber/4?a=1&amp;b=2</link></item>").encode(),
         [("https://ornek.example/haber/3", "Göreli", None), ("https://ornek.example/haber/4?a=1&b=2", "Göreli iki", None)]),
    Case("declared UTF-8, written in Windows-1254", _rss(
        "<item><title>Kadına yönelik şiddet raporu</title><link>https://ornek.example/s</link></item>"
    ).encode("cp1254"), [("https://ornek.example/s", "Kadına yönelik şiddet raporu", None)]),
    Case("unescaped ampersand", _rss(
        "<item><title>Hak & özgürlük</title><link>https://ornek.example/h?x=1&y=2</link></item>").encode(),
         [("https://ornek.example/h?x=1&y=2", "Hak & özgürlük", None)]),
    Case("RSS 1.0 (RDF)", (
        "<?xml version='1.0'?><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#' "
        "xmlns='http://purl.org/rss/1.0/' xmlns:dc='http://purl.org/dc/elements/1.1/'>"
        "<channel rdf:about='https://ornek.example/'><title>Ö</title></channel>"
        "<item rdf:about='https://ornek.example/r1'><title>RDF girdi</title><link>https://ornek.example/r1</link>"
        "<dc:date>2024-01-31T10:00:00Z</dc:date></item></rdf:RDF>").encode(),
         [("https://ornek.example/r1", "RDF girdi", "2024-01-31")]),
    Case("Atom with an HTML title and a PDF enclosure", (
        "<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'><title>A</title>"
        "<entry><title type='html'>&lt;i&gt;Yıllık&lt;/i&gt; rapor</title>"
        "<link rel='alternate' href='https://ornek.example/yillik'/>"
        "<link rel='enclosure' type='application/pdf' href='https://ornek.example/yillik.pdf'/>"
        "<published>2024-02-01T00:00:00Z</published></entry></feed>").encode(),
         [("https://ornek.example/yillik.pdf", "Yıllık rapor", "2024-02-01")]),
]


def score(read: Callable[[bytes, str], list[tuple[str, str, str | None]]]) -> tuple[float, list[str]]:
    """Share of expected fields right, and a line per case."""
    right = total = 0
    lines = []
    for case in CASES:
        try:
            got = read(case.body, BASE)
            error = ""
        except Exception as exc:  # a reader that gives up on the whole feed
            got, error = [], f"{type(exc).__name__}: {str(exc)[:60]}"
        n = 3 * len(case.expected) + 1  # + 1: no extra entries
        ok = 0
        for url, title, date in case.expected:
            match = next((g for g in got if g[0] == url), None)
            if match is not None:
                ok += 1 + (match[1] == title) + (match[2] == date)
        ok += len(got) == len(case.expected)
        right, total = right + ok, total + n
        lines.append(f"  {case.name:45} {ok}/{n} {error}")
    return right / total, lines


def ours(body: bytes, base: str) -> list[tuple[str, str, str | None]]:
    from archive.dates import parse_source_date
    from ingest.sources.feed import read_feed

    out = []
    for item in read_feed(body, base):
        date = parse_source_date(item.date)
        out.append((item.url, item.title or "", date[0].isoformat() if date else None))
    return out


def feedparser_alone(body: bytes, base: str) -> list[tuple[str, str, str | None]]:
    import feedparser

    parsed = feedparser.parse(body, response_headers={"content-location": base})
    out = []
    for e in parsed.entries:
        date = e.get("published_parsed") or e.get("updated_parsed")
        out.append((e.get("link", ""), e.get("title", ""), "%04d-%02d-%02d" % tuple(date[:3]) if date else None))
    return out


def main() -> int:
    total, lines = score(ours)
    print(f"ingest.sources.feed.read_feed: {total:.3f} of expected fields")
    print("\n".join(lines))
    try:
        import feedparser  # noqa: F401
    except ImportError:
        print("(feedparser is not installed)")
        return 0
    total, lines = score(feedparser_alone)
    print(f"feedparser alone: {total:.3f} of expected fields")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
