"""The HTML search page."""
from __future__ import annotations

from flask import Blueprint, render_template, request
from markupsafe import Markup

from archive.errors import InvalidQuery
from archive.search import FACETS

from . import get_archive
from .params import query_from_args, url_args

bp = Blueprint("search", __name__)

FACET_LABELS = {
    "mechanism": "Mechanism", "body": "Body", "doc_type": "Document type", "language": "Language",
    "topic": "Legal topic", "country": "Country", "year": "Year",
}


def value_label(facet: str, value: str) -> str:
    if facet == "doc_type":
        return value.replace("-", " ").replace("_", " ").capitalize()
    return value


@bp.app_template_filter("snippet")
def snippet_filter(html_snippet: str) -> Markup:
    # Snippets are escaped by archive.search.highlight before <mark> is added.
    return Markup(html_snippet)


@bp.route("/")
def search_page():  # type: ignore[no-untyped-def]
    archive = get_archive()
    args = request.args
    error = None
    result = None
    query = None
    try:
        query = query_from_args(args, archive.settings.page_size)
        result = archive.backend.search(query)
    except InvalidQuery as exc:
        error = exc
    active = [
        (facet, value, url_args(args, **{facet: [v for v in args.getlist(facet) if v != value]}))
        for facet in FACETS for value in args.getlist(facet)
    ]
    status = 400 if error else 200
    return render_template(
        "search.html", args=args, result=result, query=query, error=error, active=active,
        facet_labels=FACET_LABELS, value_label=value_label, url_args=url_args,
    ), status
