"""subject countries, ECtHR conclusions and the enrichment rules' version of a document

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.add_column(sa.Column('subject_countries', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('conclusions', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('enriched_version', sa.String(length=20), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.drop_column('enriched_version')
        batch_op.drop_column('conclusions')
        batch_op.drop_column('subject_countries')
