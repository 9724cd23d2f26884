"""Users, passwords, login rate limits and the audit log (no Flask here).

Passwords are hashed with scrypt (RFC 7914; memory-hard) from the standard library:
`scrypt$N$r$p$salt$hash`, salt and hash in base64, compared in constant time.
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import re
import secrets
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from .errors import ArchiveError
from .models import ROLES, AuditEvent, LoginFailure, User, utcnow

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2 ** 15, 8, 1
MIN_PASSWORD = 12
# Failed logins allowed within the window, per account and per address.
ACCOUNT_LIMIT, ADDRESS_LIMIT = 5, 20
WINDOW = dt.timedelta(minutes=15)
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class AccountError(ArchiveError):
    """A user cannot be created or changed as asked; the message says why."""


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P,
                            maxmem=128 * 1024 * 1024, dklen=32)
    b64 = base64.b64encode
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${b64(salt).decode()}${b64(digest).decode()}"


def verify_password(stored: str, password: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        got = hashlib.scrypt(password.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p),
                             maxmem=128 * 1024 * 1024, dklen=len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, expected)


# A hash to compare against when the account does not exist, so timing does not tell.
_DUMMY_HASH: str | None = None


def _dummy_hash() -> str:
    global _DUMMY_HASH
    if _DUMMY_HASH is None:
        _DUMMY_HASH = hash_password(secrets.token_urlsafe(16))
    return _DUMMY_HASH


def normalise_email(email: str) -> str:
    return email.strip().lower()


def check_password_strength(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"the password must have at least {MIN_PASSWORD} characters")


def add_user(session: Session, email: str, password: str, role: str) -> User:
    """Create an active user. Raises AccountError for a bad email, role or password, or a taken email."""
    email = normalise_email(email)
    if not EMAIL.match(email):
        raise AccountError(f"{email!r} is not an email address")
    if role not in ROLES:
        raise AccountError(f"the role must be one of {', '.join(ROLES)}")
    check_password_strength(password)
    if session.scalars(select(User).where(User.email == email)).first() is not None:
        raise AccountError(f"there is already a user {email}")
    user = User(email=email, password_hash=hash_password(password), role=role, is_active=True)
    session.add(user)
    session.flush()
    return user


def find_user(session: Session, email: str) -> User | None:
    return session.scalars(select(User).where(User.email == normalise_email(email))).first()


def set_active(session: Session, email: str, active: bool) -> User:
    user = find_user(session, email)
    if user is None:
        raise AccountError(f"no user {email}")
    user.is_active = active
    return user


def set_password(session: Session, email: str, password: str) -> User:
    """Give a user a new password (their open sessions end). Raises AccountError."""
    user = find_user(session, email)
    if user is None:
        raise AccountError(f"no user {email}")
    check_password_strength(password)
    user.password_hash = hash_password(password)
    return user


def session_token(user: User) -> str:
    """Changes when the password changes: sessions made before a change stop working."""
    return hashlib.sha256(user.password_hash.encode()).hexdigest()[:24]


def login_blocked(session: Session, email: str, address: str) -> dt.timedelta | None:
    """How long until a login may be tried again for this account or address; None if allowed."""
    since = utcnow() - WINDOW
    for key, limit in ((f"email:{normalise_email(email)}", ACCOUNT_LIMIT), (f"addr:{address}", ADDRESS_LIMIT)):
        count, oldest = session.execute(select(func.count(), func.min(LoginFailure.at)).where(
            LoginFailure.key == key, LoginFailure.at >= since)).one()
        if count >= limit and oldest is not None:
            return max(oldest + WINDOW - utcnow(), dt.timedelta(seconds=1))
    return None


def authenticate(session: Session, email: str, password: str, address: str) -> User | None:
    """The active user with this email and password, or None (the failure is counted).

    Callers check `login_blocked` first. Unknown accounts cost the same time as known ones.
    """
    user = find_user(session, email)
    ok = verify_password(user.password_hash if user else _dummy_hash(), password)
    if user is not None and ok and user.is_active:
        session.execute(delete(LoginFailure).where(LoginFailure.key == f"email:{user.email}"))
        user.last_login_at = utcnow()
        return user
    now = utcnow()
    session.add_all([LoginFailure(key=f"email:{normalise_email(email)}", at=now),
                     LoginFailure(key=f"addr:{address}", at=now)])
    session.execute(delete(LoginFailure).where(LoginFailure.at < now - 2 * WINDOW))
    return None


def audit(session: Session, user: User | None, action: str, target: str | None = None,
          **details: Any) -> AuditEvent:
    """Record who did what to what; `details` holds before/after values. The caller commits."""
    event = AuditEvent(user_id=user.id if user else None, action=action, target=target,
                       details={"by": user.email if user else "command line", **details})
    session.add(event)
    return event
