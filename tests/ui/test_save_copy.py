"""Save a copy: an attachment is copied where the clerk chose on a worker, never on the GUI thread (a big scan onto a
USB stick takes seconds), and a copy that cannot be made - the stick pulled out, a read-only folder, the file missing
on this PC - is said in one sentence, with no half file left under the chosen name."""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from eoffice_desktop.core.storage.blobs import BlobStore
from eoffice_desktop.core.storage.models import Attachment
from eoffice_desktop.ui.attachments_tab import AttachmentsTab
from eoffice_desktop.ui.tasks import TaskRunner


@pytest.fixture
def tab(qtbot, app, demo_store, monkeypatch):  # type: ignore[no-untyped-def]
    with demo_store.db.session() as s:
        attachment = s.scalars(select(Attachment).order_by(Attachment.size.desc())).first()
    assert attachment is not None
    runner = TaskRunner()
    tab = AttachmentsTab(demo_store, runner)
    qtbot.addWidget(tab)
    tab.set_files([attachment])
    tab.files.setCurrentRow(0)
    yield tab
    runner.wait()


@pytest.fixture
def on_the_gui_thread(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """For each copy made: whether it was written on the GUI thread."""
    seen: list[bool] = []
    export = BlobStore.export

    def watched(self: BlobStore, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(threading.current_thread() is threading.main_thread())
        return export(self, *args, **kwargs)

    monkeypatch.setattr(BlobStore, "export", watched)
    return seen


def _save_to(qtbot, tab: AttachmentsTab, target: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    tab.save_copy.click()
    assert not tab.save_copy.isEnabled()  # one copy at a time
    qtbot.waitUntil(lambda: tab.saving is None, timeout=10_000)
    assert tab.save_copy.isEnabled()


def test_the_copy_is_written_off_the_gui_thread(qtbot, tab, demo_store, tmp_path, monkeypatch, on_the_gui_thread):  # type: ignore[no-untyped-def]
    attachment = tab.files.item(0).data(Qt.ItemDataRole.UserRole)
    stick = tmp_path / "stick"
    stick.mkdir()
    _save_to(qtbot, tab, stick / attachment.filename, monkeypatch)
    assert on_the_gui_thread == [False]
    assert (stick / attachment.filename).read_bytes() == demo_store.blobs.read(attachment.blob_hash)
    assert [p.name for p in stick.iterdir()] == [attachment.filename]  # no temporary file left beside it


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_the_copy_is_readable_as_any_new_file_is(qtbot, tab, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """The copy gets the permissions any new file gets (others in a shared folder may read it), also when it
    replaces an older copy; it was the owner's alone (the temporary file's)."""
    attachment = tab.files.item(0).data(Qt.ItemDataRole.UserRole)
    umask = os.umask(0o022)
    try:
        folder = tmp_path / "shared"
        folder.mkdir()
        (folder / attachment.filename).write_bytes(b"an older copy")
        _save_to(qtbot, tab, folder / attachment.filename, monkeypatch)
    finally:
        os.umask(umask)
    assert (folder / attachment.filename).stat().st_mode & 0o777 == 0o644


def _one_sentence(shown: list[tuple[str, str]], name: str) -> str:
    assert len(shown) == 1
    title, text = shown[0]
    assert title == "Save a copy" and text.startswith(f"The copy of {name} was not saved: ")
    assert "Traceback" not in text and "Errno" not in text and "\n" not in text
    return text


def test_a_drive_pulled_out_is_said_in_one_sentence(  # type: ignore[no-untyped-def]
    qtbot, tab, tmp_path, monkeypatch, on_the_gui_thread, quiet_message_boxes
):
    name = tab.files.item(0).data(Qt.ItemDataRole.UserRole).filename
    _save_to(qtbot, tab, tmp_path / "stick-removed" / name, monkeypatch)  # (its folder is gone)
    assert on_the_gui_thread == [False]
    assert "The drive was removed or cannot be read" in _one_sentence(quiet_message_boxes, name)


@pytest.mark.skipif(sys.platform == "win32", reason="a read-only folder is made with POSIX permissions here")
def test_a_read_only_folder_is_said_in_one_sentence(  # type: ignore[no-untyped-def]
    qtbot, tab, tmp_path, monkeypatch, on_the_gui_thread, quiet_message_boxes
):
    name = tab.files.item(0).data(Qt.ItemDataRole.UserRole).filename
    if os.geteuid() == 0:  # permissions do not stop root: a folder of the kernel's that nobody may create files in
        folder = Path("/sys")
    else:
        folder = tmp_path / "locked"
        folder.mkdir()
        folder.chmod(0o500)
    _save_to(qtbot, tab, folder / name, monkeypatch)
    assert on_the_gui_thread == [False]
    assert "cannot be written (read-only or no permission)" in _one_sentence(quiet_message_boxes, name)
    assert not (folder / name).exists()


def test_a_file_missing_on_this_pc_is_said_in_one_sentence(  # type: ignore[no-untyped-def]
    qtbot, tab, demo_store, tmp_path, monkeypatch, quiet_message_boxes
):
    attachment = tab.files.item(0).data(Qt.ItemDataRole.UserRole)
    demo_store.blobs.path_of(attachment.blob_hash).unlink()
    _save_to(qtbot, tab, tmp_path / attachment.filename, monkeypatch)
    text = _one_sentence(quiet_message_boxes, attachment.filename)
    assert text.endswith(f"The file {attachment.filename} is missing or damaged on this PC.")
    assert list(tmp_path.iterdir()) == [tmp_path / "office"]  # nothing written
