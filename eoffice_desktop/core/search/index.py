"""The search index's upkeep outside the triggers: indexing new letters, appending notes to a letter's document,
rebuilding it all.

A new letter gets its key (`letter_search_keys`) by trigger in the transaction that adds it, and its index entry just
after that transaction commits, in a small one of its own (`index_new_letters`; migration 0012): the registration's
own commit then writes 24 pages, not 34. A letter whose entry was not written (the PC lost power in between) is
indexed when the office is next opened, or with the next letter: new letters are those whose key is above the
highest one indexed, as keys only grow. Triggers (migration 0002_search) keep `fields` in step with each letter
already indexed; `extra` holds appended text such as routing minutes and comments, which `reindex` gathers again from
every source registered in `EXTRA_SOURCES`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from eoffice_desktop.core.search.text import FIELD_SEPARATOR, fold

if TYPE_CHECKING:  # (the database opens and the window shows its first rows before SQLAlchemy loads)
    from sqlalchemy.orm import Session
    from sqlalchemy.sql.elements import TextClause


def text(sql: str) -> TextClause:
    from sqlalchemy import text as sql_text

    return sql_text(sql)


# Each returns (letter_id, text) pairs to append to the letters' documents, in the order they were written: of every
# letter, or only of the letters named (`rebuild_search_text`). Routing registers its minutes and comments here, and
# appends new ones with `append_search_text` as it writes them.
ExtraSource = Callable[["Session", "list[str] | None"], list[tuple[str, str]]]
EXTRA_SOURCES: list[ExtraSource] = []


@dataclass(frozen=True)
class IndexStats:
    letters: int
    extra_lines: int


# Set in `session.info` by a transaction that adds letters: their index entries follow its commit (Database.write).
LETTERS_ADDED = "letters_added"

# Letters whose key is above the highest key indexed: every letter added since the last index entry was written.
INDEX_NEW_LETTERS = (
    "INSERT INTO letter_search(rowid, fields, extra) SELECT k.key, s.fields, '' "
    "FROM letter_search_keys AS k JOIN letter_search_source AS s ON s.letter_id = k.letter_id "
    "WHERE k.key > coalesce((SELECT rowid FROM letter_search ORDER BY rowid DESC LIMIT 1), 0) ORDER BY k.key"
)
# A letter's key, as the letter also holds it (migration 0016: the sender sort's index reaches documents by it).
LETTER_KEY = "SELECT key FROM letter_search_keys WHERE letter_id = letters.id"
ANY_NEW_LETTER = (
    "SELECT 1 FROM letter_search_keys "
    "WHERE key > coalesce((SELECT rowid FROM letter_search ORDER BY rowid DESC LIMIT 1), 0) LIMIT 1"
)


def index_new_letters(connection: sqlite3.Connection) -> int:
    """Write the index entries of the letters added since the last ones, in a transaction of their own on this
    connection (outside any transaction); how many.

    Not synced to the disk at its commit (synchronous=NORMAL, the database stays whole): a power cut may lose it, and
    the letters are then indexed again at the next start (`index_left_over`) or with the next letter."""
    connection.execute("PRAGMA synchronous=NORMAL")
    try:
        connection.execute("BEGIN IMMEDIATE")
        try:
            added = connection.execute(INDEX_NEW_LETTERS).rowcount
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
    finally:
        connection.execute("PRAGMA synchronous=FULL")
    return added


def index_left_over(connection: sqlite3.Connection) -> int:
    """At opening: the letters a lost power (or a crash) left without their index entry get it now."""
    if connection.execute(ANY_NEW_LETTER).fetchone() is None:
        return 0
    return index_new_letters(connection)


def index_new_letters_now(session: Session) -> None:
    """The same within the caller's transaction: before a note is appended to a letter added in it, and by tests."""
    session.execute(text(INDEX_NEW_LETTERS))


def append_search_text(session: Session, letter_id: str, note: str) -> None:
    """Make `note` findable as part of the letter, in the caller's transaction (it commits with the event)."""
    folded = fold(note).strip(" ")
    if not folded:
        return
    index_new_letters_now(session)  # (a letter added in this transaction gets its entry first)
    session.execute(
        text(
            "UPDATE letter_search SET extra = CASE WHEN extra = '' THEN :note ELSE extra || :sep || :note END "
            "WHERE rowid = (SELECT key FROM letter_search_keys WHERE letter_id = :letter_id)"
        ),
        {"note": folded, "sep": FIELD_SEPARATOR, "letter_id": letter_id},
    )


# Set in `session.info` by a transaction that replaced text appended to letters: their appended text is gathered again
# once, just before it commits (Database.write calls `rebuild_pending`), however many pages it replaced.
REBUILD_LETTERS = "search_rebuild"


def rebuild_later(session: Session, letter_ids: list[str]) -> None:
    """These letters' appended text is gathered again before the caller's transaction commits."""
    session.info.setdefault(REBUILD_LETTERS, set()).update(letter_ids)


def rebuild_pending(session: Session) -> None:
    """Gather again the appended text of the letters `rebuild_later` named in this transaction."""
    letters = session.info.pop(REBUILD_LETTERS, None)
    if letters:
        session.flush()
        rebuild_search_text(session, sorted(letters))


def rebuild_search_text(session: Session, letter_ids: list[str]) -> None:
    """Gather these letters' appended text again from every source, in the caller's transaction: after text was
    replaced (a scan's page read again), so the letters are found by what they hold now, and no longer by the text
    that was replaced. Each ends as `reindex` would leave it, written in one update per letter."""
    if not letter_ids:
        return
    index_new_letters_now(session)
    notes: dict[str, list[str]] = {letter_id: [] for letter_id in letter_ids}
    for source in EXTRA_SOURCES:
        for letter_id, note in source(session, letter_ids):
            folded = fold(note).strip(" ")
            if folded and letter_id in notes:
                notes[letter_id].append(folded)
    for letter_id, found in notes.items():
        session.execute(
            text(
                "UPDATE letter_search SET extra = :extra "
                "WHERE rowid = (SELECT key FROM letter_search_keys WHERE letter_id = :letter_id) AND extra != :extra"
            ),
            {"extra": FIELD_SEPARATOR.join(found), "letter_id": letter_id},
        )


def reindex(session: Session) -> IndexStats:
    """Rebuild the whole index from the projections (themselves rebuilt from the log by `projections.rebuild`)."""
    session.execute(text("DELETE FROM letter_search"))
    session.execute(text("DELETE FROM letter_search_keys"))
    session.execute(text("INSERT INTO letter_search_keys(letter_id) SELECT id FROM letters ORDER BY registered_at, id"))
    session.execute(text(f"UPDATE letters SET search_key = ({LETTER_KEY}) WHERE search_key IS NOT ({LETTER_KEY})"))
    session.execute(
        text(
            "INSERT INTO letter_search(rowid, fields, extra) SELECT k.key, s.fields, '' "
            "FROM letter_search_keys AS k JOIN letter_search_source AS s ON s.letter_id = k.letter_id"
        )
    )
    lines = 0
    for source in EXTRA_SOURCES:
        for letter_id, note in source(session, None):
            append_search_text(session, letter_id, note)
            lines += 1
    optimize_index(session)
    letters = session.scalar(text("SELECT count(*) FROM letter_search_keys")) or 0
    return IndexStats(letters=letters, extra_lines=lines)


def tidy_index(session: Session, pages: int = 500) -> bool:
    """Merge the index's segments a bounded step at a time (about `pages` pages of work); True if it did any.

    Each committed registration adds a small segment; FTS5 merges them as it goes, but a query still reads every
    segment left, so an idle-time worker calls this until it returns False (docs/search.md, "Keeping it fast").
    """
    before = session.scalar(text("SELECT total_changes()")) or 0
    session.execute(text("INSERT INTO letter_search(letter_search, rank) VALUES ('merge', :pages)"), {"pages": -pages})
    after = session.scalar(text("SELECT total_changes()")) or 0
    return after - before > 1


def optimize_index(session: Session) -> None:
    """Merge the whole index into one segment: the fastest queries; takes minutes at a million letters."""
    session.execute(text("INSERT INTO letter_search(letter_search) VALUES ('optimize')"))


def index_is_consistent(session: Session) -> bool:
    """Every letter has exactly one index row, holds its key, and no index row is left over (for `eoffice check`
    and tests)."""
    missing = session.scalar(
        text(
            "SELECT count(*) FROM letters AS l LEFT JOIN letter_search_keys AS k ON k.letter_id = l.id "
            "WHERE k.key IS NULL"
        )
    )
    astray = session.scalar(text(f"SELECT count(*) FROM letters WHERE search_key IS NOT ({LETTER_KEY})"))
    orphans = session.scalar(
        text(
            "SELECT (SELECT count(*) FROM letter_search_keys WHERE letter_id NOT IN (SELECT id FROM letters)) + "
            "(SELECT count(*) FROM letter_search WHERE rowid NOT IN (SELECT key FROM letter_search_keys))"
        )
    )
    return not missing and not orphans and not astray
