"""Main-text extraction of real web pages, against labels made by others.

    .venv/bin/python bench/html_eval.py [--corpus ../shared/corpus/web-pages] [--show-misses]

The corpus (`../shared/corpus/web-pages`, 150 pages with `labels.json`) gives, per page,
passages of the main text that an extraction must keep (`with`) and boilerplate it must
drop (`without`). The pages are imported with `hrarchive import` into a throwaway
archive, and the stored page text is scored as the labels' authors score it:
- a `with` passage found in the text is a true positive, missing a false negative;
- a `without` passage found in the text is a false positive, missing a true negative;
- precision, recall and F1 over all passages of all pages.
Passages and text are compared with whitespace collapsed. In the same run the same
pages go through trafilatura's `extract()` with its defaults, as the reference, and the
bench counts pages recorded as `no_text_layer`.

The pages are split by a hash of their file name into `dev` (half; its misses may be
looked at while fixing the extraction: `--show-misses` prints only those) and `test`
(held out: never looked at, the number to report).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import logging
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, name: str, text: str, label: dict) -> None:
        flat = " ".join(text.split())
        for passage in label.get("with", []):
            if " ".join(passage.split()) in flat:
                self.tp += 1
            else:
                self.fn += 1
                self.misses.append(f"{name}: missing {passage[:70]!r}")
        for passage in label.get("without", []):
            if " ".join(passage.split()) in flat:
                self.fp += 1
                self.misses.append(f"{name}: kept boilerplate {passage[:70]!r}")
            else:
                self.tn += 1

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self, name: str) -> str:
        return f"{name:12} precision {self.precision:.3f}  recall {self.recall:.3f}  F1 {self.f1:.3f}  " \
               f"(tp {self.tp}, fp {self.fp}, fn {self.fn}, tn {self.tn})"


def load(corpus: Path) -> dict[str, dict]:
    return json.loads((corpus / "labels.json").read_text(encoding="utf-8"))


def split(name: str) -> str:
    return "dev" if hashlib.sha256(name.encode()).digest()[0] % 2 == 0 else "test"


def ours(corpus: Path, labels: dict[str, dict]) -> tuple[dict[str, Score], list[str]]:
    """Import the pages with the archive's importer; score the stored text per split."""
    from sqlalchemy import select

    from archive.context import Archive
    from archive.models import Document
    from archive.settings import Settings
    from ingest.importer import ImportOptions, import_paths

    score, empty = {"dev": Score(), "test": Score(), "all": Score()}, []
    with tempfile.TemporaryDirectory() as tmp:
        arch = Archive.open(Settings(data_dir=Path(tmp)))
        try:
            files = [corpus / "pages" / name for name in sorted(labels)]
            summary = import_paths(arch.db, arch.blobs, arch.backend, files, ImportOptions(workers=2))
            by_name = {Path(item.locator).name: item for item in summary.items}
            with arch.db.session() as s:
                for name in sorted(labels):
                    item = by_name[name]
                    text = ""
                    if item.document:
                        doc = s.scalars(select(Document).where(Document.public_id == item.document)).one()
                        text = "\n".join(p.text for p in doc.pages)
                    if item.outcome == "no_text_layer" or not text.strip():
                        empty.append(f"{name} ({item.outcome}, {split(name)})")
                    score[split(name)].add(name, text, labels[name])
                    score["all"].add(name, text, labels[name])
        finally:
            arch.close()
    return score, empty


def reference(corpus: Path, labels: dict[str, dict]) -> tuple[dict[str, Score], list[str]]:
    """trafilatura's `extract()` with its defaults on the raw bytes."""
    import trafilatura

    score, empty = {"dev": Score(), "test": Score(), "all": Score()}, []
    for name in sorted(labels):
        text = trafilatura.extract((corpus / "pages" / name).read_bytes()) or ""
        if not text.strip():
            empty.append(name)
        score[split(name)].add(name, text, labels[name])
        score["all"].add(name, text, labels[name])
    return score, empty


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "web-pages")
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args()
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    labels = load(args.corpus)
    print(f"{len(labels)} labelled pages in {args.corpus}")
    mine, mine_empty = ours(args.corpus, labels)
    theirs, theirs_empty = reference(args.corpus, labels)
    for part in ("test", "dev", "all"):
        n = sum(1 for name in labels if part == "all" or split(name) == part)
        print(f"{part} ({n} pages)")
        print("  " + mine[part].line("hrarchive"))
        print("  " + theirs[part].line("trafilatura"))
    print(f"pages with no text: hrarchive {len(mine_empty)}, trafilatura {len(theirs_empty)}")
    for name in mine_empty:
        print(f"  no text: {name}")
    if args.show_misses:
        print("\n".join(mine["dev"].misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
