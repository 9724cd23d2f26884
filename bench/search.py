"""Search speed: our search engine against a reference SQLite FTS5 index, same pages.

    .venv/bin/python bench/search.py [--pages 50000] [--repeat 20] [--backend whoosh|postgres]
        [--database-url postgresql+psycopg://...]

--backend postgres indexes into the PostgreSQL database of --database-url (its search
tables are replaced), or, without one, into a throwaway cluster started for the run
(PostgreSQL 15 server binaries, as the tests use).

Builds a corpus of at least --pages pages from ../shared/corpus/upr-reports (the reports'
pages, repeated with perturbations so that copies differ: every copy drops a different
share of words and carries its own marker word), indexes it with our backend and with
SQLite FTS5 (unicode61, diacritics removed; bm25 ranking, snippet()), then runs the same
query mix on both: single term, two terms, phrase, proximity, prefix, and facet-heavy
(terms plus mechanism and year filters). Each search returns the top 20 with snippets
and facet counts, as the search page does. Prints p50 and p95 per class for both and
the ratio ours / reference (target: <= 3 at p95), and build time and size.
"""
from __future__ import annotations

import argparse
import gc
import io
import json
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from archive.search import FacetFilter, IndexDocument, SearchQuery  # noqa: E402
from archive.search.analysis import fold  # noqa: E402
from archive.search import open_backend  # noqa: E402
from archive.settings import Settings  # noqa: E402

CACHE = Path(tempfile.gettempdir()) / "hrarchive-bench-upr-pages.json"
MECHANISMS = ["UN", "CoE", "EU", "national", "civil-society"]
QUERIES = {
    "single term": ["torture", "education", "refugees", "women", "journalists", "detention", "poverty",
                    "children", "corruption", "disability"],
    "two terms": ["torture prison", "women violence", "children education", "freedom expression",
                  "death penalty", "human trafficking", "migrant workers", "judicial independence",
                  "domestic violence", "juvenile justice"],
    "phrase": ['"death penalty"', '"freedom of expression"', '"human rights defenders"', '"domestic violence"',
               '"rights of the child"', '"national human rights institution"', '"freedom of religion"',
               '"trafficking in persons"', '"persons with disabilities"', '"rule of law"'],
    "proximity": ['"torture prevention"~5', '"women violence"~3', '"children labour"~4', '"death abolition"~6',
                  '"journalists protection"~5', '"prison conditions"~3', '"migrants rights"~4',
                  '"police training"~5', '"rights indigenous"~3', '"discrimination women"~3'],
    "prefix": ["tortur*", "discrimin*", "educat*", "traffick*", "journal*", "detent*", "refug*", "disab*",
               "prison*", "violen*"],
    "facet-heavy": ["torture", "education", "women", "children", "detention", "refugees", "poverty",
                    "journalists", "prison", "violence"],
    # document symbols typed as such (the corpus gives copy c of report n the symbol A/HRC/c/n)
    "identifier": ["A/HRC/0/5", "A/HRC/1/17", "A/HRC/2/40", "A/HRC/3/99", "A/HRC/4/120", "A/HRC/5/3",
                   "A/HRC/6/201", "A/HRC/7/77", "A/HRC/8/150", "A/HRC/0/250"],
}


def upr_pages(corpus: Path) -> list[tuple[str, list[str]]]:
    """(file name, page texts) of every UPR report, extracted once and cached."""
    if CACHE.exists():
        return [tuple(x) for x in json.loads(CACHE.read_text())]  # type: ignore[misc]
    from pypdf import PdfReader

    from ingest.extract.text import normalise

    out = []
    for f in sorted(corpus.glob("*.pdf")):
        reader = PdfReader(io.BytesIO(f.read_bytes()))
        out.append((f.name, [normalise(p.extract_text() or "") for p in reader.pages]))
    CACHE.write_text(json.dumps(out))
    return out


def perturb(text: str, copy: int) -> str:
    if copy == 0:
        return text
    words = text.split(" ")
    step = copy + 6
    kept = [w for i, w in enumerate(words) if (i + copy) % step]
    return " ".join(kept) + f" copymarker{copy}"


def build_corpus(base: list[tuple[str, list[str]]], min_pages: int) -> list[IndexDocument]:
    pages_per_copy = sum(len(p) for _, p in base)
    copies = -(-min_pages // pages_per_copy)
    rng = random.Random(7)
    docs = []
    for copy in range(copies):
        for n, (name, pages) in enumerate(base):
            year = 2008 + (n + copy) % 15
            docs.append(IndexDocument(
                id=f"c{copy}-{n}", revision=1, title=f"{name} copy {copy}", symbol=f"A/HRC/{copy}/{n}",
                identifiers=(), mechanism=MECHANISMS[rng.randrange(len(MECHANISMS))], body="UPR",
                doc_type="upr-report", language="en", languages=("en",), countries=(), topics=(),
                date=f"{year}-06-01", year=year, visibility="public",
                pages=tuple((i + 1, perturb(t, copy)) for i, t in enumerate(pages))))
    return docs


def dir_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def build_fts(docs: list[IndexDocument], path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE docs (id TEXT PRIMARY KEY, title TEXT, mechanism TEXT, year INT)")
    db.execute("CREATE VIRTUAL TABLE pages USING fts5(doc_id UNINDEXED, page UNINDEXED, body, "
               "tokenize='unicode61 remove_diacritics 2')")
    with db:
        for d in docs:
            db.execute("INSERT INTO docs VALUES (?,?,?,?)", (d.id, d.title, d.mechanism, d.year))
            db.executemany("INSERT INTO pages (doc_id, page, body) VALUES (?,?,?)",
                           [(d.id, n, t) for n, t in d.pages])
    add_symbols(db, docs)
    return db


def add_symbols(db: sqlite3.Connection, docs: list[IndexDocument]) -> None:
    """An indexed symbol column on the reference's documents (also on a kept older build)."""
    if "symbol" in {row[1] for row in db.execute("PRAGMA table_info(docs)")}:
        return
    with db:
        db.execute("ALTER TABLE docs ADD COLUMN symbol TEXT")
        db.execute("CREATE INDEX docs_symbol ON docs (symbol)")
        db.executemany("UPDATE docs SET symbol = ? WHERE id = ?", [(d.symbol, d.id) for d in docs])


def fts_query(q: str) -> str:
    """Our query syntax in FTS5's."""
    if q.endswith("*"):
        return q
    if q.startswith('"') and "~" in q:
        words, n = q[1:].split('"~')
        return f"NEAR({words}, {n})"
    if q.startswith('"'):
        return q
    if "/" in q:  # an identifier: its parts as a phrase
        return '"' + " ".join(fold(w) for w in q.split("/")) + '"'
    return " AND ".join(fold(w) for w in q.split())


def fts_search(db: sqlite3.Connection, q: str, facet_filter: bool) -> None:
    """Top 20 documents by bm25, a snippet of the best page of each, and facet counts
    (for an identifier, first the document that carries it)."""
    if "/" in q and not q.startswith('"'):
        db.execute("SELECT id, title FROM docs WHERE symbol = ?", (q,)).fetchall()
    where = "pages MATCH ?"
    params: list[object] = [fts_query(q)]
    join = ""
    if facet_filter:
        join = "JOIN docs ON docs.id = pages.doc_id"
        where += " AND docs.mechanism IN ('UN','CoE') AND docs.year BETWEEN 2010 AND 2018"
    top = db.execute(f"SELECT pages.rowid, doc_id, min(rank) FROM pages {join} WHERE {where} "
                     f"GROUP BY doc_id ORDER BY 3 LIMIT 20", params).fetchall()
    # snippet() cannot run under GROUP BY: fetch it for each hit's best page
    for rowid, _doc, _rank in top:
        db.execute("SELECT snippet(pages, 2, '<mark>', '</mark>', '…', 24) FROM pages "
                   "WHERE pages MATCH ? AND rowid = ?", (params[0], rowid)).fetchall()
    db.execute(f"SELECT d.mechanism, count(DISTINCT d.id) FROM docs d WHERE d.id IN "
               f"(SELECT doc_id FROM pages {join} WHERE {where}) GROUP BY d.mechanism", params).fetchall()
    db.execute(f"SELECT d.year, count(DISTINCT d.id) FROM docs d WHERE d.id IN "
               f"(SELECT doc_id FROM pages {join} WHERE {where}) GROUP BY d.year", params).fetchall()


def percentiles(samples: list[float]) -> tuple[float, float]:
    samples = sorted(samples)
    return statistics.median(samples), samples[min(len(samples) - 1, int(round(0.95 * (len(samples) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "upr-reports")
    parser.add_argument("--pages", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each query (after one warm-up)")
    parser.add_argument("--keep", type=Path, help="build the indexes here once and reuse them on later runs "
                                                  "(for profiling; delete the folder after a change to indexing)")
    parser.add_argument("--classes", help="comma-separated query classes to run (default: all)")
    parser.add_argument("--backend", choices=("whoosh", "postgres"), default="whoosh")
    parser.add_argument("--database-url", help="PostgreSQL database for --backend postgres "
                                               "(default: a throwaway cluster)")
    args = parser.parse_args()
    cluster = None
    if args.backend == "postgres" and not args.database_url:
        from tests.pgcluster import PgCluster, find_bindir

        bindir = find_bindir()
        if bindir is None:
            parser.error("no PostgreSQL server binaries found: give --database-url")
        cluster = PgCluster(bindir)
        cluster.start()
        args.database_url = cluster.create_database("bench")
    try:
        return run(args)
    finally:
        if cluster is not None:
            cluster.stop()


def engine_size(backend, work: Path) -> float:  # type: ignore[no-untyped-def]
    """MB the engine's index takes (PostgreSQL: its search tables with their indexes)."""
    if getattr(backend, "engine", None) is None:
        return dir_size(work / "index") / 2**20
    from sqlalchemy import text

    with backend.engine.connect() as conn:
        return float(conn.execute(text(
            "SELECT sum(pg_total_relation_size(c)) FROM unnest(ARRAY['search_document', 'search_page', 'search_term', "
            "'search_word']) AS c")).scalar()) / 2**20


def run(args: argparse.Namespace) -> int:
    base = upr_pages(args.corpus)
    docs = build_corpus(base, args.pages)
    # The benchmark's own corpus (every page text, for both indexes and for snippets) is
    # held in memory, which the server never does; keep it out of the garbage
    # collector's full passes so that they do not land in the timed searches.
    gc.freeze()
    n_pages = sum(len(d.pages) for d in docs)
    print(f"corpus: {len(docs)} documents, {n_pages} pages")
    reuse = args.keep is not None and (args.keep / "ref.sqlite3").exists()
    work = args.keep or Path(tempfile.mkdtemp(prefix="hrarchive-bench-search-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        page_text = {(d.id, n): t for d in docs for n, t in d.pages}
        settings = Settings(data_dir=work, search_backend=args.backend,
                            **({"database_url": args.database_url} if args.backend == "postgres" else {}))
        backend = open_backend(settings, lambda wanted: {k: page_text[k] for k in wanted if k in page_text})
        print(f"engine: {args.backend}")
        if reuse:
            db = sqlite3.connect(work / "ref.sqlite3")
            add_symbols(db, docs)
            print(f"reusing the indexes in {work}")
        else:
            t0 = time.perf_counter()
            backend.rebuild(iter(docs))
            ours_build = time.perf_counter() - t0
            print(f"build: ours {ours_build:.0f} s ({n_pages / ours_build:.0f} pages/s), "
                  f"{engine_size(backend, work):.0f} MB", flush=True)
            t0 = time.perf_counter()
            db = build_fts(docs, work / "ref.sqlite3")
            ref_build = time.perf_counter() - t0
            print(f"build: ours {ours_build:.0f} s, {engine_size(backend, work):.0f} MB | "
                  f"reference {ref_build:.0f} s, {(work / 'ref.sqlite3').stat().st_size / 2**20:.0f} MB | "
                  f"ratio {ours_build / ref_build:.1f}")
        print(f"{'class':12} {'ours p50':>9} {'ours p95':>9} {'ref p50':>8} {'ref p95':>8} {'ratio p50':>9} {'ratio p95':>9}")
        for cls, queries in QUERIES.items():
            if args.classes and cls not in args.classes.split(","):
                continue
            facet = cls == "facet-heavy"
            ours, ref = [], []
            for q in queries:
                sq = SearchQuery(text=q, page_size=20, expand=False, filters={
                    "mechanism": FacetFilter(("UN", "CoE"))} if facet else {},
                    year_from=2010 if facet else None, year_to=2018 if facet else None)
                backend.search(sq)  # warm-up
                fts_search(db, q, facet)
                for _ in range(args.repeat):
                    t = time.perf_counter()
                    backend.search(sq)
                    ours.append((time.perf_counter() - t) * 1000)
                    t = time.perf_counter()
                    fts_search(db, q, facet)
                    ref.append((time.perf_counter() - t) * 1000)
            o50, o95 = percentiles(ours)
            r50, r95 = percentiles(ref)
            print(f"{cls:12} {o50:8.1f}ms {o95:8.1f}ms {r50:7.1f}ms {r95:7.1f}ms {o50 / r50:9.1f} {o95 / r95:9.1f}")
        db.close()
        backend.close()
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
