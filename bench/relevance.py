"""Search relevance on a judged query set: nDCG@10, recall@10 and MRR.

    .venv/bin/python bench/relevance.py [-v] [--corpus ../shared/corpus/upr-reports]

Builds an archive from samples/ plus the UPR reports the judgments name (from
../shared/corpus/upr-reports), runs every query of bench/data/relevance.tsv and prints
the metrics overall and per query. The test suite runs it as a regression floor.
"""
from __future__ import annotations

import argparse
import math
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from archive.context import Archive  # noqa: E402
from archive.models import Blob, Document  # noqa: E402
from archive.search import FACETS, FacetFilter, SearchQuery  # noqa: E402
from archive.settings import Settings  # noqa: E402
from ingest.importer import ImportOptions, import_paths  # noqa: E402
from ingest.metadata import read_sheet  # noqa: E402

JUDGMENTS = ROOT / "bench" / "data" / "relevance.tsv"
UPR = ROOT.parent / "shared" / "corpus" / "upr-reports"
K = 10


@dataclass
class Judgment:
    query: str
    relevant: list[str]  # symbols, or upr:<file>
    params: dict[str, list[str]]


def load_judgments(path: Path = JUDGMENTS) -> list[Judgment]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        out.append(Judgment(cols[0], [r for r in cols[1].split(";") if r],
                            parse_qs(cols[2]) if len(cols) > 2 else {}))
    return out


def build_archive(data_dir: Path, judgments: list[Judgment], upr: Path = UPR) -> Archive:
    arch = Archive.open(Settings(data_dir=data_dir, workers=2))
    import_paths(arch.db, arch.blobs, arch.backend, [ROOT / "samples" / "pdf"],
                 ImportOptions(sheet=read_sheet(ROOT / "samples" / "metadata.csv"), workers=2))
    files = sorted({r[4:] for j in judgments for r in j.relevant if r.startswith("upr:")})
    if files:
        import_paths(arch.db, arch.blobs, arch.backend, [upr / f for f in files], ImportOptions(workers=2))
    return arch


def resolve(arch: Archive, ref: str) -> str | None:
    with arch.db.session() as s:
        if ref.startswith("upr:"):
            return s.scalar(select(Document.public_id).join(Blob, Blob.sha256 == Document.blob_sha256)
                            .where(Blob.original_name == ref[4:]))
        return s.scalar(select(Document.public_id).where(Document.symbol == ref))


def query_for(j: Judgment) -> SearchQuery:
    filters = {k: FacetFilter(tuple(v)) for k, v in j.params.items() if k in FACETS}
    return SearchQuery(text=j.query, filters=filters, page_size=K)


def evaluate(arch: Archive, judgments: list[Judgment], verbose: bool = False) -> dict[str, float]:
    ndcg = recall = rr = 0.0
    for j in judgments:
        wanted = {resolve(arch, r) for r in j.relevant}
        if None in wanted:
            raise SystemExit(f"{j.query!r}: a judged document is not in the archive: {j.relevant}")
        got = [h.id for h in arch.backend.search(query_for(j)).hits[:K]]
        dcg = sum(1 / math.log2(i + 2) for i, d in enumerate(got) if d in wanted)
        ideal = sum(1 / math.log2(i + 2) for i in range(min(len(wanted), K)))
        q_ndcg = dcg / ideal
        q_recall = len(wanted & set(got)) / len(wanted)
        q_rr = next((1 / (i + 1) for i, d in enumerate(got) if d in wanted), 0.0)
        ndcg, recall, rr = ndcg + q_ndcg, recall + q_recall, rr + q_rr
        if verbose:
            print(f"  nDCG {q_ndcg:.2f} recall {q_recall:.2f} RR {q_rr:.2f}  {j.query}"
                  + (f"  [{'&'.join(f'{k}={v[0]}' for k, v in j.params.items())}]" if j.params else ""))
    n = len(judgments)
    return {"ndcg@10": ndcg / n, "recall@10": recall / n, "mrr": rr / n, "queries": n}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="print every query's scores")
    parser.add_argument("--corpus", type=Path, default=UPR, help="the UPR reports (../shared/corpus/upr-reports)")
    args = parser.parse_args()
    judgments = load_judgments()
    with tempfile.TemporaryDirectory() as tmp:
        arch = build_archive(Path(tmp) / "data", judgments, args.corpus)
        try:
            m = evaluate(arch, judgments, args.verbose)
        finally:
            arch.close()
    print(f"{m['queries']} queries: nDCG@10 {m['ndcg@10']:.3f}  recall@10 {m['recall@10']:.3f}  MRR {m['mrr']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
