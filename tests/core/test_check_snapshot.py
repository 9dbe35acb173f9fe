"""`eoffice check` while another process registers letters: everything it compares is read in one snapshot."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

from eoffice_desktop.core.checks.check import check_data_dir
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter

ROOT = Path(__file__).resolve().parents[2]
DAY = date(2026, 3, 2)
WORKER = Path(__file__).with_name("power_cut_worker.py")  # registers letters, with scans, until stopped


def test_check_during_registrations_never_reports_false_damage(tmp_path: Path):
    data = tmp_path / "office"
    proc = subprocess.Popen(
        [sys.executable, str(WORKER), str(data)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()  # the office exists and letters are being written
        assert first, "the writer did not start"
        reports = [check_data_dir(data) for _ in range(20)]
    finally:
        proc.kill()
        proc.wait()
        assert proc.stdout is not None
        written = len(proc.stdout.readlines())
    false_alarms = [report.text() for report in reports if not report.ok]
    assert not false_alarms, false_alarms[0]
    assert written > 0  # the checks really ran while letters were written


def test_a_letter_committed_between_two_of_checks_reads_is_not_damage(store, clerk, monkeypatch):
    """Deterministic: the moment `check` starts counting the register, another connection commits a letter."""
    real_connect = sqlite3.connect
    wrote = []

    def register_once(statement: str) -> None:
        if "FROM letters" in statement and not wrote:
            wrote.append(register_letter(store, clerk, _form("ໃໝ່"), today=DAY))

    def connect(*args, **kwargs):
        conn = real_connect(*args, **kwargs)
        if "mode=ro" in str(args[0]):  # check's own read-only connection
            conn.set_trace_callback(register_once)
        return conn

    register_letter(store, clerk, _form("ເກົ່າ"), today=DAY)
    monkeypatch.setattr(sqlite3, "connect", connect)
    report = check_data_dir(store.data_dir.root)
    assert wrote, "the letter was not written during the check"
    assert report.ok, report.text()


def _form(subject: str) -> LetterForm:
    return LetterForm(direction="in", register_date=DAY, sender_name="ກະຊວງການເງິນ", subject=subject)
