"""A job's signal object and its work (whose closure may hold a window's objects) are let go on the GUI thread after
its answer, never by the worker thread that ran it: the GUI thread may be delivering one of its queued signals at
that moment (the app's event filters see each delivery), and a deletion from the worker crashed the process now and
then."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import Qt

from eoffice_desktop.ui.tasks import TaskRunner


class _Held:
    """Something a job's work holds (a window's object, say): freed where the work's last reference goes."""

    def __init__(self, freed_on: list[str]) -> None:
        self.freed_on = freed_on

    def __del__(self) -> None:
        self.freed_on.append(threading.current_thread().name)


def test_every_jobs_signal_object_and_work_are_let_go_on_the_gui_thread(app, qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    deleted_on: list[str] = []
    freed_on: list[str] = []
    answers: list[int] = []
    jobs = 200

    def note(*_args: object) -> None:
        deleted_on.append(threading.current_thread().name)

    def work(n: int) -> Callable[[object], int]:
        held = _Held(freed_on)

        def run(_job: object) -> int:
            assert held is not None
            if n % 3 == 0:
                raise ValueError("refused")
            return n

        return run

    for n in range(jobs):
        job = runner.run(
            work(n),
            answers.append,
            lambda _exc: answers.append(-1),
            write=n % 2 == 0,
        )
        job.signals.destroyed.connect(note, Qt.ConnectionType.DirectConnection)
    del job  # (the test keeps none of them: only the runner and the workers do)
    qtbot.waitUntil(lambda: len(deleted_on) == jobs and len(freed_on) == jobs, timeout=20_000)
    runner.wait()
    assert sorted(answers) == sorted(-1 if n % 3 == 0 else n for n in range(jobs))
    assert set(deleted_on) == {threading.main_thread().name}
    assert set(freed_on) == {threading.main_thread().name}
    assert runner._live == {}
