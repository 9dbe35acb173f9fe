"""The key and enrolment windows read on the reader pool and, until the answer arrives, say so and offer nothing to
press: a clerk never acts on a value that is not this office's (tests/ui/read_guard.py fails a test in which these
reads run on the GUI thread)."""

from __future__ import annotations

from sqlalchemy import select

from eoffice_desktop.core.storage.models import User
from eoffice_desktop.core.storage.settings import set_setting
from eoffice_desktop.ui.enrol_dialog import EnrolDialog
from eoffice_desktop.ui.key_dialog import SigningKeyDialog
from eoffice_desktop.ui.key_trust import TrustDialog
from eoffice_desktop.ui.tasks import TaskRunner
from eoffice_shared.signing.keys import KeyStore, default_key_folder
from tests.ui.conftest import reads_arrived


def test_my_signing_key_offers_no_step_until_its_facts_arrive(qtbot, app, demo_store, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(SigningKeyDialog, "refresh", SigningKeyDialog.refresh.__wrapped__)  # (as a clerk sees it)
    with demo_store.db.session() as s:
        admin = s.scalars(select(User.id).where(User.username == "admin")).one()
    runner = TaskRunner()
    dialog = SigningKeyDialog(demo_store, runner, admin, KeyStore(default_key_folder(demo_store.data_dir.root)))
    qtbot.addWidget(dialog)
    assert dialog.waiting() and dialog.facts.toPlainText() == "Reading your key…"
    assert not any(button.isEnabled() for button in dialog.buttons.values())
    reads_arrived(dialog)
    assert "valid today" in dialog.facts.toPlainText()
    assert dialog.buttons["renew"].isEnabled() and not dialog.buttons["create"].isEnabled()
    runner.wait()


def test_the_trusted_authorities_say_they_are_being_read(qtbot, app, demo_store, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(TrustDialog, "refresh", TrustDialog.refresh.__wrapped__)
    runner = TaskRunner()
    dialog = TrustDialog(demo_store, runner, demo_store.admin_actor())
    qtbot.addWidget(dialog)
    assert dialog.items.toPlainText() == "Reading the trusted authorities…"
    reads_arrived(dialog)
    assert "CA certificate" in dialog.items.toPlainText()
    runner.wait()


def test_enrolment_waits_for_the_stored_address_and_keeps_one_given_before(qtbot, app, demo_store, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(EnrolDialog, "__init__", EnrolDialog.__init__.__wrapped__)
    with demo_store.db.write() as s:
        set_setting(s, "sync.server_url", "https://eoffice.example.gov.la")
    runner = TaskRunner()
    dialog = EnrolDialog(demo_store, runner)
    qtbot.addWidget(dialog)
    assert not dialog.server.isEnabled() and not dialog.enrol_button.isEnabled()
    assert dialog.server.text() == "" and dialog.server.placeholderText() == "Reading the server address…"
    reads_arrived(dialog)
    assert dialog.server.isEnabled() and dialog.enrol_button.isEnabled()
    assert dialog.server.text() == "https://eoffice.example.gov.la"

    typed = EnrolDialog(demo_store, runner)  # an address put in before the stored one arrived is not overwritten
    qtbot.addWidget(typed)
    typed.server.setText("https://new.example.gov.la")
    reads_arrived(typed)
    assert typed.server.text() == "https://new.example.gov.la"
    runner.wait()
