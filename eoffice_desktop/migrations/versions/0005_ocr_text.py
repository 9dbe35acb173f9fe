"""text read from scans, kept beside the stored originals (per page, with confidence) and the reading's progress

Revision ID: 0005_ocr_text
Revises: 0003_sync
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_ocr_text"
down_revision = "0003_sync"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ocr_files",
        sa.Column("blob_hash", sa.String(length=71), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("blob_hash"),
    )
    op.create_table(
        "ocr_pages",
        sa.Column("blob_hash", sa.String(length=71), nullable=False),
        sa.Column("page", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("source", sa.String(length=8), nullable=False),
        sa.Column("read_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("blob_hash", "page"),
    )


def downgrade() -> None:
    op.drop_table("ocr_pages")
    op.drop_table("ocr_files")
