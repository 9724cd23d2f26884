"""Every public route through the test client: pages, feeds, exports, API and OpenAPI."""
import csv
import io
import json
import re
from pathlib import Path
from xml.etree import ElementTree as ET

import jsonschema
import pytest
from sqlalchemy import select

from archive import accounts
from archive.models import Document
from web import create_app

from .admin_helpers import add_user, login

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(scope="module")
def app(sample_archive):
    return create_app(sample_archive.settings, TESTING=True)


@pytest.fixture(scope="module")
def client(app):
    return app.test_client()


@pytest.fixture(scope="module")
def ids(sample_archive):
    with sample_archive.db.session() as s:
        return {d.symbol: d.public_id for d in s.scalars(select(Document))}


def test_search_page_has_tree_operators_histogram_and_exports(client):
    html = client.get("/?q=torture&mechanism=UN").get_data(as_text=True)
    assert 'class="tree"' in html and "United Nations" in html
    assert "all of" in html and "none of" in html  # operators of the active mechanism filter
    assert 'class="bar w' in html  # year histogram
    for link in ("/search.atom?", "/search.csv?", "/search.jsonl?"):
        assert link in html
    assert 'href="/help"' in html


def test_facet_operator_none_excludes(client):
    data = client.get("/api/v1/search?topic=torture&topic_op=none&page_size=100").get_json()
    assert data["total"] > 0 and all("torture" not in h["topics"] for h in data["hits"])


def test_turkish_interface_is_switchable_and_remembered(client):
    r = client.get("/?q=işkence&lang=tr")
    html = r.get_data(as_text=True)
    assert '<html lang="tr">' in html and "Arşivde ara" in html and "Hukuki konu" in html
    assert "lang=tr" in r.headers.get("Set-Cookie", "")
    html = client.get("/help").get_data(as_text=True)  # remembered by the cookie
    assert "Arama yardımı" in html and "Büyük/küçük harf" in html
    client.get("/?lang=en")
    assert '<html lang="en">' in client.get("/").get_data(as_text=True)


def test_dates_are_formatted_per_language(client, ids):
    page = f"/documents/{ids['CAT/C/TUR/CO/4']}"
    html = client.get(page + "?lang=en").get_data(as_text=True)
    assert "2 June 2016" in html and "creation date" not in html  # a date the document prints
    assert "2 Haziran 2016" in client.get(page + "?lang=tr").get_data(as_text=True)
    client.get("/?lang=en")


def test_document_page_highlights_cites_and_links_pages(client, ids):
    html = client.get(f"/documents/{ids['28749/18']}?q=suspicion").get_data(as_text=True)
    assert "<mark>" in html and 'id="page-1"' in html
    assert '<code id="citation">Kavala v. Turkey, no. 28749/18, 10 December 2019</code>' in html  # to copy
    assert "Cited by" in html and "Interim resolution" in html
    assert "More like this" in html
    assert f"/documents/{ids['28749/18']}/file#page=1" in html


def test_browse_pages(client):
    html = client.get("/browse/mechanisms").get_data(as_text=True)
    assert "Council of Europe" in html and "ECtHR" in html
    html = client.get("/browse/topics").get_data(as_text=True)
    assert "Torture and ill-treatment" in html and "ECHR Art. 3" in html
    # a broader topic counts the documents of its narrower ones (it was 0: nothing is
    # tagged with a top-level topic itself)
    counts = dict(re.findall(r'topic=([\w-]+)">[^<]*</a> <span class="count">(\d+)</span>', html))
    assert int(counts["civil-political"]) >= int(counts["torture"]) > 0
    assert int(counts["physical-integrity"]) >= int(counts["torture"])
    # a topic without documents is listed, but leads to no empty search
    assert '<span class="none">Academics for Peace</span> <span class="count">0</span>' in html
    assert "topic=academics-for-peace" not in html
    assert "Concluding observations" in client.get("/browse/types").get_data(as_text=True)
    page = client.get("/publications").get_data(as_text=True)
    # grouped by year, then by who published; newest year first; reports and briefings only
    years = re.findall(r'<h3 id="y-(\d{4})">', page)
    assert years and years == sorted(years, reverse=True)
    assert "<h4>Bridge Legal Aid Association</h4>" in page and "<h4>CPT</h4>" in page
    assert "Concluding observations" not in page  # not a publication type
    assert 'href="/publications.atom"' in page
    feed = ET.fromstring(client.get("/publications.atom").data)
    assert feed.find(f"{ATOM}title").text == "hrarchive: Publications"
    titles = [e.find(f"{ATOM}title").text for e in feed.findall(f"{ATOM}entry")]
    import html as html_lib

    assert titles and all(t in html_lib.unescape(page) for t in titles)  # the page lists what the feed has
    assert client.get("/browse").status_code == 302


def test_atom_feed_is_valid_and_newest_first(client):
    r = client.get("/search.atom?q=torture")
    assert r.mimetype == "application/atom+xml"
    feed = ET.fromstring(r.data)
    assert feed.tag == f"{ATOM}feed" and feed.find(f"{ATOM}id") is not None
    entries = feed.findall(f"{ATOM}entry")
    assert entries
    for e in entries:
        for child in ("id", "title", "updated", "link", "summary"):
            assert e.find(f"{ATOM}{child}") is not None
    dates = [e.find(f"{ATOM}updated").text for e in entries]
    assert dates == sorted(dates, reverse=True)


def test_csv_and_jsonl_exports_have_every_row(client):
    total = client.get("/api/v1/search?page_size=1").get_json()["total"]
    r = client.get("/search.csv")
    rows = list(csv.DictReader(io.StringIO(r.get_data(as_text=True))))
    assert len(rows) == total and {"id", "title", "symbol", "url"} <= set(rows[0])
    judgment = next(r for r in rows if r["symbol"] == "7469/06")
    assert (judgment["subject_countries"], judgment["conclusions"]) == ("TR", "3:violation")
    assert all(r["best_page"] == r["snippet"] == "" for r in rows)  # no words searched: no snippets
    lines = client.get("/search.jsonl?q=torture").get_data(as_text=True).splitlines()
    assert len(lines) == client.get("/api/v1/search?q=torture").get_json()["total"]
    assert all(json.loads(line)["url"].endswith(json.loads(line)["id"]) for line in lines)
    # the best page and its snippet (plain text) as the results page shows them
    shown = {h["id"]: h["pages"][0] for h in client.get("/api/v1/search?q=torture&page_size=100").get_json()["hits"]
             if h["pages"]}
    exported = {r["id"]: r for r in csv.DictReader(io.StringIO(client.get("/search.csv?q=torture").get_data(as_text=True)))}
    assert shown and all(int(exported[i]["best_page"]) == p["number"] for i, p in shown.items())
    first, page = next(iter(shown.items()))
    assert "<mark>" not in exported[first]["snippet"] and exported[first]["snippet"].replace("…", "").strip() in \
        re.sub(r"</?mark>", "", page["snippet"]).replace("&#x27;", "'").replace("&quot;", '"').replace("&amp;", "&")


def test_a_search_no_document_fully_matches_shows_those_with_half_the_words_everywhere(client, app):
    """Page (both languages), API, facets, CSV of every match and the page's BibTeX show
    the same relaxed results; strict=1 does not relax; feeds keep every word."""
    q = "police custody zorunlu"  # "zorunlu" is in no document
    assert client.get("/api/v1/search", query_string={"q": q, "strict": "1"}).get_json()["total"] == 0
    data = client.get("/api/v1/search", query_string={"q": q, "page_size": 100}).get_json()
    custody = client.get("/api/v1/search", query_string={"q": "police custody", "page_size": 100}).get_json()
    assert data["relaxed"] is True and not custody["relaxed"]
    assert {h["id"] for h in data["hits"]} == {h["id"] for h in custody["hits"]} and data["total"] > 0
    facets = client.get("/api/v1/facets", query_string={"q": q}).get_json()
    assert facets["relaxed"] is True and facets["total"] == data["total"]
    html = client.get("/", query_string={"q": q}).get_data(as_text=True)
    assert "No document has all of these words." in html and "No documents match." not in html
    html_tr = app.test_client().get("/", query_string={"q": q, "lang": "tr"}).get_data(as_text=True)  # (the choice stays)
    assert "Hiçbir belgede bu sözcüklerin hepsi yok." in html_tr
    assert "No document has all" not in client.get("/", query_string={"q": "police custody"}).get_data(as_text=True)
    rows = list(csv.DictReader(io.StringIO(client.get("/search.csv", query_string={"q": q}).get_data(as_text=True))))
    assert [r["id"] for r in rows] == [h["id"] for h in data["hits"]]
    assert client.get("/search.bib", query_string={"q": q}).get_data(as_text=True).count("@") == min(
        data["total"], 20)
    assert "<entry>" not in client.get("/search.atom", query_string={"q": q}).get_data(as_text=True)


def test_api_matches_its_openapi_description(client, app, ids):
    spec = client.get("/api/openapi.json").get_json()
    registry_schema = {"components": spec["components"]}

    def check(path, url, status=200):
        r = client.get(url)
        assert r.status_code == status, url
        op = spec["paths"][path]["get"]
        schema = {**op["responses"][str(status)]["content"]["application/json"]["schema"], **registry_schema}
        jsonschema.validate(r.get_json(), schema)

    check("/api/v1/search", "/api/v1/search?q=torture&mechanism=UN")
    check("/api/v1/search", "/api/v1/search?q=%22unclosed&strict=1", 400)
    check("/api/v1/search", "/api/v1/search?q=%22unclosed")
    check("/api/v1/facets", "/api/v1/facets?q=torture")
    check("/api/v1/search", "/api/v1/search?q=police+custody+zorunlu")  # relaxed
    check("/api/v1/facets", "/api/v1/facets?q=police+custody+zorunlu")
    check("/api/v1/documents/{public_id}", f"/api/v1/documents/{ids['CAT/C/TUR/CO/4']}")
    check("/api/v1/documents/{public_id}", "/api/v1/documents/nothing", 404)
    check("/api/v1/documents/{public_id}/pages", f"/api/v1/documents/{ids['CAT/C/TUR/CO/4']}/pages")
    check("/api/v1/mechanisms", "/api/v1/mechanisms")
    check("/api/v1/topics", "/api/v1/topics")
    # every API route is described, and every description is a route
    routes = {r.rule.replace("<public_id>", "{public_id}") for r in app.url_map.iter_rules()
              if r.rule.startswith("/api/v1/")}
    assert routes == set(spec["paths"])


def test_security_and_cache_headers(client):
    r = client.get("/")
    csp = r.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
    assert r.headers["X-Content-Type-Options"] == "nosniff" and r.headers["Referrer-Policy"]
    assert "app;dur=" in r.headers["Server-Timing"]
    static = client.get("/static/style.css")
    assert "max-age" in static.headers.get("Cache-Control", "")
    static.close()
    html = r.get_data(as_text=True)
    assert "<script>" not in html and " style=" not in html  # nothing inline for the CSP to block


def test_restricted_documents_stay_out_of_feeds_and_exports(client):
    for url in ("/search.atom?q=zanzibarquill", "/search.csv?q=zanzibarquill", "/search.jsonl?q=zanzibarquill",
                "/search.csv", "/search.jsonl", "/search.atom", "/api/v1/facets?q=witness"):
        body = client.get(url).get_data(as_text=True)
        assert "witness interviews" not in body.lower() and "internal-note" not in body, url


def test_document_page_runs_a_bounded_number_of_queries(app, client, ids, sample_archive):
    from sqlalchemy import event

    statements = []
    engine = sample_archive.db.engine  # the app shares the settings, not the engine object
    app_engine = app.extensions["hrarchive"].db.engine

    def count(*_args):
        statements.append(1)

    event.listen(app_engine, "before_cursor_execute", count)
    try:
        client.get(f"/documents/{ids['CAT/C/TUR/CO/4']}")  # a document with several topics
        first = len(statements)
        statements.clear()
        client.get(f"/documents/{ids['28749/18']}")
    finally:
        event.remove(app_engine, "before_cursor_execute", count)
    assert engine is not None
    # the same small number of queries whatever the document's pages and topics
    assert first <= 12 and len(statements) <= 12, (first, len(statements))


def test_every_route_answers_without_a_server_error(app, client, ids):
    """Enumerated from the URL map, so a new route cannot be forgotten."""
    sample_id = ids["CAT/C/TUR/CO/4"]
    archive = app.extensions["hrarchive"]
    with archive.db.session() as s:
        if accounts.find_user(s, "pages-admin@example.org") is None:
            add_user(archive, "pages-admin@example.org", "admin")
    staff = app.test_client()
    login(staff, "pages-admin@example.org")
    seen = set()
    for rule in app.url_map.iter_rules():
        if "GET" not in rule.methods:
            continue
        url = (rule.rule.replace("<public_id>", sample_id).replace("<path:filename>", "style.css")
               .replace("<int:run_id>", "1"))
        assert "<" not in url, f"add a value for {rule.rule} to this test"
        with client.get(url) as r:  # anonymous: admin JSON and CSV answer 401, pages redirect to login
            assert r.status_code in (200, 302) or (r.status_code == 401 and rule.rule.startswith("/admin/")), \
                (url, r.status_code)
        with staff.get(url) as r:  # and as an admin, who sees every page of the admin area
            assert r.status_code == 200 or (r.status_code == 302 and not rule.rule.startswith("/admin/")), \
                (url, r.status_code)
        seen.add(rule.endpoint)
    assert {"search.search_page", "documents.document_page", "api.api_search", "feeds.search_atom",
            "export.search_csv", "browse.browse_topics", "api.openapi_json"} <= seen


def test_the_atom_feed_says_what_it_follows(client):
    feed = ET.fromstring(client.get("/search.atom?q=torture&mechanism=UN&country=TR&country_op=all").data)
    assert feed.find(f"{ATOM}title").text == "hrarchive: “torture” · Mechanism: United Nations · Country: Türkiye"
    plain = ET.fromstring(client.get("/search.atom").data)
    assert plain.find(f"{ATOM}title").text == "hrarchive: new documents"


def test_the_atom_feed_puts_what_was_archived_last_first(archive, tmp_path):
    """A report from 2012 archived after one from 2016 is the feed's first entry: it is
    what a subscriber has not seen. Its own date is the entry's `published`."""
    from ingest.importer import ImportOptions, import_paths
    from ingest.metadata import read_sheet
    from web import create_app

    from ..conftest import SAMPLES

    sheet = read_sheet(SAMPLES / "metadata.csv")
    for name in ("cat-co-tur-4.pdf", "ccpr-co-tur-1.pdf"):  # 2016, then 2012
        import_paths(archive.db, archive.blobs, archive.backend, [SAMPLES / "pdf" / name],
                     ImportOptions(workers=1, sheet=sheet))
    client = create_app(archive.settings, TESTING=True).test_client()
    feed = ET.fromstring(client.get("/search.atom").data)
    published = [e.find(f"{ATOM}published").text[:4] for e in feed.findall(f"{ATOM}entry")]
    assert published == ["2012", "2016"]
    updated = [e.find(f"{ATOM}updated").text for e in feed.findall(f"{ATOM}entry")]
    assert updated == sorted(updated, reverse=True) and updated[0].startswith("20") and updated[0] > updated[1]
    assert feed.find(f"{ATOM}updated").text == updated[0]
    page = client.get("/?sort=added").get_data(as_text=True)
    assert "<strong>recently added</strong>" in page


def test_the_csv_for_excel_starts_with_a_byte_order_mark(client):
    plain = client.get("/search.csv?q=torture").data
    excel = client.get("/search.csv?q=torture&excel=1").data
    assert not plain.startswith(b"\xef\xbb\xbf") and excel == b"\xef\xbb\xbf" + plain
    page = client.get("/?q=torture").get_data(as_text=True)
    assert '/search.csv?q=torture&amp;excel=1">for Excel</a>' in page


@pytest.mark.parametrize("symbol, lang, expected", [
    ("28749/18", "en", "Kavala v. Turkey, no. 28749/18, 10 December 2019"),
    ("14305/17", "en", "Selahattin Demirtaş v. Turkey (no. 2), no. 14305/17, 22 December 2020"),
    ("16538/17", "tr", "Şahin Alpay v. Turkey, no. 16538/17, 20 Mart 2018"),
    ("CAT/C/TUR/CO/4", "en", "CAT/C/TUR/CO/4 (2 June 2016)"),
    ("CAT/C/TUR/CO/4", "tr", "CAT/C/TUR/CO/4 (2 Haziran 2016)"),
    ("CommDH(2016)35", "en", "Commissioner, Memorandum on the human rights implications of the measures taken "
                             "under the state of emergency in Turkey, CommDH(2016)35, 7 October 2016"),
    ("BLAA-BR-2021-07", "en", "Bridge Legal Aid Association, Defending the defenders: human rights defenders "
                              "on trial in Turkey, 5 July 2021"),
])
def test_citations_follow_each_family_style_with_dates_written_out(client, ids, symbol, lang, expected):
    import html as html_lib

    page = client.get(f"/documents/{ids[symbol]}?lang={lang}").get_data(as_text=True)
    client.get("/?lang=en")
    assert html_lib.unescape(page.split('<code id="citation">', 1)[1].split("</code>", 1)[0]) == expected


def test_language_versions_of_one_text_are_linked(client, ids):
    """CAT/C/TUR/CO/4 in English and its French version share the symbol."""
    english, french = ids["CAT/C/TUR/CO/4"], ids["CAT/C/TUR/CO/4 (FR)"]
    page = client.get(f"/documents/{english}").get_data(as_text=True)
    assert f'<p class="versions">Also in: <a href="/documents/{french}" hreflang="fr">French</a></p>' in page
    assert client.get(f"/api/v1/documents/{french}").get_json()["language_versions"] == \
        [{"id": english, "language": "en"}]
    # a document alone in its language links nothing
    assert client.get(f"/api/v1/documents/{ids['CCPR/C/TUR/CO/1']}").get_json()["language_versions"] == []


def test_a_restricted_version_is_never_linked_for_the_public(archive):
    from archive import store
    from ingest.importer import ImportOptions, import_paths
    from ingest.metadata import read_sheet

    from ..conftest import SAMPLES

    sheet = read_sheet(SAMPLES / "metadata.csv")
    files = [SAMPLES / "pdf" / n for n in ("cat-co-tur-4.pdf", "cat-fr-observations.pdf")]
    import_paths(archive.db, archive.blobs, archive.backend, files, ImportOptions(workers=1, sheet=sheet))
    with archive.db.session_scope() as s:
        docs = {d.language: d for d in s.scalars(select(Document))}
        docs["fr"].visibility = "restricted"
    with archive.db.session() as s:
        english = s.get(Document, docs["en"].id)
        assert store.language_versions(s, english) == []
        assert [d.language for d in store.language_versions(s, english, include_restricted=True)] == ["fr"]


def test_a_results_page_exports_as_bibtex_and_ris(client, ids):
    hits = client.get("/api/v1/search?q=torture&page_size=3&page=2").get_json()["hits"]
    bib = client.get("/search.bib?q=torture&page_size=3&page=2")
    assert bib.mimetype == "application/x-bibtex"
    keys = re.findall(r"^@misc\{(\w+),$", bib.get_data(as_text=True), re.M)
    assert keys == [h["id"] for h in hits]  # the page, in its order
    kavala = client.get("/search.bib?q=symbol:28749/18").get_data(as_text=True)
    assert "  author = {{ECtHR}}" in kavala and "  number = {28749/18}" in kavala and "  year = {2019}" in kavala
    ris = client.get("/search.ris?q=symbol:28749/18").get_data(as_text=True)
    assert ris.startswith("TY  - CASE\r\n") and "PY  - 2019\r\nDA  - 2019/12/10\r\n" in ris and ris.endswith("ER  - \r\n")
    assert ris.count("ER  - ") == 1
    page = client.get("/?q=torture&page=2&page_size=3").get_data(as_text=True)
    link = re.search(r'href="/search\.bib\?([^"]+)">BibTeX</a>', page).group(1).split("&amp;")
    assert sorted(link) == ["page=2", "page_size=3", "q=torture"]


def test_bibtex_values_cannot_break_out_of_their_field():
    from web.export import _bib

    assert _bib("50% of {all} cases & costs_$ #1 \\end") == \
        "50\\% of \\{all\\} cases \\& costs\\_\\$ \\#1 \\textbackslash{}end"


def test_the_document_page_lists_where_the_query_was_found_and_marks_its_expansions(client, ids):
    """Searched in Turkish, an English report: the page lists the pages where the terms
    the search added (torture) occur, with a snippet each, and marks them in the text."""
    page = client.get(f"/documents/{ids['CAT/C/TUR/CO/4']}?q=işkence").get_data(as_text=True)
    found = page.split('<section class="found"', 1)[1].split("</section>", 1)[0]
    assert "Also searched: <strong>işkence</strong> → " in found and "torture" in found
    assert re.search(r'<li><a href="#page-1">p\. 1</a> <span lang="en">[^<]*<mark>[Tt]orture</mark>', found)
    assert "<mark>torture</mark>" in page.split('id="page-1"', 1)[1].lower()
    exact = client.get(f"/documents/{ids['CAT/C/TUR/CO/4']}?q=işkence&expand=0").get_data(as_text=True)
    assert "Also searched" not in exact and "do not occur in the text of this document" in exact
    # the results say that cases on the concept's article are found too, in the interface's language
    results = client.get("/?q=işkence").get_data(as_text=True).split('<p class="expansions">', 1)[1]
    assert "cases on Art. 3" in results.split("</p>", 1)[0]
    turkish = client.get("/?q=işkence&lang=tr").get_data(as_text=True).split('<p class="expansions">', 1)[1]
    assert "Md. 3 kapsamındaki davalar" in turkish.split("</p>", 1)[0]
    client.get("/?lang=en")


def test_ticked_results_export_as_bibtex_and_ris(client, ids):
    page = client.get("/?q=torture").get_data(as_text=True)
    assert '<form id="cite-form"' in page and 'name="id" value="' in page and 'form="cite-form"' in page
    chosen = [ids["28749/18"], ids["CAT/C/TUR/CO/4"]]
    bib = client.get(f"/search.bib?id={chosen[0]}&id={chosen[1]}&id={chosen[0]}").get_data(as_text=True)
    assert re.findall(r"^@misc\{(\w+),$", bib, re.M) == chosen  # in the order ticked, once each
    ris = client.get(f"/search.ris?id={chosen[1]}").get_data(as_text=True)
    assert ris.count("ER  - ") == 1 and "M1  - CAT/C/TUR/CO/4" in ris
    assert client.get("/search.ris?id=nosuchdocument").get_data(as_text=True) == ""


def test_latest_additions_list_the_most_recently_archived_first_by_day(client):
    """ecoi.net-style "latest additions": newest in the archive first, whatever a
    document's own date, grouped by the day it came in."""
    added = client.get("/api/v1/search?sort=added&page_size=100").get_json()["hits"]
    page = client.get("/latest").get_data(as_text=True)
    positions = [page.index(f"/documents/{h['id']}") for h in added]
    assert positions == sorted(positions)  # the order of sort=added
    assert "Latest additions" in page and "Archived on" in page and 'href="/search.atom"' in page
    assert "Son eklenenler" in client.get("/latest?lang=tr").get_data(as_text=True)


def test_every_document_type_is_named_in_both_interface_languages(app):
    """The facet names each type in the interface language: a new type (`legislation`,
    "Mevzuat") is no English word on the Turkish page."""
    from babel.messages.pofile import read_po

    from web.export import _RIS_TYPES
    from web.search import DOC_TYPE_LABELS, value_label

    names = {}
    for lang in ("en", "tr"):
        with app.test_request_context(f"/?lang={lang}"):
            names[lang] = {kind: value_label("doc_type", kind) for kind in DOC_TYPE_LABELS}
    assert (names["en"]["legislation"], names["tr"]["legislation"], _RIS_TYPES["legislation"]) == (
        "Legislation", "Mevzuat", "STAT")
    # (every type has its Turkish name in the catalogue: "Memorandum" is one word in both)
    with open(Path(__file__).parents[2] / "web/translations/tr/LC_MESSAGES/messages.po", encoding="utf-8") as f:
        catalogue = {m.id: m.string for m in read_po(f)}
    assert [kind for kind, label in DOC_TYPE_LABELS.items() if not catalogue.get(label)] == []
