"""An office's copy of the national directory taken before its offices held their parents' names (migration 0017)
gets them when the app is updated: typing a province's name finds its departments without waiting for the server."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from eoffice_desktop.core.addresses.directory import apply_directory, search_offices
from eoffice_desktop.core.demo.directory import demo_directory_answer
from eoffice_desktop.core.office import open_store, setup_office


def test_a_directory_held_before_the_update_finds_offices_by_their_parents(tmp_path: Path) -> None:
    store = open_store(tmp_path / "pc")
    setup_office(store, "ທດ", "ຫ້ອງການທົດລອງ", "Test office", "admin", "Admin", "password-1")
    with store.db.write() as s:
        apply_directory(s, demo_directory_answer())
    store.close()
    with sqlite3.connect(tmp_path / "pc" / "eoffice.sqlite") as conn:  # as the previous version left it
        conn.create_function("eoffice_search_doc", -1, str)  # named by a trigger: SQLite checks it on a change
        conn.execute("ALTER TABLE directory_offices DROP COLUMN parents_key")
        conn.execute("DROP INDEX ix_journey_links_resends")  # (0018 came later)
        conn.execute("ALTER TABLE journey_links DROP COLUMN resends")
        conn.execute("UPDATE alembic_version SET version_num = '0016_search_key_in_sort'")
    conn.close()

    store = open_store(tmp_path / "pc")
    try:
        with store.db.session() as s:
            found = [match.code for match in search_offices(s, "ສຶກສາ ຫຼວງພະບາງ")]
            villages = [match.code for match in search_offices(s, "ນະຄອນຫຼວງວຽງຈັນ") if match.kind == "village"]
        assert found == ["ສສກ.ຫລພ"]
        assert sorted(villages) == ["ຈທບ.ວຈ", "ຈທບ.ຫສ", "ຊສຖ.ພຕ"]  # under a district of the capital
    finally:
        store.close()
