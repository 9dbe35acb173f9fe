"""the address book found by name through an index: the lower-cased Lao name, English name and abbreviation

Revision ID: 0014_org_name_lookup
Revises: 0013_sort_filters
Create Date: 2026-12-06
"""

from alembic import op

revision = "0014_org_name_lookup"
down_revision = "0013_sort_filters"
branch_labels = None
depends_on = None

# Every registration looks its sender up by name (core/addresses/addressbook.py, `entry_by_name`): without these the
# lookup read the whole address book, 0.1 ms at 355 entries and more for every entry added. SQLite answers the
# three-way OR with one index each.
COLUMNS = ("name_lo", "name_en", "abbr")


def upgrade() -> None:
    for column in COLUMNS:
        op.execute(f"CREATE INDEX IF NOT EXISTS ix_organisations_lower_{column} ON organisations (lower({column}))")


def downgrade() -> None:
    for column in COLUMNS:
        op.execute(f"DROP INDEX IF EXISTS ix_organisations_lower_{column}")
