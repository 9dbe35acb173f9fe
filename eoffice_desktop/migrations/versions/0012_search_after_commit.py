"""a new letter's search index entry is written just after its transaction, not inside it, and the index of replies
holds only letters that answer one: a registration writes fewer pages

Revision ID: 0012_search_after_commit
Revises: 0011_ocr_shared
Create Date: 2026-12-06

The trigger on a new letter now only gives it its key; `core/search/index.py` writes its entry after the commit (and
at the next start when a power cut came in between). Every other index on `letters` has a query that would read the
whole register without it (docs/performance.md, "Registration, third round").
"""

from alembic import op

revision = "0012_search_after_commit"
down_revision = "0011_ocr_shared"
branch_labels = None
depends_on = None

KEY_ONLY = """
CREATE TRIGGER letter_search_insert AFTER INSERT ON letters BEGIN
    INSERT INTO letter_search_keys(letter_id) VALUES (new.id);
END
"""

KEY_AND_ENTRY = """
CREATE TRIGGER letter_search_insert AFTER INSERT ON letters BEGIN
    INSERT INTO letter_search_keys(letter_id) VALUES (new.id);
    INSERT INTO letter_search(rowid, fields, extra)
    SELECT last_insert_rowid(), fields, '' FROM letter_search_source WHERE letter_id = new.id;
END
"""


def upgrade() -> None:
    op.execute("DROP TRIGGER letter_search_insert")
    op.execute(KEY_ONLY)
    # Most letters answer none: they no longer take a place in it (`in_reply_to = ?` still reads it, and so do the
    # foreign key's checks).
    op.execute("DROP INDEX ix_letters_reply")
    op.execute("CREATE INDEX ix_letters_reply ON letters (in_reply_to) WHERE in_reply_to IS NOT NULL")


def downgrade() -> None:
    op.execute("DROP INDEX ix_letters_reply")
    op.execute("CREATE INDEX ix_letters_reply ON letters (in_reply_to)")
    op.execute("DROP TRIGGER letter_search_insert")
    op.execute(KEY_AND_ENTRY)
    # (letters added meanwhile without an entry get it, as the old trigger would have made it)
    op.execute(
        "INSERT INTO letter_search(rowid, fields, extra) SELECT k.key, s.fields, '' FROM letter_search_keys AS k "
        "JOIN letter_search_source AS s ON s.letter_id = k.letter_id "
        "WHERE k.key NOT IN (SELECT rowid FROM letter_search)"
    )
