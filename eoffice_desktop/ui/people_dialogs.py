"""People of the office: the administrator's list of users and departments, and handing my inbox to a colleague
while I am away."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from eoffice_desktop.core.changes import Changes
from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.people.accounts import (
    ROLES,
    create_department,
    create_user,
    reset_password,
    update_user,
)
from eoffice_desktop.core.routing.actions import delegate
from eoffice_desktop.core.service.office import Person
from eoffice_desktop.ui import core_messages
from eoffice_desktop.ui.labels import role as role_name
from eoffice_desktop.ui.ops import Ops
from eoffice_desktop.ui.typed_input import AsksBeforeDiscard
from eoffice_desktop.ui.widgets import DateField, ErrorLabel

PEOPLE = Changes(people=True, inbox=True)  # (a delegation, a user's roles or leaving change whose inbox a letter is in)


class UserDialog(AsksBeforeDiscard, QDialog):
    """A new user (name, roles, department, first password), or, given `user`, that user's roles, department and
    job title to change."""

    def __init__(
        self, store: OfficeStore, parent: QWidget | None = None, user: Person | None = None, ops: Ops | None = None
    ) -> None:
        super().__init__(parent)
        self.ops = ops or Ops.of(store, parent=self)
        self.setWindowTitle(self.tr("New user") if user is None else self.tr("Change user"))
        self.username = QLineEdit(user.username if user else "")
        self.full_name = QLineEdit(user.display_name if user else "")
        self.job_title = QLineEdit(user.title if user else "")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.roles = {role: QCheckBox(role_name(role)) for role in ROLES}
        for role in user.roles.split(",") if user else ["official"]:
            if role in self.roles:
                self.roles[role].setChecked(True)
        roles_box = QWidget()
        roles_layout = QHBoxLayout(roles_box)
        roles_layout.setContentsMargins(0, 0, 0, 0)
        for box in self.roles.values():
            roles_layout.addWidget(box)
        self.department = QComboBox()
        self.department.addItem(self.tr("(none)"), None)
        departments, unread = self.ops.ask_or_refusal(lambda office: office.departments(), [])  # (reader pool)
        for dept_id, name in departments:
            self.department.addItem(name, dept_id)
        if user is not None:
            self.department.setCurrentIndex(max(0, self.department.findData(user.department_id)))
            # The user name and full name travel with every event the user made; they are not changed here.
            self.username.setReadOnly(True)
            self.full_name.setReadOnly(True)
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Full name"), self.full_name)
        form.addRow(self.tr("Job title"), self.job_title)
        form.addRow(self.tr("Roles"), roles_box)
        form.addRow(self.tr("Department"), self.department)
        if user is None:
            form.addRow(self.tr("First password"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.error = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if unread:  # without the departments, OK would take the user out of theirs: the reason, and only Cancel
            self.error.show_error(unread)
            buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def chosen_roles(self) -> list[str]:
        return [role for role, box in self.roles.items() if box.isChecked()]


class UsersDialog(QDialog):
    def __init__(self, store: OfficeStore, actor: Actor, parent: QWidget | None = None, ops: Ops | None = None) -> None:
        super().__init__(parent)
        self.store, self.actor = store, actor
        self.ops = ops or Ops.of(store, parent=self)
        self.setWindowTitle(self.tr("Users and departments"))
        self.table = QTableWidget()
        self.table.setAccessibleName(self.tr("Users"))
        self.table.setColumnCount(5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("User name"), self.tr("Full name"), self.tr("Roles"), self.tr("Department"), self.tr("Active")]
        )
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.cellDoubleClicked.connect(lambda _row, _column: self.change_user())
        self.error = ErrorLabel()
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("Add user…"), self.add_user),
            (self.tr("Change roles, department, title…"), self.change_user),
            (self.tr("Reset password…"), self.reset),
            (self.tr("Disable / enable"), self.toggle),
            (self.tr("Add department…"), self.add_dept),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.resize(820, 480)
        self.reload()

    def reload(self) -> None:
        (departments, users), unread = self.ops.ask_or_refusal(
            lambda office: (office.departments(), office.people(active_only=False)), ([], [])
        )
        if unread:
            self.error.show_error(unread)
        depts = dict(departments)
        self.table.setRowCount(len(users))
        for row, user in enumerate(users):
            values = [
                user.username,
                user.display_name,
                ", ".join(role_name(r) for r in user.roles.split(",") if r),
                depts.get(user.department_id or "", ""),
                self.tr("yes") if user.active else self.tr("no"),
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, (user.id, user.active))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()

    def _selected(self) -> tuple[str, bool] | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _try(self, work: Callable[[OfficeStore], object]) -> None:
        """Run a change of people on the writer thread (values read from the widgets before)."""
        try:
            self.ops.change_and_wait(lambda office: (work(office.store), PEOPLE)[1])
        except Exception as exc:  # a refusal in its words; any other failure in one sentence (its reason to the log)
            self.error.show_error(core_messages.not_done(exc))
            return
        self.error.show_error("")
        self.reload()

    def add_user(self) -> None:
        dialog = UserDialog(self.store, self, ops=self.ops)
        if dialog.exec():
            actor = self.actor
            fields = (dialog.username.text(), dialog.full_name.text(), dialog.password.text(), dialog.chosen_roles())
            title, department = dialog.job_title.text(), dialog.department.currentData()
            self._try(lambda store: create_user(store, actor, *fields, title, department))

    def change_user(self) -> None:
        chosen = self._selected()
        if chosen is None:
            self.error.show_error(self.tr("Choose a user in the list first."))
            return
        user, unread = self.ops.ask_or_refusal(lambda office: office.person(chosen[0]), None)
        if user is None:
            self.error.show_error(unread)
            return
        dialog = UserDialog(self.store, self, user=user, ops=self.ops)
        if dialog.exec():
            actor, roles = self.actor, dialog.chosen_roles()
            department, title = dialog.department.currentData() or "", dialog.job_title.text()
            self._try(
                lambda store: update_user(store, actor, chosen[0], roles=roles, department_id=department, title=title)
            )

    def reset(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        password, ok = QInputDialog.getText(
            self, self.tr("Reset password"), self.tr("New password:"), QLineEdit.EchoMode.Password
        )
        if ok:
            actor = self.actor
            self._try(lambda store: reset_password(store, actor, chosen[0], password))

    def toggle(self) -> None:
        chosen = self._selected()
        if chosen is not None:
            actor = self.actor
            self._try(lambda store: update_user(store, actor, chosen[0], active=not chosen[1]))

    def add_dept(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add department"), self.tr("Department name (Lao):"))
        if ok and name.strip():
            actor = self.actor
            self._try(lambda store: create_department(store, actor, name))


class DelegateDialog(QDialog):
    """While I am on leave, a colleague acts on the letters sent to me."""

    def __init__(self, store: OfficeStore, actor: Actor, parent: QWidget | None = None, ops: Ops | None = None) -> None:
        super().__init__(parent)
        self.store, self.actor = store, actor
        self.ops = ops or Ops.of(store, parent=self)
        self.setWindowTitle(self.tr("Delegate my inbox"))
        self.colleague = QComboBox()
        people, unread = self.ops.ask_or_refusal(lambda office: office.people(), [])  # (read on the reader pool)
        for user in people:
            if user.id != actor.user_id:
                self.colleague.addItem(user.display_name, user.id)
        self.start = DateField(optional=False)
        self.start.set_date(date.today())
        self.end = DateField(optional=False)
        self.end.set_date(date.today() + timedelta(days=7))
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Colleague"), self.colleague)
        form.addRow(self.tr("From"), self.start)
        form.addRow(self.tr("Until"), self.end)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if unread:  # no colleague to choose: the reason, and only Cancel
            self.error.show_error(unread)
            buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def save(self) -> None:
        try:
            start, end = self.start.value(), self.end.value()
        except ValueError:
            start = end = None
        if start is None or end is None:
            self.error.show_error(self.tr("Write the dates as day/month/year."))
            return
        actor, colleague = self.actor, self.colleague.currentData()
        try:
            self.ops.change_and_wait(lambda office: (delegate(office.store, actor, colleague, start, end), PEOPLE)[1])
        except Exception as exc:  # the form's refusal field by field in the user's language, or what went wrong
            self.error.show_error(core_messages.not_done(exc))
            return
        self.accept()
