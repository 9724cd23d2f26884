"""Users, passwords, login limits and the audit log, on SQLite and PostgreSQL."""
import base64
import datetime as dt
import hashlib
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import select

from archive import accounts, schema
from archive.db import Database
from archive.models import AuditEvent, LoginFailure, UserSession

PASSWORD = "a long enough passphrase"


@pytest.fixture
def db(database_url):
    database = Database(database_url)
    schema.upgrade(database)
    yield database
    database.dispose()


def test_password_hashes_are_salted_scrypt_at_owasp_parameters():
    a, b = accounts.hash_password(PASSWORD), accounts.hash_password(PASSWORD)
    assert a != b and a.startswith("scrypt$131072$8$1$") and not accounts.needs_rehash(a)
    assert accounts.verify_password(a, PASSWORD) and not accounts.verify_password(a, PASSWORD + "x")
    assert not accounts.verify_password("md5$abc", PASSWORD) and not accounts.verify_password("garbage", PASSWORD)


def test_users_are_checked_and_weaker_hashes_replaced_at_login(db):
    with db.session_scope() as s:
        user = accounts.add_user(s, " Ayse@Example.ORG ", PASSWORD, "editor")
        assert user.email == "ayse@example.org"
        with pytest.raises(accounts.AccountError, match="already a user"):
            accounts.add_user(s, "ayse@example.org", PASSWORD, "editor")
        with pytest.raises(accounts.AccountError, match="at least 12"):
            accounts.add_user(s, "b@example.org", "short", "editor")
        with pytest.raises(accounts.AccountError, match="role"):
            accounts.add_user(s, "b@example.org", PASSWORD, "owner")
        with pytest.raises(accounts.AccountError, match="not an email"):
            accounts.add_user(s, "not-an-email", PASSWORD, "editor")
        # a hash from before the parameters were raised
        salt = b"0123456789abcdef"
        old = hashlib.scrypt(PASSWORD.encode(), salt=salt, n=2 ** 15, r=8, p=1, maxmem=2 ** 27, dklen=32)
        user.password_hash = (f"scrypt$32768$8$1${base64.b64encode(salt).decode()}$"
                              f"{base64.b64encode(old).decode()}")
    with db.session_scope() as s:
        assert accounts.authenticate(s, "AYSE@example.org", PASSWORD, "10.0.0.1") is not None
    with db.session() as s:
        stored = accounts.find_user(s, "ayse@example.org").password_hash
        assert stored.startswith("scrypt$131072$") and accounts.verify_password(stored, PASSWORD)


def test_failed_logins_slow_the_account_down_but_not_its_owners_browser(db):
    with db.session_scope() as s:
        accounts.add_user(s, "ayse@example.org", PASSWORD, "editor")
    with db.session() as s:
        for _ in range(accounts.ACCOUNT_FREE):
            assert accounts.attempt_login(s, "ayse@example.org", "wrong password", "10.0.0.1") == (None, None)
            s.commit()
        # the next attempt waits, even with the right password, and is not checked
        user, wait = accounts.attempt_login(s, "ayse@example.org", PASSWORD, "10.0.0.2")
        assert user is None and dt.timedelta(0) < wait <= dt.timedelta(seconds=2)
        # from a browser the owner logged in from before, the account's backoff does not apply
        user, wait = accounts.attempt_login(s, "ayse@example.org", PASSWORD, "10.0.0.2", known_device=True)
        assert user is not None and wait is None
        s.commit()
        # ... and a success clears the account's failures
        assert accounts.login_blocked(s, "ayse@example.org", "10.0.0.3") is None
        # one address that failed on many accounts (recorded as attempt_login records them)
        s.add_all(LoginFailure(key="addr:10.9.9.9", at=accounts.utcnow()) for _ in range(accounts.ADDRESS_LIMIT))
        s.commit()
        wait = accounts.login_blocked(s, "someone@example.org", "10.9.9.9", known_device=True)
        assert wait is not None and wait <= accounts.WINDOW
        assert s.scalars(select(LoginFailure.key).distinct()).all()


def test_parallel_attempts_cannot_race_past_the_limit(tmp_path):
    """25 wrong attempts at once: only as many are checked as the limit allows."""
    database = Database(f"sqlite:///{tmp_path / 'race.sqlite3'}")
    schema.upgrade(database)
    with database.session_scope() as s:
        accounts.add_user(s, "ayse@example.org", PASSWORD, "editor")
    start = threading.Barrier(25)

    def attempt(i: int):
        with database.session() as s:
            start.wait()
            return accounts.attempt_login(s, "ayse@example.org", f"wrong password {i}", f"10.1.0.{i}")

    with ThreadPoolExecutor(25) as pool:
        results = list(pool.map(attempt, range(25)))
    database.dispose()
    checked = [r for r in results if r == (None, None)]
    assert len(checked) == accounts.ACCOUNT_FREE
    assert all(wait is not None for user, wait in results if (user, wait) not in checked)


def test_sessions_end_on_logout_everywhere_disable_password_change_and_expiry(db):
    with db.session_scope() as s:
        user = accounts.add_user(s, "ayse@example.org", PASSWORD, "editor")
        one, two = (accounts.open_session(s, user, dt.timedelta(hours=8)) for _ in range(2))
        short = accounts.open_session(s, user, dt.timedelta(seconds=-1))  # already past its end
    with db.session_scope() as s:
        assert accounts.session_user(s, one).email == "ayse@example.org"
        assert accounts.session_user(s, short) is None and accounts.session_user(s, "made-up") is None
        accounts.end_session(s, one)
    with db.session_scope() as s:
        assert accounts.session_user(s, one) is None and accounts.session_user(s, two) is not None
        accounts.set_active(s, "ayse@example.org", False)
    with db.session_scope() as s:
        assert accounts.session_user(s, two) is None
        accounts.set_active(s, "ayse@example.org", True)
    with db.session_scope() as s:
        assert accounts.session_user(s, two) is None  # re-enabling does not bring it back
        three = accounts.open_session(s, accounts.find_user(s, "ayse@example.org"), dt.timedelta(hours=1))
    with db.session_scope() as s:
        accounts.set_password(s, "ayse@example.org", PASSWORD + " new")
    with db.session_scope() as s:
        assert accounts.session_user(s, three) is None
        four = accounts.open_session(s, accounts.find_user(s, "ayse@example.org"), dt.timedelta(hours=1))
    with db.session_scope() as s:
        assert accounts.end_all_sessions(s, accounts.find_user(s, "ayse@example.org")) == 1
    with db.session() as s:
        assert accounts.session_user(s, four) is None
        stored = s.scalars(select(UserSession.token_hash)).all()
        assert four not in stored and len(stored[0]) == 64  # only hashes are kept


def test_audit_records_who(db):
    with db.session_scope() as s:
        accounts.audit(s, None, "user-disable", "ayse@example.org", before={"active": True}, after={"active": False})
        accounts.audit(s, None, "login-failed", "x@example.org", via="web")
    with db.session() as s:
        events = s.scalars(select(AuditEvent).order_by(AuditEvent.id)).all()
        assert events[0].details == {"by": "command line", "via": "command line", "before": {"active": True},
                                     "after": {"active": False}}
        assert events[1].details == {"by": "anonymous", "via": "web"}  # a failed web login is no command
