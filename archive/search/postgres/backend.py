"""The PostgreSQL search backend (HRARCHIVE_SEARCH_BACKEND=postgres): the index is tables
in the record's own database (schema.py), so every web process and worker on any
machine reads and writes the same index, and PostgreSQL's transactions make each write
and each rebuild appear whole to searches running meanwhile.
"""
from __future__ import annotations

import logging
import time
from collections import defaultdict
from contextlib import contextmanager
from typing import Iterable, Iterator

from sqlalchemy import Connection, create_engine, text
from sqlalchemy.exc import DBAPIError

from ...errors import IndexUnavailable, SearchTooLong
from .. import analysis, querylang
from ..base import FacetCount, Hit, IndexDocument, PageHit, PageLoader, SearchQuery, SearchResult, own_filters
from ..highlight import WordMatcher, make_snippet
from ..plan import expansion_leaves
from .compiler import SqlCompiler, leaf_tsqueries
from .schema import (CREATE, DROP, FACET_COLUMNS, FACET_VALUES, FORMAT, SUGGESTABLE, TERMS_OF_DOCUMENTS, TEXT_EXACT,
                     document_row, lexeme, page_indexes, page_rows, read_facet_value)
from .suggest import suggest

log = logging.getLogger(__name__)
WRITE_LOCK = 0x6872_6172  # the advisory lock every index writer takes: one writer at a time
BATCH = 50  # documents written per statement group
MAX_FACET_VALUES = 300
MAX_PAGES_PER_HIT = 3
# documents a relevance-ranked search with phrases orders by ts_rank (at least twice those
# up to the page shown), chosen by the index-only estimate (compiler.py). On HUDOC's
# judgments with the article titles as quoted phrases, 40 ranks as 200 did (nDCG@10 0.540
# against 0.544) in half the time at 500k pages (docs/benchmarks.md)
SEARCH_CANDIDATES = 40
STATEMENT_TIMEOUT_MS = 10_000  # no search holds a connection longer (SearchTooLong)
WORK_MEM = "64MB"
SIMILAR_PAGES, SIMILAR_TERMS = 5, 15

ORDER = {
    "relevance": "score DESC, id", "newest": "date DESC NULLS LAST, id", "oldest": "date ASC NULLS LAST, id",
    "title": "title_sort, id", "added": "added DESC NULLS LAST, id",
}


# (word, visibility, how many of the documents :ids hold it in their text): what they add
# to or take from search_word, counted from their terms by the same rule both ways
_WORDS_OF_DOCUMENTS = (
    "SELECT w.lexeme, d.visibility, count(*) AS n FROM search_term w JOIN search_document d ON d.id = w.doc_id "
    f"WHERE w.doc_id = ANY(:ids) AND w.kind = '{TEXT_EXACT}' AND {SUGGESTABLE} GROUP BY 1, 2")


def visible_total(compiler: SqlCompiler) -> str:
    """The WITH clause `visible_total`: how many documents the searcher may see, and their
    average length in pages and in words (what scores are computed from); and the same
    of those of each stemmed language (`n_fr`, `words_fr`: a language's stems are weighed
    among the documents in that language)."""
    per_language = "".join(
        f", count(*) FILTER (WHERE d.stem_lang = '{lang}')::float8 AS n_{lang}, "
        f"greatest(1, coalesce(avg(words) FILTER (WHERE d.stem_lang = '{lang}'), 1))::float8 AS words_{lang}"
        for lang in analysis.STEM_LANGUAGES)
    return (f"visible_total AS (SELECT count(*)::float8 AS n, coalesce(avg(n_pages), 1)::float8 AS pages, "
            f"greatest(1, coalesce(avg(words), 1))::float8 AS words{per_language} FROM search_document d "
            f"WHERE {compiler.visible('d')})")


def _missing_tables(exc: DBAPIError) -> bool:
    return getattr(getattr(exc, "orig", None), "sqlstate", None) == "42P01"  # undefined_table


class _Writer:
    """What PostgresBackend.bulk() yields: each call is one transaction."""

    def __init__(self, backend: "PostgresBackend") -> None:
        self.backend = backend

    def index(self, documents: Iterable[IndexDocument]) -> int:
        return self.backend.index(documents)

    def delete(self, ids: Iterable[str]) -> None:
        self.backend.delete(ids)


class PostgresBackend:
    """SearchBackend over tables in a PostgreSQL database."""

    def __init__(self, url: str, page_loader: PageLoader | None = None,
                 statement_timeout_ms: int = STATEMENT_TIMEOUT_MS, read_url: str | None = None,
                 page_index: str | None = None) -> None:
        """Writes go to `url`; searches read from `read_url` (a streaming replica) when given.
        `page_index` ("rum" or "gin") is how new search tables index the pages' words: by
        default RUM where the extension is installed or may be created, else GIN."""
        self.url = url
        self.page_index = page_index
        self.engine = create_engine(url, pool_pre_ping=True)
        self.read_engine = create_engine(read_url, pool_pre_ping=True) if read_url else self.engine
        self.page_loader = page_loader
        self.statement_timeout_ms = statement_timeout_ms

    def close(self) -> None:
        self.engine.dispose()
        self.read_engine.dispose()

    # ------------------------------------------------------------ connections
    @contextmanager
    def _reading(self, primary: bool = False) -> Iterator[Connection]:
        """A read-only snapshot: the statements of one search see one state of the index
        (on the replica, if there is one, unless `primary`)."""
        try:
            with (self.engine if primary else self.read_engine).connect().execution_options(isolation_level="REPEATABLE READ",
                                                         postgresql_readonly=True) as conn:
                # one round trip: the time limit; exact (not lossy) GIN bitmaps, since a lossy
                # one rechecks every row of its heap pages, reading their tsvectors; and
                # matching pages through the GIN indexes (the planner takes a sequential
                # scan for a frequent word, not knowing that it reads every page's
                # tsvector: 250 ms against 20 ms on 50k pages)
                conn.execute(text("SELECT set_config('statement_timeout', :t, true), "
                                  "set_config('work_mem', :w, true), set_config('enable_seqscan', 'off', true)"),
                             {"t": str(int(self.statement_timeout_ms)), "w": WORK_MEM})
                yield conn
        except DBAPIError as exc:
            if _missing_tables(exc):
                raise IndexUnavailable("the search tables are missing from the database; "
                                       "run 'hrarchive index rebuild'") from exc
            if getattr(getattr(exc, "orig", None), "sqlstate", None) == "57014":  # query_canceled
                raise SearchTooLong(f"the search took longer than {self.statement_timeout_ms / 1000:g} s") from exc
            if exc.connection_invalidated or getattr(getattr(exc, "orig", None), "sqlstate", "") in ("08001", "08006"):
                raise IndexUnavailable(f"the search database cannot be reached ({exc.orig})") from exc
            raise

    @contextmanager
    def _writing(self) -> Iterator[Connection]:
        try:
            with self.engine.begin() as conn:
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": WRITE_LOCK})
                yield conn
        except DBAPIError as exc:
            if _missing_tables(exc):
                raise IndexUnavailable("the search tables are missing from the database; "
                                       "run 'hrarchive index rebuild'") from exc
            raise

    def _check_format(self, conn: Connection) -> None:
        found = conn.execute(text("SELECT value FROM search_meta WHERE key = 'format'")).scalar()
        if found != FORMAT:
            raise IndexUnavailable(f"the search tables were built by another version of hrarchive (format "
                                   f"{found}, this version writes {FORMAT}); run 'hrarchive index rebuild'")

    # ------------------------------------------------------------- storage
    def status(self) -> dict[str, object]:
        try:
            with self._reading() as conn:
                self._check_format(conn)
                conn.execute(text("SELECT 1 FROM search_page, search_word, search_term LIMIT 1"))
                return {"ok": True, "error": None,
                        "documents": conn.execute(text("SELECT count(*) FROM search_document")).scalar(),
                        "page_index": conn.execute(text("SELECT value FROM search_meta WHERE key = 'page_index'"))
                        .scalar() or "gin"}
        except IndexUnavailable as exc:
            return {"ok": False, "error": str(exc), "documents": None}
        except DBAPIError as exc:
            return {"ok": False, "error": f"the search database cannot be read ({exc.orig})", "documents": None}

    def create(self) -> None:
        """The search tables, empty (those there are dropped)."""
        with self._writing() as conn:
            self._create(conn)

    def _create(self, conn: Connection, page_indexes_later: bool = False) -> None:
        conn.execute(text(DROP))
        method = self._page_index_method(conn)
        for statement in CREATE + ([] if page_indexes_later else page_indexes(method)):
            conn.execute(text(statement))
        conn.execute(text("INSERT INTO search_meta VALUES ('format', :f), ('page_index', :m)"),
                      {"f": FORMAT, "m": method})

    def _page_index_method(self, conn: Connection) -> str:
        """RUM where the extension is in the database, or may be created there (it is not
        a trusted extension: a superuser creates it once, `CREATE EXTENSION rum`), else GIN."""
        if self.page_index is not None:
            return self.page_index
        if conn.execute(text("SELECT 1 FROM pg_extension WHERE extname = 'rum'")).scalar():
            return "rum"
        if not conn.execute(text("SELECT 1 FROM pg_available_extensions WHERE name = 'rum'")).scalar():
            return "gin"
        try:
            with conn.begin_nested():
                conn.execute(text("CREATE EXTENSION IF NOT EXISTS rum"))
            return "rum"
        except DBAPIError as exc:
            log.warning("the RUM extension cannot be created (%s): the pages' words are indexed by GIN; "
                        "a superuser can run CREATE EXTENSION rum, then hrarchive index rebuild", exc.orig)
            return "gin"

    def _write(self, conn: Connection, documents: Iterable[IndexDocument], fresh: bool = False) -> int:
        n = 0
        batch: list[IndexDocument] = []
        for doc in documents:
            batch.append(doc)
            if len(batch) >= BATCH:
                n += self._write_batch(conn, batch, fresh)
                batch = []
        return n + (self._write_batch(conn, batch, fresh) if batch else 0)

    def _write_batch(self, conn: Connection, docs: list[IndexDocument], fresh: bool) -> int:
        docs = list({d.id: d for d in docs}.values())  # the last of one id wins
        ids = [d.id for d in docs]
        if not fresh:
            self._delete(conn, ids)
        rows = [document_row(d) for d in docs]
        columns = list(rows[0])
        conn.execute(text(f"INSERT INTO search_document ({', '.join(columns)}) "
                          f"VALUES ({', '.join(':' + c for c in columns)})"), rows)
        conn.execute(text("INSERT INTO search_page (doc_id, number, part, visibility, exact, stem, pairs) VALUES "
                          "(:doc_id, :number, :part, :visibility, CAST(:exact AS tsvector), CAST(:stem AS tsvector), "
                          "CAST(:pairs AS tsvector))"),
                     [r for d in docs for r in page_rows(d)])
        conn.execute(text(f"INSERT INTO search_term (kind, lexeme, doc_id, tf) {TERMS_OF_DOCUMENTS}"), {"ids": ids})
        conn.execute(text(  # the length of the text in words, for BM25
            f"UPDATE search_document d SET words = x.n FROM (SELECT doc_id, sum(tf) AS n FROM search_term "
            f"WHERE doc_id = ANY(:ids) AND kind = '{TEXT_EXACT}' GROUP BY doc_id) AS x WHERE d.id = x.doc_id"),
            {"ids": ids})
        conn.execute(text(
            f"INSERT INTO search_word (word, visibility, docs) {_WORDS_OF_DOCUMENTS} ORDER BY 1, 2 "
            "ON CONFLICT (word, visibility) DO UPDATE SET docs = search_word.docs + excluded.docs"), {"ids": ids})
        return len(docs)

    @staticmethod
    def _delete(conn: Connection, ids: list[str]) -> None:
        left = conn.execute(text(
            f"UPDATE search_word s SET docs = s.docs - x.n FROM ({_WORDS_OF_DOCUMENTS}) AS x "
            "WHERE s.word = x.lexeme AND s.visibility = x.visibility RETURNING s.word, s.docs"), {"ids": ids}).all()
        gone = [word for word, docs in left if docs <= 0]
        if gone:
            conn.execute(text("DELETE FROM search_word WHERE docs <= 0 AND word = ANY(:w)"), {"w": gone})
        conn.execute(text("DELETE FROM search_document WHERE id = ANY(:ids)"), {"ids": ids})

    def index(self, documents: Iterable[IndexDocument]) -> int:
        with self._writing() as conn:
            self._check_format(conn)
            return self._write(conn, documents)

    @contextmanager
    def bulk(self) -> Iterator[_Writer]:
        """Writes in a row, each in its own transaction; the planner's statistics are
        brought up to date at the end."""
        yield _Writer(self)
        with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("ANALYZE search_document, search_page, search_word, search_term"))

    def delete(self, ids: Iterable[str]) -> None:
        wanted = list(ids)
        if wanted:
            with self._writing() as conn:
                self._delete(conn, wanted)

    def rebuild(self, documents: Iterable[IndexDocument]) -> int:
        """The index anew, in one transaction: searches see the old one until it commits."""
        with self._writing() as conn:
            present = conn.execute(text(  # every table, or they are made anew
                "SELECT bool_and(to_regclass(t) IS NOT NULL) FROM unnest(ARRAY['search_meta', "
                "'search_document', 'search_page', 'search_word', 'search_term']) AS t")).scalar()
            meta: dict[str, str] = dict(conn.execute(text("SELECT key, value FROM search_meta")).all()) if present else {}
            method = self._page_index_method(conn)
            if meta.get("format") == FORMAT and meta.get("page_index", "gin") == method:
                conn.execute(text("DELETE FROM search_word"))
                conn.execute(text("DELETE FROM search_document"))
                n = self._write(conn, documents, fresh=True)
            else:
                # new tables (readers wait for this transaction in any case): the indexes
                # of the pages' words are built once, after the pages are in (RUM's
                # row-by-row insertion builds 2.3x slower at 50k pages)
                self._create(conn, page_indexes_later=True)
                n = self._write(conn, documents, fresh=True)
                for statement in page_indexes(method):
                    conn.execute(text(statement))
        with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            # the old rows' space is reusable at once (the next rebuild fills it instead of
            # growing the tables), and the indexes no longer point at them
            conn.execute(text("VACUUM (ANALYZE) search_document, search_page, search_word, search_term"))
        return n

    def indexed_revisions(self) -> dict[str, int]:
        with self._reading(primary=True) as conn:  # what was written, not what a replica shows yet
            return {i: r for i, r in conn.execute(text("SELECT id, revision FROM search_document"))}

    # ------------------------------------------------------------- reading
    @staticmethod
    def _matches(compiler: SqlCompiler, query: SearchQuery, match: str, facet_sets: dict[str, str]) -> str:
        """The WITH clause: `m` the matches, `f` those passing the filters, and one
        relation per set of facets counted without their own filters."""
        coverage = compiler.coverage_filter()
        in_coverage = "AND m.doc_id IN (SELECT doc_id FROM cov)" if coverage else ""
        parts = [visible_total(compiler),
                 *(f"leaf{i} AS MATERIALIZED ({leaf})" for i, leaf in enumerate(compiler.leaves)),
                 f"m AS MATERIALIZED ({match})"]
        if coverage:
            parts.append(f"cov AS MATERIALIZED ({coverage})")
        parts.append(f"f AS MATERIALIZED (SELECT d.*, m.score FROM m JOIN search_document d ON d.id = m.doc_id "
                     f"WHERE {compiler.filters(query)} {in_coverage})")
        for name, condition in facet_sets.items():
            parts.append(f"{name} AS (SELECT d.* FROM m JOIN search_document d ON d.id = m.doc_id "
                         f"WHERE {condition} {in_coverage})")
        return "WITH " + ", ".join(parts)

    def search(self, query: SearchQuery) -> SearchResult:
        started = time.perf_counter()
        relevance = query.sort not in ORDER or query.sort == "relevance"
        compiler = SqlCompiler(query, mode="estimate" if relevance else "rank")
        ast, read_as, match = compiler.read(query)
        page, size = max(1, query.page), max(1, query.page_size)
        names = [n for n in query.facets if n in FACET_COLUMNS]
        regrouped = own_filters(query, names)
        sets = {f"g{i}": compiler.filters(query, leave_out=dropped) for i, dropped in enumerate(regrouped)}
        source = {n: "f" for n in names}
        for (i, (_dropped, counted)) in enumerate(regrouped.items()):
            source.update({n: f"g{i}" for n in counted})
        order = ORDER.get(query.sort, ORDER["relevance"])
        # ranked by relevance with parts read from pages (phrases), the estimate chooses
        # candidates for ts_rank to order; words alone are scored exactly by the first query
        ranks_candidates = relevance and compiler.page_parts > 0
        limit, offset = (max(SEARCH_CANDIDATES, 2 * page * size), 0) if ranks_candidates else (size, (page - 1) * size)
        within_filters = {n for n in names if source[n] == "f"}
        selects = [
            "SELECT 'total' AS kind, '' AS name, '' AS value, count(*)::float8 AS num, 0::bigint AS ord FROM f",
            f"SELECT 'hit', '', id, score, ord FROM (SELECT id, score, row_number() OVER (ORDER BY {order}) AS ord "
            f"FROM f ORDER BY {order} LIMIT {limit} OFFSET {offset}) AS h",
            # the facets counted within all the filters, in one pass (schema.FACET_VALUES)
            *([f"SELECT 'facets', '', v, count(*)::float8, 0 FROM f, unnest(f.{FACET_VALUES}) AS v GROUP BY v"]
              if within_filters else []),
            *(f"SELECT 'facet', '{n}', v, count(*)::float8, 0 FROM {source[n]}, unnest({source[n]}.{FACET_COLUMNS[n]}) "
              f"AS v GROUP BY v" for n in names if n not in within_filters),
            # each text leaf's document frequency, for ranking the candidates
            *(f"SELECT 'df', '', '{i}', coalesce((SELECT df FROM leaf{i} LIMIT 1), 0)::float8, 0"
              for i in range(len(compiler.leaves))),
        ]
        sql = self._matches(compiler, query, match, sets) + " " + " UNION ALL ".join(selects)
        total, scored, counts = 0, [], defaultdict(list)
        frequencies = [0] * len(compiler.leaves)
        with self._reading() as conn:
            for kind, name, value, num, ord_ in conn.execute(text(sql), compiler.params):
                if kind == "total":
                    total = int(num)
                elif kind == "hit":
                    scored.append((ord_, value, float(num) if relevance else 0.0))
                elif kind == "df":
                    frequencies[int(value)] = int(num)
                elif kind == "facets":
                    facet, value = read_facet_value(value)
                    if facet in within_filters:
                        counts[facet].append(FacetCount(value, int(num)))
                else:
                    counts[name].append(FacetCount(value, int(num)))
            ranked = [(i, s) for _, i, s in sorted(scored)]
            if ranks_candidates and ranked:
                ranked = self._rank(conn, query, [i for i, _ in ranked], frequencies)[(page - 1) * size: page * size]
            hits = self._hits(conn, ranked)
            if query.snippets and hits:
                self._add_pages(conn, hits, querylang.positive_leaves(ast) + expansion_leaves(compiler.expansions))
            suggestion = None
            if total == 0 and query.text.strip() and not query.relaxed:  # (a relaxed search keeps the first's)
                suggestion = suggest(conn, query, ast)
        facets = {}
        for n in names:
            items = counts.get(n, [])
            items.sort(key=(lambda c: c.value) if n == "year" else (lambda c: (-c.count, c.value)),
                       reverse=n == "year")
            facets[n] = items[:MAX_FACET_VALUES]
        return SearchResult(total=total, hits=hits, facets=facets, page=page, page_size=size,
                            took_ms=(time.perf_counter() - started) * 1000, suggestion=suggestion,
                            expansions=list(compiler.expansions), read_as=read_as)

    def _rank(self, conn: Connection, query: SearchQuery, candidates: list[str],
              frequencies: list[int]) -> list[tuple[str, float]]:
        """The candidates ordered by their scores (ts_rank: see compiler.py), with the
        document frequencies the estimate counted."""
        compiler = SqlCompiler(query, mode="rank", candidates=candidates, frequencies=frequencies)
        _ast, _read_as, match = compiler.read(query)
        sql = (f"WITH {visible_total(compiler)} SELECT m.doc_id, m.score FROM ({match}) AS m "
               f"WHERE m.doc_id = ANY(CAST({compiler.candidates} AS text[]))")
        scores: dict[str, float] = {i: s for i, s in conn.execute(text(sql), compiler.params)}
        return sorted(((i, float(scores.get(i, 0.0))) for i in candidates), key=lambda x: (-x[1], x[0]))

    def all_ids(self, query: SearchQuery) -> list[str]:
        compiler = SqlCompiler(query)
        _ast, _read_as, match = compiler.read(query)
        order = ORDER.get(query.sort, ORDER["relevance"])
        sql = self._matches(compiler, query, match, {}) + f" SELECT id FROM f ORDER BY {order}"
        with self._reading() as conn:
            return list(conn.execute(text(sql), compiler.params).scalars())

    @staticmethod
    def _hits(conn: Connection, scored: list[tuple[str, float]]) -> list[Hit]:
        if not scored:
            return []
        rows = {r.id: r for r in conn.execute(text(
            "SELECT id, title, mechanism, body, doc_type, f_language, date, symbol, topics, countries, "
            "subject_countries, added FROM search_document WHERE id = ANY(:ids)"), {"ids": [i for i, _ in scored]})}
        return [Hit(id=i, score=s, title=r.title, mechanism=r.mechanism, body=r.body, doc_type=r.doc_type,
                    language=(r.f_language or [None])[0], date=r.date, symbol=r.symbol, topics=list(r.topics),
                    countries=list(r.countries), subject_countries=list(r.subject_countries), added=r.added)
                for i, s in scored if (r := rows.get(i)) is not None]

    def _add_pages(self, conn: Connection, hits: list[Hit], leaves: list[querylang.Term | querylang.Phrase]) -> None:
        """Each hit's best pages (those holding most of the query's parts, then by
        ts_rank), with snippets of the record's page text."""
        params: dict[str, object] = {"ids": [h.id for h in hits]}
        conditions: list[str] = []
        every: dict[str, list[str]] = defaultdict(list)  # column -> the leaves' tsqueries on it
        for i, leaf in enumerate(leaves):
            queries = leaf_tsqueries(leaf)
            if not queries:
                continue
            for column, q in queries.items():
                params[f"{column}{i}"] = q
                every[column].append(f"({q})")
            conditions.append("(" + " OR ".join(f"p.{column} @@ CAST(:{column}{i} AS tsquery)"
                                                for column in queries) + ")")
        if not conditions:
            return
        params.update({f"all_{column}": " | ".join(qs) for column, qs in every.items()})
        rank = " + ".join(f"ts_rank(p.{column}, CAST(:all_{column} AS tsquery), 1)" for column in every)
        # Each page's vectors are read once: every condition and ts_rank would fetch a
        # vector from its TOAST table again, where an array of one holds its element
        # read, and OFFSET 0 keeps the planner from folding that into the conditions
        # (half the time of this statement at 50k pages, with the same rows).
        vectors = ", ".join(f"(ARRAY[{column}])[1] AS {column}" for column in every)
        rows = conn.execute(text(
            f"SELECT p.doc_id, p.number, {' + '.join(f'(CASE WHEN {c} THEN 1 ELSE 0 END)' for c in conditions)} "
            f"AS parts, {rank} AS r FROM (SELECT doc_id, number, {vectors} FROM search_page "
            f"WHERE doc_id = ANY(:ids) AND number > 0 OFFSET 0) AS p WHERE {' OR '.join(conditions)}"), params)
        pages: dict[tuple[str, int], tuple[int, float]] = {}  # a long page's parts make one page
        for doc_id, number, matched, score in rows:
            had_matched, had_score = pages.get((doc_id, number), (0, 0.0))
            pages[(doc_id, number)] = (max(had_matched, matched), had_score + score)
        found: dict[str, list[tuple[int, float, int]]] = defaultdict(list)
        for (doc_id, number), (matched, score) in pages.items():
            found[doc_id].append((-matched, -score, number))
        best = {h.id: [n for _, _, n in sorted(found[h.id])[:MAX_PAGES_PER_HIT]] for h in hits}
        wanted = [(doc_id, n) for doc_id, ns in best.items() for n in ns]
        texts = self.page_loader(wanted) if (self.page_loader and wanted) else {}
        matcher = WordMatcher.from_leaves(leaves)
        for h in hits:
            h.pages = [PageHit(n, make_snippet(texts.get((h.id, n), ""), matcher)) for n in best[h.id]]

    def similar(self, doc_id: str, limit: int = 5, visibility: str | None = "public") -> list[Hit]:
        """Documents most like `doc_id`: the words of its first pages that are frequent
        in it and rare among the documents `visibility` may see, searched together."""
        vis = "AND s.visibility = :vis" if visibility else ""
        with self._reading() as conn:
            words = conn.execute(text(
                "WITH t AS (SELECT w.lexeme AS word, sum(array_length(w.positions, 1)) AS tf "
                "FROM search_page p, unnest(p.exact) w WHERE p.doc_id = :id AND p.number BETWEEN 1 AND :pages "
                f"AND {SUGGESTABLE} GROUP BY 1) "
                f"SELECT t.word FROM t JOIN search_word s ON s.word = t.word {vis} GROUP BY t.word, t.tf "
                "ORDER BY t.tf * ln(1 + 100000.0 / sum(s.docs)) DESC, t.word LIMIT 60"),
                {"id": doc_id, "pages": SIMILAR_PAGES, "vis": visibility}).scalars().all()
            terms = [w for w in words if not analysis.is_common(w)][:SIMILAR_TERMS]
            if not terms:
                return []
            visible = "AND p.visibility = :vis" if visibility else ""
            scored = conn.execute(text(
                "SELECT p.doc_id, ln(1 + 10 * sum(ts_rank(p.exact, CAST(:q AS tsquery), 1))) AS score "
                f"FROM search_page p WHERE p.exact @@ CAST(:q AS tsquery) AND p.number > 0 AND p.doc_id <> :id {visible} "
                "GROUP BY p.doc_id ORDER BY score DESC, p.doc_id LIMIT :limit"),
                {"q": " | ".join(lexeme(t) for t in terms), "id": doc_id, "vis": visibility, "limit": limit}).all()
            return self._hits(conn, [(i, float(s)) for i, s in scored])
