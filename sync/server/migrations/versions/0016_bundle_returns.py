"""each PC bundle read in, with the limits of its return bundle (`bundle_returns`): the same bundle read in again is
answered from them; bundles read in before have none and are answered as before

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-12
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "bundle_returns",
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("bundle", sa.String(length=64), nullable=False),
        sa.Column("own", sa.BigInteger(), nullable=False),
        sa.Column("feed_next", sa.BigInteger(), nullable=False),
        sa.Column("text_next", sa.BigInteger(), nullable=True),
        sa.Column("numbers", sa.Text(), nullable=False),
        sa.Column("read_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("device_id", "bundle"),
    )


def downgrade() -> None:
    op.drop_table("bundle_returns")
