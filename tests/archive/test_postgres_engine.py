"""The archive on PostgreSQL alone: the record and the search index in one database
(HRARCHIVE_SEARCH_BACKEND=postgres), through import, search, the web, health and the
index commands. The engine's behaviour query by query is the contract suite's
(test_search_contract.py); here it stands in for Whoosh in the whole archive."""
from __future__ import annotations

import json
import urllib.error
import urllib.request

import pytest
from click.testing import CliRunner
from sqlalchemy import text

from web.cli import main
from archive.search import FacetFilter, SearchQuery, open_backend
from archive.settings import Settings
from ingest.importer import ImportOptions, import_paths

from ..conftest import build_sample_archive, serving

QUERIES = ["torture", "police custody", '"police custody"', "işkence", "Türkiye", "DİYARBAKIR", "gözaltı",
           "torture prevention in detention and police custody", "detention OR custody", "custod*",
           "torture NOT custody", "title:report", "CAT/C/TUR/CO/4"]


@pytest.fixture(scope="module")
def pg_archive(pg_cluster, tmp_path_factory):
    url = pg_cluster.create_database("pgengine")
    settings = Settings(data_dir=tmp_path_factory.mktemp("pg") / "data", database_url=url,
                        search_backend="postgres", workers=1)
    arch = build_sample_archive(settings)
    yield arch
    arch.close()


def get(url: str) -> tuple[int, object]:
    """(status, JSON body or None) of a GET."""
    try:
        with urllib.request.urlopen(url) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        body = exc.read()
        return exc.code, json.loads(body) if body.startswith(b"{") else None


def ids(arch, text: str, **kw) -> list[str]:
    return [h.id for h in arch.backend.search(SearchQuery(text=text, page_size=100, **kw)).hits]


@pytest.mark.parametrize("query", QUERIES)
def test_postgres_finds_what_whoosh_finds_in_the_sample_collection(pg_archive, sample_archive, query):
    """The same documents in both engines (known by title and date: each archive gives
    its documents their own public ids), the same counts, expansions and reading."""
    on_pg = pg_archive.backend.search(SearchQuery(text=query, page_size=100))
    on_whoosh = sample_archive.backend.search(SearchQuery(text=query, page_size=100))
    assert on_pg.total == on_whoosh.total > 0, query
    assert sorted((h.title, h.date) for h in on_pg.hits) == sorted((h.title, h.date) for h in on_whoosh.hits)
    assert on_pg.facets["country"] == on_whoosh.facets["country"]
    assert on_pg.facets["mechanism_body"] == on_whoosh.facets["mechanism_body"]
    assert [e.concept for e in on_pg.expansions] == [e.concept for e in on_whoosh.expansions]
    assert on_pg.read_as == on_whoosh.read_as


def test_filters_facets_snippets_and_suggestions_through_the_whole_archive(pg_archive):
    result = pg_archive.backend.search(SearchQuery(text="torture", filters={"mechanism": FacetFilter(("UN",))}))
    assert result.total and all(h.mechanism == "UN" for h in result.hits)
    assert {c.value for c in result.facets["mechanism"]} > {"UN"}  # any-of keeps the others countable
    first = result.hits[0]
    assert first.pages and "<mark>" in first.pages[0].snippet
    assert pg_archive.backend.search(SearchQuery(text="tortture")).suggestion == "torture"


def test_index_commands_health_and_a_lost_index_on_postgres(pg_archive, tmp_path):
    from web import create_app

    s = pg_archive.settings
    env = {"HRARCHIVE_DATA_DIR": str(s.data_dir), "HRARCHIVE_DATABASE_URL": s.database_url,
           "HRARCHIVE_SEARCH_BACKEND": "postgres", "HRARCHIVE_LOG_LEVEL": "WARNING"}

    def run(*args: str):  # type: ignore[no-untyped-def]
        return CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)

    check = run("index", "check")
    assert check.exit_code == 0 and "in step" in check.output
    page_index = pg_archive.backend.status()["page_index"]
    assert f"index: postgres engine, page_index {page_index}" in check.output
    before = ids(pg_archive, "torture")
    app = create_app(s)
    with serving(app) as base:
        health = get(base + "/healthz")
        assert health == (200, {"ok": True, "database": {"ok": True}, "index": {"ok": True, "engine": "postgres"}})
        with pg_archive.db.engine.begin() as conn:
            conn.execute(text("DROP TABLE search_page"))
        status, lost = get(base + "/healthz")
        assert status == 503 and lost["index"]["ok"] is False
        assert get(base + "/api/v1/search?q=torture")[0] == 503
        assert get(base + "/?q=torture")[0] == 503
    check = run("index", "check")
    assert check.exit_code == 1 and "missing or unusable" in check.output
    rebuilt = run("index", "rebuild")
    assert rebuilt.exit_code == 0 and "index rebuilt" in rebuilt.output
    assert ids(pg_archive, "torture") == before
    assert run("index", "check").exit_code == 0
    found = json.loads(run("search", "--json", "torture").output)
    assert [h["id"] for h in found["hits"]] == before[:len(found["hits"])]
    app.extensions["hrarchive"].close()


def test_two_web_servers_with_their_own_data_directories_share_one_archive(pg_cluster, tmp_path):
    """Stateless web: two "machines" (separate data directories, one PostgreSQL database
    for record and index, the originals on a shared mount, HRARCHIVE_BLOB_DIR) serve the
    same archive; an import through one is found through the other, with the same
    totals, order and facets, and its originals can be read there."""
    from web import create_app

    url = pg_cluster.create_database("twomachines")
    shared_blobs = tmp_path / "shared-mount" / "blobs"

    def machine(name: str) -> Settings:
        return Settings(data_dir=tmp_path / name, database_url=url, search_backend="postgres",
                        blob_dir=shared_blobs, secret_key="one key for every web process", workers=1)

    importer = build_sample_archive(machine("one"))
    apps = [create_app(machine("one")), create_app(machine("two"))]
    try:
        with serving(apps[0]) as one, serving(apps[1]) as two:
            for query in ("torture", "i%C5%9Fkence", "police+custody&mechanism=UN&mechanism=CoE", "&sort=newest"):
                a, b = get(f"{one}/api/v1/search?q={query}"), get(f"{two}/api/v1/search?q={query}")
                assert a[0] == b[0] == 200 and a[1]["total"] == b[1]["total"] > 0  # type: ignore[index]
                assert [h["id"] for h in a[1]["hits"]] == [h["id"] for h in b[1]["hits"]]  # type: ignore[index]
                assert a[1]["facets"] == b[1]["facets"]  # type: ignore[index]
            first = get(f"{two}/api/v1/search?q=torture")[1]["hits"][0]["id"]  # type: ignore[index]
            with urllib.request.urlopen(f"{two}/documents/{first}/file") as response:
                assert response.status == 200 and response.read().startswith(b"%PDF")
            assert not (tmp_path / "two" / "blobs").exists()  # nothing kept on machine two
            # imported through machine one while both serve: found through machine two at once
            new = tmp_path / "new"
            new.mkdir()
            (new / "note.txt").write_text("Briefing note on the zebrafinch monitoring visit to Edirne prisons.")
            summary = import_paths(importer.db, importer.blobs, importer.backend, [new], ImportOptions())
            assert summary.counts == {"ingested": 1}
            assert get(f"{two}/api/v1/search?q=zebrafinch")[1]["total"] == 1  # type: ignore[index]
    finally:
        for app in apps:
            app.extensions["hrarchive"].close()
        importer.close()


def test_an_archive_moves_from_sqlite_to_postgresql_and_an_interrupted_move_resumes(pg_cluster, tmp_path):
    """`hrarchive migrate-to`: the record copied table by table with every count checked,
    the search tables built; a copy that stopped part-way resumes where it stopped; the
    archive then runs on PostgreSQL with the same search results."""
    from sqlalchemy import func, select

    from archive.context import Archive
    from archive.models import Page

    source = build_sample_archive(Settings(data_dir=tmp_path / "single", workers=1))
    url = pg_cluster.create_database("moved")
    env = {"HRARCHIVE_DATA_DIR": str(source.settings.data_dir), "HRARCHIVE_LOG_LEVEL": "WARNING"}

    def run(*args: str):  # type: ignore[no-untyped-def]
        return CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)

    first = run("migrate-to", url, "--batch", "7")
    assert first.exit_code == 0, first.output
    assert "counts checked" in first.output and "search tables built" in first.output
    # a run that stopped half-way through the pages (the last batches never committed)
    moved = Archive.open(Settings(data_dir=tmp_path / "moved", database_url=url, search_backend="postgres"))
    with moved.db.session() as session:
        pages = session.scalar(select(func.count()).select_from(Page))
        half = sorted(session.scalars(select(Page.id)))[pages // 2]
        session.execute(Page.__table__.delete().where(Page.id >= half))
        session.commit()
    again = run("migrate-to", url, "--no-index")
    assert again.exit_code == 0, again.output
    assert f"pages: {pages} of {pages} rows ({pages - pages // 2} copied now)" in again.output
    for query in ("torture", "işkence", '"police custody"'):
        here = source.backend.search(SearchQuery(text=query, page_size=100))
        there = moved.backend.search(SearchQuery(text=query, page_size=100))
        assert [h.id for h in there.hits] and sorted(h.id for h in there.hits) == sorted(h.id for h in here.hits)
    # new rows get new ids on PostgreSQL (the sequences moved past the copied ones)
    with moved.db.session() as session:
        session.add(Page(document_id=session.scalar(select(Page.document_id).limit(1)), number=999, text="x"))
        session.commit()
    assert run("migrate-to", url).exit_code == 1  # the target now has a row the archive lacks
    moved.close()
    source.close()


def test_a_search_past_the_time_limit_is_a_clear_503(pg_archive):
    """PostgreSQL cancels a search past the engine's statement time limit; the archive
    says so (SearchTooLong: a 503 with a hint on the web), not a 500."""
    from archive.errors import SearchTooLong
    from archive.search.postgres.backend import PostgresBackend
    from web import create_app

    hasty = PostgresBackend(pg_archive.settings.database_url, statement_timeout_ms=1)
    try:
        with pytest.raises(SearchTooLong, match="longer than 0.001 s"):
            hasty.search(SearchQuery(text="torture OR custody OR detention OR prison OR women OR children"))
    finally:
        hasty.close()
    app = create_app(pg_archive.settings, TESTING=True)
    arch = app.extensions["hrarchive"]
    arch.backend.close()
    arch.backend = PostgresBackend(pg_archive.settings.database_url, statement_timeout_ms=1)
    try:
        r = app.test_client().get("/api/v1/search?q=torture+OR+custody+OR+women")
        assert r.status_code == 503 and r.get_json()["error"] == "the search took too long"
        assert "fewer or more specific words" in r.get_json()["hint"]
    finally:
        arch.close()


def test_searches_read_from_a_replica_and_writes_go_to_the_primary(pg_cluster, tmp_path):
    """HRARCHIVE_SEARCH_REPLICA_URL: a streaming standby of the database serves searches
    (read-only: a write there would fail), the primary takes every write, and what is
    indexed shows on the replica as soon as it is replayed."""
    import time

    from web import create_app

    url = pg_cluster.create_database("withreplica")
    standby = pg_cluster.start_standby()
    try:
        replica = standby.url("withreplica")
        settings = Settings(data_dir=tmp_path / "data", database_url=url, search_backend="postgres",
                            search_replica_url=replica, workers=1)
        arch = build_sample_archive(settings)
        try:
            assert arch.backend.read_engine.url.query["host"] == str(standby.sockdir)
            with arch.backend.read_engine.connect().execution_options(postgresql_readonly=True) as conn:
                assert conn.execute(text("SELECT pg_is_in_recovery()")).scalar() is True  # a standby
            deadline = time.monotonic() + 30
            while arch.backend.search(SearchQuery(text="torture")).total == 0 and time.monotonic() < deadline:
                time.sleep(0.2)  # replayed on the standby
            on_replica = arch.backend.search(SearchQuery(text="torture", page_size=100))
            primary_only = Settings(data_dir=tmp_path / "data", database_url=url, search_backend="postgres")
            direct = open_backend(primary_only)
            try:
                assert [h.id for h in on_replica.hits] == [h.id for h in direct.search(
                    SearchQuery(text="torture", page_size=100)).hits] and on_replica.total > 0
            finally:
                direct.close()
            assert arch.backend.indexed_revisions()  # read from the primary
            app = create_app(settings, TESTING=True)
            try:
                api = app.test_client().get("/api/v1/search?q=torture").get_json()
                assert api["total"] == on_replica.total
            finally:
                app.extensions["hrarchive"].close()
        finally:
            arch.close()
    finally:
        standby.stop()


def test_a_score_does_not_depend_on_which_documents_are_ranked_together(pg_archive, monkeypatch):
    """ts_rank orders only the candidates the index-only estimate chose, with the document
    frequencies that estimate counted over every visible document: so a document scores
    the same whether the candidates are few (a small page asked for) or many."""
    from archive.search.postgres import backend as pg

    def scores(text: str, size: int) -> dict[str, float]:
        result = pg_archive.backend.search(SearchQuery(text=text, page_size=size, snippets=False))
        return {h.id: h.score for h in result.hits}

    wide = {q: scores(q, 100) for q in ("torture", "police custody", '"police custody"', "custod*")}
    monkeypatch.setattr(pg, "SEARCH_CANDIDATES", 1)
    for query, expected in wide.items():
        assert len(expected) >= 3, query
        narrow = scores(query, 2)  # two candidates ranked, out of every match
        assert narrow and all(narrow[i] == pytest.approx(expected[i]) for i in narrow), query


PHRASES = ['"police custody"', '"committee against torture"', '"torture custody"~6', '"pre-trial detention"',
           'title:"concluding observations"', '"right to"*', "police-custody"]


def test_phrases_and_proximity_on_either_index_of_the_pages(pg_archive, pg_cluster):
    """The pages' words and pairs are indexed by RUM (positions in the index) where the
    extension is installed, as in CI, else by GIN: the same documents and scores."""
    from archive.indexing import to_index_document
    from archive.models import Document
    from archive.search.postgres.backend import PostgresBackend
    from sqlalchemy import select

    from ..conftest import skip_or_fail

    status = pg_archive.backend.status()
    if status["page_index"] != "rum":
        skip_or_fail("the RUM extension is not installed (Debian: postgresql-15-rum)")
    gin = PostgresBackend(pg_cluster.create_database("pgengine_gin"), page_index="gin")
    try:
        with pg_archive.db.session() as s:
            docs = [to_index_document(d) for d in s.scalars(select(Document).where(Document.deleted_at.is_(None)))]
            gin.rebuild(docs)
        assert gin.status()["page_index"] == "gin"
        for query in PHRASES:
            on_rum = pg_archive.backend.search(SearchQuery(text=query, page_size=100, snippets=False))
            on_gin = gin.search(SearchQuery(text=query, page_size=100, snippets=False))
            assert on_rum.total == on_gin.total > 0, query
            assert [(h.id, round(h.score, 6)) for h in on_rum.hits] == [(h.id, round(h.score, 6)) for h in on_gin.hits]
        assert pg_archive.backend.search(SearchQuery(text='"police custody"')).total > 0
    finally:
        gin.close()
