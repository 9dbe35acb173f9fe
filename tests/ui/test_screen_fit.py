"""Every window fits an office PC's 1366x768 screen with a taskbar: the checks of screens_1366.py run in a Qt
whose only screen is 1366x728 (the test session's own screen is another size), and again on a 1920x1080 monitor's
1920x1040."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout

from eoffice_desktop.ui.screen_fit import fit_on_screen


@pytest.mark.parametrize("width,height", [(1366, 728), (1920, 1040)])
def test_every_window_fits_the_screen(tmp_path: Path, width: int, height: int) -> None:
    """An office laptop's 1366x768 and a 1920x1080 monitor, each less its taskbar."""
    screen = tmp_path / "screen.json"
    office = {"name": "office", "width": width, "height": height, "logicalDpi": 96}
    screen.write_text(json.dumps({"screens": [office]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screen}", EOFFICE_TEST_SCREEN=f"{width}x{height}")
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
