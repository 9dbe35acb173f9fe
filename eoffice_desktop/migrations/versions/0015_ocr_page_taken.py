"""whether a page's text was read on this PC or taken from the server (another PC read it): after the server is
restored from a backup, a PC sends again only the pages it read itself, so each page keeps the office and PC that
read it

Revision ID: 0015_ocr_page_taken
Revises: 0014_org_name_lookup
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0015_ocr_page_taken"
down_revision = "0014_org_name_lookup"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("ocr_pages") as table:
        # Pages kept before this version count as read here: after a restore they are offered again, as before.
        table.add_column(sa.Column("taken", sa.Boolean(), nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("ocr_pages") as table:
        table.drop_column("taken")
