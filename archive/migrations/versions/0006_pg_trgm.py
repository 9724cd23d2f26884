"""PostgreSQL: the pg_trgm extension, for the PostgreSQL search engine's "did you mean"

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""
from alembic import op


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # pg_trgm is a trusted extension (PostgreSQL 13+): the database's owner may create it.
    # The search tables themselves are the index, made by `hrarchive index rebuild`.
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")


def downgrade() -> None:
    pass  # other users of the database may rely on the extension
