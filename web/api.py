"""The JSON API (/api/v1) and /healthz."""
from __future__ import annotations

from flask import Blueprint, jsonify, request
from sqlalchemy import func, select, text

from archive import store
from archive.models import Document

from . import db_session, get_archive
from .params import query_from_args

bp = Blueprint("api", __name__)


@bp.route("/api/v1/search")
def api_search():  # type: ignore[no-untyped-def]
    """Search; the same parameters as the search page."""
    archive = get_archive()
    result = archive.backend.search(query_from_args(request.args, archive.settings.page_size))
    return jsonify(result.to_dict())


@bp.route("/api/v1/documents/<public_id>")
def api_document(public_id: str):  # type: ignore[no-untyped-def]
    doc = store.get_document(db_session(), public_id)
    return jsonify({
        "id": doc.public_id, "title": doc.title, "mechanism": doc.mechanism, "body": doc.body,
        "doc_type": doc.doc_type, "symbol": doc.symbol, "language": doc.language,
        "languages": doc.languages, "countries": doc.countries,
        "date": doc.date.isoformat() if doc.date else None, "date_precision": doc.date_precision,
        "topics": [t.topic.key for t in doc.topics], "page_count": doc.page_count,
        "text_status": doc.text_status, "source_url": doc.source_url,
        "file": f"/documents/{doc.public_id}/file" if doc.blob_sha256 else None,
    })


@bp.route("/api/v1/documents/<public_id>/pages")
def api_pages(public_id: str):  # type: ignore[no-untyped-def]
    doc = store.get_document(db_session(), public_id)
    return jsonify({"id": doc.public_id, "pages": [{"number": p.number, "text": p.text} for p in doc.pages]})


@bp.route("/healthz")
def healthz():  # type: ignore[no-untyped-def]
    archive = get_archive()
    out: dict[str, object] = {"ok": True}
    try:
        session = db_session()
        session.execute(text("SELECT 1"))
        out["database"] = {"ok": True, "documents": session.scalar(
            select(func.count()).select_from(Document).where(Document.deleted_at.is_(None)))}
    except Exception as exc:  # report, never raise, from a health check
        out["ok"] = False
        out["database"] = {"ok": False, "error": type(exc).__name__}
    out["index"] = {"ok": archive.backend.exists()}
    if not archive.backend.exists():
        out["ok"] = False
    return jsonify(out), 200 if out["ok"] else 503
