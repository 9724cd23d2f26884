"""The record on SQLite and on a throwaway PostgreSQL cluster."""
import datetime as dt

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from archive import schema, store
from archive.db import Database
from archive.models import (
    AuditEvent, Document, DocumentTopic, Identifier, IngestItem, IngestRun, Page, Source, Topic, User,
)


@pytest.fixture
def db(database_url):
    database = Database(database_url)
    schema.upgrade(database)
    yield database
    database.dispose()


def make_document(session, **overrides):
    values = dict(title="Concluding observations on Türkiye", mechanism="UN", body="CAT",
                  doc_type="concluding-observations", language="en", languages=["en"], countries=["TR"],
                  published_date=dt.date(2016, 6, 2), published_precision="day", symbol="CAT/C/TUR/CO/4")
    values.update(overrides)
    doc = Document(**values)
    session.add(doc)
    session.flush()
    return doc


def test_migration_reaches_head_and_is_idempotent(db):
    assert schema.current_revision(db) == schema.head_revision(db)
    schema.upgrade(db)  # a second init changes nothing
    assert schema.current_revision(db) == schema.head_revision(db)
    # the quick check that skips Alembic on an up-to-date database knows the newest migration
    assert schema.HEAD == schema.head_revision(db) == schema.stored_revision(db)


def test_an_older_database_is_upgraded(database_url):
    db = Database(database_url)
    try:
        assert schema.stored_revision(db) is None  # nothing there yet
        schema.upgrade(db, "0001")
        assert schema.stored_revision(db) == "0001"
        schema.upgrade(db)
        assert schema.stored_revision(db) == schema.HEAD
        with db.session() as session:  # a table the second migration made
            assert session.execute(text("SELECT count(*) FROM login_failures")).scalar() == 0
    finally:
        db.dispose()


def test_document_with_pages_topics_identifiers_round_trips(db):
    with db.session_scope() as s:
        store.ensure_blob(s, "a" * 64, 10, "application/pdf", "cat.pdf")
        doc = make_document(s, blob_sha256="a" * 64)
        store.set_pages(doc, ["Page one: Diyarbakır", "Page two"])
        store.set_own_identifier(s, doc, "un-symbol", "cat/c/tur/co/4", "CAT/C/TUR/CO/4")
        store.set_topics(s, doc, ["torture", "liberty"])
        public_id = doc.public_id
    with db.session() as s:
        doc = store.get_document(s, public_id)
        assert [p.text for p in doc.pages] == ["Page one: Diyarbakır", "Page two"]
        assert doc.page_count == 2 and doc.countries == ["TR"]
        assert sorted(t.topic.key for t in doc.topics) == ["liberty", "torture"]
        assert [(i.scheme, i.is_own) for i in doc.identifiers] == [("un-symbol", True)]
        assert doc.date == dt.date(2016, 6, 2) and doc.date_precision == "day"
        assert store.find_by_blob(s, "a" * 64).id == doc.id
        assert store.page_texts(s, [(public_id, 2)]) == {(public_id, 2): "Page two"}


def test_rows_inserted_in_one_statement_can_be_replaced_in_the_same_session(db):
    # An import writes a new document's pages, identifiers and topics with one INSERT each
    # (no object per row); a later change in the same transaction must see them.
    from ingest.enrich import Enrichment, Evidence, Tagged
    from ingest.enrich.apply import apply_enrichment

    found = Enrichment(cited_identifiers=[Tagged(("un-symbol", "A/HRC/44/14"), [Evidence("A/HRC/44/14", 2)])],
                       topics=[Tagged("torture", [Evidence("torture", 1)], score=0.5)])
    with db.session_scope() as s:
        doc = store.new_document(title="Report", visibility="public", extra={})
        s.add(doc)
        store.set_pages(doc, ["one", "two", "three"], ["en", "en", "und"], session=s)
        apply_enrichment(s, doc, found)
        assert [p.text for p in doc.pages] == ["one", "two", "three"]  # read back from the rows
        assert [i.value for i in doc.identifiers] == ["A/HRC/44/14"]
        assert [t.topic.key for t in doc.topics] == ["torture"]
        store.set_pages(doc, ["only"], session=s)  # has pages now: replaced in place
        apply_enrichment(s, doc, found)  # has identifiers and topics now: replaced, not doubled
        public_id = doc.public_id
    with db.session() as s:
        doc = store.get_document(s, public_id, full=True)
        assert [(p.number, p.text) for p in doc.pages] == [(1, "only")] and doc.page_count == 1
        assert [(i.scheme, i.value, i.page) for i in doc.identifiers] == [("un-symbol", "A/HRC/44/14", 2)]
        assert [(t.topic.key, t.score, t.evidence) for t in doc.topics] == [("torture", 0.5, [{"text": "torture",
                                                                                           "page": 1}])]


def test_restricted_and_deleted_documents_are_hidden(db):
    with db.session_scope() as s:
        hidden = make_document(s, visibility="restricted").public_id
        gone = make_document(s, deleted_at=dt.datetime(2024, 1, 1)).public_id
    with db.session() as s:
        with pytest.raises(store.DocumentNotFound):
            store.get_document(s, hidden)
        assert store.get_document(s, hidden, include_restricted=True).public_id == hidden
        with pytest.raises(store.DocumentNotFound):
            store.get_document(s, gone, include_restricted=True)


def test_foreign_keys_are_enforced(db):
    with pytest.raises(IntegrityError):
        with db.session_scope() as s:
            s.add(Page(document_id=999_999, number=1, text="orphan"))


def test_page_numbers_are_unique_per_document(db):
    with pytest.raises(IntegrityError):
        with db.session_scope() as s:
            doc = make_document(s)
            s.add_all([Page(document=doc, number=1, text="a"), Page(document=doc, number=1, text="b")])


def test_every_model_can_be_written(db):
    with db.session_scope() as s:
        doc = make_document(s)
        user = User(email="admin@example.org", password_hash="x", role="admin")
        source = Source(name="cat-feed", kind="feed", url="https://example.org/feed", config={"max": 5})
        s.add_all([user, source])
        s.flush()
        run = IngestRun(kind="import", source_id=source.id, user_id=user.id, params={"paths": ["x"]})
        s.add(run)
        s.flush()
        s.add(IngestItem(run_id=run.id, locator="a.pdf", outcome="ingested", document_id=doc.id, done=True))
        topic = Topic(key="torture", label_en="Torture", label_tr="İşkence", label_fr="Torture")
        s.add(topic)
        s.flush()
        s.add(DocumentTopic(document_id=doc.id, topic_id=topic.id, score=0.9,
                            evidence=[{"term": "torture", "page": 1}], assigned_by="rule"))
        s.add(Identifier(document_id=doc.id, scheme="ecthr-application", value="7469/06", raw="7469/06"))
        s.add(AuditEvent(user_id=user.id, action="edit", target=doc.public_id, details={"field": "title"}))
    with db.session() as s:
        assert s.scalar(select(IngestItem.outcome)) == "ingested"
        assert s.scalar(select(DocumentTopic.evidence)) == [{"term": "torture", "page": 1}]
        counts = store.facet_counts(s, "mechanism")
        assert counts == {"UN": 1}


def test_sqlite_runs_in_wal_mode(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    with db.engine.connect() as c:
        assert c.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert c.execute(text("PRAGMA foreign_keys")).scalar() == 1
    db.dispose()
