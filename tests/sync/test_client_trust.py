"""The CA certificate and revocation list travel with sync from the real server: a certificate revoked on the server
shows as revoked on the PC after its next sync, a forged or older list is refused, an unchanged one is not sent again,
and OpenSSL accepts a letter signed with a certificate the server issued."""

from __future__ import annotations

import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.x509 import load_pem_x509_certificate
from sqlalchemy import select

from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.office import OfficeStore, open_store, setup_office
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.signing.held_trust import HELD_CRL, held_from_server, held_timestamping
from eoffice_desktop.core.signing.ledger import signatures_of, stored_signature, trust_store
from eoffice_desktop.core.signing.letters import sign_letter, verify_letter
from eoffice_desktop.core.signing.tables import Signature
from eoffice_desktop.core.storage.settings import get_setting
from eoffice_shared.signing.ca import OfflineCA
from eoffice_shared.signing.certificates import Person, make_request
from eoffice_shared.signing.keys import Identity, KeyStore, default_key_folder
from sync.client.session import enrol_pc, sync_once, transport_for
from sync.client.trust import NO_CA, REFUSED, UNCHANGED, UPDATED, refresh_trust, request_certificate
from sync.server.admin import add_office, new_enrolment_code
from sync.server.ca import ServerCA
from tests.sync.conftest import RunningServer

PASS = "ລະຫັດລັບ ຂອງຂ້ອຍ 2026"


def _office_pc(central: RunningServer, tmp_path: Path, code: str = "ກຊ") -> tuple[OfficeStore, Actor]:
    with central.database.write() as s:
        add_office(s, code, f"ຫ້ອງການ {code}", f"Office {code}")
        enrolment = new_enrolment_code(s, code)
    store = open_store(tmp_path / code)
    actor = setup_office(store, code, f"ຫ້ອງການ {code}", f"Office {code}", "admin", "ທ່ານ ສົມໃຈ", "password-1")
    enrol_pc(store, central.url, enrolment)
    return store, actor


def _certified_official(store: OfficeStore, actor: Actor) -> Identity:
    """The official's key on this PC, certified by the server's CA in one request."""
    keys = KeyStore(default_key_folder(store.data_dir.root))
    identity = keys.create(actor.user_id, PASS)
    csr = make_request(identity.key, Person("ທ່ານ ສົມໃຈ", "ຫົວໜ້າຫ້ອງການ", user_id=actor.user_id))
    issued = request_certificate(transport_for(store), actor.user_id, csr.public_bytes(Encoding.PEM).decode())
    return keys.install_certificate(actor.user_id, PASS, issued.certificate, issued.chain)


def _signed_letter(store: OfficeStore, actor: Actor, identity: Identity, tmp_path: Path) -> str:
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 a letter to sign\n" * 50)
    form = LetterForm(register_date=date.today(), sender_name="ກະຊວງ", subject="ແຈ້ງການ", attachments=[scan])
    letter_id = register_letter(store, actor, form).letter_id
    sign_letter(store, actor, letter_id, identity)
    return letter_id


def _stored_status(store: OfficeStore, letter_id: str) -> str:
    with store.db.session() as s:
        return s.scalars(select(Signature.status).where(Signature.letter_id == letter_id)).one()


def test_a_certificate_revoked_on_the_server_is_revoked_on_the_pc_after_its_next_sync(central, tmp_path, qtbot):  # type: ignore[no-untyped-def]
    store, actor = _office_pc(central, tmp_path)
    first = sync_once(store)  # a server without a CA: the letters sync all the same
    assert first.pushed > 0 and first.trust is not None and first.trust.outcome == NO_CA

    server_ca = ServerCA.create(central.blob_dir.parent, "ກະຊວງ CA")
    fetched = sync_once(store)
    assert fetched.trust is not None and fetched.trust.outcome == UPDATED
    with store.db.session() as s:
        assert [c.subject for c in trust_store(s).roots] == [
            load_pem_x509_certificate(server_ca.ca_pem().encode()).subject
        ]

    identity = _certified_official(store, actor)
    lost = datetime.now(UTC)  # the key is later reported lost from this moment, before the letter was signed
    letter_id = _signed_letter(store, actor, identity, tmp_path)
    assert [v.status.code for v in verify_letter(store, letter_id)] == ["valid"]

    # Nothing changed on the server: the PC says what it holds and gets a few bytes, not the list again.
    transport = transport_for(store)
    again = refresh_trust(store, transport)
    assert again.outcome == UNCHANGED and transport.bytes_received < 700
    assert sync_once(store).trust.outcome == UNCHANGED  # type: ignore[union-attr]

    with central.database.write() as s:
        # The key was lost before the letter was signed (a revocation after its time-stamp leaves it valid).
        server_ca.revoke(s, f"{identity.certificate.serial_number:x}", "key_compromise", lost)  # type: ignore[union-attr]
    report = sync_once(store)
    assert report.trust is not None and report.trust.outcome == UPDATED and report.trust.rechecked == 1
    assert _stored_status(store, letter_id) == "revoked"  # the register shows it without opening the letter
    offline = verify_letter(store, letter_id)  # checking needs no network: all of it is held on the PC
    assert offline[0].status.code == "revoked" and offline[0].status.revoked_at is not None
    assert offline[0].status.revoked_at.date() == date.today()
    # IT staff see the server's CA and its newest list in the trust window, beside the ones they imported.
    from eoffice_desktop.ui.key_trust import TrustDialog
    from eoffice_desktop.ui.tasks import TaskRunner
    from tests.ui.conftest import reads_arrived

    runner = TaskRunner()
    dialog = TrustDialog(store, runner, actor)
    qtbot.addWidget(dialog)
    reads_arrived(dialog)  # (the list is read on the reader pool)
    shown = dialog.items.toPlainText()
    with store.db.session() as s:
        held_crl = int(get_setting(s, HELD_CRL))
    assert "CA certificate from the server" in shown and "ກະຊວງ CA" in shown
    assert f"number {held_crl}, 1 revoked" in shown
    runner.wait()
    store.close()


def test_a_forged_or_older_revocation_list_is_refused_and_the_held_one_kept(central, tmp_path, qtbot):  # type: ignore[no-untyped-def]
    store, actor = _office_pc(central, tmp_path)
    sync_once(store)
    server_ca = ServerCA.create(central.blob_dir.parent, "ກະຊວງ CA")
    sync_once(store)
    identity = _certified_official(store, actor)
    lost = datetime.now(UTC)  # the key is later reported lost from this moment, before the letter was signed
    letter_id = _signed_letter(store, actor, identity, tmp_path)
    crl_file = server_ca.folder / "crl.pem"
    before_revocation = crl_file.read_bytes()
    with central.database.write() as s:
        # The key was lost before the letter was signed (a revocation after its time-stamp leaves it valid).
        server_ca.revoke(s, f"{identity.certificate.serial_number:x}", "key_compromise", lost)  # type: ignore[union-attr]
    assert sync_once(store).trust.outcome == UPDATED  # type: ignore[union-attr]
    assert _stored_status(store, letter_id) == "revoked"
    after_revocation = crl_file.read_bytes()
    with store.db.session() as s:
        held_number, held_crl = get_setting(s, HELD_CRL), held_from_server(s).crls

    # A server restored from an old backup offers the list from before the revocation: refused.
    crl_file.write_bytes(before_revocation)
    register_letter(store, actor, LetterForm(register_date=date.today(), sender_name="ກະຊວງ", subject="ຕໍ່ໄປ"))
    older = sync_once(store)
    assert older.pushed > 0, "the letters sync even when the list is refused"
    assert older.trust is not None and older.trust.outcome == REFUSED and "older" in older.trust.message

    # A list under the CA's name but signed by another key (with a higher number): refused.
    impostor = OfflineCA.init(tmp_path / "impostor", "ກະຊວງ CA", "impostor passphrase 1")
    for _ in range(5):
        impostor.write_crl("impostor passphrase 1")
    crl_file.write_bytes((impostor.folder / "crl.pem").read_bytes())
    forged = sync_once(store)
    assert (
        forged.trust is not None and forged.trust.outcome == REFUSED and "not signed by the CA" in forged.trust.message
    )

    with store.db.session() as s:
        assert get_setting(s, HELD_CRL) == held_number and held_from_server(s).crls == held_crl
    assert verify_letter(store, letter_id)[0].status.code == "revoked"
    # IT staff see the refusal in the trust window, until the server sends a list this PC takes again.
    from eoffice_desktop.ui.key_trust import TrustDialog
    from eoffice_desktop.ui.tasks import TaskRunner
    from tests.ui.conftest import reads_arrived

    runner = TaskRunner()
    dialog = TrustDialog(store, runner, actor)
    qtbot.addWidget(dialog)
    reads_arrived(dialog)  # (the list is read on the reader pool)
    assert "this PC refused what the server sent" in dialog.items.toPlainText()
    assert "not signed by the CA" in dialog.items.toPlainText()
    crl_file.write_bytes(after_revocation)  # the server's own newest list again: the one this PC holds
    # Taken again, with the time-stamping certificate the server made meanwhile (not taken with a refused list).
    assert sync_once(store).trust.outcome == UPDATED  # type: ignore[union-attr]
    with store.db.session() as s:
        assert get_setting(s, HELD_CRL) == held_number and len(held_timestamping(s)) == 1
    assert sync_once(store).trust.outcome == UNCHANGED  # type: ignore[union-attr]
    dialog.refresh()
    reads_arrived(dialog)
    assert "refused" not in dialog.items.toPlainText()
    runner.wait()
    store.close()


def test_openssl_verifies_a_letter_signed_with_the_certificate_the_server_issued(central, tmp_path):  # type: ignore[no-untyped-def]
    store, actor = _office_pc(central, tmp_path)
    sync_once(store)
    ServerCA.create(central.blob_dir.parent, "ກະຊວງ CA")
    sync_once(store)
    identity = _certified_official(store, actor)
    letter_id = _signed_letter(store, actor, identity, tmp_path)
    with store.db.session() as s:
        item = stored_signature(s, signatures_of(s, letter_id)[0]).item
        trust = held_from_server(s)
    (tmp_path / "sig.p7s").write_bytes(item.cms)
    (tmp_path / "manifest.json").write_bytes(item.manifest)
    bundle = b"".join(c.public_bytes(Encoding.PEM) for c in trust.roots)
    (tmp_path / "ca.pem").write_bytes(bundle + b"".join(c.public_bytes(Encoding.PEM) for c in trust.crls))
    command = ["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", str(tmp_path / "sig.p7s")]
    command += ["-content", str(tmp_path / "manifest.json"), "-CAfile", str(tmp_path / "ca.pem")]
    command += ["-purpose", "any", "-crl_check", "-out", "/dev/null"]
    checked = subprocess.run(command, capture_output=True, text=True, timeout=30)
    assert checked.returncode == 0 and "Verification successful" in checked.stderr, checked.stderr
    store.close()
