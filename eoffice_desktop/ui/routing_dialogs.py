"""Dialogs to move a letter: send it to people or departments (with saved routes), complete it, and write a
minute, comment or reason."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.routing.actions import ACTIONS, OUTCOMES, Recipient
from eoffice_desktop.core.service import LetterHeading
from eoffice_desktop.core.service.office import RouteChoices
from eoffice_desktop.ui import labels
from eoffice_desktop.ui.ops import Ops
from eoffice_desktop.ui.typed_input import AsksBeforeDiscard
from eoffice_desktop.ui.widgets import DateField, ErrorLabel


class RouteDialog(AsksBeforeDiscard, QDialog):
    """Tick people and departments, choose each one's action, write the minute; the due date follows urgency."""

    def __init__(
        self, store: OfficeStore, letter: LetterHeading, me: str, parent: QWidget | None = None, ops: Ops | None = None
    ) -> None:
        super().__init__(parent)
        self.ops = ops or Ops.of(store, parent=self)
        self.store = store
        self.setWindowTitle(self.tr("Send letter {number}").format(number=letter.registry_number))
        urgency = letter.urgency
        choices, unread = self.ops.ask_or_refusal(  # (read on the reader pool)
            lambda office: office.route_choices(me, urgency), RouteChoices([], [], date.today(), [])
        )
        self.saved = choices.saved
        due = choices.due
        self.targets = QListWidget()
        self.targets.setAccessibleName(self.tr("People and departments to send it to"))
        for dept_id, name in choices.departments:
            self._add_target(self.tr("Department: {name}").format(name=name), ("department", dept_id))
        for user_id, display_name, user_title in choices.people:
            title = f" — {user_title}" if user_title else ""
            self._add_target(f"{display_name}{title}", ("user", user_id))
        self.action = QComboBox()
        for code in ACTIONS:
            self.action.addItem(labels.action(code), code)
        self.targets.currentItemChanged.connect(self._show_action)
        self.action.currentIndexChanged.connect(self._set_action)
        self.minute = QPlainTextEdit()
        self.minute.setPlaceholderText(self.tr("Instruction (minute), e.g. 'Please prepare an answer by Friday'"))
        self.minute.setFixedHeight(80)
        self.due = DateField(optional=True)
        self.due.set_date(due)
        self.saved_box = QComboBox()
        self.saved_box.addItem(self.tr("(saved routes)"), None)
        for route in self.saved:
            self.saved_box.addItem(route.name, route.name)
        self.saved_box.activated.connect(self._apply_saved)
        save = QPushButton(self.tr("Save this route…"))
        save.clicked.connect(self._save_route)
        top = QHBoxLayout()
        top.addWidget(self.saved_box, 1)
        top.addWidget(save)
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Action for the selected person"), self.action)
        form.addRow(self.tr("Minute"), self.minute)
        form.addRow(self.tr("Due date"), self.due)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Send"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("Send to (tick one or more):")))
        layout.addWidget(self.targets, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, 600)
        self.targets.setFocus()  # arrows choose a person, Space ticks them, Enter sends
        if unread:  # nobody to send it to: the reason, and only Cancel
            self.error.show_error(unread)
            for widget in (buttons.button(QDialogButtonBox.StandardButton.Ok), save, self.saved_box):
                widget.setEnabled(False)

    def _add_target(self, text: str, target: tuple[str, str]) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, target)
        item.setData(Qt.ItemDataRole.UserRole + 1, "for_action")
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        self.targets.addItem(item)
        self._label(item)

    def _label(self, item: QListWidgetItem) -> None:
        base = item.text().split("  [")[0]
        if item.checkState() == Qt.CheckState.Checked:
            item.setText(f"{base}  [{labels.action(item.data(Qt.ItemDataRole.UserRole + 1))}]")
        else:
            item.setText(base)

    def _show_action(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.action.blockSignals(True)
            self.action.setCurrentIndex(max(0, self.action.findData(item.data(Qt.ItemDataRole.UserRole + 1))))
            self.action.blockSignals(False)

    def _set_action(self) -> None:
        item = self.targets.currentItem()
        if item is not None:
            item.setData(Qt.ItemDataRole.UserRole + 1, self.action.currentData())
            item.setCheckState(Qt.CheckState.Checked)
            self._label(item)

    def select(self, kind: str, target_id: str, action: str = "for_action") -> None:
        for row in range(self.targets.count()):
            item = self.targets.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == (kind, target_id):
                item.setData(Qt.ItemDataRole.UserRole + 1, action)
                item.setCheckState(Qt.CheckState.Checked)
                self._label(item)

    def recipients(self) -> list[Recipient]:
        due = self.due.value()
        chosen = []
        for row in range(self.targets.count()):
            item = self.targets.item(row)
            if item.checkState() != Qt.CheckState.Checked:
                continue
            kind, target = item.data(Qt.ItemDataRole.UserRole)
            action = item.data(Qt.ItemDataRole.UserRole + 1)
            chosen.append(
                Recipient(
                    user_id=target if kind == "user" else None,
                    department_id=target if kind == "department" else None,
                    action=action,
                    due=due,
                )
            )
        return chosen

    def _apply_saved(self, index: int) -> None:
        name = self.saved_box.itemData(index)
        route = next((r for r in self.saved if r.name == name), None)
        if route is None:
            return
        for r in route.recipients:
            kind, target = ("user", r["user_id"]) if r.get("user_id") else ("department", r.get("department_id"))
            self.select(kind, str(target), str(r.get("action") or "for_action"))
        if route.minute and not self.minute.toPlainText():
            self.minute.setPlainText(route.minute)

    def _save_route(self) -> None:
        try:
            recipients = self.recipients()
        except ValueError:
            recipients = []
        if not recipients:
            self.error.show_error(self.tr("Tick the people or departments first."))
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Save this route"), self.tr("Name, e.g. 'Budget letters: Finance, copy to the deputy'")
        )
        if ok and name.strip():
            minute = self.minute.toPlainText()
            self.ops.change_and_wait(lambda office: office.save_route(name, recipients, minute))

    def _check(self) -> None:
        try:
            recipients = self.recipients()
        except ValueError:
            self.error.show_error(labels.error("bad_date", ""))
            return
        if not recipients:
            self.error.show_error(self.tr("Tick at least one person or department."))
            return
        self.accept()


class CompleteDialog(AsksBeforeDiscard, QDialog):
    def __init__(
        self, store: OfficeStore, letter: LetterHeading, parent: QWidget | None = None, ops: Ops | None = None
    ) -> None:
        super().__init__(parent)
        self.ops = ops or Ops.of(store, parent=self)
        self.setWindowTitle(self.tr("Complete letter {number}").format(number=letter.registry_number))
        self.outcome = QComboBox()
        for code in OUTCOMES:
            self.outcome.addItem(labels.outcome(code), code)
        self.reply = QComboBox()
        self.reply.addItem(self.tr("(choose the outgoing letter)"), None)
        answers, unread = self.ops.ask_or_refusal(lambda office: office.answer_choices(), [])
        for letter_id, text in answers:
            self.reply.addItem(text, letter_id)
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(60)
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Outcome"), self.outcome)
        form.addRow(self.tr("Answered by"), self.reply)
        form.addRow(self.tr("Note"), self.note)
        self.outcome.currentIndexChanged.connect(self._outcome_chosen)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Complete"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.outcome.setFocus()  # arrows choose the outcome, Enter completes
        if unread:  # the letter that answered it cannot be chosen: the reason, and only Cancel
            self.error.show_error(unread)
            buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def _outcome_chosen(self) -> None:
        """Only an answered letter needs its answer: otherwise the hint to choose one goes, and its error too."""
        answered = self.outcome.currentData() == "answered"
        self.reply.setEnabled(answered)
        hint = self.tr("(choose the outgoing letter)") if answered else self.tr("(not needed)")
        self.reply.setItemText(0, hint)
        if not answered:
            self.reply.setCurrentIndex(0)
            self.error.hide()

    def _check(self) -> None:
        if self.outcome.currentData() == "answered" and not self.reply.currentData():
            self.error.show_error(self.tr("Choose the outgoing letter that answers it."))
            return
        self.accept()


class _TextDialog(AsksBeforeDiscard, QInputDialog):
    """Qt's window for a few lines of text, asking before Cancel or Escape throws away what was written."""


def multi_line_text(parent: QWidget, title: str, label: str, text: str = "") -> tuple[str, bool]:
    """(the text, True) when the person pressed OK; as QInputDialog.getMultiLineText."""
    dialog = _TextDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
    dialog.setTextValue(text)
    ok = dialog.exec() == QDialog.DialogCode.Accepted
    return dialog.textValue(), ok


def ask_text(parent: QWidget, title: str, label: str) -> str | None:
    """A short multi-line text (comment, reason); None when cancelled or empty."""
    text = ""
    while True:
        text, ok = multi_line_text(parent, title, label, text)
        if not ok:
            return None
        if text.strip():
            return text.strip()
        QMessageBox.warning(  # (an empty reason used to close the window as if it had worked)
            parent,
            title,
            QCoreApplication.translate("AskText", "Nothing is written yet: write a few words, or Cancel."),
        )
