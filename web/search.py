"""The HTML search page and the query-language help page."""
from __future__ import annotations

import datetime as dt

from flask import Blueprint, render_template, request
from markupsafe import Markup
from werkzeug.datastructures import MultiDict

from archive import taxonomy
from archive.errors import InvalidQuery
from archive.search import FACETS, SearchResult, search

from . import db_session, get_archive
from .i18n import N_
from .i18n import gettext as _
from .paragraphs import annotate_hits, pinpoint_label
from .params import OPERATORS, query_from_args, url_args

bp = Blueprint("search", __name__)

FACET_LABELS = {
    "mechanism": "Mechanism", "body": "Body", "doc_type": "Document type", "language": "Language",
    "topic": "Legal topic", "country": "Country", "mentions": "Mentions", "article": "Article",
    "conclusion": "Conclusion", "finding": "Finding", "year": "Year",
    "year_from": "From year", "year_to": "To year", "added_from": "Added since", "added_to": "Added until",
}
# what "clear all filters" removes: every facet and its operator, the year and date-added ranges
FILTER_KEYS = (*FACETS, *(f"{f}_op" for f in FACETS), "type", "year_from", "year_to", "added_from", "added_to")
SIDEBAR = ("doc_type", "topic", "language", "country", "article", "conclusion", "mentions")
OUTCOME_LABELS = {"violation": "Violation", "no-violation": "No violation", "admissible": "Admissible",
                  "inadmissible": "Inadmissible", "struck-out": "Struck out"}


def language_name(code: str, lang: str) -> str:
    """A language's name in the interface language (CLDR, through Babel)."""
    from babel import Locale, UnknownLocaleError

    if code == "und":
        return _("Undetermined")
    try:
        name = Locale.parse(lang).languages.get(code.split("-")[0])
    except (UnknownLocaleError, ValueError):
        name = None
    return name[:1].upper() + name[1:] if name else code


@bp.app_template_filter("article_label")
def article_label(code: str) -> str:
    """An article in HUDOC notation as people write it: `6-1` is "Art. 6 § 1", `P1-1`
    "Art. 1 of Protocol No. 1", `14+8` "Art. 14 + Art. 8"."""
    out = []
    for part in code.split("+"):
        bits = part.split("-")
        protocol = bits[0][1:] if bits[0].startswith("P") and len(bits) > 1 else None
        if protocol:
            bits = bits[1:]
        text = f"{_('Art.')} {bits[0]}" + (f" § {bits[1]}" if len(bits) > 1 else "") + (
            f" ({bits[2]})" if len(bits) > 2 else "")
        if protocol:
            from .i18n import current_language

            # "Art. 1 of Protocol No. 1"; Turkish puts the protocol first: "1 No.lu Protokol Md. 1"
            text = f"{protocol} No.lu Protokol {text}" if current_language() == "tr" else \
                f"{text} {_('of Protocol No.')} {protocol}"
        out.append(text)
    return " + ".join(out)
FACET_LIMIT = 12
DOC_TYPE_LABELS = {
    "concluding-observations": N_("Concluding observations"), "country-report": N_("Country report"),
    "visit-report": N_("Visit report"), "upr-report": N_("UPR report"), "report": N_("Report"),
    "briefing": N_("Briefing"), "communication": N_("Communication"), "decision": N_("Decision"),
    "communicated-case": N_("Communicated case"), "legal-summary": N_("Legal summary"),
    "commission-report": N_("Commission report"), "list-of-issues": N_("List of issues"),
    "state-report": N_("State report"), "summary-record": N_("Summary record"),
    "amendment": N_("Amendment"), "observation": N_("Observation"), "direct-request": N_("Direct request"),
    "conclusions": N_("Conclusions"),
    "general-comment": N_("General comment"), "parliamentary-question": N_("Parliamentary question"),
    "indictment": N_("Indictment"), "legislation": N_("Legislation"),
    "government-response": N_("Government response"),
    "judgment": N_("Judgment"), "memorandum": N_("Memorandum"), "news": N_("News"), "opinion": N_("Opinion"),
    "resolution": N_("Resolution"), "interim-resolution": N_("Interim resolution"),
    "recommendation": N_("Recommendation"), "statement": N_("Statement"), "submission": N_("Submission"),
    "toolkit": N_("Toolkit"), "letter": N_("Letter"), "guide": N_("Guide"), "internal-note": N_("Internal note"),
}


def value_label(facet: str, value: str | None) -> str:
    """A facet value as people read it (labels from the taxonomy, in the interface language)."""
    if not value:
        return ""
    from .i18n import current_language

    tax = taxonomy.load()
    lang = current_language()
    if facet == "doc_type":
        return _(DOC_TYPE_LABELS.get(value) or value.replace("-", " ").replace("_", " ").capitalize())
    if facet == "body":
        body = tax.bodies.get(value)
        # in Turkish, a body's name; abbreviations (CAT, CPT, UPR) read the same in both
        return body.label_tr if lang == "tr" and body and body.label_tr and not value.isupper() else value
    if facet == "topic":
        return tax.topic_label(value, lang)
    if facet == "mechanism" and value in tax.mechanisms:
        m = tax.mechanisms[value]
        return m.label_tr if lang == "tr" and m.label_tr else m.label_en
    if facet in ("country", "mentions"):
        return taxonomy.country_name(value, lang)
    if facet == "language":
        return language_name(value, lang)
    if facet == "article":
        return article_label(value)
    if facet == "conclusion":
        return _(OUTCOME_LABELS.get(value, value))
    if facet == "finding":
        article, _sep, outcome = value.partition(":")
        return f"{article_label(article)}: {_(OUTCOME_LABELS.get(outcome, outcome)).lower()}"
    return value


def facet_values(result: SearchResult, args, name: str, limit: int = 0) -> list[tuple[str, int]]:  # type: ignore[no-untyped-def]
    """(value, count) of a facet, the `limit` largest, and every chosen value even when
    it has no documents now (it stays visible, with 0, so it can be unchosen)."""
    counts = [(fc.value, fc.count) for fc in result.facets.get(name, [])]
    shown = counts[:limit] if limit else counts
    known, listed = dict(counts), {v for v, _ in shown}
    return shown + [(v, known.get(v, 0)) for v in args.getlist(name) if v not in listed]


def mechanism_tree(result: SearchResult, args=None) -> list[dict]:  # type: ignore[no-untyped-def]
    """Mechanism counts with their bodies' counts nested, from the result's facets; the
    mechanisms and bodies chosen in `args` (the search's) stay, with 0 if need be."""
    args = args if args is not None else MultiDict()
    bodies: dict[str, list[tuple[str, int]]] = {}
    for fc in result.facets.get("mechanism_body", []):
        mech, _, body = fc.value.partition("/")
        bodies.setdefault(mech, []).append((body, fc.count))
    for body in args.getlist("body"):  # a chosen body with no documents now stays under its mechanism
        if not any(b == body for bs in bodies.values() for b, _count in bs):
            bodies.setdefault(taxonomy.load().mechanism_of(body) or "", []).append((body, 0))
    return [{"value": value, "count": count, "bodies": sorted(bodies.get(value, []), key=lambda b: -b[1])}
            for value, count in facet_values(result, args, "mechanism")]


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
        result = search(archive.backend, query)
        annotate_hits(db_session(), result.hits)
    except InvalidQuery as exc:
        error = exc
    active = [
        (facet, value, url_args(args, **{facet: [v for v in args.getlist(facet) if v != value]}))
        for facet in FACETS for value in args.getlist(facet)
    ]
    for name in ("year_from", "year_to", "added_from", "added_to"):
        if args.get(name):
            active.append((name, args[name], url_args(args, **{name: None})))
    return render_template(
        "search.html", args=args, result=result, error=error, active=active,
        facet_labels=FACET_LABELS, sidebar=SIDEBAR, operators=OPERATORS, facet_limit=FACET_LIMIT,
        tree=mechanism_tree(result, args) if result else [], years=year_bars(result) if result else [],
        export_qs=url_args(args, page=None), facet_values=facet_values, pinpoint=pinpoint_label,
        # a document opened from the results carries the search (query, filters, sort,
        # page), so that its page can highlight the query and lead back to the same results
        context_qs=url_args(args, page=args.get("page"), lang=None),
        clear_qs=url_args(args, **{key: None for key in FILTER_KEYS}),
        added_links=[(days, (dt.datetime.now(dt.timezone.utc).date() - dt.timedelta(days=days)).isoformat())
                     for days in (7, 30, 365)],
    ), 400 if error else 200


@bp.route("/help")
def help_page():  # type: ignore[no-untyped-def]
    return render_template("help.html")
