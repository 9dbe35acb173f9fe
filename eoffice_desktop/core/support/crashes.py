"""Crash reports: an uncaught exception in any thread and a fatal signal leave a file in the log folder's `crashes/`,
which the next start finds and offers to send. No Qt here: the window adds Qt's fatal messages (`ui/crash_notice.py`).

Files: `exception-<time>-<pid>.txt` (a Python traceback, written by sys/threading.excepthook), `fatal-<time>-<pid>.txt`
(what faulthandler wrote when the process died of SIGSEGV, SIGABRT, ...: while a process runs that file is
`running-<pid>.txt`, locked, and removed at a clean exit). Reports not yet shown to anyone stay in `crashes/`; once the
next start has shown them they move to `crashes/reported/` (the newest 20 are kept). Like the log, they hold ids and
code locations, never letter contents or passwords.
"""

from __future__ import annotations

import atexit
import contextlib
import faulthandler
import logging
import os
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from eoffice_desktop.core.storage.datadir import lock_handle, unlock_handle
from eoffice_desktop.core.support.scrub import scrub

if TYPE_CHECKING:
    from types import TracebackType

log = logging.getLogger("eoffice.crash")

CRASHES = "crashes"
REPORTED = "reported"
KEEP_REPORTED = 20
MAX_PER_RUN = 20  # an exception raised by a timer every second must not fill the disk
STALE_RUNNING = timedelta(days=30)  # an empty fault file left by a killed process (power cut, task manager)


def crash_folder(log_dir: Path) -> Path:
    return log_dir / CRASHES


@dataclass(frozen=True)
class CrashReport:
    path: Path
    kind: str  # "exception" or "fatal"
    when: datetime
    summary: str  # the exception's last line, or the fatal error's first line


def _stamp(when: datetime) -> str:
    return when.strftime("%Y%m%d-%H%M%S-%f")


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace")


def _summary(kind: str, text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    if kind == "fatal":
        return next((line for line in lines if line.startswith("Fatal Python error")), lines[0] if lines else "")
    return lines[-1] if lines else ""


def reports(folder: Path, earlier_only: bool = False) -> list[CrashReport]:
    """The reports in one folder (`crashes/` or `crashes/reported/`), oldest first; with `earlier_only`, not those
    of this process (they are for the next start to tell)."""
    found: list[CrashReport] = []
    for path in folder.glob("*.txt"):
        kind = path.name.split("-", 1)[0]
        if kind not in ("exception", "fatal"):
            continue
        if earlier_only and path.stem.rsplit("-", 1)[-1] == str(os.getpid()):
            continue
        try:
            text = _read(path)
            when = datetime.fromtimestamp(path.stat().st_mtime)
        except OSError:
            continue
        found.append(CrashReport(path, kind, when, _summary(kind, text)[:300]))
    return sorted(found, key=lambda r: (r.when, r.path.name))


def unseen_reports(log_dir: Path) -> list[CrashReport]:
    """Reports no start has shown yet, after turning the fault files of processes that died into `fatal-*` reports."""
    collect_fatal(log_dir)
    return reports(crash_folder(log_dir), earlier_only=True)


def mark_reported(log_dir: Path, shown: list[CrashReport]) -> None:
    """Move shown reports aside (they stay for the diagnostics zip) and keep only the newest few."""
    target = crash_folder(log_dir) / REPORTED
    target.mkdir(parents=True, exist_ok=True)
    for report in shown:
        try:
            report.path.replace(target / report.path.name)
        except OSError:
            log.warning("could not move the crash report %s aside", report.path.name)
    for old in reports(target)[:-KEEP_REPORTED]:
        old.path.unlink(missing_ok=True)


def all_report_files(log_dir: Path) -> list[Path]:
    """Every report still on disk, shown or not, newest first (for the diagnostics zip)."""
    folder = crash_folder(log_dir)
    found = reports(folder) + reports(folder / REPORTED)
    return [r.path for r in sorted(found, key=lambda r: r.when, reverse=True)]


def collect_fatal(log_dir: Path) -> int:
    """Fault files whose process has ended: written to (the process died of a fatal signal) -> a `fatal-*` report;
    empty and old (it was killed) -> removed. A running process keeps its file locked, so it is left alone."""
    folder = crash_folder(log_dir)
    found = 0
    for path in folder.glob("running-*.txt"):
        if path.name == f"running-{os.getpid()}.txt":
            continue
        try:
            with open(path, "a+", encoding="utf-8") as handle:
                lock_handle(handle)  # refused while the process that writes it is alive
                unlock_handle(handle)
            info = path.stat()
        except OSError:
            continue
        pid = path.stem.removeprefix("running-")
        if info.st_size > 0:
            when = datetime.fromtimestamp(info.st_mtime)
            try:
                path.replace(folder / f"fatal-{_stamp(when)}-{pid}.txt")
                found += 1
                log.error("eOffice (process %s) stopped on a fatal error at %s", pid, when.isoformat(" ", "seconds"))
            except OSError:
                continue
        elif datetime.now() - datetime.fromtimestamp(info.st_mtime) > STALE_RUNNING:
            path.unlink(missing_ok=True)
    return found


class CrashLog:
    """Installed once per process by `install_crash_log`: the hooks below, and the fault file faulthandler writes."""

    def __init__(self, log_dir: Path) -> None:
        self.log_dir = log_dir
        self.folder = crash_folder(log_dir)
        self.written = 0
        self._fault: IO[str] | None = None
        self._lock = threading.Lock()
        self._previous_sys: Callable[..., Any] = sys.excepthook
        self._previous_threading: Callable[..., Any] = threading.excepthook

    def install(self) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            self._fault = open(self.folder / f"running-{os.getpid()}.txt", "w", encoding="utf-8")  # noqa: SIM115
            lock_handle(self._fault)
            faulthandler.enable(self._fault, all_threads=True)
        except OSError as exc:  # a log folder that cannot be written must not stop the app
            log.warning("fatal errors will not be written to %s: %s", self.folder, exc)
            self._fault = None
            faulthandler.enable(all_threads=True)  # to standard error, at least
        sys.excepthook = self._sys_hook
        threading.excepthook = self._thread_hook
        atexit.register(self.close)

    def close(self) -> None:
        """A clean exit: the fault file is empty, so it goes."""
        if self._fault is None:
            return
        faulthandler.disable()
        path = Path(self._fault.name)
        with contextlib.suppress(OSError):
            unlock_handle(self._fault)
        self._fault.close()
        self._fault = None
        with contextlib.suppress(OSError):
            if path.stat().st_size == 0:
                path.unlink()

    def note_fatal(self, message: str) -> None:
        """A fatal message (Qt's qFatal) just before the process aborts: faulthandler's traceback follows it."""
        log.critical("fatal: %s", message)
        if self._fault is not None:
            with contextlib.suppress(OSError):
                self._fault.write(f"# {datetime.now().isoformat(' ', 'seconds')}\n{message}\n")
                self._fault.flush()

    def _sys_hook(self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if not issubclass(kind, KeyboardInterrupt):
            self.record(kind, exc, tb, threading.current_thread().name)
        self._previous_sys(kind, exc, tb)

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            name = args.thread.name if args.thread is not None else "a thread"
            self.record(args.exc_type, args.exc_value, args.exc_traceback, name)
        self._previous_threading(args)

    def record(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None, thread: str
    ) -> Path | None:
        """Write one exception report; never raises (it runs inside Python's own error handling)."""
        try:
            with self._lock:
                self.written += 1
                if self.written > MAX_PER_RUN:
                    log.error("uncaught %s in %s (not written: %d reports already)", kind.__name__, thread, MAX_PER_RUN)
                    return None
                now = datetime.now()
                path = self.folder / f"exception-{_stamp(now)}-{os.getpid()}.txt"
                import traceback  # loaded when first needed: the start of the app does not wait for it

                text = "".join(traceback.format_exception(kind, exc, tb))
                header = f"# eOffice {_version()}, {now.isoformat(' ', 'seconds')}, thread {thread}\n"
                self.folder.mkdir(parents=True, exist_ok=True)
                path.write_text(header + scrub(text), encoding="utf-8")
            log.error("uncaught %s in %s: report %s", kind.__name__, thread, path.name)
            return path
        except Exception:  # noqa: BLE001 - the report is lost, the app's own handling goes on
            return None


def _version() -> str:
    from eoffice_desktop import __version__

    return __version__


_installed: CrashLog | None = None


def install_crash_log(log_dir: Path) -> CrashLog:
    """Once per process (later calls return the same one)."""
    global _installed
    if _installed is None:
        _installed = CrashLog(log_dir)
        _installed.install()
    return _installed


def installed() -> CrashLog | None:
    return _installed
