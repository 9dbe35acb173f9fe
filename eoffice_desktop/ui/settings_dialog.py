"""Settings of this office and PC: interface language, registry number template, attachment size limit, reading
scans, sync, how long a signing key stays unlocked."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.registry.numbering import DEFAULT_TEMPLATE, TEMPLATE_CHOICES, format_number
from eoffice_desktop.core.storage.blobs import LIMIT_MB_RANGE, limit_mb_from_setting
from eoffice_desktop.ui import core_messages
from eoffice_desktop.ui.journey_settings import SharingSettingsBox
from eoffice_desktop.ui.ops import Ops
from eoffice_desktop.ui.sign_dialog import UNLOCK_SETTING
from eoffice_desktop.ui.sync_settings import SyncSettingsBox
from eoffice_desktop.ui.tasks import TaskRunner
from eoffice_desktop.ui.typed_input import AsksBeforeDiscard
from eoffice_desktop.ui.widgets import ErrorLabel


class SettingsDialog(AsksBeforeDiscard, QDialog):
    def __init__(
        self,
        store: OfficeStore,
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
        actor: Actor | None = None,
        ops: Ops | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        runner = runner or TaskRunner(self)
        self.ops = ops or Ops.of(store, runner, parent=self)
        self.sync_box = SyncSettingsBox(store, runner, ops=self.ops)
        self.sharing_box = SharingSettingsBox(store, actor, ops=self.ops)
        self.setWindowTitle(self.tr("Settings"))
        defaults = {
            "ui.language": "lo",
            "numbering.template": DEFAULT_TEMPLATE,
            "numbering.reset": "yearly",
            "attachments.limit_mb": "50",
            "ui.lock_minutes": "10",
            UNLOCK_SETTING: "0",
        }
        (code, found, reads_scans, reply_days, days_off), unread = self.ops.ask_or_refusal(  # (on the reader pool)
            lambda office: (
                office.store.office().code,
                office.settings(defaults),
                office.reads_scans(),
                office.reply_days(),
                office.local_days_off(),
            ),
            ("", defaults, False, dict.fromkeys(("normal", "urgent", "very_urgent"), 1), set()),
        )
        language, template = found["ui.language"], found["numbering.template"]
        reset, limit = found["numbering.reset"], limit_mb_from_setting(found["attachments.limit_mb"])
        self.language = QComboBox()
        self.language.addItem("ລາວ (Lao)", "lo")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.template = QComboBox()
        for choice in TEMPLATE_CHOICES:
            self.template.addItem(format_number(choice, 369, code, "ກຂອ", 2026), choice)
        self.template.setCurrentIndex(max(0, self.template.findData(template)))
        self.reset = QComboBox()
        self.reset.addItem(self.tr("Start again at 1 every year"), "yearly")
        self.reset.addItem(self.tr("Never start again"), "never")
        self.reset.setCurrentIndex(max(0, self.reset.findData(reset)))
        self.limit = QSpinBox()
        self.limit.setRange(*LIMIT_MB_RANGE)
        self.limit.setSuffix(" MB")
        self.limit.setValue(limit)
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Registry number style"), self.template)
        form.addRow(self.tr("Numbering"), self.reset)
        form.addRow(self.tr("Largest attachment"), self.limit)
        self.read_scans = QCheckBox(self.tr("Read the words in scans so that search finds them (slow PCs: turn off)"))
        self.read_scans.setChecked(reads_scans)
        form.addRow(self.tr("Scans"), self.read_scans)
        self.due: dict[str, QSpinBox] = {}
        for urgency, label in (
            ("normal", self.tr("Reply time, normal letters")),
            ("urgent", self.tr("Reply time, urgent letters")),
            ("very_urgent", self.tr("Reply time, very urgent letters")),
        ):
            box = QSpinBox()
            box.setRange(1, 365)
            box.setSuffix(" " + self.tr("working days"))
            box.setValue(reply_days[urgency])
            self.due[urgency] = box
            form.addRow(label, box)
        self.holidays = QPlainTextEdit("\n".join(d.strftime("%d/%m/%Y") for d in sorted(days_off)))
        self.holidays.setFixedHeight(90)
        self.holidays.setPlaceholderText(self.tr("One date a line, e.g. 02/12/2026"))
        # The national public holidays come from the server with the directory; here only the office's own.
        form.addRow(self.tr("Local days off"), self.holidays)
        self.lock = QSpinBox()
        self.lock.setRange(1, 240)
        self.lock.setSuffix(" " + self.tr("minutes"))
        self.lock.setValue(int(found["ui.lock_minutes"]))
        form.addRow(self.tr("Lock after no use for"), self.lock)
        self.unlock = QSpinBox()
        self.unlock.setRange(0, 60)
        self.unlock.setSuffix(" " + self.tr("minutes"))
        self.unlock.setSpecialValueText(self.tr("Ask at every signing"))
        self.unlock.setValue(int(found[UNLOCK_SETTING]))
        form.addRow(self.tr("Keep my signing key unlocked for"), self.unlock)
        self.error = ErrorLabel()
        note = QLabel(self.tr("A new language is used from the next start of eOffice."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        # The settings are taller than a 1366x768 screen: they scroll, the Save button stays in view.
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.addLayout(form)
        inner.addWidget(self.sync_box)
        inner.addWidget(self.sharing_box)
        inner.addWidget(note)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setMinimumWidth(content.sizeHint().width() + 24)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(self.sizeHint().width(), min(content.sizeHint().height() + 80, 680))
        unread = unread or self.sync_box.unread
        if unread:  # what is shown is not the office's: nothing of it may be saved over the real settings
            self.error.show_error(unread)
            content.setEnabled(False)
            buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)

    def save(self) -> None:
        days = set()
        for line in self.holidays.toPlainText().splitlines():
            if line.strip():
                try:
                    days.add(datetime.strptime(line.strip(), "%d/%m/%Y").date())
                except ValueError:
                    self.error.show_error(self.tr("Write each holiday as day/month/year: {line}").format(line=line))
                    return
        values = {
            "ui.lock_minutes": str(self.lock.value()),
            UNLOCK_SETTING: str(self.unlock.value()),
            **{f"routing.due_days.{urgency}": str(box.value()) for urgency, box in self.due.items()},
            "ui.language": self.language.currentData(),
            "numbering.template": self.template.currentData(),
            "numbering.reset": self.reset.currentData(),
            "attachments.limit_mb": str(self.limit.value()),
            **self.sync_box.values(),
        }
        read_scans = self.read_scans.isChecked()
        try:
            self.ops.change_and_wait(lambda office: office.save_settings(values, days, read_scans))
            self.sharing_box.save()  # an event of the office (its own transaction), shared by all its PCs
        except Exception as exc:  # (a full disk, an account disabled meanwhile, a damaged database): said here, in
            self.error.show_error(core_messages.not_done(exc))  # the user's words, what was typed kept
            return
        self.accept()
