"""A real eOffice process that crashes (an exception in a worker thread, a fatal signal, a fatal Qt message) leaves a
report in the log folder; the next start says so once, with the check of the records, and saves the diagnostics zip
with the report in it."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from eoffice_desktop.core.office import open_store, setup_office
from eoffice_desktop.ui.app import _crash_notice
from eoffice_desktop.ui.crash_notice import CrashNotice
from eoffice_desktop.ui.tasks import TaskRunner

# The real app, started as clerks start it, with one crash added once its window is on screen.
CRASHING_APP = """
import faulthandler, sys, threading
from eoffice_desktop.ui import main_window

shown = main_window.MainWindow.showMaximized

def show_then_crash(self):
    shown(self)
    {crash}

main_window.MainWindow.showMaximized = show_then_crash
from eoffice_desktop.cli import main
sys.exit(main(["--data-dir", sys.argv[1], "--language", "en"]))
"""

CRASHES = {
    "thread": (
        "t = threading.Thread(target=lambda: 1 / 0, name='sync-worker'); t.start(); t.join()",
        "exception-",
        "ZeroDivisionError: division by zero",
    ),
    "signal": ("faulthandler._sigsegv()", "fatal-", "Fatal Python error: Segmentation fault"),
    "qt": (
        "from PySide6.QtCore import qFatal; qFatal('the scene graph lost its context')",
        "fatal-",
        "Fatal Python error: Aborted",  # after Qt's message (PySide6 words it its own way), in the same report
    ),
}


def _office(root: Path) -> None:
    store = open_store(root)
    try:
        setup_office(store, "ກຕສ", "ກະຊວງເຕັກໂນໂລຊີ ແລະ ການສື່ສານ", "Ministry", "admin", "ທ່ານ ສົມສັກ", "secret-pass")
    finally:
        store.close()


@pytest.mark.parametrize("kind", sorted(CRASHES))
def test_a_crash_is_reported_at_the_next_start_and_goes_into_the_diagnostics_zip(
    kind: str, tmp_path: Path, qtbot, app, monkeypatch: pytest.MonkeyPatch, quiet_message_boxes
) -> None:
    crash, prefix, evidence = CRASHES[kind]
    root, logs = tmp_path / "office", tmp_path / "logs"
    _office(root)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", EOFFICE_MEASURE_STARTUP="1", EOFFICE_LOG_DIR=str(logs))
    run = subprocess.run(
        [sys.executable, "-c", CRASHING_APP.format(crash=crash), str(root)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    if kind == "thread":
        assert run.returncode == 0, run.stderr  # the window goes on after an error in a worker thread
    else:
        assert run.returncode != 0
    # An exception is written as it happens; a fatal error into the process's own file, which the next start reads.
    written = "exception-" if kind == "thread" else "running-"
    [report] = list((logs / "crashes").glob(f"{written}*.txt"))
    assert evidence in report.read_text(encoding="utf-8")
    if kind == "qt":
        assert "\nQt: " in report.read_text(encoding="utf-8")
    assert "eOffice" in (logs / "eoffice.log").read_text(encoding="utf-8")

    # The next start, on the same office and log folder.
    store = open_store(root)
    runner = TaskRunner()
    window = QWidget()
    qtbot.addWidget(window)
    try:
        monkeypatch.setenv("EOFFICE_LOG_DIR", str(logs))
        _crash_notice(window, store, runner)  # as the app does once the window is up
        qtbot.waitUntil(lambda: any(b.isVisible() for b in window.findChildren(QMessageBox)), timeout=30000)
        [box] = window.findChildren(QMessageBox)
        text = box.text()
        assert ("stopped unexpectedly" if kind != "thread" else "unexpected error") in text
        assert "found no problem: nothing that was saved has been lost" in text

        target = tmp_path / "for-it.zip"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
        [save] = [b for b in box.buttons() if b.text().startswith("Save diagnostics")]
        save.click()
        qtbot.waitUntil(lambda: any(title == "Diagnostics saved" for title, _ in quiet_message_boxes), timeout=30000)
        with zipfile.ZipFile(target) as archive:
            names = [n for n in archive.namelist() if n.startswith(f"crashes/{prefix}")]
            assert len(names) == 1
            assert evidence in archive.read(names[0]).decode("utf-8")

        # Said once: the start after that has nothing to say, and the report stays for the zip.
        again = CrashNotice(window, store, runner, logs)
        again.start()
        runner.wait()
        qtbot.wait(50)
        assert again.box is None
        assert [p.name for p in (logs / "crashes" / "reported").glob("*.txt")] == [names[0].split("/")[1]]
        assert not list((logs / "crashes").glob("running-*"))
    finally:
        runner.wait()
        store.close()
