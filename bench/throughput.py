"""Search throughput with concurrent clients against gunicorn workers.

    .venv/bin/python bench/throughput.py --database-url postgresql+psycopg://... [--workers 2]
        [--clients 20] [--seconds 30]

Serves the archive whose record and PostgreSQL search tables are in --database-url (for
example the database `bench/search.py --backend postgres --database-url ...` indexed:
its 52,857 pages) with `gunicorn -w N 'web:create_app()'`, then runs --clients threads
that each send API searches (the single-term and two-term queries of bench/search.py,
top 20 with snippets and facets) one after another for --seconds, and prints searches
per second and the latency percentiles. Issue 22's target: at least 40 searches a second
with 20 clients against 2 workers on 2 cores at 50k pages. Needs gunicorn
(`pip install gunicorn`).
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.hostile import load, p  # noqa: E402
from bench.search import QUERIES  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args()
    data = Path(tempfile.mkdtemp(prefix="hrarchive-bench-throughput-"))
    env = {**os.environ, "HRARCHIVE_DATA_DIR": str(data), "HRARCHIVE_DATABASE_URL": args.database_url,
           "HRARCHIVE_SEARCH_BACKEND": "postgres", "HRARCHIVE_WEB_WORKER": "false", "HRARCHIVE_LOG_LEVEL": "WARNING"}
    subprocess.run([sys.executable, "-m", "web", "init"], env=env, cwd=ROOT, check=True, capture_output=True)
    server = subprocess.Popen([str(Path(sys.executable).with_name("gunicorn")), "-w", str(args.workers), "-b",
                               f"127.0.0.1:{args.port}", "--log-level", "warning", "web:create_app()"],
                              env=env, cwd=ROOT)
    base = f"http://127.0.0.1:{args.port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/healthz", timeout=2).read()
                break
            except OSError:
                time.sleep(0.3)
        queries = QUERIES["single term"] + QUERIES["two terms"]
        load(base, args.clients, 5, queries)  # warm-up: every worker's pools and caches
        times, errors = load(base, args.clients, args.seconds, queries)
        print(f"{args.clients} clients, {args.workers} gunicorn workers, {args.seconds:.0f} s: "
              f"{len(times) / args.seconds:.1f} searches/s, {errors} errors, "
              f"p50 {p(times, 0.5) * 1000:.0f} ms, p95 {p(times, 0.95) * 1000:.0f} ms")
    finally:
        server.terminate()
        server.wait(30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
