"""Search over the sample collection: real SQLite + real Whoosh."""
import shutil

import pytest
from sqlalchemy import select

from archive import indexing, store, taxonomy
from archive.errors import InvalidQuery
from archive.models import Document, DocumentTopic, Topic
from archive.search import FacetFilter, SearchQuery

from ..conftest import ROOT, build_sample_archive


def ids(arch, text, **kw):
    result = arch.backend.search(SearchQuery(text=text, page_size=100, **kw))
    return {h.id for h in result.hits}


def doc_id(arch, symbol):
    with arch.db.session() as s:
        return s.scalar(select(Document.public_id).where(Document.symbol == symbol))


@pytest.mark.parametrize("variants", [
    ("diyarbakir", "Diyarbakır", "DİYARBAKIR", "DIYARBAKIR"),
    ("istanbul", "İstanbul", "İSTANBUL"),
    ("ışık", "IŞIK", "isik"),
    ("Türkiye", "Turkey", "turkiye", "TÜRKİYE"),
])
def test_spelling_variants_find_the_same_documents(sample_archive, variants):
    results = [ids(sample_archive, v) for v in variants]
    assert results[0], f"{variants[0]} finds nothing"
    assert all(r == results[0] for r in results), variants


def test_turkey_and_turkiye_are_synonyms(sample_archive):
    turkiye_only = doc_id(sample_archive, "CEDAW/C/TUR/CO/8")  # title says Türkiye
    turkey_only = doc_id(sample_archive, "CAT/C/TUR/CO/4")  # text says Turkey
    assert {turkiye_only, turkey_only} <= ids(sample_archive, "Turkey")
    assert {turkiye_only, turkey_only} <= ids(sample_archive, "Türkiye")


def test_inflected_turkish_finds_the_stem(sample_archive):
    # "gözaltına" (into custody) must find a text that has only "gözaltı"/"gözaltında".
    found = ids(sample_archive, "gözaltına")
    assert doc_id(sample_archive, "2016/12345") in found  # has both
    assert doc_id(sample_archive, "KHD-2021-03") in found
    assert found == ids(sample_archive, "gözaltı")


def test_phrase_and_proximity(sample_archive):
    exact = ids(sample_archive, '"police custody"')
    assert doc_id(sample_archive, "CAT/C/TUR/CO/4") in exact
    assert ids(sample_archive, '"custody police"') == set()
    near = ids(sample_archive, '"torture custody"~8')
    assert doc_id(sample_archive, "CAT/C/TUR/CO/4") in near
    assert ids(sample_archive, '"torture custody"') == set()


def test_boolean_prefix_and_fields(sample_archive):
    cat = doc_id(sample_archive, "CAT/C/TUR/CO/4")
    assert cat in ids(sample_archive, "tortur*")
    assert cat not in ids(sample_archive, "torture -prisons")
    both = ids(sample_archive, "kayyum OR trustees")
    assert ids(sample_archive, "kayyum") | ids(sample_archive, "trustees") == both
    assert ids(sample_archive, "title:torture") < ids(sample_archive, "torture")
    assert ids(sample_archive, "body:cat") == ids(sample_archive, "", filters={"body": FacetFilter(("CAT",))})
    assert ids(sample_archive, "year:2016..2017 torture") == ids(sample_archive, "torture", year_from=2016, year_to=2017)
    assert ids(sample_archive, "NOT torture") == ids(sample_archive, "") - ids(sample_archive, "torture")


def test_symbol_typed_as_such_ranks_its_document_first(sample_archive):
    from archive.identifiers import classify

    # the English original and the French summary carry the same symbol
    result = sample_archive.backend.search(SearchQuery(text="CAT/C/TUR/CO/4"))
    assert classify(result.hits[0].symbol) == ("un-symbol", "CAT/C/TUR/CO/4")
    assert classify(result.hits[1].symbol) == ("un-symbol", "CAT/C/TUR/CO/4")
    result = sample_archive.backend.search(SearchQuery(text="7469/06"))
    assert result.hits[0].symbol == "7469/06"


def test_snippets_come_with_page_numbers_and_marks(sample_archive):
    result = sample_archive.backend.search(SearchQuery(text="overcrowding prisons"))
    cat = next(h for h in result.hits if h.symbol == "CAT/C/TUR/CO/4")
    assert [p.number for p in cat.pages][0] == 2
    assert "<mark>overcrowding</mark>" in cat.pages[0].snippet


def test_facet_counts_equal_database_counts(sample_archive):
    for text in ("", "torture", "Diyarbakır OR İstanbul"):
        result = sample_archive.backend.search(SearchQuery(text=text, page_size=100))
        hit_ids = [h.id for h in result.hits]
        assert result.total == len(hit_ids)
        with sample_archive.db.session() as s:
            for facet, column in (("mechanism", "mechanism"), ("body", "body"), ("doc_type", "doc_type")):
                got = {c.value: c.count for c in result.facets[facet]}
                assert got == store.facet_counts(s, column, hit_ids), (text, facet)
            # a topic counts the documents of its narrower topics too, each once
            tax = taxonomy.load()
            tagged: dict[str, set[str]] = {}
            for key, pid in s.execute(select(Topic.key, Document.public_id).select_from(DocumentTopic)
                                      .join(Topic).join(Document).where(Document.public_id.in_(hit_ids))):
                for k in (key, *tax.topic_ancestors(key)):
                    tagged.setdefault(k, set()).add(pid)
            assert {c.value: c.count for c in result.facets["topic"]} == {k: len(v) for k, v in tagged.items()}
            years = {}
            for d in s.scalars(select(Document).where(Document.public_id.in_(hit_ids))):
                years[str(d.date.year)] = years.get(str(d.date.year), 0) + 1
            assert {c.value: c.count for c in result.facets["year"]} == years


def test_country_is_what_a_document_is_about_and_mentions_every_country_named(sample_archive):
    result = sample_archive.backend.search(SearchQuery(page_size=100))
    with sample_archive.db.session() as s:
        docs = {d.public_id: d for d in s.scalars(select(Document).where(Document.public_id.in_(
            [h.id for h in result.hits])))}
    for facet, attribute in (("country", "subject_countries"), ("mentions", "countries")):
        expected: dict[str, int] = {}
        for d in docs.values():
            for code in getattr(d, attribute) or []:
                expected[code] = expected.get(code, 0) + 1
        assert {c.value: c.count for c in result.facets[facet]} == expected, facet
    syria_named = ids(sample_archive, "", filters={"mentions": FacetFilter(("SY",))})
    assert syria_named and not syria_named & ids(sample_archive, "", filters={"country": FacetFilter(("SY",))})
    assert ids(sample_archive, "country:TR") == ids(sample_archive, "", filters={"country": FacetFilter(("TR",))})


def test_ecthr_conclusions_as_facets_filters_and_fields(sample_archive):
    judgment = doc_id(sample_archive, "7469/06")  # its operative part finds a violation of Article 3
    assert ids(sample_archive, "article:3") == {judgment}
    assert ids(sample_archive, "", filters={"finding": FacetFilter(("3:violation",))}) == {judgment}
    assert ids(sample_archive, "", filters={"finding": FacetFilter(("3:no-violation",))}) == set()
    judgments = {doc_id(sample_archive, n) for n in ("7469/06", "14305/17", "28749/18", "16538/17")}
    assert ids(sample_archive, "conclusion:violation") == judgments
    assert ids(sample_archive, "conclusion:inadmissible") == {doc_id(sample_archive, "51234/19")}
    assert ids(sample_archive, "article:5") == judgments - {judgment}  # 5 § 1, 5 §§ 1 and 3, 18 with 5
    assert ids(sample_archive, "article:P1-3") == {doc_id(sample_archive, "14305/17")}
    result = sample_archive.backend.search(SearchQuery(text="article:3"))
    assert {c.value: c.count for c in result.facets["finding"]} == {"3:violation": 1}
    assert {c.value: c.count for c in result.facets["conclusion"]} == {"violation": 1}


def test_facet_operators_any_all_none(sample_archive):
    topic = lambda *v, op="any": {"topic": FacetFilter(tuple(v), op)}  # noqa: E731
    torture, prison = ids(sample_archive, "", filters=topic("torture")), ids(sample_archive, "", filters=topic("prison"))
    assert ids(sample_archive, "", filters=topic("torture", "prison")) == torture | prison
    assert ids(sample_archive, "", filters=topic("torture", "prison", op="all")) == torture & prison
    assert ids(sample_archive, "", filters=topic("torture", op="none")) == ids(sample_archive, "") - torture
    assert torture & prison  # the sample has documents on both


def test_sorting_and_pagination(sample_archive):
    newest = sample_archive.backend.search(SearchQuery(text="", sort="newest", page_size=100)).hits
    dates = [h.date for h in newest]
    assert dates == sorted(dates, reverse=True)
    oldest = sample_archive.backend.search(SearchQuery(text="", sort="oldest", page_size=100)).hits
    assert [h.date for h in oldest] == sorted(dates)
    titles = [h.title for h in sample_archive.backend.search(SearchQuery(text="", sort="title", page_size=100)).hits]
    assert titles[0].lower().startswith("a")
    page1 = sample_archive.backend.search(SearchQuery(text="", sort="newest", page_size=10, page=1))
    page2 = sample_archive.backend.search(SearchQuery(text="", sort="newest", page_size=10, page=2))
    assert [h.id for h in page1.hits + page2.hits] == [h.id for h in newest[:20]]
    assert page1.total == page2.total == len(newest)


def test_restricted_documents_never_reach_anonymous_search(sample_archive):
    assert ids(sample_archive, "zanzibarquill") == set()
    result = sample_archive.backend.search(SearchQuery(text=""))
    assert all(c.value != "internal-note" for c in result.facets["doc_type"])
    assert len(ids(sample_archive, "zanzibarquill", visibility=None)) == 1


def test_did_you_mean_comes_from_the_index_vocabulary(sample_archive):
    result = sample_archive.backend.search(SearchQuery(text="tortture"))
    assert result.total == 0 and result.suggestion == "torture"


@pytest.mark.parametrize("query", ['"unclosed', "AND OR", "title:", "(" * 250 + "torture" + ")" * 250])
def test_malformed_queries_raise_invalid_query_when_strict(sample_archive, query):
    with pytest.raises(InvalidQuery):
        sample_archive.backend.search(SearchQuery(text=query, strict=True))


@pytest.mark.parametrize("query, read_as, same_as", [
    ('"police custody', "police custody", "police custody"),
    ("rights of the child - juvenile justice", "rights of the child juvenile justice",
     "rights of the child juvenile justice"),
    ("torture) AND", "torture", "torture"),
    ("(" * 250 + "torture" + ")" * 250, "torture", "torture"),
    ("title:", "title", "title"),
])
def test_what_people_type_is_read_leniently(sample_archive, query, read_as, same_as):
    result = sample_archive.backend.search(SearchQuery(text=query, page_size=100))
    assert result.read_as == read_as
    assert {h.id for h in result.hits} == ids(sample_archive, same_as)


def test_fuzzed_typing_never_errors(sample_archive):
    """1,000 user-like strings: mixed scripts, punctuation, operators, long lines."""
    import random

    rng = random.Random(20261202)
    pieces = ["torture", "işkence", "Diyarbakır", "AND", "OR", "NOT", "-", '"', "(", ")", "*", "~", ":", "title:",
              "year:", "year:2016..", "body:", "'", "?", "&&", "||", "ə", "қ", "الحق", "Ἀθῆναι", "\\", "/", "…", "~5",
              "CAT/C/TUR/CO/4", "7469/06", "a", "1", "%", "_", "\u0307", "İ", "é", "  "]
    for _ in range(1000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", "  "]) for _ in range(rng.randint(1, 60)))[:500]
        result = sample_archive.backend.search(SearchQuery(text=text, page_size=5))
        assert result.total >= 0


QUERY_SET = ["torture", "Diyarbakır", '"police custody"', "gözaltına", "tortur* -prison", "Türkiye",
             "CAT/C/TUR/CO/4", "title:opinion", "kayyum OR trustees", ""]


def run_queries(arch):
    out = []
    for q in QUERY_SET:
        r = arch.backend.search(SearchQuery(text=q, page_size=100))
        out.append((r.total, [(h.id, round(h.score, 4)) for h in r.hits],
                    {k: [(c.value, c.count) for c in v] for k, v in r.facets.items()}))
    return out


@pytest.fixture
def own_archive(tmp_path):
    from archive.settings import Settings

    arch = build_sample_archive(Settings(data_dir=tmp_path / "data"))
    yield arch
    arch.close()


def test_rebuild_gives_identical_results_and_keeps_serving(own_archive):
    before = run_queries(own_archive)
    old_dir = own_archive.settings.index_path.resolve()
    with own_archive.db.session() as s:
        assert indexing.rebuild(s, own_archive.backend) == 47
    assert own_archive.settings.index_path.resolve() != old_dir  # a new generation was swapped in
    assert old_dir.exists()  # the previous one is kept for searches still open on it
    assert run_queries(own_archive) == before


def test_deleted_index_is_reported_and_repaired(own_archive):
    before = run_queries(own_archive)
    shutil.rmtree(own_archive.settings.index_path.resolve())
    with own_archive.db.session() as s:
        report = indexing.check(s, own_archive.backend)
        assert not report.index_present and len(report.missing) == 47
        report = indexing.repair(s, own_archive.backend, report)
        assert report.is_clean
    assert run_queries(own_archive) == before


def test_check_finds_stale_missing_and_orphaned_entries(own_archive):
    arch = own_archive
    with arch.db.session() as s:
        docs = list(s.scalars(select(Document).order_by(Document.id).limit(3)))
        stale, missing, orphan = docs
        stale.title = "Changed title"
        store.touch(stale)
        arch.backend.delete([missing.public_id])
        orphan.deleted_at = orphan.created_at
        s.commit()
        report = indexing.check(s, arch.backend)
        assert report.stale == [stale.public_id]
        assert report.missing == [missing.public_id]
        assert report.orphans == [orphan.public_id]
        assert indexing.repair(s, arch.backend, report).is_clean
    assert ids(arch, '"Changed title"') == {stale.public_id}


def test_search_keeps_answering_during_a_rebuild(own_archive):
    import threading

    errors, answers = [], []
    stop = threading.Event()

    def searcher():
        while not stop.is_set():
            try:
                answers.append(own_archive.backend.search(SearchQuery(text="torture")).total)
            except Exception as exc:  # any failure during the swap is a defect
                errors.append(exc)

    t = threading.Thread(target=searcher)
    t.start()
    try:
        with own_archive.db.session() as s:
            for _ in range(3):
                indexing.rebuild(s, own_archive.backend)
    finally:
        stop.set()
        t.join()
    assert not errors and answers and len(set(answers)) == 1


def test_cross_language_expansion_on_and_off(sample_archive):
    tr_doc = doc_id(sample_archive, "KHD-2021-03")  # Turkish: işkence, no "torture"
    en_doc = doc_id(sample_archive, "CAT/C/TUR/CO/4")  # English: torture, no "işkence"
    expanded = sample_archive.backend.search(SearchQuery(text="işkence", page_size=100))
    assert {tr_doc, en_doc} <= {h.id for h in expanded.hits}
    assert expanded.expansions and expanded.expansions[0].concept == "torture"
    assert "torture" in expanded.expansions[0].added
    # exact matches rank above expanded ones
    exact_ids = ids(sample_archive, "işkence", expand=False)
    ranked = [h.id for h in expanded.hits]
    assert max(ranked.index(i) for i in exact_ids) < min(ranked.index(i) for i in set(ranked) - exact_ids)
    assert en_doc not in exact_ids
    assert tr_doc in ids(sample_archive, "torture")
    assert tr_doc not in ids(sample_archive, "torture", expand=False)
    assert sample_archive.backend.search(SearchQuery(text="torture", expand=False)).expansions == []
    # expanded pages still get highlighted snippets
    hit = next(h for h in expanded.hits if h.id == en_doc)
    assert any("<mark>" in p.snippet for p in hit.pages)


def test_a_concept_knows_the_convention_articles_that_protect_it():
    """Each article title of the Convention names the concept of its own article: the
    general prohibition of discrimination is Article 1 of Protocol No. 12 (a narrower
    concept of equality), the prohibition of discrimination Article 14."""
    from archive.search import expansion

    assert expansion.expand("General prohibition of discrimination").articles == ("P12-1",)
    assert expansion.expand("Genel ayrımcılık yasağı").articles == ("P12-1",)
    assert expansion.expand("prohibition of discrimination").articles == ("14",)
    assert expansion.expand("işkence").articles == ("3",)
    assert expansion.expand("hate speech").articles == ("14",)  # a narrower concept of equality: its article
    tax = taxonomy.load()
    assert tax.articles_of(["equality", "torture"]) == ["3", "14"]
    assert tax.topic_ancestors("general-discrimination-ban") == ["equality"]
    assert expansion.expand("işkence").to_dict()["articles"] == ["3"]
    # a narrower concept without an article of its own is protected by its broader one's
    assert expansion.expand("private life").articles == ("8",)
    assert tax.articles_of(["coup-attempt", "alevis"]) == ["9", "15"]


def test_a_word_of_a_narrower_concept_is_a_term_of_that_concept():
    """A term that names a narrower concept's subject is that concept's, not its broader
    one's: "child labour" searched for the children concept's "juvenile", "coup attempt"
    was the state of emergency, "human trafficking" slavery's "forced labour"."""
    from archive.search import expansion

    for query, concept, articles in (("child labour", "child-labour", ("14",)), ("coup attempt", "coup-attempt", ("15",)),
                                     ("human trafficking", "trafficking", ("4",)), ("alevi", "alevis", ("9",)),
                                     ("curfew", "curfews", ()), ("vicdani ret", "conscientious-objection", ("9",)),
                                     ("mining", "extractive-projects", ())):
        found = expansion.expand(query)
        assert found is not None and (found.concept, found.articles) == (concept, articles), query
    # and no term is in two concepts
    seen: dict[tuple[str, str], str] = {}
    for topic in taxonomy.load().topics.values():
        for lang, terms in topic.terms.items():
            for term in terms:
                assert seen.setdefault((lang, term), topic.key) == topic.key, (term, seen[(lang, term)], topic.key)


def test_a_group_is_searched_as_itself_not_as_every_minority():
    """Roma, Armenians and Kurds are narrower concepts of minority rights: a query that
    names one is widened to that group's words in the three languages, never to another
    group's ("roma" once also searched for `kürt*` and "kurdes"); the most specific term
    a word matches decides ("kürtçe" is the Kurdish language, not the Kurdish issue's
    `kürt*`)."""
    from archive.search import expansion

    groups = {"roma": ("roma-rights", "romanlar*", "roms"), "armenians": ("armenians", "ermeniler*", "arméniens"),
              "kürtler": ("kurdish-issue", "kurds", "kurdes")}
    others = {"kürt*", "kurdes", "kurds", "romanlar*", "roms", "ermeniler*", "arméniens"}
    for query, (concept, *words) in groups.items():
        found = expansion.expand(query)
        assert found is not None and found.concept == concept, query
        assert set(words) <= set(found.added), query
        assert not (others - set(words)) & set(found.added), (query, found.added)
    assert expansion.expand("kürtçenin").concept == "kurdish-language"
    assert expansion.expand("kürt").concept == "kurdish-issue"
    # the broader concept is still found through its own words and holds the groups
    assert expansion.expand("minorities").concept == "minorities"
    assert taxonomy.load().topic_ancestors("roma-rights") == ["minorities", "equality"]
    # an earthquake is a disaster (it was a term of the environment, whose Turkish words
    # searched for it were "çevre*" and "maden*", mining)
    quake = expansion.expand("deprem")
    assert quake is not None and quake.concept == "disasters" and "earthquakes" in quake.added
    assert "maden*" not in expansion.expand("environment").added


def test_snippets_escape_markup_in_document_text(tmp_path):
    from archive.context import Archive
    from archive.indexing import index_documents
    from archive.settings import Settings

    arch = Archive.open(Settings(data_dir=tmp_path / "d"))
    try:
        with arch.db.session() as s:
            doc = Document(title="<script>alert('t')</script> report", visibility="public", language="en")
            s.add(doc)
            store.set_pages(doc, ["Before <script>alert('x')</script> the word torture & <b>bold</b>."])
            s.commit()
            index_documents(s, arch.backend, [doc.id])
        hit = arch.backend.search(SearchQuery(text="torture")).hits[0]
        snippet = hit.pages[0].snippet
        assert "<script>" not in snippet and "&lt;script&gt;" in snippet and "<mark>torture</mark>" in snippet
        assert "&amp;" in snippet and "<b>" not in snippet
    finally:
        arch.close()


def test_an_index_from_another_version_is_reported_and_rebuilt(own_archive):
    from archive.errors import IndexUnavailable
    from archive.search.whoosh.schema import VERSION_FILE

    (own_archive.settings.index_path.resolve() / VERSION_FILE).write_text("0")
    own_archive.backend._ix = None  # as a freshly started process would see it
    with pytest.raises(IndexUnavailable, match="index rebuild"):
        own_archive.backend.search(SearchQuery(text="torture"))
    with own_archive.db.session() as s:
        report = indexing.check(s, own_archive.backend)
        assert report.error and "another version" in report.error
        assert indexing.repair(s, own_archive.backend, report).is_clean
    assert own_archive.backend.search(SearchQuery(text="torture")).total > 0


@pytest.mark.parametrize("phrase", ["rule of law", "freedom of expression", "human rights defenders",
                                    "of the", "the the", "rights of the child", "işkence ve kötü muamele",
                                    "torture prevention", "women violence", "committee against torture",
                                    "national human rights institution", "cat c tur co 4", "in in",
                                    "a hrc", "no such phrase of the"])
@pytest.mark.parametrize("slop", [1, 2, 4, 8])
def test_fast_phrase_finds_exactly_what_whoosh_phrase_finds(sample_archive, phrase, slop):
    from whoosh import query as wq

    from archive.search import analysis
    from archive.search.whoosh.phrases import FastPhrase

    words = analysis.words(phrase)
    with sample_archive.backend._searcher() as s:
        for field in ("text", "title"):
            expected = {h.docnum for h in s.search(wq.Phrase(field, words, slop=slop), limit=None)}
            got = {h.docnum for h in s.search(FastPhrase(field, words, slop=slop), limit=None)}
            assert got == expected, (field, phrase, slop)


@pytest.mark.parametrize("lists, slop, expected", [
    ([[1, 5], [2, 9]], 1, True),
    ([[1, 5], [3, 9]], 1, False),
    ([[1, 5], [3, 9]], 2, True),
    ([[4], [3]], 3, False),  # order matters
    ([[1], [2], [3]], 1, True),
    ([[1], [2], [4]], 1, False),
    ([[1, 10], [3, 11], [12]], 2, True),
    ([[1], list(range(100, 300)), [301]], 5, False),
    ([[1, 150], list(range(100, 300)), [301]], 5, False),
    ([[1, 298], list(range(100, 300)), [301]], 5, True),
])
def test_in_sequence(lists, slop, expected):
    from archive.search.whoosh.phrases import in_sequence

    assert in_sequence(lists, slop) is expected


def test_pooled_searchers_see_every_write(own_archive):
    arch = own_archive
    before = ids(arch, "torture")
    with arch.db.session() as s:
        doc = s.scalars(select(Document).where(Document.public_id.in_(before))).first()
        arch.backend.delete([doc.public_id])
        assert doc.public_id not in ids(arch, "torture")
        indexing.index_documents(s, arch.backend, [doc.id])
    assert ids(arch, "torture") == before


def _postings(ix) -> dict:
    """Every posting of the analysed text fields: (field, term) -> [(docnum, value bytes)],
    plus each document's field lengths."""
    out: dict = {}
    with ix.reader() as r:
        for field in ("text", "grams", "stem_en", "stem_fr", "stem_tr"):
            for term in r.lexicon(field):
                out[(field, term)] = list(r.postings(field, term).all_items())
            for docnum in r.all_doc_ids():
                out[("length", field, docnum)] = r.doc_field_length(docnum, field)
    return out


def test_pre_analysed_records_give_the_postings_of_whoosh_analyzers(tmp_path):
    """The importer hands Whoosh token lists it analysed itself (tokenize and fold each
    page once); the index must hold exactly what Whoosh's analyzers would have made."""
    from whoosh import index as windex

    from archive.search.base import IndexDocument
    from archive.search.whoosh.backend import WhooshBackend
    from archive.search.whoosh.schema import make_schema

    pages_by_lang = {
        "en": ("The Committee is concerned about torture in police custody.", "",
               "Human rights defenders; freedom of expression (art. 19) — 2016/17"),
        "tr": ("İŞKENCE ve kötü muamele iddiaları: Diyarbakır'da gözaltına alınanlar", "   \n ",
               "Gözaltı süreleri ISTANBUL İstanbul ıslak"),
        "fr": ("Le Comité est préoccupé par les allégations de torture", "Élèves déplacés"),
        "ku": ("Mafê mirovan û azadiya ramanê", "Kurmancî"),
        "und": ("ﬁnancial oﬃce x", "ǅemal Ǉubljana"),
        None: ("no language at all",),
    }
    docs = [
        IndexDocument(id=f"d{i}", revision=1, title=f"Title {lang} İzmir — Çalışma", symbol=None,
                      identifiers=(), mechanism="UN", body="CAT", doc_type="report", language=lang,
                      languages=(lang,) if lang else (), countries=("TR",), topics=(), date=None,
                      year=None, visibility="public",
                      pages=tuple((n + 1, t) for n, t in enumerate(texts)))
        for i, (lang, texts) in enumerate(pages_by_lang.items())
    ]
    indexes = {}
    for analysed in (True, False):
        folder = tmp_path / str(analysed)
        folder.mkdir()
        ix = windex.create_in(str(folder), make_schema())
        with ix.writer() as w:
            for doc in docs:
                for rec in WhooshBackend._records(doc, analysed=analysed):
                    w.add_document(**rec)
        indexes[analysed] = _postings(ix)
    fast, reference = indexes[True], indexes[False]
    assert ("text", b"iskence") in reference and ("stem_tr", b"gozal") in reference
    assert ("stem_fr", b"preoccup") in reference and ("stem_en", b"custodi") in reference
    # common grams: a common word and the next, none after a rare word
    assert ("grams", b"of expression") in reference and ("grams", b"is concerned") in reference
    assert ("grams", b"custody human") not in reference and ("grams", b"human rights") in reference
    assert ("grams", b"police custody") not in reference and ("grams", b"the committee") in reference
    assert fast.keys() == reference.keys()
    for key in reference:
        assert fast[key] == reference[key], key


def test_best_pages_are_where_the_query_stands(tmp_path):
    """A hit's pages come from the positions of its matches: a phrase leads to the page
    that holds the phrase (not one with its words apart), a word to the pages with its
    other forms (stems, Turkish suffixes, prefix queries), the page holding more of the
    query's words first."""
    from archive.search.base import IndexDocument
    from archive.search.whoosh.backend import WhooshBackend

    texts = {
        1: "Custody was discussed. The police were present. Freedom and expression are words here.",
        2: "Nothing relevant: budget tables, annexes and acronyms.",
        3: "Several persons held in police custody complained of ill-treatment.",
        4: "Freedom of expression of journalists; the custodies of detainees were reviewed.",
    }
    texts_tr = {1: "Başka bir konu: bütçe.", 2: "Gözaltına alınan kişiler; gözaltında tutulan gazeteciler."}

    def doc(doc_id: str, lang: str, pages: dict[int, str]) -> IndexDocument:
        return IndexDocument(id=doc_id, revision=1, title="A report", symbol=None, identifiers=(), mechanism="UN",
                             body="CAT", doc_type="report", language=lang, languages=(lang,), countries=("TR",),
                             topics=(), date=None, year=None, visibility="public", pages=tuple(pages.items()))

    backend = WhooshBackend(tmp_path / "index", page_loader=lambda wanted: {
        (d, n): (texts if d == "D1" else texts_tr)[n] for d, n in wanted})
    backend.create()
    backend.index([doc("D1", "en", texts), doc("D2", "tr", texts_tr)])

    def pages(q: str) -> list[int]:
        return [p.number for p in backend.search(SearchQuery(text=q, expand=False)).hits[0].pages]

    assert pages('"police custody"') == [3]
    assert pages('"freedom of expression"') == [4]
    assert pages("custody")[:2] == [1, 3] and 4 in pages("custody")  # custodies: same stem
    assert pages("gözaltı") == [2]
    assert pages("journal*") == [4]
    assert pages("police ill-treatment") == [3, 1]  # both words on page 3, one on page 1
    assert pages("budget") == [2]
    hit = backend.search(SearchQuery(text='"police custody"', expand=False)).hits[0]
    assert "<mark>police</mark> <mark>custody</mark>" in hit.pages[0].snippet


def test_writes_that_skip_merging_merge_by_size_tiers(tmp_path):
    """An import writes through bulk(): segments are merged FANOUT at a time, by size
    tier, like a counter in base FANOUT. The segment count stays logarithmic, and so do
    the times a document is rewritten (a growing segment is not merged again and again)."""
    from archive.search import SearchQuery
    from archive.search.base import IndexDocument
    from archive.search.whoosh.backend import WhooshBackend
    from archive.search.whoosh.codec import FANOUT

    def doc(i: int) -> IndexDocument:
        return IndexDocument(id=f"d{i}", revision=1, title=f"Report {i}", symbol=None, identifiers=(),
                             mechanism="UN", body="CAT", doc_type="report", language="en", languages=("en",),
                             countries=(), topics=(), date=None, year=None, visibility="public",
                             pages=((1, f"The rights of the child, report number {i}."),))

    def digits(n: int) -> list[int]:
        out = []
        while n:
            n, d = divmod(n, FANOUT)
            out.append(d)
        return out

    backend = WhooshBackend(tmp_path / "index")
    backend.create()
    writes = 2 * FANOUT ** 2 + 3
    with backend.bulk() as bulk:
        for i in range(writes):
            bulk.index([doc(i)])
            sizes = sorted((seg.doc_count_all() for seg in backend._open()._segments()), reverse=True)
            # one segment of FANOUT**k documents per unit of the k-th digit of the count
            assert sizes == [FANOUT ** k for k, d in reversed(list(enumerate(digits(i + 1)))) for _ in range(d)]
        assert backend.search(SearchQuery(text='"rights of the child"')).total == writes
    # the end of the bulk write leaves one segment
    assert [seg.doc_count_all() for seg in backend._open()._segments()] == [writes]
    assert backend.search(SearchQuery(text='"rights of the child"')).total == writes
    # a large segment is left alone by the small writes after it
    big = WhooshBackend(tmp_path / "big")
    big.create()
    with big.bulk() as bulk:
        bulk.index([doc(i) for i in range(100)])
        for i in range(100, 100 + FANOUT):
            bulk.index([doc(i)])
        assert sorted(seg.doc_count_all() for seg in big._open()._segments()) == [FANOUT, 100]


def test_a_bulk_write_that_fails_is_not_tidied_and_loses_nothing(tmp_path):
    """An error inside bulk() leaves what was written searchable, unmerged."""
    import pytest

    from archive.search import SearchQuery
    from archive.search.base import IndexDocument
    from archive.search.whoosh.backend import WhooshBackend

    def doc(i: int) -> IndexDocument:
        return IndexDocument(id=f"d{i}", revision=1, title=f"Report {i}", symbol=None, identifiers=(),
                             mechanism="UN", body="CAT", doc_type="report", language="en", languages=("en",),
                             countries=(), topics=(), date=None, year=None, visibility="public",
                             pages=((1, f"Detention report number {i}."),))

    backend = WhooshBackend(tmp_path / "index")
    backend.create()
    with pytest.raises(RuntimeError, match="disk"):
        with backend.bulk() as bulk:
            bulk.index([doc(0)])
            bulk.index([doc(1)])
            raise RuntimeError("disk full")
    assert len(backend._open()._segments()) == 2
    assert {h.id for h in backend.search(SearchQuery(text="detention")).hits} == {"d0", "d1"}


def test_scores_do_not_depend_on_how_the_index_is_split_into_segments(tmp_path):
    """The same documents in one segment or in three score the same (a phrase's score
    once used a segment's own document count with the whole index's text length)."""
    from archive.search import SearchQuery
    from archive.search.base import IndexDocument
    from archive.search.whoosh.backend import WhooshBackend

    texts = ["The rights of the child were discussed at length. " * 3, "Rights of the child, briefly.",
             "Police custody and the rights of the child: " + "a long report on detention. " * 20,
             "Nothing about children here, only police custody."]
    docs = [IndexDocument(id=f"d{i}", revision=1, title=f"Report {i}", symbol=None, identifiers=(),
                          mechanism="UN", body="CAT", doc_type="report", language="en", languages=("en",),
                          countries=(), topics=(), date=None, year=None, visibility="public", pages=((1, t),))
            for i, t in enumerate(texts)]
    one, three = WhooshBackend(tmp_path / "one"), WhooshBackend(tmp_path / "three")
    one.create()
    three.create()
    one.index(docs)
    with three.bulk() as bulk:
        for batch in (docs[:1], docs[1:3], docs[3:]):
            bulk.index(batch)
        assert len(three._open()._segments()) == 3
        for query in ('"rights of the child"', '"police custody"', "custody", "rights child"):
            ranked = [[(h.id, round(h.score, 6)) for h in b.search(SearchQuery(text=query)).hits]
                      for b in (one, three)]
            assert ranked[0] and ranked[0] == ranked[1], query


def _segment_files(folder) -> list[dict[str, bytes]]:
    """Each segment's files (by the part of the name after the segment id), in the
    index's segment order."""
    from whoosh import index as windex

    out = []
    for seg in windex.open_dir(str(folder))._segments():
        prefix = f"MAIN_{seg.segid}"
        out.append({p.name[len(prefix):]: p.read_bytes() for p in folder.glob(f"{prefix}.*")})
    return out


def test_batch_writer_writes_the_bytes_whoosh_writes(tmp_path):
    """The archive's segment writer groups postings by term instead of pooling them and
    streams merged segments term by term; with Whoosh's pickle protocol the files must be
    exactly Whoosh's: new segments, replaced documents, terms over several (compressed)
    blocks, and merges of segments with and without deletions. With its own protocol,
    Whoosh's reader must read the same postings and documents from them."""
    import random

    from whoosh import index as windex
    from whoosh.writing import SegmentWriter

    from archive.search.base import IndexDocument
    from archive.search.segment_writer import BatchWriter
    from archive.search.whoosh.backend import WhooshBackend
    from archive.search.whoosh.codec import _block_compression, _codec
    from archive.search.whoosh.schema import make_schema

    rnd = random.Random(7)
    vocab = ["rights", "of", "the", "child", "torture", "custody", "işkence", "gözaltı", "A/HRC/37/50",
             *(f"w{i}" for i in range(60))]

    def doc(i: int, revision: int = 1) -> IndexDocument:
        pages = tuple((n + 1, " ".join(rnd.choices(vocab, k=rnd.randint(5, 60)))) for n in range(rnd.randint(1, 4)))
        lang = rnd.choice(["en", "tr", "fr", None])
        return IndexDocument(id=f"d{i}", revision=revision, title=f"Report {i} {rnd.choice(vocab)}",
                             symbol=f"CAT/C/TUR/{i}" if i % 3 else None, identifiers=(), mechanism="UN",
                             body=rnd.choice(["CAT", "CRC", ""]), doc_type="report", language=lang,
                             languages=(lang,) if lang else (), countries=("TR",), topics=("torture",),
                             date="2020-01-01" if i % 2 else None, year=2020 if i % 2 else None,
                             visibility="public", pages=pages)

    batches = [[doc(i) for i in range(160)],
               [doc(i) for i in range(160, 300)] + [doc(i, 2) for i in range(0, 40, 3)],
               [doc(i, 3) for i in range(5, 25, 4)]]
    commits = [dict(merge=False), dict(merge=False), dict(optimize=True)]
    folders = {}
    for name, make in (("whoosh", lambda ix: SegmentWriter(ix, codec=_codec(), compound=False)),
                       ("batch2", lambda ix: BatchWriter(ix, compress=_block_compression, codec=_codec(),
                                                         compound=False, protocol=2)),
                       ("batch", lambda ix: BatchWriter(ix, compress=_block_compression, codec=_codec(),
                                                        compound=False))):
        folder = folders[name] = tmp_path / name
        folder.mkdir()
        ix = windex.create_in(str(folder), make_schema())
        steps = []
        for batch, commit in zip(batches, commits):
            w = make(ix)
            for d in batch:
                w.delete_by_term("doc_id", d.id)
                for rec in WhooshBackend._records(d):
                    w.add_document(**rec)
            w.commit(**commit)
            steps.append(_segment_files(folder))
        folders[name] = steps
    # with Whoosh's pickle protocol for postings blocks, the very same bytes
    whoosh_steps, batch_steps = folders["whoosh"], folders["batch2"]
    assert [len(s) for s in whoosh_steps] == [1, 2, 1]
    for step, (expected, got) in enumerate(zip(whoosh_steps, batch_steps)):
        for seg_expected, seg_got in zip(expected, got):
            assert seg_expected.keys() == seg_got.keys()
            for suffix in seg_expected:
                assert seg_expected[suffix] == seg_got[suffix], (step, suffix)
    # the corpus really has terms over several blocks, some compressed
    ix = windex.open_dir(str(tmp_path / "batch"))
    with ix.reader() as r:
        assert r.doc_frequency("text", "rights") > 128
        assert r.doc_count() == 300
    # with the archive's protocol: the same postings and documents to Whoosh's reader,
    # in smaller files
    assert _index_contents(tmp_path / "batch") == _index_contents(tmp_path / "whoosh")
    ours, theirs = folders["batch"][-1][0], folders["whoosh"][-1][0]
    assert ours.keys() == theirs.keys()
    postings = next(suffix for suffix in theirs if suffix.endswith(".pst"))
    assert len(ours[postings]) < 0.7 * len(theirs[postings])


def _index_contents(folder):  # type: ignore[no-untyped-def]
    """Every term's postings (id, weight, value) and every stored document, as Whoosh
    reads them."""
    from whoosh import index as windex

    out = {}
    with windex.open_dir(str(folder)).reader() as r:
        for field, text in r.all_terms():
            m = r.postings(field, text)
            items = []
            while m.is_active():
                items.append((m.id(), m.weight(), m.value()))
                m.next()
            out[(field, text)] = items
        out["stored"] = list(r.all_stored_fields())
    return out


def test_terms_are_found_through_crc32_tables_and_older_md5_tables_still_read(tmp_path):
    """The archive writes its terms tables with CRC32 hashes where Whoosh writes MD5.
    Every term must be found through the table's hash, and an index whose older
    segments have MD5 tables (written before the change) must answer from all of them."""
    from whoosh import index as windex
    from whoosh import query as wq
    from whoosh.codec.whoosh3 import W3Codec
    from whoosh.writing import SegmentWriter

    from archive.search.base import IndexDocument
    from archive.search.whoosh.backend import WhooshBackend
    from archive.search.whoosh.codec import _storage, _tiered_merge, _writer
    from archive.search.whoosh.schema import make_schema

    def doc(i: int, words: str) -> IndexDocument:
        return IndexDocument(id=f"d{i}", revision=1, title=f"Report {i}", symbol=f"CAT/C/TUR/{i}",
                             identifiers=(), mechanism="UN", body="CAT", doc_type="report", language="en",
                             languages=("en",), countries=("TR",), topics=("torture",), date=None,
                             year=None, visibility="public", pages=((1, words),))

    ix = _storage(str(tmp_path)).create_index(make_schema())
    older = SegmentWriter(ix, codec=W3Codec(), compound=False)  # an MD5 terms table
    for rec in WhooshBackend._records(doc(1, "torture in police custody; İşkence gözaltında")):
        older.add_document(**rec)
    older.commit(merge=False)
    newer = _writer(ix)
    for i in range(2, 40):
        for rec in WhooshBackend._records(doc(i, f"torture and ill-treatment of detainees, case {i}")):
            newer.add_document(**rec)
    newer.commit(mergetype=_tiered_merge)

    ix = windex.open_dir(str(tmp_path))
    with ix.reader() as r:
        # the hash type each table's header names: 0 MD5, 1 CRC32
        assert [sub._terms._tindex.hashtype for sub, _ in r.leaf_readers()] == [0, 1]
        terms = list(r.all_terms())
        assert len(terms) > 200
        for field, text in terms:  # each a lookup through the segments' hash tables
            assert r.doc_frequency(field, text) > 0, (field, text)
    with ix.searcher() as s:
        assert len(s.search(wq.Term("text", "torture"), limit=None)) == 39
        assert [h["doc_id"] for h in s.search(wq.Term("text", "iskence"))] == ["d1"]
        assert len(s.search(wq.Term("text", "detainees"), limit=None)) == 38


def test_function_words_do_not_decide_and_quotes_mean_exact(sample_archive):
    # "to", "for" and "and" need not be in a document for a query of several words (its
    # words, without the thesaurus: named whole, the concept also finds cases on Article 8) ...
    assert ids(sample_archive, "right to respect for private and family life", expand=False) == ids(
        sample_archive, "right respect private family life", expand=False)
    decision = doc_id(sample_archive, "51234/19")  # complaints under Articles 6 and 8, other words
    assert decision in ids(sample_archive, "right to respect for private and family life") - ids(
        sample_archive, "right respect private family life")
    # ... but an AND typed as such requires them
    assert ids(sample_archive, "custody AND zzq") == set()
    # quotes: no thesaurus expansion, no synonyms
    quoted = sample_archive.backend.search(SearchQuery(text='"police custody"'))
    assert quoted.expansions == [] and quoted.total > 0
    assert sample_archive.backend.search(SearchQuery(text="police custody")).expansions
    assert ids(sample_archive, '"Türkiye"') != ids(sample_archive, '"Turkey"')
    assert ids(sample_archive, "Türkiye") == ids(sample_archive, "Turkey")


def test_one_letter_and_function_words_are_not_highlighted_alone():
    from archive.search.highlight import WordMatcher, make_snippet
    from archive.search.querylang import read

    matcher = WordMatcher.from_leaves(ql_leaves(read("garde à vue of the custody")[0]))
    html = make_snippet("La garde à vue dure. A custody of the person.", matcher)
    assert "<mark>à</mark>" not in html and "<mark>A</mark>" not in html and "<mark>the</mark>" not in html
    assert "<mark>garde</mark>" in html and "<mark>custody</mark>" in html
    only = WordMatcher.from_leaves(ql_leaves(read("the")[0]))
    assert "<mark>the</mark>" in make_snippet("All the rest.", only)  # a query of nothing else


def ql_leaves(node):
    from archive.search.querylang import positive_leaves

    return positive_leaves(node)


def test_an_index_written_before_the_search_package_was_split_still_opens(tmp_path):
    """The class paths pickled in an index's table of contents (ArchiveCodec,
    FastPositions, GramPositions, FastFrequency, WordMapFilter, CommonGramsFilter, ...)
    are an on-disk format: an index written by format-9 code opens and is read through
    them; the backend then reports its older format (`hrarchive index rebuild`)."""
    import os
    import tarfile

    from whoosh import query as wq

    from archive.errors import IndexUnavailable
    from archive.search.whoosh.codec import _storage
    from archive.search.whoosh.formats import FastPositions
    from archive.search.whoosh_backend import WhooshBackend  # the old path, as old indexes know it

    with tarfile.open(ROOT / "tests" / "data" / "index-format-9.tar.gz") as tar:
        tar.extractall(tmp_path, filter="data")
    ix = _storage(str(tmp_path / "index-format-9")).open_index()
    assert isinstance(ix.schema["text"].format, FastPositions)
    with ix.searcher() as s:
        assert len(s.search(wq.Term("text", "custody"), limit=None)) == 1
        assert len(s.search(wq.Term("text", "diyarbakir"), limit=None)) == 1
        assert len(s.search(wq.Term("finding", "3:violation"), limit=None)) == 2
        assert len(s.search(wq.Term("ident", "cat/c/tur/co/4"), limit=None)) == 1
    ix.close()
    os.symlink(tmp_path / "index-format-9", tmp_path / "index")
    with pytest.raises(IndexUnavailable, match="index format 9.*index rebuild"):
        WhooshBackend(tmp_path / "index").search(SearchQuery(text="custody"))


def test_a_languages_stemmed_words_are_weighed_among_the_documents_in_that_language(tmp_path):
    """BM25 weighs a word by its rarity. A French word in the French stemmed field is
    rare in a mostly English archive only because most documents have no French at all:
    weighed over every document, "droit" and "vie" (in every French judgment) counted as
    rare, and a French query put any French judgment first (on HUDOC's labels, French
    titles of articles as queries: dev nDCG@10 0.697 -> 0.747). A language's field is
    weighed among the documents that have it: adding English documents changes nothing
    there, while the language-blind exact field still counts every document."""
    from archive.search.base import IndexDocument
    from archive.search.whoosh import stats
    from archive.search.whoosh.backend import WhooshBackend

    def doc(i: int, lang: str, text: str) -> IndexDocument:
        return IndexDocument(id=f"{lang}{i}", revision=1, title=f"Case {i}", symbol=None, identifiers=(),
                             mechanism="CoE", body="ECtHR", doc_type="judgment", language=lang, languages=(lang,),
                             countries=(), topics=(), date=None, year=None, visibility="public",
                             pages=((1, text),))

    french = [doc(i, "fr", f"Le droit au respect de la vie privée, affaire {i}.") for i in range(3)]
    english = [doc(i, "en", f"The right to respect for private life, case {i}.") for i in range(30)]

    def weights(docs: list[IndexDocument], where: str) -> tuple[int, float, float, float]:
        backend = WhooshBackend(tmp_path / where)
        backend.create()
        backend.index(docs)
        with backend._searcher() as searcher:
            bm25 = stats.PublicBM25F()
            return (stats.stats_of(searcher).field_doc_count("stem_fr"), bm25.idf(searcher, "stem_fr", "droit"),
                    stats.public_avg_field_length(searcher, "stem_fr"), bm25.idf(searcher, "text", "droit"))

    alone, mixed = weights(french, "fr"), weights(french + english, "mixed")
    assert alone[0] == mixed[0] == 3
    assert alone[1:3] == mixed[1:3]  # the French field's weights, as if the archive were French
    assert mixed[3] > alone[3]  # the exact field: "droit" is rare among all 33
