"""After a crash the next start says calmly what happened, whether the office's records are intact, and offers to save
the diagnostics zip (which carries the crash reports) for IT staff."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from eoffice_desktop.core.checks.check import CheckReport, check_data_dir
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.support.crashes import CrashReport, installed, mark_reported, unseen_reports
from eoffice_desktop.core.support.logs import default_log_dir
from eoffice_desktop.ui import core_messages
from eoffice_desktop.ui.tasks import TaskRunner

log = logging.getLogger("eoffice.crash")


class CrashNotice(QObject):
    """Looks for crash reports no start has shown yet; checks the records (off the GUI thread), then says so once."""

    def __init__(self, window: QWidget, store: OfficeStore, runner: TaskRunner, log_dir: Path | None = None) -> None:
        super().__init__(window)
        self.window, self.store, self.runner = window, store, runner
        crash_log = installed()
        self.log_dir = log_dir or (crash_log.log_dir if crash_log else default_log_dir())
        self.box: QMessageBox | None = None

    def start(self) -> None:
        log_dir, root = self.log_dir, self.store.data_dir.root

        def look(_job: object) -> tuple[list[CrashReport], CheckReport | None]:
            found = unseen_reports(log_dir)
            if not found:
                return found, None
            mark_reported(log_dir, found)  # said once, whatever the answer; the files stay for the zip
            try:
                return found, check_data_dir(root)
            except Exception as exc:  # noqa: BLE001 - the notice still says what happened
                log.warning("the records could not be checked after a crash: %s", exc)
                return found, None

        self.runner.run(look, on_done=self._looked, on_error=lambda exc: log.warning("crash reports: %s", exc))

    def _looked(self, result: tuple[list[CrashReport], CheckReport | None]) -> None:
        found, check = result
        if found:
            self.show(found, check)

    def text(self, found: list[CrashReport], check: CheckReport | None) -> str:
        when = max(r.when for r in found).strftime("%d/%m/%Y %H:%M")
        if any(r.kind == "fatal" for r in found):
            what = self.tr("eOffice stopped unexpectedly on {when}. It wrote a report for IT staff.")
        else:
            what = self.tr("eOffice met an unexpected error on {when}. It wrote a report for IT staff.")
        if check is not None and check.ok:
            records = self.tr(
                "eOffice has just checked the office's records on this PC and found no problem: nothing that was "
                "saved has been lost."
            )
        elif check is None:
            records = self.tr(
                "The office's records could not be checked just now. If IT staff's check (eoffice check) finds no "
                "problem, nothing that was saved has been lost."
            )
        else:
            records = self.tr(
                "The check of the office's records on this PC found a problem. Do not delete or repair anything "
                "yourself: save the diagnostics file and call IT staff."
            )
        offer = self.tr(
            "You can save a diagnostics file for IT staff now (it holds no letters, passwords or keys), or later "
            "from Help > Save diagnostics for support."
        )
        return "\n\n".join([what.format(when=when), records, offer])

    def show(self, found: list[CrashReport], check: CheckReport | None) -> None:
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("About the last time eOffice ran"))
        box.setText(self.text(found, check))
        save = box.addButton(self.tr("Save diagnostics…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Close"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        save.clicked.connect(self.save)
        self.box = box
        box.open()  # not modal to the app: the window goes on loading behind it

    def save(self) -> None:
        from eoffice_desktop.core.support.diagnostics import write_diagnostics

        name = f"eoffice-diagnostics-{datetime.now():%Y%m%d-%H%M}.zip"
        target, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save diagnostics"), name, "ZIP (*.zip)")
        if not target:
            return
        data_dir, log_dir = self.store.data_dir, self.log_dir
        self.runner.run(
            lambda job: write_diagnostics(data_dir, log_dir, Path(target)),
            lambda path: QMessageBox.information(
                self.window,
                self.tr("Diagnostics saved"),
                self.tr("Saved in {path}. Send this file to IT staff.").format(path=path),
            ),
            lambda exc: QMessageBox.warning(self.window, self.tr("Not saved"), core_messages.not_done(exc)),
        )
