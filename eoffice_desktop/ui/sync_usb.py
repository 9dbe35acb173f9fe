"""Sync without a network from the File menu: "Save changes for USB…" writes a bundle file of unsent work, "Load
changes from USB…" reads one in (twice changes nothing). Both run off the GUI thread behind a progress dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from eoffice_desktop.core.bundles import ExportResult, bundle_name, export_bundle, import_bundle
from eoffice_desktop.core.changes import Changes
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.replication import ApplyResult
from eoffice_desktop.ui.sync_words import size_text
from eoffice_desktop.ui.tasks import TaskRunner
from sync.protocol.bundle import BundleInvalid


class UsbBundles(QObject):
    """`changed` fires after a bundle was read in, so the registers and the sync indicator refresh."""

    changed = Signal(object)  # Changes
    saved = Signal(object)  # ExportResult

    def __init__(self, store: OfficeStore, runner: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self.store, self.runner, self.window = store, runner, parent
        self.progress: QProgressDialog | None = None

    # -- menu actions ----------------------------------------------------------------------------------------
    def save(self) -> None:
        target, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save changes for USB"), bundle_name(self.store), self.tr("eOffice bundle (*.eob)")
        )
        if target:
            self.save_to(Path(target))

    def load(self) -> None:
        source, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Load changes from USB"), "", self.tr("eOffice bundle (*.eob)")
        )
        if source:
            self.load_from(Path(source))

    # -- the work --------------------------------------------------------------------------------------------
    def save_to(self, target: Path) -> None:
        if target.suffix.lower() != ".eob":
            target = target.with_name(target.name + ".eob")
        store = self.store
        self._busy(self.tr("Saving changes for USB…"))
        self.runner.run(lambda job: export_bundle(store, target), self._saved, self._failed)

    def load_from(self, source: Path) -> None:
        store = self.store
        self._busy(self.tr("Loading changes from USB…"))
        self.runner.run(lambda job: import_bundle(store, source), self._loaded, self._failed, write=True)

    def _busy(self, text: str) -> None:
        self.progress = QProgressDialog(text, "", 0, 0, self.window)
        self.progress.setCancelButton(None)  # type: ignore[arg-type]
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.show()

    def _done(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress = None

    def _saved(self, result: ExportResult) -> None:
        self._done()
        self.saved.emit(result)
        self._tell(
            self.tr("Saved for USB"),
            self.tr(
                "{count} changes and {files} attachments ({size}) were written to {path}. Take this file to the "
                "provincial office or to IT. The changes stay here until the server confirms them."
            ).format(count=result.events, files=result.blobs, size=size_text(result.bytes), path=str(result.path)),
        )

    def _loaded(self, result: ApplyResult) -> None:
        self._done()
        self.changed.emit(Changes(registers=True, inbox=True))
        text = self.tr("{count} new changes were read; {old} were already here.").format(
            count=len(result.applied), old=len(result.duplicates)
        )
        if result.refused:
            text += "\n" + self.tr("{count} changes were refused: {reason}").format(
                count=len(result.refused), reason=next(iter(result.refused.values()))
            )
        self._tell(self.tr("Loaded from USB"), text)

    def _failed(self, exc: BaseException) -> None:
        self._done()
        if isinstance(exc, BundleInvalid):
            text = self.tr("This file is not a complete eOffice bundle (damaged or cut short). Nothing was changed.")
        elif isinstance(exc, ValueError) and "another office" in str(exc):
            text = self.tr("This bundle is for another office. Nothing was changed.")
        else:
            text = self.tr("The bundle could not be written or read: {error}").format(error=str(exc))
        QMessageBox.warning(self.window, self.tr("Not done"), text)

    def _tell(self, title: str, text: str) -> None:
        QMessageBox.information(self.window, title, text)
