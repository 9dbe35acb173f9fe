"""Users and departments in the window: an administrator changes a user's roles, department and title, and the
window then shows that user only what the rights table allows."""

from __future__ import annotations

from sqlalchemy import select

from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.people.accounts import create_department, create_user, viewer_of
from eoffice_desktop.core.storage.models import User
from eoffice_desktop.ui import people_dialogs
from eoffice_desktop.ui.people_dialogs import UsersDialog


def _admin(store: OfficeStore):  # type: ignore[no-untyped-def]
    with store.db.session() as s:
        user = s.scalars(select(User).where(User.username == "admin")).one()
        return store.actor(user.id)


def test_admin_changes_roles_department_and_title(qtbot, app, demo_store, monkeypatch):  # type: ignore[no-untyped-def]
    admin = _admin(demo_store)
    user_id = create_user(demo_store, admin, "vanh", "ທ່ານ ວັນ", "password1", ["official"])
    finance = create_department(demo_store, admin, "ພະແນກ ບັນຊີ")
    dialog = UsersDialog(demo_store, admin)
    qtbot.addWidget(dialog)
    row = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == "vanh")
    dialog.table.selectRow(row)

    def answer(form: people_dialogs.UserDialog) -> int:
        assert form.username.isReadOnly() and form.roles["official"].isChecked()
        form.roles["official"].setChecked(False)
        form.roles["signer"].setChecked(True)
        form.department.setCurrentIndex(form.department.findData(finance))
        form.job_title.setText("ຮອງຫົວໜ້າ")
        return 1

    monkeypatch.setattr(people_dialogs.UserDialog, "exec", answer)
    dialog.change_user()
    assert dialog.error.text() == ""
    with demo_store.db.session() as s:
        user = s.get(User, user_id)
        assert (user.roles, user.department_id, user.title) == ("signer", finance, "ຮອງຫົວໜ້າ")
        assert viewer_of(s, user_id).has("signer")
    roles_shown = dialog.table.item(row, 2).text()
    assert roles_shown == "Signer"


def test_the_window_hides_what_the_core_refuses(qtbot, app, demo_store):  # type: ignore[no-untyped-def]
    from eoffice_desktop.ui.main_window import MainWindow

    admin = _admin(demo_store)
    user_id = create_user(demo_store, admin, "reader", "ທ່ານ ອ່ານ", "password1", ["official"])
    with demo_store.db.session() as s:
        viewer = viewer_of(s, user_id)
    window = MainWindow(demo_store, demo_store.actor(user_id), viewer, "ທ່ານ ອ່ານ")
    qtbot.addWidget(window)
    hidden = [window.new_in, window.new_out, window.export_action, window.users_action, window.backup_action]
    assert not any(action.isVisible() for action in hidden)
    assert not window.view.void_button.isVisibleTo(window) and not window.view.correct_button.isVisibleTo(window)
    assert not window.arrived.may_register and not window.view.add_attachment_button.isVisibleTo(window)
    assert not window.new_in.isEnabled()
