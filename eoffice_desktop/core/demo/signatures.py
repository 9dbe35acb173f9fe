"""Signed letters for the demo office: a demo CA, two officials with keys, and a few letters signed in order.

Demo passphrases are published in docs/signatures.md; a real office never uses this CA.
"""

from __future__ import annotations

from sqlalchemy import select

from eoffice_desktop.core.demo import DemoRefused
from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.signing.ledger import add_trust_items
from eoffice_desktop.core.signing.letters import sign_letter
from eoffice_desktop.core.signing.trust import TrustStore
from eoffice_desktop.core.storage.ids import uuid7
from eoffice_desktop.core.storage.models import Letter, User
from eoffice_shared.signing.ca import OfflineCA
from eoffice_shared.signing.certificates import Person, make_request
from eoffice_shared.signing.keys import Identity, KeyStore, default_key_folder
from sync.protocol.events import EventType

DEMO_CA_PASSPHRASE = "eoffice-demo-ca"
DEMO_KEY_PASSPHRASE = "eoffice-demo-key"
DEMO_SIGNER = ("signer", "ທ່ານ ນາງ ວັນນາ ສີສຸວັນ", "ຫົວໜ້າຫ້ອງການ")


def _official(keys: KeyStore, ca: OfflineCA, user: User, office_name: str) -> Identity:
    identity = keys.create(user.id, DEMO_KEY_PASSPHRASE)
    person = Person(user.display_name, user.title or "ຫົວໜ້າກົມ", office_name, user_id=user.id)
    cert = ca.issue(make_request(identity.key, person), DEMO_CA_PASSPHRASE)
    return keys.install_certificate(user.id, DEMO_KEY_PASSPHRASE, cert, [ca.certificate])


def add_demo_signatures(store: OfficeStore, actor: Actor, letters: int = 6) -> int:
    """Sign the latest outgoing letters of the demo office; does nothing if the demo CA already exists."""
    if not store.is_demo():
        raise DemoRefused(
            "The demo CA and demo keys are only for a demo office; this office is real.", code="demo_office_real"
        )
    ca_folder = store.data_dir.root / "demo-ca"
    if (ca_folder / "ca.pem").exists():
        return 0
    office = store.office()
    ca = OfflineCA.init(ca_folder, "eOffice Demo CA (not for real letters)", DEMO_CA_PASSPHRASE, office=office.name_lo)
    username, name, title = DEMO_SIGNER
    with store.db.write() as s:
        add_trust_items(s, store.log, actor, TrustStore([ca.certificate], [ca.crl()]))
        deputy_id = "usr_" + uuid7()
        store.log.append(
            s,
            actor,
            EventType.USER_CREATED,
            {"user_id": deputy_id, "username": username, "display_name": name, "title": title, "roles": ["signer"]},
        )
        head = s.get(User, actor.user_id)
        deputy = s.get(User, deputy_id)
        assert head is not None and deputy is not None
        targets = list(
            s.scalars(
                select(Letter.id)
                .where(Letter.direction == "out", Letter.status != "void")
                .order_by(Letter.attachment_count.desc(), Letter.registered_at.desc())
                .limit(letters)
            )
        )
    keys = KeyStore(default_key_folder(store.data_dir.root))
    head_identity = _official(keys, ca, head, office.name_lo)
    deputy_identity = _official(keys, ca, deputy, office.name_lo)
    deputy_actor = Actor(deputy_id, actor.office_id, actor.device_id)
    for index, letter_id in enumerate(targets):
        if index % 2 == 0:
            sign_letter(store, deputy_actor, letter_id, deputy_identity, role="prepared", sign_pdfs=index == 0)
        sign_letter(store, actor, letter_id, head_identity, role="signed", sign_pdfs=index == 0)
    return len(targets)
