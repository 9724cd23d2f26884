"""Browsing: by mechanism and body, by legal topic, by document type, and publications."""
from __future__ import annotations

from flask import Blueprint, redirect, render_template, url_for

from archive import taxonomy
from archive.search import SearchQuery

from . import get_archive
from .search import mechanism_tree

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


@bp.route("/publications")
def publications():  # type: ignore[no-untyped-def]
    qs = "&".join(f"doc_type={t}" for t in PUBLICATION_TYPES)
    return redirect(url_for("search.search_page") + f"?sort=newest&{qs}")
