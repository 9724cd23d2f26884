"""Security: access control enumerated from the URL map, CSRF, XSS, restricted leaks, uploads, headers."""
from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
import zipfile
from html.parser import HTMLParser

import pytest
from sqlalchemy import select

from archive import store
from archive.context import Archive
from archive.indexing import index_documents
from archive.models import Document, Identifier
from archive.settings import Settings
from web import create_app

from ..conftest import SAMPLES
from .admin_helpers import add_user, login, run_id_from, wait_for_run

PDF = SAMPLES / "pdf"
SECRET = "quillwortsecretterm"  # appears only in the restricted document (title, text, type, symbol)
SECRET_TEXT = "hollyhockwitnessname"  # only in the restricted document's text; never typed by the visitor
UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}

# Classic script-injection payloads (OWASP filter-evasion style), in titles, text and metadata.
PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "\"><script>alert(1)</script>",
    "'><img src=x onerror=alert(1)>",
    "<body onload=alert(1)>",
    "<iframe src=javascript:alert(1)>",
    "<a href=\"javascript:alert(1)\">x</a>",
    "javascript:alert(1)",
    "<div style=\"background:url(javascript:alert(1))\">",
    "<input autofocus onfocus=alert(1)>",
    "<details open ontoggle=alert(1)>",
    "<math><mtext><script>alert(1)</script>",
    "</textarea><script>alert(1)</script>",
    "</title><script>alert(1)</script>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<ScRiPt>alert(1)</sCrIpT>",
    "<object data=javascript:alert(1)>",
    "<embed src=javascript:alert(1)>",
    "<meta http-equiv=refresh content=0;url=javascript:alert(1)>",
    "{{7*7}}<script>alert('ssti')</script>",
    "\" onmouseover=\"alert(1)",
    "<base href=//evil.example/>",
    "]]><script>alert(1)</script><![CDATA[",
]


class _TagAudit(HTMLParser):
    """Collects what would run in a browser: scripts, handlers, javascript: URLs, frames."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name.lower().startswith("on"):
                self.problems.append(f"<{tag} {name}=...>")
            if name.lower() in ("href", "src", "action", "data", "formaction") and value and \
                    value.strip().lower().startswith("javascript:"):
                self.problems.append(f"<{tag} {name}={value}>")
        a = dict(attrs)
        if tag == "script":
            self._in_script = True
            if not (a.get("src") or "").startswith("/static/"):
                self.problems.append("<script> not from /static/")
        if tag in ("iframe", "object", "embed", "base", "svg", "math", "img") or \
                tag == "details" and a.get("class") != "filters":  # ours: the search page's folding filters
            self.problems.append(f"<{tag}>")
        if tag == "meta" and (a.get("http-equiv") or "").lower() == "refresh":
            self.problems.append("<meta refresh>")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script and data.strip():
            self.problems.append("inline script content")


def active_content(html: str) -> list[str]:
    audit = _TagAudit()
    audit.feed(html)
    return audit.problems


@pytest.fixture(scope="module")
def arch(tmp_path_factory):
    """Public samples, a restricted document citing one of them, and documents full of payloads."""
    from ingest.importer import ImportOptions, import_paths
    from ingest.metadata import read_sheet

    settings = Settings(data_dir=tmp_path_factory.mktemp("security") / "data", workers=1)
    archive = Archive.open(settings)
    folder = tmp_path_factory.mktemp("pdfs")
    for name in ("cat-co-tur-4.pdf", "echr-kavala.pdf", "ngo-gozalti-raporu.pdf"):
        (folder / name).write_bytes((PDF / name).read_bytes())
    import_paths(archive.db, archive.blobs, archive.backend, [folder],
                 ImportOptions(sheet=read_sheet(SAMPLES / "metadata.csv"), workers=1))
    with archive.db.session_scope() as s:
        restricted = Document(title=f"Witness statement {SECRET}", visibility="restricted", mechanism="civil-society",
                              doc_type=f"{SECRET}-type", language="en", countries=["TR"], extra={},
                              symbol=f"{SECRET.upper()}/1")
        s.add(restricted)
        store.set_pages(restricted, [f"The witness {SECRET_TEXT} described {SECRET} at the station. "
                                     "See CAT/C/TUR/CO/4."])
        s.flush()
        restricted.identifiers.append(Identifier(scheme="un-symbol", value="CAT/C/TUR/CO/4", raw="CAT/C/TUR/CO/4",
                                                 page=1, is_own=False))
        restricted.identifiers.append(Identifier(scheme="symbol", value=f"{SECRET.upper()}/1",
                                                 raw=f"{SECRET.upper()}/1", page=1, is_own=True))
        for i, payload in enumerate(PAYLOADS):
            doc = Document(title=f"{payload} report {i}", visibility="public", mechanism="UN", body="CAT",
                           doc_type=payload[:60], language="en", countries=["TR"], symbol=payload[:200],
                           extra={"provenance": {"title": payload}})
            s.add(doc)
            store.set_pages(doc, [f"Torture findings {payload} and more text {payload}"])
        s.flush()
        ids = list(s.scalars(select(Document.id)))
    with archive.db.session() as s:
        index_documents(s, archive.backend, ids)
        restricted_id = s.scalars(select(Document.public_id).where(Document.visibility == "restricted")).one()
        public_ids = list(s.scalars(select(Document.public_id).where(Document.visibility == "public")))
        cat_id = s.scalars(select(Document.public_id).where(Document.symbol == "CAT/C/TUR/CO/4")).one()
    add_user(archive, "admin@example.org", "admin")
    add_user(archive, "editor@example.org", "editor")
    archive.restricted_id, archive.public_ids, archive.cat_id = restricted_id, public_ids, cat_id  # type: ignore[attr-defined]
    yield archive
    archive.close()


@pytest.fixture(scope="module")
def app(arch):
    return create_app(arch.settings, TESTING=True)


def url_for_rule(rule, public_id: str) -> str:
    values = {"public_id": public_id, "run_id": "1", "user_id": "1", "action": "disable", "filename": "style.css"}
    url = rule.rule
    for arg in rule.arguments:
        url = re.sub(r"<(?:[^:<>]+:)?" + arg + r"(?:\([^)]*\))?>", values.get(arg, "x"), url)
    return url


def routes(app):
    return [r for r in app.url_map.iter_rules() if r.endpoint != "static"]


def test_every_admin_and_state_changing_route_refuses_anonymous_users(app, arch):
    anon = app.test_client()
    anon.get("/admin/login")  # a session with a CSRF token, so the refusal is about the login
    token = re.search(r'name="csrf_token" value="([^"]+)"', anon.get("/admin/login").get_data(as_text=True)).group(1)
    checked = 0
    for rule in routes(app):
        url = url_for_rule(rule, arch.public_ids[0])
        guarded = rule.rule.startswith("/admin") or rule.methods & UNSAFE
        if not guarded or rule.endpoint in ("auth.login", "auth.logout"):
            continue
        view = app.view_functions[rule.endpoint]
        assert getattr(view, "required_role", None), f"{rule.rule} is not behind login_required"
        if "GET" in rule.methods:
            r = anon.get(url)
            assert r.status_code in (302, 401, 404), (rule.rule, r.status_code)
            if r.status_code == 302:
                assert r.headers["Location"].startswith("/admin/login"), rule.rule
            checked += 1
        for method in sorted(rule.methods & UNSAFE):
            r = anon.open(url, method=method, data={"csrf_token": token})
            assert r.status_code in (401, 404), (method, rule.rule, r.status_code)
            checked += 1
    assert checked >= 18
    # logging out anonymously does nothing harmful
    assert anon.post("/admin/logout", data={"csrf_token": token}).status_code == 302


def test_editors_cannot_manage_users_or_read_the_audit_log(app, arch):
    editor = app.test_client()
    token = login(editor, "editor@example.org")
    admin_only = [r for r in routes(app) if getattr(app.view_functions[r.endpoint], "required_role", None) == "admin"]
    assert {r.endpoint for r in admin_only} >= {"admin.users", "admin.set_user_active", "admin.audit_log"}
    for rule in admin_only:
        url = url_for_rule(rule, arch.public_ids[0])
        for method in sorted(rule.methods & ({"GET"} | UNSAFE)):
            r = editor.open(url, method=method, data={"csrf_token": token, "email": "x@example.org",
                                                      "password": "x" * 12, "role": "admin"})
            assert r.status_code == 403, (method, rule.rule, r.status_code)


def test_every_state_changing_request_without_a_valid_csrf_token_is_refused(app, arch):
    admin = app.test_client()
    login(admin, "admin@example.org")
    unsafe = [(r, m) for r in routes(app) for m in sorted(r.methods & UNSAFE)]
    assert len(unsafe) >= 10
    for rule, method in unsafe:
        url = url_for_rule(rule, arch.public_ids[0])
        for data in ({}, {"csrf_token": "forged-token"}):
            r = admin.open(url, method=method, data=data)
            assert r.status_code == 400 and "CSRF" in r.get_data(as_text=True), (method, rule.rule, data)
    # a fresh visitor cannot log in without the token either
    assert app.test_client().post("/admin/login", data={"email": "admin@example.org",
                                                        "password": "correct horse battery staple"}).status_code == 400


def test_script_payloads_are_inert_on_every_page_feed_and_export(app, arch):
    anon = app.test_client()
    admin = app.test_client()
    login(admin, "admin@example.org")
    with arch.db.session() as s:
        titles = [f"{p} report {i}" for i, p in enumerate(PAYLOADS)]
        payload_ids = list(s.scalars(select(Document.public_id).where(Document.title.in_(titles))))
    assert len(payload_ids) == len(PAYLOADS) >= 20
    pages = ["/", "/?q=torture", "/help", "/browse", "/browse/mechanisms", "/browse/types", "/browse/topics",
             "/publications", "/?doc_type=" + PAYLOADS[0]]
    pages += [f"/?q={p}" for p in PAYLOADS] + [f"/documents/{p}" for p in PAYLOADS[:5]]
    pages += [f"/documents/{i}?q=torture" for i in payload_ids]
    for url in pages:
        r = anon.get(url)
        assert r.status_code in (200, 302, 400, 404), url
        problems = active_content(r.get_data(as_text=True))
        assert not problems, (url, problems)
    for url in ["/admin/", "/admin/documents?q=report", "/admin/runs", "/admin/audit", "/admin/users"] + \
            [f"/admin/documents/{i}" for i in payload_ids[:8]]:
        r = admin.get(url)
        assert r.status_code == 200 and not active_content(r.get_data(as_text=True)), url
    # Atom: well-formed XML whose titles and summaries are text
    feed = anon.get("/search.atom?q=torture&page_size=100").get_data()
    root = ET.fromstring(feed)
    assert not [el for el in root.iter() if el.tag.startswith("{http://www.w3.org/1999/xhtml}")]
    titles = [el.text or "" for el in root.iter("{http://www.w3.org/2005/Atom}title")]
    assert any("<script>" in t for t in titles)  # the payload survives as plain text, escaped in the XML
    # CSV: no cell a spreadsheet would run; JSON Lines: one valid object per line
    rows = list(csv.reader(io.StringIO(anon.get("/search.csv?q=torture").get_data(as_text=True))))
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)
    lines = anon.get("/search.jsonl?q=torture").get_data(as_text=True).splitlines()
    assert len(lines) >= len(PAYLOADS) and all(isinstance(json.loads(line), dict) for line in lines)
    api = anon.get("/api/v1/search?q=torture&page_size=100")
    assert api.mimetype == "application/json"


def _all_anonymous_responses(app, arch):
    anon = app.test_client()
    rid = arch.restricted_id
    urls = []
    for rule in routes(app):
        if rule.rule.startswith("/admin") or "GET" not in rule.methods:
            continue
        urls.append(url_for_rule(rule, rid))
        if "public_id" in rule.arguments:
            urls.append(url_for_rule(rule, arch.cat_id))  # the public document the restricted one cites
    for q in (SECRET, SECRET[:-1] + "x", SECRET[:6] + "*", f"symbol:{SECRET.upper()}/1", "witness", "station"):
        for base in ("/", "/api/v1/search", "/search.atom", "/search.csv", "/search.jsonl", "/api/v1/facets"):
            urls.append(f"{base}?q={q}")
    urls += ["/api/v1/facets", "/api/v1/search?page_size=100", "/search.csv", "/search.jsonl",
             "/search.atom?page_size=100", f"/?doc_type={SECRET}-type", f"/api/v1/search?doc_type={SECRET}-type",
             "/browse/types", "/publications", f"/api/v1/search?q={SECRET}&all_visibilities=1",
             f"/?q={SECRET}&visibility=restricted", f"/api/v1/documents/{rid}/pages?q={SECRET}"]
    for url in urls:
        r = anon.get(url)
        body = r.get_data()
        r.close()
        yield url, r, body


def test_a_restricted_documents_words_never_reach_anonymous_visitors(app, arch):
    seen = 0
    for url, r, body in _all_anonymous_responses(app, arch):
        body = body.lower()  # bytes: some responses are PDFs
        # A page may repeat what the visitor typed; anything else of the document is a leak.
        forbidden = [SECRET_TEXT, arch.restricted_id] + ([] if SECRET in url.lower() else [SECRET])
        for word in forbidden:
            assert word.encode() not in body, (url, word)
        if url.startswith("/api/v1/search?q="):
            assert r.get_json()["total"] == 0 or SECRET not in url, url
        seen += 1
    assert seen > 40
    for url in (f"/documents/{arch.restricted_id}", f"/documents/{arch.restricted_id}/file",
                f"/api/v1/documents/{arch.restricted_id}", f"/api/v1/documents/{arch.restricted_id}/pages"):
        assert app.test_client().get(url).status_code == 404, url  # 404, not 403: existence is not revealed
    # staff do see it, in the admin area
    admin = app.test_client()
    login(admin, "admin@example.org")
    assert SECRET in admin.get(f"/admin/documents/{arch.restricted_id}").get_data(as_text=True)


def test_hostile_uploads_are_contained(app, arch, tmp_path):
    editor = app.test_client()
    token = login(editor, "editor@example.org")
    slip = io.BytesIO()
    with zipfile.ZipFile(slip, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("../../escaped.pdf", (PDF / "ccpr-co-tur-1.pdf").read_bytes())
        zf.writestr("/etc/absolute.pdf", (PDF / "ccpr-co-tur-1.pdf").read_bytes())
        zf.writestr("bomb.txt", b"0" * (60 * 1024 * 1024))
    sheet = ("file,title\n"
             "formula.pdf,=cmd|' /C calc'!A0\n")
    r = editor.post("/admin/upload", content_type="multipart/form-data", data={
        "csrf_token": token,
        "files": [(io.BytesIO(slip.getvalue()), "evil.zip"),
                  (io.BytesIO(b"MZ\x90\x00 this is an executable, not a PDF"), "report.pdf"),
                  (io.BytesIO((PDF / "cerd-c-tur-co-4-6.pdf").read_bytes()), "formula.pdf"),
                  (io.BytesIO((PDF / "crc-c-tur-co-4-5.pdf").read_bytes()), "=HYPERLINK('http-evil').pdf"),
                  (io.BytesIO(b"<script>alert(1)</script>"), "<img src=x onerror=alert(1)>.html")],
        "metadata": (io.BytesIO(sheet.encode()), "sheet.csv")})
    run_id = run_id_from(r)
    wait_for_run(editor, run_id)
    rows = {row["path"]: row for row in csv.DictReader(io.StringIO(
        editor.get(f"/admin/runs/{run_id}/report.csv").get_data(as_text=True)))}
    assert rows["evil.zip!/../../escaped.pdf"]["outcome"] == "failed"
    assert "unsafe path" in rows["evil.zip!/../../escaped.pdf"]["reason"]
    assert rows["evil.zip!/bomb.txt"]["outcome"] == "failed" and "zip bomb" in rows["evil.zip!/bomb.txt"]["reason"]
    assert rows["report.pdf"]["outcome"] == "failed" and "not a PDF" in rows["report.pdf"]["reason"]
    assert rows["formula.pdf"]["outcome"] == "ingested"
    assert "'=HYPERLINK('http-evil').pdf" in rows  # the report neutralises the file name
    for url in (f"/admin/runs/{run_id}", f"/admin/runs/{run_id}?outcome=ingested", "/admin/runs"):  # names inert
        assert not active_content(editor.get(url).get_data(as_text=True)), url
    uploads = arch.settings.data_dir / "uploads"
    assert not list(arch.settings.data_dir.rglob("escaped.pdf")) and not list(uploads.parent.parent.rglob("absolute.pdf"))
    # the sheet's formula title is neutralised in the public CSV export
    export = editor.get("/search.csv?q=racial").get_data(as_text=True)
    assert "'=cmd|' /C calc'!A0" in export and "\n=cmd" not in export and ",=cmd" not in export


@pytest.mark.parametrize("url", ["/", "/help", "/api/v1/search", "/admin/login", "/documents/nope",
                                 "/search.atom", "/api/v1/documents/nope"])
def test_security_headers_on_every_kind_of_response(app, url):
    r = app.test_client().get(url)
    csp = r.headers.get("Content-Security-Policy", "")
    assert "frame-ancestors 'none'" in csp and "script-src 'self'" in csp and "default-src 'self'" in csp
    assert r.headers.get("X-Content-Type-Options") == "nosniff"
    assert r.headers.get("Referrer-Policy") == "same-origin"
    assert r.headers.get("X-Frame-Options") == "DENY"


def test_filters_that_only_a_restricted_document_passes_show_nothing(app, arch):
    """Whoosh reads an empty set of allowed documents as "no filter": such a search must
    come back empty, with no count, hit, facet or suggestion from the restricted document.
    The chosen facet itself is counted without its own filter (its other values stay
    choosable): over public documents only, exactly as without the filter."""
    anon = app.test_client()
    for url in (f"/api/v1/search?q=witness&doc_type={SECRET}-type", f"/api/v1/search?doc_type={SECRET}-type",
                f"/api/v1/search?q=station&doc_type={SECRET}-type&mechanism=civil-society",
                f"/api/v1/facets?q=witness&doc_type={SECRET}-type"):
        data = anon.get(url).get_json()
        assert data.get("total", 0) == 0 and not data.get("hits"), url
        unfiltered = anon.get(url.replace(f"doc_type={SECRET}-type", "")).get_json()["facets"]
        for name, counts in data["facets"].items():
            if name == "doc_type":
                assert counts == unfiltered["doc_type"] and SECRET not in str(counts), url
            else:
                assert not counts, (url, name)
    for url in (f"/search.csv?q=witness&doc_type={SECRET}-type", f"/search.jsonl?doc_type={SECRET}-type",
                f"/search.atom?q=witness&doc_type={SECRET}-type"):
        assert SECRET_TEXT.encode() not in anon.get(url).get_data() and \
            arch.restricted_id.encode() not in anon.get(url).get_data(), url
