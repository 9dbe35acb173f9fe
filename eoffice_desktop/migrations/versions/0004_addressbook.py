"""address book: entries can be edited (per-field versions) and merged into another

Revision ID: 0004_addressbook
Revises: 0003_sync
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_addressbook"
down_revision = "0003_sync"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("merged_into", sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column("field_versions", sa.JSON(), nullable=False, server_default="{}"))


def downgrade() -> None:
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.drop_column("field_versions")
        batch_op.drop_column("merged_into")
