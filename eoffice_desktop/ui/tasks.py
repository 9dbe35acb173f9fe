"""Running core work off the GUI thread: one writer thread (writes in order) and a pool for reads, with results,
errors and progress handed back to the GUI thread through Qt signals."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger("eoffice.tasks")


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class Job:
    """A handle on background work: `cancel()` asks it to stop at its next check. Its signal object belongs to the
    runner (`parent`) and is deleted on the GUI thread once the worker is done with it (`TaskRunner._release`): left to
    Python, the worker thread could drop the last reference and delete it while the GUI thread delivers its answer."""

    def __init__(self, parent: QObject | None = None) -> None:
        self.cancel_event = threading.Event()
        self.signals = _Signals(parent)

    def cancel(self) -> None:
        self.cancel_event.set()

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()


_on_writer = threading.local()  # set while a thread runs work of a writer pool (it already holds the writer's turn)


class _Runnable(QRunnable):
    def __init__(self, job: Job, fn: Callable[[Job], Any], writer: bool = False, runner: Any = None) -> None:
        super().__init__()
        self.job, self.fn, self.writer, self.runner = job, fn, writer, runner
        self.setAutoDelete(True)

    def run(self) -> None:
        _on_writer.active = self.writer
        try:
            result = self.fn(self.job)
        except BaseException as exc:  # every failure reaches the GUI as a message, never a silent thread death
            if not getattr(self.runner, "stopping", False):
                _note_failure(exc)
            self._tell(self.job.signals.failed, exc)
        else:
            self._tell(self.job.signals.done, result)
        finally:
            _on_writer.active = False
            if self.runner is not None:  # (after the answer: the GUI thread delivers that first, then lets go)
                self._tell(self.runner.released, id(self.job))

    @staticmethod
    def _tell(signal: Any, value: object) -> None:
        """Hand the answer to the GUI thread; when the window that asked has gone (the app closing), nobody is left to
        tell, and an error raised here would end the process (Qt calls `run`)."""
        with suppress(RuntimeError):
            signal.emit(value)


class _Turn(QRunnable):
    """Holds the writer thread while another thread writes one transaction."""

    def __init__(self) -> None:
        super().__init__()
        self.started, self.finished = threading.Event(), threading.Event()
        self.setAutoDelete(True)

    def run(self) -> None:
        self.started.set()
        self.finished.wait()


def _note_failure(exc: BaseException) -> None:
    """Refusals (our own exception types, bad input, files) are for the user to read; anything else is a bug, and its
    traceback goes to the log for IT staff (it names code, not letters)."""
    if type(exc).__module__.startswith(("eoffice_desktop.", "sync.")) or isinstance(exc, (ValueError, OSError)):
        log.info("background work ended: %s", type(exc).__name__)
    else:
        log.error("background work failed", exc_info=exc)


class TaskRunner(QObject):
    released = Signal(object)  # (from a worker, with the id of its job) it will not touch that job again

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.readers = QThreadPool(self)
        self.readers.setMaxThreadCount(2)
        self.writer = QThreadPool(self)
        self.writer.setMaxThreadCount(1)
        # Jobs whose result is still on its way to the GUI thread. Holding them here, and parenting their signal
        # objects to this runner, means a job's signal object is deleted on the GUI thread after its answer was
        # delivered, never from the worker thread while the GUI thread delivers a queued signal of it (an application
        # event filter sees every delivery: Qt crashed there when the worker deleted the object meanwhile).
        self._live: dict[int, Job] = {}
        self.released.connect(self._release)
        self.stopping = False  # the app is closing: reads interrupted now are not failures

    def run(
        self,
        fn: Callable[[Job], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        write: bool = False,
    ) -> Job:
        job = Job(self)
        if on_done is not None:
            job.signals.done.connect(on_done)
        if on_error is not None:
            job.signals.failed.connect(on_error)
        if on_progress is not None:
            job.signals.progress.connect(on_progress)
        self._live[id(job)] = job
        (self.writer if write else self.readers).start(_Runnable(job, fn, writer=write, runner=self))
        return job

    def _release(self, key: int) -> None:
        """A worker has told its answer and lets go of its job: every event it posted has been delivered (they were
        posted before this one), so its signal object goes now, on this thread."""
        job = self._live.pop(key, None)
        if job is not None:
            job.signals.deleteLater()

    @contextmanager
    def write_turn(self) -> Iterator[None]:
        """Installed as `Database.turns`: a write from a thread other than the writer (the sync cycle, the scan
        reader) waits for the writer thread to be free and keeps it for its one transaction, so writes run one
        after another in the order asked, and none waits for SQLite's lock. The GUI thread is never made to wait
        here (it should not write at all: tests/ui/write_guard.py)."""
        if getattr(_on_writer, "active", False) or threading.current_thread() is threading.main_thread():
            yield
            return
        turn = _Turn()
        try:
            self.writer.start(turn)
        except RuntimeError:  # the window (and its pools) are gone: SQLite's own lock still orders the writes
            yield
            return
        turn.started.wait()
        _on_writer.active = True  # a write inside this one (rare) does not queue behind itself
        try:
            yield
        finally:
            _on_writer.active = False
            turn.finished.set()

    def stop_reading(self, interrupt: Callable[[], None], msecs: int = 30000) -> None:
        """Closing: reads not started yet are dropped, running ones interrupted (`interrupt`, until none runs)."""
        self.stopping = True  # (what the interrupted reads say is not a failure to log)
        self.readers.clear()
        for _ in range(max(1, msecs // 50)):
            interrupt()
            if self.readers.waitForDone(50):
                return

    def wait(self, msecs: int = 30000) -> None:
        self.readers.waitForDone(msecs)
        self.writer.waitForDone(msecs)
