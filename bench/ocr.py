"""OCR quality and speed on scans of known text.

    .venv/bin/python bench/ocr.py [--pages 12] [--corpus ../shared/corpus/pdf-samples]

The texts are the pages of the sample collection (samples/collection.txt, written for
this project) in Turkish, English and French, rendered by bench/scans.py as noisy
300-dpi image-only PDFs (turned up to 1.2 degrees, specked, black and white). Reports,
against the source text:
- word recall: the share of the distinct words of four letters or more that come back
  (compared in Turkish-correct lower case: `İ` is `i`, `I` is `ı`);
- character error rate: edit distance / source length, spaces collapsed;
- pages per minute through `hrarchive import` with 1 and 2 workers (cache off);
- findability: each imported scan searched for three of its own distinctive words (the
  longest words of its source text that no other scan has), rank of the scan.
Then the image-only PDFs of the shared corpus: how many now have text, and the cost
of OCR's `auto` mode on digital PDFs (the UPR reports, every page with text): CPU
seconds of extraction with `--ocr auto` over `--ocr never`, alternated in one process.
"""
from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WORD = re.compile(r"[^\W\d_]{4,}")


def lower_tr(text: str) -> str:
    return text.replace("İ", "i").replace("I", "ı").lower()


def word_recall(source: str, found: str) -> float:
    """Distinct words of 4+ letters of `source` that occur in `found`."""
    wanted = set(WORD.findall(lower_tr(source)))
    got = set(WORD.findall(lower_tr(found)))
    return len(wanted & got) / len(wanted) if wanted else 1.0


def char_error_rate(source: str, found: str) -> float:
    """Levenshtein distance over the source's length, whitespace collapsed."""
    a, b = " ".join(source.split()), " ".join(found.split())
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
        previous = current
    return previous[-1] / max(1, len(a))


def sample_pages(per_language: int) -> dict[str, list[str]]:
    """Pages of the sample collection by language (records' `language:` header)."""
    out: dict[str, list[str]] = {}
    text = (ROOT / "samples" / "collection.txt").read_text(encoding="utf-8")
    for record in text.split("=====")[1:]:
        head, _, body = record.partition("-----")
        language = re.search(r"^language:\s*(\S+)", head, re.M)
        if not language:
            continue
        for page in body.split("-----"):
            if len(page.split()) >= 40:
                out.setdefault(language.group(1), []).append(page.strip())
    return {lang: pages[:per_language] for lang, pages in out.items() if lang in ("tr", "en", "fr")}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=12, help="pages per language")
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "pdf-samples")
    parser.add_argument("--digital", type=Path, default=ROOT.parent / "shared" / "corpus" / "upr-reports")
    parser.add_argument("--digital-limit", type=int, default=40, help="digital PDFs for the auto-mode cost")
    args = parser.parse_args()

    import logging

    import bench.scans as scans  # noqa: E402  (bench/ is on the path above)
    from ingest.extract import ocr

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    reason = ocr.unavailable_reason("tur+eng")
    if reason:
        print(reason)
        return 1
    print(f"tesseract languages: {' '.join(sorted(ocr.installed_languages()))}")
    pages = sample_pages(args.pages)
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        print(f"{'lang':5} {'pages':>5} {'recall':>7} {'min':>6} {'CER':>6} {'s/page':>7}")
        for lang, texts in pages.items():
            recalls, errors, seconds = [], [], 0.0
            for i, text in enumerate(texts):
                pdf = scans.write_scan([text], tmpdir / f"{lang}{i}.pdf", seed=i)
                started = time.monotonic()
                found = ocr.ocr_pdf(pdf.read_bytes(), [""], language=lang)
                seconds += time.monotonic() - started
                got = found.pages[0].text if 0 in found.pages else ""
                recalls.append(word_recall(text, got))
                errors.append(char_error_rate(text, got))
            print(f"{lang:5} {len(texts):5d} {sum(recalls) / len(recalls):7.3f} {min(recalls):6.3f} "
                  f"{sum(errors) / len(errors):6.3f} {seconds / len(texts):7.2f}")
        every = [t for texts in pages.values() for t in texts]
        # fuller A4 pages: two sample pages each (page i and i+1), as many as sample pages
        throughput(tmpdir, [every[i] + "\n\n" + every[(i + 1) % len(every)] for i in range(len(every))])
    corpus_scans(args.corpus)
    digital_cost(args.digital, args.digital_limit)
    return 0


def digital_cost(folder: Path, limit: int) -> None:
    """Extraction CPU time of digital PDFs with OCR `auto` against `never`: the check
    for pages that need OCR is all `auto` adds when none does."""
    from ingest.extract import extract_document, ocr

    files = sorted(folder.glob("*.pdf"))[:limit]
    if not files:
        print(f"(no digital PDFs at {folder})")
        return
    data = [(f.name, f.read_bytes()) for f in files]
    seconds = {"auto": 0.0, "never": 0.0}
    pages = 0
    for round_ in range(2):
        for mode in (("auto", "never") if round_ == 0 else ("never", "auto")):
            ocr.configure(ocr.OcrSettings(mode=mode))
            started = time.process_time()
            for name, blob in data:
                result = extract_document(blob, name)
                assert result.page_ocr.count(None) == len(result.page_ocr), name  # nothing was OCRed
                pages += len(result.pages) if mode == "auto" else 0
            seconds[mode] += time.process_time() - started
    ocr.configure(ocr.OcrSettings())
    print(f"\ndigital PDFs ({len(data)} of {folder.name}, {pages // 2} pages, 2 rounds): extraction CPU "
          f"auto {seconds['auto']:.1f} s, never {seconds['never']:.1f} s, "
          f"auto/never {seconds['auto'] / seconds['never']:.3f}")


def throughput(tmpdir: Path, texts: list[str]) -> None:
    """Pages per minute through the importer, 1 and 2 workers, full-page scans."""
    import bench.scans as scans
    from archive.context import Archive
    from archive.settings import Settings
    from ingest.extract import ocr
    from ingest.importer import ImportOptions, import_paths

    folder = tmpdir / "scans"
    folder.mkdir()
    sources: dict[str, str] = {}
    for i in range(0, len(texts), 2):
        path = scans.write_scan(texts[i:i + 2], folder / f"scan{i:03d}.pdf", seed=i)
        sources[path.name] = "\n".join(texts[i:i + 2])
    print(f"\n{len(texts)} full pages in {len(list(folder.iterdir()))} scans")
    for workers in (1, 2):
        arch = Archive.open(Settings(data_dir=tmpdir / f"data{workers}"))
        started = time.monotonic()
        summary = import_paths(arch.db, arch.blobs, arch.backend, [folder],
                               ImportOptions(workers=workers, timeout=600, ocr=ocr.OcrSettings()))
        seconds = time.monotonic() - started
        n = sum(item.pages or 0 for item in summary.items)
        print(f"import of {n} scanned pages, {workers} worker(s): {seconds:.1f} s, {60 * n / seconds:.1f} pages/min")
        if workers == 2:
            findability(arch, summary, sources)
        arch.close()


def findability(arch, summary, sources: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    """Each scan searched by three of its own distinctive words: is it the first hit?"""
    from archive.search import SearchQuery

    words = {name: set(WORD.findall(lower_tr(text))) for name, text in sources.items()}
    first = top10 = 0
    for item in summary.items:
        name = Path(item.locator).name
        others = set().union(*(w for n, w in words.items() if n != name))
        own = sorted(words[name] - others, key=lambda w: (-len(w), w))[:3]
        ids = [h.id for h in arch.backend.search(SearchQuery(text=" ".join(own), page_size=10)).hits]
        first += bool(ids) and ids[0] == item.document
        top10 += item.document in ids
    print(f"findable by three of their own words: first hit {first}/{len(summary.items)}, "
          f"top 10 {top10}/{len(summary.items)}")


def corpus_scans(corpus: Path) -> None:
    """The image-only PDFs of the shared corpus: text before and after OCR."""
    from ingest.extract import ocr
    from ingest.extract.pdf import extract_pdf

    if not corpus.is_dir():
        print(f"(no corpus at {corpus})")
        return
    rows = []
    for pdf in sorted(corpus.rglob("*.pdf")):
        data = pdf.read_bytes()
        before = extract_pdf(data)
        if before.status != "no_text_layer":
            continue
        found = ocr.ocr_pdf(data, before.pages)
        words = sum(len(WORD.findall(p.text)) for p in found.pages.values())
        rows.append((pdf.relative_to(corpus), len(found.pages), words, found.skipped or "; ".join(found.errors.values())))
    print(f"\nimage-only PDFs in {corpus}: {len(rows)}")
    for name, read, words, note in rows:
        print(f"  {str(name):60} pages read {read:3d}  words {words:5d}  {note}")


if __name__ == "__main__":
    sys.exit(main())
