"""`sitemap` sources: XML sitemaps and sitemap indexes (gzip too), filtered by lastmod.

`since = "2024-01-01"` keeps only URLs whose lastmod is on or after that date (URLs
without a lastmod are kept). At most `max_sitemaps` sitemap files are read (default 20).
"""
from __future__ import annotations

from ..errors import FetchError
from ..fetch import Fetcher
from . import SourceConfig, SourceItem
from .markup import child_text, local, parse_xml


def list_items(source: SourceConfig, fetcher: Fetcher) -> list[SourceItem]:
    since = str(source.options.get("since", ""))
    budget = int(source.options.get("max_sitemaps", 20))
    items: list[SourceItem] = []
    queue = [source.url]
    read: set[str] = set()
    while queue and len(read) < budget:
        url = queue.pop(0)
        if url in read:
            continue
        read.add(url)
        try:
            response = fetcher.get(url, delay=source.delay)
        except FetchError:
            if url == source.url:
                raise
            continue  # one broken child sitemap does not stop the others
        root = parse_xml(response.body, f"sitemap {url}")
        for el in root:
            loc = child_text(el, "loc")
            if not loc:
                continue
            lastmod = child_text(el, "lastmod")
            if since and lastmod and lastmod[:10] < since[:10]:
                continue
            if local(root.tag) == "sitemapindex":
                queue.append(loc)
            elif local(el.tag) == "url":
                # lastmod is when the page changed, not when the document was published
                items.append(SourceItem(url=loc, metadata={"lastmod": lastmod} if lastmod else {}))
    return items
