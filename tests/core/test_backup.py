from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from eoffice_desktop.cli import main
from eoffice_desktop.core.changes import Changes
from eoffice_desktop.core.demo.build import generate_demo
from eoffice_desktop.core.office import open_store
from eoffice_desktop.core.storage.backup import (
    BackupCancelled,
    BackupError,
    automatic_backup,
    list_snapshots,
    make_backup,
    restore,
)
from eoffice_desktop.core.storage.datadir import DataDir, DataDirBusy


@pytest.fixture
def office(tmp_path: Path) -> DataDir:
    store = open_store(tmp_path / "office")
    generate_demo(store, 40, attachment_share=0.5, routed=10)
    store.close()
    return DataDir(tmp_path / "office")


def test_backup_then_restore_gives_back_the_same_office(office: DataDir, tmp_path: Path):
    usb = tmp_path / "usb"
    snap = make_backup(office, usb)
    assert snap.letters == 40 and snap.blobs
    store = open_store(office.root)
    generate_demo(store, 10, attachment_share=0.0, routed=0)  # work done after the backup
    store.close()
    restored = restore(snap, office)
    aside, report = restored
    assert report.ok, report.text()
    assert (aside / "eoffice.sqlite").exists()  # the replaced data is kept
    assert restored.changes == Changes.everything()  # every view reads again; its unsent events wait to be sent
    store = open_store(office.root)
    with store.db.session() as s:
        from eoffice_desktop.core.registry.register_query import RegisterFilter, count_letters

        total = count_letters(s, RegisterFilter("in")) + count_letters(s, RegisterFilter("out"))
    store.close()
    assert total == 40


def test_second_backup_to_same_folder_shares_attachments(office: DataDir, tmp_path: Path):
    usb = tmp_path / "usb"
    first = make_backup(office, usb, now=datetime(2026, 1, 1, 9))
    second = make_backup(office, usb, now=datetime(2026, 1, 2, 9))
    assert first.blobs == second.blobs
    assert len(list((usb / "blobs").rglob("*"))) - len({b[7:9] for b in first.blobs}) == len(first.blobs)


def test_a_stopped_or_impossible_backup_leaves_nothing_behind(office: DataDir, tmp_path: Path):
    usb = tmp_path / "usb"
    usb.mkdir()  # the drive's folder is there before; what the backup makes in it goes when it stops
    seen: list[tuple[int, int]] = []
    with pytest.raises(BackupCancelled):
        make_backup(office, usb, progress=lambda d, t: seen.append((d, t)), cancelled=lambda: len(seen) >= 3)
    assert len(seen) == 3 and seen[0][1] > 3
    assert list_snapshots(usb) == [] and list(usb.iterdir()) == []
    not_a_folder = tmp_path / "file-on-usb"
    not_a_folder.write_text("x")
    with pytest.raises(BackupError, match="cannot be written"):
        make_backup(office, not_a_folder)
    assert not_a_folder.read_text() == "x"
    done = make_backup(office, usb)  # after a stop, the next backup to the same drive completes
    assert list_snapshots(usb) == [done]


def test_damaged_backup_is_refused_and_nothing_changes(office: DataDir, tmp_path: Path):
    snap = make_backup(office, tmp_path / "usb")
    before = office.database.read_bytes()
    blob = tmp_path / "usb" / "blobs" / snap.blobs[0][7:9] / snap.blobs[0][7:]
    blob.write_bytes(b"damaged")
    with pytest.raises(BackupError, match="missing or damaged"):
        restore(snap, office)
    assert office.database.read_bytes() == before


def test_restore_refused_while_the_app_is_open(office: DataDir, tmp_path: Path):
    snap = make_backup(office, tmp_path / "usb")
    store = open_store(office.root)
    try:
        with pytest.raises(DataDirBusy):
            restore(snap, office)
    finally:
        store.close()


def test_rotation_keeps_seven_daily_and_four_weekly(office: DataDir):
    start = datetime(2026, 1, 1, 8)
    for day in range(40):
        automatic_backup(office, now=start + timedelta(days=day))
    kinds = [s.kind for s in list_snapshots(office.backups / "auto")]
    assert kinds.count("daily") == 7
    assert kinds.count("weekly") == 4


def test_cli_backup_and_restore(office: DataDir, tmp_path: Path, capsys):
    assert main(["backup", "--data-dir", str(office.root), "--to", str(tmp_path / "usb")]) == 0
    (snap,) = list_snapshots(tmp_path / "usb")
    assert main(["restore", "--data-dir", str(office.root), str(snap.path)]) == 1  # no terminal, no --yes
    assert main(["restore", "--data-dir", str(office.root), str(snap.path), "--yes"]) == 0
    assert "Restored" in capsys.readouterr().out
