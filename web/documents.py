"""Document pages and original files."""
from __future__ import annotations

from dataclasses import dataclass

from flask import Blueprint, render_template, request, send_file
from werkzeug.exceptions import NotFound

from archive import store, taxonomy
from archive.errors import BlobError
from archive.search import querylang
from archive.search.highlight import WordMatcher, highlight_all

from . import db_session, get_archive
from .params import url_args

bp = Blueprint("documents", __name__, url_prefix="/documents")
MORE_LIKE_THIS = 5


def citation(doc) -> str:  # type: ignore[no-untyped-def]
    """How a researcher cites the document: its identifier first, as the bodies write it."""
    own = next((i for i in doc.identifiers if i.is_own), None)
    if own is not None and own.scheme == "ecthr-application":
        name = doc.title.split("(")[0].strip()
        return f"{name}, App. no. {own.value}" + (f", {doc.date.strftime('%d/%m/%Y')}" if doc.date else "")
    parts = [doc.body or doc.mechanism, doc.title, doc.symbol, doc.date.isoformat() if doc.date else None]
    return ", ".join(p for p in parts if p)


@dataclass
class ShownPage:
    number: int
    html: str  # escaped text, the query's words in <mark>
    has_hit: bool
    ocr: float | None  # mean OCR confidence when the text was read by OCR
    language: str | None  # for the `lang` attribute (None when undetermined)


def highlighted_pages(doc, q: str) -> list[ShownPage]:  # type: ignore[no-untyped-def]
    """The document's pages as the document page shows them, the query's words in
    <mark> when `q` is given."""
    leaves = querylang.positive_leaves(querylang.read(q)[0]) if q else []
    matcher = WordMatcher.from_leaves(leaves)
    out = []
    for page in doc.pages:
        html = highlight_all(page.text, matcher)
        language = page.language if page.language and page.language != "und" else None
        out.append(ShownPage(page.number, html, "<mark>" in html, page.ocr_confidence, language))
    return out


@bp.route("/<public_id>")
def document_page(public_id: str):  # type: ignore[no-untyped-def]
    session = db_session()
    doc = store.get_document(session, public_id, full=True)
    q = request.args.get("q", "")
    try:
        similar = get_archive().backend.similar(doc.public_id, MORE_LIKE_THIS)
    except Exception:  # a missing index must not take the document page down
        similar = []
    return render_template("document.html", doc=doc, cites=store.cites(session, doc),
                           cited_by=store.cited_by(session, doc), taxonomy=taxonomy.load(),
                           pages=highlighted_pages(doc, q), q=q, citation=citation(doc), similar=similar,
                           search_qs=url_args(request.args, page=request.args.get("page"), lang=None))


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
