"""indexes in the search's sort orders (date, number, sender), so a sorted first page walks an index and stops

Revision ID: 0009_sort_indexes
Revises: 0008_number_not_unique
Create Date: 2026-12-06
"""

from alembic import op

revision = "0009_sort_indexes"
down_revision = "0008_number_not_unique"
branch_labels = None
depends_on = None

# The sender column of a search result: the sender of an incoming letter, the recipients of an outgoing one. The same
# expression as `core/search/query.py` orders by, word for word in meaning, so SQLite can use the index for it.
CORRESPONDENT = "(CASE WHEN direction = 'in' THEN sender_name ELSE recipients_text END)"


def upgrade() -> None:
    op.execute("CREATE INDEX IF NOT EXISTS ix_letters_sort_date ON letters (register_date, registry_seq, id)")
    op.execute(
        "CREATE INDEX IF NOT EXISTS ix_letters_sort_number ON letters (registry_year, registry_seq, registry_number, id)"
    )
    op.execute(f"CREATE INDEX IF NOT EXISTS ix_letters_sort_correspondent ON letters ({CORRESPONDENT}, id)")


def downgrade() -> None:
    op.drop_index("ix_letters_sort_correspondent", table_name="letters")
    op.drop_index("ix_letters_sort_number", table_name="letters")
    op.drop_index("ix_letters_sort_date", table_name="letters")
