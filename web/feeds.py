"""Atom feeds for any search (alerts): the documents most recently added to the archive
first (an old report archived today is news to a subscriber), public documents only."""
from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import replace
from xml.etree import ElementTree as ET

from flask import Blueprint, Response, request, url_for

from archive.search import FACETS

from . import absolute_url, get_archive
from .params import query_from_args, url_args

bp = Blueprint("feeds", __name__)
ATOM = "http://www.w3.org/2005/Atom"
FEED_SIZE = 50


def _text(snippet: str) -> str:
    return html.unescape(re.sub(r"</?mark>", "", snippet))


def feed_title(args) -> str:  # type: ignore[no-untyped-def]
    """What the feed follows, as the search page's chips say it: query and filters."""
    from .i18n import gettext as _
    from .search import FACET_LABELS, value_label

    parts = [f"“{args['q'].strip()}”"] if args.get("q", "").strip() else []
    for facet, label in FACET_LABELS.items():
        values = args.getlist(facet)
        if values:
            join = {"all": " + ", "none": " / "}.get(args.get(f"{facet}_op", "any"), " | ")
            shown = join.join(value_label(facet, v) if facet in FACETS else v for v in values)
            parts.append(f"{_(label)}{' ≠' if args.get(f'{facet}_op') == 'none' else ':'} {shown}")
    return "hrarchive: " + (" · ".join(parts) if parts else _("new documents"))


@bp.route("/search.atom")
def search_atom():  # type: ignore[no-untyped-def]
    qs = url_args(request.args, page=None)
    return _atom(request.args, feed_title(request.args),
                 absolute_url(url_for("search.search_page")) + (f"?{qs}" if qs else ""),
                 absolute_url(url_for("feeds.search_atom")) + (f"?{qs}" if qs else ""))


@bp.route("/publications.atom")
def publications_atom():  # type: ignore[no-untyped-def]
    """The feed of the Publications page: reports and briefings as they are archived."""
    from .browse import publications_args
    from .i18n import gettext as _

    return _atom(publications_args(), f"hrarchive: {_('Publications')}",
                 absolute_url(url_for("browse.publications")), absolute_url(url_for("feeds.publications_atom")))


def _atom(args, title: str, page_url: str, self_url: str) -> Response:  # type: ignore[no-untyped-def]
    """The 50 public matches of the search `args` most recently added, as Atom."""
    archive = get_archive()
    query = replace(query_from_args(args, FEED_SIZE), sort="added", page=1, page_size=FEED_SIZE,
                    visibility="public")
    result = archive.backend.search(query)
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    ET.SubElement(feed, f"{{{ATOM}}}title").text = title
    ET.SubElement(feed, f"{{{ATOM}}}id").text = self_url
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=self_url, type="application/atom+xml")
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="alternate", href=page_url, type="text/html")
    now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
    newest = max((h.added for h in result.hits if h.added), default=None)
    ET.SubElement(feed, f"{{{ATOM}}}updated").text = f"{newest}Z" if newest else now
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    ET.SubElement(author, f"{{{ATOM}}}name").text = "hrarchive"
    for hit in result.hits:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        link = absolute_url(url_for("documents.document_page", public_id=hit.id))
        ET.SubElement(entry, f"{{{ATOM}}}id").text = link
        ET.SubElement(entry, f"{{{ATOM}}}title").text = hit.title
        ET.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", href=link)
        ET.SubElement(entry, f"{{{ATOM}}}updated").text = f"{hit.added}Z" if hit.added else now
        if hit.date:  # the document's own date
            ET.SubElement(entry, f"{{{ATOM}}}published").text = f"{hit.date}T00:00:00Z"
        for term in (hit.mechanism, hit.body, hit.doc_type):
            if term:
                ET.SubElement(entry, f"{{{ATOM}}}category", term=term)
        summary = " … ".join(_text(p.snippet) for p in hit.pages) or " · ".join(
            x for x in (hit.symbol, hit.body, hit.doc_type) if x)
        ET.SubElement(entry, f"{{{ATOM}}}summary", type="text").text = summary
    body = ET.tostring(feed, encoding="unicode", xml_declaration=False)
    return Response('<?xml version="1.0" encoding="utf-8"?>\n' + body,
                    mimetype="application/atom+xml")
