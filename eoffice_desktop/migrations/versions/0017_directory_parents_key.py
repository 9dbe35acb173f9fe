"""each office of the national directory holds its parents' folded names: typing a province's or a ministry's name
finds the offices under it too

Revision ID: 0017_directory_parents_key
Revises: 0016_search_key_in_sort
Create Date: 2026-12-08
"""

from alembic import op

from eoffice_desktop.core.search.text import fold  # the key is searched with the query folded the same way

revision = "0017_directory_parents_key"
down_revision = "0016_search_key_in_sort"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("ALTER TABLE directory_offices ADD COLUMN parents_key TEXT NOT NULL DEFAULT ''")
    bind = op.get_bind()
    rows = {
        office_id: (parent_id, name_lo, name_en)
        for office_id, parent_id, name_lo, name_en in bind.exec_driver_sql(
            "SELECT id, parent_id, name_lo, name_en FROM directory_offices"
        )
    }
    # As core/addresses/directory.py `parents_search_key` makes it when a directory arrives (at this revision).
    for office_id, (parent_id, _, _) in rows.items():
        names: list[str] = []
        seen = {office_id}
        while parent_id in rows and parent_id not in seen:
            seen.add(parent_id)
            parent_id, name_lo, name_en = rows[parent_id]
            names += [fold(name).strip() for name in (name_lo, name_en) if name and name.strip()]
        if names:
            key = "\n".join(names)
            bind.exec_driver_sql("UPDATE directory_offices SET parents_key = ? WHERE id = ?", (key, office_id))


def downgrade() -> None:
    op.execute("ALTER TABLE directory_offices DROP COLUMN parents_key")
