"""Flask application factory.

Flask is imported when an application is made: the `hrarchive` command lives in this
package, and its commands other than `serve` do not need it.
"""
from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING, Any

from archive.context import Archive
from archive.settings import Settings

if TYPE_CHECKING:
    from flask import Flask

log = logging.getLogger(__name__)


def create_app(settings: Settings | None = None, **config: Any) -> Flask:
    """Build the web application for `settings` (default: from HRARCHIVE_* variables)."""
    from flask import Flask, g, request

    settings = (settings or Settings.from_env()).with_secret_key()
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=settings.secret_key,
        MAX_CONTENT_LENGTH=settings.max_upload_mb * 1024 * 1024,
        SEND_FILE_MAX_AGE_DEFAULT=3600,
    )
    app.config.update(config)
    app.json.sort_keys = False  # keep the documented key order of API responses
    from archive.db import WEB_BUSY_SECONDS

    archive = Archive.open(settings, busy_seconds=WEB_BUSY_SECONDS)
    app.extensions["hrarchive"] = archive
    if settings.web_worker == "true":
        # the embedded set-up: this process does the jobs it queues (and those a
        # restart left behind); with HRARCHIVE_WEB_WORKER=false, `hrarchive worker` does
        from ingest.jobs import JobWorker

        worker = JobWorker(archive)
        worker.start_thread()
        archive.on_close.append(worker.stop)
    if settings.trusted_proxies:
        # behind N reverse proxies: the client's address, scheme and host come from
        # their X-Forwarded-* headers (login limits per address, Secure cookies)
        from werkzeug.middleware.proxy_fix import ProxyFix

        n = settings.trusted_proxies
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=n, x_proto=n, x_host=n)  # type: ignore[method-assign]

    @app.teardown_appcontext
    def close_session(_exc: BaseException | None) -> None:
        session = g.pop("db_session", None)
        if session is not None:
            session.close()

    @app.before_request
    def start_timer() -> None:
        g.started = time.perf_counter()

    @app.context_processor
    def template_helpers() -> dict[str, Any]:
        from . import i18n
        from .params import url_args
        from .search import value_label

        return {"_": i18n.gettext, "lang": i18n.current_language(), "format_date": i18n.format_date,
                "format_number": i18n.format_number, "state_label": i18n.state_label,
                "outcome_hint": i18n.outcome_hint, "value_label": value_label, "url_args": url_args, "languages": i18n.LANGUAGES}

    @app.after_request
    def remember_language(response):  # type: ignore[no-untyped-def]
        from . import i18n

        chosen = request.args.get("lang")
        if chosen in i18n.LANGUAGES and request.cookies.get(i18n.COOKIE) != chosen:
            response.set_cookie(i18n.COOKIE, chosen, max_age=365 * 86400, samesite="Lax", httponly=True,
                                secure=request.is_secure)
        response.vary.add("Cookie")
        response.vary.add("Accept-Language")
        if "started" in g:
            # server time per page, visible in the browser's network panel
            response.headers["Server-Timing"] = f"app;dur={(time.perf_counter() - g.started) * 1000:.1f}"
        return response

    @app.after_request
    def security_headers(response):  # type: ignore[no-untyped-def]
        response.headers.setdefault(
            "Content-Security-Policy",
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            "frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
        )
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        response.headers.setdefault("X-Frame-Options", "DENY")
        return response

    from . import admin, api, auth, browse, documents, errors, export, feeds, i18n, search

    i18n.init_app(app)

    auth.register(app, settings.cookie_secure, settings.session_hours)
    app.register_blueprint(admin.bp)
    app.register_blueprint(search.bp)
    app.register_blueprint(documents.bp)
    app.register_blueprint(browse.bp)
    app.register_blueprint(feeds.bp)
    app.register_blueprint(export.bp)
    app.register_blueprint(api.bp)
    errors.register(app)
    return app


def absolute_url(path: str) -> str:
    """`path` (starting with /) as an absolute URL: under HRARCHIVE_BASE_URL when set,
    else under the address the request came to (which a client chooses: its Host
    header, unless a trusted proxy sets it)."""
    from flask import request

    base = get_archive().settings.base_url.rstrip("/") or request.url_root.rstrip("/")
    return base + path


def get_archive() -> Archive:
    from flask import current_app

    return current_app.extensions["hrarchive"]  # type: ignore[no-any-return]


def db_session():  # type: ignore[no-untyped-def]
    """One database session per request, closed on app-context teardown."""
    from flask import g

    if "db_session" not in g:
        g.db_session = get_archive().db.session()
    return g.db_session
