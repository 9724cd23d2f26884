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

import bisect
import functools
import logging
import math
import operator
import os
import pickle
import shutil
import threading
import time
import weakref
from collections import Counter, defaultdict
from contextlib import contextmanager
from itertools import accumulate, chain, islice
from pathlib import Path
from typing import Callable, Iterable, Iterator

from whoosh import formats, scoring, sorting
from whoosh import query as wq
from whoosh.analysis import Filter, RegexTokenizer
from whoosh.codec.whoosh3 import W3Codec, W3PerDocReader, W3PostingsWriter
from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema
from whoosh.filedb.filestore import FileStorage
from whoosh.matching import ListMatcher, NullMatcher
from whoosh.reading import SegmentReader
from whoosh.system import pack_uint

from ..errors import IndexUnavailable, InvalidQuery
from . import analysis, expansion, querylang, whoosh_stats
from .base import (
    FacetCount,
    Hit,
    IndexDocument,
    PageHit,
    PageLoader,
    SearchQuery,
    SearchResult,
)
from .highlight import WordMatcher, make_snippet
from .segment_writer import BatchWriter, FieldWriter

log = logging.getLogger(__name__)

TITLE_BOOST = 4.0
EXPANSION_BOOST = 0.25  # a concept's terms in other languages rank below exact matches
EXACT_BOOST = 2.0
IDENT_BOOST = 20.0
BM25_B = 0.9  # see _weighting()
MAX_PAGES_PER_HIT = 3
MAX_FACET_VALUES = 300
KEEP_GENERATIONS = 2
SEARCHER_POOL = 4
FILTER_CACHE = 64  # filter document sets kept per searcher  # idle searchers kept open (one per concurrent request)
# Posting blocks are zlib-compressed (at this level) from this many postings or bytes on.
COMPRESS_POSTINGS, COMPRESS_BYTES, ZLIB_LEVEL = 16, 1024, 3
FANOUT = 4  # segments of one size tier merged together by writes that skip merging
LENGTHS_CACHED = 100_000  # (document, field) lengths a per-document reader remembers
# A writer holds its documents' postings in memory (about 21 KB per page of UN reports)
# until it commits; longer writes commit a segment every this many pages.
SEGMENT_PAGES = 4000
# Bumped whenever the schema or what is indexed changes: an index built by another
# version is reported as needing `hrarchive index rebuild` instead of misbehaving.
SCHEMA_VERSION = "9"
# "Did you mean": unknown words corrected per query, their length, the time for all of
# them, and words whose candidates are kept per index version (see _suggest).
SUGGEST_WORDS = 3
SUGGEST_MIN, SUGGEST_MAX = 3, 24
SUGGEST_SECONDS = 0.3
SUGGEST_CACHE = 2000
VERSION_FILE = "hrarchive-schema-version"


# Per-token functions the analyzers apply; filters name them (not hold them) so the
# schema Whoosh pickles into the index stays small and stable.
WORD_MAPS = {
    "fold": analysis.fold_word,  # Turkish-correct case folding plus diacritic folding
    "stem_en": analysis.english_stem_folded,  # Snowball English over folded tokens
    "stem_fr": analysis.french_stem_folded,  # Snowball French, then folded
    "prefix_tr": analysis.turkish_stem,  # Turkish "stemming" by prefix truncation
}


class WordMapFilter(Filter):
    """Replaces each token's text by WORD_MAPS[name] of it."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, tokens):  # type: ignore[no-untyped-def]
        convert = WORD_MAPS[self.name]
        for t in tokens:
            t.text = convert(t.text)
            yield t


class CommonGramsFilter(Filter):
    """Replaces the token stream by its common grams: each common word (analysis.is_common)
    paired with the word after it, at the position of the common word."""

    def __call__(self, tokens):  # type: ignore[no-untyped-def]
        prev: str | None = None
        prev_pos = 0
        for t in tokens:
            text, pos = t.text, t.pos
            if prev is not None:
                t.text, t.pos = analysis.common_gram(prev, text), prev_pos
                yield t
            prev, prev_pos = (text, pos) if analysis.is_common(text) else (None, 0)


def _tokenizer() -> RegexTokenizer:
    return RegexTokenizer(analysis.TOKEN_RE.pattern)


def exact_analyzer():  # type: ignore[no-untyped-def]
    return _tokenizer() | WordMapFilter("fold")


def grams_analyzer():  # type: ignore[no-untyped-def]
    return exact_analyzer() | CommonGramsFilter()


STEM_ANALYZERS = {
    "en": lambda: _tokenizer() | WordMapFilter("fold") | WordMapFilter("stem_en"),
    "fr": lambda: _tokenizer() | WordMapFilter("stem_fr"),
    "tr": lambda: _tokenizer() | WordMapFilter("fold") | WordMapFilter("prefix_tr"),
}

class Analysed(list):  # type: ignore[type-arg]
    """A field value whose tokens were already analysed (folded, stemmed) by `_records`.

    Whoosh analyses a string field by passing a Token object per word through a chain
    of generators, for every field again; the import tokenizes and folds each page once
    and hands the fields plain lists. The formats below turn such a list into exactly
    the postings Whoosh's own formats would (tested against the analyzer path).
    """


class FastPositions(formats.Positions):
    """Whoosh's Positions format, with a fast path for `Analysed` values."""

    def word_values(self, value, analyzer, **kwargs):  # type: ignore[no-untyped-def]
        if not isinstance(value, Analysed):
            return super().word_values(value, analyzer, **kwargs)
        poses: defaultdict[str, list[int]] = defaultdict(list)
        for i, word in enumerate(value):
            poses[word].append(i)
        return _positions_values(poses, self.field_boost)


def _positions_values(poses: dict[str, list[int]], field_boost: float) -> list:  # type: ignore[type-arg]
    """Whoosh's (term, frequency, weight, encoded value) for each term's positions, in
    the same bytes as Positions.encode: a count, then the pickled position deltas."""
    single = _single_position
    return [(term, 1, field_boost, single(pl[0])) if len(pl) == 1 else
            (term, len(pl), len(pl) * field_boost,
             pack_uint(len(pl)) + pickle.dumps(list(map(operator.sub, pl, [0] + pl[:-1])), 2))
            for term, pl in poses.items()]


@functools.lru_cache(maxsize=1 << 16)
def _single_position(pos: int) -> bytes:
    """The encoded value of a term that occurs once (most terms of a document)."""
    return pack_uint(1) + pickle.dumps([pos], 2)


class GramPositions(formats.Positions):
    """Positions of common grams; an `Analysed` value is the text's folded words (the
    same list the `text` field gets), the grams are formed here."""

    def word_values(self, value, analyzer, **kwargs):  # type: ignore[no-untyped-def]
        if not isinstance(value, Analysed):
            return super().word_values(value, analyzer, **kwargs)
        poses: defaultdict[str, list[int]] = defaultdict(list)
        for i, gram in analysis.common_grams(value):
            poses[gram].append(i)
        return _positions_values(poses, self.field_boost)


class FastFrequency(formats.Frequency):
    """Whoosh's Frequency format, with a fast path for `Analysed` values."""

    def word_values(self, value, analyzer, **kwargs):  # type: ignore[no-untyped-def]
        if not isinstance(value, Analysed):
            return super().word_values(value, analyzer, **kwargs)
        fb = self.field_boost
        return [(word, n, n * fb, pack_uint(n)) for word, n in Counter(value).items()]


def _text_field(analyzer, phrase: bool, **kwargs) -> TEXT:  # type: ignore[no-untyped-def]
    field = TEXT(analyzer=analyzer, phrase=phrase, **kwargs)
    field.format = (FastPositions if phrase else FastFrequency)(field_boost=field.format.field_boost)
    return field


def _grams_field() -> TEXT:
    # Never scored, but kept "scorable": Whoosh's segment writer looks for a length
    # column for every posting of a field without one (a file-system stat each time).
    field = TEXT(analyzer=grams_analyzer(), phrase=True)
    field.format = GramPositions(field_boost=field.format.field_boost)
    return field


def _block_compression(postings: int, value_bytes: int) -> int:
    """The zlib level for a block of postings (0: not compressed)."""
    return ZLIB_LEVEL if postings >= COMPRESS_POSTINGS or value_bytes >= COMPRESS_BYTES else 0


class _PostingsWriter(W3PostingsWriter):
    """Whoosh's postings writer, compressing only the blocks worth compressing.

    Whoosh runs zlib on every block of postings; most blocks hold one or two postings
    of a rare word or gram, where compressing costs more time (on writing and again on
    every read) than it saves space. Each block records whether it is compressed, so
    any Whoosh reader reads the result."""

    @property  # type: ignore[override]
    def _compression(self) -> int:
        return _block_compression(len(self._ids), sum(map(len, self._values)))

    @_compression.setter
    def _compression(self, value: int) -> None:
        pass  # decided per block, above


class _PerDocReader(W3PerDocReader):
    """Whoosh's per-document reader, remembering field lengths: writers ask for the
    length of a document's field once for every posting they write (Whoosh's for every
    posting, BatchWriter for those of merged segments)."""

    def __init__(self, storage, segment) -> None:  # type: ignore[no-untyped-def]
        super().__init__(storage, segment)
        self._lengths: dict[tuple[int, str, int], int] = {}

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> int:
        key = (docnum, fieldname, default)
        length = self._lengths.get(key)
        if length is None:
            if len(self._lengths) >= LENGTHS_CACHED:
                self._lengths.clear()
            length = self._lengths[key] = super().doc_field_length(docnum, fieldname, default)
        return length


class ArchiveCodec(W3Codec):
    """Whoosh's W3 codec with the postings writer and per-document reader above, and
    terms tables hashed with CRC32 (segment_writer.FieldWriter). Segments remember
    their codec, so this class must stay importable under this name; changing what it
    writes in a way the readers cannot tell from the files means a new SCHEMA_VERSION
    (the hash need not: each terms table names its own, and older MD5 tables are read
    as before)."""

    def per_document_reader(self, storage, segment):  # type: ignore[no-untyped-def]
        return _PerDocReader(storage, segment)

    def field_writer(self, storage, segment):  # type: ignore[no-untyped-def]
        return FieldWriter(self, storage, segment)

    def postings_writer(self, dbfile, byteids=False):  # type: ignore[no-untyped-def]
        return _PostingsWriter(dbfile, blocklimit=self._blocklimit, byteids=byteids,
                               compression=ZLIB_LEVEL, inlinelimit=self._inlinelimit)


def _codec():  # type: ignore[no-untyped-def]
    return ArchiveCodec()


def _close_all(searchers: list) -> None:  # type: ignore[type-arg]
    while searchers:
        searchers.pop().close()


def _storage(path: str) -> FileStorage:
    """The index folder at `path`, read without memory maps: through a map, Whoosh copies
    each segment file it opens into memory (a BytesIO over the mapped bytes), so every
    open searcher held a copy of the whole index (420 MB each for 52,857 pages) and every
    write a copy of all segments (it opens them to find the documents it replaces).
    Plain reads fetch only what is read, and were as fast in bench/search.py."""
    return FileStorage(path, supports_mmap=False)


def _writer(ix) -> BatchWriter:  # type: ignore[no-untyped-def]
    return BatchWriter(ix, compress=_block_compression, timeout=60.0, codec=_codec())


def _tier(documents: int) -> int:
    """A segment's size tier: 0 for 1-3 documents, 1 for 4-15, 2 for 16-63 (FANOUT 4)."""
    tier = 0
    while documents >= FANOUT:
        documents //= FANOUT
        tier += 1
    return tier


def _tiered_merge(writer, segments: list) -> list:  # type: ignore[no-untyped-def,type-arg]
    """Merge policy of writes that skip Whoosh's merging (imports, rebuilds).

    Segments are grouped in tiers by size; once the new segment and the segments of
    its tier or smaller number FANOUT, they are merged into it, which may fill the next
    tier up, and so on. Each document is rewritten once per tier it climbs (about
    log4 of the index size in documents), and each tier keeps at most FANOUT - 1
    segments. (Merging "the smallest few once there are too many" rewrites the same
    growing segment again and again: each document about writes/40 times.)
    """
    size = writer.docnum  # the new segment's documents
    remaining = list(segments)
    while True:
        tier = _tier(size)
        merged = [seg for seg in remaining if _tier(seg.doc_count_all()) <= tier]
        if len(merged) + 1 < FANOUT:
            return remaining
        for seg in merged:
            reader = SegmentReader(writer.storage, writer.schema, seg)
            writer.add_reader(reader)
            reader.close()
            size += seg.doc_count_all()
        remaining = [seg for seg in remaining if seg not in merged]


# How each stemmed field maps a page's tokens: (start from the raw or the folded
# tokens, the per-word stem function). Must agree with STEM_ANALYZERS.
STEM_FROM: dict[str, tuple[str, Callable[[str], str]]] = {
    "en": ("folded", analysis.english_stem_folded),
    "fr": ("raw", analysis.french_stem_folded),
    "tr": ("folded", analysis.turkish_stem),
}


MULTI_VALUED = {"language", "country", "mentions", "topic", "article", "conclusion", "finding"}
FACET_FIELDS = {
    "mechanism": "mechanism", "body": "body", "doc_type": "doc_type", "language": "language",
    "topic": "topic", "country": "country", "mentions": "mentions", "article": "article",
    "conclusion": "conclusion", "finding": "finding", "year": "year_facet",
    # "mechanism/body" pairs, for the mechanism -> body tree (not a filter)
    "mechanism_body": "mechbody",
}


def make_schema() -> Schema:
    kw = dict(commas=True, scorable=False, lowercase=False)
    return Schema(
        kind=ID(),
        doc_id=ID(stored=True),
        # page numbers and the word position each page starts at, for choosing best pages
        pagemap=STORED(),
        revision=NUMERIC(int, stored=True),
        title=TEXT(analyzer=exact_analyzer(), phrase=True, stored=True),
        text=_text_field(exact_analyzer(), phrase=True),
        # common grams of `text`, for checking phrases with frequent words (never scored)
        grams=_grams_field(),
        stem_en=_text_field(STEM_ANALYZERS["en"](), phrase=False),
        stem_fr=_text_field(STEM_ANALYZERS["fr"](), phrase=False),
        stem_tr=_text_field(STEM_ANALYZERS["tr"](), phrase=False),
        ident=KEYWORD(**kw),
        symbol=ID(stored=True),
        mechanism=KEYWORD(stored=True, **kw),
        body=KEYWORD(stored=True, **kw),
        doc_type=KEYWORD(stored=True, **kw),
        language=KEYWORD(stored=True, **kw),
        country=KEYWORD(stored=True, **kw),  # subject countries
        mentions=KEYWORD(stored=True, **kw),  # every country named
        article=KEYWORD(**kw),
        conclusion=KEYWORD(**kw),
        finding=KEYWORD(**kw),
        topic=KEYWORD(stored=True, **kw),
        mechbody=KEYWORD(**kw),
        visibility=ID(),
        year=NUMERIC(int),
        year_facet=KEYWORD(**kw),
        date=ID(stored=True, sortable=True),
        title_sort=ID(sortable=True),
    )


def _csv(values: Iterable[str | None]) -> str:
    return ",".join(v.replace(",", " ") for v in values if v)


def _weighting():  # type: ignore[no-untyped-def]
    # BM25 with a length normalisation a little stronger than the usual 0.75: the
    # archive mixes one-page news items with 200-page reports, and a long report that
    # mentions a word in passing should not outrank the document about it.
    return whoosh_stats.PublicBM25F(B=BM25_B, K1=1.2)


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
            article=_csv(doc.articles), conclusion=_csv(doc.outcomes), finding=_csv(doc.findings),
            visibility=doc.visibility,
            date=doc.date or "", title_sort=analysis.fold(doc.title or "")[:200],
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

    def index(self, documents: Iterable[IndexDocument], merge: bool = True) -> int:
        """Add or replace documents; returns how many were written.

        `merge=False` replaces Whoosh's merging (which merges small segments after
        almost every small batch, costing more than the batch) with merging by size
        tiers (`_tiered_merge`): for the many writes of a bulk import.
        """
        return self._write(self._ensure(), documents, fresh=False, merge=merge)

    def tidy(self) -> None:
        """Merge small segments (after a bulk import wrote many small batches)."""
        if self.exists():
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
            compiler = _Compiler(s, expand=query.expand)
            ast, read_as, q = compiler.read(query)
            filt, mask = compiler.filters(query)
            page, size = max(1, query.page), max(1, query.page_size)
            groupedby = {
                name: sorting.FieldFacet(FACET_FIELDS[name], allow_overlap=name in MULTI_VALUED)
                for name in query.facets if name in FACET_FIELDS
            }
            sortedby = _sort_facet(query.sort)
            allow = _cached_docs(s, filt)
            if not allow:
                # Nothing passes the filters. (Never hand Whoosh an empty allow-set: its
                # collectors read an empty set as "no filter", restricted documents included.)
                return SearchResult(total=0, hits=[], facets={name: [] for name in groupedby}, page=page,
                                    page_size=size, took_ms=(time.perf_counter() - started) * 1000,
                                    suggestion=None, expansions=[e.to_dict() for e in compiler.expansions],
                                    read_as=read_as)
            results = s.search(
                q, filter=allow, mask=_cached_docs(s, mask) or None, limit=page * size, sortedby=sortedby,
                groupedby=groupedby or None, maptype=sorting.Count, terms=False,
            )
            total = len(results)
            facets: dict[str, list[FacetCount]] = {}
            for name in groupedby:
                counts = results.groups(name)
                items = [FacetCount(str(k), int(v)) for k, v in counts.items() if k not in (None, "")]
                if name == "year":
                    items.sort(key=lambda fc: fc.value, reverse=True)
                else:
                    items.sort(key=lambda fc: (-fc.count, fc.value))
                facets[name] = items[:MAX_FACET_VALUES]
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
                ))
            if query.snippets and hits:
                self._add_pages(s, compiler, ast, hits, located)
        suggestion = None
        if total == 0 and query.text.strip():
            suggestion = self._suggest(ast, filt, mask)
        return SearchResult(
            total=total, hits=hits, facets=facets, page=page, page_size=size,
            took_ms=(time.perf_counter() - started) * 1000, suggestion=suggestion,
            expansions=[e.to_dict() for e in compiler.expansions], read_as=read_as,
        )

    def _add_pages(self, s, compiler: "_Compiler", ast: querylang.Node, hits: list[Hit],  # type: ignore[no-untyped-def]
                   located: list[tuple[int, tuple]]) -> None:
        """Give each hit its best pages (up to MAX_PAGES_PER_HIT) with snippets.

        The positions of the query's words (and phrases) in the hit's text say on
        which pages they stand; pages are ranked by how many of the query's parts they
        hold, then by a saturated, idf-weighted count of matches.
        """
        leaves = querylang.positive_leaves(ast)
        if not leaves:
            return
        for exp in compiler.expansions:
            for term in exp.added:
                leaves.append(querylang.Term(term.rstrip("*"), None, term.endswith("*")) if " " not in term.strip()
                              else querylang.Phrase(term))
        reader = s.reader()
        total = max(1, reader.doc_count())
        specs = [spec for spec in (_LeafPositions.of(reader, leaf) for leaf in leaves) if spec]
        order = sorted(range(len(hits)), key=lambda i: located[i][0])  # postings only move forward
        found: dict[int, list[list[int]]] = {i: [] for i in order}
        for spec in specs:
            cursor = spec.cursor(reader)
            for i in order:
                found[i].append(cursor(located[i][0]))
        weights = [math.log(1 + total / (1 + spec.doc_frequency(reader))) for spec in specs]
        best: dict[str, list[int]] = {}
        for i, h in enumerate(hits):
            numbers, starts = located[i][1]
            per_page: dict[int, list[int]] = defaultdict(lambda: [0] * len(specs))
            for k, positions in enumerate(found[i]):
                for p in positions:
                    per_page[bisect.bisect_right(starts, p) - 1][k] += 1
            ranked = sorted(
                (page for page in per_page if 0 <= page < len(numbers)),
                key=lambda page: (-sum(1 for c in per_page[page] if c),
                                  -sum(w * c / (c + 1.2) for w, c in zip(weights, per_page[page])), page))
            best[h.id] = [numbers[page] for page in ranked[:MAX_PAGES_PER_HIT]]
        wanted = [(doc_id, n) for doc_id, ns in best.items() for n in ns]
        texts = self.page_loader(wanted) if (self.page_loader and wanted) else {}
        matcher = WordMatcher.from_leaves(leaves)
        for h in hits:
            h.pages = [PageHit(n, make_snippet(texts.get((h.id, n), ""), matcher)) for n in best[h.id]]

    def all_ids(self, query: SearchQuery) -> list[str]:
        """Public ids of every document matching `query`, in its sort order (no cap)."""
        with self._searcher() as s:
            compiler = _Compiler(s, expand=query.expand)
            _ast, _read_as, q = compiler.read(query)
            filt, mask = compiler.filters(query)
            sortedby = _sort_facet(query.sort)
            allow = _cached_docs(s, filt)
            if not allow:  # see search(): an empty allow-set would mean "no filter" to Whoosh
                return []
            results = s.search(q, filter=allow, mask=_cached_docs(s, mask) or None, limit=None,
                               sortedby=sortedby, terms=False)
            return [hit["doc_id"] for hit in results]

    def more_like(self, doc_id: str, text: str, limit: int = 5, visibility: str | None = "public") -> list[Hit]:
        """Documents whose text is most like `text` (the document's own), itself excluded."""
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

    def _suggest(self, ast: querylang.Node, filt, mask) -> str | None:  # type: ignore[no-untyped-def]
        """A 'did you mean' built from the index's own vocabulary, or None.

        A word is only suggested if a document the searcher may see (the same
        visibility and filters) contains it: the lexicon holds restricted documents'
        words too, and a suggestion must not reveal them.

        Bounded, since every unknown word costs a walk of the lexicon (0.15-0.35 s on a
        few hundred reports): only when the query found nothing (the caller), only for
        the first SUGGEST_WORDS unknown words of SUGGEST_MIN to SUGGEST_MAX letters,
        within SUGGEST_SECONDS, and each word's candidates are kept per index version.
        """
        leaves = [l for l in querylang.positive_leaves(ast) if isinstance(l, querylang.Term) and not l.prefix]
        if not leaves:
            return None
        deadline = time.perf_counter() + SUGGEST_SECONDS
        with self._searcher() as s:
            cache = s.__dict__.setdefault("_hrarchive_suggestions", {})
            corrector = s.corrector("text")
            changed = False
            tried = 0
            out = []
            for leaf in leaves:
                w = analysis.fold(leaf.text)
                if (tried < SUGGEST_WORDS and time.perf_counter() < deadline and w.isalpha()
                        and SUGGEST_MIN <= len(w) <= SUGGEST_MAX and s.doc_frequency("text", w) == 0):
                    tried += 1
                    if w not in cache:
                        if len(cache) >= SUGGEST_CACHE:
                            cache.clear()
                        cache[w] = corrector.suggest(w, limit=5, maxdist=1 if len(w) <= 5 else 2)
                    visible = [c for c in cache[w]
                               if not s.search(wq.Term("text", c), filter=filt, mask=mask, limit=1,
                                               scored=False).is_empty()]
                    if visible:
                        out.append(visible[0])
                        changed = True
                        continue
                out.append(leaf.text)
        return " ".join(out) if changed else None


def _is_function_term(node: querylang.Node) -> bool:
    """A plain query word that is a function word ("to", "for", "ve", "de")."""
    if not isinstance(node, querylang.Term) or node.field is not None or node.prefix:
        return False
    words = analysis.words(node.text)
    return len(words) == 1 and analysis.is_function_word(words[0])


def in_sequence(position_lists: list[list[int]], slop: int) -> bool:
    """Whether the words occur in order, each within `slop` positions after the one before
    (slop 1: adjacent), given each word's sorted positions in one document."""
    ends = position_lists[0]
    for following in position_lists[1:]:
        if slop <= 1:
            if len(ends) <= len(following):
                present = set(following)
                ends = [p + 1 for p in ends if p + 1 in present]
            else:
                previous = set(ends)
                ends = [q for q in following if q - 1 in previous]
        elif len(ends) * 4 < len(following):
            # few places to continue from: look up the window after each by bisection
            reached: set[int] = set()
            for p in ends:
                i = bisect.bisect_right(following, p)
                while i < len(following) and following[i] <= p + slop:
                    reached.add(following[i])
                    i += 1
            ends = sorted(reached)
        else:
            ends = [q for q in following
                    if (i := bisect.bisect_left(ends, q - slop)) < len(ends) and ends[i] < q]
        if not ends:
            return False
    return True


def _sort_facet(sort: str):  # type: ignore[no-untyped-def]
    """The Whoosh sort for a SearchQuery.sort value; None sorts by relevance."""
    return {
        "newest": sorting.FieldFacet("date", reverse=True),
        "oldest": sorting.FieldFacet("date"),
        "title": sorting.FieldFacet("title_sort"),
    }.get(sort)


def _cached_docs(searcher, query):  # type: ignore[no-untyped-def]
    """The documents a filter query allows, computed once per searcher (filters repeat
    from search to search: visibility, a mechanism, a year range); the pooled searcher
    is replaced, cache and all, when the index changes."""
    if query is None:
        return None
    cache = searcher.__dict__.setdefault("_hrarchive_filters", {})
    key = repr(query)
    docs = cache.get(key)
    if docs is None:
        if len(cache) >= FILTER_CACHE:
            cache.clear()
        docs = cache[key] = searcher._filter_to_comb(query)
    return docs


def _contains(sorted_values: list[int], value: int) -> bool:
    i = bisect.bisect_left(sorted_values, value)
    return i < len(sorted_values) and sorted_values[i] == value


class FastPhrase(wq.Phrase):
    """Whoosh's Phrase with the same results, matched on plain position lists.

    Whoosh checks a phrase by building a span object per position of every word, which
    for phrases with common words ("freedom of expression") means hundreds of thousands of
    objects per query on a large archive. Here an exact phrase is checked on the fewest,
    rarest position lists (see _exact); a proximity query takes the documents holding
    all its words from an And of their terms (scored the same way) and checks each by
    bisection over its position lists.
    """

    def matcher(self, searcher, context=None):  # type: ignore[no-untyped-def]
        words = list(self.words)
        if len(words) < 2:
            return super().matcher(searcher, context)
        reader = searcher.reader()
        unique = list(dict.fromkeys(words))
        if any((self.fieldname, w) not in reader for w in unique):
            return NullMatcher()
        if self.slop <= 1:
            return self._exact(searcher, words)
        both = wq.And([wq.Term(self.fieldname, w) for w in unique]).matcher(searcher, context)
        postings = {w: reader.postings(self.fieldname, w) for w in unique}
        fast = _decodes_fast(searcher.schema, self.fieldname)
        ids: list[int] = []
        weights: list[float] = []
        while both.is_active():
            docnum = both.id()
            for m in postings.values():
                m.skip_to(docnum)
            if in_sequence([_positions(postings[w], fast) for w in words], self.slop):
                ids.append(docnum)
                weights.append(both.score() * self.boost)
            both.next()
        return ListMatcher(ids, weights) if ids else NullMatcher()

    def _exact(self, searcher, words: list[str]):  # type: ignore[no-untyped-def]
        """An exact phrase, checked on the fewest, rarest position lists: in `text`, common
        grams for a common word and the next, single words elsewhere (see _gram_cover).

        Scored as BM25 of the phrase itself (how often it occurs, in how long a text,
        weighted by the idf of its words) rather than of its words one by one: a report
        full of "of" and "the" does not outrank one about "the rights of the child", and
        the postings of the common words are never read."""
        reader, field = searcher.reader(), self.fieldname
        cover = _Cover.of(reader, field, words)
        if cover is None:
            return NullMatcher()
        ids: list[int] = []
        weights: list[float] = []
        idf = sum(searcher.idf(field, w) for w in set(words)) * self.boost
        # of the whole index's public documents (a segment's searcher would divide the
        # index's total length by its own document count; see whoosh_stats)
        avg_length = whoosh_stats.public_avg_field_length(searcher, field) or 1.0
        weighting = searcher.weighting
        b, k1 = getattr(weighting, "B", BM25_B), getattr(weighting, "K1", 1.2)
        for docnum in _intersect(cover.rarest_first()):
            starts = cover.starts()
            if starts:
                ids.append(docnum)
                weights.append(scoring.bm25(idf, len(starts), reader.doc_field_length(docnum, field, 1),
                                            avg_length, b, k1))
        return ListMatcher(ids, weights) if ids else NullMatcher()


def _gram_cover(reader, field: str, words: list[str]) -> list[tuple[str, str, int]] | None:  # type: ignore[no-untyped-def]
    """The (field, term, offset) lists that together place every word of a phrase in
    `field`.

    A common word and the word after it in `text` are indexed as a gram in `grams`;
    every word also as itself (other fields have no grams). Of the ways to cover the
    phrase with grams and words, the one with the fewest stored positions is taken
    ("rights of the child": `rights`, `of the`, `the child`; never `of` or `the`
    alone). None when one of the phrase's grams is nowhere in the index: then neither
    is the phrase."""
    n = len(words)
    has_grams = field == "text" and "grams" in reader.schema
    grams = dict(analysis.common_grams(words)) if has_grams else {}
    if any(("grams", gram) not in reader for gram in grams.values()):
        return None
    # best[k]: the cheapest (cost, items) placing words 0..k-1
    best: list[tuple[float, list[tuple[str, str, int]]]] = [(math.inf, [])] * (n + 1)
    best[0] = (0, [])
    for k in range(n):
        cost, items = best[k]
        options = [(k + 1, (field, words[k], k))]
        if k in grams:
            options.append((k + 2, ("grams", grams[k], k)))
        if k - 1 in grams:  # overlapping the pair before
            options.append((k + 1, ("grams", grams[k - 1], k - 1)))
        for nk, item in options:
            c = cost + reader.frequency(item[0], item[1])
            if c < best[nk][0]:
                best[nk] = (c, [*items, item])
    return best[n][1]


class _Cover:
    """The postings of a phrase's cover (see _gram_cover), and where the phrase starts
    in the document they all stand on."""

    def __init__(self, reader, cover: list[tuple[str, str, int]]) -> None:  # type: ignore[no-untyped-def]
        fast = {f: _decodes_fast(reader.schema, f) for f in {f for f, _, _ in cover}}
        self.parts = [reader.postings(f, term) for f, term, _ in cover]
        self.fast = [fast[f] for f, _, _ in cover]
        self.offsets = [offset for _, _, offset in cover]
        self.frequencies = [reader.doc_frequency(f, term) for f, term, _ in cover]

    @classmethod
    def of(cls, reader, field: str, words: list[str]) -> "_Cover | None":  # type: ignore[no-untyped-def]
        cover = _gram_cover(reader, field, words)
        return None if cover is None else cls(reader, cover)

    def rarest_first(self) -> list:  # type: ignore[type-arg]
        return [m for _, m in sorted(zip(self.frequencies, self.parts), key=operator.itemgetter(0))]

    def starts(self) -> list[int]:
        # start from the part that is rarest in this document
        order = sorted(range(len(self.parts)), key=lambda k: self.parts[k].weight())
        return _phrase_starts(lambda k: _positions(self.parts[k], self.fast[k]), order, self.offsets)


def _intersect(matchers: list) -> Iterator[int]:  # type: ignore[type-arg]
    """The document numbers all `matchers` share, in order (they are left on each)."""
    lead, rest = matchers[0], matchers[1:]
    while lead.is_active():
        docnum = lead.id()
        for m in rest:
            if m.is_active() and m.id() < docnum:
                m.skip_to(docnum)
            if not m.is_active():
                return
            if m.id() > docnum:
                lead.skip_to(m.id())
                break
        else:
            yield docnum
            lead.next()


def _decodes_fast(schema, field: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether `field` stores Whoosh's plain Positions encoding (see _positions)."""
    return type(schema[field].format) in (formats.Positions, FastPositions)


def _phrase_starts(positions: Callable[[int], list[int]], order: Iterable[int],
                   offsets: list[int] | None = None) -> list[int]:
    """Where a phrase starts: its part i must stand at start + offsets[i] (word i: at
    start + i, the default).

    `positions(i)` gives part i's sorted positions; parts are taken in `order` (rarest
    first), and no further list is read once no start is left."""
    starts: list[int] | None = None
    for i in order:
        pos = positions(i)
        o = i if offsets is None else offsets[i]
        starts = [p - o for p in pos] if starts is None else [st for st in starts if _contains(pos, st + o)]
        if not starts:
            return []
    return starts or []


def _positions(m, fast: bool) -> list[int]:  # type: ignore[no-untyped-def]
    """The positions of the current posting of matcher `m` on a Positions field.

    Whoosh's Positions format is a count and pickled deltas; its own decoder sums them
    in a Python loop, the bottleneck for common words ("of", "the")."""
    if not fast:
        return m.value_as("positions")  # type: ignore[no-any-return]
    raw = m.value()
    return list(accumulate(pickle.loads(raw[4:] if raw.endswith(b".") else raw[4:] + b".")))


MAX_VARIANTS = 200  # word forms of the text field looked at per query word


def _expand(reader, prefix: str) -> Iterator[str]:  # type: ignore[no-untyped-def]
    return (t.decode("utf-8") if isinstance(t, bytes) else t for t in reader.expand_prefix("text", prefix))


class _LeafPositions:
    """Where a query leaf matches in a document's `text` field: the word forms (of the
    index's own vocabulary) each of its words stands for, and the positions they take."""

    def __init__(self, forms: list[set[str]], slop: int) -> None:
        self.forms, self.slop = forms, slop

    def __bool__(self) -> bool:
        return bool(self.forms) and all(self.forms)

    @classmethod
    def of(cls, reader, leaf: querylang.Term | querylang.Phrase) -> "_LeafPositions":  # type: ignore[no-untyped-def]
        raw_words = [t for _, _, t in analysis.tokenize(analysis.fold_safe(leaf.text))]
        if isinstance(leaf, querylang.Term) and leaf.prefix and raw_words:
            prefix = analysis.fold_word(raw_words[-1])
            forms = [set(analysis.synonyms(analysis.fold_word(w))) for w in raw_words[:-1]]
            forms.append(set(islice(_expand(reader, prefix), MAX_VARIANTS)))
            return cls(forms, slop=1)
        stemmed = isinstance(leaf, querylang.Term)
        forms = [cls._forms(reader, raw, stemmed) for raw in raw_words]
        slop = leaf.slop + 1 if isinstance(leaf, querylang.Phrase) else 1
        return cls(forms, slop)

    @staticmethod
    def _forms(reader, raw: str, stemmed: bool) -> set[str]:  # type: ignore[no-untyped-def]
        """The folded word, its synonyms and, for a plain term, the forms that share
        one of its stems (`custody` -> `custodies`, `gözaltı` -> `gözaltına`)."""
        folded = analysis.fold_word(raw)
        forms = {w for w in analysis.synonyms(folded) if ("text", w) in reader}
        if not stemmed:
            return forms
        stems = {lang: analysis.stem(folded, lang) for lang in analysis.STEM_LANGUAGES}
        prefix = os.path.commonprefix([folded, *stems.values()])
        if len(prefix) < 3:
            return forms
        for form in islice(_expand(reader, prefix), MAX_VARIANTS):
            if any(analysis.stem(form, lang) == st for lang, st in stems.items()):
                forms.add(form)
        return forms

    def doc_frequency(self, reader) -> int:  # type: ignore[no-untyped-def]
        return min(max(reader.doc_frequency("text", f) for f in forms) for forms in self.forms)

    def cursor(self, reader):  # type: ignore[no-untyped-def]
        """A function docnum -> match positions, for increasing docnums."""
        if self.slop <= 1 and len(self.forms) > 1 and all(len(f) == 1 for f in self.forms):
            return self._phrase_cursor(reader, [next(iter(f)) for f in self.forms])
        fast = _decodes_fast(reader.schema, "text")
        matchers = [[reader.postings("text", f) for f in forms] for forms in self.forms]

        def word_positions(ms, docnum: int) -> list[int]:  # type: ignore[no-untyped-def]
            out: list[int] = []
            for m in ms:
                if m.is_active():
                    m.skip_to(docnum)
                    if m.is_active() and m.id() == docnum:
                        out.extend(_positions(m, fast))
            return sorted(out) if len(ms) > 1 else out

        def at(docnum: int) -> list[int]:
            lists = [word_positions(ms, docnum) for ms in matchers]
            if len(lists) == 1:
                return lists[0]
            if not all(lists):
                return []
            if self.slop <= 1:  # the positions where the whole phrase starts
                return _phrase_starts(lists.__getitem__, sorted(range(len(lists)), key=lambda i: len(lists[i])))
            # a proximity match: where its rarest word stands
            return min(lists, key=len) if in_sequence(lists, self.slop) else []

        return at

    @staticmethod
    def _phrase_cursor(reader, words: list[str]):  # type: ignore[no-untyped-def]
        """cursor() for an exact phrase of single word forms: checked as FastPhrase does."""
        cover = _Cover.of(reader, "text", words)
        if cover is None:
            return lambda docnum: []

        def at(docnum: int) -> list[int]:
            for m in cover.parts:
                if m.is_active() and m.id() < docnum:
                    m.skip_to(docnum)
                if not m.is_active() or m.id() != docnum:
                    return []
            return cover.starts()

        return at


class _Compiler:
    """Turns the query AST into Whoosh query objects for one searcher."""

    def __init__(self, searcher, expand: bool = False) -> None:  # type: ignore[no-untyped-def]
        self.s = searcher
        self._lexicons: dict[str, dict[str, list[str]]] = {}
        self.expand = expand
        self.expansions: list[expansion.Expansion] = []

    def _expanded(self, node, compiled):  # type: ignore[no-untyped-def]
        """`compiled` OR the concept's terms in the other languages (low boost)."""
        if not self.expand or node.field not in (None, "text"):
            return compiled
        if isinstance(node, querylang.Term) and node.prefix:
            return compiled
        exp = expansion.expand(node.text)
        if exp is None:
            return compiled
        if exp not in self.expansions:
            self.expansions.append(exp)
        extra = []
        for term in exp.added:
            ws = analysis.words(term.rstrip("*"))
            if not ws:
                continue
            if len(ws) == 1:
                cls = wq.Prefix if term.endswith("*") else wq.Term
                extra.append(cls("text", ws[0], boost=EXPANSION_BOOST))
            else:
                extra.append(FastPhrase("text", ws, boost=EXPANSION_BOOST))
        return wq.Or([compiled, *extra]) if extra else compiled

    def _keyword_values(self, field: str, value: str) -> list[str]:
        """Indexed values of a keyword field equal to `value` up to case and accents."""
        if field not in self._lexicons:
            table: dict[str, list[str]] = {}
            for raw in self.s.lexicon(field):
                term = raw.decode("utf-8") if isinstance(raw, bytes) else raw
                table.setdefault(analysis.fold(term), []).append(term)
            self._lexicons[field] = table
        return self._lexicons[field].get(analysis.fold(value), [value])

    def _and_children(self, children: list[querylang.Node]) -> list:  # type: ignore[type-arg]
        """Compile AND-ed children; runs of plain words that name a thesaurus concept
        (`violence against women`, `olağanüstü hal`) are also expanded as a whole."""
        out = []
        i = 0
        while i < len(children):
            done = False
            if self.expand:
                for j in range(min(len(children), i + expansion.max_words()), i + 1, -1):
                    run = children[i:j]
                    if all(isinstance(c, querylang.Term) and c.field is None and not c.prefix for c in run):
                        text = " ".join(c.text for c in run)  # type: ignore[union-attr]
                        phrase = querylang.Phrase(text, None, 0, run[0].pos)  # type: ignore[union-attr]
                        expanded = self._expanded(phrase, wq.NullQuery)
                        if expanded is not wq.NullQuery:
                            words = wq.And([self.compile(c) for c in run])
                            out.append(wq.Or([words, *expanded.subqueries[1:]]))
                            i, done = j, True
                            break
            if not done:
                out.append(self.compile(children[i]))
                i += 1
        return out

    def read(self, query: SearchQuery):  # type: ignore[no-untyped-def]
        """(query tree, how it was read or None, compiled query) of `query.text`: strictly
        parsed (InvalidQuery) when `query.strict`, else read leniently (querylang.read),
        and a tree the analysis leaves without words searched as the text's words."""
        if query.strict:
            ast = querylang.parse(query.text)
            return ast, None, self.compile(ast)
        ast, read_as = querylang.read(query.text)
        try:
            return ast, read_as, self.compile(ast)
        except InvalidQuery:
            words = [querylang.Term(w) for w in analysis.words(query.text)]
            ast = querylang.And(tuple(words)) if len(words) > 1 else words[0] if words else querylang.MatchAll()
            return ast, querylang.render(ast), self.compile(ast)

    def compile(self, node: querylang.Node):  # type: ignore[no-untyped-def]
        if isinstance(node, querylang.MatchAll):
            return wq.Every()
        if isinstance(node, querylang.And):
            if node.explicit:
                return wq.And(self._and_children(list(node.children)))
            content = [c for c in node.children if not _is_function_term(c)]
            if not content or len(content) == len(node.children):
                return wq.And(self._and_children(list(node.children)))
            # function words do not decide a query of several words: they only rank
            required = self._and_children(content)
            optional = [self.compile(c) for c in node.children if _is_function_term(c)]
            return wq.AndMaybe(wq.And(required) if len(required) > 1 else required[0],
                               wq.Or(optional) if len(optional) > 1 else optional[0])
        if isinstance(node, querylang.Or):
            return wq.Or([self.compile(c) for c in node.children])
        if isinstance(node, querylang.Not):
            # NOT excludes what the word finds, expansions included: NOT x == all - x
            return wq.And([wq.Every(), wq.Not(self.compile(node.child))])
        if isinstance(node, querylang.YearRange):
            return wq.NumericRange("year", node.start, node.end)
        if isinstance(node, querylang.Phrase):
            return self._phrase(node)  # quotes mean exact: no thesaurus, no synonyms
        return self._expanded(node, self._term(node))

    def _phrase(self, node: querylang.Phrase):  # type: ignore[no-untyped-def]
        ws = analysis.words(node.text)
        if not ws:
            raise InvalidQuery("the phrase has no words to search for", node.pos)
        if node.field in FACET_FIELDS or node.field == "symbol":
            return self._term(querylang.Term(node.text, node.field, False, node.pos))
        fields = ["title"] if node.field == "title" else ["text"] if node.field == "text" else ["text", "title"]
        parts = []
        for f in fields:
            boost = TITLE_BOOST if f == "title" else EXACT_BOOST
            if len(ws) == 1:
                parts.append(wq.Term(f, ws[0], boost=boost))
            else:
                parts.append(FastPhrase(f, ws, slop=node.slop + 1, boost=boost))
        return parts[0] if len(parts) == 1 else wq.Or(parts)

    def _term(self, node: querylang.Term):  # type: ignore[no-untyped-def]
        field = node.field
        if field in FACET_FIELDS:
            if field == "year":  # handled as YearRange by the parser
                raise InvalidQuery("year: takes a year or a range", node.pos)
            fname = FACET_FIELDS[field]
            if node.prefix:
                return wq.Prefix(fname, node.text)
            values = self._keyword_values(fname, node.text)
            return wq.Or([wq.Term(fname, v) for v in values]) if len(values) > 1 else wq.Term(fname, values[0])
        if field == "symbol":
            norm = analysis.normalise_symbol(node.text)
            return wq.Prefix("ident", norm) if node.prefix else wq.Term("ident", norm)
        ws = analysis.words(node.text)
        if not ws:
            raise InvalidQuery(f"{node.text!r} has no words to search for", node.pos)
        title_only = field == "title"
        text_fields = ["title"] if title_only else (["text"] if field == "text" else ["text", "title"])
        parts: list = []
        if node.prefix:
            for f in text_fields:
                parts.append(wq.Prefix(f, ws[-1] if len(ws) == 1 else " ".join(ws),
                                       boost=TITLE_BOOST if f == "title" else 1.0))
            return parts[0] if len(parts) == 1 else wq.Or(parts)
        if len(ws) > 1:
            # An identifier or a hyphenated/apostrophised word: its words in sequence.
            for f in text_fields:
                parts.append(FastPhrase(f, ws, boost=TITLE_BOOST if f == "title" else EXACT_BOOST))
        else:
            for syn in analysis.synonyms(ws[0]):
                for f in text_fields:
                    parts.append(wq.Term(f, syn, boost=TITLE_BOOST if f == "title" else EXACT_BOOST))
            if not title_only:
                raw = analysis.fold_safe(node.text)
                for lang in analysis.STEM_LANGUAGES:
                    parts.append(wq.Term(f"stem_{lang}", analysis.stem(raw, lang)))
        if field is None and any(c.isdigit() for c in node.text):
            parts.append(wq.Term("ident", analysis.normalise_symbol(node.text), boost=IDENT_BOOST))
        return parts[0] if len(parts) == 1 else wq.Or(parts)

    def filters(self, query: SearchQuery):  # type: ignore[no-untyped-def]
        """(filter, mask) queries for the facet filters, visibility and years."""
        must = [wq.Term("kind", "doc")]
        excluded = []
        if query.visibility:
            must.append(wq.Term("visibility", query.visibility))
        if query.year_from or query.year_to:
            must.append(wq.NumericRange("year", query.year_from, query.year_to))
        for name, ff in query.filters.items():
            if name not in FACET_FIELDS or not ff.values:
                continue
            fname = FACET_FIELDS[name]
            terms = [wq.Term(fname, v) for value in ff.values for v in self._keyword_values(fname, value)]
            if ff.operator == "none":
                excluded.extend(terms)
            elif ff.operator == "all":
                # all-of: each requested value must be present (any of its spellings)
                must.extend(
                    wq.Or([wq.Term(fname, v) for v in self._keyword_values(fname, value)])
                    for value in ff.values
                )
            else:
                must.append(wq.Or(terms))
        return wq.And(must), (wq.Or(excluded) if excluded else None)
