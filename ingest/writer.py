"""The document writer's steps, shared by every way a document comes in (import, upload,
retry, pipeline, replace, the OCR backlog): an extraction's text, pages and language
written to a document, and its enrichment applied."""
from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from archive import store
from archive.models import Document, utcnow

from .enrich.apply import apply_enrichment
from .extract import EXTRACTION_VERSION, Extraction

if TYPE_CHECKING:
    from .importer import ImportOptions
    from .metadata import SheetRow


def _defaults(opts: "ImportOptions") -> dict[str, str | None]:
    return {"mechanism": opts.mechanism, "body": opts.body, "doc_type": opts.doc_type}


def enrich_document(session: Session, doc: Document, extraction: Extraction, opts: "ImportOptions") -> None:
    """The enrichment the extraction worker computed, applied to `doc` (values a person or
    the sheet set are kept), or the run's defaults when there is none."""
    if extraction.enrichment is not None:
        apply_enrichment(session, doc, extraction.enrichment, _defaults(opts))
    else:
        for field, value in _defaults(opts).items():
            if value and not getattr(doc, field):
                setattr(doc, field, value)


# what a web page states about itself, kept (the date and kind also for `hrarchive enrich`)
PAGE_METADATA = ("author", "site_name", "canonical_url", "date", "kind")


def fill_text(doc: Document, extraction: Extraction, row: "SheetRow | None", opts: "ImportOptions",
              fallback_title: str, session: Session | None = None) -> None:
    """Pages, text status and language of `doc` from its extraction (its title is the
    enrichment's to find; the file name stands in until then).
    With `session`, a new document is written here, its pages in one statement."""
    doc.text_status = extraction.status
    if not doc.language and not (row and row.language) and not opts.language:
        doc.language = extraction.language or "und"
        doc.languages = sorted({l for l in extraction.page_languages if l != "und"}) or [doc.language]
    if not doc.title:
        doc.title = fallback_title  # until enrichment finds the document's own title
    if extraction.metadata.get("title"):
        doc.extra = {**(doc.extra or {}), "file_title": extraction.metadata["title"][:500]}
    if extraction.metadata.get("creationdate"):  # a PDF's or DOCX's creation date (a date of last resort)
        doc.extra = {**(doc.extra or {}), "file_date": extraction.metadata["creationdate"][:40]}
    stated = {k: extraction.metadata[k][:500] for k in PAGE_METADATA if extraction.metadata.get(k)}
    if stated:  # a web page's own author, site name, canonical URL, date and kind
        doc.extra = {**(doc.extra or {}), "page": stated}
    doc.extra = {**(doc.extra or {}), "extraction": {"version": EXTRACTION_VERSION}}
    store.set_pages(doc, extraction.pages, extraction.page_languages, session, extraction.page_ocr)


def new_original(doc: Document, sha256: str) -> None:
    """`doc`'s original becomes the blob `sha256`; the previous one stays in the blob store
    and is listed in `extra["versions"]` (a replaced file, a changed page at a source)."""
    versions = list((doc.extra or {}).get("versions", []))
    versions.append({"sha256": doc.blob_sha256, "replaced_at": utcnow().isoformat(timespec="seconds"),
                     "source_url": doc.source_url})
    doc.extra = {**(doc.extra or {}), "versions": versions}
    doc.blob_sha256 = sha256


def rewrite_text(session: Session, doc: Document, extraction: Extraction) -> None:
    """`doc`'s text replaced by a new reading of its original (OCR, re-extraction), its
    enrichment applied again (values a person set stay), marked for the index."""
    from .importer import ImportOptions

    opts = ImportOptions(visibility=doc.visibility)
    fill_text(doc, extraction, None, opts, doc.title or f"document {doc.public_id}")
    enrich_document(session, doc, extraction, opts)
    store.touch(doc)
