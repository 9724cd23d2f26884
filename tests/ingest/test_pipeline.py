"""Ingest pipelines end to end against a real HTTP server on 127.0.0.1 (no live network)."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from archive.models import Document, FetchState, IngestItem, IngestRun, Source
from archive.search import SearchQuery
from ingest.errors import SourcesFileError
from ingest.fetch import FetchOptions
from ingest.pipeline import Pipeline, PipelineOptions
from ingest.sources import load_sources

from .webserver import FixtureServer

ROOT = Path(__file__).resolve().parents[2]
PDF = ROOT / "samples" / "pdf"

FAST = FetchOptions(connect_timeout=2, read_timeout=1.0, total_timeout=5, retries=2, backoff=0.01, delay=0,
                    max_bytes=1024 * 1024)

NAV = ("<nav><a href='/'>Home</a> <a href='/about'>About us</a> Menu navigation donate</nav>"
       "<header class='site-header'>Site banner slogan</header>")
FOOTER = "<footer>Subscribe to our newsletter. Copyright footer text.</footer>"


def article(lang: str, title: str, paragraphs: list[str], date: str = "") -> str:
    meta = f"<meta property='article:published_time' content='{date}'>" if date else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!doctype html><html lang='{lang}'><head><title>{title} | Example Monitor</title>{meta}</head>"
            f"<body>{NAV}<main><article><h1>{title}</h1>{body}</article></main>"
            f"<aside class='related'>Related stories sidebar</aside>{FOOTER}</body></html>")


EN = article("en", "Lawyers detained after dawn raids", [
    "Police detained eleven lawyers in dawn raids on Tuesday, according to the bar association, which said "
    "the detentions were an attack on the right to a defence.",
    "The lawyers were held in police custody for four days without access to their files. Their clients "
    "include journalists and human rights defenders who are on trial for their writing.",
    "The association called on the authorities to release them and to respect the independence of the legal "
    "profession, as international standards on the role of lawyers require."], date="2024-03-05")
TR = article("tr", "Gözaltına alınan gazeteciler serbest bırakıldı", [
    "Geçen hafta gözaltına alınan altı gazeteci, dört gün sonra serbest bırakıldı. Gazeteciler, haber "
    "yaptıkları için sorgulandıklarını ve avukatlarıyla görüşmelerinin geciktirildiğini söyledi.",
    "İnsan hakları örgütleri, ifade özgürlüğü ve basın özgürlüğü üzerindeki baskının arttığını belirterek "
    "yetkilileri gazetecilere yönelik soruşturmaları sona erdirmeye çağırdı.",
    "Derneğin açıklamasında, tutukluluğun bir ceza gibi kullanılmaması gerektiği ve yargılamaların makul "
    "sürede tamamlanması gerektiği vurgulandı."])
FR = article("fr", "Des défenseurs des droits humains condamnés", [
    "Le tribunal a condamné trois défenseurs des droits humains à des peines de prison pour leurs activités "
    "pacifiques, selon leurs avocats, qui ont annoncé leur intention de faire appel.",
    "Les organisations de la société civile ont dénoncé une procédure qui ne respecte pas le droit à un "
    "procès équitable et ont demandé la libération immédiate des personnes condamnées.",
    "Elles rappellent que la liberté d'association et la liberté de réunion sont garanties par la "
    "Convention européenne des droits de l'homme."])


def rss(server: FixtureServer, entries: list[tuple[str, str, str]]) -> str:
    items = "".join(f"<item><title>{t}</title><link>{server.url(p)}</link><pubDate>{d}</pubDate></item>"
                    for t, p, d in entries)
    return (f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Monitor</title>"
            f"<language>en</language>{items}</channel></rss>")


def pipeline(archive, **kw) -> Pipeline:
    return Pipeline(archive.db, archive.blobs, archive.backend, kw.pop("fetch", FAST),
                    PipelineOptions(workers=1, timeout=60, memory_mb=1024))


def write_sources(tmp_path: Path, text: str):
    path = tmp_path / "sources.toml"
    path.write_text(text)
    return load_sources(path)


def docs_by_url(archive) -> dict[str, Document]:
    with archive.db.session() as s:
        return {d.source_url: d for d in s.scalars(select(Document))}


@pytest.fixture()
def server():
    with FixtureServer() as srv:
        srv.add("/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
        yield srv


def test_feed_with_articles_and_pdfs_then_incremental_runs(archive, server, tmp_path):
    server.add("/news/lawyers", EN)
    server.add("/haber/gazeteciler", TR)
    server.add("/fr/defenseurs", FR)
    server.add("/docs/cat.pdf", (PDF / "cat-co-tur-4.pdf").read_bytes(), content_type="application/pdf")
    server.add("/feed.xml", rss(server, [
        ("Eleven lawyers detained", "/news/lawyers", "Tue, 05 Mar 2024 08:00:00 +0000"),
        ("Gazeteciler serbest", "/haber/gazeteciler", "Wed, 06 Mar 2024 08:00:00 +0000"),
        ("Défenseurs condamnés", "/fr/defenseurs", "Thu, 07 Mar 2024 08:00:00 +0000"),
        ("CAT concluding observations", "/docs/cat.pdf", "Fri, 08 Mar 2024 08:00:00 +0000"),
    ]), content_type="application/rss+xml")
    sources = write_sources(tmp_path, f"""
[[source]]
name = "monitor"
kind = "feed"
url = "{server.url('/feed.xml')}"
[source.defaults]
mechanism = "civil-society"
doc_type = "news"
""")
    result = pipeline(archive).run(sources.sources)[0]
    assert result.error is None
    assert {i.url: i.outcome for i in result.items} == {
        server.url(p): "ingested" for p in ("/news/lawyers", "/haber/gazeteciler", "/fr/defenseurs", "/docs/cat.pdf")}
    docs = docs_by_url(archive)
    en, tr, fr = (docs[server.url(p)] for p in ("/news/lawyers", "/haber/gazeteciler", "/fr/defenseurs"))
    assert (en.language, tr.language, fr.language) == ("en", "tr", "fr")
    assert en.title == "Eleven lawyers detained"  # the feed's title
    assert str(en.published_date) == "2024-03-05" and en.published_precision == "day"
    assert en.mechanism == "civil-society" and en.doc_type == "news"
    with archive.db.session() as s:
        en_text = s.get(Document, en.id).pages[0].text
        cat = s.get(Document, docs[server.url("/docs/cat.pdf")].id)
        assert cat.body == "CAT" and cat.page_count >= 1 and cat.source_id is not None
        assert s.scalars(select(Source.kind).where(Source.name == "monitor")).one() == "feed"
    assert "dawn raids" in en_text
    for chrome in ("newsletter", "About us", "Related stories", "banner slogan"):
        assert chrome not in en_text
    hits = archive.backend.search(SearchQuery(text="gözaltı gazeteci"))
    assert tr.public_id in [h.id for h in hits.hits]

    # Second run: nothing changed; the server answers the conditional GETs with 304.
    before = len(server.hits)
    again = pipeline(archive).run(sources.sources)[0]
    assert {i.outcome for i in again.items} == {"skipped"}
    new_hits = server.hits[before:]
    article_hits = [h for h in new_hits if h.path != "/feed.xml" and h.path != "/robots.txt"]
    assert article_hits and all(h.headers.get("if-none-match") and h.status == 304 for h in article_hits)

    # The article changes: the same document is updated; its previous original is kept.
    old_sha = en.blob_sha256
    server.routes["/news/lawyers"].body = EN.replace("eleven lawyers", "twelve lawyers").encode()
    third = pipeline(archive).run(sources.sources)[0]
    got = {i.url: i.outcome for i in third.items}
    assert got[server.url("/news/lawyers")] == "updated"
    assert sorted(got.values()).count("skipped") == 3
    with archive.db.session() as s:
        doc = s.get(Document, en.id)
        assert doc.blob_sha256 != old_sha and doc.public_id == en.public_id
        assert [v["sha256"] for v in doc.extra["versions"]] == [old_sha]
        assert "twelve lawyers" in doc.pages[0].text
        assert s.scalars(select(FetchState.sha256).where(FetchState.url == server.url("/news/lawyers"))).one() \
            == doc.blob_sha256
    assert archive.blobs.exists(old_sha)
    hits = archive.backend.search(SearchQuery(text="twelve lawyers"))
    assert [h.id for h in hits.hits] == [en.public_id]


def test_listing_with_pagination_and_a_landing_page(archive, server, tmp_path):
    pdfs = ["ccpr-co-tur-1.pdf", "cedaw-co-tur-8.pdf", "a-hrc-44-14.pdf"]
    for name in pdfs:
        server.add(f"/files/{name}", (PDF / name).read_bytes(), content_type="application/octet-stream")
    server.add("/publications?page=1",
               f"<html><body>{NAV}<ul><li><a href='/files/{pdfs[0]}'>CCPR observations</a></li>"
               f"<li><a href='/files/{pdfs[1]}'>CEDAW observations</a></li>"
               "<li><a href='/about'>About</a></li></ul>"
               "<a href='/publications?page=2'>Next</a></body></html>")
    server.add("/publications?page=2",
               "<html><body><ul><li><a href='/publications/hrc-report'>HRC report</a></li></ul>"
               "<a href='/publications?page=3' rel='next'>›</a></body></html>")
    server.add("/publications?page=3", "<html><body><a href='/files/never.pdf'>x</a></body></html>")
    server.add("/publications/hrc-report",
               "<html><head><title>Report of the Special Rapporteur</title></head><body><main>"
               "<h1>Report of the Special Rapporteur</h1><p>Download the report.</p>"
               f"<a href='/files/{pdfs[2]}'>PDF (English)</a></main></body></html>")
    sources = write_sources(tmp_path, f"""
[[source]]
name = "publications"
kind = "listing"
url = "{server.url('/publications?page=1')}"
link_pattern = '/(files|publications)/'
max_pages = 2
[source.defaults]
mechanism = "UN"
""")
    result = pipeline(archive).run(sources.sources)[0]
    assert result.error is None
    assert {i.url: i.outcome for i in result.items} == {
        server.url(f"/files/{pdfs[0]}"): "ingested", server.url(f"/files/{pdfs[1]}"): "ingested",
        server.url("/publications/hrc-report"): "ingested"}
    assert not server.hits_for("/publications?page=3")  # max_pages = 2
    docs = docs_by_url(archive)
    landing = docs[server.url(f"/files/{pdfs[2]}")]  # the document behind the landing page
    assert landing.title == "HRC report" and landing.page_count >= 1
    with archive.db.session() as s:
        item = s.scalars(select(IngestItem).where(IngestItem.locator == server.url("/publications/hrc-report"))).one()
        assert item.document_id == landing.id and item.outcome == "ingested"


def test_sitemap_index_with_gzip_child_and_lastmod_filter(archive, server, tmp_path):
    server.add("/a.html", EN)
    server.add("/b.html", TR)
    server.add("/old.html", FR)
    server.add("/sitemap.xml", f"""<?xml version="1.0"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>{server.url('/sitemap-1.xml')}</loc></sitemap>
  <sitemap><loc>{server.url('/sitemap-2.xml.gz')}</loc></sitemap>
  <sitemap><loc>{server.url('/missing.xml')}</loc></sitemap>
</sitemapindex>""", content_type="application/xml")
    server.add("/sitemap-1.xml", f"""<?xml version="1.0"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>{server.url('/a.html')}</loc><lastmod>2024-05-01</lastmod></url>
  <url><loc>{server.url('/old.html')}</loc><lastmod>2019-01-01</lastmod></url>
</urlset>""", content_type="application/xml")
    server.add("/sitemap-2.xml.gz", gzip.compress(f"""<?xml version="1.0"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>{server.url('/b.html')}</loc><lastmod>2024-06-01T10:00:00+00:00</lastmod></url>
</urlset>""".encode()), content_type="application/gzip")
    sources = write_sources(tmp_path, f"""
[[source]]
name = "ngo"
kind = "sitemap"
url = "{server.url('/sitemap.xml')}"
since = "2024-01-01"
""")
    result = pipeline(archive).run(sources.sources)[0]
    assert {i.url: i.outcome for i in result.items} == {server.url("/a.html"): "ingested",
                                                       server.url("/b.html"): "ingested"}
    docs = docs_by_url(archive)
    # lastmod is not a publication date; the page's own meta date is
    assert str(docs[server.url("/a.html")].published_date) == "2024-03-05"
    assert docs[server.url("/a.html")].title == "Lawyers detained after dawn raids"
    assert docs[server.url("/b.html")].language == "tr"


def test_a_pages_guessed_year_gives_way_to_its_datelines_day(archive, server, tmp_path):
    """A page whose markup states no date, with a copyright year in its footer and its
    dateline in Greek: the page's date htmldate guessed ("2019-01-01", a day the page never
    said) was stored over the dateline's day; now the year gives way to the day within it."""
    el = article("el", "Κρατούμενοι δημοσιογράφοι", [
        "Αθήνα, 14 Μαΐου 2019",
        "Η ένωση πραγματοποίησε τη γενική της συνέλευση και συζήτησε εκτενώς την κατάσταση των κρατούμενων "
        "δημοσιογράφων στη χώρα, σύμφωνα με την ανακοίνωσή της.",
        "Οι δημοσιογράφοι κρατούνται εδώ και τέσσερις μήνες χωρίς δίκη και χωρίς πρόσβαση στους φακέλους τους, "
        "ενώ οι δικηγόροι τους ζητούν την άμεση απελευθέρωσή τους."]).replace(
        "Copyright footer text.", "© 2019 Ένωση")
    server.add("/el.html", el)
    server.add("/sitemap.xml", f"""<?xml version="1.0"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>{server.url('/el.html')}</loc></url></urlset>""",
               content_type="application/xml")
    sources = write_sources(tmp_path, f"""
[[source]]
name = "ngo"
kind = "sitemap"
url = "{server.url('/sitemap.xml')}"
""")
    result = pipeline(archive).run(sources.sources)[0]
    assert [i.outcome for i in result.items] == ["ingested"]
    doc = docs_by_url(archive)[server.url("/el.html")]
    assert (str(doc.published_date), doc.published_precision, doc.language) == ("2019-05-14", "day", "el")


def test_json_api_with_two_pages(archive, server, tmp_path):
    results = [
        {"columns": {"itemid": "001-100", "docname": "CASE OF A v. TÜRKİYE", "appno": "12345/19",
                     "kpdate": "2024-02-06T00:00:00", "languageisocode": "ENG"}},
        {"columns": {"itemid": "001-101", "docname": "CASE OF B v. TÜRKİYE", "appno": "23456/20",
                     "kpdate": "2024-03-12T00:00:00", "languageisocode": "ENG"}},
        {"columns": {"itemid": "001-102", "docname": "AFFAIRE C c. TÜRKİYE", "appno": "34567/21",
                     "kpdate": "2024-04-16T00:00:00", "languageisocode": "FRE"}},
    ]
    files = {"001-100": "echr-kavala.pdf", "001-101": "echr-demirtas-2.pdf", "001-102": "cat-fr-observations.pdf"}
    for itemid, name in files.items():
        server.add(f"/doc?id={itemid}", (PDF / name).read_bytes(), content_type="application/pdf")
    page = lambda rows: json.dumps({"resultcount": 3, "results": rows})  # noqa: E731
    server.add("/api/results?q=tur&start=0&length=2", page(results[:2]), content_type="application/json")
    server.add("/api/results?q=tur&start=2&length=2", page(results[2:]), content_type="application/json")
    server.add("/api/results?q=tur&start=4&length=2", page([]), content_type="application/json")
    sources = write_sources(tmp_path, f"""
[[source]]
name = "court"
kind = "json-api"
url = "{server.url('/api/results')}"
items = "results"
url_template = "{server.url('/doc')}?id={{columns.itemid}}"
page_param = "start"
page_start = 0
page_step = 2
page_size_param = "length"
page_size = 2
[source.params]
q = "tur"
[source.fields]
title = "columns.docname"
date = "columns.kpdate"
symbol = "columns.appno"
language = "columns.languageisocode"
[source.defaults]
body = "ECtHR"
doc_type = "judgment"
""")
    result = pipeline(archive).run(sources.sources)[0]
    assert result.error is None, result.error
    assert [i.outcome for i in result.items] == ["ingested"] * 3
    docs = docs_by_url(archive)
    a = docs[server.url("/doc?id=001-100")]
    assert a.title == "CASE OF A v. TÜRKİYE" and str(a.published_date) == "2024-02-06"
    assert a.mechanism == "CoE" and a.body == "ECtHR" and a.doc_type == "judgment"
    assert len(server.hits_for("/api/results?q=tur&start=4&length=2")) == 1  # stopped at the empty page


def test_fetch_failures_each_get_an_outcome(archive, server, tmp_path):
    server.add("/flaky.pdf", (PDF / "cat-co-tur-4.pdf").read_bytes(), content_type="application/pdf",
               statuses=[500, 503])
    server.add("/slow.html", EN, slow=3.0)
    server.add("/huge.pdf", b"%PDF-1.4\n" + b"0" * (2 * 1024 * 1024), content_type="application/pdf")
    server.add("/huge-undeclared.pdf", b"%PDF-1.4\n" + b"0" * (2 * 1024 * 1024), content_type="application/pdf",
               declared_length=False)
    server.add("/private/secret.html", EN)
    server.add("/to-file", location="file:///etc/passwd")
    server.add("/to-ftp", location="ftp://example.org/x.pdf")
    server.add("/pdf-as-html", (PDF / "ccpr-co-tur-1.pdf").read_bytes(), content_type="text/html")
    urls = ["/flaky.pdf", "/missing.pdf", "/slow.html", "/huge.pdf", "/huge-undeclared.pdf",
            "/private/secret.html", "/to-file", "/to-ftp", "/pdf-as-html"]
    listed = "\n".join(f'  "{server.url(u)}",' for u in urls)
    sources = write_sources(tmp_path, f"""
[[source]]
name = "mixed"
kind = "urls"
urls = [
{listed}
]
""")
    result = pipeline(archive).run(sources.sources)[0]
    got = {i.url.removeprefix(server.base): (i.outcome, i.error or "") for i in result.items}
    assert got["/flaky.pdf"][0] == "ingested" and len(server.hits_for("/flaky.pdf")) == 3
    assert got["/missing.pdf"] == ("failed", f"{server.url('/missing.pdf')}: HTTP 404")
    assert got["/slow.html"][0] == "failed" and "timed out" in got["/slow.html"][1]
    assert got["/huge.pdf"][0] == "failed" and "over the limit" in got["/huge.pdf"][1]
    assert got["/huge-undeclared.pdf"][0] == "failed" and "over the limit" in got["/huge-undeclared.pdf"][1]
    assert got["/private/secret.html"][0] == "failed" and "robots.txt" in got["/private/secret.html"][1]
    assert not server.hits_for("/private/secret.html")
    assert got["/to-file"][0] == "failed" and "file:///etc/passwd" in got["/to-file"][1]
    assert got["/to-ftp"][0] == "failed" and "only http and https" in got["/to-ftp"][1]
    assert got["/pdf-as-html"][0] == "ingested"  # sniffed as the PDF it is
    with archive.db.session() as s:
        run = s.get(IngestRun, result.run_id)
        assert run.status == "done" and sum(run.counts.values()) == len(urls)
        assert all(i.done and i.outcome for i in run.items)


def test_atom_feed_with_pdf_enclosure_and_redirect_limits(archive, server, tmp_path):
    server.add("/fr/defenseurs", FR)
    server.add("/docs/venice.pdf", (PDF / "venice-fr-avis.pdf").read_bytes(), content_type="application/pdf")
    server.add("/moved", location="/fr/defenseurs")
    server.add("/loop-a", location="/loop-b")
    server.add("/loop-b", location="/loop-a")
    server.add("/atom.xml", f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
  <title>Veille</title>
  <entry><title>Défenseurs condamnés</title><link href="{server.url('/moved')}"/>
    <published>2024-04-02T09:00:00Z</published></entry>
  <entry><title>Avis de la Commission de Venise</title>
    <link rel="alternate" href="{server.url('/avis')}"/>
    <link rel="enclosure" type="application/pdf" href="/docs/venice.pdf"/>
    <updated>2024-04-03T09:00:00Z</updated></entry>
  <entry><title>Boucle</title><link href="{server.url('/loop-a')}"/></entry>
</feed>""", content_type="application/atom+xml")
    sources = write_sources(tmp_path, f"""
[[source]]
name = "veille"
kind = "feed"
url = "{server.url('/atom.xml')}"
""")
    result = pipeline(archive).run(sources.sources)[0]
    got = {i.url.removeprefix(server.base): (i.outcome, i.error or "") for i in result.items}
    assert got["/moved"][0] == "ingested"
    assert got["/docs/venice.pdf"][0] == "ingested"  # the enclosure, not the landing page
    assert got["/loop-a"][0] == "failed" and "more than 5 redirects" in got["/loop-a"][1]
    docs = docs_by_url(archive)
    moved = docs[server.url("/fr/defenseurs")]  # recorded under the final URL
    assert moved.language == "fr" and str(moved.published_date) == "2024-04-02"
    assert docs[server.url("/docs/venice.pdf")].title == "Avis de la Commission de Venise"


def test_robots_crawl_delay_and_per_host_delay(server):
    from ingest.fetch import Fetcher

    server.add("/robots.txt", "User-agent: *\nCrawl-delay: 3\n", content_type="text/plain")
    server.add("/a", "a")
    waits: list[float] = []
    fetcher = Fetcher(FetchOptions(delay=0.5, backoff=0.01), sleep=waits.append)
    fetcher.get(server.url("/a"))
    fetcher.get(server.url("/a"))
    assert waits and max(waits) > 2.5  # the site's Crawl-delay wins over our shorter delay
    assert all(h.headers["user-agent"].startswith("hrarchive/") for h in server.hits)


def test_a_source_that_cannot_be_listed_is_recorded(archive, server, tmp_path):
    sources = write_sources(tmp_path, f"""
[[source]]
name = "gone"
kind = "feed"
url = "{server.url('/no-feed.xml')}"

[[source]]
name = "not-xml"
kind = "feed"
url = "{server.url('/robots.txt')}"
""")
    results = pipeline(archive).run(sources.sources)
    assert "HTTP 404" in results[0].error and "not an RSS or Atom feed" in results[1].error
    with archive.db.session() as s:
        runs = s.scalars(select(IngestRun).order_by(IngestRun.id)).all()
        assert [r.status for r in runs] == ["failed", "failed"] and "HTTP 404" in runs[0].error


@pytest.mark.parametrize("text, message", [
    ('[[source]]\nkind = "feed"\nurl = "https://x.org/f"\n', "source #1: 'name' is required"),
    ('[[source]]\nname = "a"\nkind = "rss"\nurl = "https://x.org"\n', "source 'a': 'kind' must be one of"),
    ('[[source]]\nname = "a"\nkind = "feed"\nurl = "ftp://x.org"\n', "source 'a': 'url' must be an http(s) URL"),
    ('[[source]]\nname = "a"\nkind = "feed"\nurl = "https://x.org"\ninclude = ["("]\n',
     "source 'a': 'include' has an invalid regular expression"),
    ('[[source]]\nname = "a"\nkind = "feed"\nurl = "https://x.org"\nmax_items = 0\n', "source 'a': 'max_items'"),
    ('[[source]]\nname = "a"\nkind = "feed"\nurl = "https://x.org"\n[source.defaults]\nbody = "Nobody"\n',
     "source 'a': defaults.body 'Nobody' is not a known body"),
    ('[[source]]\nname = "a"\nkind = "feed"\nurl = "https://x.org"\nlink_pattern = "x"\n',
     "source 'a': unknown key(s) link_pattern for kind 'feed'"),
    ('[[source]]\nname = "a"\nkind = "json-api"\nurl = "https://x.org"\n', "needs a [fields] table"),
    ('[[source]]\nname = "a"\nkind = "urls"\n', "kind 'urls' needs 'urls'"),
    ('[[source]]\nname = "a"\nkind = "feed"\nurl = "https://x.org"\n[[source]]\nname = "a"\nkind = "feed"\n'
     'url = "https://y.org"\n', "two sources are named 'a'"),
    ('[fetch]\nretries = "many"\n', "[fetch]: 'retries' must be a int"),
    ('name = "x"\n', "unknown top-level key(s) name"),
    ('[[source]\n', "is not valid TOML"),
])
def test_sources_file_errors_name_the_source_and_field(tmp_path, text, message):
    with pytest.raises(SourcesFileError) as exc:
        write_sources(tmp_path, text)
    assert message in str(exc.value)


def test_the_example_sources_file_is_valid_and_covers_the_main_publishers():
    sources = load_sources(ROOT / "sources.example.toml")
    mechanisms = {s.defaults.get("mechanism") for s in sources.sources}
    assert {"UN", "CoE", "EU", "civil-society"} <= mechanisms
    assert {s.kind for s in sources.sources} == {"feed", "listing", "sitemap", "json-api", "urls"}
    assert not any(s.enabled for s in sources.sources)  # examples to verify before use


def test_ingest_commands(server, tmp_path):
    from click.testing import CliRunner

    from web.cli import main

    server.add("/news/lawyers", EN)
    server.add("/feed.xml", rss(server, [("Eleven lawyers detained", "/news/lawyers", "Tue, 05 Mar 2024")]),
               content_type="application/rss+xml")
    sources = tmp_path / "sources.toml"
    sources.write_text(f"""
[fetch]
delay = 0
retries = 0

[[source]]
name = "monitor"
kind = "feed"
url = "{server.url('/feed.xml')}"

[[source]]
name = "broken"
kind = "feed"
url = "{server.url('/gone.xml')}"

[[source]]
name = "off"
kind = "feed"
url = "{server.url('/feed.xml')}"
enabled = false
""")
    env = {"HRARCHIVE_DATA_DIR": str(tmp_path / "data"), "HRARCHIVE_LOG_LEVEL": "WARNING",
           "HRARCHIVE_SOURCES_FILE": str(sources)}

    def run(*args):
        return CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)

    r = run("ingest", "sources")
    assert r.exit_code == 0 and "monitor" in r.output and "never run" in r.output and "disabled" in r.output
    r = run("ingest", "run", "monitor", "--dry-run")
    assert r.exit_code == 0 and "1 items would be fetched" in r.output and server.url("/news/lawyers") in r.output
    assert not server.hits_for("/news/lawyers")  # a dry run fetches listings only
    r = run("ingest", "run", "monitor")
    assert r.exit_code == 0 and "1 ingested" in r.output
    r = run("ingest", "run", "--all")  # enabled ones: monitor (now skipped) and broken
    assert r.exit_code == 1
    assert "monitor: run" in r.output and "1 skipped" in r.output
    assert "broken: FAILED: cannot list the source" in r.output and "off" not in r.output
    r = run("ingest", "sources")
    assert "last error: cannot list the source" in r.output and "1 skipped" in r.output
    r = run("ingest", "run", "nosuch")
    assert r.exit_code == 2 and "no source named nosuch" in r.output
    r = run("ingest", "run")
    assert r.exit_code == 2 and "give source names or --all" in r.output
    r = run("runs")
    assert "pipeline" in r.output


def test_every_sources_file_key_is_in_the_readme():
    from ingest.sources import COMMON_KEYS, DEFAULT_KEYS, FETCH_KEYS, KIND_KEYS

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    keys = COMMON_KEYS | set().union(*KIND_KEYS.values()) | set(FETCH_KEYS) | {f"defaults.{k}" for k in DEFAULT_KEYS}
    missing = sorted(k for k in keys - {"defaults"} if f"`{k}`" not in readme and f"`{k}`," not in readme)
    assert not missing, f"sources-file keys missing from README.md: {missing}"


@pytest.mark.parametrize("engine", ["sqlite", "postgres"])
def test_a_pipeline_run_killed_in_the_middle_is_resumed_by_the_next_run(server, tmp_path, engine, request):
    """kill -9 of `hrarchive ingest run` while it waits for a slow item: the next run of
    the source takes the same run up again, does not fetch what it had finished, does the
    rest (what it had listed too, though the feed no longer shows it), and ends with one
    document per URL and every item recorded once. On SQLite with Whoosh, and on
    PostgreSQL as store and search engine."""
    import os
    import signal
    import subprocess
    import sys
    import time

    from archive.context import Archive
    from archive.settings import Settings

    paths = [f"/news/{n}" for n in ("one", "two", "three", "four")]
    for n, path in enumerate(paths):
        server.add(path, article("en", f"Report number {n} on detention", [
            f"Item {n}: the lawyers of detained journalists were denied access to their files for {n + 2} days.",
            "The bar association called for their release and for respect of the right to a defence."]))
    server.routes[paths[2]].slow = 60  # the third keeps the run waiting until it is killed
    server.add("/feed.xml", rss(server, [(f"Report {n}", p, "Tue, 05 Mar 2024") for n, p in enumerate(paths)]),
               content_type="application/rss+xml")
    sources = tmp_path / "sources.toml"
    sources.write_text(f"""
[fetch]
delay = 0
retries = 0
read_timeout = 120
total_timeout = 180

[[source]]
name = "monitor"
kind = "feed"
url = "{server.url('/feed.xml')}"
""")
    data = tmp_path / "data"
    env = {**os.environ, "HRARCHIVE_DATA_DIR": str(data), "HRARCHIVE_SOURCES_FILE": str(sources),
           "HRARCHIVE_WORKERS": "1", "HRARCHIVE_LOG_LEVEL": "WARNING"}
    settings = Settings(data_dir=data)
    if engine == "postgres":
        url = request.getfixturevalue("pg_cluster").create_database("pipeline_resume")
        env.update(HRARCHIVE_DATABASE_URL=url, HRARCHIVE_SEARCH_BACKEND="postgres")
        settings = Settings(data_dir=data, database_url=url, search_backend="postgres")
    command = [sys.executable, "-m", "web", "ingest", "run", "monitor"]
    first = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                             start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while not server.hits_for(paths[2]):
            assert time.monotonic() < deadline and first.poll() is None, "the run never reached the slow item"
            time.sleep(0.1)
        time.sleep(1)
    finally:
        os.killpg(first.pid, signal.SIGKILL)
        first.wait()
    archive = Archive.open(settings)
    try:
        with archive.db.session() as s:
            run = s.scalars(select(IngestRun)).one()
            assert run.status == "running"  # killed: nothing could say otherwise
            done_before = {i.locator for i in s.scalars(select(IngestItem).where(IngestItem.done.is_(True)))}
        assert server.url(paths[0]) in done_before and server.url(paths[2]) not in done_before
        server.routes[paths[2]].slow = 0
        # the feed moved on: the fourth item, listed by the killed attempt, is no longer in it
        server.add("/feed.xml", rss(server, [(f"Report {n}", p, "Tue, 05 Mar 2024") for n, p in enumerate(paths[:3])]),
                   content_type="application/rss+xml")
        hits_before = {path: len(server.hits_for(path)) for path in paths}
        second = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
        assert second.returncode == 0, second.stderr
        assert f"monitor: run {run.id} (resumed: {len(done_before)} items done before it stopped)" in second.stdout
        for path in paths:  # what the killed run had finished was not fetched again; the rest was
            again = len(server.hits_for(path)) - hits_before[path]
            assert again == (0 if server.url(path) in done_before else 1), path
        with archive.db.session() as s:
            runs = s.scalars(select(IngestRun)).all()
            assert [(r.id, r.status) for r in runs] == [(run.id, "done")]
            assert runs[0].counts == {"ingested": 4}
            items = s.scalars(select(IngestItem)).all()
            assert sorted(i.locator for i in items) == sorted(server.url(p) for p in paths)
            assert all(i.done and i.outcome == "ingested" and i.document_id for i in items)
            docs = s.scalars(select(Document)).all()
            assert sorted(d.source_url for d in docs) == sorted(server.url(p) for p in paths)
            assert all(d.index_state == "ok" for d in docs)
        assert archive.backend.search(SearchQuery(text="bar association")).total == 4
    finally:
        archive.close()
