"""Bulk import: workers, limits, zips, formats, resumption, reports."""
import csv
import io
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

from click.testing import CliRunner
from sqlalchemy import func, select

from archive import indexing
from archive.context import Archive
from archive.models import Document, IngestItem, IngestRun
from archive.search import SearchQuery
from archive.settings import Settings
from ingest.extract import extract_document
from ingest import importer
from ingest.importer import BackgroundIndexer, ImportOptions, import_paths
from ingest.metadata import read_sheet
from ingest.workers import GC_THRESHOLD, ExtractionPool, Task
from web.cli import main

from ..conftest import ROOT, SAMPLES


def run_import(arch, paths, **opts):
    opts.setdefault("workers", 2)
    return import_paths(arch.db, arch.blobs, arch.backend, paths, ImportOptions(**opts))


def outcomes(summary):
    return {i.locator: i.outcome for i in summary.items}


def test_every_real_world_pdf_gets_the_outcome_files_json_implies(archive, corpus):
    folder = corpus / "pdf-samples"
    # files.json also lists a file the shared copy leaves out (GeoTopo.pdf)
    expected = {e["path"]: e for e in json.loads((folder / "files.json").read_text())["data"]
                if (folder / e["path"]).exists()}
    got = outcomes(run_import(archive, [folder]))
    assert {p for p in got if p.endswith(".pdf")} == set(expected)
    assert got["files.json"] == "unsupported"  # data, not prose
    for path, meta in expected.items():
        if meta["encrypted"]:
            assert got[path] == "needs_password", path
        elif meta["images"] or meta["forms"] or "imagemagick" in path or "inline-image" in path:
            # image-only scans have no text layer; the others are ingested
            assert got[path] in ("ingested", "no_text_layer"), path
        else:
            assert got[path] == "ingested", path
    assert got["019-grayscale-image/grayscale-image.pdf"] == "no_text_layer"
    with archive.db.session() as s:
        for path, meta in expected.items():
            if got[path] == "ingested" and meta["pages"] and "unreadable" not in path:
                item = s.scalars(select(IngestItem).where(IngestItem.locator == path)).one()
                assert item.document.page_count == meta["pages"], path
        recovered = s.scalars(select(IngestItem).where(IngestItem.locator.like("017-%"))).one()
        assert recovered.extractor in ("pdfium", "pdfminer") and "recovered" in recovered.error


def test_password_in_the_sheet_opens_an_encrypted_pdf(archive, corpus, tmp_path):
    locked = corpus / "pdf-samples" / "005-libreoffice-writer-password" / "libreoffice-writer-password.pdf"
    sheet = tmp_path / "s.csv"
    sheet.write_text(f"file,password\n{locked.name},openpassword\n", encoding="utf-8")
    assert outcomes(run_import(archive, [locked], sheet=read_sheet(sheet))) == {locked.name: "ingested"}


def test_hanging_hungry_and_crashing_extractions_are_stopped_and_recorded(archive, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("hang.pdf", "hog.pdf", "crash.pdf"):
        shutil.copy(SAMPLES / "pdf" / "cat-co-tur-4.pdf", folder / name)
        (folder / name).write_bytes((folder / name).read_bytes() + name.encode())  # distinct bytes
    shutil.copy(SAMPLES / "pdf" / "echr-kavala.pdf", folder / "fine.pdf")
    started = time.monotonic()
    summary = run_import(archive, [folder], timeout=3, memory_mb=400, extractor="tests.ingest.hostile:misbehave")
    assert time.monotonic() - started < 30
    got = {i.locator: (i.outcome, i.error) for i in summary.items}
    assert got["fine.pdf"] == ("ingested", None)
    assert got["hang.pdf"][0] == "failed" and "longer than 3 s" in got["hang.pdf"][1]
    assert got["hog.pdf"][0] == "failed" and ("memory" in got["hog.pdf"][1] or "crashed" in got["hog.pdf"][1])
    assert got["crash.pdf"][0] == "failed" and "crashed" in got["crash.pdf"][1]
    with archive.db.session() as s:
        run = s.get(IngestRun, summary.run_id)
        assert run.status == "done" and run.counts == {"ingested": 1, "failed": 3}


def test_a_document_is_searchable_while_a_long_file_is_still_being_extracted(archive, tmp_path, monkeypatch):
    # A quick file's document does not wait for the next result (a long report may take
    # minutes): it is stored within BATCH_SECONDS and indexed within INDEX_SECONDS.
    monkeypatch.setattr(importer, "BATCH_SECONDS", 0.5)
    monkeypatch.setattr(importer, "INDEX_SECONDS", 0.5)
    folder = tmp_path / "in"
    folder.mkdir()
    # One worker holds two files. a1's result is stored at once (nothing stored yet);
    # a2's comes right after it and waits for the batch, while slow1 is extracted (and
    # slow2 keeps the run from its end, when every result is written at once).
    (folder / "a1.txt").write_text("A short note on prison visits in Edirne. " * 4)
    (folder / "a2.txt").write_text("A short note on zeugmatic detention practices. " * 4)
    for n in (1, 2):
        (folder / f"slow{n}.txt").write_text(f"A long report, number {n}, on prison conditions. " * 4)
    done = {}
    thread = threading.Thread(target=lambda: done.update(summary=run_import(
        archive, [folder], workers=1, extractor="tests.ingest.hostile:slow")))
    thread.start()
    try:
        seen_while_slow1_ran = None
        deadline = time.monotonic() + 60
        while thread.is_alive() and time.monotonic() < deadline:
            if archive.backend.status()["ok"] and archive.backend.search(SearchQuery(text="zeugmatic")).hits:
                with archive.db.session() as s:  # looked up after the hit: no race in our favour
                    seen_while_slow1_ran = not s.scalar(select(IngestItem.done).where(IngestItem.locator == "slow1.txt"))
                break
            time.sleep(0.05)
    finally:
        thread.join()
    assert seen_while_slow1_ran is True
    assert set(outcomes(done["summary"]).values()) == {"ingested"} and len(done["summary"].items) == 4


def test_the_index_writer_writes_at_once_when_the_extraction_is_about_to_end(archive, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Notes on a quiet courtroom in Ankara. " * 4)
    summary = run_import(archive, [folder], workers=1)
    with archive.db.session() as s:
        doc = s.scalars(select(Document)).one()
        doc_id, public_id = doc.id, doc.public_id

    def pending_again():
        archive.backend.delete([public_id])
        with archive.db.session_scope() as s:
            s.get(Document, doc_id).index_state = "pending"

    def state():
        with archive.db.session() as s:
            return s.get(Document, doc_id).index_state

    assert summary.counts == {"ingested": 1}
    # Plenty of extraction left: the document waits for a larger write (INDEX_SECONDS).
    pending_again()
    indexer = BackgroundIndexer(archive.db, archive.backend, eta=lambda: 600.0)
    indexer.submit([(doc_id, 1)])
    time.sleep(1.5)
    assert state() == "pending"
    indexer.close()  # the run's end writes what is waiting
    assert state() == "ok"
    # The extraction ends in less time than writing what waits would take: written now.
    pending_again()
    indexer = BackgroundIndexer(archive.db, archive.backend, eta=lambda: 0.0)
    indexer.submit([(doc_id, 1)])
    deadline = time.monotonic() + 10
    while state() != "ok" and time.monotonic() < deadline:
        time.sleep(0.05)
    assert state() == "ok" and indexer.finishing.is_set()
    indexer.close()
    assert archive.backend.search(SearchQuery(text="courtroom")).hits


def test_a_worker_settles_its_heap_after_its_first_file():
    # A worker's long-lived heap (langdetect's profiles, our vocabularies) is frozen out
    # of the garbage collector's scans once its first file has loaded it.
    with ExtractionPool(workers=1, extractor="tests.ingest.hostile:gc_state") as pool:
        states = [r.pages[0] for _, r in pool.run(iter(Task(n, b"", f"{n}.txt") for n in range(3)))]
    (frozen0, threshold0), (frozen1, threshold1), (frozen2, threshold2) = (
        (int(part.split("=")[1]) for part in state.split()) for state in states)
    assert frozen0 == 0 and threshold0 != GC_THRESHOLD  # Python's defaults for the first file
    assert frozen1 > 1000 and threshold1 == GC_THRESHOLD
    assert frozen2 > 1000 and threshold2 == GC_THRESHOLD


class LegacyNameInfo(zipfile.ZipInfo):
    """A member whose name is stored as raw bytes without the UTF-8 flag (old Windows zips)."""

    raw_name = b""

    def _encodeFilenameFlags(self):
        return self.raw_name, self.flag_bits & ~0x800


def make_zip(path, members):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            if isinstance(name, bytes):  # a raw, non-UTF-8 name
                info = LegacyNameInfo(name.decode("cp437"))
                info.raw_name = name
                info.compress_type = zipfile.ZIP_DEFLATED
                zf.writestr(info, data)
            else:
                zf.writestr(name, data)


def test_zip_slip_bomb_nested_and_non_utf8_names(archive, tmp_path):
    pdf = (SAMPLES / "pdf" / "echr-alpay.pdf").read_bytes()
    inner = io.BytesIO()
    make_zip(inner, {"deep/kavala.pdf": (SAMPLES / "pdf" / "echr-kavala.pdf").read_bytes()})
    bundle = tmp_path / "bundle.zip"
    make_zip(bundle, {
        "ok/alpay.pdf": pdf,
        "../../escape.pdf": pdf + b"1",
        "/abs/path.pdf": pdf + b"2",
        "bomb.txt": b"0" * (60 * 1024 * 1024),
        "inner.zip": inner.getvalue(),
        "gözaltı raporu.pdf".encode("cp857"): (SAMPLES / "pdf" / "ngo-gozalti-raporu.pdf").read_bytes(),
    })
    summary = run_import(archive, [bundle])
    got = {i.locator: (i.outcome, i.error or "") for i in summary.items}
    assert got["bundle.zip!/ok/alpay.pdf"][0] == "ingested"
    assert got["bundle.zip!/../../escape.pdf"][0] == "failed" and "unsafe path" in got["bundle.zip!/../../escape.pdf"][1]
    assert got["bundle.zip!/abs/path.pdf"][0] == "failed" and "unsafe path" in got["bundle.zip!/abs/path.pdf"][1]
    assert got["bundle.zip!/bomb.txt"][0] == "failed" and "zip bomb" in got["bundle.zip!/bomb.txt"][1]
    assert got["bundle.zip!/inner.zip!/deep/kavala.pdf"][0] == "ingested"
    assert got["bundle.zip!/gözaltı raporu.pdf"][0] == "ingested"
    assert not list(tmp_path.glob("escape.pdf")) and not (tmp_path.parent / "escape.pdf").exists()


def test_docx_html_and_text_in_any_encoding(archive, tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    body = ('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
            '<w:p><w:r><w:t>Gözaltında işkence iddiaları Van ilinde incelendi ve rapor yayımlandı.</w:t></w:r></w:p>'
            '<w:p><w:r><w:br w:type="page"/><w:t>İkinci sayfa: öneriler ve sonuç bölümü burada yer alıyor.</w:t></w:r></w:p>'
            '</w:body></w:document>')
    make_zip(folder / "brief.docx", {"word/document.xml": body, "[Content_Types].xml": "<Types/>"})
    (folder / "page.html").write_text(
        "<html><head><title>Trustees | Example Association</title><script>var secret='js';</script></head>"
        "<body><h1>Press statement on trustees</h1><p>The removal of elected mayors in Diyarbakır is a blow to local democracy.</p>"
        "</body></html>", encoding="utf-8")
    (folder / "tr-1254.txt").write_bytes("Şırnak ve Hakkari'de gözaltına alınan kişilerin avukatlarıyla "
                                         "görüşmesine izin verilmediği bildirildi.".encode("cp1254"))
    (folder / "fr-1252.txt").write_bytes("Le Comité note avec préoccupation les allégations de mauvais "
                                         "traitements en garde à vue.".encode("cp1252"))
    summary = run_import(archive, [folder])
    assert set(outcomes(summary).values()) == {"ingested"}
    with archive.db.session() as s:
        docs = {d.blob.original_name: d for d in s.scalars(select(Document))}
        assert [p.number for p in docs["brief.docx"].pages] == [1, 2] and docs["brief.docx"].language == "tr"
        assert docs["page.html"].title == "Press statement on trustees"
        assert "secret" not in docs["page.html"].pages[0].text and "Diyarbakır" in docs["page.html"].pages[0].text
        assert "Şırnak" in docs["tr-1254.txt"].pages[0].text and docs["tr-1254.txt"].language == "tr"
        assert "préoccupation" in docs["fr-1252.txt"].pages[0].text and docs["fr-1252.txt"].language == "fr"
        assert docs["brief.docx"].pages[0].language == "tr"


def test_report_csv_and_runs_commands(tmp_path):
    env = {"HRARCHIVE_DATA_DIR": str(tmp_path / "data"), "HRARCHIVE_LOG_LEVEL": "WARNING", "HRARCHIVE_WORKERS": "2"}
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SAMPLES / "pdf" / "echr-kavala.pdf", folder / "a.pdf")
    shutil.copy(SAMPLES / "pdf" / "echr-kavala.pdf", folder / "b.pdf")  # same bytes: a duplicate
    (folder / "c.pdf").write_text("not a pdf")
    report = tmp_path / "report.csv"
    r = CliRunner().invoke(main, ["import", str(folder), "--report", str(report)], env=env)
    assert r.exit_code == 1, r.output
    with report.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert {"path", "outcome", "document_id", "reason", "pages", "language", "extractor"} <= set(rows[0])
    by_path = {row["path"]: row for row in rows}
    assert by_path["a.pdf"]["outcome"] == "ingested" and by_path["a.pdf"]["pages"] == "1"
    assert by_path["a.pdf"]["language"] == "en" and by_path["a.pdf"]["extractor"] == "pypdf"
    assert by_path["b.pdf"]["outcome"] == "duplicate" and by_path["b.pdf"]["document_id"] == by_path["a.pdf"]["document_id"]
    assert by_path["c.pdf"]["outcome"] == "failed" and "not a PDF" in by_path["c.pdf"]["reason"]
    r = CliRunner().invoke(main, ["runs"], env=env)
    assert r.exit_code == 0 and "1 duplicate, 1 failed, 1 ingested" in r.output
    r = CliRunner().invoke(main, ["runs", "show", "1", "--outcome", "failed"], env=env)
    assert r.exit_code == 0 and "c.pdf" in r.output and "a.pdf" not in r.output
    assert CliRunner().invoke(main, ["runs", "show", "99"], env=env).exit_code == 1


def test_kill_9_mid_run_then_rerun_finishes_without_duplicates(tmp_path):
    folder = tmp_path / "incoming"
    folder.mkdir()
    for pdf in sorted((SAMPLES / "pdf").glob("*.pdf")):
        shutil.copy(pdf, folder / pdf.name)
    for i in range(3):
        (folder / f"note-{i}.txt").write_text(f"Field note number {i} about hearings in Van and Diyarbakır.\n")
    n_files = len(list(folder.iterdir()))
    assert n_files == 50
    data = tmp_path / "data"
    env = {**os.environ, "HRARCHIVE_DATA_DIR": str(data), "HRARCHIVE_LOG_LEVEL": "WARNING", "HRARCHIVE_WORKERS": "1"}
    cmd = [sys.executable, "-m", "web", "import", str(folder), "--metadata", str(SAMPLES / "metadata.csv")]
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    db = data / "hrarchive.sqlite3"
    deadline = time.monotonic() + 60
    done = 0
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            with sqlite3.connect(db, timeout=1) as c:
                done = c.execute("SELECT count(*) FROM ingest_items WHERE done").fetchone()[0]
        except sqlite3.Error:
            pass
        if done >= 5:
            break
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGKILL)  # the importer and its workers, mid-run
    proc.wait()
    assert 0 < done < n_files, f"the kill did not land mid-run ({done} done)"
    r = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "resumed run 1" in r.stdout
    from archive.context import Archive
    from archive.settings import Settings

    arch = Archive.open(Settings(data_dir=data))
    try:
        with arch.db.session() as s:
            assert s.scalar(select(func.count()).select_from(Document)) == n_files
            assert s.scalar(select(func.count(func.distinct(Document.blob_sha256)))) == n_files
            items = s.scalars(select(IngestItem).where(IngestItem.run_id == 1)).all()
            assert len(items) == n_files and all(i.done for i in items)
            assert {i.outcome for i in items} == {"ingested"}
            assert s.get(IngestRun, 1).status == "done"
            assert indexing.check(s, arch.backend).is_clean
    finally:
        arch.close()
    # and a third run of the same command is all duplicates
    r = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert f"{n_files} duplicate" in r.stdout


def test_extract_document_sniffs_content_not_names(tmp_path):
    assert extract_document(b"%PDF-1.4 broken", "report.bin").status == "failed"
    assert extract_document(b"plain words", "data.csv").status == "unsupported"
    assert "not a PDF" in extract_document(b"<html>hi</html>", "x.pdf").error


def test_a_full_disk_stops_the_run_with_what_it_did_recorded_and_the_same_command_resumes(tmp_path):
    """The import process may not write files over 1 MB (RLIMIT_FSIZE: the kernel refuses
    the write as a full disk would); a 2 MB original arrives after three small ones."""
    import resource

    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a-cat.pdf", "b-ccpr.pdf", "c-ngo.pdf"):
        source = {"a-cat.pdf": "cat-co-tur-4.pdf", "b-ccpr.pdf": "ccpr-co-tur-1.pdf", "c-ngo.pdf": "ngo-gozalti-raporu.pdf"}
        (folder / name).write_bytes((SAMPLES / "pdf" / source[name]).read_bytes())
    (folder / "d-big.txt").write_text("Büyük bir metin. " * 130_000, encoding="utf-8")  # ~2.3 MB
    data_dir = tmp_path / "data"
    env = {**os.environ, "HRARCHIVE_DATA_DIR": str(data_dir), "HRARCHIVE_WORKERS": "1"}
    command = [sys.executable, "-c", "from web.cli import main; main()", "import", str(folder),
               "--report", str(tmp_path / "report.csv")]
    # the database and index are made (and grown past their first pages) before the limit
    subprocess.run([sys.executable, "-c", "from web.cli import main; main()", "init"], env=env, check=True)

    def limited() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a refused write raises, not kills
        resource.setrlimit(resource.RLIMIT_FSIZE, (1_000_000, 1_000_000))

    r = subprocess.run(command, env=env, capture_output=True, text=True, preexec_fn=limited, timeout=120)
    assert r.returncode == 1, r.stderr[-2000:]
    assert "stopped" in r.stderr and "no room to write" in r.stderr and "run the same command again" in r.stderr
    assert "Traceback" not in r.stderr
    arch = Archive.open(Settings(data_dir=data_dir, workers=1))
    with arch.db.session() as s:
        run = s.scalars(select(IngestRun)).one()
        assert run.status == "stopped" and "no room to write" in run.error
        items = {Path(i.locator).name: i for i in s.scalars(select(IngestItem))}
        assert not items["d-big.txt"].done  # still to do
    arch.close()
    r = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr[-2000:]
    assert "resumed run 1" in r.stdout
    arch = Archive.open(Settings(data_dir=data_dir, workers=1))
    with arch.db.session() as s:
        run = s.scalars(select(IngestRun)).one()
        assert run.status == "done" and run.error is None
        assert all(i.done and i.outcome == "ingested" for i in s.scalars(select(IngestItem)))
    arch.close()
