"""Shared fixtures: real SQLite, Whoosh, PostgreSQL and the sample collection."""
from __future__ import annotations

import os
import socket
from contextlib import contextmanager
from pathlib import Path

import pytest

from archive.context import Archive
from archive.settings import Settings
from ingest.importer import ImportOptions, import_paths
from ingest.metadata import read_sheet

from .pgcluster import PgCluster, find_bindir

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
# The shared corpus sits beside the checkout (../shared/corpus); CORPUS_DIR overrides.
CORPUS = Path(os.environ.get("CORPUS_DIR") or ROOT.parent / "shared" / "corpus")
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def skip_or_fail(reason: str) -> None:
    """Skip on a user's machine; under CI=true a missing prerequisite is a failure."""
    if IN_CI:
        pytest.fail(f"{reason} (CI=true: this test must run in CI)")
    pytest.skip(reason)


def bench_module(name: str):  # type: ignore[no-untyped-def]
    """A module of bench/, loaded by path (bench/ is not a package, and bench/ingest.py
    would hide the ingest package on the path); registered in sys.modules, where
    dataclasses look their module up."""
    import importlib.util
    import sys

    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data", workers=1)


@pytest.fixture
def archive(settings: Settings):
    arch = Archive.open(settings)
    yield arch
    arch.close()


def build_sample_archive(settings: Settings) -> Archive:
    arch = Archive.open(settings)
    opts = ImportOptions(sheet=read_sheet(SAMPLES / "metadata.csv"))
    summary = import_paths(arch.db, arch.blobs, arch.backend, [SAMPLES / "pdf"], opts)
    assert summary.counts == {"ingested": len(list((SAMPLES / "pdf").glob("*.pdf")))}, summary.counts
    return arch


@pytest.fixture(scope="session")
def sample_archive(tmp_path_factory: pytest.TempPathFactory):
    """The sample collection imported once per session (treat as read-only)."""
    arch = build_sample_archive(Settings(data_dir=tmp_path_factory.mktemp("samples") / "data", workers=1))
    yield arch
    arch.close()


@pytest.fixture(scope="session")
def pg_cluster():
    bindir = find_bindir()
    if bindir is None:
        skip_or_fail("PostgreSQL server binaries (initdb, pg_ctl) not found; install postgresql-15")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        skip_or_fail("the psycopg package is not installed (pip install -e '.[test]')")
    cluster = PgCluster(bindir)
    cluster.start()
    yield cluster
    cluster.stop()


_db_counter = iter(range(1, 10_000))


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh empty database URL, on SQLite and on a throwaway PostgreSQL cluster."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.sqlite3'}"
    cluster = request.getfixturevalue("pg_cluster")
    return cluster.create_database(f"t{next(_db_counter)}")


@contextmanager
def serving(app):  # type: ignore[no-untyped-def]
    """The app on a real threaded HTTP server on 127.0.0.1 (a free port); yields the base URL."""
    import threading

    from werkzeug.serving import make_server

    srv = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{srv.server_port}"
    finally:
        srv.shutdown()
        thread.join(5)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def corpus() -> Path:
    if not CORPUS.is_dir():
        skip_or_fail(f"the shared corpus is not at {CORPUS}")
    return CORPUS
