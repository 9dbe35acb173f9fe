"""A window test that leaves a dialog waiting fails naming the dialog, instead of holding the whole run for ever."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_a_dialog_left_waiting_is_closed_and_named() -> None:
    here = Path(__file__).parent
    env = dict(os.environ, EOFFICE_TEST_STUCK_AFTER_S="2", QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(here / "stuck_window_case.py")],
        env=env,
        cwd=here.parent.parent,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 1, done.stdout[-3000:] + done.stderr[-2000:]
    assert "left waiting for an answer for 2 s" in done.stdout
    assert "QDialog 'Nobody answers'" in done.stdout
