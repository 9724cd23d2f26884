"""Feeds as real sites serve them (bench/feeds.py's cases, written by us in shapes seen
in the wild), read through feedparser by ingest.sources.feed."""
import pytest

from archive.dates import parse_source_date
from ingest.errors import SourcesFileError
from ingest.sources.feed import read_feed

from ..conftest import bench_module


def test_every_oddity_case_is_read_right():
    bench = bench_module("feeds")
    total, lines = bench.score(bench.ours)
    assert total == 1.0, "\n".join(lines)


def test_a_broken_feed_still_gives_its_entries_and_garbage_is_named():
    broken = (b"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>T</title>"
              b"<item><title>Hak & \xc3\xb6zg\xc3\xbcrl\xc3\xbck</title><link>/h?x=1&y=2</link></item>")  # unclosed
    items = read_feed(broken, "https://ornek.example/rss")
    assert [(i.url, i.title) for i in items] == [("https://ornek.example/h?x=1&y=2", "Hak & özgürlük")]
    with pytest.raises(SourcesFileError, match="not an RSS or Atom feed"):
        read_feed(b"User-agent: *\nDisallow: /\n", "https://ornek.example/robots.txt")
    bomb = (b"<?xml version='1.0'?><!DOCTYPE rss [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;'>]>"
            b"<rss version='2.0'><channel><item><title>&b;</title><link>https://x.example/</link></item></channel></rss>")
    with pytest.raises(SourcesFileError, match="entity declarations"):
        read_feed(bomb, "https://ornek.example/rss")


@pytest.mark.parametrize("text, expected", [
    ("25/05/2025", "2025-05-25"), ("25.05.2025", "2025-05-25"), ("05/25/2025", "2025-05-25"),
    ("03/04/2025", "2025-04-03"), ("31/02/2025", None), ("Wed, 06 Mar 2024 01:30:00 +0300", "2024-03-06"),
    ("2024-03-06T01:30:00+03:00", "2024-03-06"), ("yesterday", None)])
def test_dates_as_feeds_and_pages_write_them(text, expected):
    found = parse_source_date(text)
    assert (found[0].isoformat() if found else None) == expected
