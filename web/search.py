"""The HTML search page."""
from __future__ import annotations

from flask import Blueprint, render_template, request
from markupsafe import Markup

from archive import taxonomy
from archive.errors import InvalidQuery
from archive.search import FACETS

from . import get_archive
from .params import query_from_args, url_args

bp = Blueprint("search", __name__)

LANGUAGE_NAMES = {"en": "English", "tr": "Turkish", "fr": "French", "ku": "Kurdish", "az": "Azerbaijani",
                  "ar": "Arabic", "de": "German", "ru": "Russian", "es": "Spanish", "und": "Undetermined"}
FACET_LABELS = {
    "mechanism": "Mechanism", "body": "Body", "doc_type": "Document type", "language": "Language",
    "topic": "Legal topic", "country": "Country", "year": "Year",
}


def value_label(facet: str, value: str) -> str:
    """A facet value as people read it (labels from the taxonomy)."""
    tax = taxonomy.load()
    if facet == "doc_type":
        return value.replace("-", " ").replace("_", " ").capitalize()
    if facet == "topic":
        return tax.topic_label(value)
    if facet == "mechanism" and value in tax.mechanisms:
        return tax.mechanisms[value].label_en
    if facet == "country":
        return taxonomy.country_name(value)
    if facet == "language":
        return LANGUAGE_NAMES.get(value, value)
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
