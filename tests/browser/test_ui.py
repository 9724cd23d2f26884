"""The web interface in a real Chromium (Debian's package, driven by Playwright).

Screenshots of the search and document pages at desktop and phone widths are saved
under test-output/screenshots/.
"""
import pytest

from .conftest import SHOTS, VIEWPORTS

pytestmark = pytest.mark.browser


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport=VIEWPORTS["desktop"], locale="en-GB")
    pg = context.new_page()
    yield pg
    context.close()


def test_search_facet_document_page_and_language(page, server):
    page.goto(server + "/")
    page.fill("#q", "torture")
    page.press("#q", "Enter")
    page.wait_for_selector("ol.hits li.hit")
    assert "documents" in page.inner_text(".summary")
    total = int(page.inner_text(".summary strong"))
    # apply a facet, then remove it with its chip
    page.click("aside.facets section.facet:has(h2:text('Document type')) ul li a >> nth=0")
    page.wait_for_selector("ul.chips li a")
    filtered = int(page.inner_text(".summary strong"))
    assert 0 < filtered <= total
    page.click("ul.chips li a >> nth=0")
    page.wait_for_load_state()
    assert page.query_selector("ul.chips") is None
    assert int(page.inner_text(".summary strong")) == total
    # open a document and jump to a page
    page.click("ol.hits li.hit h3 a >> nth=0")
    page.wait_for_selector("article.document h1")
    assert page.query_selector("mark") is not None  # the query is highlighted in the text
    last = page.inner_text("nav.pagenav a >> nth=-1")
    page.click("nav.pagenav a >> nth=-1")
    assert page.url.endswith(f"#page-{last}")
    assert page.is_visible(f"#page-{last}")
    # the page's section is on screen (at the top, unless the document ends first)
    assert page.evaluate(f"document.getElementById('page-{last}').getBoundingClientRect().top < innerHeight")
    # switch to Turkish; the choice is remembered on the next page
    page.click("a[data-lang=tr]")
    page.wait_for_selector("html[lang=tr]")
    assert "Sonuçlara dön" in page.inner_text("main")  # the search still goes with the page
    assert "q=torture" in page.get_attribute("p.back a", "href")
    page.goto(server + "/")
    assert page.get_attribute("html", "lang") == "tr"
    assert page.is_visible("label:text('Arşivde ara')")


def test_keyboard_reaches_the_search_box(page, server):
    page.goto(server + "/")
    page.keyboard.press("Tab")  # the skip link comes first
    assert page.evaluate("document.activeElement.className") == "skip"
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.tagName") in ("A", "INPUT")


@pytest.mark.parametrize("lang", ["en", "tr"])
@pytest.mark.parametrize("width", list(VIEWPORTS))
def test_screenshots(browser, server, width, lang):
    """Search (filtered), document (with the query), publications and browse pages at
    both widths in both languages, kept under test-output/screenshots/."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(viewport=VIEWPORTS[width], locale="en-GB")
    page = context.new_page()
    page.goto(server + f"/?q=Diyarbak%C4%B1r&mechanism=UN&mechanism=civil-society&lang={lang}")
    page.wait_for_selector("ol.hits li.hit")
    assert page.get_attribute("html", "lang") == lang
    page.screenshot(path=str(SHOTS / f"search-{width}-{lang}.png"), full_page=True)
    page.click("ol.hits li.hit h3 a >> nth=0")
    page.wait_for_selector("article.document h1")
    page.screenshot(path=str(SHOTS / f"document-{width}-{lang}.png"), full_page=False)
    for name in ("publications", "browse/topics"):
        page.goto(f"{server}/{name}")
        page.screenshot(path=str(SHOTS / f"{name.replace('/', '-')}-{width}-{lang}.png"), full_page=False)
    context.close()
    assert (SHOTS / f"search-{width}-{lang}.png").stat().st_size > 10_000


def test_phone_and_keyboard_users_reach_the_results_first(browser, server):
    """At 390 px the filters fold behind a "Filters" button and the first result is a
    few Tab presses away; at 1280 px the skip link jumps over the facets. Tap targets
    of the search page are at least 24 px; one h1; titles and text carry `lang`."""
    phone = browser.new_context(viewport=VIEWPORTS["phone"], locale="en-GB")
    page = phone.new_page()
    page.goto(server + "/?q=torture")
    page.wait_for_selector("ol.hits li.hit")
    assert page.evaluate("document.querySelector('details.filters').open") is False
    assert page.is_visible("details.filters > summary") and not page.is_visible("aside.facets")
    first = page.evaluate("document.querySelector('ol.hits li.hit h3 a').getBoundingClientRect().top")
    assert first < 844 * 1.5, first  # on the first screen or just below it, not two screens down
    # from the top of the page: Tab to "Skip to the results", Enter, Tab: the first result
    for presses in range(1, 16):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.getAttribute('href')") == "#hits":
            break
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('li.hit h3') !== null"), presses
    assert presses + 1 <= 15
    page.click("details.filters > summary")
    assert page.is_visible("aside.facets")
    small = page.evaluate("""[...document.querySelectorAll('main a, main button, main summary')]
        .filter(e => e.offsetParent !== null)
        .map(e => [e.textContent.trim().slice(0, 30), e.getBoundingClientRect().height])
        .filter(([, h]) => h < 24)""")
    assert small == [], small
    assert page.evaluate("document.querySelectorAll('h1').length") == 1
    phone.close()
    desktop = browser.new_context(viewport=VIEWPORTS["desktop"], locale="en-GB")
    page = desktop.new_page()
    page.goto(server + "/?q=torture")
    assert page.is_visible("aside.facets") and not page.is_visible("details.filters > summary")
    page.focus("#q")
    for _ in range(3):  # the search button, the help link, then the skip link over the facets
        page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('href')") == "#hits"
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('li.hit h3') !== null")
    page.click("ol.hits li.hit h3 a >> nth=0")
    page.wait_for_selector("article.document h1")
    lang = page.get_attribute("article.document h1", "lang")
    assert lang and lang == page.get_attribute("div.pagetext >> nth=0", "lang")
    desktop.close()
