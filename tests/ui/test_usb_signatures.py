"""Loading a USB bundle from the window checks the signatures it brought in the same background job: the progress
dialog says "Checking the signatures that arrived…" and counts them, and the load ends as before ("Loaded from USB");
a Stop while they are checked keeps the bundle read in and says the rest are checked later. Two real PCs of one
office, a real bundle file, real keys and CA, the real dialog and task runner, offscreen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.signing.status import VALID
from eoffice_desktop.ui.sync_usb import UsbBundles
from eoffice_desktop.ui.tasks import TaskRunner
from sync.client.bundles import export_bundle
from tests.sync.test_bundle_signatures import _official, _second_pc, _signed_letter, _stored


def _stick(store: OfficeStore, clerk: Actor, tmp_path: Path, count: int) -> tuple[OfficeStore, list[str], Path]:
    """A second PC of the office, and a stick from the first with `count` signed letters."""
    identity = _official(store, clerk, tmp_path)
    second = _second_pc(store, tmp_path)
    letters = [_signed_letter(store, clerk, identity, tmp_path, f"ແຈ້ງການ {n}") for n in range(count)]
    return second, letters, export_bundle(store, tmp_path / "stick.eob").path


def test_loading_a_stick_checks_its_signatures_with_the_progress_saying_so(  # type: ignore[no-untyped-def]
    app, qtbot, store: OfficeStore, clerk: Actor, tmp_path: Path, quiet_message_boxes
):
    second, letters, stick = _stick(store, clerk, tmp_path, 3)
    runner = TaskRunner()
    window = QWidget()
    qtbot.addWidget(window)
    usb = UsbBundles(second, runner, window)
    labels: list[str] = []

    with qtbot.waitSignal(usb.changed, timeout=30_000):
        usb.load_from(stick)
        assert usb.job is not None and usb.progress is not None
        dialog = usb.progress
        usb.job.signals.progress.connect(lambda _d, _t: labels.append(dialog.labelText()))  # after the window's own
    assert "Checking the signatures that arrived…\n0 of 3" in labels
    assert labels[-1] == "Checking the signatures that arrived…\n3 of 3"
    assert quiet_message_boxes[-1][0] == "Loaded from USB"
    assert " new changes were read; " in quiet_message_boxes[-1][1]
    assert "stopped" not in quiet_message_boxes[-1][1]
    assert usb.progress is None and usb.job is None  # the dialog closed, as before
    assert [_stored(second, letter_id) for letter_id in letters] == [VALID] * 3
    runner.wait()
    second.close()


def test_a_stop_while_signatures_are_checked_keeps_the_stick_read_in_and_says_so_in_lao(  # type: ignore[no-untyped-def]
    app, lao, qtbot, store: OfficeStore, clerk: Actor, tmp_path: Path, quiet_message_boxes
):
    second, letters, stick = _stick(store, clerk, tmp_path, 2)
    runner = TaskRunner()
    window = QWidget()
    qtbot.addWidget(window)
    usb = UsbBundles(second, runner, window)

    with qtbot.waitSignal(usb.changed, timeout=30_000):
        usb.load_from(stick)
        job = usb.job
        assert job is not None
        # Stop as the check begins (on the worker's own thread, so before its first batch, whatever the timing).
        job.signals.stage.connect(lambda _stage: job.cancel(), Qt.ConnectionType.DirectConnection)
    assert usb.label == "ກຳລັງກວດສອບລາຍເຊັນທີ່ມາຮອດ…"
    title, text = quiet_message_boxes[-1]
    assert title == "ນຳເຂົ້າຈາກ USB ແລ້ວ" and "ການກວດສອບລາຍເຊັນຖືກຢຸດໄວ້" in text  # loaded, the stop told, in Lao
    assert [_stored(second, letter_id) for letter_id in letters] == ["unchecked"] * 2  # for the letter's opening
    runner.wait()
    second.close()
