"""A process killed at any moment (as by a power cut) loses no committed registration and leaves `check` passing."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from sqlalchemy import func, select

from eoffice_desktop.core.check import check_data_dir
from eoffice_desktop.core.models import Letter
from eoffice_desktop.core.office import open_store

ROOT = Path(__file__).resolve().parents[2]
KILLS = 10


def _run_and_kill(data: Path, seconds: float) -> list[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("power_cut_worker.py")), str(data)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    committed: list[str] = []

    def read() -> None:
        assert proc.stdout is not None
        committed.extend(line.split()[0] for line in proc.stdout)

    reader = threading.Thread(target=read)
    reader.start()
    started = time.monotonic()
    while time.monotonic() - started < 20 and len(committed) < 1:  # first start includes migrations
        time.sleep(0.05)
    time.sleep(seconds)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    reader.join()
    return committed


def test_killed_registrations_lose_nothing_committed(tmp_path: Path):
    rng = random.Random(20261123)
    data = tmp_path / "office"
    reported: list[str] = []
    for _ in range(KILLS):
        reported += _run_and_kill(data, rng.uniform(0.05, 0.6))
        report = check_data_dir(data)
        assert report.ok, report.text()
        store = open_store(data)
        with store.db.session() as s:
            stored = set(s.scalars(select(Letter.id)))
            duplicates = s.execute(
                select(Letter.registry_number, func.count())
                .group_by(Letter.registry_year, Letter.registry_number)
                .having(func.count() > 1)
            ).all()
        store.close()
        assert set(reported) <= stored, "a registration reported as committed was lost"
        assert not duplicates
    assert len(reported) > KILLS
