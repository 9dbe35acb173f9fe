"""the console's sync health: traffic per day, USB bundles read in, and the files offices' events refer to

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "console_activity_days",
        sa.Column("day", sa.Date(), nullable=False),
        *(sa.Column(name, sa.BigInteger(), nullable=False) for name in ("requests", "refused", "errors")),
        sa.Column("bytes_in", sa.BigInteger(), nullable=False),
        sa.Column("bytes_out", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("day"),
    )
    op.create_table(
        "console_bundle_reads",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("office_id", sa.String(length=64), nullable=False),
        sa.Column("relayed_by", sa.String(length=64), nullable=False),
        sa.Column("accepted", sa.Integer(), nullable=False),
        sa.Column("refused", sa.Integer(), nullable=False),
        sa.Column("files", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_console_bundle_reads_at", "console_bundle_reads", ["at"])
    op.create_index("ix_console_bundle_reads_office_id", "console_bundle_reads", ["office_id"])
    op.create_table(
        "console_files",
        sa.Column("office_id", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=71), nullable=False),
        sa.Column("present", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("office_id", "hash"),
    )
    op.create_index("ix_console_files_present", "console_files", ["present"])


def downgrade() -> None:
    op.drop_table("console_files")
    op.drop_table("console_bundle_reads")
    op.drop_table("console_activity_days")
