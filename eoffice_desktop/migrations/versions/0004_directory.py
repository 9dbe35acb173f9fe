"""the national directory of offices and the calendar of public holidays, as received from the server

Revision ID: 0004_directory
Revises: 0003_sync
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_directory"
down_revision = "0003_sync"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "directory_offices",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name_lo", sa.String(length=300), nullable=False),
        sa.Column("name_en", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("province", sa.String(length=100), nullable=False),
        sa.Column("parent_id", sa.String(length=64), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("merged_into", sa.String(length=64), nullable=True),
        sa.Column("event_office_id", sa.String(length=64), nullable=True),
        sa.Column("former", sa.Text(), nullable=False),
        sa.Column("place", sa.String(length=1000), nullable=False),
        sa.Column("code_key", sa.String(length=64), nullable=False),
        sa.Column("search_key", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("directory_offices", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_directory_offices_event_office_id"), ["event_office_id"], unique=False)
    op.create_table(
        "national_holidays",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("name_lo", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("day"),
    )


def downgrade() -> None:
    op.drop_table("national_holidays")
    with op.batch_alter_table("directory_offices", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_directory_offices_event_office_id"))
    op.drop_table("directory_offices")
