"""The "Sync and data use" part of the settings: the server this PC is enrolled with, data saving on costly links
(letters and routing always go first; big attachments wait), and the data used this month."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QWidget,
)

from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.ui.numbers import file_size
from eoffice_desktop.ui.ops import Ops
from eoffice_desktop.ui.tasks import TaskRunner
from sync.client.status import month_key


class SyncSettingsBox(QGroupBox):
    def __init__(
        self, store: OfficeStore, runner: TaskRunner, parent: QWidget | None = None, ops: Ops | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.runner = store, runner
        ops = ops or Ops.of(store, runner, parent=self)
        self.setTitle(self.tr("Sync and data use"))
        asked = {
            "sync.server_url": "",
            "sync.enrolled": "",
            "sync.send_blobs": "yes",
            "sync.hold_blobs_over_mb": "5",
            "sync.unmetered": "",
            month_key(): "0",
        }
        # (on the reader pool; when they cannot be read, `unread` says why and the settings dialog saves none)
        found, self.unread = ops.ask_or_refusal(lambda office: office.settings(asked), asked)
        url = found["sync.server_url"]
        enrolled = found["sync.enrolled"] == "yes"
        send = found["sync.send_blobs"] == "yes"
        hold = float(found["sync.hold_blobs_over_mb"])
        unmetered = found["sync.unmetered"] == "yes"
        used = int(found[month_key()] or 0)
        self.server = QLabel(url if enrolled else self.tr("Not enrolled yet"))
        self.server.setWordWrap(True)
        self.enrol_button = QPushButton(self.tr("Enrol this PC with a server…"))
        self.enrol_button.clicked.connect(self.enrol)
        order = QLabel(self.tr("Letters and routing are always sent first; attachments follow."))
        order.setWordWrap(True)
        self.send_files = QCheckBox(self.tr("Send and fetch attachments"))
        self.send_files.setChecked(send)
        self.hold = QDoubleSpinBox()
        self.hold.setRange(0.1, 1000)
        self.hold.setDecimals(1)
        self.hold.setSuffix(" MB")
        self.hold.setValue(hold)
        self.unmetered = QCheckBox(self.tr("This link is not metered (send big attachments at once)"))
        self.unmetered.setChecked(unmetered)
        self.used = QLabel(self.tr("{size} this month (sent and received)").format(size=file_size(used)))
        form = QFormLayout(self)
        form.addRow(self.tr("Server"), self.server)
        form.addRow("", self.enrol_button)
        form.addRow("", order)
        form.addRow("", self.send_files)
        form.addRow(self.tr("Hold back attachments over"), self.hold)
        form.addRow("", self.unmetered)
        form.addRow(self.tr("Data used"), self.used)

    def enrol(self) -> None:
        from eoffice_desktop.ui.enrol_dialog import EnrolDialog

        dialog = EnrolDialog(self.store, self.runner, self)
        if dialog.exec():
            self.server.setText(dialog.url)

    def values(self) -> dict[str, str]:
        """Saved with the rest of the settings, in the settings dialog's one transaction."""
        return {
            "sync.send_blobs": "yes" if self.send_files.isChecked() else "no",
            "sync.hold_blobs_over_mb": f"{self.hold.value():g}",
            "sync.unmetered": "yes" if self.unmetered.isChecked() else "no",
        }
