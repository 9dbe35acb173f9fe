"""The copy of an old office's database made before its migration, when it cannot be made: a drive too full for it
(a real small tmpfs, mounted as root), a drive that fills during the copy, a read-only backups folder. The database
is not migrated and not changed, nothing of the copy is left, and the user is told in one Lao sentence how much room
the update needs; once there is room the next start migrates. Older copies are rotated (the newest 3 kept)."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from eoffice_desktop.core.office import open_store
from eoffice_desktop.core.storage import migration_copy
from eoffice_desktop.core.storage.db import head_revisions
from eoffice_desktop.core.storage.integrity import needs_check
from eoffice_desktop.core.storage.migration_copy import (
    CopyFolderUnwritable,
    NoRoomForCopy,
    room_needed,
    write_copy,
)
from eoffice_shared.exits import BUSY
from tests.core.test_disk_full import fill_but, small_disk
from tests.migrations.test_old_offices import FACTS, unpack

OLD = "0005_ocr_text"  # (an office of the old head 0005_ocr_text; its database is at several revisions)
REVISIONS = FACTS[OLD]["revisions"]
NAME = "before-migration-" + "+".join(REVISIONS)
ROOT = Path(__file__).resolve().parents[2]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _revisions(database: Path) -> list[str]:
    with closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as conn:
        return sorted(row[0] for row in conn.execute("SELECT version_num FROM alembic_version"))


def _lao(app, exc: BaseException) -> str:  # type: ignore[no-untyped-def]
    from eoffice_desktop.ui import core_messages
    from eoffice_desktop.ui.resources import install_translation

    assert install_translation(app, "lo")
    try:
        return core_messages.text(exc)
    finally:
        install_translation(app, "en")


def test_a_drive_too_full_for_the_copy_leaves_the_office_as_it_was_and_says_how_much_room(tmp_path: Path, qapp):
    with small_disk(tmp_path / "disk", "24m") as disk:
        root = unpack(OLD, disk / "office")
        database = root / "eoffice.sqlite"
        before = _digest(database)
        filler = fill_but(disk, 200 * 1024)  # less than the 540 kB database

        with pytest.raises(NoRoomForCopy) as refused:
            open_store(root)
        assert refused.value.code == "migration_copy_no_room"
        assert refused.value.params == {"megabytes": 17, "folder": str(root / "backups")}  # 540 kB + 16 MB, up
        assert str(refused.value).startswith("This update of eOffice needs about 17 MB free on the drive of ")
        assert _lao(qapp, refused.value) == (
            f"ການອັບເດດ eOffice ນີ້ຕ້ອງການບ່ອນຫວ່າງປະມານ 17 MB ໃນໄດຣຟ໌ຂອງ {root / 'backups'} ເພື່ອເກັບສຳເນົາຖານຂໍ້ມູນ"
            "ຂອງຫ້ອງການໄວ້ກ່ອນ, ແຕ່ບ່ອນຫວ່າງບໍ່ພໍ; ຖານຂໍ້ມູນບໍ່ໄດ້ຖືກປ່ຽນແປງ. ກະລຸນາຍ້າຍ ຫຼື ລຶບໄຟລ໌ທີ່ບໍ່ຕ້ອງການອອກ "
            "ເພື່ອໃຫ້ມີບ່ອນຫວ່າງໃນໄດຣຟ໌ນັ້ນ, ແລ້ວເປີດ eOffice ໃໝ່."
        )
        # closed, no log left, and marked as checked: a start after space is made does not read gigabytes again
        assert sorted(p.name for p in root.glob("eoffice.sqlite*")) == ["eoffice.sqlite", "eoffice.sqlite.closed"]
        assert not needs_check(database)
        assert list((root / "backups").iterdir()) == []
        assert _digest(database) == before and _revisions(database) == REVISIONS

        filler.unlink()  # room made: the next start keeps its copy and migrates
        store = open_store(root)
        store.close()
        assert set(_revisions(database)) == head_revisions()
        [copy] = (root / "backups").iterdir()
        assert copy.name.startswith(NAME + "-") and _revisions(copy) == REVISIONS


def test_a_drive_that_fills_during_the_copy_keeps_nothing_of_it(tmp_path: Path):
    """The copy itself, past the check of the room (another program filled the drive meanwhile)."""
    root = unpack(OLD, tmp_path / "office")
    database = root / "eoffice.sqlite"
    with small_disk(tmp_path / "disk", "256k") as disk:
        with pytest.raises(NoRoomForCopy) as refused:
            write_copy(database, disk, {OLD}, room_needed(database))
        assert refused.value.params["megabytes"] == 17
        assert list(disk.iterdir()) == []


def test_a_backups_folder_that_cannot_be_written_leaves_the_office_as_it_was(tmp_path: Path, qapp):
    root = unpack(OLD, tmp_path / "office")
    database = root / "eoffice.sqlite"
    before = _digest(database)
    with small_disk(root / "backups", "4m") as backups:
        subprocess.run(["mount", "-o", "remount,ro", str(backups)], check=True)
        with pytest.raises(CopyFolderUnwritable) as refused:
            open_store(root)
        assert refused.value.code == "migration_copy_unwritable"
        assert "Read-only file system" in str(refused.value)  # (for the log and the command line)
        lao = _lao(qapp, refused.value)
        assert lao.startswith(f"ການອັບເດດ eOffice ນີ້ຕ້ອງເກັບສຳເນົາຖານຂໍ້ມູນຂອງຫ້ອງການໄວ້ໃນ {backups} ກ່ອນ")
        assert "ພະນັກງານໄອທີ" in lao and "Read-only" not in lao
        assert list(backups.iterdir()) == []
        subprocess.run(["mount", "-o", "remount,rw", str(backups)], check=True)
        with pytest.raises(NoRoomForCopy):  # writable again, but the 4 MB drive is too small for the copy
            open_store(root)
        assert _digest(database) == before and _revisions(database) == REVISIONS


def test_only_the_newest_three_copies_are_kept(tmp_path: Path):
    root = unpack(OLD, tmp_path / "office")
    backups = root / "backups"
    backups.mkdir()
    older = [f"before-migration-0004_journey-2026010{day}-090000.sqlite" for day in (1, 2, 3, 4)]
    for name in older:
        (backups / name).write_bytes(b"an older copy")
    (backups / f".partial-{NAME}-20260105-090000.sqlite").write_bytes(b"a start killed mid-copy")
    (backups / "auto").mkdir()  # the daily backups' folder: not these copies' business

    open_store(root).close()
    [new] = [p.name for p in backups.glob(NAME + "-*.sqlite")]
    assert sorted(p.name for p in backups.iterdir()) == sorted(["auto", *older[2:], new])


def test_the_window_says_the_refusal_in_lao_without_a_traceback(tmp_path: Path):
    """The start as clerks start it (no command word): the refusal is shown, in Lao, and the app ends."""
    with small_disk(tmp_path / "disk", "24m") as disk:
        root = unpack(OLD, disk / "office")
        fill_but(disk, 200 * 1024)
        env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen", EOFFICE_LOG_DIR=str(tmp_path))
        started = subprocess.run(
            [sys.executable, "-m", "eoffice_desktop", "--data-dir", str(root)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            timeout=300,
        )
        said = started.stderr.decode("utf-8")
        assert started.returncode == BUSY, said
        assert "Traceback" not in said
        assert "ການອັບເດດ eOffice ນີ້ຕ້ອງການບ່ອນຫວ່າງປະມານ 17 MB" in said
        assert _revisions(root / "eoffice.sqlite") == REVISIONS


def test_a_drive_that_fills_during_the_migration_leaves_the_office_as_it_was(tmp_path: Path, monkeypatch):
    """Room for the copy and no more (the margin for the migration's own writes taken away): the migration fails for
    the full drive, rolls back as a whole, the copy made for it is removed, and the refusal says how much room."""
    monkeypatch.setattr(migration_copy, "MARGIN", 0)
    with small_disk(tmp_path / "disk", "24m") as disk:
        root = unpack(OLD, disk / "office")
        database = root / "eoffice.sqlite"
        before = _digest(database)
        filler = fill_but(disk, database.stat().st_size + 96 * 1024)  # the copy, its journal, the log's index

        with pytest.raises(NoRoomForCopy) as refused:
            open_store(root)
        # the copy's room and the database's size again for the migration: more than was asked before the copy
        assert refused.value.params == {"megabytes": 2, "folder": str(root / "backups")}
        assert sorted(p.name for p in root.glob("eoffice.sqlite*")) == ["eoffice.sqlite", "eoffice.sqlite.closed"]
        assert list((root / "backups").iterdir()) == []
        assert _digest(database) == before and _revisions(database) == REVISIONS

        filler.unlink()
        open_store(root).close()
        assert set(_revisions(database)) == head_revisions()


def test_a_backups_drive_that_takes_no_file_more_is_told_as_full(tmp_path: Path):
    """Bytes free but no file can be made (every inode taken): the same sentence as a drive without room."""
    root = unpack(OLD, tmp_path / "office")
    with small_disk(root / "backups", "64m", inodes=1) as backups:
        with pytest.raises(NoRoomForCopy):
            open_store(root)
        assert list(backups.iterdir()) == []
        assert _revisions(root / "eoffice.sqlite") == REVISIONS
