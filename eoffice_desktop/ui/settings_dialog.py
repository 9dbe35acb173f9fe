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

from eoffice_desktop.core.events import Actor
from eoffice_desktop.core.numbering import DEFAULT_TEMPLATE, TEMPLATE_CHOICES, format_number
from eoffice_desktop.core.ocr.store import ocr_enabled, set_ocr_enabled
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.settings import get_setting, set_setting
from eoffice_desktop.core.workdays import due_days, local_days_off, set_holidays
from eoffice_desktop.ui.journey_settings import SharingSettingsBox
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
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.sync_box = SyncSettingsBox(store, runner or TaskRunner(self))
        self.sharing_box = SharingSettingsBox(store, actor)
        self.setWindowTitle(self.tr("Settings"))
        code = store.office().code
        with store.db.session() as s:
            language = get_setting(s, "ui.language", "lo")
            template = get_setting(s, "numbering.template", DEFAULT_TEMPLATE)
            reset = get_setting(s, "numbering.reset", "yearly")
            limit = int(get_setting(s, "attachments.limit_mb", "50"))
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
        self.limit.setRange(1, 500)
        self.limit.setSuffix(" MB")
        self.limit.setValue(limit)
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Registry number style"), self.template)
        form.addRow(self.tr("Numbering"), self.reset)
        form.addRow(self.tr("Largest attachment"), self.limit)
        self.read_scans = QCheckBox(self.tr("Read the words in scans so that search finds them (slow PCs: turn off)"))
        with store.db.session() as s:
            self.read_scans.setChecked(ocr_enabled(s))
        form.addRow(self.tr("Scans"), self.read_scans)
        self.due: dict[str, QSpinBox] = {}
        with store.db.session() as s:
            for urgency, label in (
                ("normal", self.tr("Reply time, normal letters")),
                ("urgent", self.tr("Reply time, urgent letters")),
                ("very_urgent", self.tr("Reply time, very urgent letters")),
            ):
                box = QSpinBox()
                box.setRange(1, 365)
                box.setSuffix(" " + self.tr("working days"))
                box.setValue(due_days(s, urgency))
                self.due[urgency] = box
                form.addRow(label, box)
            self.holidays = QPlainTextEdit("\n".join(d.strftime("%d/%m/%Y") for d in sorted(local_days_off(s))))
        self.holidays.setFixedHeight(90)
        self.holidays.setPlaceholderText(self.tr("One date a line, e.g. 02/12/2026"))
        # The national public holidays come from the server with the directory; here only the office's own.
        form.addRow(self.tr("Local days off"), self.holidays)
        self.lock = QSpinBox()
        self.lock.setRange(1, 240)
        self.lock.setSuffix(" " + self.tr("minutes"))
        with store.db.session() as s:
            self.lock.setValue(int(get_setting(s, "ui.lock_minutes", "10")))
        form.addRow(self.tr("Lock after no use for"), self.lock)
        self.unlock = QSpinBox()
        self.unlock.setRange(0, 60)
        self.unlock.setSuffix(" " + self.tr("minutes"))
        self.unlock.setSpecialValueText(self.tr("Ask at every signing"))
        with store.db.session() as s:
            self.unlock.setValue(int(get_setting(s, UNLOCK_SETTING, "0")))
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

    def save(self) -> None:
        days = set()
        for line in self.holidays.toPlainText().splitlines():
            if line.strip():
                try:
                    days.add(datetime.strptime(line.strip(), "%d/%m/%Y").date())
                except ValueError:
                    self.error.show_error(self.tr("Write each holiday as day/month/year: {line}").format(line=line))
                    return
        with self.store.db.write() as s:
            set_holidays(s, days)
            set_setting(s, "ui.lock_minutes", str(self.lock.value()))
            set_setting(s, UNLOCK_SETTING, str(self.unlock.value()))
            for urgency, box in self.due.items():
                set_setting(s, f"routing.due_days.{urgency}", str(box.value()))
            set_setting(s, "ui.language", self.language.currentData())
            set_setting(s, "numbering.template", self.template.currentData())
            set_setting(s, "numbering.reset", self.reset.currentData())
            set_setting(s, "attachments.limit_mb", str(self.limit.value()))
            set_ocr_enabled(s, self.read_scans.isChecked())
            self.sync_box.save(s)
        self.sharing_box.save()  # an event of the office (its own transaction), shared by all its PCs
        self.store.blobs.limit = self.limit.value() * 1024 * 1024
        self.accept()
