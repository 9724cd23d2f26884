"""Document pages and original files."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from flask import Blueprint, render_template, request, send_file
from werkzeug.exceptions import NotFound

from archive import store, taxonomy
from archive.errors import BlobError
from archive.search import SearchQuery, querylang
from archive.search.expansion import Expansion
from archive.search.highlight import WordMatcher, highlight_all, make_snippet

from . import db_session, get_archive
from .i18n import format_date
from .paragraphs import paragraph_starts, pinpoint_label
from .params import url_args

bp = Blueprint("documents", __name__, url_prefix="/documents")
MORE_LIKE_THIS = 5


_TURKISH_CAPITALS = re.compile(r"[ÇĞİÖŞÜ]")


def case_name(title: str) -> str:
    """A HUDOC heading as cited: "CASE OF KAVALA v. TURKEY" -> "Kavala v. Turkey",
    "AFFAIRE KILIÇ ET AUTRES c. TURQUIE" -> "Kılıç et autres c. Turquie". Names in
    capitals are written in capitals and small letters (Turkish-cased when the name has
    a Turkish letter: KILIÇ is Kılıç); initials (Y.Y.) and "(no. 2)" stay."""
    name = re.sub(r"^\s*(?:CASE OF|AFFAIRE)\s+", "", title.strip(), flags=re.I)
    name = re.sub(r"\s*\((?:Applications?|Requêtes?) n[^)]*\)", "", name, flags=re.I)  # the numbers follow
    name = re.sub(r"\((?:No|N°)\.?\s*(\d+)\)", r"(no. \1)", name)
    versus = re.search(r" (?:v|c)\. ", name)
    applicants, sep, respondent = (name[:versus.start()], versus.group(0), name[versus.end():]) if versus \
        else (name, "", "")

    def word(w: str, turkish: bool) -> str:
        if not w.isupper() or "." in w or len(w) < 2:
            return w
        if w in ("AND", "OTHERS", "ET", "AUTRES"):
            return w.lower()
        if turkish:
            return "-".join(p[:1] + p[1:].replace("I", "ı").replace("İ", "i").lower() for p in w.split("-"))
        return "-".join(p.capitalize() for p in w.split("-"))

    turkish = bool(_TURKISH_CAPITALS.search(applicants))  # the applicants' names, not the State's
    return " ".join(word(w, turkish) for w in applicants.split()) + sep + \
        " ".join(word(w, False) for w in respondent.split())


def citation(doc, paragraph: int | None = None) -> str:  # type: ignore[no-untyped-def]
    """How a researcher cites the document, one style per family, the date written out
    in the interface language:
    - ECtHR: "Kavala v. Turkey, no. 28749/18, 10 December 2019";
    - a UN document: "CAT/C/TUR/CO/4 (2 June 2016)";
    - civil society and news: "organisation or author, title, date, URL";
    - others: "body, title, symbol, date".
    With `paragraph`, the pinpoint: "..., no. 28749/18, § 45, 10 December 2019",
    "CAT/C/TUR/CO/4, para. 12 (2 June 2016)"."""
    date = format_date(doc.date, doc.date_precision) if doc.date else ""
    apps = [i.value for i in doc.identifiers if i.is_own and i.scheme == "ecthr-application"]
    pin = pinpoint_label(paragraph, bool(apps)) if paragraph else ""
    if apps:
        numbers = f"no. {apps[0]}" if len(apps) == 1 else \
            f"nos. {', '.join(apps[:3])}" + (" and others" if len(apps) > 3 else "")
        return ", ".join(p for p in (case_name(doc.title), numbers, pin, date) if p)
    if doc.mechanism == "UN" and doc.symbol:
        symbol = f"{doc.symbol}, {pin}" if pin else doc.symbol
        return f"{symbol} ({date})" if date else symbol
    if doc.mechanism == "civil-society" or doc.doc_type == "news":
        web = (doc.extra or {}).get("page") or {}
        who = web.get("author") or web.get("site_name") or doc.body
        url = web.get("canonical_url") or doc.source_url
        return ", ".join(p for p in (who, doc.title, pin, date, url) if p)
    return ", ".join(p for p in (doc.body or doc.mechanism, doc.title, doc.symbol, pin, date) if p)


@dataclass
class ShownPage:
    number: int
    html: str  # escaped text, the query's words in <mark>
    has_hit: bool
    ocr: float | None  # mean OCR confidence when the text was read by OCR
    language: str | None  # for the `lang` attribute (None when undetermined)
    snippet: str = ""  # around the page's matches, for the "found on pages" list
    paragraphs: tuple[int, ...] = ()  # the numbered paragraphs that start on the page


FOUND_ON_PAGES = 20  # pages listed, with a snippet each, under "Found on pages"


def query_matcher(q: str, expansions: list[Expansion]) -> WordMatcher:
    """What to mark on the page: the query's words and the terms the search added for
    it across languages (the same expansions the results were found with)."""
    leaves: list[querylang.Term | querylang.Phrase] = querylang.positive_leaves(querylang.read(q)[0]) if q else []
    for term in (t for e in expansions for t in e.added):
        words = term.rstrip("*")
        if " " in words.strip():
            leaves.append(querylang.Phrase(words))
        else:
            leaves.append(querylang.Term(words, prefix=term.endswith("*")))
    return WordMatcher.from_leaves(leaves)


def highlighted_pages(doc, matcher: WordMatcher) -> list[ShownPage]:  # type: ignore[no-untyped-def]
    """The document's pages as the document page shows them, what `matcher` matches in
    <mark>, an anchor (`#para-45`) at each numbered paragraph, and a snippet for the
    first pages that match."""
    out = []
    for page in doc.pages:
        text = unicodedata.normalize("NFC", page.text)
        cuts = paragraph_starts(text)
        bounds = [0, *(start for _, start in cuts), len(text)]
        html = "".join(
            (f'<span class="para" id="para-{cuts[i - 1][0]}"></span>' if i else "") +
            highlight_all(text[bounds[i]:bounds[i + 1]], matcher) for i in range(len(bounds) - 1))
        language = page.language if page.language and page.language != "und" else None
        shown = ShownPage(page.number, html, "<mark>" in html, page.ocr_confidence, language,
                          paragraphs=tuple(n for n, _ in cuts))
        if shown.has_hit and sum(p.has_hit for p in out) < FOUND_ON_PAGES:
            shown.snippet = make_snippet(page.text, matcher)
        out.append(shown)
    return out


@bp.route("/<public_id>")
def document_page(public_id: str):  # type: ignore[no-untyped-def]
    session = db_session()
    doc = store.get_document(session, public_id, full=True)
    q = request.args.get("q", "")
    expansions: list[Expansion] = []
    try:
        similar = get_archive().backend.similar(doc.public_id, MORE_LIKE_THIS)
        if q and request.args.get("expand", "1") not in ("0", "false", "no", "off"):
            expansions = get_archive().backend.search(
                SearchQuery(text=q, page_size=1, snippets=False, facets=())).expansions
    except Exception:  # a missing index must not take the document page down
        similar = []
    pages = highlighted_pages(doc, query_matcher(q, expansions))
    versions = store.language_versions(session, doc)
    # a pinpoint (from a hit's "§ 45" link) is cited only if the document has that paragraph
    para = request.args.get("para", type=int)
    para = para if para is not None and any(para in p.paragraphs for p in pages) else None
    return render_template("document.html", doc=doc, cites=store.cites(session, doc),
                           versions=versions, same_case=store.same_case(session, doc, versions=versions),
                           cited_by=store.cited_by(session, doc), taxonomy=taxonomy.load(),
                           pages=pages, q=q, expansions=expansions, citation=citation(doc, para), similar=similar,
                           search_qs=url_args(request.args, page=request.args.get("page"), lang=None, para=None))


@bp.route("/<public_id>/file")
def document_file(public_id: str):  # type: ignore[no-untyped-def]
    doc = store.get_document(db_session(), public_id)
    if not doc.blob_sha256 or doc.blob is None:
        raise NotFound("this document has no original file")
    path = get_archive().blobs.path_for(doc.blob_sha256)
    if not path.is_file():
        raise BlobError(f"original {doc.blob_sha256} of {doc.public_id} is missing")
    return original_response(doc, path, download=request.args.get("download") == "1", staff=False)


# Originals a browser may show on the archive's own origin: a PDF in its viewer, plain
# text. Anything else (HTML from uploads and pipelines, DOCX, ...) is a download, so a
# page an adversary wrote cannot run, redirect or phish on this origin.
INLINE_TYPES = ("application/pdf", "text/plain")
ORIGINAL_CSP = "default-src 'none'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'"


def original_response(doc, path, download: bool, staff: bool):  # type: ignore[no-untyped-def]
    """An original file, with the headers that keep it inert and out of shared caches.

    Public originals are cached privately and revalidated each time (an ETag), so a
    document made restricted is not served from a cache; staff views are not stored."""
    inline = doc.blob.media_type in INLINE_TYPES and not download
    # A path (not an open file) lets Werkzeug answer range and conditional requests.
    response = send_file(path, mimetype=doc.blob.media_type, download_name=doc.blob.original_name,
                         as_attachment=not inline, etag=doc.blob_sha256, conditional=True, max_age=None)
    response.headers["Content-Security-Policy"] = ORIGINAL_CSP + ("" if inline else "; sandbox")
    if staff or not doc.is_public:
        response.headers["Cache-Control"] = "no-store"
    else:
        response.headers["Cache-Control"] = "private, no-cache"
    return response
