"""`feed` sources: RSS 2.0, RSS 1.0 (RDF) and Atom."""
from __future__ import annotations

from urllib.parse import urljoin

from ..fetch import Fetcher
from . import SourceConfig, SourceItem
from .markup import child_text, local, parse_xml


def list_items(source: SourceConfig, fetcher: Fetcher) -> list[SourceItem]:
    response = fetcher.get(source.url, delay=source.delay)
    root = parse_xml(response.body, f"feed {source.url}")
    base = response.url
    channel = root.find("./{*}channel")
    feed_language = child_text(root if channel is None else channel, "language", "lang")
    items: list[SourceItem] = []
    for el in root.iter():
        name = local(el.tag)
        if name == "item":  # RSS
            link = child_text(el, "link")
            for child in el:  # a PDF enclosure is the document itself
                if local(child.tag) == "enclosure" and "pdf" in child.get("type", "") and child.get("url"):
                    link = child.get("url", "")
            if not link and el.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about"):
                link = el.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about", "")
            date = child_text(el, "pubDate", "date", "published", "updated")
        elif name == "entry":  # Atom
            link = ""
            for child in el:
                if local(child.tag) != "link" or not child.get("href"):
                    continue
                rel = child.get("rel", "alternate")
                if rel == "enclosure" and "pdf" in child.get("type", ""):
                    link = child.get("href", "")
                    break
                if rel == "alternate" and not link:
                    link = child.get("href", "")
            date = child_text(el, "published", "updated")
        else:
            continue
        if not link:
            continue
        language = el.get("{http://www.w3.org/XML/1998/namespace}lang") or child_text(el, "language") \
            or feed_language
        items.append(SourceItem(url=urljoin(base, link.strip()), title=child_text(el, "title") or None,
                                date=date or None, language=(language or "").split("-")[0].lower() or None))
    return items
