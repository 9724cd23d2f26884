"""Queries and writes on the record. Each function takes a Session; callers commit."""
from __future__ import annotations

import datetime as dt
from typing import Any, Iterable, Sequence, cast

from sqlalchemy import Table, func, insert, inspect, or_, select
from sqlalchemy.orm import Session, selectinload

from .errors import DocumentNotFound
from .models import Blob, Document, DocumentTopic, Identifier, Page, Topic


def live_documents():  # type: ignore[no-untyped-def]
    """A select() of documents that are not soft-deleted."""
    return select(Document).where(Document.deleted_at.is_(None))


def get_document(session: Session, public_id: str, *, include_restricted: bool = False,
                 full: bool = False) -> Document:
    """The live document with `public_id`. Raises DocumentNotFound.

    `full` loads its pages, topics, identifiers and original in the same round trips
    (a document page needs them all; no query per topic).
    """
    stmt = live_documents().where(Document.public_id == public_id)
    if full:
        stmt = stmt.options(selectinload(Document.pages), selectinload(Document.identifiers),
                            selectinload(Document.topics).selectinload(DocumentTopic.topic),
                            selectinload(Document.blob))
    if not include_restricted:
        stmt = stmt.where(Document.visibility == "public")
    doc = session.scalars(stmt).first()
    if doc is None:
        raise DocumentNotFound(f"no document {public_id!r}")
    return doc


def find_by_blob(session: Session, sha256: str) -> Document | None:
    return session.scalars(live_documents().where(Document.blob_sha256 == sha256)).first()


def ensure_blob(session: Session, sha256: str, size: int, media_type: str, name: str) -> Blob:
    blob = session.get(Blob, sha256)
    if blob is None:
        blob = Blob(sha256=sha256, size=size, media_type=media_type, original_name=name[:500])
        session.add(blob)
        session.flush()
    return blob


def new_document(**values: Any) -> Document:
    """A Document for a file archived for the first time, its collections empty rather
    than unloaded: filling them after its first flush then asks the database nothing."""
    return Document(pages=[], identifiers=[], topics=[], **values)


def set_pages(doc: Document, texts: Sequence[str], languages: Sequence[str | None] | None = None,
              session: Session | None = None, ocr: Sequence[float | None] | None = None) -> None:
    """Replace the pages of `doc` with `texts` (page 1 first); `ocr` gives the OCR
    confidence of pages read by OCR (None for the file's own text).

    Existing page rows are updated in place: the unit of work inserts before it
    deletes, so new rows with the same numbers would collide with the old ones. A
    document without pages (`session` given) gets them in one statement (insert_children).
    """
    def language(i: int) -> str | None:
        return languages[i] if languages and i < len(languages) else None

    def confidence(i: int) -> float | None:
        return ocr[i] if ocr and i < len(ocr) else None

    if session is not None and texts and not doc.pages:
        if doc.id is None and inspect(doc).pending:
            session.flush()  # its id
        if insert_children(session, doc, "pages", [{"number": i + 1, "text": text, "language": language(i),
                                                    "ocr_confidence": confidence(i)}
                                                   for i, text in enumerate(texts)]):
            doc.page_count = len(texts)
            return
    existing = list(doc.pages)
    del doc.pages[len(texts):]
    for i, text in enumerate(texts):
        if i < len(existing):
            existing[i].text, existing[i].language = text, language(i)
            existing[i].ocr_confidence = confidence(i)
        else:
            doc.pages.append(Page(number=i + 1, text=text, language=language(i), ocr_confidence=confidence(i)))
    doc.page_count = len(texts)


_CHILD_TABLES = {name: cast(Table, model.__table__)
                 for name, model in (("pages", Page), ("identifiers", Identifier), ("topics", DocumentTopic))}


def insert_children(session: Session | None, doc: Document, collection: str, rows: list[dict[str, Any]]) -> bool:
    """Add `rows` to a written document's pages, identifiers or topics (`collection`) in
    one INSERT, without an object per row: an import's bookkeeping was mostly such
    objects. Only where the document has no such rows in memory and none removed but not
    yet deleted (nothing to replace or to collide with); returns False, having done
    nothing, otherwise or without `session`. The collection is read from the rows when
    next asked for."""
    if session is None or doc.id is None or getattr(doc, collection) \
            or inspect(doc).attrs[collection].history.deleted:
        return False
    if rows:
        session.execute(insert(_CHILD_TABLES[collection]), [{**row, "document_id": doc.id} for row in rows])
        session.expire(doc, [collection])
    return True


def touch(doc: Document) -> None:
    """Mark `doc` changed: a new revision that the index must pick up."""
    doc.revision = (doc.revision or 0) + 1
    doc.index_state = "pending"
    doc.updated_at = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def set_own_identifier(session: Session, doc: Document, scheme: str, value: str, raw: str) -> None:
    for ident in list(doc.identifiers):
        if ident.is_own and ident.scheme == scheme:
            doc.identifiers.remove(ident)
    doc.identifiers.append(Identifier(scheme=scheme, value=value, raw=raw, is_own=True))


def ensure_topic(session: Session, key: str) -> Topic:
    """The Topic row for a thesaurus key, created (with its labels) on first use.

    Rows are remembered per session (an import tags thousands of documents with the same
    few dozen topics); a remembered row that a rollback discarded is looked up again.
    """
    known: dict[str, Topic] = session.info.setdefault("topics", {})
    topic = known.get(key)
    if topic is not None and inspect(topic).persistent:
        return topic
    with session.no_autoflush:  # a lookup by key needs none of the session's pending changes
        topic = session.scalars(select(Topic).where(Topic.key == key)).first()
    if topic is None:
        from . import taxonomy

        concept = taxonomy.load().topics.get(key)
        labels = concept.labels if concept else {}
        topic = Topic(key=key, label_en=labels.get("en", key), label_tr=labels.get("tr", ""),
                      label_fr=labels.get("fr", ""),
                      data={"parent": concept.parent, "instruments": list(concept.instruments)} if concept else {})
        session.add(topic)
        session.flush()
    known[key] = topic
    return topic


def set_topics(session: Session, doc: Document, keys: Iterable[str], assigned_by: str = "person") -> None:
    doc.topics.clear()
    session.flush()
    for key in dict.fromkeys(keys):
        doc.topics.append(DocumentTopic(topic=ensure_topic(session, key), score=1.0, assigned_by=assigned_by))


def load_for_index(session: Session, ids: Sequence[int] | None = None) -> list[Document]:
    """Live documents with everything the index needs, loaded without N+1 queries."""
    stmt = live_documents().options(
        selectinload(Document.pages), selectinload(Document.topics).selectinload(DocumentTopic.topic),
        selectinload(Document.identifiers),
    ).order_by(Document.id)
    if ids is not None:
        stmt = stmt.where(Document.id.in_(ids))
    return list(session.scalars(stmt))


def page_texts(session: Session, wanted: Sequence[tuple[str, int]]) -> dict[tuple[str, int], str]:
    """Text of the given (public id, page number) pages, in one query."""
    if not wanted:
        return {}
    ids = {doc_id for doc_id, _ in wanted}
    rows = session.execute(
        select(Document.public_id, Page.number, Page.text)
        .join(Page, Page.document_id == Document.id)
        .where(Document.public_id.in_(ids), Page.number.in_({n for _, n in wanted}))
    )
    want = set(wanted)
    return {(pid, n): text for pid, n, text in rows if (pid, n) in want}


def hit_pages(session: Session, hits: Sequence[Any]) -> dict[tuple[str, int], Page]:
    """The stored pages that search hits show, by (document id, page number), in one query."""
    wanted = {(h.id, p.number) for h in hits for p in h.pages}
    if not wanted:
        return {}
    rows = session.execute(
        select(Document.public_id, Page)
        .join(Page, Page.document_id == Document.id)
        .where(Document.public_id.in_({pid for pid, _ in wanted}), Page.number.in_({n for _, n in wanted})))
    return {(pid, page.number): page for pid, page in rows if (pid, page.number) in wanted}


def facet_counts(session: Session, column: str, public_ids: Iterable[str] | None = None) -> dict[str, int]:
    """Counts of live public documents per value of a single-valued column (for checks)."""
    col = getattr(Document, column)
    stmt = select(col, func.count()).where(Document.deleted_at.is_(None), Document.visibility == "public")
    if public_ids is not None:
        stmt = stmt.where(Document.public_id.in_(list(public_ids)))
    stmt = stmt.group_by(col)
    return {value: n for value, n in session.execute(stmt) if value}


def _visible(stmt, include_restricted: bool):  # type: ignore[no-untyped-def]
    stmt = stmt.where(Document.deleted_at.is_(None))
    return stmt if include_restricted else stmt.where(Document.visibility == "public")


def _first_per_document(rows) -> list[tuple[Document, Identifier]]:  # type: ignore[no-untyped-def]
    """(document, identifier) rows, keeping each document's first row only."""
    seen: set[int] = set()
    out = []
    for doc, ident in rows:
        if doc.id not in seen:
            seen.add(doc.id)
            out.append((doc, ident))
    return out


# A list of linked documents (cites, cited by, the same case) holds at most LINKS: a
# judgment the Court cites in hundreds of later texts is one page, and bounded work.
LINKS = 200
_ROWS_PER_LINK = 5  # rows read per document listed (a document may cite one through several numbers)


def _links(session: Session, stmt, include_restricted: bool,  # type: ignore[no-untyped-def]
           limit: int) -> list[tuple[Document, Identifier]]:
    rows = session.execute(_visible(stmt, include_restricted).limit(limit * _ROWS_PER_LINK))
    return _first_per_document(rows)[:limit]


def cites(session: Session, doc: Document, *, include_restricted: bool = False,
          limit: int = LINKS) -> list[tuple[Document, Identifier]]:
    """Archived documents that `doc` cites: their own identifier is one `doc` cites."""
    from sqlalchemy.orm import aliased

    cited = aliased(Identifier)
    own = aliased(Identifier)
    stmt = (select(Document, cited)
            .join(own, (own.document_id == Document.id) & own.is_own)
            .join(cited, (cited.scheme == own.scheme) & (cited.value == own.value))
            .where(cited.document_id == doc.id, cited.is_own.is_(False), Document.id != doc.id)
            .order_by(cited.page, Document.id))
    return _links(session, stmt, include_restricted, limit)


def language_versions(session: Session, doc: Document, *, include_restricted: bool = False) -> list[Document]:
    """The same text in other languages: documents of the same type that share one of
    `doc`'s own identifiers (a UN symbol, an application number, an ECLI) and are in
    another language. (A judgment and a decision on one application are different
    documents: their types differ.)"""
    from sqlalchemy.orm import aliased

    mine = aliased(Identifier)
    theirs = aliased(Identifier)
    stmt = (select(Document, theirs)
            .join(theirs, (theirs.document_id == Document.id) & theirs.is_own)
            .join(mine, (mine.scheme == theirs.scheme) & (mine.value == theirs.value))
            .where(mine.document_id == doc.id, mine.is_own, Document.id != doc.id,
                   Document.language.is_not(None), Document.language != "und",
                   Document.language != (doc.language or ""))
            .order_by(Document.language, Document.id))
    if doc.doc_type:
        stmt = stmt.where(or_(Document.doc_type == doc.doc_type, Document.doc_type.is_(None)))
    one_each: dict[str, Document] = {}
    for d, _ in _first_per_document(session.execute(_visible(stmt, include_restricted))):
        one_each.setdefault(d.language or "", d)  # one per language: the first archived
    return list(one_each.values())


def same_case(session: Session, doc: Document, *, include_restricted: bool = False, limit: int = LINKS,
              versions: list[Document] | None = None) -> list[Document]:
    """The other documents of an ECtHR case, in the order of the proceedings: those that
    share one of `doc`'s own application numbers (the communicated case, a decision, the
    judgment, a legal summary, a judgment on just satisfaction), its language versions
    left out (they are listed as such; `versions`: language_versions(), when the caller
    has them)."""
    from sqlalchemy.orm import aliased

    mine = aliased(Identifier)
    theirs = aliased(Identifier)
    stmt = (select(Document, theirs)
            .join(theirs, (theirs.document_id == Document.id) & theirs.is_own)
            .join(mine, (mine.scheme == theirs.scheme) & (mine.value == theirs.value))
            .where(mine.document_id == doc.id, mine.is_own, mine.scheme == "ecthr-application",
                   Document.id != doc.id)
            .order_by(Document.published_date.is_(None), Document.published_date, Document.id))
    if versions is None:
        versions = language_versions(session, doc, include_restricted=include_restricted)
    apart = {v.id for v in versions}
    return [d for d, _ in _links(session, stmt, include_restricted, limit) if d.id not in apart]


def cited_by(session: Session, doc: Document, *, include_restricted: bool = False,
             limit: int = LINKS) -> list[tuple[Document, Identifier]]:
    """Archived documents that cite `doc` through one of its own identifiers, newest first."""
    from sqlalchemy.orm import aliased

    citing = aliased(Identifier)
    own = aliased(Identifier)
    stmt = (select(Document, citing)
            .join(citing, (citing.document_id == Document.id) & citing.is_own.is_(False))
            .join(own, (own.scheme == citing.scheme) & (own.value == citing.value))
            .where(own.document_id == doc.id, own.is_own, Document.id != doc.id)
            .order_by(Document.published_date.desc(), Document.id))
    return _links(session, stmt, include_restricted, limit)
