"""Each letter holds its search key (migration 0016), and the sender sort's index holds it: an office of an older
version gets the keys of all its letters, letters added later get theirs, and `reindex` keeps them in step."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from eoffice_desktop.core.checks.check import check_data_dir
from eoffice_desktop.core.eventlog.actor import Actor
from eoffice_desktop.core.office import OfficeStore, open_store
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.search import sorted_pages
from eoffice_desktop.core.search.index import index_is_consistent, reindex
from eoffice_desktop.core.search.query import SearchQuery, search_letters
from eoffice_desktop.core.storage.opening_progress import UPDATING, OpeningProgress, Step
from tests.migrations.test_old_offices import FACTS, unpack

OLD = "0005_ocr_text"


def _astray(database: Path) -> list[tuple[str, int | None, int | None]]:
    """Letters whose own key is not their key in the index's key table."""
    with sqlite3.connect(database) as conn:
        return conn.execute(
            "SELECT l.id, l.search_key, k.key FROM letters AS l LEFT JOIN letter_search_keys AS k "
            "ON k.letter_id = l.id WHERE l.search_key IS NOT k.key"
        ).fetchall()


def _form(subject: str) -> LetterForm:
    return LetterForm(direction="in", register_date=date.today(), sender_name="ແຂວງ ຈຳປາສັກ", subject=subject)


def test_an_older_office_gets_every_letters_key_and_new_letters_get_theirs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = unpack(OLD, tmp_path / "office")
    database = root / "eoffice.sqlite"
    steps: list[Step] = []
    store = open_store(root, progress=OpeningProgress(steps.append))
    reports = [(step.done, step.total) for step in steps if step.stage == UPDATING and step.total]
    try:
        assert _astray(database) == []
        with sqlite3.connect(database) as conn:
            letters = conn.execute("SELECT count(*), count(search_key), max(rowid) FROM letters").fetchone()
            assert letters[0] == letters[1] == len(FACTS[OLD]["letters"]) > 0
            held = [row[2] for row in conn.execute("PRAGMA index_info(ix_letters_sort_correspondent)")]
        assert held[-1] == "search_key"
        # the keys' fill told as it went, then the index made again: to the end
        assert reports[-2:] == [(letters[2], 2 * letters[2]), (2 * letters[2], 2 * letters[2])]

        subject_word = FACTS[OLD]["letters"][0][2].split(",")[0].split()[0]
        new = register_letter(store, store.admin_actor(), _form(f"ກງ {subject_word} ສາມັນ"))
        assert _astray(database) == []
        with store.db.session() as s:
            assert index_is_consistent(s)
        # Sorted by sender, each letter's document is found through the key the index holds: the same pages as
        # SQLite's own sort of the matches, old letters and the new one.
        pages = {}
        for small in (-1, 10**9):
            monkeypatch.setattr(sorted_pages, "SMALL", small)
            with store.db.session() as s:
                pages[small] = [
                    [row.id for row in search_letters(s, SearchQuery(words), 0, 50, "correspondent", descending)]
                    for words in ("ກງ", subject_word, "ກງ " + subject_word)
                    for descending in (False, True)
                ]
        assert pages[-1] == pages[10**9]
        assert any(new.letter_id in page for page in pages[-1])
        assert all(pages[-1][:4])
    finally:
        store.close()


def test_reindex_keeps_each_letters_key_and_eoffice_check_sees_one_astray(store: OfficeStore, clerk: Actor) -> None:
    for subject in ("ບົດລາຍງານ ນ້ຳຖ້ວມ", "ກອງປະຊຸມ ງົບປະມານ", "ແຜນການ ສຶກສາ"):
        register_letter(store, clerk, _form(subject))
    database = store.data_dir.database
    with store.db.write() as s:
        reindex(s)
    assert _astray(database) == []
    assert check_data_dir(store.data_dir.root).ok
    with store.db.write() as s:
        assert index_is_consistent(s)
        s.execute(text("UPDATE letters SET search_key = search_key + 100 WHERE rowid = 2"))
        assert not index_is_consistent(s)
    report = check_data_dir(store.data_dir.root)
    assert report.problems == [
        "1 letter(s) hold a search key that is not theirs in the search index: run eoffice reindex"
    ]
    with store.db.write() as s:
        reindex(s)
        assert index_is_consistent(s)
    assert _astray(database) == []
    assert check_data_dir(store.data_dir.root).ok
