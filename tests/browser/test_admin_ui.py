"""The admin area in a real Chromium: log in, upload, watch the run finish, edit, log out."""
import pytest

from archive.context import Archive
from archive.settings import Settings
from web import create_app

from ..conftest import ROOT, SAMPLES, serving
from ..web.admin_helpers import PASSWORD, add_user

pytestmark = pytest.mark.browser
SHOTS = ROOT / "test-output" / "screenshots"


@pytest.fixture
def admin_server(tmp_path):
    settings = Settings(data_dir=tmp_path / "data", workers=1)
    archive = Archive.open(settings)
    add_user(archive, "editor@example.org", "editor")
    add_user(archive, "admin@example.org", "admin")
    archive.close()
    with serving(create_app(settings)) as url:
        yield url


def test_login_upload_progress_edit_and_logout(browser, admin_server):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(admin_server + "/admin/upload")
    assert "/admin/login" in page.url
    page.fill("#email", "editor@example.org")
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/upload")
    page.set_input_files("#files", [str(SAMPLES / "pdf" / "cat-co-tur-4.pdf"),
                                    str(SAMPLES / "pdf" / "ngo-kayyum-brifing.pdf")])
    page.select_option("#visibility", "restricted")
    page.click("form[data-max-bytes] button[type=submit]")
    page.wait_for_url("**/admin/runs/*")
    # the page polls until the run is done, then reloads with the outcomes
    page.wait_for_selector(".progress[data-status=done]", timeout=60_000)
    assert page.inner_text(".run-done") == "2"
    assert page.locator("tr.outcome-ingested").count() == 2
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "admin-run.png"), full_page=True)
    page.click("tr.outcome-ingested a >> nth=0")
    page.wait_for_selector("#f-title")
    page.fill("#f-title", "Edited in the browser")
    page.click("form.edit button[type=submit]")
    page.wait_for_selector("p.flash")
    assert "Saved: Title." in page.inner_text("p.flash")
    assert page.input_value("#f-title") == "Edited in the browser"
    page.screenshot(path=str(SHOTS / "admin-document.png"), full_page=True)
    page.click("form.logout button")
    page.wait_for_load_state()
    page.goto(admin_server + "/admin/")
    assert "/admin/login" in page.url
    assert not errors, errors
    context.close()


def test_the_audit_log_shows_times_in_the_readers_time_zone(browser, admin_server):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB",
                                  timezone_id="Europe/Istanbul")
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(admin_server + "/admin/login")
    page.fill("#email", "admin@example.org")
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/**")
    page.goto(admin_server + "/admin/audit?action=login")
    stamp = page.locator("table.audit time >> nth=0")
    assert stamp.get_attribute("title").endswith(" UTC")  # what the server sent
    shown = stamp.inner_text()
    assert "UTC" not in shown and ("GMT+3" in shown or "TRT" in shown), shown
    assert not errors, errors
    context.close()


def test_the_upload_size_check_speaks_the_interface_language(browser, tmp_path):
    """The upload form's own check (before anything is sent) says, in Turkish on the
    Turkish page, that the files are over the limit and by how much."""
    settings = Settings(data_dir=tmp_path / "data", workers=1, max_upload_mb=1)
    archive = Archive.open(settings)
    add_user(archive, "editor@example.org", "editor")
    archive.close()
    with serving(create_app(settings)) as url:
        page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
        page.goto(url + "/admin/login?lang=tr")
        page.fill("#email", "editor@example.org")
        page.fill("#password", PASSWORD)
        page.click("button[type=submit]")
        page.goto(url + "/admin/upload?lang=tr")
        page.set_input_files("#files", [{"name": "big.pdf", "mimeType": "application/pdf",
                                         "buffer": b"%PDF-1.7 " + b"0" * 2_500_000}])
        note = page.inner_text(".upload-size")
        assert "3 MB" in note and "1 MB" in note and "These files" not in note, note
        page.click("form[data-max-bytes] button[type=submit]")  # refused in the page: nothing sent
        assert "/admin/upload" in page.url
