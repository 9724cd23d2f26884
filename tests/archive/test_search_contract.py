"""The SearchBackend contract, run against every engine in archive.search.BACKENDS.

Only the protocol's methods are used here: an engine that passes these can stand in
for another behind the archive (CLI, web, imports)."""
from __future__ import annotations

import pytest

from archive.search import BACKENDS, FacetFilter, SearchQuery, open_backend, search
from archive.search.base import IndexDocument, SearchBackend
from archive.settings import Settings


def doc(doc_id: str, text: str, *, visibility: str = "public", revision: int = 1, title: str = "",
        about: tuple[str, ...] = ("TR",), year: int = 2020, language: str = "en",
        added: str | None = None) -> IndexDocument:
    return IndexDocument(id=doc_id, revision=revision, title=title or f"Report {doc_id}", symbol=None,
                         identifiers=(), mechanism="UN", body="CAT", doc_type="report", language=language,
                         languages=(language,), countries=about + ("FR",), subject_countries=about, topics=(), date=f"{year}-05-01",
                         year=year, visibility=visibility, pages=((1, text), (2, "Annex. " + text[:40])),
                         added=added)


CORPUS = [
    doc("A", "Police custody and ill-treatment of detainees in southeastern provinces."),
    doc("B", "Freedom of expression: journalists held in pre-trial detention for their articles.", year=2018),
    doc("C", "Police custody conditions were reviewed; detainees reported ill-treatment in custody.",
        about=("TR", "SY")),
    doc("D", "Gözaltında kötü muamele iddiaları ve gazetecilerin tutukluluğu.", language="tr", year=2022),
    doc("S", "Secret annex on police custody of a protected witness. " * 5, visibility="restricted"),
]


# the record's page texts, as the engine's page loader reads them for snippets
TEXTS: dict[tuple[str, int], str] = {}


def add(backend: SearchBackend, docs: list[IndexDocument]) -> int:
    """Store the documents' pages (the record) and index them, as the archive does."""
    TEXTS.update({(d.id, n): t for d in docs for n, t in d.pages})
    return backend.index(docs)


_databases = iter(range(1, 10_000))


def engine_settings(engine: str, request, tmp_path) -> Settings:  # type: ignore[no-untyped-def]
    """Settings of a fresh, never-created index of `engine` (PostgreSQL: a new database
    on the session's throwaway cluster)."""
    if engine == "postgres":
        url = request.getfixturevalue("pg_cluster").create_database(f"contract{next(_databases)}")
        return Settings(data_dir=tmp_path, database_url=url, search_backend="postgres")
    return Settings(data_dir=tmp_path, search_backend=engine)


@pytest.fixture(params=BACKENDS)
def backend(request, tmp_path) -> SearchBackend:
    TEXTS.clear()
    b = open_backend(engine_settings(request.param, request, tmp_path / "engine"),
                     page_loader=lambda keys: {k: TEXTS[k] for k in keys if k in TEXTS})
    b.create()
    assert add(b, CORPUS) == len(CORPUS)
    yield b
    b.close()


def Q(text: str = "", **kw) -> SearchQuery:
    """A query without thesaurus expansion (tested once, on its own)."""
    return SearchQuery(text=text, expand=kw.pop("expand", False), **kw)


def ids(result) -> list[str]:
    return [h.id for h in result.hits]


def test_search_finds_ranks_and_never_shows_restricted_documents(backend):
    result = backend.search(Q("police custody"))
    assert set(ids(result)) == {"A", "C"} and result.total == 2
    assert ids(result)[0] == "C"  # the phrase twice, in a document of the same length
    assert all(h.pages and "<mark>" in h.pages[0].snippet for h in result.hits)
    staff = backend.search(Q("police custody", visibility=None))
    assert set(ids(staff)) == {"A", "C", "S"}
    # through the thesaurus, the Turkish document on custody (gözaltı) is found too, after
    expanded = backend.search(Q("police custody", expand=True))
    assert "D" in ids(expanded) and ids(expanded)[0] == "C" and expanded.expansions
    # counts on the public side are the public documents' only
    assert {f.value: f.count for f in result.facets["country"]} == {"TR": 2, "SY": 1}
    assert {f.value: f.count for f in result.facets["mentions"]} == {"TR": 2, "SY": 1, "FR": 2}


def test_filters_years_and_sorts(backend):
    only_sy = backend.search(Q("custody", filters={"country": FacetFilter(("SY",))}))
    assert ids(only_sy) == ["C"]
    not_sy = backend.search(Q("custody", filters={"country": FacetFilter(("SY",), "none")}))
    assert ids(not_sy) == ["A"]
    recent = backend.search(Q(year_from=2020, sort="newest"))
    assert ids(recent) == ["D", "A", "C"] or ids(recent) == ["D", "C", "A"]
    assert ids(backend.search(Q(sort="oldest")))[0] == "B"
    assert backend.all_ids(Q("custody", sort="oldest")) == ids(
        backend.search(Q("custody", sort="oldest")))


def test_replace_delete_and_revisions(backend):
    assert backend.indexed_revisions() == {d.id: 1 for d in CORPUS}
    backend.index([doc("A", "Rewritten: nothing about that subject now.", revision=2)])
    assert "A" not in ids(backend.search(Q("custody", visibility=None)))
    assert ids(backend.search(Q("rewritten"))) == ["A"]
    backend.delete(["B"])
    assert backend.search(Q("journalists")).total == 0
    assert backend.indexed_revisions() == {"A": 2, "C": 1, "D": 1, "S": 1}
    # facet counts follow replacements and deletions (Whoosh keeps each segment's values)
    years = {f.value: f.count for f in backend.search(Q(facets=("year", "country"))).facets["year"]}
    assert years == {"2020": 2, "2022": 1}
    backend.index([doc("C", "Police custody conditions, revised.", revision=2, year=2019, about=("SY",))])
    facets = backend.search(Q(facets=("year", "country"))).facets
    assert {f.value: f.count for f in facets["year"]} == {"2019": 1, "2020": 1, "2022": 1}
    assert {f.value: f.count for f in facets["country"]} == {"TR": 2, "SY": 1}
    status = backend.status()
    assert {k: status[k] for k in ("ok", "error", "documents")} == {"ok": True, "error": None, "documents": 4}


def test_bulk_writes_are_searchable_and_a_rebuild_replaces_everything(backend):
    with backend.bulk() as bulk:
        for i in range(6):
            bulk.index([doc(f"N{i}", f"Prison visit number {i} by the monitoring body.")])
        bulk.delete(["D"])
    assert backend.search(Q("prison visit")).total == 6
    assert backend.search(Q("gazetecilerin")).total == 0
    assert backend.rebuild([doc("Z", "Only this one remains: asylum seekers at the border.")]) == 1
    assert backend.indexed_revisions() == {"Z": 1}
    assert ids(backend.search(Q("asylum"))) == ["Z"]


def test_similar_documents_respect_visibility(backend):
    similar = [h.id for h in backend.similar("A", limit=5)]
    assert similar and similar[0] == "C" and "A" not in similar and "S" not in similar
    assert "S" in [h.id for h in backend.similar("A", limit=5, visibility=None)]
    assert backend.similar("nonexistent") == []


@pytest.mark.parametrize("engine", BACKENDS)
def test_an_engine_that_lost_its_index_says_so(engine, request, tmp_path):
    lost = open_backend(engine_settings(engine, request, tmp_path / "never-created"))
    status = lost.status()
    assert status["ok"] is False and status["error"] and status["documents"] is None
    lost.create()
    status = lost.status()
    assert {k: status[k] for k in ("ok", "error", "documents")} == {"ok": True, "error": None, "documents": 0}
    lost.close()


def test_paging_facet_operators_and_suggestions(backend):
    both = [h.id for h in backend.search(Q("custody", sort="oldest")).hits]
    second = backend.search(Q("custody", sort="oldest", page=2, page_size=1))
    assert second.total == len(both) == 2 and ids(second) == both[1:2] and second.page == 2
    all_of = backend.search(Q(filters={"country": FacetFilter(("TR", "SY"), "all")}))
    assert ids(all_of) == ["C"]
    any_of = backend.search(Q(filters={"country": FacetFilter(("SY", "XX"), "any")}))
    assert ids(any_of) == ["C"]
    missed = backend.search(Q("custdy"))
    assert missed.total == 0 and missed.suggestion == "custody"
    # a suggestion never comes from a restricted document's words
    assert backend.search(Q("witnes")).suggestion != "witness"


def test_best_pages_are_the_pages_that_match(backend):
    add(backend, [IndexDocument(
        id="P", revision=1, title="Long report", symbol=None, identifiers=(), mechanism="CoE", body="CPT",
        doc_type="report", language="en", languages=("en",), countries=(), topics=(), date=None, year=None,
        visibility="public", pages=((1, "Introduction and method of the visit."),
                                    (2, "Conditions of the prisons visited."),
                                    (3, "Solitary confinement was used as a punishment in two prisons.")))])
    hit = backend.search(Q("solitary confinement")).hits[0]
    assert hit.id == "P" and [p.number for p in hit.pages][:1] == [3]
    assert "<mark>solitary</mark> <mark>confinement</mark>" in hit.pages[0].snippet.lower()


def test_searches_go_on_while_the_index_is_rebuilt(backend):
    import threading

    failures: list[BaseException] = []
    totals: set[int] = set()
    stop = threading.Event()

    def search_loop() -> None:
        while not stop.is_set():
            try:
                totals.add(backend.search(Q("custody")).total)
            except BaseException as exc:  # any error is a failure of the contract
                failures.append(exc)

    thread = threading.Thread(target=search_loop)
    thread.start()
    try:
        for _ in range(3):
            backend.rebuild(CORPUS + [doc(f"X{i}", "More custody reports.") for i in range(20)])
    finally:
        stop.set()
        thread.join()
    assert not failures and totals <= {2, 22} and 22 in totals | {backend.search(Q("custody")).total}


def test_documents_tagged_with_the_query_concept_rank_higher(backend):
    """A concept the query names (`torture`, through "işkence yasağı" too) lifts the
    documents tagged with it; a topic alone finds no document the words do not find
    (cases on the concept's article do: see the next test)."""
    text = "The applicant complained of torture in custody. " + "Procedural history of the case. " * 30
    tagged = doc("T1", text)
    add(backend, [doc("T0", text), IndexDocument(**{**tagged.__dict__, "topics": ("torture",)})])
    for query in ("torture", "torture in custody"):
        plain = backend.search(Q(query))
        boosted = backend.search(Q(query, expand=True))
        order = ids(boosted)  # (C, short and dense with "ill-treatment", may come first)
        assert set(ids(plain)) == {"T0", "T1"} and order.index("T1") < order.index("T0"), query
        assert set(ids(boosted)) >= set(ids(plain))
    turkish = backend.search(Q("işkence", expand=True))
    assert ids(turkish)[0] == "T1" and "T0" in ids(turkish)


def test_a_concept_finds_the_cases_on_the_article_that_protects_it(backend):
    """A query that names a concept finds the cases with an article protecting it in
    issue (Article 4 for forced labour), though they use other words ("forced to
    work"), and ranks them above a document that only repeats the words: the lift is
    worth the concept's rarity, as a query word in a title is. Restricted cases are never
    found or counted for the public."""
    def case(doc_id: str, text: str, articles: tuple[str, ...], **kw) -> IndexDocument:
        return IndexDocument(**{**doc(doc_id, text, **kw).__dict__, "articles": articles, "topics": ("slavery",)})

    add(backend, [
        case("W1", "The applicant complained that he was forced to work in prison while he was ill.", ("4",)),
        doc("W2", "A seminar on slavery and forced labour; forced labour and slavery remain a concern. " * 3),
        case("W3", "The applicant complained that her house was demolished.", ("P1-1",)),
        case("W4", "A protected witness was forced to work.", ("4",), visibility="restricted"),
    ])
    query = "prohibition of slavery and forced labour"
    found = backend.search(Q(query, expand=True))
    assert ids(found)[:2] == ["W1", "W2"] and "W3" not in ids(found) and "W4" not in ids(found)
    assert found.expansions[0].articles == ("4",) and found.expansions[0].to_dict()["articles"] == ["4"]
    assert [e.concept for e in found.expansions] == ["slavery"]  # its word "slavery" is not listed again
    assert ids(backend.search(Q(query))) == ["W2"]  # without the thesaurus, the words only
    assert "W4" in ids(backend.search(Q(query, expand=True, visibility=None)))


def test_a_concepts_terms_in_the_querys_language_rank_above_its_translations(backend):
    """`ill-treatment` names the torture concept: a document with its English synonym
    ("torture") ranks above one with its Turkish term ("işkence"), though the Turkish
    document is the shorter (which alone would rank it first)."""
    assert backend.search(Q("ill-treatment", expand=True)).expansions[0].added[:1] == ("torture",)
    add(backend, [doc("E1", "New reports of torture were received in May."),
                  doc("E2", "New reports of işkence were received.")])
    found = [i for i in ids(backend.search(Q("ill-treatment", expand=True))) if i.startswith("E")]
    assert found == ["E1", "E2"]


def test_long_typed_queries_rank_by_coverage_and_short_ones_require_every_word(backend):
    add(backend, [
        doc("L1", "Right to respect for private and family life: surveillance of a journalist's home."),
        doc("L2", "Respect for family life: the children were placed in care far from the parents."),
        doc("L3", "The right to life of a conscript who died during military service."),
    ])
    # five content words: a document needs three (75 %, rounded down), more rank higher
    long_query = Q("right to respect for private and family life")
    found = backend.search(long_query)
    assert ids(found)[:2] == ["L1", "L2"] and "L3" not in ids(found)  # L3 has right + life only
    assert backend.all_ids(long_query) == ids(found)
    # up to three content words: all of them
    assert ids(backend.search(Q("family life surveillance"))) == ["L1"]
    # an explicit AND, a quoted phrase, a field and NOT stay strict inside a long query
    assert backend.search(Q("right AND respect AND private AND family AND life AND parents")).total == 0
    assert ids(backend.search(Q('respect private family life "placed in care"'))) == ["L2"]
    assert ids(backend.search(Q("respect private family life title:L2"))) == ["L2"]
    assert ids(backend.search(Q("respect private family life title:L3"))) == []
    assert "L1" not in ids(backend.search(Q("right respect private family life NOT surveillance")))
    # restricted documents never count towards what the public finds
    add(backend, [doc("R9", "Right to respect for private and family life.", visibility="restricted")])
    assert "R9" not in ids(backend.search(long_query))


def test_a_function_word_ranks_by_the_text_never_by_a_title(backend):
    """`for` in "respect for family life" only ranks, and by the text: in titles it is
    rare, and would lift a document titled "Centre for ..." above the one about the words."""
    add(backend, [
        doc("F1", "Respect for family life was raised once.", title="Centre for Legal Resources"),
        doc("F2", "Respect for family life: the family life of the applicants and respect for it.",
            title="Second report"),
    ])
    assert ids(backend.search(Q("respect for family life")))[:2] == ["F2", "F1"]


def test_when_no_document_has_every_typed_word_those_with_half_of_them_are_shown(backend):
    """archive.search.search: typed words that no document has all of are asked again
    for at least half of them, most first; a query that finds something, a strict one,
    an explicit AND and a phrase are left as they are."""
    add(backend, [
        doc("H1", "Freedom of peaceful assembly: the police dispersed a demonstration in Istanbul."),
        doc("H2", "Peaceful assembly and association; trade union members were dismissed."),
        doc("H3", "The right to education of children in rural schools."),
    ])
    strict_miss = Q("peaceful assembly zorunlu")  # no document has "zorunlu"
    assert backend.search(strict_miss).total == 0
    wider = search(backend, strict_miss)
    assert wider.relaxed and wider.total == 2 and set(ids(wider)) == {"H1", "H2"}
    # most of the words first: both have two of three; a third word lifts H1
    assert ids(search(backend, Q("peaceful assembly demonstration zorunlu")))[0] == "H1"
    found = search(backend, Q("peaceful assembly"))
    assert not found.relaxed and found.total == 2
    for untouched in (Q("peaceful assembly zorunlu", strict=True), Q("peaceful AND assembly AND zorunlu"),
                      Q('"peaceful assembly zorunlu"'), Q("zorunlu")):
        result = search(backend, untouched)
        assert result.total == 0 and not result.relaxed, untouched.text
    # half of the words, not any one of them: one word of four is not enough
    assert backend.search(Q("peaceful assembly zorunlu mecburi")).total == 0  # three of four asked
    assert search(backend, Q("peaceful assembly zorunlu mecburi")).total == 2  # two of four
    assert search(backend, Q("education zorunlu mecburi yasak")).total == 0
    # restricted documents are never what a relaxed search shows the public
    add(backend, [doc("R8", "Peaceful assembly of a secret witness.", visibility="restricted")])
    assert "R8" not in ids(search(backend, strict_miss))
    assert "R8" in ids(search(backend, Q("peaceful assembly zorunlu", visibility=None)))


def test_a_broader_topic_takes_in_its_narrower_topics_documents(backend):
    def tagged(doc_id: str, topics: tuple[str, ...], broader: tuple[str, ...]) -> IndexDocument:
        return IndexDocument(**{**doc(doc_id, f"Document {doc_id} on its subject.").__dict__,
                                "topics": topics, "broader_topics": broader})

    add(backend, [tagged("K1", ("torture",), ("physical-integrity", "civil-political")),
                  tagged("K2", ("right-to-life",), ("physical-integrity", "civil-political")),
                  tagged("K3", ("physical-integrity", "torture"), ("civil-political",))])
    parent = backend.search(Q(filters={"topic": FacetFilter(("physical-integrity",))}))
    assert set(ids(parent)) == {"K1", "K2", "K3"}
    assert ids(backend.search(Q("topic:torture", sort="title"))) == ["K1", "K3"]
    counts = {f.value: f.count for f in parent.facets["topic"]}
    assert counts == {"physical-integrity": 3, "civil-political": 3, "torture": 2, "right-to-life": 1}
    # a hit lists the document's own topics
    assert {h.id: h.topics for h in parent.hits}["K1"] == ["torture"]


@pytest.mark.parametrize("query", ["işkence yasağı", "Interdiction de la torture", "prohibition of torture"])
def test_an_article_title_in_any_language_finds_the_documents_on_its_concept(backend, query):
    """The titles of the Convention's articles are terms of their concepts in English,
    Turkish and French: typed as a whole, a title is a concept, not words that must all
    appear (the English judgment never says `yasağı`)."""
    add(backend, [doc("J3", "The applicant was subjected to torture and ill-treatment during police custody.")])
    assert "J3" in ids(backend.search(Q(query, expand=True)))
    assert backend.search(Q("işkence yasağı")).total == 0  # without the thesaurus, the words only


def test_a_facet_chosen_with_any_keeps_its_other_values_countable(backend):
    """HUDOC- and Uwazi-style facets: choosing Syria (any of) still shows Türkiye with the
    documents it would add; the other facets count within the filter; `none` and `all`
    facets count within it too."""
    chosen = backend.search(Q("custody", filters={"country": FacetFilter(("SY",))}))
    assert ids(chosen) == ["C"]
    assert {(c.value, c.count) for c in chosen.facets["country"]} == {("TR", 2), ("SY", 1)}
    assert [(c.value, c.count) for c in chosen.facets["language"]] == [("en", 1)]
    # the mechanism -> body tree leaves out both of its levels' any-filters
    tree = backend.search(Q("custody", filters={"body": FacetFilter(("NOBODY",))}))
    assert tree.total == 0
    assert [(c.value, c.count) for c in tree.facets["mechanism_body"]] == [("UN/CAT", 2)]
    excluded = backend.search(Q("custody", filters={"country": FacetFilter(("SY",), "none")}))
    assert [(c.value, c.count) for c in excluded.facets["country"]] == [("TR", 1)]
    # restricted documents count nowhere, chosen or not
    assert sum(c.count for c in backend.search(Q("custody", filters={"country": FacetFilter(("SY",))})
                                               ).facets["country"]) == 3


def test_documents_sort_and_filter_by_when_they_came_into_the_archive(backend):
    """An old report archived today is new to the archive: "added" sorts it first, and
    the added-from / added-to filters (inclusive days) find it."""
    add(backend, [doc("O", "An old report archived today.", year=1999, added="2026-12-01T10:00:00"),
                  doc("N", "A new report archived last year.", year=2025, added="2025-01-05T23:59:59")])
    assert ids(backend.search(Q("archived", sort="added"))) == ["O", "N"]
    assert ids(backend.search(Q("archived", sort="newest"))) == ["N", "O"]
    assert ids(backend.search(Q("archived", added_from="2026-01-01"))) == ["O"]
    assert ids(backend.search(Q("archived", added_to="2025-01-05"))) == ["N"]
    assert [h.added for h in backend.search(Q("archived", sort="added")).hits] == \
        ["2026-12-01T10:00:00", "2025-01-05T23:59:59"]


def test_restricted_documents_never_move_public_scores(backend):
    """Adding restricted documents that use a word (often, in long texts) leaves every
    public score for that word as it was: an anonymous visitor cannot test whether
    restricted material uses a word (collection statistics are the public ones)."""
    def scores(text: str) -> dict[str, float]:
        return {h.id: h.score for h in backend.search(SearchQuery(text=text, snippets=False)).hits}

    queries = ("custody", '"police custody"', "detention journalists", "custod*", "detention OR custody")
    before = {q: scores(q) for q in queries}
    assert before["custody"] and all(before.values())
    secret = " ".join(["custody of the secret witness police custody journalists"] * 400)
    add(backend, [doc(f"R{i}", secret, visibility="restricted") for i in range(5)])
    assert {q: scores(q) for q in queries} == before
    # staff see the restricted documents, scored on the same public statistics
    staff = backend.search(SearchQuery(text="custody", visibility=None, snippets=False))
    assert {h.id for h in staff.hits} >= {"R0", "A", "C"}


def test_a_languages_stems_are_weighed_among_the_documents_in_that_language(backend):
    """A French word found through its stem ("droits" in judgments that write "droit")
    scores the French documents as it would in an archive of French documents alone:
    English documents, however many, do not make the French stem rare. Weighed over every
    document, words every French judgment holds counted as rare, and a French query put
    any French judgment above the English ones about it."""
    def scores() -> dict[str, float]:
        return {h.id: round(h.score, 6) for h in backend.search(Q("droits", snippets=False)).hits}

    add(backend, [doc(f"F{i}", "Le droit au respect de la vie privée. " * (i + 1), language="fr") for i in range(3)])
    before = scores()
    assert set(before) == {"F0", "F1", "F2"}
    add(backend, [doc(f"E{i}", "The right to respect for private life in custody. " * 3) for i in range(30)])
    assert scores() == before


def test_phrases_anywhere_on_a_very_long_page(backend):
    """A judgment imported from one plain-text or HTML page can run to 90,000 words:
    a phrase or a proximity search finds words far past the 16,383rd (PostgreSQL's
    last tsvector position: the engine indexes such a page in parts) and across the
    seam between two parts; its best page is that one page, once."""
    filler = " ".join(f"w{i % 997}" for i in range(40_000)).split()
    words = filler[:15_998] + ["seam", "crossing", "phrase"] + filler[15_998:39_000] + ["distant", "custody", "words"]
    long_doc = doc("LONG", " ".join(words))
    add(backend, [long_doc])
    for query in ('"distant custody words"', '"seam crossing phrase"', '"distant words"~2', '"crossing phrase"'):
        result = backend.search(Q(query))
        assert ids(result) == ["LONG"], query
        assert [p.number for p in result.hits[0].pages] == [1], query
    assert ids(backend.search(Q('"custody distant"'))) == []
