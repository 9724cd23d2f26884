"""Jobs: the web process queues uploads and retries, workers do them; a job outlives the
web process that queued it and the worker that died doing it."""
from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time

from sqlalchemy import func, select

from archive.context import Archive
from archive.models import Document, IngestItem, IngestRun, Job
from archive.settings import Settings
from ingest.jobs import JobWorker, enqueue
from web import create_app

from ..conftest import ROOT, SAMPLES
from ..web.admin_helpers import add_user, login, run_id_from, wait_for_run


def wait_for(archive: Archive, job_id: int, timeout: float = 120.0) -> str:
    """The status a job ended with; raises TimeoutError."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with archive.db.session() as s:
            status = s.scalar(select(Job.status).where(Job.id == job_id))
        if status in ("done", "failed"):
            return str(status)
        time.sleep(0.2)
    raise TimeoutError(f"job {job_id} did not finish in {timeout} s")


def test_an_upload_queued_before_a_restart_is_done_after_it(tmp_path):
    """The web process only queues the upload; stopped before any worker took it, the
    job waits in the database, and the next web process (its worker thread) does it."""
    settings = Settings(data_dir=tmp_path / "data", web_worker="false", workers=1)
    first = create_app(settings, TESTING=True)
    add_user(first.extensions["hrarchive"], "editor@example.org", "editor")
    client = first.test_client()
    token = login(client, "editor@example.org")
    files = [(io.BytesIO((SAMPLES / "pdf" / "cat-co-tur-4.pdf").read_bytes()), "cat.pdf")]
    run_id = run_id_from(client.post("/admin/upload", data={"csrf_token": token, "files": files},
                                     content_type="multipart/form-data"))
    status = client.get(f"/admin/runs/{run_id}/status.json").get_json()
    assert status["status"] == "running" and status["job"]["status"] == "queued" and status["job"]["worker"] is None
    first.extensions["hrarchive"].close()  # the web process stops

    second = create_app(Settings(data_dir=tmp_path / "data", workers=1), TESTING=True)  # with its worker
    try:
        client = second.test_client()
        login(client, "editor@example.org")
        done = wait_for_run(client, run_id)
        assert done["status"] == "done" and done["counts"] == {"ingested": 1}
        assert done["job"]["status"] == "done" and done["job"]["worker"] and done["job"]["attempts"] == 1
        page = client.get(f"/admin/runs/{run_id}").get_data(as_text=True)
        assert done["job"]["worker"] in page  # the run page says which worker did it
    finally:
        second.extensions["hrarchive"].close()


def test_two_workers_never_take_the_same_job(tmp_path):
    arch = Archive.open(Settings(data_dir=tmp_path / "data", workers=1))
    try:
        with arch.db.session_scope() as s:
            for _ in range(3):
                enqueue(s, "import", {"paths": []})
        one, two = JobWorker(arch), JobWorker(arch)
        claimed = [one.claim(), two.claim(), one.claim(), two.claim()]
        assert [j.id if j else None for j in claimed][:3] == [1, 2, 3] and claimed[3] is None
        assert {j.worker for j in claimed[:3]} == {one.name, two.name}
    finally:
        arch.close()


def test_a_job_whose_worker_was_killed_is_finished_by_another_with_nothing_lost_or_doubled(pg_cluster, tmp_path):
    """kill -9 of a worker in the middle of an import job: its heartbeat stops, a second
    worker (another data directory: another machine) takes the job over and resumes the
    run; every file is in the archive once."""
    url = pg_cluster.create_database("jobs")
    blobs = tmp_path / "shared" / "blobs"
    arch = Archive.open(Settings(data_dir=tmp_path / "web", database_url=url, search_backend="postgres",
                                 blob_dir=blobs))
    folder = tmp_path / "upload"
    folder.mkdir()
    names = [f"slow-{i}.txt" for i in range(5)]
    for i, name in enumerate(names):
        (folder / name).write_text(f"Report {i} on the visit of the monitoring body number {i} to prison {i * 7}.")
    with arch.db.session_scope() as s:
        run = IngestRun(kind="upload", status="running", params={"paths": [str(folder)]})
        s.add(run)
        s.flush()
        job_id = enqueue(s, "import", {"paths": [str(folder)], "run_kind": "upload",
                                       "extractor": "tests.ingest.hostile:slow"}, run.id).id
        run_id = run.id

    def worker(name: str, *extra: str) -> subprocess.Popen:  # type: ignore[type-arg]
        env = {**os.environ, "HRARCHIVE_DATA_DIR": str(tmp_path / name), "HRARCHIVE_DATABASE_URL": url,
               "HRARCHIVE_SEARCH_BACKEND": "postgres", "HRARCHIVE_BLOB_DIR": str(blobs),
               "HRARCHIVE_LOG_LEVEL": "WARNING", "HRARCHIVE_WORKERS": "1"}
        return subprocess.Popen([sys.executable, "-m", "web", "worker", "--poll", "0.2", "--heartbeat", "0.5",
                                 "--stale", "3", *extra], env=env, cwd=ROOT,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)

    def items_done() -> int:
        with arch.db.session() as s:
            return s.scalar(select(func.count()).where(IngestItem.run_id == run_id, IngestItem.done.is_(True))) or 0

    first = worker("machine-one")
    try:
        deadline = time.monotonic() + 90
        while items_done() < 1 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert 1 <= items_done() < len(names), "the first worker should be part-way through"
        os.killpg(first.pid, signal.SIGKILL)  # the worker and its extraction processes
        first.wait(10)
        with arch.db.session() as s:
            job = s.get(Job, job_id)
            assert job.status == "running" and "pid" in (job.worker or "")
            killed_worker = job.worker
        second = worker("machine-two")
        try:  # it waits out the stale heartbeat, takes the job over and finishes the run
            assert wait_for(arch, job_id, timeout=120) == "done"
        finally:
            os.killpg(second.pid, signal.SIGTERM)
            second.wait(30)
    finally:
        if first.poll() is None:
            os.killpg(first.pid, signal.SIGKILL)
    with arch.db.session() as s:
        job = s.get(Job, job_id)
        assert job.attempts == 2 and job.worker != killed_worker
        outcomes = s.execute(select(IngestItem.locator, IngestItem.outcome).where(IngestItem.run_id == run_id)).all()
        assert sorted(outcomes) == [(n, "ingested") for n in names]
        assert s.scalar(select(func.count()).select_from(Document)) == len(names)
        assert s.get(IngestRun, run_id).status == "done"
    assert arch.backend.search(__import__("archive.search", fromlist=["SearchQuery"]).SearchQuery(
        text="monitoring body")).total == len(names)
    arch.close()


def _niceness(tid: int) -> int:
    """A thread's niceness, from /proc (field 19 of its stat line)."""
    with open(f"/proc/self/task/{tid}/stat") as f:
        stat = f.read()
    return int(stat[stat.rindex(")") + 2:].split()[16])


def test_ingest_work_runs_at_a_lower_priority_than_searches(archive, tmp_path):
    """The job thread of a web process (and what it starts) runs at HRARCHIVE_INGEST_NICE;
    the threads serving searches keep theirs. So does a command-line import."""
    import threading

    if not os.path.exists(f"/proc/self/task/{threading.get_native_id()}/stat"):
        import pytest
        pytest.skip("needs Linux's /proc to read a thread's priority")
    own = _niceness(threading.get_native_id())
    worker = JobWorker(archive, poll=0.05)
    thread = worker.start_thread()
    try:
        deadline = time.monotonic() + 10
        while _niceness(thread.native_id) == own < 10 and time.monotonic() < deadline:
            time.sleep(0.02)
        assert _niceness(thread.native_id) == max(own, archive.settings.ingest_nice)
        assert _niceness(threading.get_native_id()) == own
    finally:
        worker.stop()
    script = ("import os, sys; from web.cli import main\n"
              "try: main(sys.argv[1:])\nexcept SystemExit: pass\n"
              "print('nice', os.getpriority(os.PRIO_PROCESS, 0))")
    for nice, expected in (("10", max(own, 10)), ("0", own)):
        out = subprocess.run([sys.executable, "-c", script, "--data-dir", str(tmp_path / f"cli{nice}"), "import",
                              str(SAMPLES / "pdf" / "cat-co-tur-4.pdf")], cwd=ROOT, capture_output=True, text=True,
                             env={**os.environ, "HRARCHIVE_INGEST_NICE": nice}, timeout=120)
        assert "1 ingested" in out.stdout and f"nice {expected}" in out.stdout, out.stdout + out.stderr
