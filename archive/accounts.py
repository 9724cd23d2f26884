"""Users, passwords, sessions, login rate limits and the audit log (no Flask here).

Passwords are hashed with scrypt (RFC 7914; memory-hard) from the standard library:
`scrypt$N$r$p$salt$hash`, salt and hash in base64, compared in constant time, at
OWASP's parameters (N=2^17, r=8, p=1); a hash made with weaker ones is replaced at the
next successful login.

Sessions live in the database (UserSession): the cookie carries a random token, the
record only its hash. A session ends at its absolute expiry however much it is used,
on logout, and for every session of a user on "log out everywhere", when the user is
disabled and when the password changes.

Login attempts are recorded before the password is checked, and counted after, so
parallel attempts cannot all pass a check made before any of them was recorded. An
account that fails ACCOUNT_FREE times in a row then waits, before each further attempt,
twice as long as before (2 s, 4 s, ... up to WINDOW): guessing slows to a crawl while
the owner is delayed by minutes at most, and not at all from a browser where they
logged in before (a "known device": see login_blocked). An address gets ADDRESS_LIMIT
failures per WINDOW.
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import re
import secrets
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from .errors import ArchiveError
from .models import ROLES, AuditEvent, LoginFailure, User, UserSession, utcnow

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2 ** 17, 8, 1
SCRYPT_MAXMEM = 256 * 1024 * 1024
MIN_PASSWORD = 12
# Failures of an account before each further attempt waits (doubling), and failures
# allowed per address, within the window.
ACCOUNT_FREE, ADDRESS_LIMIT = 5, 20
WINDOW = dt.timedelta(minutes=15)
SEEN_EVERY = dt.timedelta(minutes=1)  # how often a session's last_seen_at is written
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class AccountError(ArchiveError):
    """A user cannot be created or changed as asked; the message says why."""


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P,
                            maxmem=SCRYPT_MAXMEM, dklen=32)
    b64 = base64.b64encode
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${b64(salt).decode()}${b64(digest).decode()}"


def verify_password(stored: str, password: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        got = hashlib.scrypt(password.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p),
                             maxmem=SCRYPT_MAXMEM, dklen=len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, expected)


# A hash to compare against when the account does not exist, so timing does not tell.
_DUMMY_HASH: str | None = None


def needs_rehash(stored: str) -> bool:
    """Whether a hash was made with other parameters than today's."""
    return not stored.startswith(f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}$")


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
    """Enable or disable a user; disabling ends their sessions. Raises AccountError."""
    user = find_user(session, email)
    if user is None:
        raise AccountError(f"no user {email}")
    user.is_active = active
    if not active:
        end_all_sessions(session, user)
    return user


def set_password(session: Session, email: str, password: str) -> User:
    """Give a user a new password (their open sessions end). Raises AccountError."""
    user = find_user(session, email)
    if user is None:
        raise AccountError(f"no user {email}")
    check_password_strength(password)
    user.password_hash = hash_password(password)
    end_all_sessions(session, user)
    return user


# ---------------------------------------------------------------- sessions

def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def open_session(session: Session, user: User, lifetime: dt.timedelta, address: str | None = None) -> str:
    """A new session for `user`, valid for `lifetime` from now; returns its token (for
    the cookie; the record keeps only its hash)."""
    token = secrets.token_urlsafe(32)
    now = utcnow()
    session.add(UserSession(token_hash=_token_hash(token), user_id=user.id, created_at=now,
                            expires_at=now + lifetime, last_seen_at=now, address=(address or "")[:64]))
    return token


def session_user(session: Session, token: str | None) -> User | None:
    """The active user of a live session (not expired, not revoked), or None."""
    if not token:
        return None
    now = utcnow()
    row = session.scalars(select(UserSession).where(UserSession.token_hash == _token_hash(token))).first()
    if row is None or row.revoked_at is not None or row.expires_at <= now:
        return None
    user = row.user
    if not user.is_active:
        return None
    if row.last_seen_at is None or now - row.last_seen_at > SEEN_EVERY:
        row.last_seen_at = now
        session.commit()
    return user


def end_session(session: Session, token: str | None) -> None:
    if token:
        session.execute(update(UserSession).where(UserSession.token_hash == _token_hash(token),
                                                  UserSession.revoked_at.is_(None)).values(revoked_at=utcnow()))


def end_all_sessions(session: Session, user: User) -> int:
    """Revoke every open session of `user` ("log out everywhere"); returns how many."""
    result = session.execute(update(UserSession).where(UserSession.user_id == user.id,
                                                       UserSession.revoked_at.is_(None)).values(revoked_at=utcnow()))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


# ---------------------------------------------------------------- login limits

def _failures(session: Session, key: str, before_id: int | None = None) -> tuple[int, dt.datetime | None]:
    """(count, latest) of the failures recorded for `key` within the window (those
    recorded before the row `before_id`, when given)."""
    stmt = select(func.count(), func.max(LoginFailure.at)).where(LoginFailure.key == key,
                                                                 LoginFailure.at >= utcnow() - WINDOW)
    if before_id is not None:
        stmt = stmt.where(LoginFailure.id < before_id)
    count, latest = session.execute(stmt).one()
    return int(count), latest


def _account_wait(count: int, latest: dt.datetime | None) -> dt.timedelta | None:
    if count < ACCOUNT_FREE or latest is None:
        return None
    delay = min(dt.timedelta(seconds=2 ** (count - ACCOUNT_FREE + 1)), WINDOW)
    left = latest + delay - utcnow()
    return left if left > dt.timedelta(0) else None


def login_blocked(session: Session, email: str, address: str, known_device: bool = False,
                  before_id: int | None = None) -> dt.timedelta | None:
    """How long until a login may be tried for this account from this address; None if
    it may be tried now. From a `known_device` (a browser where this account logged in
    before) the account's own backoff does not apply, only the address's limit."""
    count, latest = _failures(session, f"addr:{address}", before_id)
    if count >= ADDRESS_LIMIT and latest is not None:
        return max(latest + WINDOW - utcnow(), dt.timedelta(seconds=1))
    if not known_device:
        wait = _account_wait(*_failures(session, f"email:{normalise_email(email)}", before_id))
        if wait is not None:
            return max(wait, dt.timedelta(seconds=1))
    return None


def attempt_login(session: Session, email: str, password: str, address: str,
                  known_device: bool = False) -> tuple[User | None, dt.timedelta | None]:
    """(user, None) for the right password of an active user; (None, wait) when this
    attempt must wait (it was not checked); (None, None) for a wrong password.

    The attempt is recorded (and committed) before anything is counted or checked, and
    limits count only the attempts recorded before it: of many parallel attempts, only
    as many are checked as the limits allow. Unknown accounts cost the same time as
    known ones.
    """
    email = normalise_email(email)
    now = utcnow()
    rows = [LoginFailure(key=f"email:{email}", at=now), LoginFailure(key=f"addr:{address}", at=now)]
    session.add_all(rows)
    session.commit()
    wait = login_blocked(session, email, address, known_device, before_id=min(r.id for r in rows))
    if wait is not None:
        session.execute(delete(LoginFailure).where(LoginFailure.id.in_([r.id for r in rows])))
        session.commit()
        return None, wait
    user = find_user(session, email)
    ok = verify_password(user.password_hash if user else _dummy_hash(), password)
    if user is not None and ok and user.is_active:
        session.execute(delete(LoginFailure).where(
            (LoginFailure.key == f"email:{email}") | LoginFailure.id.in_([r.id for r in rows])))
        if needs_rehash(user.password_hash):
            user.password_hash = hash_password(password)
        user.last_login_at = utcnow()
        return user, None
    session.execute(delete(LoginFailure).where(LoginFailure.at < now - 2 * WINDOW))
    return None, None


def authenticate(session: Session, email: str, password: str, address: str) -> User | None:
    """The active user with this email and password, or None (a failure, counted, or an
    attempt the limits held back)."""
    return attempt_login(session, email, password, address)[0]


def audit(session: Session, user: User | None, action: str, target: str | None = None,
          **details: Any) -> AuditEvent:
    """Record who did what to what, and through what (`via`: "web" or "command line");
    `details` holds before/after values. The caller commits."""
    via = details.pop("via", None) or "command line"
    by = details.pop("by", None) or (user.email if user else ("anonymous" if via == "web" else "command line"))
    event = AuditEvent(user_id=user.id if user else None, action=action, target=target,
                       details={"by": by, "via": via, **details})
    session.add(event)
    return event
