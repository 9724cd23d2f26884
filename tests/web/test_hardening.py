"""Hardening of a public archive: a lost index, health output, originals, links built
from configuration, file permissions, proxies. Real SQLite, Whoosh and HTTP."""
from __future__ import annotations

import os
import re
import shutil
import stat
import urllib.error
import urllib.request

import pytest
from sqlalchemy import select

from archive.context import Archive
from archive.models import Document
from archive.settings import Settings
from ingest.importer import ImportOptions, import_paths
from web import create_app
from web.editing import current_values

from ..conftest import SAMPLES, serving
from .admin_helpers import add_user, login

PDF = SAMPLES / "pdf"


@pytest.fixture
def small(tmp_path):
    """An archive of three sample PDFs (one restricted) and an HTML original."""
    arch = Archive.open(Settings(data_dir=tmp_path / "data", workers=1))
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("cat-co-tur-4.pdf", "ngo-gozalti-raporu.pdf", "ccpr-co-tur-1.pdf"):
        shutil.copy(PDF / name, folder / name)
    (folder / "page.html").write_text('<html><head><meta http-equiv="refresh" content="0;url=https://evil.example/">'
                                      "<title>Statement</title></head><body><p>" + "A statement on detention. " * 20
                                      + "</p></body></html>", encoding="utf-8")
    import_paths(arch.db, arch.blobs, arch.backend, [folder], ImportOptions(workers=1))
    with arch.db.session_scope() as s:
        doc = s.scalars(select(Document).join(Document.blob).where(Document.title.like("%initial report%"))).one()
        doc.visibility = "restricted"
    from archive import indexing

    with arch.db.session() as s:
        indexing.repair(s, arch.backend, indexing.check(s, arch.backend))
    add_user(arch, "editor@example.org", "editor")
    yield arch
    arch.close()


def public_id(arch, where) -> str:
    with arch.db.session() as s:
        return s.scalars(select(Document.public_id).where(where)).first()


def test_a_lost_index_is_a_503_everywhere_and_never_recreated_by_a_web_request(small):
    app = create_app(small.settings, TESTING=True)
    client = app.test_client()
    assert client.get("/?q=torture").status_code == 200
    shutil.rmtree(os.path.realpath(small.settings.index_path))  # gone under the running server
    for url in ("/?q=torture", "/api/v1/search?q=torture", "/search.atom?q=torture", "/search.csv",
                "/browse/mechanisms", "/browse/topics"):
        r = client.get(url)
        assert r.status_code == 503, url
    health = client.get("/healthz")
    assert health.status_code == 503 and health.get_json()["index"]["ok"] is False
    # an editor's save is kept in the record, and makes no index of one document
    token = login(client, "editor@example.org")
    doc_id = public_id(small, Document.visibility == "public")
    with small.db.session() as s:
        form = current_values(s.scalars(select(Document).where(Document.public_id == doc_id)).one())
    r = client.post(f"/admin/documents/{doc_id}", data={**form, "csrf_token": token, "title": "A new title"})
    assert r.status_code in (302, 303)
    assert not small.backend.status()["ok"]
    with small.db.session() as s:
        doc = s.scalars(select(Document).where(Document.public_id == doc_id)).one()
        assert doc.title == "A new title" and doc.index_state != "ok"
    assert client.get("/healthz").status_code == 503
    # the command repairs it from the record
    from archive import indexing

    with small.db.session() as s:
        indexing.repair(s, small.backend, indexing.check(s, small.backend))
    r = client.get("/api/v1/search?q=title:new")
    assert r.get_json().get("total") == 1, r.get_json()
    assert client.get("/healthz").status_code == 200


def test_health_counts_are_for_staff_only(small):
    client = create_app(small.settings, TESTING=True).test_client()
    public = client.get("/healthz").get_json()
    assert "documents" not in public and "entries" not in public["index"] and "jobs" not in public
    assert public["index"]["engine"] == "whoosh"
    login(client, "editor@example.org")
    staff = client.get("/healthz").get_json()
    assert staff["documents"]["restricted"] == 1 and staff["documents"]["total"] == 4
    assert staff["index"]["entries"] == 4 and staff["jobs"] == {"queued": 0, "running": 0}


def test_originals_are_inert_and_not_kept_in_shared_caches(small):
    client = create_app(small.settings, TESTING=True).test_client()

    def fetch(url, **kw):
        r = client.get(url, **kw)
        r.get_data()
        r.close()
        return r

    html_id = public_id(small, Document.title == "Statement")
    r = fetch(f"/documents/{html_id}/file")
    assert r.status_code == 200
    assert r.headers["Content-Disposition"].startswith("attachment")  # never rendered on our origin
    assert "sandbox" in r.headers["Content-Security-Policy"]
    assert r.headers["Cache-Control"] == "private, no-cache" and r.headers["ETag"]
    pdf_id = public_id(small, Document.title.like("%fourth periodic%"))
    r = fetch(f"/documents/{pdf_id}/file")
    assert r.status_code == 200 and r.mimetype == "application/pdf"
    assert r.headers["Content-Disposition"].startswith("inline")
    assert "default-src 'none'" in r.headers["Content-Security-Policy"]
    assert "public" not in r.headers["Cache-Control"]
    assert fetch(f"/documents/{pdf_id}/file", headers={"If-None-Match": r.headers["ETag"]}).status_code == 304
    # staff's view of a restricted original is not stored anywhere
    login(client, "editor@example.org")
    restricted = public_id(small, Document.visibility == "restricted")
    r = fetch(f"/admin/documents/{restricted}/file")
    assert r.status_code == 200 and r.headers["Cache-Control"] == "no-store"


def test_links_in_feeds_and_exports_come_from_the_configured_address(small):
    settings = Settings(data_dir=small.settings.data_dir, workers=1, base_url="https://archive.example.org")
    client = create_app(settings, TESTING=True).test_client()
    evil = {"Host": "evil.example"}
    atom = client.get("/search.atom?q=torture", headers=evil).get_data(as_text=True)
    assert "https://archive.example.org/documents/" in atom and "evil.example" not in atom
    rows = client.get("/search.jsonl", headers=evil).get_data(as_text=True)
    assert "https://archive.example.org/documents/" in rows and "evil.example" not in rows


def test_behind_a_trusted_proxy_the_client_address_and_https_are_believed(small):
    settings = Settings(data_dir=small.settings.data_dir, workers=1, trusted_proxies=1)
    app = create_app(settings, TESTING=True)
    with serving(app) as base:
        def attempt(address: str, email: str) -> int:
            req = urllib.request.Request(base + "/admin/login", headers={"X-Forwarded-For": address})
            with urllib.request.urlopen(req) as r:  # the CSRF token lives in the session cookie
                cookie = r.headers["Set-Cookie"].split(";")[0]
                token = re.search(r'name="csrf_token" value="([^"]+)"', r.read().decode()).group(1)
            data = f"email={email}%40example.org&password=wrong+password+x&csrf_token={token}".encode()
            req = urllib.request.Request(base + "/admin/login", data=data, headers={
                "X-Forwarded-For": address, "Cookie": cookie, "X-Forwarded-Proto": "https"})
            try:
                with urllib.request.urlopen(req) as r:
                    return r.status
            except urllib.error.HTTPError as exc:
                return exc.code
        # one address is limited; another behind the same proxy is not
        statuses = [attempt("203.0.113.7", f"guess{i}") for i in range(21)]
        assert statuses[:20] == [401] * 20 and statuses[20] == 429
        assert attempt("198.51.100.9", "someone") == 401


def test_data_files_are_private(small):
    data_dir = small.settings.data_dir
    assert stat.S_IMODE(os.stat(data_dir).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(data_dir / "hrarchive.sqlite3").st_mode) == 0o600
    assert stat.S_IMODE(os.stat(small.settings.blob_path).st_mode) == 0o700
    blob = next(p for p in small.settings.blob_path.rglob("*") if p.is_file())
    assert stat.S_IMODE(os.stat(blob).st_mode) == 0o400  # and never written again
    settings = small.settings.with_secret_key()
    assert stat.S_IMODE(os.stat(settings.data_dir / "secret_key").st_mode) == 0o600


def test_the_secret_key_is_created_once_by_racing_processes(tmp_path):
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(4) as pool:
        keys = set(pool.map(_secret_key_of, [str(tmp_path / "race")] * 8))
    assert len(keys) == 1 and not list((tmp_path / "race").glob("*.tmp"))


def _secret_key_of(data_dir: str) -> str:
    return Settings(data_dir=data_dir).with_secret_key().secret_key


def test_a_database_held_by_another_writer_is_a_503_with_retry_after(small):
    import sqlite3

    app = create_app(small.settings, TESTING=True)
    client = app.test_client()
    token = login(client, "editor@example.org")
    holder = sqlite3.connect(str(small.settings.data_dir / "hrarchive.sqlite3"), timeout=1)
    holder.execute("BEGIN EXCLUSIVE")  # as a long import's write would
    try:
        doc_id = public_id(small, Document.visibility == "public")
        r = client.post(f"/admin/documents/{doc_id}/delete", data={"csrf_token": token, "confirm": "1"})
        assert r.status_code == 503 and r.headers["Retry-After"] == "5"
        assert "busy" in r.get_data(as_text=True) and "Traceback" not in r.get_data(as_text=True)
    finally:
        holder.rollback()
        holder.close()
    assert client.post(f"/admin/documents/{doc_id}/delete", data={"csrf_token": token, "confirm": "1"}).status_code == 302
