"""the text read from scans, shared between PCs (derived data, one row per file, page and office), and why each
office may read a file (the office that gave it the file, or itself), so text comes only from there

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("blob_access") as table:
        table.add_column(sa.Column("via_office", sa.String(length=64), nullable=True))
    op.create_table(
        "scan_texts",
        sa.Column("seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False),
        sa.Column("hash", sa.String(length=71), nullable=False),
        sa.Column("page", sa.Integer(), nullable=False),
        sa.Column("office_id", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=False),
        sa.Column("reader", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=8), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("other_text", sa.Text(), nullable=False),
        sa.Column("pushed_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("seq"),
        sa.UniqueConstraint("hash", "page", "office_id", name="uq_scan_text_page"),
    )


def downgrade() -> None:
    op.drop_table("scan_texts")
    with op.batch_alter_table("blob_access") as table:
        table.drop_column("via_office")
