"""An office enrolled with a real test server whose official holds a certificate from the server's CA, and letters
that official signs: what the check page and the printed QR code are tested with."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from cryptography.hazmat.primitives.serialization import Encoding

from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.office import OfficeStore, open_store, setup_office
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.signing.letters import sign_letter
from eoffice_shared.signing.certificates import Person, make_request
from eoffice_shared.signing.keys import Identity, KeyStore, default_key_folder
from sync.client.session import enrol_pc, sync_once, transport_for
from sync.client.trust import request_certificate
from sync.server.admin import add_office, new_enrolment_code
from sync.server.ca import ServerCA
from tests.sync.conftest import RunningServer

KEY_PASS = "ລະຫັດລັບ ຂອງຂ້ອຍ 2026"
SIGNER = "ທ່ານ ສົມໃຈ"


@dataclass
class SigningOffice:
    store: OfficeStore
    actor: Actor
    identity: Identity

    def signed_letter(self, confidentiality: str = "normal", attachments: list[Path] | None = None) -> str:
        form = LetterForm(
            register_date=date.today(),
            sender_name="ກະຊວງ",
            subject=f"ແຈ້ງການ ລັບ {confidentiality}",
            confidentiality=confidentiality,
        )
        form.attachments = attachments or []
        letter_id = register_letter(self.store, self.actor, form).letter_id
        sign_letter(self.store, self.actor, letter_id, self.identity)
        return letter_id


def signing_office(server: RunningServer, folder: Path, code: str = "MOHA") -> SigningOffice:
    """Office `code` on the server (which gets a CA), one PC enrolled and synced, its head's certificate issued."""
    ServerCA.create(server.blob_dir.parent, "ກະຊວງ CA")
    with server.database.write() as s:
        add_office(s, code, "ກະຊວງພາຍໃນ", "Ministry of Home Affairs")
        enrolment = new_enrolment_code(s, code)
    store = open_store(folder)
    actor = setup_office(store, code, "ກະຊວງພາຍໃນ", "Ministry of Home Affairs", "admin", SIGNER, "password-1")
    enrol_pc(store, server.url, enrolment)
    sync_once(store)
    keys = KeyStore(default_key_folder(store.data_dir.root))
    identity = keys.create(actor.user_id, KEY_PASS)
    csr = make_request(identity.key, Person(SIGNER, "ຫົວໜ້າຫ້ອງການ", user_id=actor.user_id))
    issued = request_certificate(transport_for(store), actor.user_id, csr.public_bytes(Encoding.PEM).decode())
    identity = keys.install_certificate(actor.user_id, KEY_PASS, issued.certificate, issued.chain)
    return SigningOffice(store, actor, identity)
