"""Keeping the derived index in step with the record.

The record is written first; then the index. A document whose index write failed
stays `index_state = 'failed'` (or 'pending') and `index check --repair` finishes it.
"""
from __future__ import annotations

import logging
from typing import Iterable, Iterator, cast

from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.orm import Session

from . import store, taxonomy
from .db import Database
from .models import Document
from .search import IndexDocument, IndexReport, SearchBackend, open_backend
from .search.base import IndexWriter, conclusion_facets
from .settings import Settings

log = logging.getLogger(__name__)
BATCH = 200


def to_index_document(doc: Document) -> IndexDocument:
    date = doc.date
    case = (doc.extra or {}).get("ecthr") or {}
    articles, outcomes, findings = conclusion_facets(doc.conclusions or [], case.get("articles") or ())
    return IndexDocument(
        id=doc.public_id,
        revision=doc.revision,
        title=doc.title or "",
        symbol=doc.symbol,
        identifiers=tuple(i.value for i in doc.identifiers if i.is_own),
        mechanism=doc.mechanism,
        body=doc.body,
        doc_type=doc.doc_type,
        language=doc.language,
        languages=tuple(doc.languages or ([doc.language] if doc.language else [])),
        countries=tuple(doc.countries or []),
        topics=tuple(dt.topic.key for dt in doc.topics),
        date=date.isoformat() if date else None,
        year=date.year if date else None,
        visibility=doc.visibility,
        pages=tuple((p.number, p.text) for p in doc.pages),
        subject_countries=tuple(doc.subject_countries or []),
        articles=articles, outcomes=outcomes, findings=findings,
        broader_topics=_broader(t.topic.key for t in doc.topics),
        added=doc.created_at.isoformat(timespec="microseconds") if doc.created_at else None,
    )


def _broader(keys: Iterable[str]) -> tuple[str, ...]:
    """The thesaurus ancestors of the topics `keys`, nearest first, each once."""
    tax = taxonomy.load()
    own = list(keys)
    return tuple(k for k in dict.fromkeys(a for key in own for a in tax.topic_ancestors(key)) if k not in own)


def make_backend(settings: Settings, db: Database) -> SearchBackend:
    """The configured backend, reading snippet text from the record."""

    def load_pages(wanted):  # type: ignore[no-untyped-def]
        with db.session() as session:
            return store.page_texts(session, wanted)

    return open_backend(settings, load_pages)


def _batches(session: Session, ids: list[int] | None) -> Iterator[list[Document]]:
    if ids is None:
        ids = list(session.scalars(select(Document.id).where(Document.deleted_at.is_(None)).order_by(Document.id)))
    for i in range(0, len(ids), BATCH):
        yield store.load_for_index(session, ids[i:i + BATCH])


_DOCUMENTS = cast(Table, Document.__table__)
# Core, not ORM: one executemany for a batch (the ORM's UPDATE ... WHERE id = ? per
# document also synchronised each loaded object)
_MARK_INDEXED = (update(_DOCUMENTS).where(_DOCUMENTS.c.id == bindparam("doc_id"))
                 .values(index_state="ok", indexed_revision=bindparam("indexed")))


def _mark_indexed(session: Session, revisions: dict[int, int]) -> None:
    """Record documents (id -> revision indexed) as indexed, in one statement."""
    if revisions:
        session.execute(_MARK_INDEXED, [{"doc_id": i, "indexed": r} for i, r in revisions.items()])


def index_documents(session: Session, backend: IndexWriter, ids: Iterable[int]) -> int:
    """Index the given documents and record the outcome on each row; commits.

    An index failure is recorded (index_state = 'failed'), not raised, so the
    record stays authoritative and `index check --repair` can finish the job.
    """
    id_list = list(ids)
    done = 0
    for docs in _batches(session, id_list):
        try:
            backend.index(to_index_document(d) for d in docs)
        except Exception:
            log.exception("index write failed for %d documents", len(docs))
            session.execute(update(Document).where(Document.id.in_([d.id for d in docs]))
                            .values(index_state="failed"))
            session.commit()
            continue
        _mark_indexed(session, {d.id: d.revision for d in docs})
        session.commit()
        done += len(docs)
    return done


def rebuild(session: Session, backend: SearchBackend) -> int:
    """Build the whole index anew from the record and swap it in atomically."""
    revisions: dict[int, int] = {}

    def stream() -> Iterator[IndexDocument]:
        for docs in _batches(session, None):
            for d in docs:
                revisions[d.id] = d.revision
                yield to_index_document(d)
            session.expunge_all()

    n = backend.rebuild(stream())
    _mark_indexed(session, revisions)
    session.commit()
    log.info("index rebuilt with %d documents", n)
    return n


def check(session: Session, backend: SearchBackend) -> IndexReport:
    """Compare the record and the index: missing, stale and orphaned entries."""
    rows = session.execute(
        select(Document.public_id, Document.revision).where(Document.deleted_at.is_(None))
    ).all()
    expected = {pid: rev for pid, rev in rows}
    status = backend.status()
    if not status["ok"]:  # absent, or from another version, or damaged: the engine says which
        return IndexReport(index_present=False, missing=sorted(expected), error=str(status["error"]))
    try:
        indexed = backend.indexed_revisions()
    except Exception as exc:
        return IndexReport(index_present=True, missing=sorted(expected), error=str(exc))
    return IndexReport(
        index_present=True,
        missing=sorted(pid for pid in expected if pid not in indexed),
        stale=sorted(pid for pid, rev in expected.items() if pid in indexed and indexed[pid] != rev),
        orphans=sorted(pid for pid in indexed if pid not in expected),
    )


def repair(session: Session, backend: SearchBackend, report: IndexReport) -> IndexReport:
    """Fix what `check` found; rebuilds when the index is absent or unreadable."""
    if not report.index_present or report.error:
        rebuild(session, backend)
    else:
        if report.orphans:
            backend.delete(report.orphans)
        todo = report.missing + report.stale
        if todo:
            ids = list(session.scalars(select(Document.id).where(Document.public_id.in_(todo))))
            index_documents(session, backend, ids)
    return check(session, backend)
