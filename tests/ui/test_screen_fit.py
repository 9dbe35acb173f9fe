"""Every window fits an office PC's 1366x768 screen with a taskbar: the checks of screens_1366.py run in a Qt
whose only screen is 1366x728 (the test session's own screen is another size)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout

from eoffice_desktop.ui.screen_fit import fit_on_screen


def test_every_window_fits_1366x768(tmp_path: Path) -> None:
    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps({"screens": [{"name": "office", "width": 1366, "height": 728, "logicalDpi": 96}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screen}")
    here = Path(__file__).parent
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(here / "screens_1366.py")],
        env=env,
        cwd=here.parent.parent,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]


def test_a_tall_dialog_is_shrunk_and_moved_onto_the_screen(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = QDialog()
    qtbot.addWidget(dialog)
    QVBoxLayout(dialog).addWidget(QPushButton("OK"))
    room = dialog.screen().availableGeometry()
    dialog.resize(room.width() + 300, room.height() + 300)
    dialog.move(room.left() + 200, room.top() + 200)
    fit_on_screen(dialog)
    assert dialog.width() <= room.width()
    assert dialog.height() <= room.height() - 32
    assert room.contains(dialog.geometry())
