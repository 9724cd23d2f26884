"""Ingest benchmark: the import pipeline against raw pypdf extraction, in one run.

    .venv/bin/python bench/ingest.py [--corpus ../shared/corpus/upr-reports] [--limit N] [--copies 4] [--repeat N]
                                     [--workers 1|2 ...]

Prints pages/s of raw pypdf text extraction (a process pool, nothing else; measured
before and after each pipeline run and averaged) and of
`hrarchive import` (workers, normalisation, language detection, blobs, database,
index) with 1 and 2 workers, the ratio pipeline/raw, the 2-worker speed-up, and the
peak RSS of the import's processes (the import and its workers together), also for the corpus copied N times under new
names (altered by one trailing byte so they are not duplicates), to show memory does
not grow with corpus size. Targets (issue 3): ratio >= 0.85, 2 workers >= 1.7x one,
peak RSS < 600 MB and flat. With --repeat N, each worker count runs the pipeline N
times, each between two raw runs, and reports the median run (and every run's ratio).
Also printed: the machine's busy CPU seconds per page during the import over those
during raw extraction (/proc/stat; run it on an otherwise idle machine): the work the
pipeline adds, which this machine's drifting speed moves less than it moves pages/s.
"""
from __future__ import annotations

import argparse
import io
import multiprocessing as mp
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def busy_cpu() -> float:
    """CPU seconds this machine has spent working (user, nice, system, interrupts; not
    idle, I/O wait or time taken by the hypervisor) since boot, from /proc/stat. A
    run's processes, its workers' included, are the difference on an idle machine."""
    fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    user, nice, system, _idle, _iowait, irq, softirq = map(int, fields[:7])
    return (user + nice + system + irq + softirq) / os.sysconf("SC_CLK_TCK")


def raw_pages(path: str) -> int:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(Path(path).read_bytes()))
    for page in reader.pages:
        page.extract_text()
    return len(reader.pages)


def raw_extraction(files: list[Path], workers: int) -> tuple[int, float, float]:
    """(pages, seconds, busy CPU seconds)."""
    start, cpu = time.perf_counter(), busy_cpu()
    with mp.get_context("forkserver").Pool(workers) as pool:
        pages = sum(pool.imap_unordered(raw_pages, [str(f) for f in files], chunksize=1))
    return pages, time.perf_counter() - start, busy_cpu() - cpu


def tree_rss(root: int) -> int:
    """KiB resident in process `root` and its descendants (the import's workers are
    children of its fork server, so the import's own peak RSS does not count them)."""
    children: dict[int, list[int]] = {}
    pages: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # the process has gone
            continue
        pid = int(stat.parent.name)
        children.setdefault(int(fields[1]), []).append(pid)
        pages[pid] = int(fields[21])
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += pages.get(pid, 0)
        todo += children.get(pid, [])
    return total * os.sysconf("SC_PAGE_SIZE") // 1024


def pipeline(folder: Path, workers: int) -> tuple[int, float, int, float]:
    """Run `hrarchive import` in a child; returns (pages, seconds, peak RSS in KiB of the
    import and its workers together, sampled every 0.5 s, busy CPU seconds)."""
    data = Path(tempfile.mkdtemp(prefix="hrarchive-bench-"))
    env = {**os.environ, "HRARCHIVE_DATA_DIR": str(data), "HRARCHIVE_LOG_LEVEL": "WARNING"}
    subprocess.run([sys.executable, "-m", "web", "init"], cwd=ROOT, env=env, check=True,
                   stdout=subprocess.DEVNULL)
    start, cpu = time.perf_counter(), busy_cpu()
    proc = subprocess.Popen([sys.executable, "-m", "web", "import", str(folder), "--workers", str(workers)],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert proc.stdout is not None
    peak = [0]

    def sample() -> None:
        while proc.poll() is None:
            peak[0] = max(peak[0], tree_rss(proc.pid))
            time.sleep(0.5)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out = proc.stdout.read().decode()
    sampler.join()
    status = proc.wait()
    seconds, cpu = time.perf_counter() - start, busy_cpu() - cpu
    if status != 0 and "failed" not in out:
        raise SystemExit(f"import failed: {out}")
    import sqlite3

    with sqlite3.connect(data / "hrarchive.sqlite3") as c:
        pages = c.execute("SELECT coalesce(sum(page_count), 0) FROM documents").fetchone()[0]
    shutil.rmtree(data, ignore_errors=True)
    return pages, seconds, peak[0], cpu


def make_copies(files: list[Path], copies: int) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="hrarchive-bench-corpus-"))
    for n in range(copies):
        for f in files:
            # one extra byte after %%EOF: a different file to the archive, the same to readers
            (folder / f"copy{n}-{f.name}").write_bytes(f.read_bytes() + b"\n%" + str(n).encode() + b"\n")
    return folder


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "upr-reports")
    parser.add_argument("--limit", type=int, default=0, help="use only the first N files")
    parser.add_argument("--copies", type=int, default=4, help="corpus copies for the memory check (0: skip)")
    parser.add_argument("--repeat", type=int, default=1,
                        help="pipeline runs per worker count, each between two raw runs; the median ratio is reported")
    parser.add_argument("--workers", type=int, action="append", choices=(1, 2),
                        help="measure only this worker count (repeatable; default: 1 and 2)")
    args = parser.parse_args()
    files = sorted(args.corpus.glob("*.pdf"))
    if args.limit:
        files = files[:args.limit]
    if not files:
        raise SystemExit(f"no PDFs in {args.corpus}")
    folder = make_copies(files, 1)
    print(f"corpus: {len(files)} PDFs from {args.corpus} ({sum(f.stat().st_size for f in files) / 2**20:.0f} MB)")
    results = {}
    for workers in sorted(set(args.workers or (1, 2))):
        # raw extraction before and after each pipeline run, averaged: this machine's speed
        # drifts by 10-15 % over minutes, which one raw run would put into the ratio
        raw_p, raw_s, raw_cpu = raw_extraction(files, workers)
        runs = []
        for _ in range(max(1, args.repeat)):
            pipe_p, pipe_s, rss, pipe_cpu = pipeline(folder, workers)
            raw_p, raw_after, raw_cpu_after = raw_extraction(files, workers)
            runs.append((pipe_p / pipe_s / (raw_p / ((raw_s + raw_after) / 2)), raw_p, (raw_s + raw_after) / 2,
                         pipe_p, pipe_s, rss,
                         (pipe_cpu / pipe_p) / ((raw_cpu + raw_cpu_after) / 2 / raw_p)))
            raw_s, raw_cpu = raw_after, raw_cpu_after
        ratio, raw_p, raw_s, pipe_p, pipe_s, rss, cpu = sorted(runs)[len(runs) // 2]  # the median run
        results[workers] = (raw_p / raw_s, pipe_p / pipe_s)
        print(f"workers={workers}: raw pypdf {raw_p / raw_s:6.1f} pages/s ({raw_p} pages, {raw_s:.1f} s) | "
              f"pipeline {pipe_p / pipe_s:6.1f} pages/s ({pipe_p} pages, {pipe_s:.1f} s) | "
              f"ratio pipeline/raw {ratio:.2f} | CPU per page pipeline/raw {cpu:.2f} | "
              f"peak RSS {max(r[5] for r in runs) / 1024:.0f} MB"
              + (f" | ratios of {len(runs)} runs: {', '.join(f'{r[0]:.2f}' for r in runs)}"
                 f" (CPU {', '.join(f'{r[6]:.2f}' for r in runs)})" if len(runs) > 1 else ""))
    if len(results) == 2:
        print(f"speed-up with 2 workers: raw {results[2][0] / results[1][0]:.2f}x, "
              f"pipeline {results[2][1] / results[1][1]:.2f}x")
    shutil.rmtree(folder, ignore_errors=True)
    if args.copies:
        big = make_copies(files, args.copies)
        pipe_p, pipe_s, rss, _ = pipeline(big, 2)
        print(f"{args.copies}x corpus ({args.copies * len(files)} files), workers=2: {pipe_p / pipe_s:6.1f} pages/s, "
              f"peak RSS {rss / 1024:.0f} MB")
        shutil.rmtree(big, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
