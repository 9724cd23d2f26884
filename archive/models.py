"""The record: SQLAlchemy 2 typed models (DESIGN.md section 4).

Only portable types are used, so the same models run on SQLite and PostgreSQL.
Models never commit; archive.store and the callers do.
"""
from __future__ import annotations

import datetime as dt
import secrets
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

TEXT_STATUSES = ("ok", "no_text_layer", "needs_password", "partial", "failed")
VISIBILITIES = ("public", "restricted")
DATE_PRECISIONS = ("year", "month", "day")
OUTCOMES = (
    "ingested", "updated", "duplicate", "skipped", "needs_password",
    "no_text_layer", "unsupported", "failed",
)
ROLES = ("admin", "editor")
INDEX_STATES = ("pending", "ok", "failed")


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def new_public_id() -> str:
    """A stable, URL-safe public id (lower-case, no ambiguous characters)."""
    alphabet = "23456789abcdefghjkmnpqrstuvwxyz"
    return "d" + "".join(secrets.choice(alphabet) for _ in range(11))


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Blob(Base):
    """An original file, kept byte for byte under its SHA-256."""

    __tablename__ = "blobs"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    media_type: Mapped[str] = mapped_column(String(120))
    original_name: Mapped[str] = mapped_column(String(500))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Document(Base):
    __tablename__ = "documents"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    public_id: Mapped[str] = mapped_column(String(32), unique=True, default=new_public_id)
    title: Mapped[str] = mapped_column(Text, default="")
    doc_type: Mapped[str | None] = mapped_column(String(60), index=True)
    mechanism: Mapped[str | None] = mapped_column(String(40), index=True)
    body: Mapped[str | None] = mapped_column(String(80), index=True)
    symbol: Mapped[str | None] = mapped_column(String(200), index=True)
    language: Mapped[str | None] = mapped_column(String(8), index=True)
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    # every country the text names (ISO 3166-1 alpha-2), and the one(s) it is about: the
    # state under review, State party, respondent, state visited
    countries: Mapped[list[str]] = mapped_column(JSON, default=list)
    subject_countries: Mapped[list[str] | None] = mapped_column(JSON, default=list)
    # an ECtHR judgment's or decision's conclusions: [{"article": "3", "outcome": "violation"}]
    conclusions: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON, default=list)
    # the version of the enrichment rules and taxonomy data that last ran over it
    # (ingest.enrich.rules_version())
    enriched_version: Mapped[str | None] = mapped_column(String(20))
    published_date: Mapped[dt.date | None] = mapped_column(Date)
    published_precision: Mapped[str | None] = mapped_column(String(5))
    adopted_date: Mapped[dt.date | None] = mapped_column(Date)
    adopted_precision: Mapped[str | None] = mapped_column(String(5))
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id", ondelete="SET NULL"))
    source_url: Mapped[str | None] = mapped_column(Text)
    blob_sha256: Mapped[str | None] = mapped_column(ForeignKey("blobs.sha256"), index=True)
    page_count: Mapped[int] = mapped_column(Integer, default=0)
    text_status: Mapped[str] = mapped_column(String(20), default="ok")
    visibility: Mapped[str] = mapped_column(String(12), default="public", index=True)
    extra: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # Fields an admin set by hand; enrichment rules never overwrite them.
    locked_fields: Mapped[list[str]] = mapped_column(JSON, default=list)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    index_state: Mapped[str] = mapped_column(String(10), default="pending", index=True)
    indexed_revision: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime, index=True)

    pages: Mapped[list["Page"]] = relationship(
        back_populates="document", order_by="Page.number", cascade="all, delete-orphan"
    )
    topics: Mapped[list["DocumentTopic"]] = relationship(
        back_populates="document", cascade="all, delete-orphan"
    )
    identifiers: Mapped[list["Identifier"]] = relationship(
        back_populates="document", cascade="all, delete-orphan"
    )
    blob: Mapped[Blob | None] = relationship()
    source: Mapped["Source | None"] = relationship()

    @property
    def date(self) -> dt.date | None:
        return self.published_date or self.adopted_date

    @property
    def date_precision(self) -> str | None:
        return self.published_precision if self.published_date else self.adopted_precision

    @property
    def is_public(self) -> bool:
        return self.visibility == "public" and self.deleted_at is None


class Page(Base):
    __tablename__ = "pages"
    __table_args__ = (UniqueConstraint("document_id", "number", name="uq_pages_document_number"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str | None] = mapped_column(String(8))
    # the mean confidence (0-100) of a page read by OCR; None: the file's own text
    ocr_confidence: Mapped[float | None] = mapped_column(Float)
    document: Mapped[Document] = relationship(back_populates="pages")


class Topic(Base):
    """A concept of the legal-topic thesaurus."""

    __tablename__ = "topics"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(80), unique=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("topics.id", ondelete="SET NULL"))
    label_en: Mapped[str] = mapped_column(String(200), default="")
    label_tr: Mapped[str] = mapped_column(String(200), default="")
    label_fr: Mapped[str] = mapped_column(String(200), default="")
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class DocumentTopic(Base):
    __tablename__ = "document_topics"
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    topic_id: Mapped[int] = mapped_column(ForeignKey("topics.id", ondelete="CASCADE"), primary_key=True)
    score: Mapped[float] = mapped_column(Float, default=1.0)
    evidence: Mapped[list[Any]] = mapped_column(JSON, default=list)
    assigned_by: Mapped[str] = mapped_column(String(10), default="rule")  # rule | person
    document: Mapped[Document] = relationship(back_populates="topics")
    topic: Mapped[Topic] = relationship()


class Identifier(Base):
    __tablename__ = "identifiers"
    __table_args__ = (Index("ix_identifiers_scheme_value", "scheme", "value"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    scheme: Mapped[str] = mapped_column(String(40))
    value: Mapped[str] = mapped_column(String(300))
    raw: Mapped[str] = mapped_column(Text, default="")
    page: Mapped[int | None] = mapped_column(Integer)
    is_own: Mapped[bool] = mapped_column(Boolean, default=False)
    document: Mapped[Document] = relationship(back_populates="identifiers")


class Source(Base):
    __tablename__ = "sources"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    url: Mapped[str | None] = mapped_column(Text)
    config: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class IngestRun(Base):
    __tablename__ = "ingest_runs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # import | pipeline | upload
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id", ondelete="SET NULL"))
    # Identifies "the same command" so a re-run resumes instead of starting over.
    fingerprint: Mapped[str | None] = mapped_column(String(64), index=True)
    params: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    status: Mapped[str] = mapped_column(String(12), default="running")  # running|done|failed|stopped
    started_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    counts: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    # Why the run as a whole failed (a source that could not be listed, ...).
    error: Mapped[str | None] = mapped_column(Text)
    items: Mapped[list["IngestItem"]] = relationship(back_populates="run", cascade="all, delete-orphan")


class Job(Base):
    """Work the web process hands to workers (ingest.jobs): an upload's import, a retry,
    the OCR of a document.
    A worker claims a queued job (or one whose worker's heartbeat stopped), beats while
    it works, and records the end; any number of workers on any machine share the table."""

    __tablename__ = "jobs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # import | pipeline | ocr
    run_id: Mapped[int | None] = mapped_column(ForeignKey("ingest_runs.id", ondelete="CASCADE"), index=True)
    params: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    status: Mapped[str] = mapped_column(String(12), default="queued", index=True)  # queued|running|done|failed
    worker: Mapped[str | None] = mapped_column(String(200))  # host, process and thread of the claimant
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    heartbeat_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    error: Mapped[str | None] = mapped_column(Text)


class IngestItem(Base):
    __tablename__ = "ingest_items"
    __table_args__ = (UniqueConstraint("run_id", "locator", name="uq_ingest_items_run_locator"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("ingest_runs.id", ondelete="CASCADE"), index=True)
    locator: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str | None] = mapped_column(String(64), index=True)
    outcome: Mapped[str | None] = mapped_column(String(20))
    error: Mapped[str | None] = mapped_column(Text)
    extractor: Mapped[str | None] = mapped_column(String(40))
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id", ondelete="SET NULL"))
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    started_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    run: Mapped[IngestRun] = relationship(back_populates="items")
    document: Mapped[Document | None] = relationship()


class FetchState(Base):
    """What the fetcher last saw at a URL: validators for conditional GET, content hash."""

    __tablename__ = "fetch_states"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    url: Mapped[str] = mapped_column(String(2000), unique=True)
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id", ondelete="SET NULL"))
    etag: Mapped[str | None] = mapped_column(String(500))
    last_modified: Mapped[str | None] = mapped_column(String(100))
    sha256: Mapped[str | None] = mapped_column(String(64))
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id", ondelete="SET NULL"))
    status: Mapped[int | None] = mapped_column(Integer)
    fetched_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    password_hash: Mapped[str] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(10), default="editor")
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    last_login_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class UserSession(Base):
    """A staff login: the cookie holds a random token, the record its SHA-256. Ends at
    `expires_at` however much it is used, or when revoked (logout, "log out everywhere",
    the user disabled or given a new password)."""

    __tablename__ = "user_sessions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime)
    last_seen_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    address: Mapped[str | None] = mapped_column(String(64))
    user: Mapped["User"] = relationship()


class LoginFailure(Base):
    """A failed login, kept briefly for rate limiting per account and per address."""

    __tablename__ = "login_failures"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(300), index=True)  # "email:..." or "addr:..."
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)


class AuditEvent(Base):
    __tablename__ = "audit_events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    action: Mapped[str] = mapped_column(String(60))
    target: Mapped[str | None] = mapped_column(String(200))
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
