"""The main window's toolbar and menus, and what each of their actions does (mostly: open a dialog with what it
needs). The window passes itself: these are its actions, kept apart from its layout."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QToolBar

from eoffice_desktop import __version__
from eoffice_desktop.core.people.rights import allowed
from eoffice_desktop.ui import core_messages

if TYPE_CHECKING:
    from eoffice_desktop.ui.main_window import MainWindow


class WindowMenus(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.store, self.runner, self.ops = window.store, window.runner, window.ops
        self.actor, self.viewer = window.actor, window.viewer

    def _action(self, text: str, slot: object, shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(text, self.window, triggered=slot)
        if shortcut is not None:
            action.setShortcut(shortcut)
        return action

    def build(self) -> None:
        w = self.window
        toolbar = QToolBar(self.tr("Main"))
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        w.addToolBar(toolbar)
        w.new_in = self._action(
            self.tr("New incoming letter"), lambda: w.new_letter("in"), QKeySequence(QKeySequence.StandardKey.New)
        )
        w.new_out = self._action(
            self.tr("New outgoing letter"), lambda: w.new_letter("out"), QKeySequence("Ctrl+Shift+N")
        )
        w.export_action = self._action(self.tr("Export CSV…"), self.export_register)
        refresh = self._action(self.tr("Refresh"), w.refresh, QKeySequence("F5"))  # (not Ctrl+R)
        for action in (w.new_in, w.new_out, w.export_action, refresh):
            toolbar.addAction(action)
        for action, service in ((w.new_in, "register"), (w.new_out, "register"), (w.export_action, "export")):
            action.setVisible(allowed(self.viewer, service))
            action.setEnabled(allowed(self.viewer, service))  # no shortcut (Ctrl+N) for what the core refuses
        toolbar.addSeparator()
        toolbar.addWidget(w.search)
        w.addAction(self._action("", w.focus_search, QKeySequence(QKeySequence.StandardKey.Find)))

        file_menu = w.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(w.new_in)
        file_menu.addAction(w.new_out)
        file_menu.addAction(w.export_action)
        import_action = self._action(self.tr("Import a register…"), self.import_register)
        import_action.setVisible(allowed(self.viewer, "register"))
        file_menu.addAction(import_action)
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("Save changes for USB…"), w.usb.save))
        file_menu.addAction(self._action(self.tr("Load changes from USB…"), w.usb.load))
        file_menu.addAction(self._action(self.tr("Verify a signed package…"), lambda: self.verify_package()))
        file_menu.addAction(self._action(self.tr("Print the register book…"), self.print_register))
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("Quit"), w.close, QKeySequence(QKeySequence.StandardKey.Quit)))

        w.menuBar().addMenu(w.view.letter_menu(self.tr("&Letter")))
        office_menu = w.menuBar().addMenu(self.tr("&Office"))
        office_menu.addAction(self._action(self.tr("Overview for the head of office"), self.dashboard))
        office_menu.addAction(self._action(self.tr("Delegate my inbox…"), self.delegate))
        w.address_action = self._action(self.tr("Address book…"), self.address_book)
        office_menu.addAction(w.address_action)
        w.users_action = self._action(self.tr("Users and departments…"), self.manage_users)
        w.users_action.setVisible(allowed(self.viewer, "manage_users"))
        office_menu.addAction(w.users_action)
        office_menu.addAction(self._action(self.tr("My signing key…"), self.signing_key))
        w.trust_action = self._action(self.tr("Trusted certificate authorities…"), self.trusted_cas)
        w.trust_action.setVisible(allowed(self.viewer, "trust_ca"))
        office_menu.addAction(w.trust_action)
        w.backup_action = self._action(self.tr("Back up to a USB drive…"), self.back_up)
        w.backup_action.setVisible(allowed(self.viewer, "backup"))
        office_menu.addAction(w.backup_action)
        office_menu.addSeparator()
        office_menu.addAction(self._action(self.tr("Sync now"), lambda: w.sync_worker.sync_now()))
        office_menu.addAction(self._action(self.tr("Enrol this PC with a server…"), self.enrol))
        office_menu.addSeparator()
        office_menu.addAction(self._action(self.tr("Switch user…"), w.switch_user))
        office_menu.addAction(self._action(self.tr("Lock"), w.lock, QKeySequence("Ctrl+L")))
        settings_menu = w.menuBar().addMenu(self.tr("&Settings"))
        settings_menu.addAction(self._action(self.tr("Settings…"), self.open_settings))
        help_menu = w.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(
            self._action(self.tr("User guide"), self.guide, QKeySequence(QKeySequence.StandardKey.HelpContents))
        )
        help_menu.addAction(self._action(self.tr("Save diagnostics for support…"), self.diagnostics))
        help_menu.addAction(self._action(self.tr("About eOffice"), self.about))

    # -- File ----------------------------------------------------------------------------------------------------
    def export_register(self) -> None:
        from eoffice_desktop.ui.export_dialog import ExportDialog

        w = self.window
        ExportDialog(self.store, self.runner, w.direction, w, user_id=self.actor.user_id).exec()

    def import_register(self) -> None:
        from eoffice_desktop.ui.import_dialog import ImportDialog

        ImportDialog(self.store, self.actor, self.runner, self.window, ops=self.ops).exec()

    def verify_package(self, path: Path | None = None) -> None:
        from eoffice_desktop.ui.signatures_package import VerifyPackageDialog

        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self.window, self.tr("Verify a signed package"), "", self.tr("Signed package (*.zip)")
            )
            path = Path(name) if name else None
        if path:
            VerifyPackageDialog(self.store, self.runner, path, self.window).exec()

    def print_register(self) -> None:
        from eoffice_desktop.ui.register_book import RegisterBookDialog

        RegisterBookDialog(
            self.store, self.viewer, self.window.direction, self.runner, self.window, ops=self.ops
        ).exec()

    # -- Office --------------------------------------------------------------------------------------------------
    def dashboard(self) -> None:
        from eoffice_desktop.ui.dashboard import DashboardDialog

        dialog = DashboardDialog(self.store, self.viewer, self.window, hub=self.ops.hub, ops=self.ops)
        dialog.open_letter.connect(self.window.open_from_anywhere)
        dialog.exec()

    def delegate(self) -> None:
        from eoffice_desktop.ui.people_dialogs import DelegateDialog

        DelegateDialog(self.store, self.actor, self.window, ops=self.ops).exec()

    def address_book(self) -> None:
        from eoffice_desktop.ui.address_book import AddressBookDialog

        AddressBookDialog(self.store, self.actor, self.runner, self.window, ops=self.ops).exec()

    def manage_users(self) -> None:
        from eoffice_desktop.ui.people_dialogs import UsersDialog

        UsersDialog(self.store, self.actor, self.window, ops=self.ops).exec()

    def signing_key(self) -> None:
        from eoffice_desktop.ui.key_dialog import SigningKeyDialog
        from eoffice_shared.signing.keys import KeyStore, default_key_folder

        keys = KeyStore(default_key_folder(self.store.data_dir.root))
        SigningKeyDialog(self.store, self.runner, self.viewer.user_id, keys, self.window).exec()
        self.window.lock_signing_keys()
        self.window.show_selected_letter()

    def trusted_cas(self) -> None:
        from eoffice_desktop.ui.key_trust import TrustDialog

        TrustDialog(self.store, self.runner, self.actor, self.window, ops=self.ops).exec()
        self.window.show_selected_letter()

    def back_up(self) -> None:
        from eoffice_desktop.ui.backup_dialog import BackupDialog

        BackupDialog(self.store, self.runner, self.window, user_id=self.actor.user_id).exec()

    def enrol(self) -> None:
        from eoffice_desktop.ui.enrol_dialog import EnrolDialog

        w = self.window
        if EnrolDialog(self.store, self.runner, w).exec():
            w.sync_indicator.refresh()
            w.sync_worker.start()

    # -- Settings and Help ---------------------------------------------------------------------------------------
    def open_settings(self) -> None:
        from eoffice_desktop.ui.settings_dialog import SettingsDialog

        w = self.window
        SettingsDialog(self.store, w, self.runner, actor=self.actor, ops=self.ops).exec()
        w.sync_indicator.refresh()
        w.sync_worker.start()  # enrolled from the settings, or other data-saving choices: try now
        w.ocr_status.apply_setting()

    def diagnostics(self) -> None:
        from eoffice_desktop.core.support.diagnostics import write_diagnostics
        from eoffice_desktop.core.support.logs import default_log_dir

        w = self.window
        target, _ = QFileDialog.getSaveFileName(
            w, self.tr("Save diagnostics"), "eoffice-diagnostics.zip", "ZIP (*.zip)"
        )
        if not target:
            return
        data_dir = self.store.data_dir
        self.runner.run(
            lambda job: write_diagnostics(data_dir, default_log_dir(), Path(target)),
            lambda _path: QMessageBox.information(
                w,
                self.tr("Diagnostics saved"),
                self.tr("Send this file to IT support. It holds no letters, passwords or keys."),
            ),
            lambda exc: QMessageBox.warning(w, self.tr("Not done"), core_messages.not_done(exc)),
        )

    def guide(self) -> None:
        from eoffice_desktop.ui.help_guide import GuideDialog

        GuideDialog(self.window).exec()

    def about(self) -> None:
        QMessageBox.about(
            self.window,
            self.tr("About eOffice"),
            self.tr(
                "eOffice Desktop {version}\nThe registry of official letters, offline first.\nData folder: {folder}"
            ).format(version=__version__, folder=self.store.data_dir.root),
        )
