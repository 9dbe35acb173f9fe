"""Signatures through the GUI on a real demo office: an official creates a key, gets the certificate from the offline
CA, signs a letter from the letter view and sees it valid; a changed file, a wrong passphrase, the package export and
its verification, the key kept unlocked, and no unencrypted key left on disk."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from sqlalchemy import select

from eoffice_desktop.core.demo.files import demo_pdf
from eoffice_desktop.core.demo.signatures import DEMO_CA_PASSPHRASE, DEMO_KEY_PASSPHRASE
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.people.accounts import viewer_of
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.signing.tables import Signature
from eoffice_desktop.core.storage.models import Attachment, User
from eoffice_desktop.core.storage.settings import set_setting
from eoffice_desktop.ui.key_dialog import SigningKeyDialog
from eoffice_desktop.ui.key_passphrase import PassphraseDialog
from eoffice_desktop.ui.main_window import MainWindow
from eoffice_desktop.ui.sign_dialog import UNLOCK_SETTING, SignDialog
from eoffice_desktop.ui.signatures_package import VerifyPackageDialog
from eoffice_shared.signing.ca import OfflineCA
from eoffice_shared.signing.certificates import load_certificates
from eoffice_shared.signing.keys import KeyStore, default_key_folder

NEW_PASS = "ຂ້ອຍລົງນາມ 2026 ເອກະສານ"


def _window(qtbot, store: OfficeStore, username: str) -> MainWindow:  # type: ignore[no-untyped-def]
    with store.db.session() as s:
        user = s.scalars(select(User).where(User.username == username)).one()
        viewer, name = viewer_of(s, user.id), user.display_name
    window = MainWindow(store, store.actor(user.id), viewer, name)
    qtbot.addWidget(window)
    return window


def _letter(store: OfficeStore, window: MainWindow, tmp_path: Path, big_mb: int = 0) -> str:
    pdf = tmp_path / "ແຈ້ງການ.pdf"
    pdf.write_bytes(demo_pdf("Letter to sign from the GUI"))
    files = [pdf]
    if big_mb:
        scan = tmp_path / "scan.tif"
        scan.write_bytes(b"II*\x00" + bytes(range(256)) * (big_mb * 4096))
        files.append(scan)
    form = LetterForm(
        direction="in", register_date=date.today(), sender_name="ກະຊວງ ການເງິນ", subject="ໜັງສືແຈ້ງ ກອງປະຊຸມ ປະຈຳປີ"
    )
    form.attachments = files
    return register_letter(store, window.actor, form).letter_id


def when_modal(cls: type, act: Callable[[Any], None]) -> None:
    """Answer the next modal dialog of type `cls` (opened with exec()) once it is on screen."""

    def poke() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, cls) and not widget.property("answered"):
            widget.setProperty("answered", True)
            act(widget)
        else:
            QTimer.singleShot(20, poke)

    QTimer.singleShot(0, poke)


def fill_and_ok(qtbot, **answers: str) -> Callable[[PassphraseDialog], None]:  # type: ignore[no-untyped-def]
    def act(dialog: PassphraseDialog) -> None:
        for key, text in answers.items():
            dialog.fields[key].setText(text)
            if key in dialog.confirm:
                dialog.confirm[key].setText(text)
        dialog.ok_button.click()  # type: ignore[attr-defined]

    return act


def _open_letter(qtbot, window: MainWindow, letter_id: str) -> None:  # type: ignore[no-untyped-def]
    window.view.show_letter(letter_id)
    qtbot.waitUntil(lambda: window.view.signatures.current is not None, timeout=10000)


@pytest.fixture
def files(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict[str, str]:
    """The file Qt's file dialogs answer, by dialog (the dialogs themselves are the operating system's)."""
    answers: dict[str, str] = {}
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (answers["save"], "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (answers["open"], "")))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    return answers


def test_create_key_get_certificate_sign_and_see_a_changed_file(
    qtbot, app, demo_store, files, tmp_path, quiet_message_boxes
):  # type: ignore[no-untyped-def]
    store = demo_store
    window = _window(qtbot, store, "head")
    keys = KeyStore(default_key_folder(store.data_dir.root))
    dialog = SigningKeyDialog(store, window.runner, window.viewer.user_id, keys, window)
    qtbot.addWidget(dialog)
    assert "no signing key" in dialog.facts.toPlainText()

    # Create the key: the passphrase typed twice; the request goes to a file for IT staff.
    files["save"] = str(tmp_path / "head.csr")
    when_modal(PassphraseDialog, fill_and_ok(qtbot, new=NEW_PASS))
    dialog.create_key()
    assert keys.has_key(window.viewer.user_id)
    request = (tmp_path / "head.csr").read_bytes()
    assert b"CERTIFICATE REQUEST" in request
    assert "no certificate yet" in dialog.facts.toPlainText()

    # IT staff issue the certificate with the office's CA; the official installs the file.
    from cryptography import x509

    ca = OfflineCA(store.data_dir.root / "demo-ca")
    certificate = ca.issue(x509.load_pem_x509_csr(request), DEMO_CA_PASSPHRASE)
    (tmp_path / "head.pem").write_bytes(certificate.public_bytes(Encoding.PEM))
    files["open"] = str(tmp_path / "head.pem")
    when_modal(PassphraseDialog, fill_and_ok(qtbot, current=NEW_PASS))
    dialog.install_certificate()
    text = dialog.facts.toPlainText()
    assert "valid today" in text and "ທ່ານ ສົມພອນ ວົງສະຫວັນ" in text and "ເຈົ້າເມືອງ" in text
    dialog.close()

    # Sign from the letter view, with the PDF signed inside too, and see it valid.
    letter_id = _letter(store, window, tmp_path, big_mb=3)
    _open_letter(qtbot, window, letter_id)
    panel = window.view.signatures
    assert panel.sign_button.isVisibleTo(panel) and panel.status_codes() == []
    progress: list[int] = []

    def sign(dialog: SignDialog) -> None:
        dialog.busy.valueChanged.connect(progress.append)
        dialog.role.setCurrentIndex(dialog.role.findData("signed"))
        dialog.pdf.setChecked(True)
        fill_and_ok(qtbot, current=NEW_PASS)(dialog)

    when_modal(SignDialog, sign)
    panel.sign()
    qtbot.waitUntil(lambda: panel.status_codes() == ["valid"], timeout=10000)
    assert max(progress) > 3000  # kilobytes of the 3 MB scan were reported while hashing
    assert any("Verification code" in text for _title, text in quiet_message_boxes)
    assert window.view.tabs.tabText(3).endswith("(1)")
    assert not panel.sign_button.isVisibleTo(panel)  # nothing comes after "signed by"
    with store.db.session() as s:
        assert s.scalars(select(Signature.pdf_blobs).where(Signature.letter_id == letter_id)).one()

    # Change one byte of the stored scan: the panel names the file that changed.
    with store.db.session() as s:
        scan = s.scalars(select(Attachment).where(Attachment.filename == "scan.tif")).one()
    path = store.blobs.path_of(scan.blob_hash)
    path.chmod(0o644)
    data = bytearray(path.read_bytes())
    data[1000] ^= 1
    path.write_bytes(bytes(data))
    _open_letter(qtbot, window, letter_id)
    assert panel.status_codes() == ["changed"]
    assert "scan.tif" in panel.list.item(0).text() and "Document changed" in panel.list.item(0).text()
    panel.details_button.click()
    details = panel.details.toPlainText()
    assert scan.blob_hash.removeprefix("sha256:") in details.replace("\n", "")  # shown in two halves
    assert "Verification code" in details and "PDF signed inside" in details


def test_wrong_passphrase_is_explained_and_slows_retries(qtbot, app, demo_store, files, tmp_path):  # type: ignore[no-untyped-def]
    store = demo_store
    window = _window(qtbot, store, "admin")
    letter_id = _letter(store, window, tmp_path)
    _open_letter(qtbot, window, letter_id)
    panel = window.view.signatures
    seen: list[str] = []

    def wrong_three_times(dialog: SignDialog) -> None:
        for attempt in range(3):
            dialog.fields["current"].setText(f"not my passphrase {attempt}")
            dialog.ok_button.click()  # type: ignore[attr-defined]
            qtbot.waitUntil(lambda: dialog.job is None and dialog.error.text() != "", timeout=10000)
            seen.append(dialog.error.text())
            if attempt < 2:
                dialog.error.show_error("")
        seen.append("ok enabled" if dialog.ok_button.isEnabled() else "ok disabled")
        dialog.reject()

    when_modal(SignDialog, wrong_three_times)
    panel.sign()
    assert "passphrase is wrong" in seen[0] and "Caps Lock" in seen[0]
    assert "Wait" in seen[2] and "seconds" in seen[2]
    assert seen[3] == "ok disabled"
    assert panel.status_codes() == []


def test_key_kept_unlocked_for_the_configured_time(qtbot, app, demo_store, files, tmp_path):  # type: ignore[no-untyped-def]
    store = demo_store
    with store.db.write() as s:
        set_setting(s, UNLOCK_SETTING, "5")
    window = _window(qtbot, store, "admin")
    letter_id = _letter(store, window, tmp_path)
    _open_letter(qtbot, window, letter_id)
    panel = window.view.signatures

    def prepared(dialog: SignDialog) -> None:
        dialog.role.setCurrentIndex(dialog.role.findData("prepared"))
        fill_and_ok(qtbot, current=DEMO_KEY_PASSPHRASE)(dialog)

    when_modal(SignDialog, prepared)
    panel.sign()
    qtbot.waitUntil(lambda: panel.status_codes() == ["valid"], timeout=10000)
    asked: list[int] = []

    def signed(dialog: SignDialog) -> None:
        asked.append(len(dialog.fields))
        assert [dialog.role.itemData(i) for i in range(dialog.role.count())] == ["prepared", "approved", "signed"]
        dialog.role.setCurrentIndex(dialog.role.findData("approved"))
        dialog.ok_button.click()  # type: ignore[attr-defined]

    when_modal(SignDialog, signed)
    panel.sign()
    qtbot.waitUntil(lambda: panel.status_codes() == ["valid", "valid"], timeout=10000)
    assert asked == [0]  # no passphrase field: the key was still unlocked
    window.lock_signing_keys()
    assert panel.unlocked.get(window.actor.user_id) is None


def test_export_package_and_verify_it_through_the_gui(qtbot, app, demo_store, files, tmp_path):  # type: ignore[no-untyped-def]
    store = demo_store
    window = _window(qtbot, store, "admin")
    with store.db.session() as s:
        letter_id = s.scalars(select(Signature.letter_id).where(Signature.role == "prepared")).first()
    _open_letter(qtbot, window, letter_id)
    panel = window.view.signatures
    assert panel.status_codes() == ["valid", "valid"]
    target = tmp_path / "out" / "package.zip"
    files["save"] = str(target)
    panel.export()
    qtbot.waitUntil(lambda: target.exists() and panel.export_button.isEnabled(), timeout=10000)

    dialog = VerifyPackageDialog(store, window.runner, target, window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.result_ok is not None, timeout=10000)
    assert dialog.result_ok is True
    assert "All signatures in this package are valid" in dialog.headline.text()
    assert dialog.body.toPlainText().count("Valid: the letter is exactly as it was signed.") == 2

    # One changed byte in an attached file: the package is reported as changed, naming the file.
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(target) as source, zipfile.ZipFile(tampered, "w") as out:
        for item in source.infolist():
            data = source.read(item)
            if item.filename.startswith("attachments/"):
                data = data[:-1] + bytes([data[-1] ^ 1])
                changed_name = item.filename.split("-", 1)[1]
            out.writestr(item, data)
    dialog = VerifyPackageDialog(store, window.runner, tampered, window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.result_ok is not None, timeout=10000)
    assert dialog.result_ok is False
    body = dialog.body.toPlainText()
    assert "Document changed after signing" in body and changed_name in body

    # Not a package at all: a plain message, nothing else happens.
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"not a zip")
    dialog = VerifyPackageDialog(store, window.runner, junk, window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.result_ok is not None, timeout=10000)
    assert "not a signed package" in dialog.headline.text()
    said = dialog.body.toPlainText()  # what to do, without the zip reader's own English
    assert "Ask the sender for the package again." in said and "File is not a zip file" not in said


def test_no_unencrypted_key_on_disk_after_gui_signing(qtbot, app, demo_store, files, tmp_path):  # type: ignore[no-untyped-def]
    store = demo_store
    window = _window(qtbot, store, "admin")
    letter_id = _letter(store, window, tmp_path)
    _open_letter(qtbot, window, letter_id)
    panel = window.view.signatures

    def sign(dialog: SignDialog) -> None:
        dialog.pdf.setChecked(True)
        fill_and_ok(qtbot, current=DEMO_KEY_PASSPHRASE)(dialog)

    when_modal(SignDialog, sign)
    panel.sign()
    qtbot.waitUntil(lambda: panel.status_codes() == ["valid"], timeout=10000)
    key = KeyStore(default_key_folder(store.data_dir.root)).unlock(window.actor.user_id, DEMO_KEY_PASSPHRASE).key
    secrets = [
        key.private_bytes(Encoding.DER, PrivateFormat.PKCS8, NoEncryption()),
        key.private_bytes(Encoding.DER, PrivateFormat.TraditionalOpenSSL, NoEncryption()),
        key.private_numbers().private_value.to_bytes(32, "big"),  # type: ignore[union-attr]
        b"PRIVATE KEY-----",
    ]
    paths = [p for p in store.data_dir.root.rglob("*") if p.is_file()]
    assert any(p.suffix == ".p12" for p in paths)
    for path in paths:
        data = path.read_bytes()
        for secret in secrets:
            assert secret not in data, f"unencrypted key material in {path}"


def test_trusted_authorities_imported_by_it_staff(qtbot, app, demo_store, files, tmp_path):  # type: ignore[no-untyped-def]
    from eoffice_desktop.core.signing.tables import TrustItem
    from eoffice_desktop.ui.key_trust import TrustDialog

    store = demo_store
    window = _window(qtbot, store, "admin")
    assert window.trust_action.isVisible() or window.viewer.has("admin")
    other = OfflineCA.init(tmp_path / "province-ca", "Province CA", "province ca passphrase")
    bundle = tmp_path / "province.pem"
    bundle.write_bytes((other.folder / "ca.pem").read_bytes() + (other.folder / "crl.pem").read_bytes())
    dialog = TrustDialog(store, window.runner, window.actor, window)
    qtbot.addWidget(dialog)
    files["open"] = str(bundle)
    dialog.import_file()
    qtbot.waitUntil(lambda: "Province CA" in dialog.items.toPlainText(), timeout=10000)
    with store.db.session() as s:
        assert len(list(s.scalars(select(TrustItem)))) == 4
    assert load_certificates(bundle.read_bytes())[0].subject.rfc4514_string() in dialog.items.toPlainText()


def test_altered_role_is_told_in_lao_in_the_tab_and_the_package_check(qtbot, app, demo_store, files, tmp_path):  # type: ignore[no-untyped-def]
    import json

    from eoffice_desktop.core.signing.fold import SIGNED
    from eoffice_desktop.core.storage.models import Event
    from eoffice_desktop.ui.resources import install_translation

    store = demo_store
    window = _window(qtbot, store, "admin")
    with store.db.session() as s:
        prepared = s.scalars(select(Signature).where(Signature.role == "prepared")).first()
        letter_id, event_id = prepared.letter_id, prepared.event_id
    target = tmp_path / "package.zip"
    files["save"] = str(target)
    _open_letter(qtbot, window, letter_id)
    window.view.signatures.export()
    qtbot.waitUntil(lambda: target.exists() and window.view.signatures.export_button.isEnabled(), timeout=10000)
    # The package's unsigned index says "signed" for the "prepared" signature.
    edited = tmp_path / "edited.zip"
    with zipfile.ZipFile(target) as source, zipfile.ZipFile(edited, "w") as out:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "signatures/index.json":
                index = json.loads(data)
                index[0]["role"] = "signed"
                data = json.dumps(index).encode()
            out.writestr(item, data)
    # Another PC's event copies the "prepared" signature and claims it is the final "signed" one.
    with store.db.session() as s, s.begin():
        payload = json.loads(s.scalars(select(Event.payload).where(Event.id == event_id)).one())
        payload.update(role="signed", order=3)
        store.log.append(s, window.actor, SIGNED, payload, letter_id=letter_id)
    install_translation(app, "lo")
    try:
        dialog = VerifyPackageDialog(store, window.runner, edited, window)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.result_ok is not None, timeout=10000)
        assert dialog.result_ok is False
        body = dialog.body.toPlainText()
        assert "ລາຍເຊັນນີ້ຖືກລະບຸວ່າ “ຜູ້ລົງນາມ” ແຕ່ໄດ້ລົງລາຍເຊັນເປັນ “ຜູ້ກະກຽມ”: ລາຍການລາຍເຊັນຖືກແກ້ໄຂ." in body, body

        _open_letter(qtbot, window, letter_id)
        panel = window.view.signatures
        assert panel.status_codes() == ["valid", "valid", "altered"]
        assert "ລາຍການລາຍເຊັນຖືກແກ້ໄຂ" in panel.list.item(2).text()
        window.runner.wait()
    finally:
        install_translation(app, "en")


def test_the_pane_moving_on_while_signing_starts_opens_nothing(qtbot, app, demo_store, files, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """Sign… reads the key and the letter's signatures on the reader pool; the pane moves on meanwhile (a sync's
    change shows another letter, or none): no signing window opens for what is no longer shown, and no error."""
    import threading

    store = demo_store
    window = _window(qtbot, store, "admin")
    letter_id = _letter(store, window, tmp_path)
    _open_letter(qtbot, window, letter_id)
    panel = window.view.signatures
    window.runner.readers.waitForDone(30_000)
    gate = threading.Event()
    for _ in range(window.runner.readers.maxThreadCount()):
        window.runner.run(lambda _job: gate.wait(60), write=False)
    opened: list[object] = []

    def moved_on() -> None:
        panel.show_letter(None)
        gate.set()

    monkeypatch.setattr(SignDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    QTimer.singleShot(0, moved_on)
    panel.sign()
    assert opened == []
    assert panel.letter_id is None
