"""A database with damaged pages is refused before anything is written to it; damage found later stops writes."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from eoffice_desktop.cli import main
from eoffice_desktop.core.demo.build import generate_demo
from eoffice_desktop.core.office import open_store
from eoffice_desktop.core.storage.db import DatabaseDamaged
from eoffice_shared.exits import BUSY


@pytest.fixture(scope="module")
def office_file(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    root = tmp_path_factory.mktemp("office") / "d"
    store = open_store(root)
    generate_demo(store, 300)
    store.close()
    return (root / "eoffice.sqlite").read_bytes()


def _damaged_copy(clean: bytes, folder: Path, seed: int) -> Path:
    """What the outside probe did: 20 random 64-byte overwrites inside the file (the 100-byte header spared)."""
    rng = random.Random(seed)
    data = bytearray(clean)
    for _ in range(20):
        at = rng.randrange(100, len(data) - 64)
        data[at : at + 64] = rng.randbytes(64)
    folder.mkdir(parents=True)
    (folder / "eoffice.sqlite").write_bytes(bytes(data))
    return folder


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_database_with_damaged_pages_is_refused_before_any_write(office_file: bytes, tmp_path: Path, seed: int):
    folder = _damaged_copy(office_file, tmp_path / "d", seed)
    before = (folder / "eoffice.sqlite").read_bytes()
    with pytest.raises(DatabaseDamaged, match="restore the latest backup"):
        open_store(folder)
    assert (folder / "eoffice.sqlite").read_bytes() == before
    assert not (folder / "eoffice.sqlite-wal").exists() or (folder / "eoffice.sqlite-wal").stat().st_size == 0


def test_damage_in_place_after_a_clean_close_is_found_at_the_next_start(tmp_path: Path, monkeypatch):
    """A clean close lets the next start skip the check; a write by anything else makes it check again."""
    import eoffice_desktop.core.storage.db as db

    checked: list[Path] = []
    real = db.quick_problems
    monkeypatch.setattr(db, "quick_problems", lambda path: checked.append(path) or real(path))
    store = open_store(tmp_path / "d")
    generate_demo(store, 60)
    store.close()
    open_store(tmp_path / "d").close()
    assert checked == []  # as this app left it: no read of the whole file at start
    database = tmp_path / "d" / "eoffice.sqlite"
    rng = random.Random(5)
    with open(database, "r+b") as handle:  # damaged in place, as a failing disk or another program would
        for _ in range(20):
            handle.seek(rng.randrange(100, database.stat().st_size - 64))
            handle.write(rng.randbytes(64))
    before = database.read_bytes()
    with pytest.raises(DatabaseDamaged):
        open_store(tmp_path / "d")
    assert checked == [database]
    assert database.read_bytes() == before


def test_the_command_line_says_so_in_one_sentence_with_an_exit_code(office_file: bytes, tmp_path: Path, capsys):
    folder = _damaged_copy(office_file, tmp_path / "d", 1)
    before = (folder / "eoffice.sqlite").read_bytes()
    assert main(["search", "--data-dir", str(folder), "ງົບປະມານ"]) == BUSY
    said = capsys.readouterr().err
    assert said.startswith("eoffice: The office database is damaged.") and "Traceback" not in said
    assert (folder / "eoffice.sqlite").read_bytes() == before


def test_damage_found_by_sqlite_during_work_stops_every_later_write(tmp_path: Path):
    from datetime import date

    from eoffice_desktop.core.registry.letterform import LetterForm
    from eoffice_desktop.core.registry.register import register_letter
    from eoffice_desktop.core.storage.settings import set_setting

    store = open_store(tmp_path / "d")
    generate_demo(store, 30)
    actor = store.admin_actor()
    with store.db.session() as s:
        conn = s.connection()
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = int(conn.exec_driver_sql("PRAGMA page_size").scalar_one())
        root = int(conn.exec_driver_sql("SELECT rootpage FROM sqlite_master WHERE name = 'events'").scalar_one())
    store.db.engine.dispose()  # no page of the file stays cached
    database = tmp_path / "d" / "eoffice.sqlite"
    with open(database, "r+b") as handle:  # the event log's first page goes bad while the app runs
        handle.seek((root - 1) * page_size)
        handle.write(b"\xff" * 64)
    form = LetterForm(register_date=date.today(), sender_name="ກະຊວງ", subject="ຫຼັງຄວາມເສຍຫາຍ")
    with pytest.raises(DatabaseDamaged):
        register_letter(store, actor, form)
    with pytest.raises(DatabaseDamaged), store.db.write() as s:  # refused before SQLite is asked
        set_setting(s, "x", "1")
    store.close()
    with pytest.raises(DatabaseDamaged):  # no clean-close record: the next start checks, and refuses
        open_store(tmp_path / "d")
