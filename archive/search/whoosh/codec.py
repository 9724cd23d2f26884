"""The index codec: Whoosh's W3 format, with posting blocks compressed only when large,
per-document field lengths remembered while writing, and writes that merge segments by
size tiers instead of Whoosh's policy (see tiered_merge).
"""
from __future__ import annotations

from whoosh.codec.whoosh3 import W3Codec, W3PerDocReader, W3PostingsWriter
from whoosh.filedb.filestore import FileStorage
from whoosh.reading import SegmentReader

from ..segment_writer import BatchWriter, FieldWriter

# Posting blocks are zlib-compressed (at this level) from this many postings or bytes on.
COMPRESS_POSTINGS, COMPRESS_BYTES, ZLIB_LEVEL = 16, 1024, 3
FANOUT = 4  # segments of one size tier merged together by writes that skip merging
LENGTHS_CACHED = 100_000  # (document, field) lengths a per-document reader remembers


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
