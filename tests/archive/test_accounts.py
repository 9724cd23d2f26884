"""Users, passwords, login limits and the audit log, on SQLite and PostgreSQL."""
import datetime as dt

import pytest
from sqlalchemy import select

from archive import accounts, schema
from archive.db import Database
from archive.models import AuditEvent, LoginFailure

PASSWORD = "a long enough passphrase"


@pytest.fixture
def db(database_url):
    database = Database(database_url)
    schema.upgrade(database)
    yield database
    database.dispose()


def test_password_hashes_are_salted_scrypt_and_verify_in_constant_form():
    a, b = accounts.hash_password(PASSWORD), accounts.hash_password(PASSWORD)
    assert a != b and a.startswith("scrypt$32768$8$1$")
    assert accounts.verify_password(a, PASSWORD) and not accounts.verify_password(a, PASSWORD + "x")
    assert not accounts.verify_password("md5$abc", PASSWORD) and not accounts.verify_password("garbage", PASSWORD)


def test_users_logins_limits_and_audit(db):
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
    with db.session_scope() as s:
        assert accounts.authenticate(s, "AYSE@example.org", PASSWORD, "10.0.0.1") is not None
        for _ in range(accounts.ACCOUNT_LIMIT):
            assert accounts.authenticate(s, "ayse@example.org", "wrong password", "10.0.0.1") is None
    with db.session_scope() as s:
        wait = accounts.login_blocked(s, "ayse@example.org", "10.0.0.2")
        assert wait is not None and dt.timedelta(minutes=14) < wait <= accounts.WINDOW
        assert accounts.login_blocked(s, "other@example.org", "10.0.0.2") is None
        token = accounts.session_token(accounts.find_user(s, "ayse@example.org"))
        accounts.set_active(s, "ayse@example.org", False)
        assert accounts.authenticate(s, "ayse@example.org", PASSWORD, "10.0.0.3") is None  # disabled
        accounts.audit(s, None, "user-disable", "ayse@example.org", before={"active": True}, after={"active": False})
    with db.session() as s:
        event = s.scalars(select(AuditEvent)).one()
        assert event.details == {"by": "command line", "before": {"active": True}, "after": {"active": False}}
        assert s.scalars(select(LoginFailure.key).distinct()).all()
        assert len(token) == 24
