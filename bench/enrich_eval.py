"""Enrichment regression check: precision, recall and F1 per field on a set the team
wrote and labelled itself (bench/data/enrich_eval.tsv).

    .venv/bin/python bench/enrich_eval.py [-v]

This set is not a yardstick: it was written alongside the rules and tuned on. It only
guards against regressions (mechanism, body, type, topics, identifiers of the kinds of
document it holds). How the rules do on real documents labelled by others is measured by
bench/metadata_eval.py.
"""
from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest.enrich import enrich  # noqa: E402


@dataclass
class Item:
    id: str
    language: str
    mechanism: str | None
    body: str | None
    doc_type: str | None
    topics: set[str]
    identifiers: set[tuple[str, str]]
    title: str
    text: str


def load_items(path: Path) -> list[Item]:
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 9:
            raise SystemExit(f"{path}: {cols[0]} has {len(cols)} columns, expected 9")
        ident = {tuple(x.split("=", 1)) for x in cols[6].split(";") if x}
        items.append(Item(cols[0], cols[1], cols[2] or None, cols[3] or None, cols[4] or None,
                          {t for t in cols[5].split(";") if t}, ident, cols[7], cols[8].replace("\\n", "\n")))
    return items


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate(items: list[Item], verbose: bool = False, quiet: bool = False) -> dict[str, float]:
    """Score the enrichers on `items`; prints a table unless `quiet`; returns the metrics."""
    fields = {"mechanism": [0, 0, 0, 0], "body": [0, 0, 0, 0], "doc_type": [0, 0, 0, 0]}  # correct, fp, fn, n
    topic_counts = [0, 0, 0]
    ident_counts = [0, 0, 0]
    misses: list[str] = []
    for item in items:
        r = enrich([item.text], {"title": item.title})
        got = {"mechanism": r.mechanism.value if r.mechanism else None,
               "body": r.body.value if r.body else None,
               "doc_type": r.doc_type.value if r.doc_type else None}
        for name, counts in fields.items():
            want = getattr(item, name)
            counts[3] += 1
            if got[name] == want:
                counts[0] += 1
            else:
                if got[name] is not None:
                    counts[1] += 1
                if want is not None:
                    counts[2] += 1
                misses.append(f"{item.id} {name}: expected {want!r}, got {got[name]!r}")
        topics = {t.value for t in r.topics}
        topic_counts[0] += len(topics & item.topics)
        topic_counts[1] += len(topics - item.topics)
        topic_counts[2] += len(item.topics - topics)
        if topics != item.topics:
            misses.append(f"{item.id} topics: missing {sorted(item.topics - topics)}, extra {sorted(topics - item.topics)}")
        idents = {t.value for t in r.own_identifiers + r.cited_identifiers}
        ident_counts[0] += len(idents & item.identifiers)
        ident_counts[1] += len(idents - item.identifiers)
        ident_counts[2] += len(item.identifiers - idents)
        if idents != item.identifiers:
            misses.append(f"{item.id} identifiers: missing {sorted(item.identifiers - idents)}, "
                          f"extra {sorted(idents - item.identifiers)}")
    metrics: dict[str, float] = {}
    for name, (correct, fp, fn, n) in fields.items():
        metrics[f"{name}_accuracy"] = correct / n
    for name, counts in (("topics", topic_counts), ("identifiers", ident_counts)):
        p, rec, f1 = prf(*counts)
        metrics.update({f"{name}_precision": p, f"{name}_recall": rec, f"{name}_f1": f1})
    if quiet:
        return metrics
    print(f"labelled set: {len(items)} items "
          f"({sum(i.language == 'en' for i in items)} en, {sum(i.language == 'tr' for i in items)} tr, "
          f"{sum(i.language == 'fr' for i in items)} fr)")
    print(f"{'field':12} {'accuracy':>8} {'precision':>9} {'recall':>7} {'F1':>6}")
    for name, (correct, fp, fn, n) in fields.items():
        p, rec, f1 = prf(correct, fp, fn)
        print(f"{name:12} {correct / n:8.3f} {p:9.3f} {rec:7.3f} {f1:6.3f}")
    for name, counts in (("topics", topic_counts), ("identifiers", ident_counts)):
        p, rec, f1 = prf(*counts)
        print(f"{name:12} {'':8} {p:9.3f} {rec:7.3f} {f1:6.3f}  (micro, {counts[0]} correct)")
    if verbose and misses:
        print("\nmisses:")
        for m in misses:
            print("  " + m)
    return metrics


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss of the labelled set")
    args = parser.parse_args()
    evaluate(load_items(ROOT / "bench" / "data" / "enrich_eval.tsv"), args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
