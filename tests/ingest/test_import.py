import shutil

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from archive import store
from archive.models import Document, IngestItem, IngestRun
from archive.search import SearchQuery
from ingest.errors import MetadataSheetError
from ingest.importer import ImportOptions, import_paths
from ingest.metadata import read_sheet
from web.cli import main

from ..conftest import SAMPLES


def run_import(arch, paths, **opts):
    return import_paths(arch.db, arch.blobs, arch.backend, paths, ImportOptions(**opts))


@pytest.fixture
def folder(tmp_path):
    src = tmp_path / "incoming"
    (src / "sub").mkdir(parents=True)
    shutil.copy(SAMPLES / "pdf" / "cat-co-tur-4.pdf", src / "cat.pdf")
    shutil.copy(SAMPLES / "pdf" / "ngo-gozalti-raporu.pdf", src / "sub" / "rapor.pdf")
    (src / "notes.xyz").write_bytes(b"just some bytes")
    (src / "fake.pdf").write_text("this is not a pdf")
    (src / "empty.pdf").write_bytes(b"")
    (src / "sheet.csv").write_text(
        "file,title,date,mechanism,body,type,language,symbol,countries,topics,visibility\n"
        "cat.pdf,CAT on Turkey,2016-06,UN,CAT,concluding-observations,en,CAT/C/TUR/CO/4,TR,torture,\n"
        "sub/rapor.pdf,,2021,civil-society,,,tr,,TR;SY,torture;liberty,restricted\n",
        encoding="utf-8")
    return src


def test_every_file_gets_an_outcome_and_sheet_values_win(archive, folder):
    sheet = read_sheet(folder / "sheet.csv")
    summary = run_import(archive, [folder], sheet=sheet)
    outcomes = {i.locator: i.outcome for i in summary.items}
    assert outcomes == {
        "cat.pdf": "ingested", "sub/rapor.pdf": "ingested", "notes.xyz": "unsupported",
        "fake.pdf": "failed", "empty.pdf": "failed", "sheet.csv": "unsupported",
    }
    with archive.db.session() as s:
        items = s.scalars(select(IngestItem).where(IngestItem.run_id == summary.run_id)).all()
        assert len(items) == 6 and all(i.done and i.outcome for i in items)
        assert next(i for i in items if i.locator == "fake.pdf").error == "the file is named .pdf but is not a PDF"
        cat = s.scalars(select(Document).where(Document.symbol == "CAT/C/TUR/CO/4")).one()
        assert (cat.title, cat.mechanism, cat.body, cat.published_precision) == ("CAT on Turkey", "UN", "CAT", "month")
        rapor = s.scalars(select(Document).where(Document.language == "tr")).one()
        assert rapor.title.startswith("Gözaltında işkence")  # detected from the text
        assert rapor.visibility == "restricted" and rapor.countries == ["TR", "SY"]
        assert sorted(t.topic.key for t in rapor.topics) == ["liberty", "torture"]
        run = s.get(IngestRun, summary.run_id)
        assert run.status == "done" and run.counts == {"ingested": 2, "unsupported": 2, "failed": 2}
    # originals are kept byte for byte
    assert archive.blobs.read(cat.blob_sha256) == (folder / "cat.pdf").read_bytes()
    # and the import is searchable at once; the restricted one only for admins
    assert archive.backend.search(SearchQuery(text="overcrowding")).total == 1
    assert archive.backend.search(SearchQuery(text="DAYANIŞMA")).total == 0
    assert archive.backend.search(SearchQuery(text="dayanisma", visibility=None)).total == 1


def test_reimport_is_a_duplicate_and_new_metadata_is_an_update(archive, folder, tmp_path):
    run_import(archive, [folder / "cat.pdf"])
    again = run_import(archive, [folder / "cat.pdf"])
    assert [i.outcome for i in again.items] == ["duplicate"]
    assert "same file as document" in again.items[0].error
    sheet = tmp_path / "s.csv"
    sheet.write_text("file,title\ncat.pdf,A better title\n", encoding="utf-8")
    updated = run_import(archive, [folder / "cat.pdf"], sheet=read_sheet(sheet))
    assert [i.outcome for i in updated.items] == ["updated"]
    with archive.db.session() as s:
        docs = s.scalars(select(Document)).all()
        assert len(docs) == 1 and docs[0].title == "A better title" and docs[0].revision == 2
    hits = archive.backend.search(SearchQuery(text='title:"better title"')).hits
    assert [h.id for h in hits] == [docs[0].public_id]


@pytest.mark.parametrize("content, message", [
    ("name,title\na.pdf,x\n", "needs a 'file' column"),
    ("file,colour\na.pdf,red\n", "unknown column(s) colour"),
    ("file,date\na.pdf,12/05/2016\n", "line 2, column 'date'"),
    ("file,visibility\na.pdf,secret\n", "is not public or restricted"),
    ("file,title\na.pdf,x\na.pdf,y\n", "listed twice"),
    ("file,mechanism\na.pdf,UN\nb.pdf,United Nations\nc.pdf,NATO\n", "line 4, column 'mechanism': 'NATO' is not one of UN, CoE"),
    ("file,body\na.pdf,Committee of Nobody\n", "column 'body': 'Committee of Nobody' is not a known body"),
    ("file,mechanism,body\na.pdf,UN,Bridge Legal Aid Association\n", "needs the mechanism civil-society"),
    ("file,mechanism,body\na.pdf,CoE,CAT\n", "column 'body': CAT is a body of UN, not of CoE"),
    ("file,language\na.pdf,English\n", "column 'language': 'English' is not a language code"),
    ("file,countries\na.pdf,TR;Atlantis\n", "'Atlantis' is neither an ISO 3166 two-letter code nor a country"),
    ("file,countries\na.pdf,Diyarbakır\n", "'Diyarbakır' is neither"),  # a place in Türkiye, not a country
    ("file,topics\na.pdf,torture;tortur\n", "column 'topics': unknown topic(s) 'tortur'"),
    ("file,type\na.pdf,report!\n", "column 'type': 'report!' is not a document type"),
    ("file,symbol\na.pdf," + "X" * 201 + "\n", "column 'symbol': 201 characters; at most 200"),
    ("file,source_url\na.pdf,www.example.org/report\n", "column 'source_url': 'www.example.org/report' is not"),
    ("file,title,date\na.pdf,Turkey, torture,2016\n", "line 2: 4 cells for 3 columns"),
    ('file,title\na.pdf,"two\nlines"\nb.pdf,x\nb.pdf,y\n', "line 5: 'b.pdf' is listed twice"),
])
def test_bad_metadata_sheets_name_the_problem(tmp_path, content, message):
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(content, encoding="utf-8")
    with pytest.raises(MetadataSheetError, match=message.replace("(", r"\(").replace(")", r"\)")):
        read_sheet(sheet)


def test_sheet_values_are_spelled_as_the_archive_spells_them(tmp_path):
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("file,mechanism,body,type,language,countries,topics\n"
                     "a.pdf,,Committee against Torture,Concluding observations,EN,Turkey;sy;Suriye,torture;torture\n"
                     "b.pdf,council of europe,cpt,,,,\n"
                     "c.pdf,civil-society,Bridge Legal Aid Association,,,,\n", encoding="utf-8")
    rows = read_sheet(sheet)
    a, b = rows["a.pdf"], rows["b.pdf"]
    assert (a.mechanism, a.body, a.doc_type, a.language) == ("UN", "CAT", "concluding-observations", "en")
    assert a.countries == ["TR", "SY"] and a.topics == ["torture"]
    assert (b.mechanism, b.body) == ("CoE", "CPT")
    assert (rows["c.pdf"].mechanism, rows["c.pdf"].body) == ("civil-society", "Bridge Legal Aid Association")


def test_import_defaults_are_checked_before_anything_is_imported(tmp_path):
    env = {"HRARCHIVE_DATA_DIR": str(tmp_path / "data")}
    result = CliRunner().invoke(main, ["import", str(SAMPLES / "pdf"), "--body", "Committee of Nobody"], env=env)
    assert result.exit_code == 2
    assert "--body: 'Committee of Nobody' is not a known body" in result.output
    result = CliRunner().invoke(main, ["import", str(SAMPLES / "pdf"), "--mechanism", "CoE", "--body", "CAT"], env=env)
    assert result.exit_code == 2 and "--body: CAT is a body of UN, not of CoE" in result.output
    assert not (tmp_path / "data" / "hrarchive.sqlite3").exists() or not _runs(tmp_path / "data")


def _runs(data_dir):
    import sqlite3

    with sqlite3.connect(data_dir / "hrarchive.sqlite3") as c:
        return c.execute("SELECT count(*) FROM ingest_runs").fetchone()[0]


def test_encrypted_pdf_opens_with_the_sheet_password(archive, corpus, tmp_path):
    locked = corpus / "pdf-samples" / "005-libreoffice-writer-password" / "libreoffice-writer-password.pdf"
    first = run_import(archive, [locked])
    assert [i.outcome for i in first.items] == ["needs_password"]
    sheet = tmp_path / "s.csv"
    sheet.write_text(f"file,password\n{locked.name},openpassword\n", encoding="utf-8")
    # the same bytes with their password: the kept document gets its text
    second = run_import(archive, [locked], sheet=read_sheet(sheet))
    assert [i.outcome for i in second.items] == ["updated"]
    assert second.items[0].document == first.items[0].document
    with archive.db.session() as s:
        doc = s.scalars(select(Document)).one()
        assert doc.text_status == "ok" and doc.pages[0].text.strip()
        word = doc.pages[0].text.split()[0]
    assert archive.backend.search(SearchQuery(text=f'"{word}"')).total == 1


def test_real_un_reports_import_and_search(archive, corpus):
    reports = sorted((corpus / "upr-reports").glob("*.pdf"))[:6]
    summary = run_import(archive, reports, mechanism="UN", body="UPR", doc_type="upr-report")
    assert set(summary.counts) == {"ingested"}
    result = archive.backend.search(SearchQuery(text='"universal periodic review"'))
    assert result.total == 6
    assert all(h.body == "UPR" and h.language == "en" for h in result.hits)
    assert all(h.pages and "<mark>" in h.pages[0].snippet for h in result.hits)


def test_a_documents_number_is_shown_as_its_institution_writes_it(archive, tmp_path):
    """The displayed symbol of a Parliamentary Assembly report, a GRETA report and a
    Commission report taken from EUR-Lex (whose CELEX number stands for its SWD number):
    the number as the institution prints it, joined to what cites it."""
    from .test_title import EUR_LEX_PAGE, PACE_REPORT

    src = tmp_path / "in"
    src.mkdir()
    (src / "pace.txt").write_text(PACE_REPORT, encoding="utf-8")
    (src / "eurlex.txt").write_text(EUR_LEX_PAGE, encoding="utf-8")
    (src / "greta.txt").write_text("GRETA(2030)11\nReport concerning the implementation of the Convention by Türkiye\n"
                                   "Second evaluation round\nPublished on 8 October 2030\n", encoding="utf-8")
    (src / "later.txt").write_text("Briefing on Türkiye\nThe Assembly's report (Doc. 15001) and the Commission's "
                                   "report (SWD(2030) 701 final) agree that the bans on assemblies in the provinces have "
                                   "gone on for years.\n", encoding="utf-8")
    summary = run_import(archive, [src])
    assert sorted(i.outcome for i in summary.items) == ["ingested"] * 4
    with archive.db.session() as s:
        symbols = {d.symbol: d.title for d in s.scalars(select(Document))}
        assert symbols["Doc. 15001"] == "Freedom of assembly of local councillors in Turkey"
        assert symbols["SWD(2030) 701"] == "Türkiye 2030 Report"
        assert symbols["GRETA(2030)11"].startswith("Report concerning the implementation of the Convention")
        later = s.scalars(select(Document).where(Document.title == "Briefing on Türkiye")).one()
        assert sorted(d.title for d, _ in store.cites(s, later)) == [
            "Freedom of assembly of local councillors in Turkey", "Türkiye 2030 Report"]
