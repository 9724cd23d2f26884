"""The admin area: uploads, runs, documents, users and the audit log.

The only web module that calls `ingest`: uploads and retries are queued as jobs
(ingest.jobs) for workers to do, so the request returns at once, the work survives a
restart of the web process, and the run page shows progress and which worker has it.
"""
from __future__ import annotations

import datetime as dt
import io
import logging
import os
import re
import secrets
from pathlib import Path
from typing import Any

from flask import Blueprint, Response, abort, flash, jsonify, redirect, render_template, request, url_for
from sqlalchemy import func, or_, select

from archive import accounts, store, taxonomy
from archive.indexing import index_documents
from archive.models import (OUTCOMES, ROLES, VISIBILITIES, AuditEvent, Document, IngestItem, IngestRun, Job,
                            Source, User, utcnow)
from archive.settings import OCR_LANGUAGES
from ingest.extract import ocr
from ingest.jobs import enqueue
from ingest.metadata import BodyOfAnotherMechanism, Defaults, resolve_defaults

from . import db_session, get_archive
from .auth import current_user, login_required
from .documents import original_response
from .editing import FIELD_LABELS, apply_edit, body_mismatch, current_values
from .i18n import N_
from .i18n import gettext as _
from .i18n import state_label

log = logging.getLogger(__name__)
bp = Blueprint("admin", __name__, url_prefix="/admin")
PAGE = 50
UPLOAD_SUFFIXES = (".pdf", ".docx", ".html", ".htm", ".txt", ".text", ".md", ".zip")


def _audit(action: str, target: str | None = None, **details: Any) -> None:
    accounts.audit(db_session(), current_user(), action, target, via="web", **details)


def safe_file_name(name: str) -> str:
    """An uploaded file's own name, without directories or control characters."""
    name = re.split(r"[\\/]", name or "")[-1]
    name = "".join(ch for ch in name if ch.isprintable()).strip().lstrip(".")
    return name[:200] or "upload"


# ---------------------------------------------------------------- background work
# Uploads and retries become jobs (ingest.jobs): the web process only queues them, and
# workers (`hrarchive worker`, or the thread of `hrarchive serve`) do them.

def _import_job(opts: Any, paths: list[Path]) -> dict[str, Any]:
    """The params of an import job doing what `opts` says over `paths`."""
    return {"paths": [str(p) for p in paths], "sheet_path": str(opts.sheet_path) if opts.sheet_path else None,
            "mechanism": opts.mechanism, "body": opts.body, "doc_type": opts.doc_type, "language": opts.language,
            "visibility": opts.visibility, "run_kind": opts.run_kind, "user_id": opts.user_id,
            "only": sorted(opts.only)}


def _import_defaults(form: dict[str, str]) -> Defaults:
    """The form's mechanism, body, type and language, checked and spelled as the sheet's are."""
    return resolve_defaults(form.get("mechanism"), form.get("body"), form.get("doc_type"), form.get("language"))


def _import_options(form: dict[str, str], **kw: Any) -> Any:
    from ingest.importer import ImportOptions

    settings = get_archive().settings
    return ImportOptions(**_import_defaults(form), visibility=form.get("visibility", "public"),
                         workers=min(settings.workers, 2),
                         timeout=settings.extract_timeout, memory_mb=settings.extract_memory_mb,
                         ocr=ocr.from_settings(settings), **kw)


# ---------------------------------------------------------------------- pages

@bp.route("/")
@login_required()
def dashboard():  # type: ignore[no-untyped-def]
    s = db_session()
    counts = dict(s.execute(select(Document.visibility, func.count()).where(Document.deleted_at.is_(None))
                            .group_by(Document.visibility)).all())
    deleted = s.scalar(select(func.count()).where(Document.deleted_at.is_not(None)))
    runs = s.scalars(select(IngestRun).order_by(IngestRun.id.desc()).limit(5)).all()
    return render_template("admin/dashboard.html", counts=counts, deleted=deleted, runs=runs)


@bp.route("/upload", methods=["GET", "POST"])
@login_required()
def upload():  # type: ignore[no-untyped-def]
    from ingest.errors import MetadataSheetError
    from ingest.metadata import read_sheet

    tax = taxonomy.load()
    if request.method == "GET":
        return render_template("admin/upload.html", taxonomy=tax, visibilities=VISIBILITIES, form={})
    form = request.form.to_dict()
    files = [f for f in request.files.getlist("files") if f and f.filename]
    errors = []
    if not files:
        errors.append(_("Choose at least one file (PDF, DOCX, HTML, text or a zip of them)."))
    if form.get("visibility", "public") not in VISIBILITIES:
        errors.append(_("Visibility must be public or restricted."))
    try:
        _import_defaults(form)
    except ValueError as exc:
        if isinstance(exc.__cause__, BodyOfAnotherMechanism):  # said as the edit form says it
            m = exc.__cause__
            errors.append(_("Default body: %(reason)s.", reason=body_mismatch(m.body, m.mechanism, m.chosen)))
        else:
            errors.append(_("Default %(reason)s.", reason=exc))
    settings = get_archive().settings
    token = secrets.token_hex(8)
    staging = settings.data_dir / "uploads" / token
    sheet_rows: dict[str, Any] = {}
    sheet_path = None
    sheet = request.files.get("metadata")
    if not errors and sheet and sheet.filename:
        sheet_path = settings.data_dir / "uploads" / f"{token}.csv"
        sheet_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        sheet.save(sheet_path)
        os.chmod(sheet_path, 0o600)
        try:
            sheet_rows = read_sheet(sheet_path)
        except MetadataSheetError as exc:
            errors.append(_("Metadata sheet: %(reason)s", reason=exc))
    if errors:
        return render_template("admin/upload.html", taxonomy=tax, visibilities=VISIBILITIES, form=form,
                               errors=errors), 400
    staging.mkdir(parents=True)
    names: list[str] = []
    for f in files:
        name = safe_file_name(f.filename or "")
        stem, dot, suffix = name.rpartition(".")
        n = 2
        while name in names:  # two files with one name: keep both
            name = f"{stem}-{n}.{suffix}" if dot else f"{suffix}-{n}"
            n += 1
        f.save(staging / name)
        names.append(name)
    opts = _import_options(form, sheet=sheet_rows, sheet_path=sheet_path, run_kind="upload",
                           user_id=current_user().id)  # type: ignore[union-attr]
    s = db_session()
    run = IngestRun(kind="upload", status="running", user_id=opts.user_id, fingerprint=opts.fingerprint([staging]),
                    params={"paths": [str(staging)], "files": names, "sheet": str(sheet_path or ""),
                            "mechanism": opts.mechanism, "body": opts.body, "type": opts.doc_type,
                            "language": opts.language, "visibility": opts.visibility})
    s.add(run)
    s.flush()
    opts.run_id = run.id
    _audit("upload", f"run {run.id}", files=names, defaults={k: form.get(k) for k in
                                                             ("mechanism", "body", "doc_type", "language",
                                                              "visibility")})
    enqueue(s, "import", _import_job(opts, [staging]), run.id)
    s.commit()
    return redirect(url_for("admin.run_page", run_id=run.id))


@bp.route("/runs")
@login_required()
def runs():  # type: ignore[no-untyped-def]
    s = db_session()
    page = max(1, request.args.get("page", 1, type=int))
    kind = request.args.get("kind")
    stmt = select(IngestRun).order_by(IngestRun.id.desc())
    if kind:
        stmt = stmt.where(IngestRun.kind == kind)
    rows = s.scalars(stmt.offset((page - 1) * PAGE).limit(PAGE + 1)).all()
    sources = dict(s.execute(select(Source.id, Source.name)).all())
    users = dict(s.execute(select(User.id, User.email)).all())
    return render_template("admin/runs.html", runs=rows[:PAGE], has_more=len(rows) > PAGE, page=page,
                           kind=kind, sources=sources, users=users)


def _run_or_404(run_id: int) -> IngestRun:
    run = db_session().get(IngestRun, run_id)
    if run is None:
        abort(404, _("no such run"))
    return run


def _progress(run: IngestRun) -> dict[str, Any]:
    s = db_session()
    total = s.scalar(select(func.count()).where(IngestItem.run_id == run.id)) or 0
    rows = s.execute(select(IngestItem.outcome, func.count()).where(IngestItem.run_id == run.id,
                                                                   IngestItem.done.is_(True))
                     .group_by(IngestItem.outcome)).all()
    counts = {o or "interrupted": n for o, n in rows}
    job = s.scalars(select(Job).where(Job.run_id == run.id).order_by(Job.id.desc()).limit(1)).first()
    return {"id": run.id, "status": run.status, "total": total, "done": sum(counts.values()),
            "counts": counts, "error": run.error,
            # the status and outcomes as the page shows them, in the interface language
            "labels": {code: state_label(code) for code in (run.status, *counts)},
            # which worker has the run's job (runs started on the command line have none)
            "job": None if job is None else {
                "id": job.id, "status": job.status, "worker": job.worker, "attempts": job.attempts,
                "heartbeat_at": job.heartbeat_at.isoformat(timespec="seconds") + "Z" if job.heartbeat_at else None}}


@bp.route("/runs/<int:run_id>")
@login_required()
def run_page(run_id: int):  # type: ignore[no-untyped-def]
    from ingest.reports import run_rows

    run = _run_or_404(run_id)
    outcome = request.args.get("outcome") or None
    if outcome and outcome not in (*OUTCOMES, "interrupted"):
        abort(400, _("unknown outcome"))
    rows = list(run_rows(db_session(), run.id, outcome))
    retryable = any(r.outcome in ("failed", "interrupted") for r in run_rows(db_session(), run.id))
    return render_template("admin/run.html", run=run, rows=rows, outcome=outcome, progress=_progress(run),
                           outcomes=[*OUTCOMES, "interrupted"], retryable=retryable and run.status != "running")


@bp.route("/runs/<int:run_id>/status.json")
@login_required()
def run_status(run_id: int):  # type: ignore[no-untyped-def]
    return jsonify(_progress(_run_or_404(run_id)))


@bp.route("/runs/<int:run_id>/report.csv")
@login_required()
def run_report(run_id: int):  # type: ignore[no-untyped-def]
    from ingest.reports import write_report

    run = _run_or_404(run_id)
    out = io.StringIO()
    write_report(db_session(), run.id, out)
    return Response(out.getvalue(), mimetype="text/csv",
                    headers={"Content-Disposition": f"attachment; filename=run-{run.id}.csv"})


@bp.route("/runs/<int:run_id>/retry", methods=["POST"])
@login_required()
def retry_run(run_id: int):  # type: ignore[no-untyped-def]
    from ingest.reports import run_rows

    run = _run_or_404(run_id)
    if run.status == "running":
        abort(409, _("the run is still going; retry when it has finished"))
    s = db_session()
    locators = [r.path for r in run_rows(s, run.id) if r.outcome in ("failed", "interrupted")]
    if not locators:
        flash(_("Nothing to retry: no item of this run failed."))
        return redirect(url_for("admin.run_page", run_id=run.id))
    user = current_user()
    params = dict(run.params or {})
    if run.kind == "pipeline" or run.source_id is not None:
        from ingest.errors import SourcesFileError
        from ingest.sources import load_sources

        try:
            source = load_sources(get_archive().settings.sources_file).named([params.get("source", "")])[0]
        except SourcesFileError as exc:
            abort(409, _("cannot retry: %(reason)s", reason=exc))
        new = IngestRun(kind="pipeline", source_id=run.source_id, status="running", user_id=user.id,  # type: ignore[union-attr]
                        params={**params, "retry_of": run.id})
        s.add(new)
        s.flush()
        for url in locators:
            s.add(IngestItem(run_id=new.id, locator=url, done=False))
        _audit("retry", f"run {run.id}", new_run=new.id, items=len(locators))
        enqueue(s, "pipeline", {"source": source.name, "urls": locators}, new.id)
        s.commit()
        return redirect(url_for("admin.run_page", run_id=new.id))
    paths = [Path(p) for p in params.get("paths", [])]
    if not paths or not all(p.exists() for p in paths):
        abort(409, _("cannot retry: the run's files are no longer where they were imported from"))
    from ingest.errors import MetadataSheetError
    from ingest.metadata import read_sheet

    sheet_path = Path(params["sheet"]) if params.get("sheet") else None
    form = {"mechanism": params.get("mechanism") or "", "body": params.get("body") or "",
            "doc_type": params.get("type") or "", "language": params.get("language") or "",
            "visibility": params.get("visibility") or "public"}
    try:
        opts = _import_options(form, sheet=read_sheet(sheet_path) if sheet_path and sheet_path.exists() else {},
                               sheet_path=sheet_path if sheet_path and sheet_path.exists() else None,
                               run_kind="retry", user_id=user.id, only=frozenset(locators))  # type: ignore[union-attr]
    except (ValueError, MetadataSheetError) as exc:  # the taxonomy changed since the run
        abort(409, _("cannot retry: the run's metadata no longer passes the checks (%(reason)s)", reason=exc))
    new = IngestRun(kind="retry", status="running", user_id=user.id, fingerprint=opts.fingerprint(paths),  # type: ignore[union-attr]
                    params={**params, "retry_of": run.id})
    s.add(new)
    s.flush()
    _audit("retry", f"run {run.id}", new_run=new.id, items=len(locators))
    enqueue(s, "import", _import_job(opts, paths), new.id)
    s.commit()
    return redirect(url_for("admin.run_page", run_id=new.id))


# ------------------------------------------------------------------ documents

def _doc_or_404(public_id: str) -> Document:
    doc = db_session().scalars(select(Document).where(Document.public_id == public_id)).first()
    if doc is None:
        abort(404, _("no such document"))
    return doc


def _reindex(doc: Document) -> None:
    s = db_session()
    archive = get_archive()
    if doc.deleted_at is not None:
        try:
            archive.backend.delete([doc.public_id])
        except Exception:  # `index check --repair` removes it later
            log.exception("removing %s from the index failed", doc.public_id)
        return
    index_documents(s, archive.backend, [doc.id])


@bp.route("/documents")
@login_required()
def documents():  # type: ignore[no-untyped-def]
    s = db_session()
    q = request.args.get("q", "").strip()
    visibility = request.args.get("visibility") or None
    state = request.args.get("state", "live")
    page = max(1, request.args.get("page", 1, type=int))
    stmt = select(Document).order_by(Document.updated_at.desc(), Document.id.desc())
    if q:
        like = f"%{q}%"
        stmt = stmt.where(or_(Document.title.ilike(like), Document.public_id == q, Document.symbol.ilike(like)))
    if visibility in VISIBILITIES:
        stmt = stmt.where(Document.visibility == visibility)
    stmt = stmt.where(Document.deleted_at.is_not(None) if state == "deleted" else Document.deleted_at.is_(None))
    rows = s.scalars(stmt.offset((page - 1) * PAGE).limit(PAGE + 1)).all()
    return render_template("admin/documents.html", docs=rows[:PAGE], has_more=len(rows) > PAGE, page=page, q=q,
                           visibility=visibility, state=state)


@bp.route("/documents/<public_id>", methods=["GET", "POST"])
@login_required()
def edit_document(public_id: str):  # type: ignore[no-untyped-def]
    doc = _doc_or_404(public_id)
    tax = taxonomy.load()
    if request.method == "POST":
        if doc.deleted_at is not None:
            abort(409, _("restore the document before editing it"))
        edit = apply_edit(db_session(), doc, request.form.to_dict())
        if edit.errors:
            db_session().rollback()
            return render_template("admin/document.html", doc=doc, values=request.form.to_dict(),
                                   errors=edit.errors, taxonomy=tax, visibilities=VISIBILITIES,
                                   field_labels=FIELD_LABELS), 400
        if edit.changes:
            _audit("edit", doc.public_id, changes=edit.changes)
            db_session().commit()
            _reindex(doc)
            flash(_("Saved: %(fields)s.") % {"fields": ", ".join(_(FIELD_LABELS.get(f, f)) for f in edit.changes)})
        else:
            flash(_("Nothing changed."))
        return redirect(url_for("admin.edit_document", public_id=doc.public_id))
    return render_template("admin/document.html", doc=doc, values=current_values(doc), errors={}, taxonomy=tax,
                           field_labels=FIELD_LABELS, visibilities=VISIBILITIES, ocr_status=_ocr_status(doc))


def _ocr_status(doc: Document) -> dict[str, Any]:
    """What the admin page says of OCR: pages read by it, their mean confidence, the
    last attempt, whether one is running, and whether OCR can run here."""
    read = [p.ocr_confidence for p in doc.pages if p.ocr_confidence is not None]
    return {"pdf": doc.blob is not None and doc.blob.media_type == "application/pdf",
            "pages": len(read), "of": len(doc.pages),
            "confidence": round(sum(read) / len(read)) if read else None,
            "last": (doc.extra or {}).get("ocr"), "running": _ocr_job_active(doc.id),
            "unavailable": ocr.unavailable_reason(get_archive().settings.ocr_languages)}


@bp.route("/documents/<public_id>/file")
@login_required()
def document_file(public_id: str):  # type: ignore[no-untyped-def]
    """The original of any document (restricted and deleted ones too), for staff only."""
    doc = _doc_or_404(public_id)
    if not doc.blob_sha256 or doc.blob is None:
        abort(404, _("this document has no original file"))
    return original_response(doc, get_archive().blobs.path_for(doc.blob_sha256),
                             download=request.args.get("download") == "1", staff=True)


def _set_deleted(public_id: str, deleted: bool, message: str):  # type: ignore[no-untyped-def]
    doc = _doc_or_404(public_id)
    if (doc.deleted_at is not None) != deleted:
        doc.deleted_at = utcnow() if deleted else None
        store.touch(doc)
        _audit("delete" if deleted else "restore", doc.public_id, before={"deleted": not deleted},
               after={"deleted": deleted})
        db_session().commit()
        _reindex(doc)
        flash(_(message))
    return redirect(url_for("admin.edit_document", public_id=doc.public_id))


@bp.route("/documents/<public_id>/delete", methods=["POST"])
@login_required()
def delete_document(public_id: str):  # type: ignore[no-untyped-def]
    if request.form.get("confirm") != "1":  # the form's "Yes, delete it" box: one click never deletes
        abort(400, _("to delete, tick \"Yes, delete this document\" and press Delete again"))
    return _set_deleted(public_id, True, N_("Deleted. It is hidden everywhere and can be restored from the "
                                            "deleted documents list."))


@bp.route("/documents/<public_id>/restore", methods=["POST"])
@login_required()
def restore_document(public_id: str):  # type: ignore[no-untyped-def]
    return _set_deleted(public_id, False, N_("Restored."))


@bp.route("/documents/<public_id>/replace", methods=["POST"])
@login_required()
def replace_file(public_id: str):  # type: ignore[no-untyped-def]
    from ingest.replace import replace_original

    doc = _doc_or_404(public_id)
    upload = request.files.get("file")
    if upload is None or not upload.filename:
        abort(400, _("choose the new file"))
    archive = get_archive()
    s = db_session()
    old = doc.blob_sha256
    try:
        replace_original(s, archive, doc, upload.read(), safe_file_name(upload.filename))
    except ValueError as exc:
        s.rollback()
        abort(400, str(exc))
    _audit("replace-file", doc.public_id, before={"sha256": old}, after={"sha256": doc.blob_sha256})
    s.commit()
    _reindex(doc)
    flash(_("The original was replaced; the previous one is kept as an earlier version."))
    return redirect(url_for("admin.edit_document", public_id=doc.public_id))


def _ocr_job_active(doc_id: int) -> bool:
    """Whether a queued or running job reads document `doc_id` by OCR."""
    active = db_session().scalars(select(Job.params).where(Job.kind == "ocr", Job.status.in_(("queued", "running"))))
    return any(p.get("document_id") == doc_id for p in active)


@bp.route("/documents/<public_id>/ocr", methods=["POST"])
@login_required()
def ocr_document(public_id: str):  # type: ignore[no-untyped-def]
    """Queue a scanned PDF for OCR (in the background; the page shows when it is done)."""
    doc = _doc_or_404(public_id)
    if doc.deleted_at is not None or doc.blob is None or doc.blob.media_type != "application/pdf":
        abort(400, _("only a PDF that is not deleted can be read by OCR"))
    languages = (request.form.get("languages") or "").strip() or None
    if languages and not OCR_LANGUAGES.fullmatch(languages):
        abort(400, _("languages must be tesseract codes joined by +, such as tur+eng"))
    reason = ocr.unavailable_reason(languages or get_archive().settings.ocr_languages)
    if reason:
        abort(503, reason)
    if not _ocr_job_active(doc.id):
        _audit("ocr", doc.public_id, languages=languages)
        enqueue(db_session(), "ocr", {"document_id": doc.id, "languages": languages})
        db_session().commit()
    flash(_("OCR has started; this page shows the result when it is done."))
    return redirect(url_for("admin.edit_document", public_id=public_id))


# ---------------------------------------------------------------- users, audit

@bp.route("/users", methods=["GET", "POST"])
@login_required("admin")
def users():  # type: ignore[no-untyped-def]
    s = db_session()
    error = None
    if request.method == "POST":
        try:
            user = accounts.add_user(s, request.form.get("email", ""), request.form.get("password", ""),
                                     request.form.get("role", "editor"))
        except accounts.AccountError as exc:
            s.rollback()
            error = str(exc)
        else:
            _audit("user-add", user.email, after={"role": user.role})
            s.commit()
            flash(_("Added %(email)s (%(role)s).") % {"email": user.email, "role": user.role})
            return redirect(url_for("admin.users"))
    rows = s.scalars(select(User).order_by(User.email)).all()
    return render_template("admin/users.html", users=rows, roles=ROLES, error=error), 400 if error else 200


@bp.route("/users/<int:user_id>/<any(disable, enable):action>", methods=["POST"])
@login_required("admin")
def set_user_active(user_id: int, action: str):  # type: ignore[no-untyped-def]
    s = db_session()
    user = s.get(User, user_id)
    if user is None:
        abort(404, _("no such user"))
    if user.id == current_user().id and action == "disable":  # type: ignore[union-attr]
        abort(409, _("you cannot disable yourself"))
    before = user.is_active
    user.is_active = action == "enable"
    if not user.is_active:
        accounts.end_all_sessions(s, user)  # re-enabling does not bring old sessions back
    _audit(f"user-{action}", user.email, before={"active": before}, after={"active": user.is_active})
    s.commit()
    return redirect(url_for("admin.users"))


@bp.route("/audit")
@login_required("admin")
def audit_log():  # type: ignore[no-untyped-def]
    """The audit log, newest first, filtered by who (part of an e-mail address), action
    and day (`since`, `until`: YYYY-MM-DD, UTC)."""
    s = db_session()
    page = max(1, request.args.get("page", 1, type=int))
    who, action = request.args.get("who", "").strip(), request.args.get("action", "").strip()
    stmt = select(AuditEvent).order_by(AuditEvent.id.desc())
    if who:
        stmt = stmt.join(User, User.id == AuditEvent.user_id).where(func.lower(User.email).contains(who.lower()))
    if action:
        stmt = stmt.where(AuditEvent.action == action)
    for name, compare in (("since", AuditEvent.at.__ge__), ("until", AuditEvent.at.__lt__)):
        raw = request.args.get(name, "").strip()
        if raw:
            try:
                day = dt.datetime.combine(dt.date.fromisoformat(raw), dt.time())
            except ValueError:
                abort(400, _("%(name)s must be a date written YYYY-MM-DD", name=name))
            stmt = stmt.where(compare(day + dt.timedelta(days=1) if name == "until" else day))
    rows = s.scalars(stmt.offset((page - 1) * PAGE).limit(PAGE + 1)).all()
    actions = s.scalars(select(AuditEvent.action).distinct().order_by(AuditEvent.action)).all()
    return render_template("admin/audit.html", events=rows[:PAGE], has_more=len(rows) > PAGE, page=page,
                           actions=actions, args=request.args, changes=audit_changes)


def audit_changes(details: dict[str, Any]) -> tuple[list[tuple[str, Any, Any]], dict[str, Any]]:
    """An event's details as (field, before, after) rows and the other details."""
    details = {k: v for k, v in (details or {}).items() if k not in ("by", "via")}
    rows = [(name, c.get("before"), c.get("after")) for name, c in (details.pop("changes", None) or {}).items()
            if isinstance(c, dict)]
    before, after = details.pop("before", None), details.pop("after", None)
    if isinstance(before, dict) or isinstance(after, dict):
        before, after = before or {}, after or {}
        rows += [(name, before.get(name), after.get(name)) for name in dict.fromkeys([*before, *after])]
    return rows, details
