"""each office's keys of the USB bundles its PCs exchange (`office_keys`), numbered per office: the first made the first
time one of its enrolled PCs needs it, a new one each time one of its PCs is revoked (the older ones are kept, for the
bundles written with them); none is made here

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-10
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "office_keys",
        sa.Column("office_id", sa.String(length=64), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("key", sa.LargeBinary(length=32), nullable=False),
        sa.Column("made_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("office_id", "number"),
    )


def downgrade() -> None:
    op.drop_table("office_keys")
