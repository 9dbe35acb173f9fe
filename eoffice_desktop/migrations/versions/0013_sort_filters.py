"""the search's sort indexes also hold the columns its filters test; two more: each year's letters by date, and each
sender's letters by sender

Revision ID: 0013_sort_filters
Revises: 0012_search_after_commit
Create Date: 2026-12-06
"""

from alembic import op

revision = "0013_sort_filters"
down_revision = "0012_search_after_commit"
branch_labels = None
depends_on = None

CORRESPONDENT = "(CASE WHEN direction = 'in' THEN sender_name ELSE recipients_text END)"
# After the sort's own columns (which end with the unique id, so the order is theirs), the columns the usual filters
# test: a sorted page walks the index and checks them on the index alone, without reading each letter's row
# (core/search/sorted_walk.py). A page with a filter was 10 times slower to find without them.
TESTED = "status, registry_year, register_date, urgency, confidentiality, direction"
SORTS = {
    "ix_letters_sort_date": "register_date, registry_seq, id",
    "ix_letters_sort_number": "registry_year, registry_seq, registry_number, id",
    "ix_letters_sort_correspondent": f"{CORRESPONDENT}, id",
    # A year's letters by date: a page of one year sorted by date starts at that year, not at the newest letter.
    "ix_letters_sort_year_date": "registry_year, register_date, registry_seq, id",
}
# One sender's letters by sender: sorted by sender with a sender filter, the walk starts at that sender's letters. Only
# the sort's columns: it serves that one case, and each column costs every registration a little.
SENDER = f"sender_org_id, {CORRESPONDENT}, id"
BEFORE = {
    "ix_letters_sort_date": "register_date, registry_seq, id",
    "ix_letters_sort_number": "registry_year, registry_seq, registry_number, id",
    "ix_letters_sort_correspondent": f"{CORRESPONDENT}, id",
}


def _columns(sort: str) -> str:
    extra = [c for c in TESTED.split(", ") if c not in sort.split(", ")]
    return ", ".join([sort, *extra])


def upgrade() -> None:
    for name, sort in SORTS.items():
        op.execute(f"DROP INDEX IF EXISTS {name}")
        op.execute(f"CREATE INDEX {name} ON letters ({_columns(sort)})")
    op.execute(f"CREATE INDEX IF NOT EXISTS ix_letters_sort_sender ON letters ({SENDER})")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_letters_sort_year_date")
    op.execute("DROP INDEX IF EXISTS ix_letters_sort_sender")
    for name, sort in BEFORE.items():
        op.execute(f"DROP INDEX IF EXISTS {name}")
        op.execute(f"CREATE INDEX {name} ON letters ({sort})")
