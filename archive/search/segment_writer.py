"""A Whoosh segment writer for batches of documents.

Whoosh's own writer turns every posting into a tuple, sorts them all in a pool (spilling
runs to disk), then writes them one call chain per posting. For the archive's batches
(a few hundred documents, a million postings) that was three quarters of an import's
bookkeeping. `BatchWriter` keeps each term's postings together as documents arrive,
writes a term's blocks in one go, and merges older segments by streaming their postings
term by term (old segments are read, never sorted, so a merge's memory does not grow
with the index). The files are Whoosh's W3 format, byte for byte what Whoosh's writer
writes for the same documents through the same codec (tested), so any Whoosh reader
reads them. The codec's terms tables (`FieldWriter`) hash with CRC32 instead of
Whoosh's MD5, a choice each table records.
"""
from __future__ import annotations

import heapq
import pickle
import struct
import zlib
from array import array
from collections import defaultdict
from collections.abc import Iterable, Iterator
from io import BytesIO
from itertools import accumulate, chain
from pickle import dumps
from typing import Any

from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3Codec, W3FieldWriter, W3TermInfo
from whoosh.fields import FieldType
from whoosh.filedb.filetables import HashWriter, OrderedHashWriter
from whoosh.filedb.filetables import _lengths as _HASH_LENGTHS
from whoosh.filedb.filetables import _pointer as _HASH_SLOT
from whoosh.reading import SegmentReader
from whoosh.system import pack_int, pack_long, pack_ushort
from whoosh.util.numeric import byte_to_length, length_to_byte
from whoosh.util.numlists import GrowableArray
from whoosh.writing import SegmentWriter

_TERMINFO = W3TermInfo._struct
READ_BYTES = 1 << 20  # merges read old postings in pieces of this size
_INT = struct.Struct("!i")
_EXTENT = struct.Struct("!qi")  # a term's offset and length in the postings file
# Write the postings and terms files in pieces of about this size.
FLUSH_BYTES = 1 << 22


def stored_length(length: int) -> int:
    """A field length as a segment gives it back (stored as one byte, 0 when absent)."""
    b = length_to_byte(length) if length else 0
    return byte_to_length(b) if b else 0


# Postings blocks are pickled with protocol 4. Whoosh pickles them with protocol 2,
# which stores each posting's value (bytes: its positions) as a call to
# _codecs.encode: about 13 times slower to write, 14 times slower to read and nearly 3
# times larger than protocol 4. Whoosh's readers load either.
BLOCK_PROTOCOL = 4


class BatchWriter(SegmentWriter):
    """Whoosh's SegmentWriter with postings grouped by term instead of pooled.

    `compress(count, value_bytes)` gives the zlib level for a block (0 for none); it must
    agree with the codec's postings writer, which still writes anything Whoosh writes
    outside this class. `protocol` is the pickle protocol of postings blocks (2 writes
    exactly what Whoosh writes). The archive opens its index without memory maps (see
    whoosh.codec._storage): a writer opens every segment, and through a map Whoosh
    would copy each one into memory.
    """

    def __init__(self, ix, *, compress, protocol: int = BLOCK_PROTOCOL, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ix, **kwargs)
        self._compress = compress
        self._protocol = protocol
        # field -> term (str, or bytes from a field's own index()) -> [docnum, weight,
        # value, docnum, weight, value, ...]
        self._postings: defaultdict[str, dict[str | bytes, list[Any]]] = defaultdict(dict)
        # field -> docnum -> length as stored (for the blocks' length bounds)
        self._lengths: defaultdict[str, dict[int, int]] = defaultdict(dict)
        # segments merged into this one: (segment, first new docnum, docnum map or None)
        self._merged: list[tuple[Any, int, dict[int, int] | None]] = []

    # ------------------------------------------------------------------ adding
    def add_document(self, **fields: Any) -> None:
        self._check_state()
        if any(name.startswith("_") for name in fields):
            raise ValueError("BatchWriter takes no boosts or custom stored values")
        schema, docnum, pdw = self.schema, self.docnum, self.perdocwriter
        names = sorted(fields)
        self._check_fields(schema, names)
        pdw.start_doc(docnum)
        try:
            for name in names:
                value = fields[name]
                if value is None:
                    continue
                field = schema[name]
                length = 0
                if field.indexed:
                    if field.separate_spelling() or field.vector:
                        raise ValueError(f"field {name!r}: spelling and vectors are not supported")
                    terms = self._postings[name]
                    # FieldType.index() is the format's values with the terms encoded:
                    # called without its generator where a field does not override it.
                    # The format's terms stay str until the segment is written (encoded
                    # once per term of the segment, not once per posting).
                    plain = type(field).index is FieldType.index and isinstance(value, (str, list, tuple))
                    items = field.format.word_values(value, field.analyzer, mode="index") if plain \
                        else field.index(value)
                    get = terms.get
                    for term, freq, weight, vbytes in items:
                        post = get(term)
                        if post is None:
                            terms[term] = [docnum, weight, vbytes]
                        else:
                            post += (docnum, weight, vbytes)
                        length += freq
                    if not field.scorable:
                        length = 0
                    elif length:
                        self._lengths[name][docnum] = stored_length(length)
                pdw.add_field(name, field, value if field.stored else None, length)
                column = field.column_type
                if column:
                    pdw.add_column_value(name, column, field.to_column_value(value))
        except Exception:
            pdw.cancel_doc()
            raise
        pdw.finish_doc()
        self._added = True
        self.docnum += 1

    def add_reader(self, reader) -> None:  # type: ignore[no-untyped-def]
        """Merge an existing segment: its per-document data now, its postings (read
        again, term by term) when the new segment is written."""
        self._check_state()
        basedoc = self.docnum
        names = set(self.schema.names()) | {n for n in reader.indexed_field_names() if n in self.schema}
        docmap = self.write_per_doc(names, reader)
        self._merged.append((reader.segment(), basedoc, docmap))
        self._added = True

    # ----------------------------------------------------------------- writing
    def _flush_segment(self) -> None:
        self.perdocwriter.close()
        pdr = self.per_document_reader() if self._merged else None
        readers = [(SegmentReader(self.storage, self.schema, seg), base, docmap)
                   for seg, base, docmap in self._merged]
        try:
            fw = self.fieldwriter
            names = set(self._postings)
            for reader, _, _ in readers:
                names.update(n for n in reader.indexed_field_names() if n in self.schema)
            for name in sorted(names):
                field = self.schema[name]
                if not field.indexed:
                    continue
                terms = _merge_terms(name, self._postings.get(name, {}), readers,
                                     self._lengths.get(name, {}), pdr)
                _write_field(fw, name, field, terms, self._compress, self._protocol)
        finally:
            for reader, _, _ in readers:
                reader.close()
            if pdr is not None:
                pdr.close()
        self.fieldwriter.close()
        self._postings.clear()
        self._lengths.clear()


# The hash function of the terms tables written here: Whoosh's choices are 0 (MD5),
# 1 (CRC32) and 2 (CDB); the table records its own, so Whoosh reads any of them. Whoosh
# writes MD5 (a digest, its hex string and an int parsed from it, for every term); with
# its hash tables written two calls per term, that was 7 % of the instructions of
# writing the index (docs/benchmarks.md, session 10). CRC32 is one C call.
TERMS_HASH = 1
_EMPTY_SLOT = _HASH_SLOT.pack(0, 0)


class TermsTable(OrderedHashWriter):
    """Whoosh's terms table writer (an ordered hash file) with CRC32 keys, writing each
    of its 256 hash tables in one piece (Whoosh writes two calls per term)."""

    def __init__(self, dbfile) -> None:  # type: ignore[no-untyped-def]
        HashWriter.__init__(self, dbfile, hashtype=TERMS_HASH)
        self.index = GrowableArray("H")
        self.lastkey = b""

    def _write_hashes(self) -> None:
        dbfile, pack = self.dbfile, _HASH_SLOT.pack
        for entries in self.buckets:
            size = 2 * len(entries)
            self.directory.append((dbfile.tell(), size))
            table: list[bytes | None] = [None] * size
            for h, pos in entries:  # open addressing, as Whoosh's reader probes
                slot = (h >> 8) % size
                while table[slot] is not None:
                    slot = (slot + 1) % size
                table[slot] = pack(h, pos)
            dbfile.write(b"".join(_EMPTY_SLOT if e is None else e for e in table))


class FieldWriter(W3FieldWriter):
    """Whoosh's W3 field writer with the terms table above."""

    def __init__(self, codec, storage, segment) -> None:  # type: ignore[no-untyped-def]
        self._codec, self._storage, self._segment = codec, storage, segment
        self._fieldname = self._fieldid = self._btext = self._fieldobj = self._format = None
        self._tindex = TermsTable(self._create_file(W3Codec.TERMS_EXT))
        self._fieldmap: dict[str, int] = {}
        self._tindex.extras["fieldmap"] = self._fieldmap
        self._postfile = self._create_file(W3Codec.POSTS_EXT)
        self._postwriter = None
        self._infield = False
        self.is_closed = False


# A term's postings on their way to the file: ids ascending, weights, values, and each
# posting's field length as stored (0 when the field has no length).
Postings = tuple[list[int], list[float], list[bytes], list[int]]


def _utf8(term: str | bytes) -> bytes:
    return term.encode("utf-8") if isinstance(term, str) else term


def _fresh_postings(post: list[Any], lengths: dict[int, int]) -> Postings:
    if len(post) == 3:
        d = post[0]
        return (d,), (post[1],), (post[2],), (lengths.get(d, 0),)  # type: ignore[return-value]
    ids = post[0::3]
    get = lengths.get
    return ids, post[1::3], post[2::3], [get(d, 0) for d in ids]


class _Window:
    """Reads a file front to back in large pieces (one read per term would be a system
    call per term without memory maps)."""

    def __init__(self, dbfile, size: int = READ_BYTES) -> None:  # type: ignore[no-untyped-def]
        self.file, self.size = dbfile, size
        self.start, self.buf = 0, b""

    def get(self, offset: int, length: int) -> bytes:
        if offset < self.start or offset + length > self.start + len(self.buf):
            self.start, self.buf = offset, self.file.get(offset, max(length, self.size))
        return self.buf[offset - self.start:offset + length - self.start]


def _decode_postings(raw: bytes, fixedsize: int | None) -> tuple[list[int], list[float], list[Any]]:
    """A term's postings from its bytes in a W3 postings file (the inverse of
    `_write_blocks`): blocks of (length, pickled info, pickled and maybe compressed data)."""
    ids: list[int] = []
    weights: list[float] = []
    values: list[Any] = []
    stream = BytesIO(raw)
    pos = len(WHOOSH3_HEADER_MAGIC)
    while True:
        size = _INT.unpack_from(raw, pos)[0]
        pos += 4
        end = pos + abs(size)
        stream.seek(pos)
        count, _, _, comp, _, _ = pickle.load(stream)
        data = raw[stream.tell():end]
        deltas, wdata, vdata = pickle.loads(zlib.decompress(data) if comp else data)
        ids += accumulate(deltas)  # each block's first id is stored whole
        if wdata is None:
            weights += [1.0] * count
        elif isinstance(wdata, float):
            weights += [wdata] * count
        else:
            weights += wdata
        if fixedsize is None or fixedsize < 0:
            values += vdata
        elif fixedsize == 0:
            values += [None] * count
        else:
            values += [vdata[k:k + fixedsize] for k in range(0, len(vdata), fixedsize)]
        if size < 0:
            return ids, weights, values
        pos = end


def _segment_postings(reader, name: str, base: int, docmap: dict[int, int] | None,  # type: ignore[no-untyped-def]
                      pdr) -> Iterator[tuple[bytes, Postings]]:
    """A merged segment's terms of field `name` in order, each with its postings
    renumbered and without deleted documents. Reads the terms table and the postings
    file front to back (a merge reads every posting)."""
    if name not in reader.indexed_field_names():
        return
    terms = reader._terms
    tindex = terms._tindex
    fieldkey = pack_ushort(terms._fieldmap[name])
    pos = tindex.closest_key_pos(fieldkey)
    postings, rows = _Window(terms._postfile), _Window(tindex.dbfile)
    fixedsize = reader.schema[name].format.fixed_value_size()
    deleted = frozenset(reader.deleted_docs_set) if reader.has_deletions() else frozenset()
    dfl = pdr.doc_field_length
    end = tindex.endofdata
    while pos is not None and pos < end:
        # a terms table row: key and value lengths, key (field number + term), term info
        keylen, rowlen = _HASH_LENGTHS.unpack(rows.get(pos, _HASH_LENGTHS.size))
        key = rows.get(pos + _HASH_LENGTHS.size, keylen)
        if key[:2] != fieldkey:
            return
        row = rows.get(pos + _HASH_LENGTHS.size + keylen, rowlen)
        pos += _HASH_LENGTHS.size + keylen + rowlen
        btext = key[2:]
        if row[0]:  # postings inlined in the term info (Whoosh's inlinelimit > 1)
            ids, weights, values = (list(x) for x in W3TermInfo.from_bytes(row).inlined_postings())
        else:
            offset, length = _EXTENT.unpack_from(row, _TERMINFO.size)
            ids, weights, values = _decode_postings(postings.get(offset, length), fixedsize)
        if deleted:
            keep = [k for k, d in enumerate(ids) if d not in deleted]
            if not keep:
                continue  # every posting belonged to a deleted document
            ids = [ids[k] for k in keep]
            weights = [weights[k] for k in keep]
            values = [values[k] for k in keep]
        ids = [docmap[d] for d in ids] if docmap is not None else [base + d for d in ids]
        yield btext, (ids, weights, values, [dfl(d, name) for d in ids])


def _merge_terms(name: str, fresh: dict[str | bytes, list[Any]], readers: list, lengths: dict[int, int],  # type: ignore[type-arg]
                 pdr) -> Iterator[tuple[bytes, Postings]]:  # type: ignore[no-untyped-def]
    """(term, postings) in term order: the new documents' postings, then each merged
    segment's (their documents were numbered after the new ones, in merge order)."""
    # str terms sort as their UTF-8 bytes do (both by code point)
    new = ((_utf8(term), _fresh_postings(fresh[term], lengths)) for term in sorted(fresh))
    if not readers:
        yield from new
        return
    sources = [new, *(_segment_postings(reader, name, base, docmap, pdr) for reader, base, docmap in readers)]
    # heapq.merge keeps the sources' order for equal terms: new documents first
    merged = heapq.merge(*sources, key=lambda item: item[0])
    current: bytes | None = None
    parts: list[Postings] = []
    for btext, postings in merged:
        if btext != current:
            if parts:
                yield current, _concat(parts)  # type: ignore[misc]
            current, parts = btext, []
        parts.append(postings)
    if parts:
        yield current, _concat(parts)  # type: ignore[misc]


def _concat(parts: list[Postings]) -> Postings:
    if len(parts) == 1:
        return parts[0]
    out: Postings = ([], [], [], [])
    for part in parts:
        for whole, piece in zip(out, part):
            whole.extend(piece)  # type: ignore[attr-defined]
    return out


def _write_field(fw, name: str, field, terms: Iterable[tuple[bytes, Postings]], compress, protocol: int) -> None:  # type: ignore[no-untyped-def]
    """Write one field's terms: postings blocks to the postings file and a term info
    row to the terms table, as Whoosh's W3FieldWriter would (a field without terms
    gets no field number, as in Whoosh)."""
    terms = iter(terms)
    first = next(terms, None)
    if first is None:
        return
    terms = chain((first,), terms)
    fw.start_field(name, field)
    fixedsize = field.format.fixed_value_size()
    blocklimit = fw._codec._blocklimit  # postings per block
    fieldkey = pack_ushort(fw._fieldid)
    postfile, tindex = fw._postfile, fw._tindex
    hashfn, buckets, index = tindex.hashfn, tindex.buckets, tindex.index
    lastkey = tindex.lastkey
    posts = bytearray()
    posts_at = postfile.tell()
    rows = bytearray()
    rows_at = tindex.dbfile.tell()
    for btext, (ids, weights, values, lengths) in terms:
        start = posts_at + len(posts)
        posts += WHOOSH3_HEADER_MAGIC
        n = len(ids)
        if n == 1:  # most terms of a batch: one block of one posting
            d, w, length = ids[0], weights[0], lengths[0]
            lb = length_to_byte(length) if length else 0
            maxweight = float(w)
            if fixedsize is None or fixedsize < 0:
                vdata: Any = (values[0],)
                vsize = len(values[0])
            elif fixedsize == 0:
                vdata, vsize = None, 0
            else:
                vdata = values[0]
                vsize = len(vdata)
            total = _float32(w)
            data = dumps(((d,), None if w == 1.0 else total, vdata), protocol)
            comp = compress(1, vsize)
            if comp:
                data = zlib.compress(data, comp)
            info = dumps((1, d, maxweight, comp, lb, lb), 2)
            posts += pack_int(-len(info) - len(data))
            posts += info
            posts += data
            row = _TERMINFO.pack(False, total, 1, lb, lb, maxweight, d, d)
        else:
            row = _write_blocks(posts, ids, weights, values, lengths, fixedsize, blocklimit, compress, protocol)
        row += pack_long(start) + pack_int(posts_at + len(posts) - start)
        key = fieldkey + btext
        if key <= lastkey:
            raise ValueError(f"terms out of order: {lastkey!r}..{key!r}")
        lastkey = key
        pos = rows_at + len(rows)
        index.append(pos)
        h = hashfn(key)
        buckets[h & 255].append((h, pos))
        rows += _HASH_LENGTHS.pack(len(key), len(row))
        rows += key
        rows += row
        if len(posts) >= FLUSH_BYTES:
            postfile.write(bytes(posts))
            posts_at += len(posts)
            posts.clear()
        if len(rows) >= FLUSH_BYTES:
            tindex.dbfile.write(bytes(rows))
            rows_at += len(rows)
            rows.clear()
    postfile.write(bytes(posts))
    tindex.dbfile.write(bytes(rows))
    tindex.lastkey = lastkey
    fw.finish_field()


def _float32(x: float) -> float:
    return array("f", (x,))[0]


def _write_blocks(posts: bytearray, ids: list[int], weights: list[float], values: list[bytes],  # type: ignore[no-untyped-def]
                  lengths: list[int], fixedsize: int | None, blocklimit: int, compress, protocol: int) -> bytes:
    """Append a term's postings to `posts` in blocks of `blocklimit`; return the term
    info row without the extent (Whoosh's W3PostingsWriter and W3TermInfo)."""
    n = len(ids)
    total = 0.0
    maxweight: float = 0
    minlength: int | None = None
    maxlength = 0
    for at in range(0, n, blocklimit):
        bids = ids[at:at + blocklimit]
        bweights = array("f", weights[at:at + blocklimit])
        blens = [x for x in lengths[at:at + blocklimit] if x]
        # Whoosh multiplies every weight by a (float) boost, so its maxima are floats
        bmaxw = float(max(weights[at:at + blocklimit]))
        bmin = min(blens) if blens else None
        bmax = max(blens) if blens else 0
        if fixedsize is None or fixedsize < 0:
            bvalues = values[at:at + blocklimit]
            vdata: Any = tuple(bvalues)
            vsize = sum(map(len, bvalues))
        elif fixedsize == 0:
            vdata, vsize = None, 0
        else:
            vdata = b"".join(values[at:at + blocklimit])
            vsize = len(vdata)
        first = bweights[0]
        if first == 1.0 and bweights.count(1.0) == len(bweights):
            wdata: Any = None
        elif bweights.count(first) == len(bweights):
            wdata = first
        else:
            wdata = tuple(bweights)
        deltas = tuple(map(int.__sub__, bids, [0, *bids[:-1]]))
        data = dumps((deltas, wdata, vdata), protocol)
        comp = compress(len(bids), vsize)
        if comp:
            data = zlib.compress(data, comp)
        info = dumps((len(bids), bids[-1], bmaxw, comp, length_to_byte(bmin), length_to_byte(bmax)), 2)
        size = len(info) + len(data)
        posts += pack_int(-size if at + blocklimit >= n else size)
        posts += info
        posts += data
        total += sum(bweights)
        if bmaxw > maxweight:
            maxweight = bmaxw
        if bmin is not None and (minlength is None or bmin < minlength):
            minlength = bmin
        if bmax > maxlength:
            maxlength = bmax
    return _TERMINFO.pack(False, total, n, length_to_byte(minlength) if minlength is not None else 0,
                          length_to_byte(maxlength), maxweight, ids[0], ids[-1])
