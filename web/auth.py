"""Login, logout, roles and CSRF for the admin area.

The session cookie is Flask's signed cookie (HttpOnly, SameSite=Lax, Secure over HTTPS
or always with HRARCHIVE_COOKIE_SECURE=true) and holds the user id plus a token derived
from the password hash, so disabling a user or changing a password ends their sessions.
Every unsafe request (POST, PUT, PATCH, DELETE) anywhere in the app must carry the
session's CSRF token, in the form field `csrf_token` or the `X-CSRF-Token` header.
"""
from __future__ import annotations

import datetime as dt
import functools
import hmac
import secrets
from typing import Any, Callable
from urllib.parse import urlsplit

from flask import Blueprint, Flask, abort, g, redirect, render_template, request, session, url_for
from flask.sessions import SecureCookieSessionInterface

from archive import accounts
from archive.models import User

from . import db_session

bp = Blueprint("auth", __name__, url_prefix="/admin")
UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}


class SessionInterface(SecureCookieSessionInterface):
    """Secure cookies when the request came over HTTPS (or always, when configured)."""

    def get_cookie_secure(self, app: Flask) -> bool:
        setting = app.config.get("HRARCHIVE_COOKIE_SECURE", "auto")
        return setting == "true" or (setting == "auto" and request.is_secure)


def csrf_token() -> str:
    if "csrf" not in session:
        session["csrf"] = secrets.token_urlsafe(32)
    return str(session["csrf"])


def current_user() -> User | None:
    if "user" not in g:
        g.user = None
        uid = session.get("uid")
        if uid is not None:
            user = db_session().get(User, uid)
            if user is not None and user.is_active and hmac.compare_digest(
                    str(session.get("token", "")), accounts.session_token(user)):
                g.user = user
    return g.user  # type: ignore[no-any-return]


def login_required(role: str | None = None) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Anonymous: redirect to the login page. Wrong role: 403."""

    def decorate(view: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(view)
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            user = current_user()
            if user is None:
                if request.method in UNSAFE or request.path.endswith((".json", ".csv")):
                    abort(401, "log in first")
                return redirect(url_for("auth.login", next=request.full_path.rstrip("?")))
            if role is not None and user.role != role:
                abort(403, "this needs the admin role")
            return view(*args, **kwargs)

        wrapped.required_role = role or "editor"  # type: ignore[attr-defined]
        return wrapped

    return decorate


def _safe_next(target: str | None) -> str:
    """Only same-site paths: a login link cannot send people elsewhere."""
    if target and target.startswith("/") and not target.startswith("//") and not urlsplit(target).netloc \
            and "\\" not in target:
        return target
    return url_for("admin.dashboard")


def _address() -> str:
    return request.remote_addr or "unknown"


@bp.route("/login", methods=["GET", "POST"])
def login():  # type: ignore[no-untyped-def]
    error = None
    status = 200
    if request.method == "POST":
        s = db_session()
        email = request.form.get("email", "")[:254]
        password = request.form.get("password", "")[:1024]
        wait = accounts.login_blocked(s, email, _address())
        if wait is not None:
            minutes = max(1, int(wait.total_seconds() // 60) + 1)
            error, status = f"Too many failed logins. Try again in {minutes} minutes.", 429
        else:
            user = accounts.authenticate(s, email, password, _address())
            if user is None:
                accounts.audit(s, None, "login-failed", accounts.normalise_email(email), address=_address())
                s.commit()
                error, status = "Wrong email or password, or the account is disabled.", 401
            else:
                accounts.audit(s, user, "login", user.email, address=_address())
                s.commit()
                session.clear()  # a fresh session: no fixation
                session.permanent = True
                session["uid"], session["token"] = user.id, accounts.session_token(user)
                csrf_token()
                return redirect(_safe_next(request.args.get("next")))
    return render_template("admin/login.html", error=error, next=request.args.get("next", "")), status


@bp.route("/logout", methods=["POST"])
def logout():  # type: ignore[no-untyped-def]
    user = current_user()
    if user is not None:
        s = db_session()
        accounts.audit(s, user, "logout", user.email)
        s.commit()
    session.clear()
    return redirect(url_for("search.search_page"))


def register(app: Flask, cookie_secure: str, session_hours: int) -> None:
    app.session_interface = SessionInterface()
    app.config.update(HRARCHIVE_COOKIE_SECURE=cookie_secure, SESSION_COOKIE_HTTPONLY=True,
                      SESSION_COOKIE_SAMESITE="Lax", SESSION_COOKIE_NAME="hrarchive_session",
                      PERMANENT_SESSION_LIFETIME=dt.timedelta(hours=session_hours))

    @app.before_request
    def check_csrf() -> None:
        if request.method not in UNSAFE:
            return
        sent = request.headers.get("X-CSRF-Token") or request.form.get("csrf_token", "")
        expected = session.get("csrf")
        if not expected or not sent or not hmac.compare_digest(str(sent), str(expected)):
            abort(400, "the form has expired or did not come from this site (missing or wrong CSRF "
                       "token); reload the page and try again")

    @app.context_processor
    def auth_helpers() -> dict[str, Any]:
        return {"csrf_token": csrf_token, "current_user": current_user}

    app.register_blueprint(bp)
