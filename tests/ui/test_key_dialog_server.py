"""The key window against a real central server over HTTP: the official gets a certificate from the server in one
step, is told plainly when the server cannot help, is warned 30 days before the certificate ends (here and when
signing), and renews it; signatures made before the renewal stay valid. A PC not enrolled renews with a file."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from cryptography import x509
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from eoffice_desktop.core.demo.signatures import DEMO_KEY_PASSPHRASE
from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.office import OfficeStore, open_store, setup_office
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.signing.letters import sign_letter, verify_letter
from eoffice_desktop.core.signing.tables import Signature
from eoffice_desktop.core.storage.models import User
from eoffice_desktop.core.storage.settings import set_setting
from eoffice_desktop.ui.key_dialog import SigningKeyDialog
from eoffice_desktop.ui.key_passphrase import PassphraseDialog
from eoffice_desktop.ui.key_server import request_pem
from eoffice_desktop.ui.sign_dialog import SignDialog
from eoffice_desktop.ui.tasks import TaskRunner
from eoffice_shared.signing.ca import OfflineCA
from eoffice_shared.signing.keys import KeyStore, UnlockedKeys, default_key_folder
from sync.client.session import enrol_pc, sync_once
from sync.server.admin import add_office, new_enrolment_code
from sync.server.ca import ServerCA
from tests.sync.conftest import RunningServer
from tests.ui.test_signing import fill_and_ok, when_modal

PASS = "ລະຫັດລັບ ຂອງຂ້ອຍ 2026"


@pytest.fixture
def office(central: RunningServer, tmp_path: Path) -> Iterator[tuple[OfficeStore, Actor]]:
    with central.database.write() as s:
        add_office(s, "ກຊ", "ຫ້ອງການ ກຊ", "Office")
        code = new_enrolment_code(s, "ກຊ")
    store = open_store(tmp_path / "pc")
    actor = setup_office(store, "ກຊ", "ຫ້ອງການ ກຊ", "Office", "admin", "ທ່ານ ສົມໃຈ", "password-1")
    enrol_pc(store, central.url, code)
    sync_once(store)  # the server learns the office's officials
    yield store, actor
    store.close()


def _dialog(qtbot, store: OfficeStore, user_id: str) -> tuple[SigningKeyDialog, KeyStore]:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    keys = KeyStore(default_key_folder(store.data_dir.root))
    dialog = SigningKeyDialog(store, runner, user_id, keys)
    qtbot.addWidget(dialog)
    dialog.destroyed.connect(lambda: runner.wait())
    return dialog, keys


def _refused(qtbot, seen: list[str]):  # type: ignore[no-untyped-def]
    """Type the passphrase, press OK, keep the message the dialog shows, then close it."""

    def act(dialog: PassphraseDialog) -> None:
        fill_and_ok(qtbot, current=PASS)(dialog)
        qtbot.waitUntil(lambda: dialog.job is None and bool(dialog.error.text()), timeout=20000)
        seen.append(dialog.error.text())
        dialog.reject()

    return act


def test_get_my_certificate_from_the_server(qtbot, app, central, office, quiet_message_boxes):  # type: ignore[no-untyped-def]
    store, actor = office
    dialog, keys = _dialog(qtbot, store, actor.user_id)
    assert not dialog.buttons["server"].isEnabled()  # no key yet
    when_modal(PassphraseDialog, fill_and_ok(qtbot, new=PASS))
    dialog.create_key()
    assert "Get my certificate from the server" in quiet_message_boxes[-1][1]
    assert dialog.buttons["server"].isEnabled() and "Get my certificate" in dialog.facts.toPlainText()

    seen: list[str] = []
    when_modal(PassphraseDialog, _refused(qtbot, seen))
    dialog.buttons["server"].click()
    assert "does not issue certificates yet" in seen[0]
    assert keys.certificate(actor.user_id) is None

    with store.db.write() as s:  # the server moved: nothing answers at the stored address
        set_setting(s, "sync.server_url", "http://127.0.0.1:9")
    when_modal(PassphraseDialog, _refused(qtbot, seen))
    dialog.buttons["server"].click()
    assert "No connection to the server" in seen[1]
    with store.db.write() as s:
        set_setting(s, "sync.server_url", central.url)

    ServerCA.create(central.blob_dir.parent, "ກະຊວງ CA")
    when_modal(PassphraseDialog, fill_and_ok(qtbot, current=PASS))
    dialog.buttons["server"].click()
    assert quiet_message_boxes[-1][0] == "Certificate installed" and "valid until" in quiet_message_boxes[-1][1]
    certificate = keys.certificate(actor.user_id)
    assert certificate is not None and certificate.issuer.rfc4514_string().startswith("CN=ກະຊວງ CA")
    # The revocation list came with it, so the certificate is valid at once, before any sync.
    assert "valid today" in dialog.facts.toPlainText() and "Renew it before" not in dialog.facts.toPlainText()


def test_renewal_warns_30_days_ahead_and_keeps_earlier_signatures_valid(  # type: ignore[no-untyped-def]
    qtbot, app, central, office, tmp_path, quiet_message_boxes
):
    store, actor = office
    ServerCA.create(central.blob_dir.parent, "ກະຊວງ CA")
    sync_once(store)
    keys = KeyStore(default_key_folder(store.data_dir.root))
    identity = keys.create(actor.user_id, PASS)
    # IT staff once issued a certificate that ends in 20 days (straight from the server's CA folder).
    ca_folder = central.blob_dir.parent / "ca"
    ca = OfflineCA(ca_folder)
    csr = x509.load_pem_x509_csr(request_pem(store, identity))
    short = ca.issue(csr, (central.blob_dir.parent / "ca.passphrase").read_text().strip(), days=20)
    identity = keys.install_certificate(actor.user_id, PASS, short, [ca.certificate])
    letter = register_letter(store, actor, LetterForm(register_date=date.today(), sender_name="ກະຊວງ", subject="ກ່ອນ"))
    sign_letter(store, actor, letter.letter_id, identity)

    dialog, _keys = _dialog(qtbot, store, actor.user_id)
    text = dialog.facts.toPlainText()
    assert "valid today" in text and "in 19 days" in text and "Renew certificate" in text
    signing = SignDialog(store, dialog.runner, actor, letter.letter_id, keys, UnlockedKeys(), ["signed"], False)
    qtbot.addWidget(signing)
    assert "in 19 days" in signing.expiry_note

    when_modal(PassphraseDialog, fill_and_ok(qtbot, current=PASS))
    dialog.buttons["renew"].click()
    assert "renewed" in quiet_message_boxes[-1][1]
    renewed = keys.certificate(actor.user_id)
    assert renewed is not None and renewed.serial_number != short.serial_number
    assert renewed.public_key() == short.public_key()  # the same key
    assert "Renew it before" not in dialog.facts.toPlainText()

    later = register_letter(store, actor, LetterForm(register_date=date.today(), sender_name="ກະຊວງ", subject="ຫຼັງ"))
    sign_letter(store, actor, later.letter_id, keys.unlock(actor.user_id, PASS))
    with store.db.session() as s:
        serials = {row[0]: row[1] for row in s.execute(select(Signature.letter_id, Signature.cert_serial))}
    assert serials == {letter.letter_id: f"{short.serial_number:x}", later.letter_id: f"{renewed.serial_number:x}"}
    assert [v.status.code for v in verify_letter(store, letter.letter_id)] == ["valid"]
    assert [v.status.code for v in verify_letter(store, later.letter_id)] == ["valid"]


def test_a_pc_not_enrolled_renews_with_a_request_file(qtbot, app, demo_store, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    store = demo_store
    with store.db.session() as s:
        user_id = s.scalars(select(User.id).where(User.username == "admin")).one()
    dialog, keys = _dialog(qtbot, store, user_id)
    assert not dialog.buttons["server"].isEnabled() and "not enrolled" in dialog.buttons["server"].toolTip()
    assert dialog.buttons["renew"].isEnabled()
    target = tmp_path / "renew.csr"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    when_modal(PassphraseDialog, fill_and_ok(qtbot, current=DEMO_KEY_PASSPHRASE))
    dialog.buttons["renew"].click()
    request = x509.load_pem_x509_csr(target.read_bytes())
    certificate = keys.certificate(user_id)
    assert certificate is not None and request.is_signature_valid
    assert request.public_key() == certificate.public_key()  # a request for the same key
