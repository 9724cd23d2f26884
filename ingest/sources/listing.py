"""`listing` sources: an HTML page that lists documents, across "next page" links.

Links on the page whose URL matches `link_pattern` (default: every link that passes
`include`/`exclude`) are items; the link text is their title. "Next" links (rel=next,
a URL matching `next_pattern`, or a link reading next/sonraki/suivant/›/») are
followed up to `max_pages` pages in all.
"""
from __future__ import annotations

import re

from ..extract.html import parse_html
from ..fetch import Fetcher
from . import SourceConfig, SourceItem

NEXT_WORDS = re.compile(r"^\s*(next|next page|sonraki|sonraki sayfa|suivant|page suivante|›|»|>|>>)\s*$", re.I)


def list_items(source: SourceConfig, fetcher: Fetcher) -> list[SourceItem]:
    link_pattern = source.options.get("link_pattern")
    next_pattern = source.options.get("next_pattern")
    max_pages = int(source.options.get("max_pages", 1))
    items: list[SourceItem] = []
    seen_pages: set[str] = set()
    url: str | None = source.url
    while url and url not in seen_pages and len(seen_pages) < max_pages:
        seen_pages.add(url)
        response = fetcher.get(url, delay=source.delay)
        page = parse_html(response.body, response.url, main_text=False)  # links are what a listing is
        next_url = None
        for link in page.links:
            if not link.url.startswith(("http://", "https://")):
                continue
            is_next = link.rel == "next" or (next_pattern and re.search(next_pattern, link.url)) or \
                bool(NEXT_WORDS.match(link.text))
            if is_next:
                next_url = next_url or link.url
                continue
            if link_pattern and not re.search(link_pattern, link.url):
                continue
            if link.url in seen_pages:
                continue
            items.append(SourceItem(url=link.url, title=link.text or None))
        url = next_url
    return items
