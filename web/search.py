"""The HTML search page and the query-language help page."""
from __future__ import annotations

from flask import Blueprint, render_template, request
from markupsafe import Markup

from archive import taxonomy
from archive.errors import InvalidQuery
from archive.search import FACETS, SearchResult

from . import get_archive
from .i18n import gettext as _
from .params import OPERATORS, query_from_args, url_args

bp = Blueprint("search", __name__)

LANGUAGE_NAMES = {"en": "English", "tr": "Turkish", "fr": "French", "ku": "Kurdish", "az": "Azerbaijani",
                  "ar": "Arabic", "de": "German", "ru": "Russian", "es": "Spanish", "und": "Undetermined"}
FACET_LABELS = {
    "mechanism": "Mechanism", "body": "Body", "doc_type": "Document type", "language": "Language",
    "topic": "Legal topic", "country": "Country", "year": "Year",
}
SIDEBAR = ("doc_type", "topic", "language", "country")
FACET_LIMIT = 12


def value_label(facet: str, value: str | None) -> str:
    """A facet value as people read it (labels from the taxonomy, in the interface language)."""
    if not value:
        return ""
    from .i18n import current_language

    tax = taxonomy.load()
    lang = current_language()
    if facet == "doc_type":
        return value.replace("-", " ").replace("_", " ").capitalize()
    if facet == "topic":
        return tax.topic_label(value, lang)
    if facet == "mechanism" and value in tax.mechanisms:
        m = tax.mechanisms[value]
        return m.label_tr if lang == "tr" and m.label_tr else m.label_en
    if facet == "country":
        return taxonomy.country_name(value)
    if facet == "language":
        return _(LANGUAGE_NAMES.get(value, value))
    return value


def mechanism_tree(result: SearchResult) -> list[dict]:
    """Mechanism counts with their bodies' counts nested, from the result's facets."""
    bodies: dict[str, list[tuple[str, int]]] = {}
    for fc in result.facets.get("mechanism_body", []):
        mech, _, body = fc.value.partition("/")
        bodies.setdefault(mech, []).append((body, fc.count))
    return [{"value": fc.value, "count": fc.count, "bodies": sorted(bodies.get(fc.value, []), key=lambda b: -b[1])}
            for fc in result.facets.get("mechanism", [])]


def year_bars(result: SearchResult) -> list[tuple[str, int, int]]:
    """(year, count, width class 1-10) for a small histogram drawn with CSS classes."""
    counts = sorted(((fc.value, fc.count) for fc in result.facets.get("year", [])), reverse=True)
    top = max((c for _, c in counts), default=1)
    return [(year, c, max(1, round(10 * c / top))) for year, c in counts]


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
    try:
        query = query_from_args(args, archive.settings.page_size)
        result = archive.backend.search(query)
    except InvalidQuery as exc:
        error = exc
    active = [
        (facet, value, url_args(args, **{facet: [v for v in args.getlist(facet) if v != value]}))
        for facet in FACETS for value in args.getlist(facet)
    ]
    for name in ("year_from", "year_to"):
        if args.get(name):
            active.append((name, args[name], url_args(args, **{name: None})))
    return render_template(
        "search.html", args=args, result=result, error=error, active=active,
        facet_labels=FACET_LABELS, sidebar=SIDEBAR, operators=OPERATORS, facet_limit=FACET_LIMIT,
        tree=mechanism_tree(result) if result else [], years=year_bars(result) if result else [],
        export_qs=url_args(args, page=None),
    ), 400 if error else 200


@bp.route("/help")
def help_page():  # type: ignore[no-untyped-def]
    return render_template("help.html")
