"""Backing up to a USB drive from the window: progress, the result in words, and a clear message on failure."""

from __future__ import annotations

import re
from pathlib import Path

from eoffice_desktop.core.storage.backup import automatic_backup, list_snapshots, verify_snapshot
from eoffice_desktop.ui import backup_dialog
from eoffice_desktop.ui.backup_dialog import BackupDialog
from eoffice_desktop.ui.lao_wrap import shown_text
from eoffice_desktop.ui.tasks import TaskRunner


def test_back_up_to_a_usb_drive_from_the_window(qtbot, app, demo_store, tmp_path: Path, monkeypatch):
    automatic_backup(demo_store.data_dir)
    runner = TaskRunner()
    dialog = BackupDialog(demo_store, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "60" in dialog.last.text()  # the last automatic backup and its letters
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(backup_dialog.QFileDialog, "getExistingDirectory", lambda *a: str(usb))
    dialog.start.click()
    qtbot.waitUntil(lambda: dialog.snapshot is not None, timeout=30000)
    snapshots = list_snapshots(usb / "eOffice-backups")
    assert len(snapshots) == 1 and verify_snapshot(snapshots[0]) == []
    assert str(snapshots[0].path) in dialog.result.text() and "60" in dialog.result.text()
    assert dialog.start.isEnabled() and not dialog.progress.isVisible()

    full = tmp_path / "not-a-drive"
    full.write_text("")
    dialog.back_up(full)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=30000)
    assert "cannot be written" in dialog.error.text()
    runner.wait()


def test_a_full_drive_is_told_in_lao_and_left_empty(qtbot, app, demo_store, tmp_path: Path):
    from eoffice_desktop.ui.resources import install_translation
    from tests.core.test_disk_full import small_disk

    runner = TaskRunner()
    dialog = BackupDialog(demo_store, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    install_translation(app, "lo")
    try:
        with small_disk(tmp_path / "usb", "128k") as usb:
            dialog.back_up(usb)
            qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=30000)
            assert "ໄດຣຟ໌ເຕັມ" in shown_text(dialog.error)
            assert list(usb.iterdir()) == []
    finally:
        install_translation(app, "en")
        runner.wait()


def test_a_folder_that_cannot_be_written_is_told_in_lao_with_what_to_do(qtbot, app, demo_store, tmp_path: Path):
    """The system's English reason ("File exists", "Not a directory") goes to the log; the clerk reads in Lao what
    happened and what to do."""
    from eoffice_desktop.ui.resources import install_translation

    runner = TaskRunner()
    dialog = BackupDialog(demo_store, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    not_a_folder = tmp_path / "not-a-drive"
    not_a_folder.write_text("")
    install_translation(app, "lo")
    try:
        dialog.back_up(not_a_folder)
        qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=30000)
        said = re.sub(r"/\S+", "", shown_text(dialog.error))  # (the folder's path left out)
        assert said.startswith("ຂຽນລົງໂຟນເດີສຳຮອງ") and "ກະລຸນາກວດເບິ່ງວ່າໄດຣຟ໌ສຽບຢູ່" in said
        assert not re.search("[A-Za-z]", said)  # not a word of the system's English
    finally:
        install_translation(app, "en")
        runner.wait()
