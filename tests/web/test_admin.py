"""The admin area: users, login, uploads in the background, runs, editing, delete, audit."""
from __future__ import annotations

import csv
import io
import time
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

from archive import accounts
from archive.models import AuditEvent, Document, IngestRun, User, UserSession
from archive.search import SearchQuery
from web import create_app
from web.cli import main

from ..conftest import SAMPLES, serving
from .admin_helpers import PASSWORD, add_user, csrf_from, login, run_id_from, wait_for_run

PDF = SAMPLES / "pdf"


@pytest.fixture
def app(archive):
    app = create_app(archive.settings, TESTING=True)
    add_user(archive, "admin@example.org", "admin")
    add_user(archive, "editor@example.org", "editor")
    return app


@pytest.fixture
def client(app):
    return app.test_client()


def upload(client, token, files, **form):
    data = {"csrf_token": token, "files": [(io.BytesIO(b), n) for n, b in files], **form}
    return client.post("/admin/upload", data=data, content_type="multipart/form-data")


def audit_actions(archive):
    with archive.db.session() as s:
        return [(e.action, e.target, e.details) for e in s.scalars(select(AuditEvent).order_by(AuditEvent.id))]


def test_users_commands(tmp_path):
    env = {"HRARCHIVE_DATA_DIR": str(tmp_path / "data"), "HRARCHIVE_LOG_LEVEL": "WARNING"}

    def run(*args, stdin=None):
        return CliRunner().invoke(main, list(args), env=env, input=stdin, catch_exceptions=False)

    r = run("users", "add", "Ayse@Example.org", "--role", "admin", "--password-stdin", stdin=PASSWORD + "\n")
    assert r.exit_code == 0 and "added ayse@example.org (admin)" in r.output
    r = run("users", "add", "ed@example.org", "--role", "editor", stdin=f"{PASSWORD}\n{PASSWORD}\n")
    assert r.exit_code == 0  # prompted twice
    assert run("users", "add", "ed@example.org", "--role", "editor", "--password-stdin",
               stdin=PASSWORD + "\n").exit_code == 2
    r = run("users", "add", "x@example.org", "--role", "editor", "--password-stdin", stdin="short\n")
    assert r.exit_code == 2 and "at least 12 characters" in r.output
    assert run("users", "add", "x@example.org", "--role", "boss").exit_code == 2
    r = run("users", "disable", "ed@example.org")
    assert r.exit_code == 0
    r = run("users", "list")
    assert "ayse@example.org" in r.output and "admin" in r.output
    assert [line for line in r.output.splitlines() if line.startswith("ed@")][0].split()[2] == "disabled"
    assert run("users", "disable", "nobody@example.org").exit_code == 1
    r = run("users", "logout", "ayse@example.org")
    assert r.exit_code == 0 and "ended 0 session(s)" in r.output
    assert run("users", "logout", "nobody@example.org").exit_code == 1
    r = run("users", "password", "ayse@example.org", "--password-stdin", stdin="another long passphrase\n")
    assert r.exit_code == 0 and "password changed" in r.output
    assert run("users", "password", "nobody@example.org", "--password-stdin", stdin=PASSWORD + "\n").exit_code == 2
    from archive import accounts
    from archive.context import Archive
    from archive.settings import Settings

    arch = Archive.open(Settings(data_dir=tmp_path / "data"))
    with arch.db.session() as s:
        assert accounts.verify_password(accounts.find_user(s, "ayse@example.org").password_hash,
                                        "another long passphrase")
    arch.close()


def test_login_logout_rate_limit_and_sessions_that_end(app, client, archive):
    # anonymous: redirected to the login page, which keeps where they were going
    r = client.get("/admin/runs")
    assert r.status_code == 302 and "/admin/login?next=/admin/runs" in r.headers["Location"]
    token = csrf_from(client.get("/admin/login").get_data(as_text=True))
    r = client.post("/admin/login", data={"email": "admin@example.org", "password": "wrong password!",
                                          "csrf_token": token})
    assert r.status_code == 401 and "Wrong email or password" in r.get_data(as_text=True)
    # an open redirect through ?next= is not possible
    r = client.post("/admin/login?next=//evil.example/x", data={"email": "admin@example.org",
                                                               "password": PASSWORD, "csrf_token": token})
    assert r.status_code == 302 and r.headers["Location"] == "/admin/"
    cookie = client.get_cookie("hrarchive_session")
    assert cookie.http_only and cookie.same_site == "Lax"
    token = csrf_from(client.get("/admin/").get_data(as_text=True))
    assert client.post("/admin/logout", data={}).status_code == 400  # CSRF needed to log out too
    assert client.post("/admin/logout", data={"csrf_token": token}).status_code == 302
    assert client.get("/admin/").status_code == 302

    # five failures lock the account for a while, even with the right password afterwards
    other = app.test_client()
    token = csrf_from(other.get("/admin/login").get_data(as_text=True))
    for _ in range(5):
        other.post("/admin/login", data={"email": "editor@example.org", "password": "nope nope nope",
                                         "csrf_token": token})
    r = other.post("/admin/login", data={"email": "editor@example.org", "password": PASSWORD,
                                         "csrf_token": token})
    assert r.status_code == 429 and "Too many failed logins" in r.get_data(as_text=True)
    # ... and per address: many accounts tried from one address
    third = app.test_client()
    token = csrf_from(third.get("/admin/login").get_data(as_text=True))
    for i in range(20):
        third.post("/admin/login", data={"email": f"guess{i}@example.org", "password": "x" * 12,
                                         "csrf_token": token})
    r = third.post("/admin/login", data={"email": "admin@example.org", "password": PASSWORD, "csrf_token": token})
    assert r.status_code == 429

    # a disabled user's open session ends at once
    fourth = app.test_client()
    login(fourth, "admin@example.org", environ_base={"REMOTE_ADDR": "10.0.0.9"})
    assert fourth.get("/admin/").status_code == 200
    with archive.db.session_scope() as s:
        s.scalars(select(User).where(User.email == "admin@example.org")).one().is_active = False
    assert fourth.get("/admin/").status_code == 302
    actions = [a for a, _, _ in audit_actions(archive)]
    assert "login-failed" in actions and "login" in actions and "logout" in actions


def test_an_uploaded_sheet_keeps_no_pdf_passwords_after_its_run(client, archive, corpus):
    """The locked PDF opens with the sheet's password; the sheet kept for retries then
    holds everything but the passwords, readable by the archive's user only."""
    import os
    import stat

    token = login(client, "editor@example.org")
    locked = corpus / "pdf-samples" / "005-libreoffice-writer-password" / "libreoffice-writer-password.pdf"
    sheet = "file,title,password\nlocked.pdf,A locked report,openpassword\n"
    r = client.post("/admin/upload", content_type="multipart/form-data", data={
        "csrf_token": token, "visibility": "public",
        "files": [(io.BytesIO(locked.read_bytes()), "locked.pdf")],
        "metadata": (io.BytesIO(sheet.encode()), "sheet.csv")})
    run_id = run_id_from(r)
    assert wait_for_run(client, run_id)["counts"] == {"ingested": 1}
    # the job forgets the passwords when it ends, just after its run is finished
    deadline = time.monotonic() + 30
    while client.get(f"/admin/runs/{run_id}/status.json").get_json()["job"]["status"] in ("queued", "running"):
        assert time.monotonic() < deadline, "the upload's job did not end"
        time.sleep(0.1)
    with archive.db.session() as s:
        kept = s.get(IngestRun, run_id).params["sheet"]
    text = Path(kept).read_text(encoding="utf-8")
    assert "openpassword" not in text and "password" not in text and "A locked report" in text
    assert stat.S_IMODE(os.stat(kept).st_mode) == 0o600


def test_sessions_are_revoked_server_side_and_end_at_an_absolute_time(app, archive):
    """A copied session cookie stops working at logout, at "log out everywhere", when the
    user is disabled (and stays dead after re-enabling), and at the session's end however
    much it is used; a known browser is not slowed down by someone else's failures."""
    browser, thief = app.test_client(), app.test_client()
    token = login(browser, "editor@example.org")
    cookie = browser.get_cookie("hrarchive_session")
    thief.set_cookie("hrarchive_session", cookie.value)
    assert thief.get("/admin/").status_code == 200
    assert browser.post("/admin/logout", data={"csrf_token": token}).status_code == 302
    assert thief.get("/admin/").status_code == 302  # the copy died with the session
    assert thief.post("/admin/logout-everywhere", data={"csrf_token": token}).status_code in (400, 401)

    laptop, phone = app.test_client(), app.test_client()
    login(laptop, "editor@example.org")
    token = login(phone, "editor@example.org")
    assert phone.post("/admin/logout-everywhere", data={"csrf_token": token}).status_code == 302
    assert laptop.get("/admin/").status_code == 302 and phone.get("/admin/").status_code == 302

    login(laptop, "editor@example.org")
    with archive.db.session_scope() as s:
        accounts.set_active(s, "editor@example.org", False)
        accounts.set_active(s, "editor@example.org", True)
    assert laptop.get("/admin/").status_code == 302

    # the session's end does not move with use
    login(laptop, "editor@example.org")
    with archive.db.session_scope() as s:
        row = s.scalars(select(UserSession).order_by(UserSession.id.desc())).first()
        created, ends = row.created_at, row.expires_at
        assert ends - created == app.permanent_session_lifetime
    for _ in range(3):
        assert laptop.get("/admin/").status_code == 200
    with archive.db.session_scope() as s:
        row = s.scalars(select(UserSession).order_by(UserSession.id.desc())).first()
        assert row.expires_at == ends
        row.expires_at = row.created_at  # as if its hours had passed
    assert laptop.get("/admin/").status_code == 302

    # someone else's failures slow the account down, but not on the owner's browser
    stranger = app.test_client()
    token = csrf_from(stranger.get("/admin/login").get_data(as_text=True))
    for _ in range(accounts.ACCOUNT_FREE + 1):
        stranger.post("/admin/login", data={"email": "editor@example.org", "password": "nope nope nope",
                                            "csrf_token": token})
    r = stranger.post("/admin/login", data={"email": "editor@example.org", "password": PASSWORD,
                                            "csrf_token": token})
    assert r.status_code == 429
    login(laptop, "editor@example.org")  # has the known-device cookie from its earlier logins
    assert laptop.get("/admin/").status_code == 200


def test_upload_runs_in_the_background_with_outcomes_report_and_restricted_defaults(client, archive):
    token = login(client, "editor@example.org")
    zipped = io.BytesIO()
    with zipfile.ZipFile(zipped, "w") as zf:
        zf.writestr("inner/ccpr.pdf", (PDF / "ccpr-co-tur-1.pdf").read_bytes())
        zf.writestr("notes.csv", "a,b\n1,2\n")
    sheet = "file,title,visibility\ncat.pdf,Committee against Torture: observations,public\n"
    r = client.post("/admin/upload", content_type="multipart/form-data", data={
        "csrf_token": token, "visibility": "restricted", "mechanism": "UN",
        "files": [(io.BytesIO((PDF / "cat-co-tur-4.pdf").read_bytes()), "cat.pdf"),
                  (io.BytesIO((PDF / "ngo-gozalti-raporu.pdf").read_bytes()), "../../ngo.pdf"),
                  (io.BytesIO(b"not a pdf at all"), "fake.pdf"),
                  (io.BytesIO(zipped.getvalue()), "bundle.zip")],
        "metadata": (io.BytesIO(sheet.encode()), "sheet.csv")})
    assert r.status_code == 302  # returns at once; the run goes on in the background
    run_id = run_id_from(r)
    status = wait_for_run(client, run_id)
    assert status["status"] == "done" and status["total"] == 5 and status["done"] == 5
    assert status["counts"] == {"ingested": 3, "failed": 1, "unsupported": 1}
    page = client.get(f"/admin/runs/{run_id}?outcome=failed").get_data(as_text=True)
    assert "fake.pdf" in page and "not a PDF" in page and "cat.pdf" not in page
    report = list(csv.DictReader(io.StringIO(client.get(f"/admin/runs/{run_id}/report.csv").get_data(as_text=True))))
    assert {row["path"] for row in report} == {"cat.pdf", "ngo.pdf", "fake.pdf", "bundle.zip!/inner/ccpr.pdf",
                                               "bundle.zip!/notes.csv"}
    with archive.db.session() as s:
        run = s.get(IngestRun, run_id)
        assert run.kind == "upload" and run.user_id is not None
        docs = {d.title: d for d in s.scalars(select(Document))}
    cat = docs["Committee against Torture: observations"]
    assert cat.visibility == "public"  # the sheet wins over the form's default
    others = [d for t, d in docs.items() if d is not cat]
    assert others and all(d.visibility == "restricted" for d in others)
    # anonymous search sees only the public one
    anon = create_app(archive.settings, TESTING=True).test_client()
    ids = [h["id"] for h in anon.get("/api/v1/search?page_size=50").get_json()["hits"]]
    assert ids == [cat.public_id]
    assert ("upload", f"run {run_id}") in [(a, t) for a, t, _ in audit_actions(archive)]


def test_upload_defaults_are_checked_and_spelled_as_the_archive_spells_them(client, archive):
    token = login(client, "editor@example.org")
    cat = [("cat.pdf", (PDF / "cat-co-tur-4.pdf").read_bytes())]
    r = upload(client, token, cat, mechanism="CoE", body="CAT")
    assert r.status_code == 400 and "Default body: CAT is a body of United Nations (UN), not of CoE: choose the mechanism UN, or " \
        "another body." in r.get_data(as_text=True)
    r = upload(client, token, cat, body="Committee of Nobody")
    assert r.status_code == 400 and "is not a known body" in r.get_data(as_text=True)
    with archive.db.session() as s:
        assert s.scalar(select(func.count()).select_from(IngestRun)) == 0  # nothing started
    r = upload(client, token, cat, body="Committee against Torture", doc_type="Concluding observations")
    assert r.status_code == 302
    run_id = run_id_from(r)
    assert wait_for_run(client, run_id)["status"] == "done"
    with archive.db.session() as s:
        params = s.get(IngestRun, run_id).params
        assert (params["mechanism"], params["body"], params["type"]) == ("UN", "CAT", "concluding-observations")
        doc = s.scalars(select(Document)).one()
        assert (doc.mechanism, doc.body, doc.doc_type) == ("UN", "CAT", "concluding-observations")


def test_an_upload_over_the_limit_gets_a_clear_message_over_a_real_connection(archive, tmp_path):
    import http.client
    from dataclasses import replace

    app = create_app(replace(archive.settings, max_upload_mb=1))
    add_user(archive, "e@example.org", "editor")
    client = app.test_client()
    token = login(client, "e@example.org")
    cookie = client.get_cookie("hrarchive_session").value
    with serving(app) as base:
        boundary = "xBOUNDARYx"
        body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n{token}\r\n"
                f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"big.pdf\"\r\n"
                f"Content-Type: application/pdf\r\n\r\n").encode() + b"%PDF-1.4\n" + b"0" * (3 * 1024 * 1024) + \
            f"\r\n--{boundary}--\r\n".encode()
        conn = http.client.HTTPConnection("127.0.0.1", int(base.rsplit(":", 1)[1]), timeout=30)
        conn.request("POST", "/admin/upload", body=body, headers={
            "Content-Type": f"multipart/form-data; boundary={boundary}", "Cookie": f"hrarchive_session={cookie}"})
        response = conn.getresponse()
        text = response.read().decode()
        assert response.status == 413
        assert "larger than the limit of 1 MB" in text
        conn.close()


def test_edit_metadata_is_locked_audited_and_indexed(client, archive):
    token = login(client, "editor@example.org")
    run_id = run_id_from(upload(client, token, [("cat.pdf", (PDF / "cat-co-tur-4.pdf").read_bytes())]))
    wait_for_run(client, run_id)
    with archive.db.session() as s:
        doc = s.scalars(select(Document)).one()
        public_id, old_title = doc.public_id, doc.title
    page = client.get(f"/admin/documents/{public_id}").get_data(as_text=True)
    assert old_title in page
    r = client.post(f"/admin/documents/{public_id}", data={
        "csrf_token": token, "title": "Observations on torture, edited", "published_date": "2016-05",
        "topics": "torture, liberty", "countries": "tr, sy", "identifiers": "CAT/C/TUR/CO/4\nCAT/C/TUR/CO/4/Add.1",
        "body": "CAT", "mechanism": "UN", "visibility": "public", "language": "en", "doc_type": "",
        "symbol": "CAT/C/TUR/CO/4", "adopted_date": ""})
    assert r.status_code == 302
    with archive.db.session() as s:
        doc = s.scalars(select(Document).where(Document.public_id == public_id)).one()
        assert doc.title == "Observations on torture, edited" and doc.countries == ["TR", "SY"]
        assert str(doc.published_date) == "2016-05-01" and doc.published_precision == "month"
        assert {"title", "published_date", "topics", "countries", "identifiers"} <= set(doc.locked_fields)
        assert doc.extra["provenance"]["title"] == "person"
    hits = archive.backend.search(SearchQuery(text='"torture, edited"')).hits
    assert [h.id for h in hits] == [public_id]
    # re-enrichment keeps what the person set
    from ingest.enrich.run import enrich_documents

    enrich_documents(archive.db, archive.backend, [public_id])
    with archive.db.session() as s:
        doc = s.scalars(select(Document).where(Document.public_id == public_id)).one()
        assert doc.title == "Observations on torture, edited" and doc.countries == ["TR", "SY"]
        assert sorted(t.topic.key for t in doc.topics) == ["liberty", "torture"]
        assert sorted(i.raw for i in doc.identifiers if i.is_own) == ["CAT/C/TUR/CO/4", "CAT/C/TUR/CO/4/Add.1"]
    edits = [d for a, t, d in audit_actions(archive) if a == "edit"]
    assert edits and edits[0]["changes"]["title"] == {"before": old_title, "after": "Observations on torture, edited"}
    # a bad value changes nothing and says which field
    r = client.post(f"/admin/documents/{public_id}", data={"csrf_token": token, "title": "x",
                                                           "published_date": "May 2016"})
    assert r.status_code == 400 and "&#39;May 2016&#39; is not a date written YYYY, YYYY-MM or YYYY-MM-DD" in r.get_data(as_text=True)
    # a body of another mechanism is explained, never silently switched (CAT under CoE)
    page = client.get(f"/admin/documents/{public_id}").get_data(as_text=True)
    assert '<option value="CAT" selected>Committee against Torture (CAT)</option>' in page
    assert '<option value="UN" selected>United Nations (UN)</option>' in page
    r = client.post(f"/admin/documents/{public_id}", data={"csrf_token": token, "body": "CPT", "mechanism": "UN"})
    assert r.status_code == 400 and "CPT is a body of Council of Europe (CoE), not of UN: choose the mechanism CoE" \
        in r.get_data(as_text=True)
    with archive.db.session() as s:
        doc = s.scalars(select(Document).where(Document.public_id == public_id)).one()
        assert (doc.mechanism, doc.body) == ("UN", "CAT")
    # the mechanism changed alone, the body kept: the same check
    r = client.post(f"/admin/documents/{public_id}", data={"csrf_token": token, "mechanism": "CoE", "body": "CAT"})
    assert r.status_code == 400 and "CAT is a body of United Nations (UN), not of CoE" in r.get_data(as_text=True)
    # an organisation is a body only under civil society
    r = client.post(f"/admin/documents/{public_id}", data={"csrf_token": token, "body": "Bridge Legal Aid"})
    assert r.status_code == 400 and "needs the mechanism civil-society" in r.get_data(as_text=True)
    r = client.post(f"/admin/documents/{public_id}", data={"csrf_token": token, "body": "Bridge Legal Aid",
                                                           "mechanism": "civil-society"})
    assert r.status_code == 302
    with archive.db.session() as s:
        doc = s.scalars(select(Document).where(Document.public_id == public_id)).one()
        assert (doc.mechanism, doc.body) == ("civil-society", "Bridge Legal Aid")


def test_delete_restore_replace_and_retry(client, archive):
    token = login(client, "editor@example.org")
    run_id = run_id_from(upload(client, token, [("cat.pdf", (PDF / "cat-co-tur-4.pdf").read_bytes()),
                                                ("broken.pdf", b"%PDF-1.7 nothing else")]))
    assert wait_for_run(client, run_id)["counts"] == {"ingested": 1, "failed": 1}
    with archive.db.session() as s:
        doc = s.scalars(select(Document)).one()
        public_id, old_sha = doc.public_id, doc.blob_sha256
    anon = create_app(archive.settings, TESTING=True).test_client()
    assert anon.get(f"/documents/{public_id}").status_code == 200
    # one click never deletes: the form's confirmation box must be ticked
    r = client.post(f"/admin/documents/{public_id}/delete", data={"csrf_token": token})
    assert r.status_code == 400 and "Yes, delete this document" in r.get_data(as_text=True)
    assert anon.get(f"/documents/{public_id}").status_code == 200
    assert 'name="confirm" value="1" required' in client.get(f"/admin/documents/{public_id}").get_data(as_text=True)
    assert client.post(f"/admin/documents/{public_id}/delete",
                       data={"csrf_token": token, "confirm": "1"}).status_code == 302
    assert anon.get(f"/documents/{public_id}").status_code == 404
    assert anon.get(f"/api/v1/documents/{public_id}").status_code == 404
    assert anon.get("/api/v1/search?q=torture").get_json()["total"] == 0
    assert "deleted" in client.get("/admin/documents?state=deleted").get_data(as_text=True)
    assert client.post(f"/admin/documents/{public_id}/restore", data={"csrf_token": token}).status_code == 302
    assert anon.get("/api/v1/search?q=torture").get_json()["total"] == 1

    # replace the original: the old one stays as a version
    r = client.post(f"/admin/documents/{public_id}/replace", content_type="multipart/form-data", data={
        "csrf_token": token, "file": (io.BytesIO((PDF / "cat-fr-observations.pdf").read_bytes()), "cat-fr.pdf")})
    assert r.status_code == 302
    with archive.db.session() as s:
        doc = s.scalars(select(Document).where(Document.public_id == public_id)).one()
        assert doc.blob_sha256 != old_sha and doc.extra["versions"][0]["sha256"] == old_sha
    assert archive.blobs.exists(old_sha)
    r = client.post(f"/admin/documents/{public_id}/replace", content_type="multipart/form-data", data={
        "csrf_token": token, "file": (io.BytesIO(b"junk"), "x.pdf")})
    assert r.status_code == 400 and "cannot be read" in r.get_data(as_text=True)

    # retry the failed item after fixing the file where the upload keeps it
    with archive.db.session() as s:
        staging = s.get(IngestRun, run_id).params["paths"][0]
    from pathlib import Path

    (Path(staging) / "broken.pdf").write_bytes((PDF / "ccpr-co-tur-1.pdf").read_bytes())
    r = client.post(f"/admin/runs/{run_id}/retry", data={"csrf_token": token})
    retry_id = run_id_from(r)
    assert retry_id != run_id
    status = wait_for_run(client, retry_id)
    assert status["counts"] == {"ingested": 1} and status["total"] == 1
    actions = [a for a, _, _ in audit_actions(archive)]
    assert {"delete", "restore", "replace-file", "retry"} <= set(actions)


def test_only_admins_manage_users_and_read_the_audit_log(app, archive):
    editor = app.test_client()
    token = login(editor, "editor@example.org")
    assert editor.get("/admin/users").status_code == 403
    assert editor.get("/admin/audit").status_code == 403
    assert editor.post("/admin/users", data={"csrf_token": token, "email": "n@example.org", "role": "admin",
                                             "password": PASSWORD}).status_code == 403
    admin = app.test_client()
    token = login(admin, "admin@example.org")
    r = admin.post("/admin/users", data={"csrf_token": token, "email": "new@example.org", "role": "editor",
                                         "password": PASSWORD})
    assert r.status_code == 302
    with archive.db.session() as s:
        new_id = s.scalars(select(User.id).where(User.email == "new@example.org")).one()
    assert admin.post(f"/admin/users/{new_id}/disable", data={"csrf_token": token}).status_code == 302
    page = admin.get("/admin/audit").get_data(as_text=True)
    assert "user-add" in page and "user-disable" in page and "new@example.org" in page
    # readable: before -> after, which way it was done, UTC said (the browser shows local time)
    assert "<strong>active</strong>: <del>True</del> → <ins>False</ins>" in page
    assert "admin@example.org<br><span class=\"meta\">web</span>" in page and " UTC</time>" in page
    # filters: action, who, day
    only = admin.get("/admin/audit?action=user-disable").get_data(as_text=True)
    assert "<td>disable user</td>" in only and "<td>add user</td>" not in only  # actions named in words
    assert "<td>add user</td>" not in admin.get("/admin/audit?who=editor@").get_data(as_text=True)
    assert "<td>log in</td>" in admin.get("/admin/audit?who=editor@").get_data(as_text=True)
    assert "Nothing yet." in admin.get("/admin/audit?until=2000-01-01").get_data(as_text=True)
    assert "<td>disable user</td>" in admin.get("/admin/audit?since=2000-01-01").get_data(as_text=True)
    assert admin.get("/admin/audit?since=yesterday").status_code == 400
    # a failed web login is recorded as the web's, not the command line's
    admin.post("/admin/login", data={"csrf_token": token, "email": "nobody@example.org", "password": "wrong"})
    failed = admin.get("/admin/audit?action=login-failed").get_data(as_text=True)
    assert "anonymous<br><span class=\"meta\">web</span>" in failed


def test_retry_of_a_pipeline_run_refetches_its_failed_urls(archive, tmp_path):
    from dataclasses import replace

    from ingest.pipeline import Pipeline, PipelineOptions
    from ingest.sources import load_sources

    from ..ingest.webserver import FixtureServer

    with FixtureServer() as server:
        server.add("/robots.txt", "", content_type="text/plain")
        server.add("/ok.pdf", (PDF / "cat-co-tur-4.pdf").read_bytes(), content_type="application/pdf")
        sources_file = tmp_path / "sources.toml"
        sources_file.write_text(f"""
[fetch]
delay = 0
retries = 0

[[source]]
name = "list"
kind = "urls"
urls = ["{server.url('/ok.pdf')}", "{server.url('/later.pdf')}"]
""")
        sources = load_sources(sources_file)
        result = Pipeline(archive.db, archive.blobs, archive.backend, sources.fetch,
                          PipelineOptions(workers=1)).run(sources.sources)[0]
        assert result.counts == {"ingested": 1, "failed": 1}
        server.add("/later.pdf", (PDF / "ccpr-co-tur-1.pdf").read_bytes(), content_type="application/pdf")
        app = create_app(replace(archive.settings, sources_file=sources_file), TESTING=True)
        add_user(archive, "e@example.org", "editor")
        client = app.test_client()
        token = login(client, "e@example.org")
        page = client.get(f"/admin/runs/{result.run_id}").get_data(as_text=True)
        assert "HTTP 404" in page and "Retry failed items" in page
        retry_id = run_id_from(client.post(f"/admin/runs/{result.run_id}/retry", data={"csrf_token": token}))
        status = wait_for_run(client, retry_id)
        assert status["counts"] == {"ingested": 1} and status["total"] == 1
        assert [h.path for h in server.hits if h.path.endswith(".pdf")].count("/ok.pdf") == 1  # not fetched again
