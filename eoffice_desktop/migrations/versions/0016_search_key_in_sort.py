"""each letter holds its search key, and the sender sort's index holds it too: a page sorted by sender that searches
each letter's document as the walk reaches it finds the document from the index alone

Revision ID: 0016_search_key_in_sort
Revises: 0015_ocr_page_taken
Create Date: 2026-12-07
"""

from alembic import op

revision = "0016_search_key_in_sort"
down_revision = "0015_ocr_page_taken"
branch_labels = None
depends_on = None

CORRESPONDENT = "(CASE WHEN direction = 'in' THEN sender_name ELSE recipients_text END)"
SORT_COLUMNS = f"{CORRESPONDENT}, id, status, registry_year, register_date, urgency, confidentiality, direction"
# Letters whose keys are written by one statement: a large office's letters are filled a part at a time.
PART = 50_000

KEY_ONLY = """
CREATE TRIGGER letter_search_insert AFTER INSERT ON letters BEGIN
    INSERT INTO letter_search_keys(letter_id) VALUES (new.id);
END
"""
# The key is also written into the letter: the sender sort's index holds it (core/search/sorted_walk.py). The update
# touches only that index (the other indexes and triggers do not name the column).
KEY_IN_LETTER = """
CREATE TRIGGER letter_search_insert AFTER INSERT ON letters BEGIN
    INSERT INTO letter_search_keys(letter_id) VALUES (new.id);
    UPDATE letters SET search_key = last_insert_rowid() WHERE rowid = new.rowid;
END
"""


def upgrade() -> None:
    from eoffice_desktop.core.storage import migration_progress

    op.execute("ALTER TABLE letters ADD COLUMN search_key INTEGER")  # (no rewrite of the table: added at its end)
    last = op.get_bind().exec_driver_sql("SELECT coalesce(max(rowid), 0) FROM letters").scalar() or 0
    # Told as two halves of about the same time (1M letters: 4.8 s, 4.5 s): the keys filled, the index made again.
    for start in range(1, last + 1, PART):
        op.execute(
            "UPDATE letters SET search_key = (SELECT key FROM letter_search_keys WHERE letter_id = letters.id) "
            f"WHERE rowid BETWEEN {start} AND {start + PART - 1}"
        )
        migration_progress.report(min(start + PART - 1, last), 2 * last)
    op.execute("DROP INDEX ix_letters_sort_correspondent")
    op.execute(f"CREATE INDEX ix_letters_sort_correspondent ON letters ({SORT_COLUMNS}, search_key)")
    migration_progress.report(2 * last, 2 * last)
    op.execute("DROP TRIGGER letter_search_insert")
    op.execute(KEY_IN_LETTER)


def downgrade() -> None:
    op.execute("DROP TRIGGER letter_search_insert")
    op.execute(KEY_ONLY)
    op.execute("DROP INDEX ix_letters_sort_correspondent")
    op.execute(f"CREATE INDEX ix_letters_sort_correspondent ON letters ({SORT_COLUMNS})")
    op.execute("ALTER TABLE letters DROP COLUMN search_key")
