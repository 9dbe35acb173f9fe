"""What one registration asks of the database, and that the prepared statements it runs write exactly what the
ORM writes: the same event rows (hash chain included), the same register rows as a rebuild from the log."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

from sqlalchemy import event, select

from eoffice_desktop.core.checks.check import check_data_dir
from eoffice_desktop.core.demo.files import demo_pdf
from eoffice_desktop.core.eventlog.events import envelope_of
from eoffice_desktop.core.eventlog.events import store as store_event
from eoffice_desktop.core.office import OfficeStore, open_store
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.numbering import _TAKEN, assign_block, next_number
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.storage.models import Event, Letter, NumberBlock

TODAY = date(2026, 3, 10)


def incoming(n: int, sender: str = "ກະຊວງການເງິນ") -> LetterForm:
    return LetterForm(direction="in", register_date=TODAY, sender_name=sender, subject=f"ແຈ້ງການ {n}")


@contextmanager
def statements_run(store: OfficeStore) -> Iterator[list[str]]:
    """Every statement SQLite runs on the office's connections meanwhile."""
    seen: list[str] = []
    connections: list[sqlite3.Connection] = []

    def note(text: str) -> None:
        # A trigger's steps are reported with the text of the statement that fired them: counted once.
        if not text.startswith("--") and (not seen or seen[-1] != text):
            seen.append(text)

    def trace(dbapi_connection: sqlite3.Connection, _record: Any, _proxy: Any) -> None:
        dbapi_connection.set_trace_callback(note)
        connections.append(dbapi_connection)

    event.listen(store.db.engine.pool, "checkout", trace)
    try:
        yield seen
    finally:
        event.remove(store.db.engine.pool, "checkout", trace)
        for connection in connections:
            connection.set_trace_callback(None)


def first_words(text: str) -> str:
    words = text.split()
    table = next((words[i + 1] for i, w in enumerate(words) if w in ("FROM", "INTO", "UPDATE") and i + 1 < len(words)))
    return f"{words[0]} {table}" if words[0] != "UPDATE" else f"UPDATE {words[1]}"


def test_a_letter_from_a_known_sender_is_one_transaction_of_ten_statements_then_its_index_entry(store, clerk):
    register_letter(store, clerk, incoming(1), today=TODAY)  # the sender enters the address book
    with statements_run(store) as seen:
        register_letter(store, clerk, incoming(2), today=TODAY)
    commit = seen.index("COMMIT")
    registration, entry = seen[: commit + 1], seen[commit + 1 :]
    assert registration[0] == "BEGIN IMMEDIATE" and registration[-1] == "COMMIT"
    assert [first_words(text) for text in registration[1:-1]] == [
        "SELECT users",  # the clerk's right to register
        "SELECT offices",  # the office's code, for the number
        "SELECT settings",  # numbering template, restored-PC flag
        "SELECT organisations",  # the sender by name
        "SELECT number_blocks",  # the number
        "SELECT letters",  # ... not used yet
        "UPDATE number_blocks",
        "SELECT events",  # the head of this PC's hash chain
        "INSERT events",
        "INSERT letters",  # its key in the search index, by trigger
    ]
    # Its search index entry, in a transaction of its own that is not synced to the disk (a power cut that loses it
    # leaves the letter saved, and its entry is written at the next start: test_search_after_commit.py).
    assert entry[0] == "PRAGMA synchronous=NORMAL" and entry[-1] == "PRAGMA synchronous=FULL"
    assert entry[1] == "BEGIN IMMEDIATE" and entry[-2] == "COMMIT"
    assert [first_words(text) for text in entry[2:-2]] == ["INSERT letter_search(rowid,"]


def test_prepared_rows_equal_what_the_orm_stores_and_the_chain_verifies(store, clerk, tmp_path):
    firsts = [register_letter(store, clerk, incoming(n, f"ພາກສ່ວນ {n % 3}"), today=TODAY) for n in range(6)]
    with store.db.session() as s:
        senders = list(s.scalars(select(Letter.sender_org_id).distinct()))
    assert len(senders) == 3  # three new senders, each an event of its own
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(demo_pdf("0007"))
    form = incoming(7)
    form.attachments = [scan]
    register_letter(store, clerk, form, today=TODAY)
    out = LetterForm(direction="out", register_date=TODAY, subject="ຕອບ", recipients=senders[:2])
    out.in_reply_to = firsts[0].letter_id
    register_letter(store, clerk, out, today=TODAY)
    with store.db.session() as s:
        rows = list(s.scalars(select(Event).order_by(Event.seq)))
    other = open_store(tmp_path / "other")
    try:
        with other.db.write() as s:
            for row in rows:
                store_event(s, envelope_of(row))  # the ORM's path for the same events
        with other.db.session() as s:
            again = {row.id: row for row in s.scalars(select(Event))}
    finally:
        other.close()
    columns = [c.name for c in Event.__table__.columns if c.name not in ("seq", "received_at", "acked")]
    for row in rows:
        assert envelope_of(row).content_hash() == row.hash
        assert {c: getattr(row, c) for c in columns} == {c: getattr(again[row.id], c) for c in columns}
    report = check_data_dir(store.data_dir.root, full=True)  # hash chains, and every register row = a rebuild
    assert report.ok, report.text()


def test_a_block_already_in_the_session_reads_the_number_handed_out(store, clerk):
    with store.db.write() as s:
        block = assign_block(s, "in:2026", 41, 50, "manual")
        number = next_number(s, "in", 2026, "ກຕສ")
        assert (number.seq, block.next) == (41, 42)
    with store.db.session() as s:
        assert s.scalars(select(NumberBlock.next).where(NumberBlock.series_key == "in:2026")).one() == 42


def test_the_number_check_reads_the_numbers_index_not_the_whole_series(store, clerk):
    with store.db.session() as s:
        plan = s.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + _TAKEN.text, ("0001/ກຕສ",)).fetchall()
    assert "USING INDEX ix_letters_number" in str(plan)


def test_no_question_of_a_registration_reads_a_whole_table_but_the_settings(store, clerk):
    # The sender is looked up by name on every registration: read through the address book's whole table, it cost
    # 0.1 ms at 355 entries, and more with each entry added.
    for n in range(30):
        register_letter(store, clerk, incoming(n, f"ພາກສ່ວນ {n}"), today=TODAY)
    with statements_run(store) as seen:
        register_letter(store, clerk, incoming(31, "ພາກສ່ວນ 7"), today=TODAY)
    questions = [text for text in seen[: seen.index("COMMIT")] if text.startswith("SELECT")]
    assert any("organisations" in text for text in questions)
    with store.db.session() as s:
        connection = s.connection()
        plans = {text: str(connection.exec_driver_sql("EXPLAIN QUERY PLAN " + text).fetchall()) for text in questions}
    scans = {text: plan for text, plan in plans.items() if "'SCAN " in plan and "FROM settings" not in text}
    assert not scans, scans
