"""The JSON API (/api/v1) and /healthz."""
from __future__ import annotations

from dataclasses import replace

from flask import Blueprint, jsonify, request
from sqlalchemy import func, select, text

from archive import store, taxonomy
from archive.models import Document
from archive.search import search

from . import db_session, get_archive, openapi
from .paragraphs import annotate_hits
from .params import query_from_args

bp = Blueprint("api", __name__)


@bp.route("/api/v1/search")
def api_search():  # type: ignore[no-untyped-def]
    """Search; the same parameters as the search page."""
    archive = get_archive()
    result = search(archive.backend, query_from_args(request.args, archive.settings.page_size))
    annotate_hits(db_session(), result.hits)
    return jsonify(result.to_dict())


def document_summary(doc) -> dict:  # type: ignore[no-untyped-def]
    return {"id": doc.public_id, "title": doc.title, "mechanism": doc.mechanism, "body": doc.body,
            "doc_type": doc.doc_type, "symbol": doc.symbol,
            "date": doc.date.isoformat() if doc.date else None}


def title_source(doc) -> str | None:  # type: ignore[no-untyped-def]
    """Where the title came from: person, sheet, source, ecthr-heading, cover-page,
    heading, metadata, first-line or file-name."""
    given = ((doc.extra or {}).get("provenance") or {}).get("title")
    if given is None:
        return "person" if "title" in (doc.locked_fields or []) else None
    return given.removeprefix("rule:")


def document_json(session, doc) -> dict:  # type: ignore[no-untyped-def]
    """Everything public about a document (the document page's data)."""
    tax = taxonomy.load()
    extra = doc.extra or {}
    versions = store.language_versions(session, doc)
    return {
        **document_summary(doc),
        "title_source": title_source(doc),
        "language": doc.language, "languages": doc.languages,
        "subject_countries": doc.subject_countries or [], "countries": doc.countries,
        "conclusions": doc.conclusions or [],
        "ecthr": extra.get("ecthr"),
        "date_precision": doc.date_precision,
        "published": doc.published_date.isoformat() if doc.published_date else None,
        "adopted": doc.adopted_date.isoformat() if doc.adopted_date else None,
        "topics": [{"key": t.topic.key, "label": tax.topic_label(t.topic.key), "score": t.score,
                    "assigned_by": t.assigned_by, "evidence": t.evidence}
                   for t in sorted(doc.topics, key=lambda t: -t.score)],
        "identifiers": [{"scheme": i.scheme, "value": i.value, "raw": i.raw, "page": i.page, "own": i.is_own}
                        for i in doc.identifiers],
        "cites": [{**document_summary(d), "via": i.value} for d, i in store.cites(session, doc)],
        "cited_by": [{**document_summary(d), "via": i.value} for d, i in store.cited_by(session, doc)],
        "provenance": extra.get("provenance", {}),
        "web_page": extra.get("page"),
        "language_versions": [{"id": v.public_id, "language": v.language} for v in versions],
        "same_case": [document_summary(d) for d in store.same_case(session, doc, versions=versions)],
        "page_count": doc.page_count, "text_status": doc.text_status, "source_url": doc.source_url,
        "file": f"/documents/{doc.public_id}/file" if doc.blob_sha256 else None,
    }


@bp.route("/api/v1/documents/<public_id>")
def api_document(public_id: str):  # type: ignore[no-untyped-def]
    session = db_session()
    return jsonify(document_json(session, store.get_document(session, public_id, full=True)))


@bp.route("/api/v1/mechanisms")
def api_mechanisms():  # type: ignore[no-untyped-def]
    """The mechanism -> body taxonomy with labels."""
    tax = taxonomy.load()
    return jsonify({"mechanisms": [
        {"key": m.key, "label_en": m.label_en, "label_tr": m.label_tr,
         "bodies": [{"key": b.key, "label_en": b.label_en, "label_tr": b.label_tr,
                     "abbreviations": list(b.abbreviations)} for b in m.bodies]}
        for m in tax.mechanisms.values()]})


@bp.route("/api/v1/topics")
def api_topics():  # type: ignore[no-untyped-def]
    """The legal-topic thesaurus: labels, parents and related instruments."""
    tax = taxonomy.load()
    return jsonify({"topics": [
        {"key": t.key, "parent": t.parent, "labels": t.labels, "instruments": list(t.instruments)}
        for t in tax.topics.values()]})


@bp.route("/api/v1/facets")
def api_facets():  # type: ignore[no-untyped-def]
    """Facet counts for a search, without hits."""
    archive = get_archive()
    query = replace(query_from_args(request.args, archive.settings.page_size), page=1, page_size=1, snippets=False)
    result = search(archive.backend, query)
    data = result.to_dict()
    return jsonify({"total": data["total"], "relaxed": data["relaxed"], "facets": data["facets"]})


@bp.route("/api/openapi.json")
def openapi_json():  # type: ignore[no-untyped-def]
    return jsonify(openapi.spec())


@bp.route("/api/v1/documents/<public_id>/pages")
def api_pages(public_id: str):  # type: ignore[no-untyped-def]
    doc = store.get_document(db_session(), public_id)
    return jsonify({"id": doc.public_id, "pages": [{"number": p.number, "text": p.text,
                                                    "ocr_confidence": p.ocr_confidence} for p in doc.pages]})


@bp.route("/healthz")
def healthz():  # type: ignore[no-untyped-def]
    """Whether the database and the index answer: 200 or 503. Anonymous callers (load
    balancers, monitors) get only that; logged-in staff also get counts, which include
    restricted documents and so are not for the public."""
    from .auth import current_user

    archive = get_archive()
    out: dict[str, object] = {"ok": True}
    counts: dict[str, object] = {}
    try:
        session = db_session()
        session.execute(text("SELECT 1"))
        out["database"] = {"ok": True}
        rows = session.execute(select(Document.visibility, Document.index_state, func.count())
                               .where(Document.deleted_at.is_(None))
                               .group_by(Document.visibility, Document.index_state)).all()
        counts["documents"] = {"total": sum(n for _, _, n in rows)}
        for visibility, state, n in rows:
            by = counts["documents"]  # type: ignore[assignment]
            by[visibility] = by.get(visibility, 0) + n  # type: ignore[index, union-attr]
            by[f"index_{state}"] = by.get(f"index_{state}", 0) + n  # type: ignore[index, union-attr]
    except Exception as exc:  # report, never raise, from a health check
        out["ok"] = False
        out["database"] = {"ok": False, "error": type(exc).__name__}
    index = archive.backend.status()
    out["index"] = {"ok": bool(index["ok"]), "engine": archive.settings.search_backend}
    if not index["ok"]:
        out["ok"] = False
        out["index"]["error"] = "the search index is missing or unreadable"  # type: ignore[index]
    user = current_user() if out["database"].get("ok") else None  # type: ignore[attr-defined]
    if user is not None:
        out["index"].update({"error": index["error"], "entries": index["documents"]})  # type: ignore[attr-defined]
        out["index"].update({k: v for k, v in index.items() if k not in ("ok", "error", "documents")})  # type: ignore[attr-defined]
        out.update(counts)
        if out["database"].get("ok"):  # type: ignore[attr-defined]
            from archive.models import Job

            jobs = dict(db_session().execute(select(Job.status, func.count()).where(
                Job.status.in_(("queued", "running"))).group_by(Job.status)).all())  # type: ignore[arg-type]
            out["jobs"] = {"queued": jobs.get("queued", 0), "running": jobs.get("running", 0)}
    return jsonify(out), 200 if out["ok"] else 503
