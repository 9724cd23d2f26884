"""Login, logout, roles and CSRF for the admin area.

The session cookie is Flask's signed cookie (HttpOnly, SameSite=Lax, Secure over HTTPS
or always with HRARCHIVE_COOKIE_SECURE=true). It holds the token of a server-side
session (archive.accounts.UserSession) and the CSRF token: logging out, "log out
everywhere", disabling a user and changing a password revoke sessions in the database,
so a copied cookie stops working then, and at the session's absolute expiry whatever it
is used for. Every unsafe request (POST, PUT, PATCH, DELETE) anywhere in the app must
carry the session's CSRF token, in the form field `csrf_token` or the `X-CSRF-Token`
header.

After a successful login the browser gets a "known device" cookie for that account (an
HMAC of the address with the secret key): failed attempts by others slow down further
attempts on the account, but not from a browser its owner logged in from before.
"""
from __future__ import annotations

import datetime as dt
import functools
import hmac
import secrets
from typing import Any, Callable
from urllib.parse import urlsplit

from flask import Blueprint, Flask, abort, current_app, g, redirect, render_template, request, session, url_for
from flask.sessions import SecureCookieSessionInterface

from archive import accounts
from archive.models import User

from . import db_session
from .i18n import gettext as _

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


DEVICE_COOKIE = "hrarchive_device"
DEVICE_DAYS = 180


def current_user() -> User | None:
    if "user" not in g:
        g.user = accounts.session_user(db_session(), session.get("sid"))
    return g.user  # type: ignore[no-any-return]


def _device_token(email: str) -> str:
    key = str(current_app.config["SECRET_KEY"]).encode()
    return hmac.new(key, f"device:{accounts.normalise_email(email)}".encode(), "sha256").hexdigest()


def _known_device(email: str) -> bool:
    sent = request.cookies.get(DEVICE_COOKIE, "")
    return bool(sent) and hmac.compare_digest(sent, _device_token(email))


def login_required(role: str | None = None) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Anonymous: redirect to the login page. Wrong role: 403."""

    def decorate(view: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(view)
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            user = current_user()
            if user is None:
                if request.method in UNSAFE or request.path.endswith((".json", ".csv")):
                    abort(401, _("log in first"))
                return redirect(url_for("auth.login", next=request.full_path.rstrip("?")))
            if role is not None and user.role != role:
                abort(403, _("this needs the admin role"))
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
        user, wait = accounts.attempt_login(s, email, password, _address(), _known_device(email))
        if wait is not None:
            seconds = max(1, int(wait.total_seconds()) + 1)
            error, status = f"Too many failed logins. Try again in {_duration(seconds)}.", 429
        elif user is None:
            accounts.audit(s, None, "login-failed", accounts.normalise_email(email), address=_address(), via="web")
            s.commit()
            error, status = "Wrong email or password, or the account is disabled.", 401
        else:
            accounts.audit(s, user, "login", user.email, address=_address(), via="web")
            session.clear()  # a fresh session: no fixation
            session.permanent = True
            session["sid"] = accounts.open_session(s, user, current_app.permanent_session_lifetime, _address())
            s.commit()
            csrf_token()
            response = redirect(_safe_next(request.args.get("next")))
            response.set_cookie(DEVICE_COOKIE, _device_token(user.email), max_age=DEVICE_DAYS * 86400,
                                path="/admin", httponly=True, samesite="Lax",
                                secure=current_app.session_interface.get_cookie_secure(current_app))
            return response
    return render_template("admin/login.html", error=error, next=request.args.get("next", "")), status


def _duration(seconds: int) -> str:
    return f"{seconds} seconds" if seconds < 120 else f"{seconds // 60 + 1} minutes"


@bp.route("/logout", methods=["POST"])
def logout():  # type: ignore[no-untyped-def]
    user = current_user()
    s = db_session()
    if user is not None:
        accounts.audit(s, user, "logout", user.email, via="web")
    accounts.end_session(s, session.get("sid"))
    s.commit()
    session.clear()
    return redirect(url_for("search.search_page"))


@bp.route("/logout-everywhere", methods=["POST"])
@login_required()
def logout_everywhere():  # type: ignore[no-untyped-def]
    """End every session of the logged-in user, on every device."""
    user = current_user()
    assert user is not None
    s = db_session()
    ended = accounts.end_all_sessions(s, user)
    accounts.audit(s, user, "logout-everywhere", user.email, sessions=ended, via="web")
    s.commit()
    session.clear()
    return redirect(url_for("auth.login"))


def register(app: Flask, cookie_secure: str, session_hours: int) -> None:
    app.session_interface = SessionInterface()
    app.config.update(HRARCHIVE_COOKIE_SECURE=cookie_secure, SESSION_COOKIE_HTTPONLY=True,
                      SESSION_COOKIE_SAMESITE="Lax", SESSION_COOKIE_NAME="hrarchive_session",
                      PERMANENT_SESSION_LIFETIME=dt.timedelta(hours=session_hours),
                      # the cookie's expiry does not move with use: the session's end is absolute
                      SESSION_REFRESH_EACH_REQUEST=False)

    @app.before_request
    def check_csrf() -> None:
        if request.method not in UNSAFE:
            return
        sent = request.headers.get("X-CSRF-Token") or request.form.get("csrf_token", "")
        expected = session.get("csrf")
        if not expected or not sent or not hmac.compare_digest(str(sent), str(expected)):
            abort(400, _("the form has expired or did not come from this site (missing or wrong CSRF "
                         "token); reload the page and try again"))

    @app.context_processor
    def auth_helpers() -> dict[str, Any]:
        return {"csrf_token": csrf_token, "current_user": current_user}

    app.register_blueprint(bp)
