"""What an advocate does, by clicking, in a real Chromium at desktop and phone width, in
English and Turkish: build "UN or CoE, about Türkiye, Article 3, since 2010" from the
facets, keep it while reading a document, and cite a result with a paragraph pinpoint.

Screenshots of each step are kept under test-output/screenshots/advocate-*.png.
"""
from urllib.parse import parse_qs, urlsplit

import pytest

from .conftest import SHOTS, VIEWPORTS

pytestmark = pytest.mark.browser


def params(page) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    return parse_qs(urlsplit(page.url).query)


def open_filters(page) -> None:  # type: ignore[no-untyped-def]
    """On a phone the facets are folded behind "Filters": open them."""
    if not page.evaluate("document.querySelector('details.filters').open"):
        page.click("details.filters > summary")
    assert page.is_visible("aside.facets")


def tick(page, facet: str, value: str) -> None:  # type: ignore[no-untyped-def]
    """Click the facet value (a check box link) that adds `value` to `facet`."""
    open_filters(page)
    boxes = page.locator("aside.facets a[role=checkbox][aria-checked=false]")
    hrefs = boxes.evaluate_all("links => links.map(a => a.href)")
    chosen = params(page).get(facet, [])
    wanted = [i for i, h in enumerate(hrefs)
              if sorted(parse_qs(urlsplit(h).query).get(facet, [])) == sorted([*chosen, value])]
    assert wanted, f"no check box adds {facet}={value}"
    boxes.nth(wanted[0]).click()
    page.wait_for_load_state()
    assert value in params(page)[facet]


@pytest.mark.parametrize("lang", ["en", "tr"])
@pytest.mark.parametrize("width", list(VIEWPORTS))
def test_an_advocate_builds_a_filter_by_clicking_and_cites_a_paragraph(browser, server, width, lang):
    SHOTS.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(viewport=VIEWPORTS[width], locale="en-GB")
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server)
    page = context.new_page()
    page.goto(f"{server}/?lang={lang}")
    everything = int(page.inner_text(".summary strong"))

    # UN or CoE: two values of one facet, combined with "any of" (the default)
    tick(page, "mechanism", "UN")
    un = int(page.inner_text(".summary strong"))
    tick(page, "mechanism", "CoE")
    either = int(page.inner_text(".summary strong"))
    assert 0 < un < either < everything
    open_filters(page)
    assert page.locator("ul.tree a[role=checkbox][aria-checked=true]").count() == 2
    # "all of" in the page: no document is both; the chosen values stay, with 0
    page.locator("section.facet p.ops a").filter(has_text="all of" if lang == "en" else "hepsi").first.click()
    page.wait_for_load_state()
    assert params(page)["mechanism_op"] == ["all"] and int(page.inner_text(".summary strong")) == 0
    open_filters(page)
    assert page.locator("ul.tree a[role=checkbox][aria-checked=true]").count() == 2
    page.locator("section.facet p.ops a").filter(has_text="any of" if lang == "en" else "herhangi").first.click()
    page.wait_for_load_state()
    assert params(page)["mechanism_op"] == ["any"] and int(page.inner_text(".summary strong")) == either
    # about Türkiye (the subject-country facet, not every country named), Article 3
    tick(page, "country", "TR")
    tick(page, "article", "3")
    # since 2010: the year range form
    open_filters(page)
    page.fill("form.range input[name=year_from]", "2010")
    page.click("form.range button[type=submit]")
    page.wait_for_load_state()
    assert {k: sorted(v) for k, v in params(page).items() if k not in ("lang", "mechanism_op")} == {
        "mechanism": ["CoE", "UN"], "country": ["TR"], "article": ["3"], "year_from": ["2010"]}
    # the one Article 3 judgment of the sample collection; chips in words, not keys
    assert int(page.inner_text(".summary strong")) == 1
    assert "7469/06" in page.inner_text("ol.hits li.hit")
    chips = page.inner_text("ul.chips")
    country, year = ("Country: Türkiye", "From year: 2010") if lang == "en" else ("Ülke: Türkiye", "Başlangıç yılı: 2010")
    assert country in chips and year in chips and "year_from" not in chips
    page.screenshot(path=str(SHOTS / f"advocate-filters-{width}-{lang}.png"), full_page=True)

    # the judgment, and back to the same results
    page.click("ol.hits li.hit h3 a")
    page.wait_for_selector("article.document h1")
    page.click("p.back a")
    page.wait_for_selector("ol.hits li.hit")
    assert sorted(params(page)["mechanism"]) == ["CoE", "UN"] and params(page)["article"] == ["3"]

    # a word searched within the UN and CoE filters: a hit's paragraph pinpoint, cited
    page.goto(f"{server}/?q=custody&mechanism=UN&mechanism=CoE&country=TR&year_from=2010&lang={lang}")
    pin = page.locator("ol.hits a.pin").first
    assert pin.inner_text() == "para. 12"
    pin.click()
    page.wait_for_selector("#citation")
    assert page.url.endswith("#para-12")
    assert page.evaluate("document.getElementById('para-12').getBoundingClientRect().top < innerHeight")
    cited = page.inner_text("#citation")
    date = "2 June 2016" if lang == "en" else "2 Haziran 2016"
    assert cited == f"CAT/C/TUR/CO/4, para. 12 ({date})"
    page.click("button.copy")
    assert page.evaluate("navigator.clipboard.readText()") == cited
    assert page.inner_text("button.copy") == ("Copied" if lang == "en" else "Kopyalandı")
    page.screenshot(path=str(SHOTS / f"advocate-citation-{width}-{lang}.png"), full_page=False)
    context.close()
