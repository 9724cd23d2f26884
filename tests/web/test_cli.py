"""The hrarchive command: exit codes, messages and the demo server."""
import json
import os
import shutil
import subprocess
import sys
import time
import urllib.parse
import urllib.request

import pytest
from click.testing import CliRunner

from web.cli import main

from ..conftest import ROOT, SAMPLES, free_port


@pytest.fixture
def run(tmp_path):
    env = {"HRARCHIVE_DATA_DIR": str(tmp_path / "data"), "HRARCHIVE_LOG_LEVEL": "WARNING"}

    def invoke(*args):
        return CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)

    return invoke


def test_init_import_search_and_index_commands(run, tmp_path):
    assert run("init").exit_code == 0
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("cat-co-tur-4.pdf", "ngo-gozalti-raporu.pdf"):
        shutil.copy(SAMPLES / "pdf" / name, folder / name)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7 nothing else")
    r = run("import", str(folder))
    assert r.exit_code == 1  # a failed file makes the run exit 1 ...
    assert "2 ingested" in r.output and "1 failed" in r.output and "broken.pdf" in r.output  # ... and says which
    r = run("search", "--json", "DİYARBAKIR")
    data = json.loads(r.output)
    assert r.exit_code == 0 and data["total"] == 2 and data["hits"][0]["pages"]
    r = run("search", "gözaltına", "--filter", "language=tr")
    assert r.exit_code == 0 and r.output.startswith("1 documents")
    assert run("index", "check").exit_code == 0
    shutil.rmtree(tmp_path / "data" / "index", ignore_errors=True)
    (tmp_path / "data" / "index").unlink(missing_ok=True)
    r = run("index", "check")
    assert r.exit_code == 1 and "index: missing" in r.output and "missing from index: 2" in r.output
    r = run("index", "check", "--repair")
    assert r.exit_code == 0 and "index is in step with the database" in r.output
    assert json.loads(run("search", "--json", "DİYARBAKIR").output)["total"] == 2
    relaxed = run("search", "DİYARBAKIR", "zorunlu")  # no document has "zorunlu"
    assert "no document has all of these words" in relaxed.output and "2 documents" in relaxed.output
    assert json.loads(run("search", "--json", "DİYARBAKIR", "zorunlu").output)["relaxed"] is True
    assert run("index", "rebuild").exit_code == 0


@pytest.mark.parametrize("query, read_as", [('"unclosed', "unclosed"), ("AND OR", "(everything)"),
                                            ("title:", "title")])
def test_malformed_query_is_read_leniently_or_with_strict_exits_2(run, query, read_as):
    run("init")
    run("index", "rebuild")
    r = run("search", query)
    assert r.exit_code == 0 and f"searched for: {read_as}" in r.output
    r = run("search", "--strict", query)
    assert r.exit_code == 2
    assert "invalid query" in r.output and "Traceback" not in r.output


def test_bad_setting_and_bad_sheet_are_clear_errors(tmp_path):
    r = CliRunner().invoke(main, ["init"], env={"HRARCHIVE_PAGE_SIZE": "lots"})
    assert r.exit_code == 1 and "HRARCHIVE_PAGE_SIZE must be a whole number" in r.output
    sheet = tmp_path / "s.csv"
    sheet.write_text("name\nx\n")
    r = CliRunner().invoke(main, ["import", str(SAMPLES / "pdf" / "cat-co-tur-4.pdf"), "--metadata", str(sheet)],
                           env={"HRARCHIVE_DATA_DIR": str(tmp_path / "d")})
    assert r.exit_code == 2 and "'file' column" in r.output


def test_demo_serves_a_searchable_archive(tmp_path):
    port = free_port()
    env = {**os.environ, "HRARCHIVE_DATA_DIR": str(tmp_path / "demo"), "HRARCHIVE_LOG_LEVEL": "WARNING"}
    proc = subprocess.Popen([sys.executable, "-m", "web", "demo", "--port", str(port)], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/search?q=torture", timeout=5) as r:
                    data = json.load(r)
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(f"demo did not start: {proc.stdout.read().decode()[-2000:]}")
                time.sleep(0.3)
        assert data["total"] > 5 and data["hits"][0]["pages"]
        assert {"mechanism", "body", "year"} <= set(data["facets"]) and data["facets"]["mechanism"]
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/?q=" + urllib.parse.quote("işkence"), timeout=5) as r:
            assert "<mark>" in r.read().decode()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        proc.stdout.close()
    # a second demo run is idempotent: everything is a duplicate, nothing new
    r = subprocess.run([sys.executable, "-m", "web", "demo", "--no-serve"], cwd=ROOT, env=env,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0 and "47 duplicate" in r.stdout
    # the demo has an admin account whose password is kept in the data directory
    password_file = tmp_path / "demo" / "demo-admin-password.txt"
    assert "admin area: /admin/ as admin@example.org" in r.stdout and password_file.stat().st_mode & 0o077 == 0
    from archive import accounts
    from archive.context import Archive
    from archive.settings import Settings

    arch = Archive.open(Settings(data_dir=tmp_path / "demo"))
    with arch.db.session() as s:
        user = accounts.find_user(s, "admin@example.org")
        assert user.role == "admin" and accounts.verify_password(user.password_hash, password_file.read_text().strip())
    arch.close()
