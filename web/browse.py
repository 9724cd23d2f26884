"""Browsing: by mechanism and body, by legal topic, by document type, and publications."""
from __future__ import annotations

from flask import Blueprint, redirect, render_template, request, url_for
from werkzeug.datastructures import MultiDict

from archive import taxonomy
from archive.search import FacetFilter, SearchQuery

from . import get_archive
from .i18n import gettext as _
from .params import url_args
from .search import mechanism_tree, value_label

bp = Blueprint("browse", __name__)
PUBLICATION_TYPES = ("country-report", "visit-report", "briefing", "upr-report", "submission", "memorandum",
                     "toolkit")


def _facets():  # type: ignore[no-untyped-def]
    return get_archive().backend.search(SearchQuery(text="", page_size=1, snippets=False))


@bp.route("/browse")
def browse_index():  # type: ignore[no-untyped-def]
    return redirect(url_for("browse.browse_mechanisms"))


@bp.route("/browse/mechanisms")
def browse_mechanisms():  # type: ignore[no-untyped-def]
    result = _facets()
    return render_template("browse_mechanisms.html", tree=mechanism_tree(result), total=result.total,
                           taxonomy=taxonomy.load())


@bp.route("/browse/topics")
def browse_topics():  # type: ignore[no-untyped-def]
    result = _facets()
    counts = {fc.value: fc.count for fc in result.facets.get("topic", [])}
    tax = taxonomy.load()
    children: dict[str | None, list[str]] = {}
    for t in tax.topics.values():
        children.setdefault(t.parent, []).append(t.key)
    return render_template("browse_topics.html", counts=counts, children=children, taxonomy=tax)


@bp.route("/browse/types")
def browse_types():  # type: ignore[no-untyped-def]
    result = _facets()
    return render_template("browse_types.html", counts=result.facets.get("doc_type", []))


PUBLICATIONS_PAGE = 100


def publications_args() -> MultiDict:
    """The search that is "Publications": reports and briefings, newest first."""
    return MultiDict([("sort", "newest"), *(("doc_type", t) for t in PUBLICATION_TYPES)])


@bp.route("/publications")
def publications():  # type: ignore[no-untyped-def]
    """Reports and briefings, newest first, grouped by year and by the organisation or
    body that published them, a hundred a page, with their own Atom feed."""
    page = max(1, min(request.args.get("page", 1, type=int), 10_000))
    result = get_archive().backend.search(SearchQuery(
        filters={"doc_type": FacetFilter(PUBLICATION_TYPES)}, sort="newest", page=page,
        page_size=PUBLICATIONS_PAGE, snippets=False, facets=()))
    years: dict[str, dict[str, list]] = {}
    for hit in result.hits:
        who = hit.body or value_label("mechanism", hit.mechanism) or _("Other")
        years.setdefault(hit.date[:4] if hit.date else _("Undated"), {}).setdefault(who, []).append(hit)
    last = max(1, (result.total + PUBLICATIONS_PAGE - 1) // PUBLICATIONS_PAGE)
    return render_template("publications.html", years=years, total=result.total, page=page, last=last,
                           search_qs=url_args(publications_args()))


LATEST_PAGE = 100


@bp.route("/latest")
def latest():  # type: ignore[no-untyped-def]
    """Latest additions: the public documents most recently archived (whatever their own
    date: an old report archived today is new here), grouped by the day they came in, a
    hundred a page; its feed is the Atom feed of all new documents."""
    page = max(1, min(request.args.get("page", 1, type=int), 10_000))
    result = get_archive().backend.search(SearchQuery(sort="added", page=page, page_size=LATEST_PAGE,
                                                      snippets=False, facets=()))
    days: dict[str, list] = {}
    for hit in result.hits:
        days.setdefault(hit.added[:10] if hit.added else _("Undated"), []).append(hit)
    last = max(1, (result.total + LATEST_PAGE - 1) // LATEST_PAGE)
    return render_template("latest.html", days=days, total=result.total, page=page, last=last)
