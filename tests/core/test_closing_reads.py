"""Closing the office while a long read runs (a count of a million letters in the background): the read is interrupted
and the file is closed cleanly at once, so the next start does not check the whole file."""

from __future__ import annotations

import threading
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from eoffice_desktop.core.office import open_store

ENDLESS = (
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
    "SELECT count(*) FROM (SELECT i FROM n LIMIT 4000000000)"
)


def test_closing_interrupts_a_long_read_and_the_file_is_closed_cleanly(tmp_path: Path):
    store = open_store(tmp_path / "office")
    outcome: dict[str, str] = {}

    def read() -> None:
        with store.db.session() as s:
            try:
                s.execute(text(ENDLESS)).scalar()
                outcome["read"] = "finished"
            except OperationalError as exc:
                outcome["read"] = str(exc.orig)

    reader = threading.Thread(target=read)
    reader.start()
    for _ in range(2000):  # (its transaction begins with its statement: interrupted as soon as it reads)
        store.db.interrupt_reads()
        reader.join(0.05)
        if not reader.is_alive():
            break
    assert outcome == {"read": "interrupted"}
    store.close()
    assert (tmp_path / "office" / "eoffice.sqlite.closed").exists()  # the next start skips the whole-file check


def test_a_write_is_never_interrupted(tmp_path: Path):
    store = open_store(tmp_path / "office")
    with store.db.write() as s:
        store.db.interrupt_reads()  # (closing while the writer works: the write ends as a whole)
        s.execute(text("CREATE TABLE kept (x)"))
        s.execute(text("INSERT INTO kept VALUES (1)"))
    with store.db.session() as s:
        assert s.execute(text("SELECT x FROM kept")).scalar() == 1
    store.close()
