"""an index of the letters by year, then date, so a page sorted by date within one year starts at that year

Revision ID: 0011_sort_year_date
Revises: 0010_ocr_second_reading
Create Date: 2026-12-06
"""

from alembic import op

revision = "0011_sort_year_date"
down_revision = "0010_ocr_second_reading"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A search for a year sorted by date walks this index from the year's first or last letter; without it the walk
    # crossed every newer (or older) year first (core/search/sorted_walk.py).
    op.execute(
        "CREATE INDEX IF NOT EXISTS ix_letters_sort_year_date ON letters (registry_year, register_date, registry_seq, id)"
    )


def downgrade() -> None:
    op.drop_index("ix_letters_sort_year_date", table_name="letters")
