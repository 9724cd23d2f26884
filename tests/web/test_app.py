"""The web app through Flask's test client over the sample archive."""
import pytest

from web import create_app


@pytest.fixture(scope="module")
def client(sample_archive):
    app = create_app(sample_archive.settings, TESTING=True)
    return app.test_client()


def test_api_search_shape(client):
    r = client.get("/api/v1/search?q=torture")
    assert r.status_code == 200
    data = r.get_json()
    assert data["total"] > 0
    hit = data["hits"][0]
    assert set(hit) >= {"id", "title", "mechanism", "body", "doc_type", "language", "date", "pages"}
    # ocr_confidence is null on pages with a text layer (the sample collection has no scan)
    assert all(set(p) == {"number", "snippet", "ocr_confidence", "paragraph"} and p["ocr_confidence"] is None
               for p in hit["pages"])
    assert set(data["facets"]) >= {"mechanism", "body", "doc_type", "language", "topic", "country", "year"}
    assert all(set(c) == {"value", "count"} for c in data["facets"]["mechanism"])


def test_api_filters_paginate_and_accept_operators(client):
    all_un = client.get("/api/v1/search?mechanism=UN&page_size=100").get_json()
    assert all_un["total"] > 0 and all(h["mechanism"] == "UN" for h in all_un["hits"])
    no_un = client.get("/api/v1/search?mechanism=UN&mechanism_op=none&page_size=100").get_json()
    everything = client.get("/api/v1/search?page_size=100").get_json()
    assert all_un["total"] + no_un["total"] == everything["total"]
    p2 = client.get("/api/v1/search?mechanism=UN&page=2&page_size=3").get_json()
    assert [h["id"] for h in p2["hits"]] == [h["id"] for h in all_un["hits"][3:6]]


@pytest.mark.parametrize("url, needle", [
    ('/api/v1/search?q="unclosed&strict=1', "unclosed quotation mark"),
    ("/api/v1/search?q=AND+OR&strict=1", "AND needs a search term"),
    ("/api/v1/search?q=title:&strict=1", "title: needs a value"),
    ("/api/v1/search?" + "&".join(f"topic=t{i}" for i in range(60)), "too many values for topic"),
    ("/api/v1/search?page=zero", "page must be a whole number"),
    ("/api/v1/search?sort=random", "sort must be one of"),
    ("/api/v1/search?added_from=yesterday", "added_from must be a date written YYYY-MM-DD"),
    ("/api/v1/search?body_op=maybe", "body_op must be one of"),
])
def test_api_errors_have_one_shape(client, url, needle):
    r = client.get(url)
    assert r.status_code == 400
    data = r.get_json()
    assert data["ok"] is False and data["status"] == 400 and needle in data["error"]


def test_api_not_found_shape(client):
    for url in ("/api/v1/documents/nope", "/api/v1/nothing-here"):
        r = client.get(url)
        assert r.status_code == 404 and r.get_json() == {"ok": False, "error": r.get_json()["error"], "status": 404}


def test_search_page_renders_results_facets_and_snippets(client):
    r = client.get("/?q=Diyarbakır")
    html = r.get_data(as_text=True)
    assert r.status_code == 200
    assert "<mark>" in html and "p. 1" in html
    assert 'aria-label="Filters"' in html and "Mechanism" in html
    assert "Content-Security-Policy" in r.headers


def test_search_page_filters_show_removable_chips(client):
    html = client.get("/?q=torture&mechanism=CoE").get_data(as_text=True)
    assert "Remove filter Mechanism: Council of Europe" in html  # its accessible name, in words


def test_search_page_reads_what_people_type_and_says_how(client):
    r = client.get("/?q=rights of the child - juvenile justice (torture")
    html = r.get_data(as_text=True)
    assert r.status_code == 200 and "Traceback" not in html
    assert "Searched for: <strong>rights of the child juvenile justice torture</strong>" in html
    # valid syntax is searched as written, without a note
    assert "Searched for" not in client.get('/?q="police custody"').get_data(as_text=True)
    # tools that ask for strict parsing get the error with a hint
    r = client.get('/?q="unclosed&strict=1')
    assert r.status_code == 400 and "unclosed quotation mark" in r.get_data(as_text=True)


def test_queries_are_escaped_in_pages(client):
    payload = '<script>alert(1)</script>'
    html = client.get("/", query_string={"q": payload}).get_data(as_text=True)
    assert payload not in html and "&lt;script&gt;" in html


def test_document_page_file_and_pages_api(client):
    hit = client.get("/api/v1/search?q=symbol:CAT/C/TUR/CO/4").get_json()["hits"][0]
    html = client.get(f"/documents/{hit['id']}").get_data(as_text=True)
    assert 'id="page-2"' in html and "CAT/C/TUR/CO/4" in html and f"/documents/{hit['id']}/file#page=2" in html
    with client.get(f"/documents/{hit['id']}/file") as f:
        assert f.status_code == 200 and f.data.startswith(b"%PDF") and f.mimetype == "application/pdf"
    pages = client.get(f"/api/v1/documents/{hit['id']}/pages").get_json()["pages"]
    assert [p["number"] for p in pages] == [1, 2]
    doc = client.get(f"/api/v1/documents/{hit['id']}").get_json()
    assert doc["symbol"] == "CAT/C/TUR/CO/4" and doc["date"] == "2016-06-02"


def test_restricted_document_is_invisible_everywhere(client, sample_archive):
    from sqlalchemy import select

    from archive.models import Document

    with sample_archive.db.session() as s:
        restricted = s.scalar(select(Document.public_id).where(Document.visibility == "restricted"))
    for url in (f"/documents/{restricted}", f"/documents/{restricted}/file",
                f"/api/v1/documents/{restricted}", f"/api/v1/documents/{restricted}/pages"):
        with client.get(url) as r:
            assert r.status_code == 404, url
    for url in ("/?q=zanzibarquill", "/api/v1/search?q=zanzibarquill", "/api/v1/search?q=&page_size=100",
                "/?q=&page_size=100", "/?q=witness", "/api/v1/search?q=internal-note"):
        body = client.get(url).get_data(as_text=True)
        assert restricted not in body and "witness interviews" not in body.lower(), url
        assert "internal-note" not in body.replace("q=internal-note", ""), url
    assert client.get("/api/v1/search?q=zanzibarquill").get_json()["total"] == 0


def test_healthz_tells_the_public_only_whether_it_works(client):
    r = client.get("/healthz")
    assert r.status_code == 200
    # no counts: they would include restricted documents
    assert r.get_json() == {"ok": True, "database": {"ok": True}, "index": {"ok": True, "engine": "whoosh"}}


def test_ecthr_facets_and_language_names_in_the_interface_language(client):
    en = client.get("/?q=&lang=en").get_data(as_text=True)
    assert "Article" in en and "Art. 3" in en and "Violation" in en and "Mentions" in en
    tr = client.get("/?q=&lang=tr").get_data(as_text=True)
    assert "Madde" in tr and "Md. 3" in tr and "İhlal" in tr and "Türkçe" in tr and "İngilizce" in tr
    # the document page names the conclusions and what the document is about
    judgment = client.get("/api/v1/search?q=symbol:7469/06").get_json()["hits"][0]["id"]
    page = client.get(f"/documents/{judgment}?lang=en").get_data(as_text=True)
    assert "Art. 3: violation" in page and "About" in page
    assert 'Articles in issue</dt><dd><a href="/?article=3">Art. 3</a>' in page
    doc = client.get(f"/api/v1/documents/{judgment}").get_json()
    assert doc["ecthr"]["articles"] == ["3"]


def test_facets_combine_by_clicking_and_chosen_values_stay(client):
    """'UN or CoE' by clicking: choosing UN keeps the other mechanisms as unchecked
    boxes with their counts; a chosen value with no documents stays, with 0."""
    import re

    everything = client.get("/api/v1/search").get_json()["facets"]["mechanism"]
    counts = {c["value"]: c["count"] for c in everything}
    assert {"UN", "CoE"} <= set(counts)
    page = client.get("/?mechanism=UN").get_data(as_text=True)
    assert re.search(r'role="checkbox" aria-checked="true" class="selected" href="\?">', page)  # unchoose: all
    coe = re.search(r'<a role="checkbox" aria-checked="false" href="\?([^"]*mechanism=CoE[^"]*)">([^<]*)</a>\s*'
                    r'<span class="count">(\d+)</span>', page)
    assert coe and "mechanism=UN" in coe.group(1) and int(coe.group(3)) == counts["CoE"]
    both = client.get("/api/v1/search?mechanism=UN&mechanism=CoE").get_json()
    assert both["total"] == counts["UN"] + counts["CoE"]
    # a chosen language no document has stays in the list, checked, with 0
    page = client.get("/?q=torture&language=ka").get_data(as_text=True)
    assert re.search(r'aria-checked="true" class="selected" href="[^"]*">Georgian</a>\s*<span class="count">0</span>',
                     page)


def test_chips_say_what_they_filter_and_clear_all(client):
    page = client.get("/?q=torture&mechanism=UN&year_from=2010&year_to=2020&sort=newest").get_data(as_text=True)
    assert "From year: 2010" in page and "To year: 2020" in page and "year_from:" not in page
    clear = page.split('<li class="clear"><a href="?', 1)[1].split('"', 1)[0]
    assert clear == "q=torture&amp;sort=newest"


def test_a_year_range_backwards_is_a_clear_error_not_zero_results(client):
    r = client.get("/api/v1/search?year_from=2020&year_to=2016")
    assert r.status_code == 400 and "the from-year (2020) is after the to-year (2016)" in r.get_json()["error"]
    page = client.get("/?year_from=2020&year_to=2016").get_data(as_text=True)
    assert "the from-year (2020) is after the to-year (2016)" in page and "swap the two years" in page


def test_a_document_opened_from_the_results_leads_back_to_the_same_results(client):
    """Query, filters, operator, sort and page travel with the document link, survive a
    language switch on the document page, and come back on "Back to results"."""
    import html
    import re

    search = "q=torture&mechanism=UN&mechanism_op=any&sort=newest&page_size=1&page=2"
    page = client.get(f"/?{search}").get_data(as_text=True)
    link = html.unescape(re.search(r'<h3><input[^>]*> <a href="(/documents/[^"]+)"', page).group(1))
    assert link.split("?", 1)[1] == search
    doc = client.get(link).get_data(as_text=True)
    back = html.unescape(re.search(r'<p class="back"><a href="([^"]+)">← Back to results', doc).group(1))
    assert back == f"/?{search}"
    assert "<mark>" in doc  # the query is highlighted in the text
    turkish = html.unescape(re.search(r'<a href="(\?[^"]*lang=tr[^"]*)"', doc).group(1))
    doc_tr = client.get(link.split("?")[0] + turkish).get_data(as_text=True)
    assert html.unescape(re.search(r'<p class="back"><a href="([^"]+)">← Sonuçlara dön', doc_tr).group(1)) == \
        f"/?{search}"
    # a document opened without a search offers the search page
    plain = client.get(link.split("?")[0] + "?lang=en").get_data(as_text=True)
    assert '<p class="back"><a href="/">← Back to search</a>' in plain  # (lang is not search context)
