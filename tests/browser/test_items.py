"""The rest of the interface in a real Chromium, at desktop and phone width, in English
and Turkish: the document page (the query highlighted, the pages it was found on, the
other language versions, the PDF at a page), publications and latest additions, exports
of ticked results, and the admin area's delete confirmation, mechanism/body check and
audit log filters. Screenshots under test-output/screenshots/items-*.png.
"""
from urllib.parse import parse_qs, urlsplit

import pytest

from archive.context import Archive
from archive.settings import Settings
from ingest.importer import ImportOptions, import_paths
from web import create_app

from ..conftest import SAMPLES, serving
from .conftest import SHOTS, VIEWPORTS
from ..web.admin_helpers import PASSWORD, add_user

pytestmark = pytest.mark.browser
WIDTHS = pytest.mark.parametrize("width", list(VIEWPORTS))
LANGS = pytest.mark.parametrize("lang", ["en", "tr"])


@pytest.fixture
def context(browser, request):  # type: ignore[no-untyped-def]
    width = request.node.callspec.params["width"]
    ctx = browser.new_context(viewport=VIEWPORTS[width], locale="en-GB", accept_downloads=True)
    yield ctx
    ctx.close()


def shot(page, name: str) -> None:  # type: ignore[no-untyped-def]
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"items-{name}.png"), full_page=False)


@WIDTHS
@LANGS
def test_the_document_page_shows_what_was_searched_and_links_its_versions(context, server, width, lang):
    page = context.new_page()
    page.goto(f"{server}/?q=custody&mechanism=UN&lang={lang}")
    page.click("ol.hits li.hit h3 a:text('Concluding observations on the fourth periodic report of Turkey')")
    page.wait_for_selector("article.document h1")
    # the query's word marked in the text, and the pages it was found on, with snippets
    assert page.locator(".pagetext mark").count() >= 1
    assert [m.lower() for m in page.locator(".pagetext mark").all_inner_texts()] == \
        ["custody"] * page.locator(".pagetext mark").count()
    found = page.locator("section.found li")
    assert found.count() >= 1 and "custody" in found.first.inner_text()
    # each page opens in the PDF at that page
    assert page.get_attribute("#page-2 a.open", "href").endswith("/file#page=2")
    # back to the results keeps the query and the filter
    back = parse_qs(urlsplit(page.get_attribute("p.back a", "href")).query)
    assert back["q"] == ["custody"] and back["mechanism"] == ["UN"]
    shot(page, f"document-{width}-{lang}")
    # the French version of the same text (same symbol), named in the interface language
    version = page.locator("p.versions a[hreflang=fr]")
    assert version.inner_text() == ("French" if lang == "en" else "Fransızca")
    version.click()
    page.wait_for_selector("article.document h1[lang=fr]")
    assert page.locator("p.versions a[hreflang=en]").count() == 1
    # the other version keeps the way back to the same results
    assert parse_qs(urlsplit(page.get_attribute("p.back a", "href")).query)["q"] == ["custody"]


@WIDTHS
@LANGS
def test_publications_latest_additions_and_exports(context, server, width, lang):
    page = context.new_page()
    page.goto(f"{server}/publications?lang={lang}")
    years = [int(y) for y in page.locator("section.pubyear h3").all_inner_texts()]
    assert len(years) >= 2 and years == sorted(years, reverse=True)  # grouped by year, newest first
    assert page.locator("section.pubyear h4").count() >= len(years)  # then by organisation
    feed = page.get_attribute("a[href$='/publications.atom']", "href")
    assert "<feed" in page.request.get(server + feed).text()
    shot(page, f"publications-{width}-{lang}")
    page.goto(f"{server}/latest?lang={lang}")
    assert page.locator("h3[id^=d-]").first.inner_text().startswith("Archived on" if lang == "en" else "Arşivlenme tarihi")
    assert page.locator("ul.browse li").count() >= 10
    shot(page, f"latest-{width}-{lang}")
    # tick two results and export them as BibTeX; the CSV for Excel starts with a BOM
    page.goto(f"{server}/?q=torture&lang={lang}")
    boxes = page.locator("ol.hits input[type=checkbox][form=cite-form]")
    boxes.nth(0).check()
    boxes.nth(1).check()
    with page.expect_download() as download:
        page.click("#cite-form button:not([formaction])")
    text = download.value.path().read_text(encoding="utf-8")
    assert text.count("\n@") + text.startswith("@") == 2
    csv_link = page.locator("p.tools a[href*='excel=1']").get_attribute("href")
    assert page.request.get(server + csv_link).body().startswith(b"\xef\xbb\xbf")


@pytest.fixture
def admin_server(tmp_path):
    settings = Settings(data_dir=tmp_path / "data", workers=1)
    archive = Archive.open(settings)
    import_paths(archive.db, archive.blobs, archive.backend,
                 [SAMPLES / "pdf" / "cat-co-tur-4.pdf", SAMPLES / "pdf" / "cpt-inf-2017-32.pdf"],
                 ImportOptions(workers=1))
    add_user(archive, "yonetici@example.org", "admin")
    archive.close()
    with serving(create_app(settings)) as url:
        yield url


@WIDTHS
@LANGS
def test_admin_confirms_deletes_explains_bodies_and_filters_the_audit_log(context, admin_server, width, lang):
    page = context.new_page()
    page.goto(f"{admin_server}/admin/login?lang={lang}")
    page.fill("#email", "yonetici@example.org")
    page.fill("#password", PASSWORD)
    page.click("form button[type=submit]")
    page.wait_for_url("**/admin/")
    page.goto(f"{admin_server}/admin/documents")
    page.click("table a:text('Concluding observations on the fourth periodic report of Turkey')")
    page.wait_for_selector("#f-title")
    document_url = page.url
    # CAT under the Council of Europe: explained in the form, not silently switched
    page.select_option("#f-mechanism", "CoE")
    page.click("form.edit button[type=submit]")
    error = page.inner_text("span.form-error")
    assert error.startswith("CAT is a body of United Nations (UN), not of CoE" if lang == "en"
                            else "CAT, Birleşmiş Milletler (UN) organıdır, CoE organı değil")
    assert page.input_value("#f-mechanism") == "CoE"  # what the person chose stays in the form
    shot(page, f"admin-body-{width}-{lang}")
    # Delete without ticking "Yes, delete": the browser does not send the form
    page.goto(document_url)
    delete = page.locator("form[action$='/delete']")
    delete.locator("button.danger").click()
    assert page.url == document_url and delete.count() == 1
    assert page.evaluate("document.querySelector(\"form[action$='/delete'] input[name=confirm]\").validity.valueMissing")
    delete.locator("input[name=confirm]").check()
    delete.locator("button.danger").click()
    page.wait_for_selector("p.flash")
    assert page.inner_text("p.flash").startswith("Deleted." if lang == "en" else "Silindi.")
    page.click("form[action$='/restore'] button")
    page.wait_for_selector("form[action$='/delete']")
    # the audit log: actions in words, filtered in the page
    page.goto(f"{admin_server}/admin/audit")
    label = "delete" if lang == "en" else "silme"
    page.select_option("select[name=action]", label=label)
    page.click("form.filters-row button[type=submit]")
    page.wait_for_load_state()
    assert parse_qs(urlsplit(page.url).query)["action"] == ["delete"]
    actions = page.locator("table.audit tbody tr td:nth-child(3)").all_inner_texts()
    assert actions == [label], actions
    # a wide table scrolls in its own box: the page itself never scrolls sideways
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    shot(page, f"admin-audit-{width}-{lang}")
