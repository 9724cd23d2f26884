"""The Whoosh search backend: the embedded default and the only whoosh importer.

One record per document: all its text, metadata and facet fields, and where each
page starts among its words, so that the positions of a hit's matches tell which
pages are its best. Page text itself is read back from the record for snippets,
never stored twice.

The index lives in a generation directory (`<index_dir>-<stamp>`) and `index_dir`
is a symlink to the current one, so a rebuild writes a new generation and swaps
the symlink atomically while searches go on against the old one.
"""
from __future__ import annotations

import os
import shutil
import threading
import time
import weakref
from collections import Counter
from contextlib import contextmanager
from dataclasses import replace
from itertools import accumulate, chain
from pathlib import Path
from typing import Iterable, Iterator

from whoosh import query as wq
from whoosh import sorting

from ...errors import IndexUnavailable
from .. import analysis
from ..base import FacetCount, Hit, IndexDocument, PageLoader, SearchQuery, SearchResult, own_filters
from . import stats as whoosh_stats
from .codec import _codec, _storage, _tiered_merge, _writer
from .compiler import _cached_docs, _Compiler, _sort_facet
from .formats import Analysed
from .pages import add_pages
from .schema import FACET_FIELDS, SCHEMA_VERSION, STEM_FROM, VERSION_FILE, _csv, _weighting, make_schema
from .facets import SegmentFacet
from .suggest import suggest

MAX_FACET_VALUES = 300
KEEP_GENERATIONS = 2
SEARCHER_POOL = 4

# A writer holds its documents' postings in memory (about 21 KB per page of UN reports)
# until it commits; longer writes commit a segment every this many pages.
SEGMENT_PAGES = 4000



def _close_all(searchers: list) -> None:  # type: ignore[type-arg]
    while searchers:
        searchers.pop().close()


SIMILAR_PAGES, SIMILAR_CHARS = 5, 20000  # what "more like this" reads of a document


def _covered(searcher, compiler: _Compiler, allow):  # type: ignore[no-untyped-def]
    """`allow` narrowed to the documents that match enough of a coverage-ranked query's
    parts (compiler.coverage); `allow` itself when the query is not ranked by coverage."""
    if compiler.coverage is None or not allow:
        return allow
    parts, needed = compiler.coverage
    counts: Counter[int] = Counter()
    for part in parts:
        counts.update(searcher.docs_for_query(part))
    return {docnum for docnum, n in counts.items() if n >= needed and docnum in allow}


class BulkWriter:
    """The writer WhooshBackend.bulk() yields."""

    def __init__(self, backend: "WhooshBackend") -> None:
        self.backend = backend
        self.written = 0

    def index(self, documents: Iterable[IndexDocument]) -> int:
        n = self.backend._write(self.backend._ensure(), documents, fresh=False, merge=False)
        self.written += n
        return n

    def delete(self, ids: Iterable[str]) -> None:
        self.backend.delete(ids)


class WhooshBackend:
    """SearchBackend over a Whoosh index directory."""

    def __init__(self, index_dir: Path, page_loader: PageLoader | None = None) -> None:
        self.link = Path(index_dir)
        self.page_loader = page_loader
        self._lock = threading.Lock()
        self._ix = None
        self._ix_path: str | None = None
        self._pool: list = []  # type: ignore[type-arg]  # idle searchers of self._pool_ix
        self._pool_ix = None
        # Searchers hold open files (the index is read without memory maps): close the
        # idle ones when the backend goes away.
        weakref.finalize(self, _close_all, self._pool)

    def close(self) -> None:
        with self._lock:
            _close_all(self._pool)

    # ----------------------------------------------------------------- storage
    def status(self) -> dict[str, object]:
        """Health: {"ok", "error" (why not), "documents" (entries, every visibility)}."""
        try:
            with self._searcher() as s:
                return {"ok": True, "error": None, "documents": s.doc_count()}
        except IndexUnavailable as exc:
            return {"ok": False, "error": str(exc), "documents": None}

    def exists(self) -> bool:
        return self.link.exists() and any(self.link.glob("_MAIN_*.toc"))

    def _generation_dir(self) -> Path:
        stamp = time.strftime("%Y%m%d%H%M%S") + f"-{time.time_ns() % 1_000_000_000:09d}"
        return self.link.with_name(f"{self.link.name}-{stamp}")

    def _swap_to(self, generation: Path) -> None:
        """Point the index symlink at `generation` atomically; prune old generations."""
        tmp_link = self.link.with_name(f".{self.link.name}.swap-{os.getpid()}")
        tmp_link.unlink(missing_ok=True)
        os.symlink(generation.name, tmp_link)
        if self.link.exists() and not self.link.is_symlink():
            # A plain directory from an older layout: move it aside first.
            self.link.rename(self.link.with_name(f"{self.link.name}-legacy-{time.time_ns()}"))
        os.replace(tmp_link, self.link)
        generations = sorted(
            (p for p in self.link.parent.glob(f"{self.link.name}-*") if p.is_dir()),
            key=lambda p: p.stat().st_mtime,
        )
        # Keep the previous generation so open searchers finish undisturbed.
        for old in generations[:-KEEP_GENERATIONS]:
            if old.resolve() != generation.resolve():
                shutil.rmtree(old, ignore_errors=True)

    def create(self) -> None:
        """Create an empty index (a new generation) and make it current."""
        self.link.parent.mkdir(parents=True, exist_ok=True)
        gen = self._generation_dir()
        gen.mkdir(parents=True)
        _storage(str(gen)).create_index(make_schema())
        (gen / VERSION_FILE).write_text(SCHEMA_VERSION)
        self._swap_to(gen)

    @contextmanager
    def _searcher(self):  # type: ignore[no-untyped-def]
        """A searcher from a small pool: opening one reads every segment's term index
        (about 100 ms on a large archive), so idle searchers are kept, and replaced
        when the index has changed. A searcher serves one thread at a time."""
        ix = self._open()
        with self._lock:
            if self._pool_ix is not ix:
                _close_all(self._pool)
                self._pool_ix = ix
            searcher = self._pool.pop() if self._pool else None
        try:
            if searcher is None:
                searcher = whoosh_stats.attach(ix.searcher(weighting=_weighting()))
            elif not searcher.up_to_date():
                # Not Searcher.refresh(): Whoosh 2.7's reader reuse keeps the old reader's
                # segments, merged-away ones included, so counts come out wrong.
                searcher.close()
                searcher = whoosh_stats.attach(ix.searcher(weighting=_weighting()))
        except OSError as exc:  # files removed or damaged under a running process
            raise IndexUnavailable(f"the search index at {self.link} cannot be read ({exc}); "
                                   "run 'hrarchive index check --repair'") from exc
        try:
            yield searcher
        finally:
            with self._lock:
                if self._pool_ix is ix and len(self._pool) < SEARCHER_POOL:
                    self._pool.append(searcher)
                    searcher = None
            if searcher is not None:
                searcher.close()

    def _open(self):  # type: ignore[no-untyped-def]
        real = os.path.realpath(self.link)
        with self._lock:
            if not os.path.isdir(real):  # removed under a running process
                self._ix, self._ix_path = None, None
                raise IndexUnavailable(f"no search index at {self.link}; run 'hrarchive index check --repair'")
            if self._ix is None or self._ix_path != real:
                if not self.exists():
                    raise IndexUnavailable(
                        f"no search index at {self.link}; run 'hrarchive index rebuild'"
                    )
                version_file = Path(real) / VERSION_FILE
                version = version_file.read_text().strip() if version_file.exists() else "?"
                if version != SCHEMA_VERSION:
                    raise IndexUnavailable(
                        f"the search index at {self.link} was built by another version of hrarchive "
                        f"(index format {version}, this version writes {SCHEMA_VERSION}); "
                        "run 'hrarchive index rebuild'"
                    )
                try:
                    self._ix = _storage(real).open_index()
                except Exception as exc:  # whoosh raises many kinds on damaged files
                    raise IndexUnavailable(
                        f"the search index at {self.link} cannot be opened ({exc}); "
                        "run 'hrarchive index rebuild'"
                    ) from exc
                self._ix_path = real
            return self._ix

    def _ensure(self):  # type: ignore[no-untyped-def]
        """The index to write to. Never made here: a lost index is rebuilt from the
        record (`index check --repair`), not replaced by one holding a few documents."""
        return self._open()

    # ---------------------------------------------------------------- writing
    @staticmethod
    def _records(doc: IndexDocument, analysed: bool = True) -> Iterable[dict]:
        """The index record(s) of a document.

        With `analysed`, each page is tokenized and folded once and the text fields get
        `Analysed` token lists; without, they get strings for Whoosh's analyzers (the
        same postings, slower: kept as the reference the fast path is tested against).
        """
        lang = analysis.stem_language(doc.language)
        idents = {analysis.normalise_symbol(v) for v in (doc.symbol, *doc.identifiers) if v}
        record = dict(
            kind="doc", doc_id=doc.id, revision=doc.revision, title=doc.title or "",
            ident=_csv(sorted(idents)), symbol=doc.symbol or "",
            mechanism=doc.mechanism or "", body=doc.body or "", doc_type=doc.doc_type or "",
            mechbody=f"{doc.mechanism}/{doc.body}".replace(",", " ") if doc.mechanism and doc.body else "",
            language=_csv(doc.languages or ([doc.language] if doc.language else [])),
            country=_csv(doc.subject_countries), mentions=_csv(doc.countries), topic=_csv(doc.topics),
            topic_tree=_csv(dict.fromkeys(doc.topics + doc.broader_topics)),
            article=_csv(doc.articles), conclusion=_csv(doc.outcomes), finding=_csv(doc.findings),
            visibility=doc.visibility,
            date=doc.date or "", title_sort=analysis.fold(doc.title or "")[:200], added=doc.added or "",
        )
        if doc.year:
            record["year"] = doc.year
            record["year_facet"] = str(doc.year)
        tokenize, fold = analysis.TOKEN_RE.findall, analysis.fold_word
        raw = [tokenize(text) for _, text in doc.pages]
        # A hit's best pages are found from the positions of its matches in `text`: each
        # page's number and the position of its first word.
        record["pagemap"] = (tuple(n for n, _ in doc.pages),
                             tuple(accumulate((len(words) for words in raw[:-1]), initial=0))[:len(raw)])
        if not analysed:
            full_text = "\n".join(t for _, t in doc.pages)
            record["text"] = record["grams"] = full_text
            if lang:
                record[f"stem_{lang}"] = f"{doc.title or ''}\n{full_text}"
            yield record
            return
        folded = [list(map(fold, words)) for words in raw]
        record["text"] = record["grams"] = Analysed(chain.from_iterable(folded))
        if lang:
            source, stem = STEM_FROM[lang]
            words = [tokenize(doc.title or ""), *raw] if source == "raw" else \
                [list(map(fold, tokenize(doc.title or ""))), *folded]
            record[f"stem_{lang}"] = Analysed(map(stem, chain.from_iterable(words)))
        yield record

    def _write(self, ix, documents: Iterable[IndexDocument], *, fresh: bool, merge: bool = True) -> int:  # type: ignore[no-untyped-def]
        n = pages = 0
        w = _writer(ix)
        try:
            for doc in documents:
                if not fresh:
                    w.delete_by_term("doc_id", doc.id)
                for rec in self._records(doc):
                    w.add_document(**rec)
                n += 1
                pages += len(doc.pages)
                if pages >= SEGMENT_PAGES:  # bound the postings held in memory
                    w.commit(mergetype=_tiered_merge)
                    w, pages = _writer(ix), 0
        except BaseException:
            w.cancel()
            raise
        # Even when asked not to merge, merge by size tiers: every write opens all
        # segments to delete earlier versions of its documents, so a long import's
        # writes would otherwise grow slower and hungrier as it goes. A new index ends
        # as one segment.
        w.commit(optimize=fresh, mergetype=None if merge or fresh else _tiered_merge)
        return n

    def index(self, documents: Iterable[IndexDocument]) -> int:
        """Add or replace documents; returns how many were written."""
        return self._write(self._ensure(), documents, fresh=False)

    @contextmanager
    def bulk(self) -> Iterator["BulkWriter"]:
        """A writer for the many writes of an import: Whoosh merges small segments after
        almost every small write, costing more than the write; these writes merge by size
        tiers instead (codec._tiered_merge), and the small segments left are merged
        once, when the context ends without an error."""
        writer = BulkWriter(self)
        yield writer
        if writer.written and self.exists():
            _writer(self._open()).commit(merge=True)

    def delete(self, ids: Iterable[str]) -> None:
        ix = self._ensure()
        with ix.writer(timeout=60.0, codec=_codec()) as w:
            for doc_id in ids:
                w.delete_by_term("doc_id", doc_id)

    def rebuild(self, documents: Iterable[IndexDocument]) -> int:
        """Build a complete new index generation, then swap it in atomically."""
        self.link.parent.mkdir(parents=True, exist_ok=True)
        gen = self._generation_dir()
        gen.mkdir(parents=True)
        try:
            ix = _storage(str(gen)).create_index(make_schema())
            (gen / VERSION_FILE).write_text(SCHEMA_VERSION)
            n = self._write(ix, documents, fresh=True)
        except BaseException:
            shutil.rmtree(gen, ignore_errors=True)
            raise
        self._swap_to(gen)
        return n

    def indexed_revisions(self) -> dict[str, int]:
        """Public id -> revision of every document record in the index."""
        out: dict[str, int] = {}
        with self._searcher() as s:
            for fields in s.documents(kind="doc"):
                out[fields["doc_id"]] = fields.get("revision", 0)
        return out

    # ---------------------------------------------------------------- reading
    def search(self, query: SearchQuery) -> SearchResult:
        """Run `query`. Raises InvalidQuery for bad syntax, IndexUnavailable."""
        started = time.perf_counter()
        with self._searcher() as s:
            compiler = _Compiler(s, expand=query.expand, relaxed=query.relaxed)
            ast, read_as, q = compiler.read(query)
            filt, mask = compiler.filters(query)
            page, size = max(1, query.page), max(1, query.page_size)
            groupedby = {
                name: SegmentFacet(FACET_FIELDS[name]) for name in query.facets if name in FACET_FIELDS
            }
            sortedby = _sort_facet(query.sort)
            allow = _covered(s, compiler, _cached_docs(s, filt))
            results = None
            facets: dict[str, list[FacetCount]] = {name: [] for name in groupedby}
            # (Never hand Whoosh an empty allow-set: its collectors read an empty set as
            # "no filter", restricted documents included.)
            if allow:
                results = s.search(
                    q, filter=allow, mask=_cached_docs(s, mask) or None, limit=page * size, sortedby=sortedby,
                    groupedby=groupedby or None, maptype=sorting.Count, terms=False,
                )
                facets = _facet_counts(results, groupedby)
            # A facet chosen with `any` is counted without its own filter, so that its
            # other values stay visible and can be added (one search per such facet).
            for dropped, names in own_filters(query, groupedby).items():
                filt2, mask2 = compiler.filters(replace(query, filters={
                    k: v for k, v in query.filters.items() if k not in dropped}))
                allow2 = _covered(s, compiler, _cached_docs(s, filt2))
                if allow2:
                    again = s.search(q, filter=allow2, mask=_cached_docs(s, mask2) or None, limit=1,
                                     groupedby={n: groupedby[n] for n in names}, maptype=sorting.Count, terms=False)
                    facets.update(_facet_counts(again, names))
            if results is None:  # nothing passes the filters
                return SearchResult(total=0, hits=[], facets=facets, page=page,
                                    page_size=size, took_ms=(time.perf_counter() - started) * 1000,
                                    suggestion=None, expansions=list(compiler.expansions),
                                    read_as=read_as)
            total = len(results)
            hits: list[Hit] = []
            located: list[tuple[int, tuple]] = []  # (docnum, pagemap) of each hit
            for h in results[(page - 1) * size: page * size]:
                f = h.fields()
                located.append((h.docnum, f.get("pagemap") or ((), ())))
                hits.append(Hit(
                    id=f["doc_id"], title=f.get("title", ""),
                    # when sorted, Whoosh's "score" is the sort key, not a relevance score
                    score=float(h.score or 0.0) if sortedby is None else 0.0,
                    mechanism=f.get("mechanism") or None, body=f.get("body") or None,
                    doc_type=f.get("doc_type") or None,
                    language=(f.get("language") or "").split(",")[0] or None,
                    date=f.get("date") or None, symbol=f.get("symbol") or None,
                    topics=[t for t in (f.get("topic") or "").split(",") if t],
                    countries=[c for c in (f.get("mentions") or "").split(",") if c],
                    subject_countries=[c for c in (f.get("country") or "").split(",") if c],
                    added=f.get("added") or None,
                ))
            if query.snippets and hits:
                add_pages(s, compiler.expansions, ast, hits, located, self.page_loader)
        suggestion = None
        if total == 0 and query.text.strip() and not query.relaxed:  # (a relaxed search keeps the first's)
            with self._searcher() as searcher:
                suggestion = suggest(searcher, ast, filt, mask)
        return SearchResult(
            total=total, hits=hits, facets=facets, page=page, page_size=size,
            took_ms=(time.perf_counter() - started) * 1000, suggestion=suggestion,
            expansions=list(compiler.expansions), read_as=read_as,
        )

    def all_ids(self, query: SearchQuery) -> list[str]:
        """Public ids of every document matching `query`, in its sort order (no cap)."""
        with self._searcher() as s:
            compiler = _Compiler(s, expand=query.expand, relaxed=query.relaxed)
            _ast, _read_as, q = compiler.read(query)
            filt, mask = compiler.filters(query)
            sortedby = _sort_facet(query.sort)
            allow = _covered(s, compiler, _cached_docs(s, filt))
            if not allow:  # see search(): an empty allow-set would mean "no filter" to Whoosh
                return []
            results = s.search(q, filter=allow, mask=_cached_docs(s, mask) or None, limit=None,
                               sortedby=sortedby, terms=False)
            return [hit["doc_id"] for hit in results]

    def similar(self, doc_id: str, limit: int = 5, visibility: str | None = "public") -> list[Hit]:
        """Documents most like `doc_id` by the words of its first pages, itself excluded."""
        pages = self.page_loader([(doc_id, n) for n in range(1, SIMILAR_PAGES + 1)]) if self.page_loader else {}
        text = "\n".join(pages[k] for k in sorted(pages))[:SIMILAR_CHARS]
        if not text.strip():
            return []
        with self._searcher() as s:
            docnum = next(iter(s.document_numbers(doc_id=doc_id, kind="doc")), None)
            if docnum is None:
                return []
            filt = wq.And([wq.Term("kind", "doc")] + ([wq.Term("visibility", visibility)] if visibility else []))
            allow = _cached_docs(s, filt)
            if not allow:  # see search(): an empty allow-set would mean "no filter" to Whoosh
                return []
            hits = s.more_like(docnum, "text", text=text, top=limit, numterms=15, filter=allow)
            return [Hit(id=h["doc_id"], score=float(h.score or 0), title=h.get("title", ""),
                        mechanism=h.get("mechanism") or None, body=h.get("body") or None,
                        doc_type=h.get("doc_type") or None, language=None, date=h.get("date") or None,
                        symbol=h.get("symbol") or None) for h in hits if h["doc_id"] != doc_id]


def _facet_counts(results, names: Iterable[str]) -> dict[str, list[FacetCount]]:  # type: ignore[no-untyped-def]
    facets: dict[str, list[FacetCount]] = {}
    for name in names:
        items = [FacetCount(str(k), int(v)) for k, v in results.groups(name).items() if k not in (None, "")]
        if name == "year":
            items.sort(key=lambda fc: fc.value, reverse=True)
        else:
            items.sort(key=lambda fc: (-fc.count, fc.value))
        facets[name] = items[:MAX_FACET_VALUES]
    return facets
