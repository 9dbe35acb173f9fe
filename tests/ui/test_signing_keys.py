"""The key window's other duties, the revocation IT staff publish, the printed codes and the unlock setting - through
real widgets on a real demo office with its demo CA."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.serialization import pkcs12
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import select

from eoffice_desktop.core.demo.signatures import DEMO_CA_PASSPHRASE, DEMO_KEY_PASSPHRASE
from eoffice_desktop.core.routing.timeline import timeline
from eoffice_desktop.core.service.printouts import printed_signatures
from eoffice_desktop.core.signing.tables import Signature
from eoffice_desktop.core.storage.models import Letter
from eoffice_desktop.core.storage.settings import get_setting
from eoffice_desktop.ui.key_dialog import SigningKeyDialog
from eoffice_desktop.ui.key_passphrase import PassphraseDialog, strength
from eoffice_desktop.ui.key_trust import TrustDialog
from eoffice_desktop.ui.printing import routing_slip
from eoffice_desktop.ui.settings_dialog import SettingsDialog
from eoffice_desktop.ui.sign_dialog import UNLOCK_SETTING
from eoffice_shared.signing.ca import OfflineCA
from eoffice_shared.signing.keys import KeyStore, default_key_folder
from tests.qr_scan import scan_image
from tests.ui.test_signing import _open_letter, _window, fill_and_ok, when_modal

NEW = "ລະຫັດລັບໃໝ່ ປີ 2027"
BACKUP = "backup passphrase for the safe"


@pytest.fixture
def files(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    answers: dict[str, str] = {}
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (answers["save"], "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (answers["open"], "")))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    return answers


def test_change_passphrase_back_up_and_import_the_key(qtbot, app, demo_store, files, tmp_path):  # type: ignore[no-untyped-def]
    store = demo_store
    window = _window(qtbot, store, "admin")
    user_id = window.viewer.user_id
    keys = KeyStore(default_key_folder(store.data_dir.root))
    dialog = SigningKeyDialog(store, window.runner, user_id, keys, window)
    qtbot.addWidget(dialog)
    assert "valid today" in dialog.facts.toPlainText()

    seen: list[str] = []

    def mismatch_then_change(d: PassphraseDialog) -> None:
        d.fields["current"].setText(DEMO_KEY_PASSPHRASE)
        d.fields["new"].setText(NEW)
        d.confirm["new"].setText(NEW + "x")
        d.ok_button.click()  # type: ignore[attr-defined]
        seen.append(d.error.text())
        fill_and_ok(qtbot, current=DEMO_KEY_PASSPHRASE, new=NEW)(d)

    when_modal(PassphraseDialog, mismatch_then_change)
    dialog.change_passphrase()
    assert "not the same" in seen[0]
    assert keys.unlock(user_id, NEW).certificate is not None

    backup = tmp_path / "admin.p12"
    files["save"] = str(backup)
    when_modal(PassphraseDialog, fill_and_ok(qtbot, current=NEW, new=BACKUP))
    dialog.back_up()
    loaded = pkcs12.load_pkcs12(backup.read_bytes(), BACKUP.encode())
    assert loaded.key is not None and loaded.cert is not None

    # The backup goes onto another PC's key folder (here: a fresh folder) and works there with a new passphrase.
    other = KeyStore(tmp_path / "other-pc-keys")
    restore = SigningKeyDialog(store, window.runner, user_id, other, window)
    qtbot.addWidget(restore)
    assert restore.buttons["import"].isEnabled() and not restore.buttons["backup"].isEnabled()
    files["open"] = str(backup)
    when_modal(PassphraseDialog, fill_and_ok(qtbot, file=BACKUP, new="on the other pc 2026"))
    restore.import_pkcs12()
    assert "valid today" in restore.facts.toPlainText()
    assert other.unlock(user_id, "on the other pc 2026").key.public_key() == loaded.key.public_key()


def test_strength_hint_grows_with_the_passphrase() -> None:
    assert [strength(p) for p in ("short", "aaaaaaaaaaaa", "ສະບາຍດີທຸກໆຄົນເດີ", "ສະບາຍດີ ປີ 2026 ນະ")] == [0, 1, 2, 3]


def test_revoked_certificate_shows_with_its_date(qtbot, app, demo_store, files, tmp_path):  # type: ignore[no-untyped-def]
    store = demo_store
    window = _window(qtbot, store, "admin")
    with store.db.session() as s:
        letter_id = s.scalars(select(Signature.letter_id).where(Signature.role == "prepared")).first()
        serial = s.scalars(
            select(Signature.cert_serial).where(Signature.letter_id == letter_id, Signature.role == "signed")
        ).one()
    _open_letter(qtbot, window, letter_id)
    assert window.view.signatures.status_codes() == ["valid", "valid"]

    # IT staff revoke the head's certificate and install the new revocation list through the trust window.
    ca = OfflineCA(store.data_dir.root / "demo-ca")
    ca.revoke(int(serial, 16), DEMO_CA_PASSPHRASE, reason="key_compromise")
    trust = TrustDialog(store, window.runner, window.actor, window)
    qtbot.addWidget(trust)
    files["open"] = str(ca.folder / "crl.pem")
    trust.import_file()
    qtbot.waitUntil(lambda: trust.items.toPlainText().count("SHA-256") == 3, timeout=10000)

    _open_letter(qtbot, window, letter_id)
    assert window.view.signatures.status_codes() == ["valid", "revoked"]
    text = window.view.signatures.list.item(1).text()
    assert "revoked on" in text and any(ch.isdigit() for ch in text.split("revoked on")[1])


def test_routing_slip_prints_the_verification_codes(qtbot, app, demo_store, tmp_path):  # type: ignore[no-untyped-def]
    store = demo_store
    with store.db.session() as s:
        letter_id = s.scalars(select(Signature.letter_id).where(Signature.role == "prepared")).first()
        letter = s.get(Letter, letter_id)
        codes = list(s.scalars(select(Signature.code).where(Signature.letter_id == letter_id)))
        document = routing_slip(letter, store.office(), timeline(s, letter_id), printed_signatures(s, letter_id))
    text = document.toPlainText()
    assert len(codes) == 2 and all(code in text for code in codes)
    assert "Prepared by" in text and "Signed by" in text and "eoffice verify --code" in text
    image = document.resource(document.ResourceType.ImageResource, "qr://signature")
    assert image is not None and not image.isNull()
    image.save(str(tmp_path / "offline.png"))
    assert scan_image(tmp_path / "offline.png") == [f"EOFFICE-SIG:{codes[-1]}"]  # an office not enrolled yet
    with store.db.session() as s:
        online = routing_slip(
            letter, store.office(), [], printed_signatures(s, letter_id), "https://eoffice.example.la"
        )
    image = online.resource(online.ResourceType.ImageResource, "qr://signature")
    image.save(str(tmp_path / "online.png"))
    assert scan_image(tmp_path / "online.png") == [f"https://eoffice.example.la/check?c={codes[-1]}"]


def test_signature_code_in_the_search_box_opens_the_letter(qtbot, app, demo_store):  # type: ignore[no-untyped-def]
    store = demo_store
    window = _window(qtbot, store, "admin")
    with store.db.session() as s:
        row = s.scalars(select(Signature).where(Signature.role == "signed")).first()
    window.search.setText(row.code.lower().replace("-", " "))  # as a reader might type it from paper
    window._open_exact()
    assert window.view.detail is not None and window.view.detail.letter.id == row.letter_id
    assert window.view.tabs.currentWidget() is window.view.signatures
    window.table.clearSelection()
    window.view.show_letter(None)
    window.search.setText(f"https://eoffice.example.la/check?c={row.code}")  # the printed QR code, from a scanner
    window._open_exact()
    assert window.view.detail is not None and window.view.detail.letter.id == row.letter_id


def test_unlock_time_is_a_setting(qtbot, app, demo_store):  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(demo_store)
    qtbot.addWidget(dialog)
    assert dialog.unlock.value() == 0 and dialog.unlock.text() == "Ask at every signing"
    dialog.unlock.setValue(5)
    dialog.save()
    with demo_store.db.session() as s:
        assert get_setting(s, UNLOCK_SETTING) == "5"
