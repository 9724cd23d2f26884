"""Paragraph pinpoints: "§ 45" in judgments, "para. 12" in UN documents."""
import html
import re

import pytest

from web.paragraphs import paragraph_at, paragraph_starts, snippet_paragraph
from web import create_app

UN_PAGE = """CAT/C/TUR/CO/4
11. The Committee notes the adoption of the law.
12. The Committee is concerned about:
1. Reports of ill-treatment in police custody;
2. The length of pre-trial detention.
It recommends that the State party:
13. Ensure that every allegation is investigated."""


def test_paragraph_numbers_run_on_and_lists_inside_a_paragraph_are_not_paragraphs():
    starts = paragraph_starts(UN_PAGE)
    assert [n for n, _ in starts] == [11, 12, 13]
    custody = UN_PAGE.index("police custody")
    assert paragraph_at(starts, custody) == 12
    assert paragraph_at(starts, 0) is None  # before the first paragraph
    # HUDOC runs a judgment's paragraphs together on one line
    line = ("PROCEDURE 1.     The case originated in an application. 2.     The applicant was represented. "
            "On 3 March 2008. 3.     The Government were represented by their Agent.")
    assert [n for n, _ in paragraph_starts(line)] == [1, 2, 3]


def test_a_snippet_is_placed_in_its_paragraph_even_with_its_whitespace_collapsed():
    snippet = "…is concerned about: 1. Reports of ill-treatment in police <mark>custody</mark>; 2. The length…"
    assert snippet_paragraph(UN_PAGE, snippet) == 12
    assert snippet_paragraph(UN_PAGE, "…<mark>nowhere</mark> in this text…") is None
    assert snippet_paragraph("No numbered paragraphs. Just <b>text</b>.", "<mark>Just</mark>") is None


def test_a_real_judgment_from_hudoc_has_its_paragraphs_found(corpus):
    text = (corpus / "ecthr-hudoc" / "001-100404.txt").read_text(encoding="utf-8")
    numbers = [n for n, _ in paragraph_starts(text)]
    assert numbers[:3] == [1, 2, 3] and numbers == list(range(1, len(numbers) + 1)) and len(numbers) > 30


@pytest.fixture(scope="module")
def client(sample_archive):
    return create_app(sample_archive.settings, TESTING=True).test_client()


def test_a_hit_shows_its_paragraph_and_the_citation_carries_the_pinpoint(client):
    page = client.get("/?q=custody&mechanism=UN").get_data(as_text=True)
    link = re.search(r'<a class="pin" href="([^"]+)">para\. 12</a>', page)
    assert link, "the CAT hit shows para. 12"
    url = html.unescape(link.group(1))
    assert url.endswith("para=12#para-12") and "q=custody" in url
    doc = client.get(url.split("#")[0]).get_data(as_text=True)
    assert '<span class="para" id="para-12"></span>' in doc
    assert '<code id="citation">CAT/C/TUR/CO/4, para. 12 (2 June 2016)</code>' in doc
    # a paragraph the document does not have is not cited
    wrong = client.get(url.split("#")[0].replace("para=12", "para=999")).get_data(as_text=True)
    assert '<code id="citation">CAT/C/TUR/CO/4 (2 June 2016)</code>' in wrong
    api = client.get("/api/v1/search?q=custody&mechanism=UN").get_json()
    cat = next(h for h in api["hits"] if h["symbol"] == "CAT/C/TUR/CO/4")
    assert [p["paragraph"] for p in cat["pages"]][:1] == [12]
