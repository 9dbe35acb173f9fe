"""the scan reader's second reading of each page (the one not shown), so search also finds words only it read right

Revision ID: 0010_ocr_second_reading
Revises: 0009_sort_indexes
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_ocr_second_reading"
down_revision = "0009_sort_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("ocr_pages") as table:
        table.add_column(sa.Column("other_text", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("ocr_pages") as table:
        table.drop_column("other_text")
