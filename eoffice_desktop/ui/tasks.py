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
    stage = Signal(str)  # the work moved on to another stage (a name the window words): its progress counts that


class Job:
    """A handle on background work: `cancel()` asks it to stop at its next check."""

    def __init__(self) -> None:
        self.cancel_event = threading.Event()
        self.signals = _Signals()

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
        # This thread lets go of the job and the work (whose closure may hold a window's objects) before the GUI
        # thread does: the runner keeps both until `released` arrives there.
        job, self.job = self.job, None  # type: ignore[assignment]
        fn, self.fn = self.fn, None  # type: ignore[assignment]
        key = id(job)
        try:
            result = fn(job)
        except BaseException as exc:  # every failure reaches the GUI as a message, never a silent thread death
            if not getattr(self.runner, "stopping", False):
                _note_failure(exc)
            self._tell(job.signals.failed, exc)
        else:
            self._tell(job.signals.done, result)
        finally:
            _on_writer.active = False
            del job, fn  # (`released` follows the answer: the GUI thread delivers that first, then lets go)
            if self.runner is not None:
                self._tell(self.runner.released, key)

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
        # Jobs whose result is still on its way to the GUI thread. The worker lets go of its job before it says
        # `released`, and the job leaves this dict on the GUI thread when that arrives (after the answer, posted
        # before it): so the last reference to a job and its signal object is always dropped on the GUI thread,
        # never in the worker while the GUI thread delivers one of its queued signals (an application event filter
        # sees every delivery: the process crashed there when the worker deleted the object meanwhile).
        self._live: dict[int, tuple[Job, Callable[[Job], Any]]] = {}
        self.released.connect(self._release)
        self.stopping = False  # the app is closing: reads interrupted now are not failures

    def run(
        self,
        fn: Callable[[Job], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        write: bool = False,
        on_stage: Callable[[str], None] | None = None,
    ) -> Job:
        job = Job()
        if on_done is not None:
            job.signals.done.connect(on_done)
        if on_error is not None:
            job.signals.failed.connect(on_error)
        if on_progress is not None:
            job.signals.progress.connect(on_progress)
        if on_stage is not None:
            job.signals.stage.connect(on_stage)
        self._live[id(job)] = (job, fn)
        (self.writer if write else self.readers).start(_Runnable(job, fn, writer=write, runner=self))
        return job

    def _release(self, key: int) -> None:
        """A worker has told its answer and let go of its job: every event it posted for it has been delivered (they
        were posted before this one), so the job goes now, on this thread."""
        self._live.pop(key, None)

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
