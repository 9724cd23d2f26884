"""Index writing: the archive's segment writer against Whoosh's own, same documents.

    .venv/bin/python bench/index_write.py [--docs 200] [--batch 50] [--repeat 3]

Takes --docs documents built from ../shared/corpus/upr-reports (as bench/search.py
does), writes them into a fresh index in writes of --batch documents the way an import
does (replacing earlier versions, no merging), once with Whoosh's SegmentWriter and
once with BatchWriter (same codec, same records, the same bytes on disk), and then a
write that merges those segments (4 with the defaults) into itself, as an import's
writes merge (by size tiers). Prints CPU milliseconds per page for each
(best of --repeat) and the ratio ours / Whoosh.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from whoosh import index as windex  # noqa: E402
from whoosh.writing import SegmentWriter  # noqa: E402

from archive.search.segment_writer import BatchWriter  # noqa: E402
from archive.search.whoosh.backend import WhooshBackend  # noqa: E402
from archive.search.whoosh.codec import _block_compression, _codec, _tiered_merge  # noqa: E402
from archive.search.whoosh.schema import make_schema  # noqa: E402
from search import build_corpus, upr_pages  # noqa: E402


def whoosh_writer(ix):  # type: ignore[no-untyped-def]
    return SegmentWriter(ix, codec=_codec())


def batch_writer(ix):  # type: ignore[no-untyped-def]
    return BatchWriter(ix, compress=_block_compression, codec=_codec())


def run(make, records: list[list[list[dict]]], pages: int, merge_batches: int) -> tuple[float, float]:  # type: ignore[no-untyped-def,type-arg]
    """(ms CPU per page of the plain writes, s CPU of the merging write)."""
    folder = Path(tempfile.mkdtemp(prefix="hrarchive-bench-index-"))
    try:
        ix = windex.create_in(str(folder), make_schema())
        started = time.process_time()
        for batch in records:
            w = make(ix)
            for doc in batch:
                for rec in doc:
                    w.delete_by_term("doc_id", rec["doc_id"])
                    w.add_document(**rec)
            w.commit(merge=False)
        per_page = (time.process_time() - started) * 1000 / pages
        started = time.process_time()
        w = make(ix)
        for doc in records[0][:merge_batches]:
            for rec in doc:
                w.add_document(**{**rec, "doc_id": rec["doc_id"] + "-new"})
        w.commit(mergetype=_tiered_merge)
        return per_page, time.process_time() - started
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "upr-reports")
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--batch", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if not args.corpus.is_dir():
        raise SystemExit(f"corpus not found: {args.corpus}")
    docs = build_corpus(upr_pages(args.corpus), 5000)[:args.docs]
    pages = sum(len(d.pages) for d in docs)
    records = [[list(WhooshBackend._records(d)) for d in docs[i:i + args.batch]]
               for i in range(0, len(docs), args.batch)]
    print(f"{len(docs)} documents, {pages} pages, writes of {args.batch}")
    results = {}
    for name, make in (("whoosh", whoosh_writer), ("batch", batch_writer)):
        runs = [run(make, records, pages, args.batch) for _ in range(args.repeat)]
        results[name] = (min(r[0] for r in runs), min(r[1] for r in runs))
        print(f"{name:>6}: {results[name][0]:.2f} ms CPU per page | merging write {results[name][1]:.1f} s CPU")
    ours, ref = results["batch"], results["whoosh"]
    print(f"ratio ours/whoosh: writes {ours[0] / ref[0]:.2f}, merging write {ours[1] / ref[1]:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
