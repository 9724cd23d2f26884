"""Web pages: main text against others' labels, page metadata, encodings, hostile markup.
The pages below are written by us in the shapes real sites have."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from sqlalchemy import select

from archive.models import Document
from ingest.extract import extract_document
from ingest.extract.html import clean_title, parse_html
from ingest.importer import ImportOptions, import_paths

from ..conftest import bench_module

ARTICLE = [
    "Yerel seçimlerde halkın oyuyla göreve gelen belediye başkanlarının görevden alınarak yerlerine kayyum "
    "atanması, yerel demokrasiye ağır bir darbe olarak değerlendirildi.",
    "İnsan hakları örgütleri, Diyarbakır, Mardin ve Van büyükşehir belediyelerine yapılan atamaların Avrupa "
    "Yerel Yönetimler Özerklik Şartı'na aykırı olduğunu hatırlattı.",
    "Açıklamada, seçilmiş temsilcilerin görevden uzaklaştırılmasının seçmenlerin iradesini yok saydığı ve "
    "ifade özgürlüğü ile siyasi katılım hakkını zedelediği vurgulandı.",
]


def news_page(paragraphs: list[str], head: str = "", lang: str = "tr") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!doctype html><html lang='{lang}'><head><title>Kayyum atamaları | Örnek Haber</title>{head}</head>"
            "<body><header class='site-header'><a href='/'>Örnek Haber</a> <nav><a href='/gundem'>Gündem</a>"
            "<a href='/spor'>Spor</a><a href='/ekonomi'>Ekonomi</a></nav></header>"
            "<main><article><h1>Kayyum atamaları yerel demokrasiye darbe</h1>"
            f"{body}</article>"
            "<section class='related'><h2>İlgili haberler</h2><ul><li><a href='/a'>Futbolda transfer dönemi "
            "başladı</a></li><li><a href='/b'>Döviz kurlarında son durum</a></li></ul></section></main>"
            "<footer>© 2024 Örnek Haber. Tüm hakları saklıdır. Bültenimize abone olun.</footer></body></html>")


def test_main_text_at_least_as_good_as_trafilatura_on_real_pages(corpus):
    """The floor of bench/html_eval.py (issue 26): on the 150 labelled real pages, F1
    at least trafilatura's in the same run, and no page with an article left without text."""
    bench = bench_module("html_eval")
    labels = bench.load(corpus / "web-pages")
    ours, empty = bench.ours(corpus / "web-pages", labels)
    theirs, _ = bench.reference(corpus / "web-pages", labels)
    assert ours["all"].f1 >= theirs["all"].f1, (ours["all"].line("ours"), theirs["all"].line("trafilatura"))
    assert ours["all"].precision >= 0.85 and ours["all"].recall >= 0.90, ours["all"].line("ours")
    assert empty == []


def test_the_article_is_kept_and_the_page_furniture_dropped():
    page = parse_html(news_page(ARTICLE).encode("utf-8"), "https://haber.example/gundem/kayyum")
    assert page.text_source == "trafilatura"
    for paragraph in ARTICLE:
        assert paragraph in page.text
    for furniture in ("Gündem", "Futbolda transfer", "Döviz kurlarında", "Tüm hakları saklıdır", "abone olun"):
        assert furniture not in page.text, furniture
    # headings and paragraphs stay lines of their own
    assert ARTICLE[0] in page.text.split("\n") and ARTICLE[1] in page.text.split("\n")


def test_the_page_states_its_own_metadata():
    head = ("<meta property='og:title' content='Kayyum atamalarına tepki'>"
            "<meta property='og:site_name' content='Örnek Haber'>"
            "<meta name='author' content='Ayşe Yılmaz'>"
            "<meta property='article:published_time' content='2024-03-05T09:30:00+03:00'>"
            "<link rel='canonical' href='https://haber.example/kayyum-tepki'>")
    page = parse_html(news_page(ARTICLE, head).encode("utf-8"), "https://haber.example/?p=123")
    assert page.metadata() == {"title": "Kayyum atamalarına tepki", "date": "2024-03-05T09:30:00+03:00",
                               "lang": "tr", "author": "Ayşe Yılmaz", "site_name": "Örnek Haber",
                               "canonical_url": "https://haber.example/kayyum-tepki"}
    # no og:title: the page's one heading, not the <title> with its site name
    plain = parse_html(news_page(ARTICLE).encode("utf-8"))
    assert plain.title == "Kayyum atamaları yerel demokrasiye darbe"
    # a "canonical" that is no web address is dropped (it would be a link on the document page)
    hostile = parse_html(news_page(ARTICLE, "<link rel='canonical' href='javascript:alert(1)'>").encode())
    assert hostile.canonical_url == ""


def _dateless_page(lang, heading, dateline, sentence, footer):
    return (f"<html lang='{lang}'><head><title>{heading}</title></head><body><article><h1>{heading}</h1>{dateline}"
            f"<p>{sentence * 4}</p></article><footer>{footer}</footer></body></html>").encode()


def test_a_date_the_markup_does_not_state_is_kept_at_the_precision_it_was_found():
    """A page whose markup states no date was dated by htmldate's search of its text, which
    gives a year it found alone (a copyright line's) as its first of January and a month
    as its first day: "2019-01-01", a day the page never said, beat the page's own dateline
    in a language htmldate does not read. Now the year is "2019", and the dateline's day
    within it dates the document."""
    english = "The association held its general assembly and discussed the detained journalists at length. "
    page = parse_html(_dateless_page("en", "Annual assembly", "", english, "© 2019 Example Association"))
    assert page.date == "2019"
    assert extract_document(_dateless_page("en", "Annual assembly", "", english, "© 2019 Example Association"),
                            "a.html").enrichment.published.value == (dt.date(2019, 1, 1), "year")
    greek = ("Η ένωση πραγματοποίησε τη γενική της συνέλευση και συζήτησε εκτενώς την κατάσταση των κρατούμενων "
             "δημοσιογράφων στη χώρα. ")
    data = _dateless_page("el", "Ετήσια συνέλευση της ένωσης", "<p>Αθήνα, 14 Μαΐου 2019</p>", greek, "© 2019 Ένωση")
    assert parse_html(data).date == "2019"
    published = extract_document(data, "b.html").enrichment.published
    assert (published.value, published.rule) == ((dt.date(2019, 5, 14), "day"), "header")
    # a date the page's text states in a form htmldate reads is kept to the day
    dated = _dateless_page("en", "Annual assembly", "<p>Ankara, 14 May 2019</p>", english, "© 2019 Example Association")
    assert parse_html(dated).date == "2019-05-14"


@pytest.mark.parametrize("title, site, url, clean", [
    ("Turkey: Crackdown on Lawyers | Human Rights Watch", "Human Rights Watch", "https://www.hrw.org/news/1",
     "Turkey: Crackdown on Lawyers"),
    ("Örnek Haber | Kayyum atamalarına tepki", "", "https://ornekhaber.example/x", "Kayyum atamalarına tepki"),
    ("Gözaltında işkence iddiası - ornekhaber.com", "", "https://ornekhaber.com/y", "Gözaltında işkence iddiası"),
    ("Yargıtay kararı açıklandı | Gündem | 23.05.2021", "", "", "Yargıtay kararı açıklandı"),
    ("Gözaltılar sürüyor : 31.10.2023, 10.19 Uhr", "", "", "Gözaltılar sürüyor"),
    ("Gözaltılar sürüyor - 31/10/2023 10:19", "", "", "Gözaltılar sürüyor"),
    # a part that mentions the site is no site name; a dash inside a title stays
    ("Turkey - Opinion on the amendments to the Constitution", "Venice Commission", "https://www.venice.coe.int/",
     "Turkey - Opinion on the amendments to the Constitution"),
    ("Reports - New data on detentions published by ornekhaber.com", "", "https://ornekhaber.com/z",
     "Reports - New data on detentions published by ornekhaber.com"),
    ("İnsan Hakları Günlüğü » Blog Archive » Gözaltında kötü muamele", "", "https://gunluk.example/a",
     "Gözaltında kötü muamele"),
    ("Archives of the Commission » Archives", "", "", "Archives of the Commission » Archives"),  # the last part stays
])
def test_a_page_title_without_the_sites_name(title, site, url, clean):
    assert clean_title(title, site, url) == clean


def test_real_pages_titles_without_their_sites_names(corpus):
    pages = corpus / "web-pages" / "pages"
    for name, title in [("dw.com-elephants.html", "La perte des terres fertiles et les éléphants en Guinée-Conakry"),
                        ("reitschuster.de-Hass-Demo.html", "Tagesschau unterschlägt Hass-Demo in Essen"),
                        ("hoy.com-daran.html", "Darán bendición a vehículos este sábado"),
                        # the page's own title, not a section's or the site's name in its heading
                        ("einfachspanien.de.malaga.html", "Malaga, die quirlige Metropole in Andalusien"),
                        ("martinruetter.com-Winter.html", "Schneeflöckchen, Weißröckchen... – mit Hund im Winter"),
                        # WordPress's "Site » Blog Archive » Post": the post's title, not the site's name
                        ("disfunctions.de.podcasts.html", "Podcasts in Plex einbinden"),
                        ("fouryears.eu.interning.html", "Interning of Small Integers in Python"),
                        # the page's date and time after " : "
                        ("kyffhaeuser-nachrichten.de-Regen.html", "So viel Regen gab es lange nicht")]:
        assert parse_html((pages / name).read_bytes()).title == title, name


def test_a_sections_name_in_the_heading_is_not_the_pages_title():
    """A site's section name printed as the page's <h1> ("Haberler", news), which
    trafilatura reads as the title, where the page's own <title> names the article."""
    article = "".join(f"<p>{p}</p>" for p in ARTICLE)
    page = ("<html><head><title>Basın özgürlüğü raporu yayımlandı | Örnek Dernek</title></head><body><header>"
            f"<h1>Haberler</h1></header><article><h2>Basın özgürlüğü raporu yayımlandı</h2>{article}{article}"
            "</article><footer>İletişim</footer></body></html>")
    assert parse_html(page.encode()).title == "Basın özgürlüğü raporu yayımlandı"


def test_turkish_pages_in_any_declared_or_undeclared_encoding():
    html = news_page(ARTICLE)
    cp1254 = html.encode("cp1254")
    # declared in the page, declared in the HTTP header only, and not declared at all
    declared = html.replace("<head>", "<head><meta charset='windows-1254'>").encode("cp1254")
    http_equiv = html.replace("<head>", "<head><meta http-equiv='Content-Type' content='text/html; "
                              "charset=ISO-8859-9'>").encode("iso-8859-9")
    for data, charset in ((declared, None), (http_equiv, None), (cp1254, "windows-1254"), (cp1254, None)):
        page = parse_html(data, charset=charset)
        assert ARTICLE[1] in page.text and "Kayyum atamaları yerel" in page.title
    # a page that declares UTF-8 but is not: the wrong declaration is not believed
    lying = html.replace("<head>", "<head><meta charset='utf-8'>").encode("cp1254")
    assert ARTICLE[2] in parse_html(lying).text
    # ... nor one that declares a one-byte charset, in the page or the HTTP header, but is
    # UTF-8 (was read as Latin-1: "Ä°ÅŸkence" for "İşkence")
    latin = html.replace("<head>", "<head><meta charset='iso-8859-1'>").encode("utf-8")
    for data, charset in ((latin, None), (html.encode("utf-8"), "windows-1252")):
        page = parse_html(data, charset=charset)
        assert ARTICLE[1] in page.text and "Kayyum atamaları yerel" in page.title


def test_mojibake_the_site_served_is_repaired():
    """A page whose site saved its UTF-8 text read as Latin-1 ("Ä°nsan haklarÄ±
    Ã¶rgÃ¼tleri"), served as UTF-8 (so decoded right): its text and title were that
    mojibake, unsearchable; now repaired (ftfy), while a page's own curly quotes, dashes
    and letters are left as they are."""
    garbled = [p.encode("utf-8").decode("latin-1") for p in ARTICLE]
    assert garbled[1].startswith("Ä°nsan")
    html = news_page(garbled).replace("Kayyum atamaları", "Kayyum atamaları".encode("utf-8").decode("latin-1"))
    page = parse_html(html.encode("utf-8"))
    assert ARTICLE[1] in page.text and "Kayyum atamaları yerel" in page.title and "Ã" not in page.text
    clean = news_page([ARTICLE[0], "“Yerel demokrasi” – dediler; naïve café’s Ça va"])
    assert "“Yerel demokrasi” – dediler; naïve café’s Ça va" in parse_html(clean.encode("utf-8")).text


def test_a_page_that_is_mostly_a_script_has_its_article_from_json_ld():
    body = "<p>" + "</p><p>".join(ARTICLE) + "</p>"
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": "Örnek Haber"},
        {"@type": "NewsArticle", "headline": "Kayyum atamaları", "articleBody": body,
         "datePublished": "2024-03-05"}]}
    html = ("<!doctype html><html lang='tr'><head><title>Kayyum atamaları | Örnek Haber</title>"
            f"<script type='application/ld+json'>{json.dumps(ld, ensure_ascii=False)}</script></head>"
            "<body><div id='root'></div><script>window.__APP__={}; render();</script></body></html>")
    result = extract_document(html.encode("utf-8"), "kayyum.html")
    assert result.status == "ok" and result.extractor == "html:json-ld" and result.language == "tr"
    assert ARTICLE[0] in result.pages[0] and "<p>" not in result.pages[0] and "render()" not in result.pages[0]


def test_hostile_markup_is_read_safely(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    xxe = (f"<?xml version='1.0'?><!DOCTYPE html [<!ENTITY xxe SYSTEM 'file://{secret}'>]>"
           f"<html><body><article><p>&xxe;</p>" + "".join(f"<p>{p}</p>" for p in ARTICLE) + "</article></body></html>")
    page = parse_html(xxe.encode())
    assert "TOP-SECRET" not in page.text and ARTICLE[0] in page.text
    # broken markup: unclosed paragraphs and divs, a stray </table>, an unterminated comment
    broken = ("<html><body><div class='content'><h1>Kayyum</h1><p>" + "<p>".join(ARTICLE) +
              "</table><div><p>" + "</div>" * 3 + "<!-- unterminated")
    assert all(p in parse_html(broken.encode()).text for p in ARTICLE)
    # deep nesting (deeper than lxml reads) does not crash the reading, and loses nothing
    deep = "<div>" * 5000 + "".join(f"<p>{p}</p>" for p in ARTICLE) + "</div>" * 5000
    result = extract_document(deep.encode(), "deep.html")
    assert result.status == "ok" and all(p in result.pages[0] for p in ARTICLE)


def test_a_short_page_keeps_its_stated_language_and_a_listing_reads_only_links():
    short = "<html lang='ku'><body><article><p>Rojnamevan hatin girtin.</p></article></body></html>"
    result = extract_document(short.encode(), "kurte.html")
    assert result.pages[0] == "Rojnamevan hatin girtin." and result.language == "ku"
    listing = parse_html(news_page(ARTICLE).encode(), "https://haber.example/", main_text=False)
    assert "https://haber.example/spor" in [l.url for l in listing.links]
    assert listing.text_source == "visible-text"


def test_an_imported_page_keeps_what_it_states_about_itself(archive, tmp_path):
    """Its title, date, author, site and address, and that it is a news article (its text
    speaks of a decision and a report, and names another date), also after `hrarchive
    enrich` reads it again."""
    from ingest.enrich.run import enrich_documents
    from web import create_app

    head = ("<meta property='og:site_name' content='Örnek Haber'><meta name='author' content='Ayşe Yılmaz'>"
            "<meta property='og:type' content='article'>"
            "<meta property='article:published_time' content='2024-03-05T09:30:00+03:00'>"
            "<link rel='canonical' href='https://haber.example/kayyum-tepki'>")
    folder = tmp_path / "in"
    folder.mkdir()
    text = ARTICLE + ["İçişleri Bakanlığı'nın 19 Ağustos 2019 tarihli kararı, barolar birliğinin raporunda "
                      "hukuka aykırı bulundu."]
    (folder / "kayyum.html").write_bytes(news_page(text, head).encode("cp1254"))
    summary = import_paths(archive.db, archive.blobs, archive.backend, [folder], ImportOptions(workers=1))
    assert [i.outcome for i in summary.items] == ["ingested"]
    with archive.db.session() as s:
        doc = s.scalars(select(Document)).one()
        assert doc.title == "Kayyum atamaları yerel demokrasiye darbe" and doc.language == "tr"
        assert str(doc.published_date) == "2024-03-05" and doc.extra["provenance"]["published_date"] == \
            "rule:page-metadata"
        assert "Futbolda" not in doc.pages[0].text and ARTICLE[2] in doc.pages[0].text
        assert (doc.doc_type, doc.extra["provenance"]["doc_type"]) == ("news", "rule:page-metadata")
        public_id = doc.public_id
    assert enrich_documents(archive.db, archive.backend, force=True) == 1
    with archive.db.session() as s:
        doc = s.scalars(select(Document)).one()
        assert (str(doc.published_date), doc.extra["provenance"]["published_date"]) == ("2024-03-05", "rule:page-metadata")
        assert doc.doc_type == "news" and doc.title == "Kayyum atamaları yerel demokrasiye darbe"
    client = create_app(archive.settings, TESTING=True).test_client()
    data = client.get(f"/api/v1/documents/{public_id}").get_json()
    assert data["web_page"] == {"author": "Ayşe Yılmaz", "site_name": "Örnek Haber",
                                "canonical_url": "https://haber.example/kayyum-tepki",
                                "date": "2024-03-05T09:30:00+03:00", "kind": "article"}
    page = client.get(f"/documents/{public_id}").get_data(as_text=True)
    assert "Örnek Haber · Ayşe Yılmaz" in page and 'href="https://haber.example/kayyum-tepki"' in page
    # cited as news is: who wrote it, title, date, address
    assert ('<code id="citation">Ayşe Yılmaz, Kayyum atamaları yerel demokrasiye darbe, 5 March 2024, '
            'https://haber.example/kayyum-tepki</code>') in page
    with archive.db.session() as s:
        doc = s.scalars(select(Document)).one()
        # a page imported before its stated date was kept with it keeps the date it has
        doc.extra = {**doc.extra, "page": {k: v for k, v in doc.extra["page"].items() if k != "date"}}
        s.commit()
    assert enrich_documents(archive.db, archive.backend, force=True) == 1
    with archive.db.session() as s:
        doc = s.scalars(select(Document)).one()
        assert (str(doc.published_date), doc.extra["provenance"]["published_date"]) == ("2024-03-05", "rule:page-metadata")


def test_an_articles_type_yields_to_the_type_the_run_gives(archive, tmp_path):
    """An article with no type in its title is `news`, unless the import (or a source)
    says what its documents are: then that, also after `hrarchive enrich`."""
    from ingest.enrich.run import enrich_documents

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "aciklama.html").write_bytes(news_page(ARTICLE, "<meta property='og:type' content='article'>").encode())
    import_paths(archive.db, archive.blobs, archive.backend, [folder], ImportOptions(workers=1, doc_type="statement"))
    for _ in range(2):
        with archive.db.session() as s:
            doc = s.scalars(select(Document)).one()
            assert (doc.doc_type, doc.extra["provenance"]["doc_type"]) == ("statement", "default")
        assert enrich_documents(archive.db, archive.backend, force=True) == 1


def test_a_pipeline_reads_the_charset_of_the_http_header_and_the_page_beats_the_defaults(archive, tmp_path):
    """A KOI8-R page that declares its charset only in the HTTP header (no guess would
    find it), fetched by a feed whose sources file says language = "tr"."""
    from .webserver import run_feed_source

    russian = ["Правозащитники сообщили о задержании журналистов в Стамбуле после публикации доклада о пытках.",
               "Адвокаты не получили доступа к своим подзащитным в течение четырёх дней, что нарушает право на "
               "защиту.",
               "Организации призвали власти немедленно освободить задержанных и провести независимое "
               "расследование."]
    html = ("<html lang='ru'><head><title>Задержания журналистов</title></head><body><nav>Главная Новости</nav>"
            "<article><h1>Задержания журналистов</h1>" + "".join(f"<p>{p}</p>" for p in russian) +
            "</article><footer>Подписаться на рассылку</footer></body></html>")
    result = run_feed_source(archive, tmp_path, {"/news/1": (html.encode("koi8-r"), "text/html; charset=KOI8-R")},
                             'mechanism = "civil-society"\nlanguage = "tr"')
    assert [i.outcome for i in result.items] == ["ingested"], result.items
    with archive.db.session() as s:
        doc = s.scalars(select(Document)).one()
        assert doc.language == "ru" and russian[1] in doc.pages[0].text
        assert "Подписаться" not in doc.pages[0].text
