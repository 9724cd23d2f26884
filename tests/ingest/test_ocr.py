"""OCR of scanned PDFs with the real tesseract: image-only PDFs made from our own
texts (bench/scans.py), imported as a user would, searched page by page."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from sqlalchemy import select

from archive.models import Document, IngestItem
from archive.search import SearchQuery
from ingest.extract import ocr
from ingest.importer import ImportOptions, import_paths

from ..conftest import ROOT, SAMPLES, bench_module, skip_or_fail

TURKISH = """İnsan Hakları Derneği, Diyarbakır'da gözaltına alınan gazetecilerin avukatlarıyla
görüşmelerinin kısıtlandığını açıkladı. Cezaevlerindeki aşırı kalabalık, çocukların ve
kadınların koşullarını ağırlaştırıyor.

Olağanüstü hal kararnameleriyle kamu görevinden ihraç edilen öğretmenler, yargı yoluna
başvurdu; komisyonun kararları yıllarca beklendi."""
ENGLISH = """The Committee is concerned about reports of ill-treatment in police custody in
southeastern provinces, and about the length of pre-trial detention of journalists,
lawyers and human rights defenders.

It recommends that the State party ensure prompt, impartial and effective investigations
into every allegation, and that perpetrators are prosecuted."""


@pytest.fixture(scope="module")
def scans():
    if ocr.unavailable_reason("tur+eng"):
        skip_or_fail("tesseract with Turkish and English data is not installed (Debian: tesseract-ocr "
                     "tesseract-ocr-tur tesseract-ocr-eng)")
    module = bench_module("scans")
    try:
        import PIL  # noqa: F401
    except ImportError:
        skip_or_fail("Pillow is not installed (pip install -e '.[test]')")
    if module.font_path() is None:
        skip_or_fail("DejaVu Sans is not installed (Debian: fonts-dejavu-core)")
    return module


def options(tmp_path: Path, **kw) -> ImportOptions:
    return ImportOptions(workers=1, ocr=ocr.OcrSettings(cache_dir=str(tmp_path / "ocr-cache"), **kw))


def test_a_scan_is_imported_and_searchable_page_by_page(archive, scans, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    scans.write_scan([TURKISH, ENGLISH], folder / "scan.pdf")
    summary = import_paths(archive.db, archive.blobs, archive.backend, [folder], options(tmp_path))
    assert [(i.outcome, i.pages) for i in summary.items] == [("ingested", 2)]
    with archive.db.session() as s:
        doc = s.scalars(select(Document)).one()
        assert doc.text_status == "ok" and sorted(doc.languages) == ["en", "tr"]  # detected from the OCR text
        assert [p.ocr_confidence is not None and p.ocr_confidence > 60 for p in doc.pages] == [True, True]
        item = s.scalars(select(IngestItem)).one()
        assert item.extractor == "pypdf+ocr"
    # found by its own words, Turkish casing and all, at the page that holds them
    hit = archive.backend.search(SearchQuery(text="KARARNAMELERİYLE")).hits[0]
    assert [p.number for p in hit.pages][:1] == [1]
    hit = archive.backend.search(SearchQuery(text='"pre-trial detention" perpetrators')).hits[0]
    assert [p.number for p in hit.pages][:1] == [2]
    # the interface says which text came from OCR, and how sure it was
    from web import create_app

    client = create_app(archive.settings, TESTING=True).test_client()
    page = client.get("/?q=perpetrators").get_data(as_text=True)
    assert '<span class="ocr" title="Text read by OCR from a scan; mean confidence' in page
    api = client.get("/api/v1/search?q=perpetrators").get_json()
    assert api["hits"][0]["pages"][0]["number"] == 2 and api["hits"][0]["pages"][0]["ocr_confidence"] > 60
    doc_page = client.get(f"/documents/{hit.id}").get_data(as_text=True)
    assert doc_page.count('<span class="ocr"') == 2 and "open the PDF at page 2" in doc_page
    assert [p["ocr_confidence"] > 60 for p in client.get(f"/api/v1/documents/{hit.id}/pages").get_json()["pages"]] \
        == [True, True]


def test_word_recall_floor_on_a_turkish_and_an_english_scan(scans, tmp_path):
    """The floor of bench/ocr.py's measure (issue 23 asks 0.97), on one noisy scan each."""
    bench = bench_module("ocr")
    for language, text in (("tr", TURKISH), ("en", ENGLISH)):
        pdf = scans.write_scan([text], tmp_path / f"{language}.pdf", seed=7)
        found = ocr.ocr_pdf(pdf.read_bytes(), [""], mode="auto")
        assert not found.errors and list(found.pages) == [0]
        assert bench.word_recall(text, found.pages[0].text) >= 0.97, (language, found.pages[0].text)
        assert bench.char_error_rate(text, found.pages[0].text) <= 0.05, language


def test_only_pages_without_text_are_read_and_never_reads_none(scans, tmp_path):
    mixed = PdfWriter()
    for page in PdfReader(SAMPLES / "pdf" / "cat-co-tur-4.pdf").pages[:1]:
        mixed.add_page(page)
    for page in PdfReader(scans.write_scan([ENGLISH], tmp_path / "one.pdf")).pages:
        mixed.add_page(page)
    blank = PdfWriter()
    blank.add_blank_page(595, 842)
    for writer, name in ((mixed, "mixed.pdf"), (blank, "blank.pdf")):
        with open(tmp_path / name, "wb") as f:
            writer.write(f)
    from ingest.extract import extract_document

    ocr.configure(ocr.OcrSettings())
    result = extract_document((tmp_path / "mixed.pdf").read_bytes(), "mixed.pdf")
    assert result.status == "ok" and result.page_ocr[0] is None and result.page_ocr[1] > 60
    assert "perpetrators" in result.pages[1] and "Committee against Torture" in result.pages[0]
    # a blank page of a digital file shows no image: nothing to read, tesseract not run
    assert ocr.ocr_pdf((tmp_path / "blank.pdf").read_bytes(), [""]).pages == {}
    try:
        ocr.configure(ocr.OcrSettings(mode="never"))
        never = extract_document((tmp_path / "mixed.pdf").read_bytes(), "mixed.pdf")
        assert never.page_ocr == [None, None] and never.pages[1] == ""
        ocr.configure(ocr.OcrSettings(mode="force"))
        forced = extract_document((tmp_path / "mixed.pdf").read_bytes(), "mixed.pdf")
        assert all(c is not None for c in forced.page_ocr) and "Torture" in forced.pages[0]
    finally:
        ocr.configure(ocr.OcrSettings())


def test_results_are_cached_by_page_image_and_languages(scans, tmp_path):
    pdf = scans.write_scan([ENGLISH], tmp_path / "scan.pdf")
    ocr.configure(ocr.OcrSettings(cache_dir=str(tmp_path / "cache")))
    try:
        first = ocr.ocr_pdf(pdf.read_bytes(), [""]).pages[0]
        again = ocr.ocr_pdf(pdf.read_bytes(), [""]).pages[0]
        assert not first.cached and again.cached and again.text == first.text
        other = ocr.ocr_pdf(pdf.read_bytes(), [""], language="fr").pages[0]
        assert not other.cached and other.languages.startswith("fra")  # another language set
    finally:
        ocr.configure(ocr.OcrSettings())


def test_a_page_that_overruns_is_recorded_and_the_rest_goes_on(archive, scans, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    scans.write_scan([TURKISH, ENGLISH], folder / "slow.pdf")
    summary = import_paths(archive.db, archive.blobs, archive.backend, [folder],
                           options(tmp_path, page_seconds=0.001))
    item = summary.items[0]
    assert item.outcome == "no_text_layer" and "page 1: OCR took longer than" in item.error
    assert "page 2: OCR took longer than" in item.error
    with archive.db.session() as s:
        assert s.scalars(select(Document)).one().text_status == "no_text_layer"


def test_a_long_scan_is_not_stopped_by_the_per_file_limit(archive, scans, tmp_path, caplog):
    """The time limit runs per page while a scan is read: six pages of about a second
    each go through a 4-second file limit, and the log shows the pages as they are read."""
    import logging

    caplog.set_level(logging.INFO, logger="ingest.workers")
    folder = tmp_path / "in"
    folder.mkdir()
    scans.write_scan([ENGLISH] * 3 + [TURKISH] * 3, folder / "long.pdf", seed=3)
    opts = options(tmp_path)
    opts.timeout = 4.0
    summary = import_paths(archive.db, archive.blobs, archive.backend, [folder], opts)
    assert [(i.outcome, i.pages) for i in summary.items] == [("ingested", 6)], summary.items[0].error
    progress = [r.getMessage() for r in caplog.records if r.getMessage().startswith("OCR of long.pdf")]
    assert progress and progress[-1] == "OCR of long.pdf: page 6 of 6 read", progress


def test_without_tesseract_scans_are_kept_with_the_reason(scans, tmp_path):
    """A machine without tesseract: the import works, the scan is kept, and says why
    it is not searchable (the command runs with a PATH that has no tesseract)."""
    folder = tmp_path / "in"
    folder.mkdir()
    scans.write_scan([ENGLISH], folder / "scan.pdf")
    bindir = Path(sys.executable).parent
    env = {**os.environ, "PATH": str(bindir), "HRARCHIVE_DATA_DIR": str(tmp_path / "data")}
    assert shutil.which("tesseract", path=str(bindir)) is None
    done = subprocess.run([str(bindir / "hrarchive"), "import", str(folder), "--workers", "1"],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "1 no_text_layer" in done.stdout
    report = subprocess.run([str(bindir / "hrarchive"), "runs", "show", "1"], capture_output=True, text=True,
                            env=env, cwd=ROOT, timeout=60)
    assert "OCR not available: install tesseract-ocr and tesseract-ocr-tur (README)" in report.stdout


def test_the_backlog_command_reads_scans_imported_without_ocr(scans, tmp_path):
    from click.testing import CliRunner

    from archive.context import Archive
    from archive.settings import Settings
    from web.cli import main

    folder = tmp_path / "in"
    folder.mkdir()
    scans.write_scan([TURKISH], folder / "eski-tarama.pdf")
    env = {"HRARCHIVE_DATA_DIR": str(tmp_path / "data"), "HRARCHIVE_WORKERS": "1"}
    runner = CliRunner()
    result = runner.invoke(main, ["import", str(folder), "--ocr", "never"], env=env)
    assert result.exit_code == 0 and "1 no_text_layer" in result.output, result.output
    assert runner.invoke(main, ["ocr"], env=env).exit_code == 2
    result = runner.invoke(main, ["ocr", "--document", "nosuchdoc"], env=env)
    assert result.exit_code == 1 and "no document nosuchdoc" in result.output
    result = runner.invoke(main, ["ocr", "--all"], env=env)
    assert result.exit_code == 0 and "OCR of 1 documents: 1 read" in result.output, result.output
    arch = Archive.open(Settings(data_dir=tmp_path / "data"), migrate=False)
    try:
        with arch.db.session() as s:
            doc = s.scalars(select(Document)).one()
            assert doc.text_status == "ok" and doc.language == "tr"
            assert doc.extra["ocr"]["outcome"] == "read" and doc.extra["ocr"]["languages"] == "tur+eng"
            assert doc.pages[0].ocr_confidence > 60
        assert arch.backend.search(SearchQuery(text="öğretmenler kararnameleriyle")).total == 1
    finally:
        arch.close()
    # done: nothing left to read; the cache in the data dir holds the page
    result = runner.invoke(main, ["ocr", "--all"], env=env)
    assert result.exit_code == 0 and "no document needs OCR" in result.output
    assert list((tmp_path / "data" / "ocr-cache").rglob("*.json"))


def test_the_admin_area_shows_ocr_status_and_queues_a_document(archive, scans, tmp_path):
    import time

    from web import create_app

    from ..web.admin_helpers import add_user, login

    folder = tmp_path / "in"
    folder.mkdir()
    scans.write_scan([ENGLISH], folder / "scan.pdf")
    import_paths(archive.db, archive.blobs, archive.backend, [folder], options(tmp_path, mode="never"))
    with archive.db.session() as s:
        public_id = s.scalars(select(Document.public_id)).one()
    app = create_app(archive.settings, TESTING=True)
    client = app.test_client()
    add_user(archive, "editor@example.org", "editor")
    token = login(client, "editor@example.org")
    page = client.get(f"/admin/documents/{public_id}").get_data(as_text=True)
    assert "No page was read by OCR." in page and "Read with OCR" in page
    assert client.post(f"/admin/documents/{public_id}/ocr", data={"languages": "tur+eng"}).status_code == 400  # CSRF
    r = client.post(f"/admin/documents/{public_id}/ocr", data={"csrf_token": token, "languages": "eng; rm"})
    assert r.status_code == 400
    r = client.post(f"/admin/documents/{public_id}/ocr", data={"csrf_token": token, "languages": "eng"})
    assert r.status_code in (302, 303)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        page = client.get(f"/admin/documents/{public_id}").get_data(as_text=True)
        if "OCR is running" not in page:
            break
        time.sleep(0.3)
    assert "1 / 1 pages read by OCR, mean confidence" in page and ", eng: pages read" in page
    assert archive.backend.search(SearchQuery(text="perpetrators")).total == 1


def test_scans_fetched_by_a_pipeline_or_uploaded_by_an_editor_are_read(archive, scans, tmp_path):
    """The two other ways in: a feed that links a scan (the source's default language
    chooses the OCR languages), and the admin area's upload."""
    import io

    from ingest.pipeline import PipelineOptions
    from web import create_app

    from ..web.admin_helpers import add_user, login, run_id_from, wait_for_run
    from .webserver import run_feed_source

    feed_scan = scans.write_scan([TURKISH], tmp_path / "karar.pdf", seed=11).read_bytes()
    upload_scan = scans.write_scan([ENGLISH], tmp_path / "letter.pdf", seed=12).read_bytes()
    result = run_feed_source(archive, tmp_path, {"/docs/karar.pdf": (feed_scan, "application/pdf")},
                             'mechanism = "civil-society"\nlanguage = "tr"',
                             PipelineOptions(workers=1, timeout=120, ocr=ocr.OcrSettings(cache_dir=str(tmp_path / "c"))))
    assert [i.outcome for i in result.items] == ["ingested"], result.items
    with archive.db.session() as s:
        item = s.scalars(select(IngestItem)).one()
        assert item.extractor == "pypdf+ocr"
        fetched = s.scalars(select(Document)).one()
        assert fetched.pages[0].ocr_confidence > 60
        fetched_id = fetched.public_id
    assert archive.backend.search(SearchQuery(text="kararnameleriyle öğretmenler")).total == 1

    add_user(archive, "editor@example.org", "editor")
    client = create_app(archive.settings, TESTING=True).test_client()
    token = login(client, "editor@example.org")
    r = client.post("/admin/upload", content_type="multipart/form-data", data={
        "csrf_token": token, "visibility": "public", "mechanism": "UN",
        "files": [(io.BytesIO(upload_scan), "letter.pdf")]})
    status = wait_for_run(client, run_id_from(r), timeout=120)
    assert status["counts"] == {"ingested": 1}, status
    hits = archive.backend.search(SearchQuery(text="perpetrators impartial")).hits
    assert len(hits) == 1 and hits[0].id != fetched_id  # the uploaded letter


def test_digital_files_keep_flowing_while_a_scan_is_read(scans, tmp_path):
    """Two workers, a six-page scan first: the digital file prefetched behind the scan is
    taken back and read by the other worker, so every digital file is done before the scan."""
    from ingest.workers import ExtractionPool, Task

    scan = scans.write_scan([ENGLISH] * 3 + [TURKISH] * 3, tmp_path / "long.pdf", seed=5)
    digital = sorted((SAMPLES / "pdf").glob("*.pdf"))[:4]
    tasks = [Task(key="scan", data=scan.read_bytes(), name="long.pdf")] + \
        [Task(key=p.name, data=p.read_bytes(), name=p.name) for p in digital]
    with ExtractionPool(workers=2, timeout=120, ocr=ocr.OcrSettings()) as pool:
        done = [(key, result.status) for key, result in pool.run(iter(tasks))]
    assert sorted(done) == sorted([("scan", "ok")] + [(p.name, "ok") for p in digital])
    assert done[-1][0] == "scan", done  # without taking back, the file queued behind the scan came last
