"""Errors: JSON with one shape under /api, an HTML page elsewhere."""
from __future__ import annotations

import logging

from flask import Flask, jsonify, make_response, render_template, request
from sqlalchemy.exc import OperationalError
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge

from archive.errors import DocumentNotFound, IndexUnavailable, InvalidQuery, SearchTooLong

from .i18n import N_
from .i18n import gettext as _

log = logging.getLogger(__name__)


def wants_json() -> bool:
    return request.path.startswith("/api/") or request.path == "/healthz"


def error_response(message: str, status: int, hint: str | None = None, position: int | None = None):  # type: ignore[no-untyped-def]
    if wants_json():
        body: dict[str, object] = {"ok": False, "error": message, "status": status}
        if hint:
            body["hint"] = hint
        if position is not None:
            body["position"] = position
        return jsonify(body), status
    return render_template("error.html", message=message, hint=hint, status=status), status


# The interface's words for the HTTP errors a reader meets on a page (the error page
# shows them in the interface's language); an error's own description stays.
HTTP_MESSAGES = {
    400: N_("The request could not be understood."),
    403: N_("You are not allowed to see this page."),
    404: N_("There is no page at this address."),
    405: N_("This page cannot be used that way."),
    429: N_("Too many requests: please wait a moment and try again."),
}


def register(app: Flask) -> None:
    @app.errorhandler(InvalidQuery)
    def invalid_query(exc: InvalidQuery):  # type: ignore[no-untyped-def]
        msg = exc.message if exc.position is None else f"{exc.message} (at character {exc.position + 1})"
        return error_response(f"invalid query: {msg}", 400, exc.hint or None, exc.position)

    @app.errorhandler(DocumentNotFound)
    def not_found(exc: DocumentNotFound):  # type: ignore[no-untyped-def]
        return error_response("no such document", 404)

    @app.errorhandler(IndexUnavailable)
    def index_unavailable(exc: IndexUnavailable):  # type: ignore[no-untyped-def]
        log.error("search index unavailable: %s", exc)
        return error_response("search is temporarily unavailable; the administrators have been told", 503)

    @app.errorhandler(SearchTooLong)
    def search_too_long(exc: SearchTooLong):  # type: ignore[no-untyped-def]
        log.warning("search too long on %s: %s", request.full_path, exc)
        return error_response(_("the search took too long"), 503,
                              _("Search for fewer or more specific words, or add filters"))

    @app.errorhandler(RequestEntityTooLarge)
    def too_large(exc: RequestEntityTooLarge):  # type: ignore[no-untyped-def]
        limit = (app.config.get("MAX_CONTENT_LENGTH") or 0) // (1024 * 1024)
        return error_response(f"the upload is larger than the limit of {limit} MB; upload fewer files at once "
                              "or ask an administrator to raise HRARCHIVE_MAX_UPLOAD_MB", 413)

    @app.errorhandler(OperationalError)
    def database_busy(exc: OperationalError):  # type: ignore[no-untyped-def]
        # SQLite answers "database is locked" when another writer (a long import) holds
        # it past the busy timeout: a moment's wait, not a fault
        if "locked" in str(exc.orig).lower() or "busy" in str(exc.orig).lower():
            log.warning("database busy on %s: %s", request.path, exc.orig)
            response = make_response(error_response("the archive is busy writing; please try again in a few "
                                                    "seconds", 503))
            response.headers["Retry-After"] = "5"
            return response
        log.exception("database error on %s", request.path)
        return error_response("something went wrong on our side; please try again later", 500)

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException):  # type: ignore[no-untyped-def]
        message = exc.description or exc.name
        if message == type(exc).description and exc.code in HTTP_MESSAGES and not wants_json():
            message = HTTP_MESSAGES[exc.code]  # werkzeug's own words are English only
        return error_response(message, exc.code or 500)

    @app.errorhandler(Exception)
    def unexpected(exc: Exception):  # type: ignore[no-untyped-def]
        log.exception("unexpected error on %s", request.path)
        return error_response("something went wrong on our side; please try again later", 500)
