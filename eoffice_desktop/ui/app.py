"""Starting the application: Qt, the Lao font and translation, opening the data folder (with clear refusals),
the demo office, first run, sign-in, then the main window."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from eoffice_desktop.core.accounts import LoginThrottle, viewer_of
from eoffice_desktop.core.datadir import DataDirBusy
from eoffice_desktop.core.db import DatabaseRefused
from eoffice_desktop.core.logs import setup_logging
from eoffice_desktop.core.models import User
from eoffice_desktop.core.office import OfficeStore, open_store
from eoffice_desktop.core.settings import get_setting
from eoffice_desktop.ui.main_window import MainWindow
from eoffice_desktop.ui.resources import app_icon, install_fonts, install_translation, set_app_font
from eoffice_desktop.ui.start_dialogs import FirstRunDialog, LoginDialog
from eoffice_desktop.ui.tasks import TaskRunner


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


def make_app(language: str | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("eOffice")
    app.setWindowIcon(app_icon())
    install_fonts()
    set_app_font(app)
    install_translation(app, language or "lo")
    return app


def _refuse(app: QApplication, title: str, text: str) -> int:
    """Say why the app cannot start: on screen, and on stderr for IT staff and scripts."""
    print(f"eoffice: {title}: {text}", file=sys.stderr)
    if app.platformName() != "offscreen":  # nobody could answer a dialog on an offscreen display
        QMessageBox.critical(None, title, text)
    return 2


def _build_demo(app: QApplication, store: OfficeStore, runner: TaskRunner, letters: int = 300) -> bool:
    from eoffice_desktop.core.demo import generate_demo

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


def run_gui(data_dir: Path, demo: bool = False, language: str | None = None) -> int:
    setup_logging()
    app = make_app(language)
    try:
        store = open_store(data_dir)
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
                detail=exc
            ),
        )
    runner = TaskRunner()
    try:
        if language is None:
            with store.db.session() as s:
                chosen = get_setting(s, "ui.language", "lo")
            install_translation(app, chosen)
        if not store.is_set_up():
            if demo:
                if not _build_demo(app, store, runner):
                    return _refuse(app, "eOffice", app.translate("App", "The demo office could not be made."))
            elif not FirstRunDialog(store).exec():
                return 1
        return _signed_in_loop(app, store, runner, demo)
    finally:
        runner.wait()
        store.close()


def _signed_in_loop(app: QApplication, store: OfficeStore, runner: TaskRunner, demo: bool) -> int:
    throttle = LoginThrottle()
    measuring = os.environ.get("EOFFICE_MEASURE_STARTUP") == "1"
    if measuring or os.environ.get("EOFFICE_AUTOLOGIN"):
        actor = store.admin_actor() if measuring else store.actor(os.environ["EOFFICE_AUTOLOGIN"])
        with store.db.session() as s:
            viewer = viewer_of(s, actor.user_id)
    else:
        hint = (
            app.translate("App", "Demo office: sign in as clerk, head or admin with the password eoffice-demo.")
            if demo
            else ""
        )
        login = LoginDialog(store, throttle, hint=hint, username="clerk" if demo else "")
        if not login.exec() or login.viewer is None:
            return 1
        viewer = login.viewer
        actor = store.actor(viewer.user_id)
    with store.db.session() as s:
        user = s.get(User, viewer.user_id)
        user_name = user.display_name if user else viewer.user_id
    window = MainWindow(store, actor, viewer, user_name, runner)
    window.show()
    if measuring:

        def report() -> None:
            print(f"first_rows_ms={process_age_ms():.0f} rows={window.model.rowCount()}", flush=True)
            app.quit()

        QTimer.singleShot(0, report)
    return app.exec()
