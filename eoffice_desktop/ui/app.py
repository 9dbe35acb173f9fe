"""Starting the application: Qt, the Lao font and translation, opening the data folder (with clear refusals),
the demo office, first run, sign-in, then the main window."""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.people.roles import Viewer
from eoffice_desktop.core.people.throttle import LoginThrottle
from eoffice_desktop.core.storage.datadir import DataDirBusy
from eoffice_desktop.core.storage.db import DatabaseDamaged, DatabaseRefused
from eoffice_desktop.core.storage.opening_progress import UpdateStopped
from eoffice_desktop.core.support.logs import setup_logging
from eoffice_desktop.ui import core_messages, pyside_compat  # noqa: F401  (guards against a PySide6 6.12 fault on Python 3.11)
from eoffice_desktop.ui.accessible_names import FormNames
from eoffice_desktop.ui.gui_gc import GuiGarbageCollector
from eoffice_desktop.ui.lao_wrap import LaoWrap
from eoffice_desktop.ui.main_window import MainWindow
from eoffice_desktop.ui.resources import app_icon, install_fonts, install_translation, set_app_font
from eoffice_desktop.ui.screen_fit import ScreenFit
from eoffice_desktop.ui.tasks import TaskRunner
from eoffice_desktop.ui.update_progress import UpdateProgress
from eoffice_shared.exits import BUSY, REFUSED

log = logging.getLogger("eoffice.app")


def process_age_ms() -> float:
    """Milliseconds since this process started (from the kernel on Linux; else since this module loaded)."""
    try:
        ticks = os.sysconf("SC_CLK_TCK")
        start = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19]) / ticks
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return (uptime - start) * 1000
    except (OSError, ValueError, IndexError, AttributeError):
        return (time.perf_counter() - _LOADED) * 1000


_LOADED = time.perf_counter()


def peak_rss_mb() -> float:
    """This process's peak resident memory so far (Linux; NaN elsewhere)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    return float("nan")


def make_app(language: str | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("eOffice")
    app.setWindowIcon(app_icon())
    install_fonts()
    set_app_font(app)
    install_translation(app, language or "lo")
    if app.findChild(ScreenFit) is None:
        app.installEventFilter(ScreenFit(app))
    if app.findChild(FormNames) is None:
        app.installEventFilter(FormNames(app))  # every field named for screen readers (its label, its hint)
    if app.findChild(LaoWrap) is None:
        app.installEventFilter(LaoWrap(app))  # wrapped Lao lines break between words, not inside syllables
    if app.findChild(GuiGarbageCollector) is None:
        GuiGarbageCollector(app)  # cycles holding Qt objects are never freed from a worker thread
    return app


def _refuse(app: QApplication, title: str, text: str) -> int:
    """Say why the app cannot start: on screen, and on stderr for IT staff and scripts."""
    print(f"eoffice: {title}: {text}", file=sys.stderr)
    log.warning("could not start: %s", title)
    if app.platformName() != "offscreen":  # nobody could answer a dialog on an offscreen display
        QMessageBox.critical(None, title, text)
    return BUSY  # the data cannot be opened: the shared table of exit codes (eoffice_shared/exits.py)


def _stopped(app: QApplication, text: str) -> int:
    """The user stopped the update of the office's data: said once, and the app ends."""
    print(f"eoffice: {text}", file=sys.stderr)
    log.info("the update of the database was stopped by the user")
    if app.platformName() != "offscreen":
        QMessageBox.information(None, app.translate("App", "The update was stopped"), text)
    return REFUSED


def _build_demo(app: QApplication, store: OfficeStore, runner: TaskRunner, letters: int = 300) -> bool:
    from eoffice_desktop.core.demo.build import generate_demo

    progress = QProgressDialog(app.translate("App", "Making the demo office…"), "", 0, letters)
    progress.setCancelButton(None)
    progress.setMinimumDuration(0)
    progress.setWindowTitle("eOffice")
    failures: list[BaseException] = []

    def work(job: object) -> int:
        return generate_demo(store, letters, progress=lambda done, total: job.signals.progress.emit(done, total))  # type: ignore[attr-defined]

    job = runner.run(
        work,
        lambda _r: progress.close(),
        lambda exc: (failures.append(exc), progress.close()),
        on_progress=lambda done, total: progress.setValue(done),
        write=True,
    )
    progress.exec()
    runner.wait()
    del job
    return not failures


def _start_logging() -> None:
    """The log, and the crash reports of any thread, fatal signals and Qt's fatal messages (core/support/crashes.py)."""
    from eoffice_desktop import __version__
    from eoffice_desktop.core.support.crashes import install_crash_log
    from eoffice_desktop.ui.qt_messages import install_qt_messages

    install_qt_messages(install_crash_log(setup_logging()))
    log.info("eOffice %s starting (Python %s, %s)", __version__, sys.version.split()[0], sys.platform)


def run_gui(
    data_dir: Path, demo: bool = False, language: str | None = None, update: UpdateProgress | None = None
) -> int:
    """`update`: what shows the opening's progress (made here when not given; its window only when a stage that
    takes time begins)."""
    _start_logging()
    app = make_app(language)
    runner = TaskRunner()
    update = update or UpdateProgress(app)
    try:  # (on the writer thread: a migration or the check of a large file takes a while, the screen stays drawn)
        store = update.open_store(runner, data_dir)
    except UpdateStopped as exc:
        return _stopped(app, core_messages.text(exc))
    except DataDirBusy:
        return _refuse(
            app,
            app.translate("App", "eOffice is already open"),
            app.translate(
                "App",
                "eOffice is already open on this PC with the same data. "
                "Use the window that is open, or close it first.",
            ),
        )
    except DatabaseRefused as exc:
        return _refuse(
            app,
            app.translate("App", "The data cannot be opened"),
            app.translate("App", "eOffice cannot open its database and has changed nothing.\n\n{detail}").format(
                detail=core_messages.text(exc)
            ),
        )
    first_user = ""
    try:
        if language is None:
            install_translation(app, store.setting("ui.language", "lo"))
        if not store.is_set_up():
            if demo:
                if not _build_demo(app, store, runner):
                    return _refuse(app, "eOffice", app.translate("App", "The demo office could not be made."))
            else:
                from eoffice_desktop.ui.start_dialogs import FirstRunDialog

                wizard = FirstRunDialog(store)
                if not wizard.exec():
                    return _stopped(app, wizard.stopped) if wizard.stopped else 1
                store = wizard.store  # IT staff may have chosen another data folder
                first_user = wizard.username.text().strip()  # (the administrator just made signs in first)
        # The demo's sign-in hint only in a demo office: --demo with a real office's folder opens it as it is.
        return _signed_in_loop(app, store, runner, demo and store.is_demo(), first_user)
    finally:
        runner.stop_reading(store.db.interrupt_reads)  # (the file closes cleanly now, not after a long count)
        runner.wait()
        store.close()


class IdleWatch(QObject):
    """Locks the window after `minutes` without keyboard or mouse use (shared PCs)."""

    def __init__(self, window: MainWindow, minutes: int) -> None:
        super().__init__(window)
        self.window = window
        self.timer = QTimer(self, singleShot=True, interval=max(1, minutes) * 60 * 1000)
        self.timer.timeout.connect(self._idle)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseMove,
            QEvent.Type.Wheel,
        ):
            self.timer.start()
        return False

    def _idle(self) -> None:
        if self.window.isVisible():
            self.window.lock()
            self.timer.start()


def _schedule_backups(window: MainWindow, store: OfficeStore, runner: TaskRunner) -> None:
    """The daily backup (and the weekly one) in the background: now, and every few hours while the app is open."""

    def failed(exc: BaseException) -> None:
        log.warning("automatic backup failed: %s", exc)
        if isinstance(exc, DatabaseDamaged):  # found by the weekly check: no more writes, and the user is told
            store.db.stop_writing()
            QMessageBox.critical(window, QApplication.translate("App", "The data is damaged"), core_messages.text(exc))

    def backup() -> None:
        from eoffice_desktop.core.storage.backup import automatic_backup

        runner.run(lambda job: automatic_backup(store.data_dir), on_error=failed)

    timer = QTimer(window, interval=4 * 3600 * 1000, timeout=backup)
    timer.start()
    QTimer.singleShot(5000, backup)


def _crash_notice(window: MainWindow, store: OfficeStore, runner: TaskRunner) -> None:
    """Crash reports no start has shown yet: said once, with the check of the records and the diagnostics zip."""

    def look() -> None:  # after the first rows are on screen: the notice's code loads then
        from eoffice_desktop.ui.crash_notice import CrashNotice

        CrashNotice(window, store, runner).start()

    QTimer.singleShot(1500, window, look)


def _sign_in(
    app: QApplication, store: OfficeStore, throttle: LoginThrottle, demo: bool, username: str = ""
) -> Viewer | None:
    if os.environ.get("EOFFICE_MEASURE_STARTUP") == "1":
        return store.viewer(store.admin_actor().user_id)
    hint = (
        app.translate("App", "Demo office: sign in as clerk, head or admin with the password eoffice-demo.")
        if demo
        else ""
    )
    from eoffice_desktop.ui.start_dialogs import LoginDialog

    login = LoginDialog(store, throttle, hint=hint, username=username or ("clerk" if demo else ""))
    if not login.exec():
        return None
    return login.viewer


def _signed_in_loop(app: QApplication, store: OfficeStore, runner: TaskRunner, demo: bool, first_user: str = "") -> int:
    """Sign in, work, and sign in again when someone switches user on a shared PC. `first_user`: the name the first
    sign-in window already holds (the administrator made by the first-start window types only the password)."""
    throttle = LoginThrottle()
    measuring = os.environ.get("EOFFICE_MEASURE_STARTUP") == "1"
    while True:
        viewer = _sign_in(app, store, throttle, demo, first_user)
        first_user = ""  # (after Switch user the next person types their own name)
        if viewer is None:
            return 1
        actor = store.actor(viewer.user_id)
        # (two rows, read here with plain sqlite3 before the window exists: SQLAlchemy loads after its first rows)
        user_name = store.display_name(viewer.user_id)
        lock_minutes = int(store.setting("ui.lock_minutes", "10"))
        window = MainWindow(store, actor, viewer, user_name, runner, throttle, rest_later=True)
        watch = IdleWatch(window, lock_minutes)
        app.installEventFilter(watch)
        window.showMaximized()  # the status bar with the sync state stays on a 1366x768 screen, after a switch too

        def after_first_page(window: MainWindow = window, viewer: Viewer = viewer) -> None:
            _schedule_backups(window, store, runner)
            from eoffice_desktop.ui.check_notice import CheckNotice

            CheckNotice(window, store, runner, viewer).start()
            _crash_notice(window, store, runner)

        if measuring:

            def report(window: MainWindow = window) -> None:
                print(
                    f"first_rows_ms={process_age_ms():.0f} cpu_ms={time.process_time() * 1000:.0f} "
                    f"gui_cpu_ms={time.thread_time() * 1000:.0f} peak_mb={peak_rss_mb():.1f} "
                    f"rows={window.model.rowCount()}",
                    flush=True,
                )
                window.build_rest()  # (at once if not yet: the whole window's figures follow)
                print(
                    f"rest_ms={process_age_ms():.0f} rest_cpu_ms={time.process_time() * 1000:.0f} "
                    f"rest_peak_mb={peak_rss_mb():.1f}",
                    flush=True,
                )
                window.close()  # (as a clerk closes it: the sync and the scan reader stop first)

            window.first_rows_painted.connect(report)  # (the first page comes from the reader pool)
        window.first_rows_painted.connect(after_first_page)
        code = app.exec()
        app.removeEventFilter(watch)
        if not window.switch_requested:
            return code
        window.deleteLater()
