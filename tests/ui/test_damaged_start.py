"""The window on a damaged database: it refuses to start, says so in Lao, and the file is left as it was."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

from eoffice_desktop.core.demo.build import generate_demo
from eoffice_desktop.core.office import open_store
from eoffice_shared.exits import BUSY


def test_the_window_refuses_a_damaged_database_in_lao_and_writes_nothing(tmp_path: Path):
    store = open_store(tmp_path / "office")
    generate_demo(store, 60)
    store.close()
    database = tmp_path / "office" / "eoffice.sqlite"
    rng = random.Random(11)
    with open(database, "r+b") as handle:
        for _ in range(20):
            handle.seek(rng.randrange(100, database.stat().st_size - 64))
            handle.write(rng.randbytes(64))
    before = database.read_bytes()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-m", "eoffice_desktop", "--data-dir", str(tmp_path / "office")]
    started = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert started.returncode == BUSY
    assert "ຖານຂໍ້ມູນຂອງຫ້ອງການເສຍຫາຍ" in started.stderr and "Traceback" not in started.stderr
    assert database.read_bytes() == before
