"""A job's signal object is deleted on the GUI thread after its answer, never by the worker thread that ran the job:
the GUI thread may be delivering one of its queued signals at that moment (and the app's event filters see each
delivery), so a deletion from the worker crashed the process now and then."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from eoffice_desktop.ui.tasks import TaskRunner


def test_every_jobs_signal_object_is_deleted_on_the_gui_thread(app, qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    deleted_on: list[str] = []
    answers: list[int] = []
    jobs = 200

    def note(*_args: object) -> None:
        deleted_on.append(threading.current_thread().name)

    for n in range(jobs):
        job = runner.run(
            lambda _job, n=n: n if n % 3 else (_ for _ in ()).throw(ValueError("refused")),
            answers.append,
            lambda _exc: answers.append(-1),
            write=n % 2 == 0,
        )
        job.signals.destroyed.connect(note, Qt.ConnectionType.DirectConnection)
    del job  # (the test keeps none of them: only the runner and the workers do)
    qtbot.waitUntil(lambda: len(deleted_on) == jobs, timeout=20_000)
    runner.wait()
    assert sorted(answers) == sorted(-1 if n % 3 == 0 else n for n in range(jobs))
    assert set(deleted_on) == {threading.main_thread().name}
    assert runner._live == {}
