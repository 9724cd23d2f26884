"""The Turkish interface: a complete catalogue, and no English string left on a page."""
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from sqlalchemy import select

from archive.models import Document
from web import create_app

from ..conftest import ROOT
from .admin_helpers import add_user, login

CATALOGUE = ROOT / "web" / "translations" / "tr" / "LC_MESSAGES" / "messages.po"


def read(path: Path):  # type: ignore[no-untyped-def]
    with path.open("rb") as f:
        return read_po(f)


def test_every_interface_string_is_in_the_turkish_catalogue_translated(tmp_path):
    """What `make translations` would extract now is all in the catalogue, translated,
    none fuzzy (a string added to the code without a translation fails here)."""
    pot = tmp_path / "messages.pot"
    subprocess.run([str(Path(sys.executable).parent / "pybabel"), "-q", "extract", "-F", "web/babel.cfg",
                    "-k", "_", "-k", "gettext", "-k", "N_", "-o", str(pot), "web"], cwd=ROOT, check=True)
    wanted = {m.id for m in read(pot) if m.id}
    catalogue = read(CATALOGUE)
    have = {m.id: m for m in catalogue if m.id}
    assert len(wanted) > 200
    assert sorted(wanted - set(have)) == []
    assert [m.id for m in have.values() if not m.string or m.fuzzy] == []


class _Chrome(HTMLParser):
    """The text of the interface's own elements: labels, buttons, headings of sections,
    table heads, definition terms, navigation, notes and hints; not document content
    (titles, snippets, page text, metadata values)."""

    TAGS = {"label", "button", "summary", "th", "dt", "legend", "nav", "footer", "h2", "p"}
    CONTENT = {"hits", "pagetext", "metadata", "found", "versions", "snippet", "cite", "page-text", "diff",
               "meta", "browse", "tags", "expansions", "read-as"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[tuple[str, bool]] = []
        self.texts: list[str] = []

    def handle_starttag(self, tag, attrs):  # type: ignore[no-untyped-def]
        classes = set((dict(attrs).get("class") or "").split())
        inherited = self.stack[-1][1] if self.stack else False
        if tag not in ("br", "input", "meta", "link", "img", "hr"):
            # an option names a value: its label is checked apart (the key in brackets is a value)
            self.stack.append((tag, inherited or bool(classes & self.CONTENT) or tag in ("code", "ol", "dd", "option")))

    def handle_endtag(self, tag):  # type: ignore[no-untyped-def]
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break

    def handle_data(self, data):  # type: ignore[no-untyped-def]
        if self.stack and not self.stack[-1][1] and any(t in self.TAGS for t, _ in self.stack) and data.strip():
            self.texts.append(" ".join(data.split()))


def english_left(html: str, english: list[str]) -> list[str]:
    parser = _Chrome()
    parser.feed(html)
    text = " | ".join(parser.texts)
    # (a word followed by ":" is query syntax, such as title: or body:, which stays as it is)
    return sorted({e for e in english if re.search(rf"(?<!\w){re.escape(e)}(?![\w:])", text)})


@pytest.fixture(scope="module")
def english():
    """English strings whose Turkish differs (a word or more, not a code like "PDF")."""
    return [m.id for m in read(CATALOGUE) if m.id and m.string and m.string != m.id and len(m.id) > 3]


def test_no_english_interface_string_is_left_on_a_turkish_page(sample_archive, english):
    app = create_app(sample_archive.settings, TESTING=True)
    client = app.test_client()
    with sample_archive.db.session() as s:
        doc = s.scalars(select(Document.public_id).where(Document.symbol == "28749/18")).one()
    pages = ["/", "/?q=torture", "/?q=torture&mechanism=UN&year_from=2010&country=TR", "/?q=zzzqqq", "/help",
             "/browse/mechanisms", "/browse/topics", "/browse/types", "/publications", "/latest", f"/documents/{doc}",
             f"/documents/{doc}?q=detention", "/nothing-here", "/?year_from=2020&year_to=2010", "/admin/login"]
    left = {}
    for path in pages:
        html = client.get(path + ("&" if "?" in path else "?") + "lang=tr").get_data(as_text=True)
        assert '<html lang="tr">' in html, path
        found = english_left(html, english)
        if found:
            left[path] = found
        if path == f"/documents/{doc}":  # taxonomy values in Turkish: the type, the body
            assert "<dd>Hüküm</dd>" in html and ">Avrupa İnsan Hakları Mahkemesi</a>" in html
    add_user(sample_archive, "yonetici@example.org", "admin")  # (an address without English words)
    login(client, "yonetici@example.org")
    for path in ("/admin/", "/admin/upload", "/admin/runs", "/admin/documents", f"/admin/documents/{doc}",
                 "/admin/users", "/admin/audit"):
        html = client.get(path + "?lang=tr").get_data(as_text=True)
        found = english_left(html, english)
        if found:
            left[path] = found
        if path == "/admin/upload":  # the lists name mechanisms and bodies in Turkish
            assert ">Birleşmiş Milletler (UN)</option>" in html and '<optgroup label="Avrupa Konseyi">' in html
    assert left == {}


def test_admin_messages_and_error_reasons_come_in_turkish(archive):
    from ingest.importer import ImportOptions, import_paths

    from ..conftest import SAMPLES

    import_paths(archive.db, archive.blobs, archive.backend, [SAMPLES / "pdf" / "cat-co-tur-4.pdf"],
                 ImportOptions(workers=1))
    with archive.db.session() as s:
        public_id = s.scalars(select(Document.public_id)).one()
    add_user(archive, "editor@example.org", "editor")
    client = create_app(archive.settings, TESTING=True).test_client()
    token = login(client, "editor@example.org")
    client.get("/admin/?lang=tr")
    r = client.post(f"/admin/documents/{public_id}/delete", data={"csrf_token": token})
    assert r.status_code == 400 and "kutusunu işaretleyip Sil düğmesine yeniden basın" in r.get_data(as_text=True)
    client.post(f"/admin/documents/{public_id}", data={"csrf_token": token, "title": "Yeni başlık"})
    page = client.get(f"/admin/documents/{public_id}").get_data(as_text=True)
    assert '<p class="flash" role="status">Kaydedildi: Başlık.</p>' in page


def test_compiled_catalogue_is_in_step_with_the_po_file():
    """The application reads web/translations/<lang>/LC_MESSAGES/messages.mo (Flask-Babel);
    a .po edited without `make translations` (pybabel compile) fails here."""
    from babel.messages.mofile import read_mo

    with CATALOGUE.with_suffix(".mo").open("rb") as f:
        compiled = {m.id: m.string for m in read_mo(f) if m.id}
    source = {m.id: m.string for m in read(CATALOGUE) if m.id and m.string and not m.fuzzy}
    assert compiled == source


def test_dates_and_numbers_are_written_the_interface_languages_way(sample_archive):
    """Babel's CLDR data: day-month-year in both languages (the Court's and the UN's
    English), Turkish month names, and the thousands separator of each language."""
    from datetime import date

    from web import i18n

    app = create_app(sample_archive.settings, TESTING=True)
    for lang, day, month, number in (("en", "10 March 2015", "March 2015", "12,345"),
                                     ("tr", "10 Mart 2015", "Mart 2015", "12.345")):
        with app.test_request_context(f"/?lang={lang}"):
            assert i18n.format_date(date(2015, 3, 10)) == day
            assert i18n.format_date("2015-03-10", "month") == month
            assert i18n.format_date(date(2015, 3, 10), "year") == "2015"
            assert i18n.format_number(12345) == number
            assert i18n.gettext("Search the archive") == ("Arşivde ara" if lang == "tr" else "Search the archive")


def test_a_runs_outcomes_and_what_to_do_come_in_turkish(archive, tmp_path):
    """The run page names outcomes, the status and the kind in Turkish, says what each
    problem means in Turkish, and keeps the recorded detail, marked as English."""
    from ingest.importer import ImportOptions, import_paths

    from ..conftest import SAMPLES

    incoming = tmp_path / "incoming"
    incoming.mkdir()
    (incoming / "good.pdf").write_bytes((SAMPLES / "pdf" / "cat-co-tur-4.pdf").read_bytes())
    (incoming / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage")
    import_paths(archive.db, archive.blobs, archive.backend, [incoming], ImportOptions(workers=1))
    add_user(archive, "admin-runs@example.org", "admin")
    client = create_app(archive.settings, TESTING=True).test_client()
    login(client, "admin-runs@example.org")
    html = client.get("/admin/runs/1?lang=tr").get_data(as_text=True)
    assert "<td>alındı</td>" in html and "<td>başarısız</td>" in html
    assert '<span class="hint">Okunamadı ya da kaydedilemedi: ayrıntıya bakın, sonra yeniden deneyin.</span>' in html
    assert '<span class="detail" lang="en">' in html
    assert "<small>içe aktarma</small>" in html and ">tamamlandı</span>" in html
    assert ">başarısız</option>" in html and ">needs_password</option>" not in html
    status = client.get("/admin/runs/1/status.json?lang=tr").get_json()
    assert status["status"] == "done" and status["labels"]["done"] == "tamamlandı"
    assert status["labels"]["failed"] == "başarısız" and status["counts"] == {"ingested": 1, "failed": 1}
    english = client.get("/admin/runs/1?lang=en").get_data(as_text=True)
    assert "<td>failed</td>" in english and 'lang="en"' not in english.split("<table", 1)[1]


def test_an_error_page_speaks_the_interface_language(sample_archive):
    """werkzeug's descriptions of HTTP errors are English only: a page gives the
    interface's words for them; the API keeps its English messages for programs."""
    client = create_app(sample_archive.settings, TESTING=True).test_client()
    r = client.get("/nothing-here?lang=tr")
    html = r.get_data(as_text=True)
    assert r.status_code == 404 and "<p>Bu adreste bir sayfa yok.</p>" in html and "requested URL" not in html
    html = client.get("/nothing-here?lang=en").get_data(as_text=True)
    assert "<p>There is no page at this address.</p>" in html
    r = client.get("/admin/runs/1/retry?lang=tr")  # a form's address, opened as a page
    assert r.status_code == 405 and "<p>Bu sayfa bu şekilde kullanılamaz.</p>" in r.get_data(as_text=True)
    r = client.get("/api/v1/nothing-here")
    assert r.status_code == 404 and r.get_json()["error"].startswith("The requested URL was not found")
