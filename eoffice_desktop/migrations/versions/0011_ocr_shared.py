"""which reader read each page of a scan, and whether the server has the page's text (text read from scans travels
with sync, so a PC need not read a scan another PC of its office, or the office that sent it, read already)

Revision ID: 0011_ocr_shared
Revises: 0010_ocr_second_reading
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0011_ocr_shared"
down_revision = "0010_ocr_second_reading"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("ocr_pages") as table:
        # Pages read before this version were read by the first reader, which is version 1.
        table.add_column(sa.Column("reader", sa.Integer(), nullable=False, server_default="1"))
        table.add_column(sa.Column("shared", sa.Boolean(), nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("ocr_pages") as table:
        table.drop_column("shared")
        table.drop_column("reader")
