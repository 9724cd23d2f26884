"""OCR of documents already in the archive: the scans imported as `no_text_layer`
before OCR existed, or while tesseract was missing (`hrarchive ocr`, the admin area).

Each document's original is read again in a sandboxed extraction worker, with OCR on;
pages that OCR read replace the empty ones, enrichment runs again (values a person set
stay) and the document is re-indexed. Every attempt is recorded in the document's
`extra["ocr"]` (when, with which languages, what came of it), so `--all` takes the
documents not yet tried with these languages and an interrupted run resumes.
"""
from __future__ import annotations

from collections import Counter
from typing import Any, Callable

from sqlalchemy import select

from archive.indexing import index_documents
from archive.models import Blob, Document, utcnow

from .extract.ocr import OcrSettings
from .writer import rewrite_text
from .workers import ExtractionPool, Task


def backlog(session: Any, settings: OcrSettings, force: bool = False) -> list[int]:
    """Live PDF documents without a text layer that OCR has not yet tried with
    `settings.languages` (with `force`, every one without a text layer)."""
    rows = session.execute(
        select(Document.id, Document.extra).join(Blob, Blob.sha256 == Document.blob_sha256)
        .where(Document.deleted_at.is_(None), Document.text_status == "no_text_layer",
               Blob.media_type == "application/pdf")
        .order_by(Document.id)).all()
    return [doc_id for doc_id, extra in rows
            if force or ((extra or {}).get("ocr") or {}).get("languages") != settings.languages]


def ocr_documents(archive: Any, ids: list[int], settings: OcrSettings, *, workers: int = 1,
                  timeout: float = 120.0, memory_mb: int = 2048,
                  progress: Callable[[int, int], None] | None = None) -> Counter[str]:
    """OCR the documents `ids`; returns how many ended `read` (pages read), `nothing`
    (OCR ran and found no text), `failed` (could not run; the reason is recorded)."""
    outcomes: Counter[str] = Counter()

    def tasks():  # type: ignore[no-untyped-def]
        for doc_id in ids:
            with archive.db.session() as s:
                doc = s.get(Document, doc_id)
                if doc is None or doc.deleted_at is not None or not doc.blob_sha256:
                    continue
                locked = doc.locked_fields or []
                metadata = {name: getattr(doc, name) for name in ("title", "symbol") if name in locked}
                if doc.language and doc.language != "und":
                    metadata["ocr_language"] = doc.language
                sha = doc.blob_sha256
            yield Task(key=doc_id, data=archive.blobs.read(sha), name=f"{doc_id}.pdf", metadata=metadata)

    done = 0
    with ExtractionPool(workers, timeout, memory_mb, ocr=settings) as pool:
        for doc_id, extraction in pool.run(tasks()):
            outcomes[_record(archive, doc_id, extraction, settings)] += 1
            done += 1
            if progress:
                progress(done, len(ids))
    return outcomes


def _record(archive: Any, doc_id: int, extraction: Any, settings: OcrSettings) -> str:
    read = [c for c in extraction.page_ocr if c is not None]
    with archive.db.session_scope() as s:
        doc = s.get(Document, doc_id)
        assert doc is not None
        attempt: dict[str, Any] = {"at": utcnow().isoformat(timespec="seconds"), "languages": settings.languages}
        if read and extraction.status in ("ok", "partial"):
            outcome = "read"
            locked = doc.locked_fields or []
            if "language" not in locked:
                doc.language = None  # detected again, from the text OCR found
            rewrite_text(s, doc, extraction)
            attempt.update(pages=len(read), confidence=round(sum(read) / len(read), 1), error=extraction.error)
        else:
            outcome = "failed" if "not available" in (extraction.error or "") or extraction.status == "failed" \
                else "nothing"
            attempt.update(pages=0, error=extraction.error)
        doc.extra = {**(doc.extra or {}), "ocr": {**attempt, "outcome": outcome}}
        s.flush()
        if outcome == "read":
            index_documents(s, archive.backend, [doc.id])
    return outcome
