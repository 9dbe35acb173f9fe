"""Crash reports on disk: a running process's fault file is left alone, a dead one's becomes a report (or goes, when
it stayed empty), shown reports move aside, and a storm of errors stops at a few files."""

from __future__ import annotations

import os
import sys
import threading
from datetime import datetime, timedelta
from pathlib import Path

from eoffice_desktop.core.storage.datadir import lock_handle, unlock_handle
from eoffice_desktop.core.support.crashes import (
    MAX_PER_RUN,
    STALE_RUNNING,
    CrashLog,
    all_report_files,
    crash_folder,
    mark_reported,
    unseen_reports,
)


def test_a_fault_file_is_read_only_once_its_process_has_ended(tmp_path: Path) -> None:
    folder = crash_folder(tmp_path)
    folder.mkdir(parents=True)
    live = open(folder / "running-424242.txt", "w", encoding="utf-8")  # noqa: SIM115 - the other process's handle
    lock_handle(live)
    live.write("Fatal Python error: Segmentation fault\n")
    live.flush()
    assert unseen_reports(tmp_path) == []  # still locked: that process is running
    unlock_handle(live)
    live.close()  # it died
    [report] = unseen_reports(tmp_path)
    assert report.kind == "fatal" and report.summary == "Fatal Python error: Segmentation fault"
    assert report.path.name.startswith("fatal-") and report.path.name.endswith("-424242.txt")

    mark_reported(tmp_path, [report])
    assert unseen_reports(tmp_path) == []
    assert all_report_files(tmp_path) == [folder / "reported" / report.path.name]


def test_an_empty_fault_file_of_a_killed_process_goes_when_old(tmp_path: Path) -> None:
    folder = crash_folder(tmp_path)
    folder.mkdir(parents=True)
    young, old = folder / "running-1.txt", folder / "running-2.txt"
    young.touch()
    old.touch()
    then = (datetime.now() - STALE_RUNNING - timedelta(days=1)).timestamp()
    os.utime(old, (then, then))
    assert unseen_reports(tmp_path) == []
    assert young.exists() and not old.exists()


def test_errors_of_this_process_wait_for_the_next_start_and_a_storm_stops(tmp_path: Path) -> None:
    crash_log = CrashLog(tmp_path)  # not installed: its hooks are called directly
    for _ in range(MAX_PER_RUN + 5):
        try:
            raise KeyError("letter 01a2")
        except KeyError:
            crash_log.record(*sys.exc_info(), threading.current_thread().name)  # type: ignore[arg-type]
    written = list(crash_folder(tmp_path).glob("exception-*.txt"))
    assert len(written) == MAX_PER_RUN
    assert "KeyError: 'letter 01a2'" in written[0].read_text(encoding="utf-8")
    assert unseen_reports(tmp_path) == []  # this process's own: the next start tells them
