"""The PC's server credential at rest: outside the database, readable by its owner only, moved out of databases
that still hold it in clear."""

from __future__ import annotations

import sqlite3
import stat
import sys
from pathlib import Path

import pytest

from eoffice_desktop.core.office import open_store
from eoffice_desktop.core.storage.credential import credential_file, load_token, must_enrol_again, save_token

TOKEN = "tok-CLEAR-d41d8cd98f00b204e980"


def _all_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_a_clear_token_from_an_older_version_is_moved_out_when_the_folder_opens(tmp_path: Path):
    open_store(tmp_path / "office").close()
    database = tmp_path / "office" / "eoffice.sqlite"
    conn = sqlite3.connect(database)  # what an enrolled PC of the previous version holds
    conn.executemany(
        "INSERT INTO settings (key, value) VALUES (?, ?)", [("sync.token", TOKEN), ("sync.enrolled", "yes")]
    )
    conn.commit()
    conn.close()
    assert TOKEN.encode() in _all_bytes(tmp_path / "office")

    store = open_store(tmp_path / "office")
    with store.db.session() as s:
        assert load_token(store.data_dir, s) == TOKEN
        assert not must_enrol_again(store.data_dir, s)
    store.close()
    path = credential_file(store.data_dir)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    outside = [p for p in (tmp_path / "office").rglob("*") if p.is_file() and p != path]
    assert all(TOKEN.encode() not in p.read_bytes() for p in outside)  # overwritten in the database, not only unlinked


def test_a_database_without_its_credential_file_must_enrol_again(tmp_path: Path):
    store = open_store(tmp_path / "office")
    with store.db.write() as s:
        save_token(store.data_dir, s, TOKEN)
    credential_file(store.data_dir).unlink()  # the folder copied to another PC, or the file lost
    with store.db.session() as s:
        assert load_token(store.data_dir, s) is None
        assert must_enrol_again(store.data_dir, s)
    store.close()
