"""What comes before the main window: creating the office on first run, and signing in."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.office import OfficeStore, SetupError, setup_office
from eoffice_desktop.core.people.accounts import (
    AccountError,
    LoginThrottle,
    TooManyTries,
    Viewer,
    first_local_password,
)
from eoffice_desktop.core.service import Office
from eoffice_desktop.core.storage.datadir import DataDirBusy, remember_data_dir
from eoffice_desktop.core.storage.db import DatabaseRefused
from eoffice_desktop.core.storage.opening_progress import UpdateStopped
from eoffice_desktop.ui import core_messages
from eoffice_desktop.ui.ops import Ops, wait_for
from eoffice_desktop.ui.resources import current_language, install_translation
from eoffice_desktop.ui.tasks import TaskRunner
from eoffice_desktop.ui.widgets import ErrorLabel
from eoffice_shared.refusals import Refusal

T = TypeVar("T")


class FirstRunDialog(QDialog):
    """Create the office and its first administrator (or, later, join one by enrolling with the server)."""

    def __init__(self, store: OfficeStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.stopped = ""  # (the sentence when the user stopped the update of a chosen folder's data: the app ends)
        self.actor: Actor | None = None
        self.stage = "new"  # "new"; "empty_server": enrolled, the server has no data yet; "joined"
        self.admin_names = ""
        self.office_name = ""  # the office joined (read with its administrators once it has arrived)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.runner = TaskRunner(self)
        self._office_ops: Ops | None = None
        self.joined = False
        self.join_button = QPushButton()
        self.join_button.setAutoDefault(False)  # Enter creates the office, wherever the focus is
        self.join_button.clicked.connect(self.join)
        # The language comes first and switches the window at once; its label is in both languages.
        self.language = QComboBox()
        self.language.addItem("ລາວ (Lao)", "lo")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(self.language.findData(current_language()))
        self.language.currentIndexChanged.connect(self._language_chosen)
        language_row = QHBoxLayout()
        language_row.addWidget(QLabel("ພາສາ / Language"))
        language_row.addWidget(self.language, 1)
        self.name_lo = QLineEdit()
        self.name_en = QLineEdit()
        self.code = QLineEdit()
        self.code.setMaxLength(32)
        self.username = QLineEdit("admin")
        self.full_name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password2 = QLineEdit()
        self.password2.setEchoMode(QLineEdit.EchoMode.Password)
        self.folder = QLineEdit(str(store.data_dir.root))
        self.folder.setReadOnly(True)
        self.change_folder = QPushButton()
        self.change_folder.setAutoDefault(False)
        self.change_folder.clicked.connect(self._choose_folder)
        folder_row = self.folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.change_folder)
        self.labels = {name: QLabel() for name in ("name_lo", "name_en", "code", "user", "full", "pw", "pw2", "dir")}
        form = self.form = QFormLayout()
        form.addRow(self.labels["name_lo"], self.name_lo)
        form.addRow(self.labels["name_en"], self.name_en)
        form.addRow(self.labels["code"], self.code)
        self.admin_title = QLabel()
        form.addRow(self.admin_title)
        form.addRow(self.labels["user"], self.username)
        form.addRow(self.labels["full"], self.full_name)
        form.addRow(self.labels["pw"], self.password)
        form.addRow(self.labels["pw2"], self.password2)
        self.data_title = QLabel()
        form.addRow(self.data_title)
        form.addRow(self.labels["dir"], folder_row)
        self.error = ErrorLabel()
        # Own buttons, not standard ones: Qt would put its English "OK" back when the language changes.
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.setDefault(True)
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(language_row)
        layout.addWidget(self.intro)
        layout.addWidget(self.join_button)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._retranslate()
        self.resize(560, 440)
        self.name_lo.setFocus()

    def _language_chosen(self) -> None:
        app = QApplication.instance()
        if app is not None:
            install_translation(app, self.language.currentData())
        self._retranslate()

    def _retranslate(self) -> None:
        """Every text of the window, in the language chosen now (also after joining the office)."""
        self.setWindowTitle(self.tr("Welcome to eOffice"))
        if self.stage == "joined":
            self.intro.setText(
                self.tr(
                    "This PC has joined {office}. Passwords stay on each PC: choose a password here for one of "
                    "the office's administrators ({names}); they then set the others' passwords in Users and "
                    "departments."
                ).format(office=self.office_name, names=self.admin_names)
            )
        elif self.stage == "empty_server":
            self.intro.setText(
                self.tr(
                    "This PC is connected to the server, but no data of this office is there yet. If this is the "
                    "office's first PC, enter the office and its first administrator and press Create."
                )
            )
        else:
            self.intro.setText(
                self.tr(
                    "This PC has no office yet. Enter your office and the first administrator. "
                    "The abbreviation is written in every registry number, e.g. 0369/ABBR."
                )
            )
        self.join_button.setText(self.tr("This office already uses eOffice on the server: join it…"))
        self.join_button.setToolTip(self.tr("IT staff: you need the server address and a one-time enrolment code."))
        self.name_lo.setPlaceholderText(self.tr("e.g. ຫ້ອງການປົກຄອງເມືອງໄຊເສດຖາ"))
        self.code.setPlaceholderText(self.tr("e.g. ຊສຖ"))
        self.folder.setToolTip(
            self.tr("Letters and attachments are kept here. A second disk (e.g. D:) survives a reinstall of Windows.")
        )
        self.change_folder.setText(self.tr("Change…"))
        texts = {
            "name_lo": self.tr("Office name (Lao)"),
            "name_en": self.tr("Office name (English)"),
            "code": self.tr("Abbreviation"),
            "user": self.tr("User name"),
            "full": self.tr("Full name"),
            "pw": self.tr("Password (8 characters or more)"),
            "pw2": self.tr("Password again"),
            "dir": self.tr("Data folder"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        if self.stage == "joined":
            self.admin_title.setText(self.tr("<b>An administrator's password on this PC</b>"))
            self.ok_button.setText(self.tr("Finish"))
        else:
            self.admin_title.setText(self.tr("<b>First administrator</b>"))
            self.ok_button.setText(self.tr("Create the office"))
        self.data_title.setText(self.tr("<b>Where the data is kept</b>"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.error.show_error("")

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Where should eOffice keep its data?"), self.folder.text()
        )
        if chosen:
            folder = Path(chosen)
            # An empty folder or an existing eOffice data folder is used as it is; otherwise a subfolder keeps
            # eOffice's files apart from what is already there.
            reuse = (folder / "eoffice.sqlite").exists() or not any(folder.iterdir())
            self.folder.setText(str(folder if reuse else folder / "eOffice"))
            self.ok_button.setEnabled(True)  # (a folder whose office could not be read is left behind)
            self.error.show_error("")

    def _switch_folder(self) -> bool:
        """Open the chosen data folder instead of the default one. A folder that already holds an office (copied
        from another disk, or restored) is used as it is."""
        chosen = Path(self.folder.text())
        if chosen == self.store.data_dir.root:
            return True
        from eoffice_desktop.ui.update_progress import UpdateProgress

        update = UpdateProgress(self)  # (it may migrate an older database: its window then, with Cancel)
        self.setEnabled(False)  # (clicks go to that window alone)
        try:
            other = update.open_store(self.runner, chosen)
        except UpdateStopped as exc:  # the user stopped the update: the app ends, saying so (ui/app.py)
            self.stopped = core_messages.text(exc)
            self.reject()
            return False
        except (OSError, DataDirBusy, DatabaseRefused) as exc:
            from eoffice_desktop.ui.drive_words import file_error  # (only when it is needed: not at every start)

            why = core_messages.text(exc) if isinstance(exc, Refusal) else file_error(exc)
            self.error.show_error(self.tr("This folder cannot be used: {error}").format(error=why))
            return False
        finally:
            self.setEnabled(True)
        self.store.close()
        self.store = other
        remember_data_dir(chosen)
        return True

    def join(self) -> None:
        """Enrol with the server (IT staff's code), then receive the office. When people arrived, the dialog asks
        for an administrator's password on this PC; when the server has nothing yet (the office's first PC), the
        office is created here under the server's office."""
        from eoffice_desktop.ui.join_office import enrol, receive_office

        if not self._switch_folder() or not enrol(self, self.store, self.runner):
            return
        problem = receive_office(self, self.store, self.runner)
        if problem is not None:
            self.error.show_error(problem)
            return
        self.error.show_error("")
        set_up = self._is_set_up()
        if set_up is None:
            return
        if not set_up:
            self.stage = "empty_server"
            self._retranslate()
            self.join_button.hide()
            return
        read, problem = self._ops().ask_or_refusal(
            lambda office: (office.office_names(), office.administrators()), None
        )
        if read is None:  # (the office arrived and stays: the next try reads it again)
            self.error.show_error(problem)
            self.ok_button.setEnabled(False)
            return
        self.ok_button.setEnabled(True)
        names, admins = read
        self.joined = True
        self.stage = "joined"
        self.office_name, self.admin_names = names.lao, ", ".join(admins)
        self._retranslate()
        self.username.setText(admins[0] if admins else "")
        for widget in (self.name_lo, self.name_en, self.code, self.full_name, self.data_title):
            self.form.setRowVisible(widget, False)
        self.form.setRowVisible(self.folder_row, False)
        self.join_button.hide()
        self.adjustSize()
        self.password.setFocus()

    def create(self) -> None:
        if self.password.text() != self.password2.text():
            self.error.show_error(self.tr("The two passwords differ."))
            return
        if self.joined:
            try:
                username, password = self.username.text(), self.password.text()
                self.actor = self._ops().change_and_wait(
                    lambda office: first_local_password(office.store, username, password)
                )
            except Exception as exc:  # a refusal in its words; any other failure in one sentence, its reason logged
                self.error.show_error(core_messages.not_done(exc))
                return
            self._save_language()
            self.accept()
            return
        if not self._switch_folder():
            return
        set_up = self._is_set_up()
        if set_up is None:
            return
        if set_up:
            names, problem = self._ops().ask_or_refusal(lambda office: office.office_names(), None)
            if names is None:  # (until another folder is chosen)
                self.error.show_error(problem)
                self.ok_button.setEnabled(False)
                return
            QMessageBox.information(
                self,
                self.tr("Welcome to eOffice"),
                self.tr("This folder already holds the data of {office}. eOffice will use it.").format(
                    office=names.lao
                ),
            )
            self.accept()
            return
        fields = (
            self.code.text(),
            self.name_lo.text(),
            self.name_en.text(),
            self.username.text(),
            self.full_name.text(),
            self.password.text(),
        )
        try:
            self.actor = self._ops().change_and_wait(lambda office: setup_office(office.store, *fields))
        except SetupError as exc:
            self.error.show_error(core_messages.text(exc))
            return
        self._save_language()
        self.accept()

    def _save_language(self) -> None:
        language = self.language.currentData()
        self._ops().change_and_wait(lambda office: office.save_settings({"ui.language": language}))

    def _is_set_up(self) -> bool | None:
        """Whether the data folder chosen holds an office (read on the reader pool while the window paints); None when
        it cannot be read (a damaged database): the window says so and waits for another folder or another try."""
        store = self.store
        try:
            return bool(wait_for(self.runner, store.is_set_up, write=False))
        except Exception as exc:  # (whatever it was: the person gets a sentence, the log the details)
            core_messages.log_failure("the data folder could not be read", exc)
            self.error.show_error(core_messages.unreadable(exc))
            self.ok_button.setEnabled(False)
            return None

    def _ops(self) -> Ops:
        """The office's operations, for the data folder chosen now (it may change until the office is made)."""
        if self._office_ops is None or self._office_ops.office.store is not self.store:
            self._office_ops = Ops.of(self.store, self.runner, parent=self)
        return self._office_ops


class LoginDialog(QDialog):
    """Sign in (also used to switch user and to unlock after the idle time)."""

    def __init__(
        self,
        store: OfficeStore,
        throttle: LoginThrottle,
        hint: str = "",
        username: str = "",
        parent: QWidget | None = None,
        locked: bool = False,
        runner: TaskRunner | None = None,
    ) -> None:
        """The office's name and the password check are read on `runner`'s reader pool (its own if none is given):
        the window being locked, and this one, keep painting meanwhile."""
        super().__init__(parent)
        self.store, self.throttle = store, throttle
        self.runner = runner or TaskRunner(self)
        self.office = Office(store)
        self.viewer: Viewer | None = None
        office = self._read(self.office.office_names)  # (needed before the window shows: its title)
        self.setWindowTitle(self.tr("eOffice is locked") if locked else self.tr("Sign in to eOffice"))
        title = QLabel(f"<b>{office.lao}</b><br>{office.english}")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.username = QLineEdit(username)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        self.error = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        if hint:
            note = QLabel(hint)
            note.setWordWrap(True)
            note.setStyleSheet("color: #555;")
            layout.addWidget(note)
        layout.addWidget(self.error)
        buttons = self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Unlock") if locked else self.tr("Sign in"))
        if locked:
            buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Switch user"))
            self.username.setReadOnly(True)
        buttons.accepted.connect(self.sign_in)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.password if username else self.username).setFocus()
        self.resize(420, 240)

    def _read(self, question: Callable[[], T]) -> T:
        return wait_for(self.runner, question, write=False)

    def sign_in(self) -> None:
        """The password is checked on the reader pool (its hash is slow on purpose); the buttons wait meanwhile."""
        office, throttle = self.office, self.throttle
        username, password = self.username.text(), self.password.text()
        self.buttons.setEnabled(False)
        try:
            self.viewer = self._read(lambda: office.sign_in(username, password, throttle))
        except TooManyTries as exc:
            self.error.show_error(
                self.tr("Too many wrong passwords. Wait {seconds} seconds and try again.").format(
                    seconds=int(exc.seconds) + 1
                )
            )
            return
        except AccountError:
            self.password.clear()
            self.error.show_error(self.tr("The user name or the password is wrong."))
            return
        finally:
            self.buttons.setEnabled(True)
        self.accept()
