"""A letter signed on one PC arrives on another PC of the office through the real server and is checked on arrival."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from eoffice_desktop.core.demo.files import demo_pdf
from eoffice_desktop.core.office import open_store, setup_office
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.signing.ledger import add_trust_items
from eoffice_desktop.core.signing.letters import sign_letter
from eoffice_desktop.core.signing.tables import Signature
from eoffice_desktop.core.signing.trust import TrustStore
from eoffice_shared.signing.ca import OfflineCA
from eoffice_shared.signing.certificates import Person, make_request
from eoffice_shared.signing.keys import KeyStore, default_key_folder
from sync.client.session import enrol_pc, sync_once
from sync.server.admin import add_office, new_enrolment_code

PASS = "signing passphrase 2026"


def test_signature_arriving_by_sync_gets_its_status(central, tmp_path: Path):  # type: ignore[no-untyped-def]
    with central.database.write() as s:
        add_office(s, "ຊສຖ", "ເມືອງໄຊເສດຖາ", "Xaysetha")
        code_a, code_b = new_enrolment_code(s, "ຊສຖ"), new_enrolment_code(s, "ຊສຖ")
    a = open_store(tmp_path / "a")
    admin = setup_office(a, "ຊສຖ", "ຫ້ອງການ ຊສຖ", "Office", "admin", "ທ່ານ ສົມສັກ", "password-1")
    enrol_pc(a, central.url, code_a, "PC A")
    ca = OfflineCA.init(tmp_path / "ca", "Office CA", "ca passphrase 2026")
    with a.db.write() as s:
        add_trust_items(s, a.log, admin, TrustStore([ca.certificate], [ca.crl()]))
    keys = KeyStore(default_key_folder(a.data_dir.root))
    identity = keys.create(admin.user_id, PASS)
    request = make_request(identity.key, Person("ທ່ານ ສົມສັກ", "ຫົວໜ້າ", "ຫ້ອງການ ຊສຖ", user_id=admin.user_id))
    identity = keys.install_certificate(admin.user_id, PASS, ca.issue(request, "ca passphrase 2026"), [ca.certificate])
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(demo_pdf("signed and synced"))
    letter_id = register_letter(
        a, admin, LetterForm(register_date=date.today(), sender_name="ກະຊວງ", subject="ເລື່ອງ", attachments=[scan])
    ).letter_id
    sign_letter(a, admin, letter_id, identity)
    assert sync_once(a).refused == 0

    b = open_store(tmp_path / "b")
    enrol_pc(b, central.url, code_b, "PC B")
    report = sync_once(b)
    assert report.pulled > 0 and report.blobs_down >= 1
    with b.db.session() as s:
        rows = list(s.scalars(select(Signature).where(Signature.letter_id == letter_id)))
    assert [(r.status, r.role) for r in rows] == [("valid", "signed")], [r.status_detail for r in rows]
    assert not (tmp_path / "b" / "keys").exists()  # keys never travel
    a.close()
    b.close()
