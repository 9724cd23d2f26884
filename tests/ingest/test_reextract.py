"""`hrarchive extract`: the stored originals read again with the current extractors."""
import io
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfReader, PdfWriter
from sqlalchemy import select

from archive import store
from archive.context import Archive
from archive.indexing import index_documents
from archive.models import Document
from archive.search import SearchQuery
from archive.settings import Settings
from ingest.extract import EXTRACTION_VERSION
from web.cli import main

from ..conftest import SAMPLES

NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
NUMBERED_POINT = '"3. Holds that there has been no violation"'  # a phrase with the point's number
POINTS = ["Declares the application admissible;", "Holds that there has been a violation of Article 3 of the Convention;",
          "Holds that there has been no violation of Article 8 of the Convention."]


def numbered_judgment() -> bytes:
    """A judgment whose operative points Word numbers itself (word/numbering.xml)."""
    def p(text: str, numbered: bool = False) -> str:
        ppr = '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>' if numbered else ""
        return f"<w:p>{ppr}<w:r><w:t>{text}</w:t></w:r></w:p>"

    body = "".join([p("SECOND SECTION"), p("CASE OF KAYA v. TÜRKİYE"), p("(Application no. 12345/15)"),
                    p("JUDGMENT"), p("STRASBOURG"), p("9 March 2021"),
                    p("In the case of Kaya v. Türkiye, the European Court of Human Rights, sitting as a Chamber,"),
                    p("FOR THESE REASONS, THE COURT, UNANIMOUSLY,"), *(p(t, numbered=True) for t in POINTS),
                    p("Done in English, and notified in writing on 9 March 2021.")])
    numbering = (f'<w:numbering {NS}><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
                 '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", f"<w:document {NS}><w:body>{body}</w:body></w:document>")
        z.writestr("word/numbering.xml", numbering)
    return out.getvalue()


def locked_pdf(path: Path, password: str) -> None:
    writer = PdfWriter(clone_from=PdfReader(SAMPLES / "pdf" / "cat-co-tur-4.pdf"))
    writer.encrypt(user_password=password, owner_password=None)
    with path.open("wb") as fh:
        writer.write(fh)


@pytest.mark.parametrize("engine", ["sqlite", "postgres"])
def test_documents_an_older_extractor_read_are_read_again(tmp_path, request, engine):
    """A DOCX imported before Word's numbering was read gets its numbers (and a person's
    title stays); a text whose file reads the same is left as it is; a locked PDF, whose
    password the archive does not keep, keeps its text with the reason; a text OCR read
    is never replaced; a second run has nothing left to do. On SQLite with Whoosh, and on
    PostgreSQL with its search engine."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "kaya.docx").write_bytes(numbered_judgment())
    (folder / "notes.txt").write_text("Notes on detention visits in Ankara and İzmir, 2021.\n" * 5, encoding="utf-8")
    (folder / "partner-notes.txt").write_text("Witness notes from Diyarbakır, read by OCR.\n" * 5, encoding="utf-8")
    locked_pdf(folder / "locked.pdf", "s3cret")
    (folder / "sheet.csv").write_text("file,password\nlocked.pdf,s3cret\n", encoding="utf-8")
    env = {"HRARCHIVE_DATA_DIR": str(tmp_path / "data"), "HRARCHIVE_WORKERS": "1"}
    settings = Settings(data_dir=tmp_path / "data")
    if engine == "postgres":
        url = request.getfixturevalue("pg_cluster").create_database("reextract")
        env.update(HRARCHIVE_DATABASE_URL=url, HRARCHIVE_SEARCH_BACKEND="postgres")
        settings = Settings(data_dir=tmp_path / "data", database_url=url, search_backend="postgres")
    runner = CliRunner()
    result = runner.invoke(main, ["import", str(folder), "--metadata", str(folder / "sheet.csv")], env=env)
    assert result.exit_code == 0 and "4 ingested" in result.output, result.output

    arch = Archive.open(settings, migrate=False)
    try:
        with arch.db.session_scope() as s:
            docs = {d.blob.original_name: d for d in s.scalars(select(Document))}
            assert all(d.extra["extraction"] == {"version": EXTRACTION_VERSION} for d in docs.values())
            assert "1. Declares the application admissible;" in docs["kaya.docx"].pages[0].text
            locked_text, locked_id = docs["locked.pdf"].pages[0].text, docs["locked.pdf"].public_id
            # what the older extractors left: the DOCX without Word's numbers, nothing stamped
            for doc in docs.values():
                doc.extra = {k: v for k, v in doc.extra.items() if k != "extraction"}
            kaya = docs["kaya.docx"]
            for page in kaya.pages:
                for n, point in enumerate(POINTS, 1):
                    page.text = page.text.replace(f"{n}. {point}", point)
            kaya.title, kaya.locked_fields = "Kaya v. Türkiye (a person's title)", ["title"]
            docs["partner-notes.txt"].pages[0].ocr_confidence = 88.0  # its text came from OCR
            store.touch(kaya)  # the index holds the older text too
            s.flush()
            index_documents(s, arch.backend, [kaya.id])
            revision = kaya.revision
            ocr_id = docs["partner-notes.txt"].public_id
            notes_id, notes_blob = docs["notes.txt"].public_id, arch.blobs.path_for(docs["notes.txt"].blob_sha256)
        assert arch.backend.search(SearchQuery(text=NUMBERED_POINT)).total == 0
    finally:
        arch.close()

    result = runner.invoke(main, ["extract", "--all"], env=env)
    assert result.exit_code == 0, result.output
    assert "read again 3 documents: 1 with a new text, 1 unchanged, 1 kept" in result.output, result.output
    assert f"kept as it was: {locked_id}: the file could not be read again" in result.output  # and why

    arch = Archive.open(settings, migrate=False)
    try:
        with arch.db.session() as s:
            docs = {d.blob.original_name: d for d in s.scalars(select(Document))}
            kaya = docs["kaya.docx"]
            assert "1. Declares the application admissible;" in kaya.pages[0].text
            assert "3. Holds that there has been no violation of Article 8" in kaya.pages[0].text
            assert kaya.title == "Kaya v. Türkiye (a person's title)"
            assert {(c["article"], c["outcome"]) for c in kaya.conclusions} >= {("3", "violation"), ("8", "no-violation")}
            assert kaya.revision > revision and kaya.indexed_revision == kaya.revision and kaya.index_state == "ok"
            assert kaya.extra["extraction"]["outcome"] == "replaced"
            assert docs["notes.txt"].extra["extraction"]["outcome"] == "unchanged"
            locked = docs["locked.pdf"]
            assert locked.pages[0].text == locked_text and locked.extra["extraction"]["outcome"] == "kept"
            assert "password" in locked.extra["extraction"]["error"]
            assert "extraction" not in docs["partner-notes.txt"].extra  # not taken by --all
        # re-indexed: the operative point's number is in the index now
        assert arch.backend.search(SearchQuery(text=NUMBERED_POINT)).total == 1
    finally:
        arch.close()

    result = runner.invoke(main, ["extract", "--all"], env=env)
    assert result.exit_code == 0 and "no document to read again" in result.output, result.output
    result = runner.invoke(main, ["extract", "--document", ocr_id], env=env)
    assert "read again 1 documents: 0 with a new text, 0 unchanged, 1 kept" in result.output, result.output
    notes_blob.unlink()  # an original the blob store lost: the text stays, and why is said
    result = runner.invoke(main, ["extract", "--document", notes_id], env=env)
    assert "read again 1 documents: 0 with a new text, 0 unchanged, 1 kept" in result.output, result.output
    result = runner.invoke(main, ["extract", "--document", "nosuchdoc"], env=env)
    assert result.exit_code == 1 and "no document nosuchdoc" in result.output
    assert runner.invoke(main, ["extract"], env=env).exit_code == 2
    arch = Archive.open(settings, migrate=False)
    try:
        with arch.db.session() as s:
            doc = s.scalars(select(Document).where(Document.public_id == ocr_id)).one()
            assert doc.extra["extraction"]["outcome"] == "kept" and "OCR" in doc.extra["extraction"]["error"]
            assert doc.pages[0].text.startswith("Witness notes from Diyarbakır")
            notes = s.scalars(select(Document).where(Document.public_id == notes_id)).one()
            assert notes.extra["extraction"]["outcome"] == "kept"
            assert "could not be read" in notes.extra["extraction"]["error"]
            assert notes.pages[0].text.startswith("Notes on detention visits")
    finally:
        arch.close()
