"""The app's own checks of the office's data, off the GUI thread: the quick one at every sign-in, the full one once
a week; what they find is shown to the head of office (and IT's administrator) with what to do."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from eoffice_desktop.core.checks.check import CheckReport
from eoffice_desktop.core.checks.scheduled_check import full_check_due, problems_found, run_check
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.people.accounts import Viewer
from eoffice_desktop.ui.tasks import TaskRunner

log = logging.getLogger("eoffice.check")
WEEKLY_LOOK_MS = 4 * 3600 * 1000  # how often an open app asks whether the weekly full check is due


class CheckNotice(QObject):
    def __init__(self, window: QWidget, store: OfficeStore, runner: TaskRunner, viewer: Viewer) -> None:
        super().__init__(window)
        self.window, self.store, self.runner, self.viewer = window, store, runner, viewer
        self.shown = False
        self.timer = QTimer(self, interval=WEEKLY_LOOK_MS)
        self.timer.timeout.connect(self.weekly)

    def start(self, first_ms: int = 3000) -> None:
        kept = problems_found(self.store)  # found earlier, perhaps while someone else was signed in
        if kept:
            QTimer.singleShot(0, lambda: self.show(kept))
        QTimer.singleShot(first_ms, self.quick)
        QTimer.singleShot(first_ms + 60_000, self.weekly)
        self.timer.start()

    def quick(self) -> None:
        self.runner.run(lambda job: run_check(self.store), on_done=self._checked, on_error=self._failed)

    def weekly(self) -> None:
        if full_check_due(self.store):
            self.runner.run(lambda job: run_check(self.store, full=True), on_done=self._checked, on_error=self._failed)

    def _checked(self, report: CheckReport) -> None:
        if not report.ok:
            log.warning("the check found problems: %s", report.problems[:8])
            self.show(report.problems)

    def _failed(self, exc: BaseException) -> None:
        log.warning("the check could not run: %s", exc)

    def may_see(self) -> bool:
        return self.viewer.has("head") or self.viewer.has("admin")

    def show(self, problems: list[str]) -> None:
        if self.shown or not self.may_see():
            return
        self.shown = True  # once per sign-in; it stays kept until a clean check
        listed = "\n".join(f"• {p}" for p in problems[:8])
        QMessageBox.warning(
            self.window,
            self.tr("The office's records need attention"),
            self.tr(
                "eOffice checked the office's records on this PC and found that some were changed outside eOffice "
                "or are damaged:\n\n{problems}\n\nWhat to do: do not delete or repair anything yourself. Make a "
                "backup to a USB drive now and call IT staff: they compare this PC with the server (eoffice check "
                "--full) and put back a good backup."
            ).format(problems=listed),
        )
