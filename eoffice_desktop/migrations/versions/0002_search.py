"""search: trigram full-text index of letters kept by triggers, saved searches

Revision ID: 0002_search
Revises: 0001
Create Date: 2026-11-23

The index document of a letter is computed by `eoffice_search_doc(...)`, a function every connection of the app
registers (eoffice_desktop.core.search.text.register_sql_functions). The triggers keep the index in the same
transaction as every change to `letters`, `letter_recipients` and `organisations`, whatever code makes it.
"""

from alembic import op

revision = "0002_search"
down_revision = "0001"
branch_labels = None
depends_on = None

# The searchable text of each letter. Kept in one place: the triggers and `eoffice reindex` read it from here.
SOURCE_VIEW = """
CREATE VIEW letter_search_source AS
SELECT l.id AS letter_id,
       eoffice_search_doc(
           l.registry_number, l.sender_ref, l.subject, l.summary, l.sender_name, l.recipients_text, l.keywords,
           l.signatory, l.void_reason, o.name_en, o.abbr,
           (SELECT group_concat(r.name_en || ' ' || r.abbr, ' ')
              FROM letter_recipients AS lr JOIN organisations AS r ON r.id = lr.org_id
             WHERE lr.letter_id = l.id)
       ) AS fields
  FROM letters AS l LEFT JOIN organisations AS o ON o.id = l.sender_org_id
"""

TRIGGERS = [
    """
CREATE TRIGGER letter_search_insert AFTER INSERT ON letters BEGIN
    INSERT INTO letter_search_keys(letter_id) VALUES (new.id);
    INSERT INTO letter_search(rowid, fields, extra)
    SELECT last_insert_rowid(), fields, '' FROM letter_search_source WHERE letter_id = new.id;
END
""",
    """
CREATE TRIGGER letter_search_update AFTER UPDATE OF
    registry_number, sender_ref, subject, summary, sender_name, recipients_text, keywords, signatory, void_reason,
    sender_org_id ON letters BEGIN
    UPDATE letter_search SET fields = (SELECT fields FROM letter_search_source WHERE letter_id = new.id)
     WHERE rowid = (SELECT key FROM letter_search_keys WHERE letter_id = new.id);
END
""",
    """
CREATE TRIGGER letter_search_delete AFTER DELETE ON letters BEGIN
    DELETE FROM letter_search WHERE rowid = (SELECT key FROM letter_search_keys WHERE letter_id = old.id);
    DELETE FROM letter_search_keys WHERE letter_id = old.id;
END
""",
    """
CREATE TRIGGER letter_search_recipient_added AFTER INSERT ON letter_recipients BEGIN
    UPDATE letter_search SET fields = (SELECT fields FROM letter_search_source WHERE letter_id = new.letter_id)
     WHERE rowid = (SELECT key FROM letter_search_keys WHERE letter_id = new.letter_id);
END
""",
    """
CREATE TRIGGER letter_search_recipient_removed AFTER DELETE ON letter_recipients BEGIN
    UPDATE letter_search SET fields = (SELECT fields FROM letter_search_source WHERE letter_id = old.letter_id)
     WHERE rowid = (SELECT key FROM letter_search_keys WHERE letter_id = old.letter_id);
END
""",
    """
CREATE TRIGGER letter_search_org_renamed AFTER UPDATE OF name_lo, name_en, abbr ON organisations BEGIN
    UPDATE letter_search
       SET fields = (SELECT s.fields FROM letter_search_keys AS k JOIN letter_search_source AS s
                         ON s.letter_id = k.letter_id WHERE k.key = letter_search.rowid)
     WHERE rowid IN (SELECT k.key FROM letter_search_keys AS k JOIN letters AS l ON l.id = k.letter_id
                      WHERE l.sender_org_id = new.id
                         OR l.id IN (SELECT letter_id FROM letter_recipients WHERE org_id = new.id));
END
""",
]


def upgrade() -> None:
    # Stable integer keys for the index: a letter's rowid may change on VACUUM, this key does not. Their order is the
    # order letters reached this PC, which is what "newest first" walks without sorting.
    op.execute(
        "CREATE TABLE letter_search_keys (key INTEGER PRIMARY KEY, letter_id VARCHAR(36) NOT NULL UNIQUE)"
    )
    # Trigram: finds a word inside a Lao run written without spaces (docs/search.md). `fields` is rebuilt from the
    # letter; `extra` is appended to (routing minutes and comments), one line each.
    op.execute(
        "CREATE VIRTUAL TABLE letter_search USING fts5("
        "fields, extra, tokenize = 'trigram case_sensitive 1', detail = full, columnsize = 0)"
    )
    op.execute(SOURCE_VIEW)
    for trigger in TRIGGERS:
        op.execute(trigger)
    op.execute("INSERT INTO letter_search_keys(letter_id) SELECT id FROM letters ORDER BY registered_at, id")
    op.execute(
        "INSERT INTO letter_search(rowid, fields, extra) SELECT k.key, s.fields, '' FROM letter_search_keys AS k "
        "JOIN letter_search_source AS s ON s.letter_id = k.letter_id"
    )
    op.execute(
        "CREATE TABLE saved_searches ("
        "id VARCHAR(36) NOT NULL PRIMARY KEY, owner_id VARCHAR(64) NOT NULL, name VARCHAR(200) NOT NULL, "
        "query JSON NOT NULL, position INTEGER NOT NULL DEFAULT 0, "
        "CONSTRAINT uq_saved_searches_name UNIQUE (owner_id, name))"
    )


def downgrade() -> None:
    op.execute("DROP TABLE saved_searches")
    for name in (
        "letter_search_insert",
        "letter_search_update",
        "letter_search_delete",
        "letter_search_recipient_added",
        "letter_search_recipient_removed",
        "letter_search_org_renamed",
    ):
        op.execute(f"DROP TRIGGER {name}")
    op.execute("DROP VIEW letter_search_source")
    op.execute("DROP TABLE letter_search")
    op.execute("DROP TABLE letter_search_keys")
