"""Sync without a network from the File menu: "Save changes for USB…" writes a bundle file of unsent work, "Load
changes from USB…" reads one in (twice changes nothing). A stick holding another office's bundle (a district's, brought
to the provincial office) is sent on to the server for that office, and its return file is put next to it. All of it
runs off the GUI thread behind a progress dialog with a Stop button."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from eoffice_desktop.core.journey.sender_names import office_names
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.replication import ApplyResult
from eoffice_desktop.ui import core_messages
from eoffice_desktop.ui.drive_words import file_error
from eoffice_desktop.ui.numbers import file_size
from eoffice_desktop.ui.ops import Ops, changes_of
from eoffice_desktop.ui.sync_words import error_message
from eoffice_desktop.ui.tasks import Job, TaskRunner
from eoffice_shared.refusals import Refusal
from sync.client.bundles import (
    BundleNotForThisPC,
    BundleRead,
    ExportResult,
    bundle_name,
    export_bundle,
    import_bundle,
)
from sync.client.errors import Refused, SyncError
from sync.client.session import is_enrolled, transport_for
from sync.protocol.bundle import BundleCancelled, BundleInvalid, BundleTooLarge, BundleTooManyFiles, peek_manifest

if TYPE_CHECKING:
    from sync.client.relay import Relayed


@dataclass(frozen=True)
class ForeignBundle:
    path: Path
    office_id: str
    office_name: str
    events: int


def _reporter(job: Job):  # type: ignore[no-untyped-def]
    """Progress in kilobytes (a Qt int holds 2 GB of bytes only)."""
    return lambda done, total: job.signals.progress.emit(done >> 10, total >> 10)


SIGNATURES = "signatures"  # the stage of a bundle read in that checks the signatures it brought; counts signatures


def _checking(job: Job):  # type: ignore[no-untyped-def]
    """Progress of checking the signatures a bundle brought, in signatures."""

    def report(done: int, total: int) -> None:
        job.signals.stage.emit(SIGNATURES)  # (before its count: both reach the window in this order)
        job.signals.progress.emit(done, total)

    return report


class UsbBundles(QObject):
    """`changed` fires after a bundle was read in, so the registers and the sync indicator refresh."""

    changed = Signal(object)  # Changes
    saved = Signal(object)  # ExportResult
    relayed = Signal(object)  # Relayed

    def __init__(self, store: OfficeStore, runner: TaskRunner, parent: QWidget, ops: Ops | None = None) -> None:
        super().__init__(parent)
        self.store, self.runner, self.window = store, runner, parent
        self.ops = ops or Ops.of(store, runner, parent=self)
        self.progress: QProgressDialog | None = None
        self.job: Job | None = None
        self.label = ""
        self.counting = ""  # what the progress counts: "" bytes (in kilobytes), SIGNATURES signatures
        self.relaying: ForeignBundle | None = None

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

        def work(job: Job) -> ExportResult:
            return export_bundle(store, target, progress=_reporter(job), cancelled=lambda: job.cancelled)

        self.job = self.runner.run(work, self._saved, self._failed, on_progress=self._progress)
        self._busy(self.tr("Saving changes for USB…"))

    def load_from(self, source: Path) -> None:
        store = self.store

        def work(_office: object, job: Job) -> ApplyResult | ForeignBundle:
            manifest = peek_manifest(source)
            if store.is_set_up() and manifest.office_id != store.office_id:
                with store.db.session() as s:
                    said = str(manifest.basis.get("office_name") or manifest.office_id)
                    name = office_names(s).get(manifest.office_id, said)
                return ForeignBundle(source, manifest.office_id, name, manifest.event_count)
            return import_bundle(
                store, source, progress=_reporter(job), cancelled=lambda: job.cancelled, checking=_checking(job)
            )

        self.job = self.ops.long_change(work, self._loaded, self._failed, self._progress, self._stage)
        self._busy(self.tr("Loading changes from USB…"))

    def relay(self, foreign: ForeignBundle) -> None:
        """Another office's stick: send it to the server for them and put their return file next to it."""
        if not is_enrolled(self.store):
            QMessageBox.information(
                self.window,
                self.tr("Another office's file"),
                self.tr(
                    "This file holds the changes of {office}; this PC cannot read them in. A PC connected to the "
                    "server (at the provincial office) can send it on for them."
                ).format(office=foreign.office_name),
            )
            return
        from sync.client.relay import relay_bundle, return_path  # (the HTTP client loads when first needed)

        target = return_path(foreign.path)
        asked = QMessageBox.question(
            self.window,
            self.tr("Send it on for them?"),
            self.tr(
                "This file holds {count} changes of {office}. Send it to the server for them now? Their return file "
                "will be saved next to it as {name}; then give the drive back to them."
            ).format(count=foreign.events, office=foreign.office_name, name=target.name),
        )
        if asked != QMessageBox.StandardButton.Yes:
            return
        store = self.store

        def work(job: Job) -> Relayed:
            return relay_bundle(
                transport_for(store), foreign.path, target, progress=_reporter(job), cancelled=lambda: job.cancelled
            )

        self.relaying = foreign
        self.job = self.runner.run(work, self._relayed, self._failed, on_progress=self._progress)
        self._busy(self.tr("Sending {office}'s changes to the server…").format(office=foreign.office_name))

    def _busy(self, text: str) -> None:
        self.label, self.counting = text, ""
        self.progress = QProgressDialog(text, self.tr("Stop"), 0, 1000, self.window)
        self.progress.setWindowTitle(self.tr("USB"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.setMinimumWidth(420)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self._stop)
        self.progress.show()

    def _stop(self) -> None:
        if self.job is not None:
            self.job.cancel()
        if self.progress is not None:
            self.progress.setLabelText(self.tr("Stopping…"))

    def _stage(self, stage: str) -> None:
        """The bundle is read in; the signatures it brought are being checked (counted one by one, not in bytes)."""
        if stage == SIGNATURES and self.counting != SIGNATURES:
            self.label, self.counting = self.tr("Checking the signatures that arrived…"), SIGNATURES

    def _progress(self, done: int, total: int) -> None:
        """`done` and `total` in kilobytes, or in signatures while they are checked."""
        if self.progress is None or self.job is None or self.job.cancelled:
            return
        if self.counting == SIGNATURES:
            shown = (f"{done:,}", f"{total:,}")
        else:
            shown = (file_size(done * 1024), file_size(total * 1024))
        self.progress.setLabelText(  # the label first: setValue may handle the next report before it returns
            self.tr("{what}\n{done} of {total}").format(what=self.label, done=shown[0], total=shown[1])
        )
        self.progress.setValue(min(1000, done * 1000 // max(total, 1)))

    def _done(self) -> None:
        self.job = None
        if self.progress is not None:
            self.progress.canceled.disconnect(self._stop)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _saved(self, result: ExportResult) -> None:
        self._done()
        self.saved.emit(result)
        self._tell(
            self.tr("Saved for USB"),
            self.tr(
                "{count} changes and {files} attachments ({size}) were written to {path}. Take this file to IT staff "
                "(at the provincial office): they read it in at the server and give you a return file to load here "
                "with “Load changes from USB”. The changes stay here until the server confirms them."
            ).format(count=result.events, files=result.blobs, size=file_size(result.bytes), path=str(result.path)),
        )

    def _relayed(self, result: Relayed) -> None:
        self._done()
        office = self.relaying.office_name if self.relaying is not None else ""
        self.relayed.emit(result)
        self._tell(
            self.tr("Sent on"),
            self.tr(
                "The server took {accepted} changes of {office} ({old} it had already, {refused} refused). Their "
                "return file is {path}. Give the drive back: they load it with “Load changes from USB”."
            ).format(
                accepted=result.accepted,
                office=office,
                old=result.duplicate,
                refused=result.refused,
                path=result.answer,
            ),
        )

    def _loaded(self, result: ApplyResult | ForeignBundle) -> None:
        self._done()
        if isinstance(result, ForeignBundle):
            self.relay(result)
            return
        changes = changes_of(result)  # (ApplyResult.changes: like a sync, anything may have arrived)
        self.ops.hub.publish(changes)
        self.changed.emit(changes)
        text = self.tr("{count} new changes were read; {old} were already here.").format(
            count=len(result.applied), old=len(result.duplicates)
        )
        if result.refused:  # (why each was refused, in English for IT staff: to the log)
            core_messages.log.warning("changes refused from a USB bundle: %s", sorted(set(result.refused.values())))
            text += "\n" + self.tr(
                "{count} changes were refused: this PC already holds other changes under the same numbers (was a PC "
                "put back from an old copy?). They were not stored; show this to IT staff."
            ).format(count=len(result.refused))
        if isinstance(result, BundleRead) and result.signatures_stopped:
            text += "\n" + self.tr(
                "Checking their signatures was stopped; the changes are kept. A signature not checked yet is checked "
                "when its letter is opened, or at the next sync."
            )
        self._tell(self.tr("Loaded from USB"), text)

    def _failed(self, exc: BaseException) -> None:
        self._done()
        if isinstance(exc, BundleCancelled):
            QMessageBox.information(
                self.window, self.tr("Stopped"), self.tr("Stopped. No bundle was written and nothing was read in.")
            )
            return
        if isinstance(exc, BundleNotForThisPC) and exc.code == "bundle_needs_office_key":
            text = self.tr(
                "This file was saved by another PC, and this PC cannot open it yet. Sync this PC and the PC that "
                "saved the file over the network once, then load the file again, or send it on to the server. "
                "Nothing was changed."
            )
        elif isinstance(exc, BundleNotForThisPC):
            text = self.tr(
                "This return file was not made by the server for this PC: it belongs to another PC, or it was "
                "changed on the way. Nothing was changed. Load it on the PC that saved the bundle."
            )
        elif isinstance(exc, Refused) and exc.code == "bundle_unsealed":
            text = self.tr(
                "The server did not take this file: it was changed after it was saved, or it was not saved by that "
                "office's PC. Nothing was sent on."
            )
        elif isinstance(exc, Refused) and exc.code == "bundle_older":
            text = self.tr(
                "The server did not take this file: that office's PC saved a newer file, which the server already "
                "read in and which holds everything this one does. Nothing was sent on. Take that newer file's "
                "return file to the office, or have it save a new file."
            )
        elif isinstance(exc, Refused) and exc.code == "bundle_refused":
            text = self.tr(
                "The server did not take this file: only the office itself or an office above it may send it on."
            )
        elif isinstance(exc, SyncError) and exc.code == "server_storage":
            text = self.tr(
                "The server's disk is full or failing, so this file was not read in (or its return file not "
                "written); send it on again once IT staff at the server have freed space or repaired the disk "
                "(nothing is stored twice)."
            )
        elif isinstance(exc, SyncError):
            text = error_message(exc)
        elif isinstance(exc, BundleTooLarge):
            text = self.tr(
                "This file holds more than an eOffice bundle can (too many parts, or a part too large), so it was "
                "not read. Nothing was changed."
            )
        elif isinstance(exc, BundleInvalid):
            text = self.tr("This file is not a complete eOffice bundle (damaged or cut short). Nothing was changed.")
        elif isinstance(exc, BundleTooManyFiles):
            text = self.tr(
                "This bundle would carry {count} attachment files, more than one bundle can hold ({limit}), so "
                "nothing was written; sync over the network instead."
            ).format(count=f"{exc.count:,}", limit=f"{exc.limit:,}")
        elif isinstance(exc, Refusal) and exc.code == "bundle_for_another_office":
            text = self.tr("This bundle is for another office. Nothing was changed.")
        elif isinstance(exc, OSError):
            text = file_error(exc) + " " + self.tr("Nothing was changed.")
        else:
            core_messages.log_failure("a USB bundle was not written or read", exc)
            text = self.tr(
                "The bundle could not be written or read, and nothing was changed. Try again; if it happens again, "
                "ask IT staff."
            )
        QMessageBox.warning(self.window, self.tr("Not done"), text)

    def _tell(self, title: str, text: str) -> None:
        QMessageBox.information(self.window, title, text)
