"""Document pages and original files."""
from __future__ import annotations

from flask import Blueprint, render_template, send_file

from archive import store, taxonomy
from archive.errors import BlobError

from . import db_session, get_archive

bp = Blueprint("documents", __name__, url_prefix="/documents")


@bp.route("/<public_id>")
def document_page(public_id: str):  # type: ignore[no-untyped-def]
    session = db_session()
    doc = store.get_document(session, public_id)
    return render_template("document.html", doc=doc, cites=store.cites(session, doc),
                           cited_by=store.cited_by(session, doc), taxonomy=taxonomy.load())


@bp.route("/<public_id>/file")
def document_file(public_id: str):  # type: ignore[no-untyped-def]
    doc = store.get_document(db_session(), public_id)
    if not doc.blob_sha256 or doc.blob is None:
        from werkzeug.exceptions import NotFound

        raise NotFound("this document has no original file")
    path = get_archive().blobs.path_for(doc.blob_sha256)
    if not path.is_file():
        raise BlobError(f"original {doc.blob_sha256} of {doc.public_id} is missing")
    # A path (not an open file) lets Werkzeug answer range and conditional requests.
    return send_file(
        path, mimetype=doc.blob.media_type, download_name=doc.blob.original_name,
        as_attachment=False, etag=doc.blob_sha256, max_age=86400, conditional=True,
    )
