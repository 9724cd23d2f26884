"""The worst anonymous requests we could think of: CPU seconds each, and a load test.

    .venv/bin/python bench/hostile.py [--data-dir DIR] [--corpus ../shared/corpus/upr-reports]
                                      [--clients 20] [--seconds 30] [--think S [--together]] [--no-load]
                                      [--server werkzeug|gunicorn] [--server-workers 2]

Imports the UPR reports into DIR (kept and reused when it exists; the load test runs on a
copy of it, so that its import adds documents in every run), then:

1. sends each hostile request once through the web application in this process and
   prints the CPU seconds it cost (process time, so other work on the machine does not
   count): goal, at most about 1 s each (issue 25);
2. serves the archive on 127.0.0.1 (Werkzeug's threaded server in this process, as
   `hrarchive serve`, or with `--server gunicorn` gunicorn's worker processes, as the
   README's production set-up) and measures search latency idle (one client), then with N clients at once for S
   seconds while `hrarchive import` adds documents: p50 and p95, the ratio of the p95s,
   and errors (goal: p95 under load within 2x idle, no error). By default each client
   sends its next search as soon as the last one returns; with `--think S` it pauses
   between 0.5 S and 1.5 S first, as a person reading results does, and the clients'
   first searches are spread over the first S seconds (readers do not arrive in the same
   millisecond); `--together` starts them all at once, a burst of N searches.
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def hostile_requests() -> list[tuple[str, str]]:
    rng = random.Random(25)
    nonsense = " ".join("".join(rng.choice("abcdefghijklmnoprstuvyz") for _ in range(rng.randint(5, 10)))
                        for _ in range(250))[:2000]
    words = "torture detention freedom expression journalists prison custody women children police".split()
    return [
        ("250 unknown words (did you mean)", "/?q=" + quote(nonsense)),
        ("200-word OR chain", "/?q=" + quote(" OR ".join(rng.choice(words) for _ in range(200))[:2000])),
        ("300 words, AND", "/?q=" + quote(" ".join(rng.choice(words) for _ in range(300))[:2000])),
        ("two-letter prefixes", "/?q=" + quote(" OR ".join(f"{a}{b}*" for a in "aeiou" for b in "nrstl"))),
        ("40 phrases with slop", "/?q=" + quote(" OR ".join(f'"{rng.choice(words)} {rng.choice(words)}"~50'
                                                          for _ in range(40)))),
        ("250 nested parentheses", "/?q=" + quote("(" * 250 + "torture" + ")" * 250)),
        ("thesaurus runs", "/?q=" + quote(" ".join(["violence against women freedom of expression"] * 40))),
        ("50 topic values, all of", "/?q=torture&topic_op=all&" + "&".join(f"topic=t{i}" for i in range(50))),
        ("unknown words, Atom", "/search.atom?q=" + quote(nonsense[:1000])),
        ("unknown words, API", "/api/v1/search?page_size=100&q=" + quote(nonsense)),
        ("facets only, everything", "/api/v1/facets"),
        ("two values in every facet (any of: each facet counted again)",
         "/?q=the&mechanism=UN&mechanism=CoE&body=UPR&body=HRC&doc_type=upr-report&doc_type=report&language=en"
         "&language=fr&topic=children&topic=civil-political&country=AE&country=AF&mentions=GB&mentions=FR"
         "&year=2015&year=2014"),
        ("values chosen in every facet (any of), nothing passes",
         "/?q=the&mechanism=UN&mechanism=CoE&body=UPR&doc_type=report&language=en&topic=torture&country=TR"
         "&mentions=TR&article=3&conclusion=violation&finding=3:violation&year=2010&year=2012"),
        ("page 500", "/?q=the&page=500"),
    ]


def cpu_per_request(app) -> list[tuple[str, float, int]]:  # type: ignore[no-untyped-def]
    client = app.test_client()
    client.get("/?q=warm")  # searchers opened, caches warm
    out = []
    for name, url in hostile_requests():
        start = time.process_time()
        r = client.get(url)
        r.get_data()
        out.append((name, time.process_time() - start, r.status_code))
    return out


def fetch(url: str) -> tuple[float, bool]:
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=60) as r:
            r.read()
            ok = r.status == 200
    except (urllib.error.URLError, OSError):
        ok = False
    return time.perf_counter() - start, ok


def load(base: str, clients: int, seconds: float, queries: list[str],
         think: float = 0.0, together: bool = False) -> tuple[list[float], int]:
    times: list[float] = []
    errors = 0
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def client(n: int) -> None:
        nonlocal errors
        rng = random.Random(n)
        if think and not together:
            time.sleep(rng.uniform(0, think))
        while time.monotonic() < stop:
            took, ok = fetch(base + "/api/v1/search?q=" + quote(rng.choice(queries)))
            with lock:
                times.append(took)
                errors += not ok
            if think:
                time.sleep(rng.uniform(0.5, 1.5) * think)

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return times, errors


def hrarchive(data_dir: Path) -> list[str]:
    """The command line of `hrarchive` on the archive in `data_dir`."""
    return [sys.executable, "-c", "from web.cli import main; main()", "--data-dir", str(data_dir)]


def p(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def serve_with_gunicorn(data_dir: Path, workers: int) -> tuple[subprocess.Popen, str]:
    """gunicorn serving the archive in `workers` processes: (process, base URL), ready."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "HRARCHIVE_DATA_DIR": str(data_dir), "HRARCHIVE_WEB_WORKER": "false",
           "HRARCHIVE_LOG_LEVEL": "WARNING"}
    proc = subprocess.Popen([str(Path(sys.executable).with_name("gunicorn")), "-w", str(workers), "-b",
                             f"127.0.0.1:{port}", "web:create_app()"], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        if fetch(base + "/healthz")[1]:
            return proc, base
        time.sleep(0.1)
    proc.kill()
    raise RuntimeError("gunicorn did not start")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=Path(tempfile.gettempdir()) / "hrarchive-hostile")
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "upr-reports")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--think", type=float, default=0.0, help="seconds a client pauses between searches (mean)")
    parser.add_argument("--together", action="store_true",
                        help="with --think: all clients send their first search at the same moment")
    parser.add_argument("--no-load", action="store_true")
    parser.add_argument("--server", choices=("werkzeug", "gunicorn"), default="werkzeug",
                        help="serve the load test from this process (Werkzeug, threaded) or from gunicorn "
                             "processes of their own (the README's production set-up)")
    parser.add_argument("--server-workers", type=int, default=2, help="gunicorn worker processes")
    args = parser.parse_args()
    if not (args.data_dir / "hrarchive.sqlite3").exists():
        files = sorted(args.corpus.glob("*.pdf"))[:200]
        subprocess.run([*hrarchive(args.data_dir), "import", "--workers", "2", *map(str, files)], check=True, cwd=ROOT,
                       capture_output=True)
    from archive.settings import Settings
    from web import create_app

    app = create_app(Settings(data_dir=args.data_dir), TESTING=True)
    print(f"archive: {args.data_dir}")
    print("\nCPU seconds per anonymous request (goal: at most about 1 s)")
    for name, cpu, status in cpu_per_request(app):
        print(f"  {name:34} {cpu:6.3f} s  HTTP {status}")
    if args.no_load:
        return 0
    import logging

    from werkzeug.serving import make_server

    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # one line per request otherwise
    # the load runs on a copy of the archive: the import must add documents the archive
    # does not hold yet, in every run (the kept one would have them after the first)
    work = Path(tempfile.mkdtemp(prefix="hrarchive-load-archive-")) / "data"
    shutil.copytree(args.data_dir, work, symlinks=True)
    if args.server == "gunicorn":
        gunicorn, base = serve_with_gunicorn(work, args.server_workers)
    else:
        server = make_server("127.0.0.1", 0, create_app(Settings(data_dir=work), TESTING=True), threaded=True)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        base = f"http://127.0.0.1:{server.server_port}"
    queries = ["torture", "freedom of expression", '"human rights defenders"', "detention children",
               "women violence", "journalists prison", "işkence", "rights of the child"]
    idle = [fetch(base + "/api/v1/search?q=" + quote(q))[0] for _ in range(10) for q in queries]
    extra = Path(tempfile.mkdtemp(prefix="hrarchive-load-"))
    for f in sorted(args.corpus.glob("*.pdf"))[200:]:
        shutil.copy(f, extra / f"load-{f.name}")
    importing = subprocess.Popen([*hrarchive(work), "import", "--workers", "1", str(extra)], cwd=ROOT,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    started, finished = time.monotonic(), []
    waiter = threading.Thread(target=lambda: (importing.wait(), finished.append(time.monotonic())))
    waiter.start()
    times, errors = load(base, args.clients, args.seconds, queries, args.think, args.together)
    waiter.join()
    if args.server == "gunicorn":
        gunicorn.terminate()
        gunicorn.wait()
    else:
        server.shutdown()
    shutil.rmtree(extra, ignore_errors=True)
    shutil.rmtree(work.parent, ignore_errors=True)
    print(f"\nsearch latency, idle (1 client, {len(idle)} requests): p50 {statistics.median(idle) * 1000:.0f} ms, "
          f"p95 {p(idle, 0.95) * 1000:.0f} ms")
    pause = f", pausing {args.think:g} s on average between searches" if args.think else ""
    if args.think:
        pause += ", all starting at once" if args.together else ", first searches spread over the first pause"
    served = f"gunicorn, {args.server_workers} workers" if args.server == "gunicorn" else "Werkzeug in this process"
    print(f"server: {served}; ingest niceness {Settings.from_env(data_dir=args.data_dir).ingest_nice}")
    print(f"under load ({args.clients} clients{pause} for {args.seconds:.0f} s, an import running; {len(times)} requests): "
          f"p50 {statistics.median(times) * 1000:.0f} ms, p95 {p(times, 0.95) * 1000:.0f} ms, errors {errors}")
    print(f"the import ran for {finished[0] - started:.0f} s from the start of the load")
    print(f"p95 ratio load/idle: {p(times, 0.95) / p(idle, 0.95):.1f} (goal <= 2)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
