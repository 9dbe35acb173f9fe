"""Dialogs that change a registered letter: correct one field (with the reason) and void it (with the reason)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from eoffice_desktop.core.registry.letterform import CONFIDENTIALITIES, DELIVERY_MODES, DOC_TYPES, URGENCIES
from eoffice_desktop.core.service import LetterHeading
from eoffice_desktop.ui import labels
from eoffice_desktop.ui.typed_input import AsksBeforeDiscard
from eoffice_desktop.ui.widgets import DateField, ErrorLabel

CORRECTABLE_IN_UI = (
    "subject",
    "summary",
    "sender_ref",
    "letter_date",
    "register_date",
    "delivery_mode",
    "doc_type",
    "urgency",
    "confidentiality",
    "pages",
    "reply_due",
    "keywords",
    "signatory",
    "registry_number",
)
CHOICES = {
    "delivery_mode": (DELIVERY_MODES, labels.delivery),
    "doc_type": (DOC_TYPES, labels.doc_type),
    "urgency": (URGENCIES, labels.urgency),
    "confidentiality": (CONFIDENTIALITIES, labels.confidentiality),
}
DATES = ("letter_date", "register_date", "reply_due")


class CorrectFieldDialog(AsksBeforeDiscard, QDialog):
    """Choose a field, give its new value and say why; the old value stays in the history."""

    def __init__(self, letter: LetterHeading, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.letter = letter
        self.setWindowTitle(self.tr("Correct letter {number}").format(number=letter.registry_number))
        self.field = QComboBox()
        for name in CORRECTABLE_IN_UI:
            if letter.direction == "out" and name in ("sender_ref", "delivery_mode", "reply_due"):
                continue
            if letter.direction == "in" and name == "signatory":
                continue
            self.field.addItem(labels.field_name(name), name)
        self.old = QLabel()
        self.old.setWordWrap(True)
        self.value_holder = QVBoxLayout()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. typing mistake"))
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Field"), self.field)
        form.addRow(self.tr("Now"), self.old)
        form.addRow(self.tr("New value"), self.value_holder)
        form.addRow(self.tr("Reason"), self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.editor: QWidget | None = None
        self.field.currentIndexChanged.connect(self._field_changed)
        self._field_changed()
        self.resize(520, 260)

    def _field_changed(self) -> None:
        name = self.field.currentData()
        current = self.letter.values.get(name)
        self.old.setText(labels.short_date(current) if name in DATES else str(current or "—"))
        if self.editor is not None:
            self.editor.deleteLater()
        if name in CHOICES:
            codes, label = CHOICES[name]
            box = QComboBox()
            for code in codes:
                box.addItem(label(code), code)
            box.setCurrentIndex(max(0, box.findData(current)))
            self.editor = box
        elif name in DATES:
            edit = DateField(optional=name != "register_date")
            edit.set_date(current)
            self.editor = edit
        elif name == "summary":
            text = QPlainTextEdit(str(current or ""))
            text.setFixedHeight(80)
            self.editor = text
        else:
            self.editor = QLineEdit(str(current or ""))
        self.value_holder.addWidget(self.editor)

    def value(self) -> object:
        editor = self.editor
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, DateField):
            return editor.value()
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText()
        assert isinstance(editor, QLineEdit)
        text = editor.text()
        if self.field.currentData() == "pages":
            return int(text) if text.strip().isdigit() else text
        return text

    def _check(self) -> None:
        try:
            self.value()
        except ValueError:
            self.error.show_error(labels.error("bad_date", ""))
            return
        if not self.reason.text().strip():
            self.error.show_error(self.tr("Say why the field is corrected."))
            return
        self.accept()


class VoidDialog(AsksBeforeDiscard, QDialog):
    def __init__(self, letter: LetterHeading, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Void letter {number}").format(number=letter.registry_number))
        text = QLabel(
            self.tr(
                "A void letter stays in the register, struck through, with the reason. "
                "Its number is not given again. Use this only for a letter registered by mistake."
            )
        )
        text.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. registered twice"))
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Void the letter"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(QLabel(self.tr("Reason")))
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(480, 200)

    def _check(self) -> None:
        if not self.reason.text().strip():
            self.error.show_error(self.tr("Say why the letter is void."))
            return
        self.accept()
