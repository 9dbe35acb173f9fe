"""Signing registered letters: events, projection, order of signers, and every way a signature can go wrong."""

from __future__ import annotations

import base64
import json
import subprocess
from datetime import date
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
from sqlalchemy import select

from eoffice_desktop.core import projections
from eoffice_desktop.core.demo.files import demo_pdf
from eoffice_desktop.core.eventlog.events import Actor, envelope_of
from eoffice_desktop.core.eventlog.events import store as store_event
from eoffice_desktop.core.office import OfficeStore, open_store
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import add_attachments, correct_field, register_letter
from eoffice_desktop.core.signing.ledger import add_trust_items, signatures_of
from eoffice_desktop.core.signing.letters import SigningRefused, sign_letter, verify_letter, verify_pending
from eoffice_desktop.core.signing.status import CHANGED, REVOKED, VALID
from eoffice_desktop.core.signing.tables import Signature
from eoffice_desktop.core.storage.models import Event, User
from eoffice_shared.signing.keys import KeyStore, default_key_folder
from sync.protocol.envelope import MAX_EVENT_BYTES, canonical_json
from tests.core.signing.conftest import CA_PASS, Pki
from tests.core.signing.test_cms_openssl import openssl_verify


def _letter(store: OfficeStore, actor: Actor, tmp_path: Path, subject: str = "ແຈ້ງການ ເລື່ອງ ກອງປະຊຸມ") -> str:
    pdf = tmp_path / f"letter-{subject[-3:]}.pdf"
    pdf.write_bytes(demo_pdf("Signed letter test " + subject[-3:]))
    form = LetterForm(direction="in", register_date=date.today(), sender_name="ກະຊວງ ການເງິນ", subject=subject)
    form.attachments = [pdf]
    return register_letter(store, actor, form).letter_id


def _official(store: OfficeStore, pki: Pki, actor: Actor) -> object:
    pki.keys = KeyStore(default_key_folder(store.data_dir.root))
    with store.db.session() as s, s.begin():
        add_trust_items(s, store.log, actor, pki.trust())
    return pki.official(actor.user_id)


def test_sign_and_verify_a_letter(store: OfficeStore, clerk: Actor, pki: Pki, tmp_path: Path) -> None:
    identity = _official(store, pki, clerk)
    letter_id = _letter(store, clerk, tmp_path)
    result = sign_letter(store, clerk, letter_id, identity)  # type: ignore[arg-type]
    [checked] = verify_letter(store, letter_id)
    assert checked.status.code == VALID, checked.status.describe()
    assert checked.code == result.code and checked.role == "signed" and checked.order == 1
    with store.db.session() as s:
        event = s.scalars(select(Event).where(Event.id == result.event_id)).one()
        assert len(canonical_json(envelope_of(event).to_dict()).encode()) < MAX_EVENT_BYTES
        payload = json.loads(event.payload)
    # The event alone is enough for OpenSSL: the manifest bytes and the CMS signature.
    cms, manifest = base64.b64decode(payload["cms"]), base64.b64decode(payload["manifest"])
    assert openssl_verify(tmp_path, cms, manifest, pki.ca_file()) == 0
    assert json.loads(manifest)["attachments"][0]["filename"].endswith(".pdf")


def test_no_unencrypted_key_in_data_dir(store: OfficeStore, clerk: Actor, pki: Pki, tmp_path: Path) -> None:
    identity = _official(store, pki, clerk)
    sign_letter(store, clerk, _letter(store, clerk, tmp_path), identity, sign_pdfs=True)  # type: ignore[arg-type]
    key = identity.key  # type: ignore[attr-defined]
    secrets_ = [
        key.private_bytes(Encoding.DER, PrivateFormat.PKCS8, NoEncryption()),
        key.private_bytes(Encoding.DER, PrivateFormat.TraditionalOpenSSL, NoEncryption()),
        key.private_numbers().private_value.to_bytes(32, "big"),
        b"PRIVATE KEY-----",
    ]
    files = [p for p in store.data_dir.root.rglob("*") if p.is_file()]
    assert any(p.suffix == ".p12" for p in files)
    for path in files:
        data = path.read_bytes()
        for secret in secrets_:
            assert secret not in data, f"unencrypted key material in {path}"


def test_signers_in_order_over_the_same_manifest(store: OfficeStore, clerk: Actor, pki: Pki, tmp_path: Path) -> None:
    head = _official(store, pki, clerk)
    letter_id = _letter(store, clerk, tmp_path)
    with store.db.session() as s, s.begin():
        s.add(User(id="usr_prep", office_id=clerk.office_id, username="prep", display_name="ນາງ ແກ້ວ", roles="signer"))
        s.add(User(id="usr_clerk", office_id=clerk.office_id, username="clerk", display_name="Clerk", roles="clerk"))
    preparer_actor = store.actor("usr_prep")
    preparer = pki.official("usr_prep", name="ນາງ ແກ້ວ", title="ວິຊາການ")
    with pytest.raises(SigningRefused, match="signing rights"):
        sign_letter(store, store.actor("usr_clerk"), letter_id, preparer)
    sign_letter(store, preparer_actor, letter_id, preparer, role="prepared")
    sign_letter(store, clerk, letter_id, head, role="approved")  # type: ignore[arg-type]
    with pytest.raises(SigningRefused, match="cannot come after"):
        sign_letter(store, preparer_actor, letter_id, preparer, role="prepared")
    sign_letter(store, clerk, letter_id, head, role="signed")  # type: ignore[arg-type]
    with pytest.raises(SigningRefused, match="already signed"):
        sign_letter(store, preparer_actor, letter_id, preparer, role="signed")
    results = verify_letter(store, letter_id)
    assert [(r.order, r.role, r.status.code) for r in results] == [
        (1, "prepared", VALID),
        (2, "approved", VALID),
        (3, "signed", VALID),
    ]
    with store.db.session() as s:
        assert len({row.manifest_sha256 for row in signatures_of(s, letter_id)}) == 1


def test_second_signature_refused_after_letter_changed(
    store: OfficeStore, clerk: Actor, pki: Pki, tmp_path: Path
) -> None:
    identity = _official(store, pki, clerk)
    letter_id = _letter(store, clerk, tmp_path)
    sign_letter(store, clerk, letter_id, identity, role="prepared")  # type: ignore[arg-type]
    correct_field(store, clerk, letter_id, "subject", "ແຈ້ງການ ໃໝ່", "typo")
    with pytest.raises(SigningRefused, match="changed after the first signature"):
        sign_letter(store, clerk, letter_id, identity, role="signed")  # type: ignore[arg-type]


def test_field_corrected_after_signing_is_named(store: OfficeStore, clerk: Actor, pki: Pki, tmp_path: Path) -> None:
    identity = _official(store, pki, clerk)
    letter_id = _letter(store, clerk, tmp_path)
    sign_letter(store, clerk, letter_id, identity)  # type: ignore[arg-type]
    correct_field(store, clerk, letter_id, "subject", "ແຈ້ງການ ທີ່ຖືກແກ້ໄຂ", "changed on purpose")
    [checked] = verify_letter(store, letter_id)
    assert checked.status.code == CHANGED
    assert checked.status.changed == ["field 'subject'"]
    assert "subject" in checked.status.message_lo


def test_one_changed_byte_in_an_attachment_is_named(store: OfficeStore, clerk: Actor, pki: Pki, tmp_path: Path) -> None:
    identity = _official(store, pki, clerk)
    letter_id = _letter(store, clerk, tmp_path)
    sign_letter(store, clerk, letter_id, identity)  # type: ignore[arg-type]
    with store.db.session() as s:
        row = s.scalars(select(Signature)).one()
        manifest = json.loads(
            base64.b64decode(
                json.loads(s.scalars(select(Event.payload).where(Event.id == row.event_id)).one())["manifest"]
            )
        )
    item = manifest["attachments"][0]
    path = store.blobs.path_of("sha256:" + item["sha256"])
    data = bytearray(path.read_bytes())
    data[100] ^= 0x01
    path.write_bytes(bytes(data))
    [checked] = verify_letter(store, letter_id)
    assert checked.status.code == CHANGED
    assert checked.status.changed == [f"file '{item['filename']}' was changed"]


def test_added_attachment_after_signing(store: OfficeStore, clerk: Actor, pki: Pki, tmp_path: Path) -> None:
    identity = _official(store, pki, clerk)
    letter_id = _letter(store, clerk, tmp_path)
    sign_letter(store, clerk, letter_id, identity)  # type: ignore[arg-type]
    extra = tmp_path / "annex.pdf"
    extra.write_bytes(demo_pdf("annex"))
    add_attachments(store, clerk, letter_id, [extra])
    [checked] = verify_letter(store, letter_id)
    assert checked.status.code == CHANGED and checked.status.changed == ["file 'annex.pdf' was added"]


def _forge(store: OfficeStore, actor: Actor, letter_id: str, payload: dict) -> None:  # type: ignore[type-arg]
    with store.db.session() as s, s.begin():
        store.log.append(s, actor, "letter.signed", payload, letter_id=letter_id)


def _payload(store: OfficeStore, event_id: str) -> dict:  # type: ignore[type-arg]
    with store.db.session() as s:
        return json.loads(s.scalars(select(Event.payload).where(Event.id == event_id)).one())


def test_signature_moved_onto_another_letter(store: OfficeStore, clerk: Actor, pki: Pki, tmp_path: Path) -> None:
    identity = _official(store, pki, clerk)
    first = _letter(store, clerk, tmp_path, "ແຈ້ງການ ສະບັບທີ ໜຶ່ງ AAA")
    second = _letter(store, clerk, tmp_path, "ແຈ້ງການ ສະບັບທີ ສອງ BBB")
    result = sign_letter(store, clerk, first, identity)  # type: ignore[arg-type]
    _forge(store, clerk, second, _payload(store, result.event_id))
    [checked] = verify_letter(store, second)
    assert checked.status.code == CHANGED
    assert "field 'letter_id'" in checked.status.changed and "field 'subject'" in checked.status.changed


def test_manifest_with_attachment_swapped(store: OfficeStore, clerk: Actor, pki: Pki, tmp_path: Path) -> None:
    identity = _official(store, pki, clerk)
    first = _letter(store, clerk, tmp_path, "ແຈ້ງການ ສະບັບທີ ໜຶ່ງ AAA")
    result = sign_letter(store, clerk, first, identity)  # type: ignore[arg-type]
    payload = _payload(store, result.event_id)
    manifest = json.loads(base64.b64decode(payload["manifest"]))
    manifest["attachments"][0]["sha256"] = "ab" * 32
    raw = json.dumps(manifest, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    payload["manifest"] = base64.b64encode(raw).decode()
    other = _letter(store, clerk, tmp_path, "ແຈ້ງການ ສະບັບທີ ສາມ CCC")
    _forge(store, clerk, other, payload)
    [checked] = verify_letter(store, other)
    assert checked.status.code == CHANGED
    assert checked.status.changed == ["the signed manifest"]


def test_untrusted_and_revoked_in_the_office(
    store: OfficeStore, clerk: Actor, pki: Pki, other_pki, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    identity = _official(store, pki, clerk)
    letter_id = _letter(store, clerk, tmp_path)
    sign_letter(store, clerk, letter_id, identity)  # type: ignore[arg-type]
    stranger = other_pki().official(clerk.user_id)
    with pytest.raises(SigningRefused, match="not trusted"):
        sign_letter(store, clerk, _letter(store, clerk, tmp_path, "ອື່ນ XYZ"), stranger)
    pki.ca.revoke(identity.certificate.serial_number, CA_PASS)  # type: ignore[attr-defined]
    with store.db.session() as s, s.begin():
        add_trust_items(s, store.log, clerk, pki.trust())
    [checked] = verify_letter(store, letter_id)
    assert checked.status.code == REVOKED and checked.status.revoked_at is not None
    with pytest.raises(SigningRefused, match="revoked"):
        sign_letter(store, clerk, _letter(store, clerk, tmp_path, "ອື່ນ QQQ"), identity)  # type: ignore[arg-type]


def test_signatures_travel_with_sync_and_are_checked_on_arrival(
    store: OfficeStore, clerk: Actor, pki: Pki, tmp_path: Path
) -> None:
    identity = _official(store, pki, clerk)
    letter_id = _letter(store, clerk, tmp_path)
    sign_letter(store, clerk, letter_id, identity, sign_pdfs=True)  # type: ignore[arg-type]
    other = open_store(tmp_path / "second-pc")
    try:
        with store.db.session() as s:
            envelopes = [envelope_of(e) for e in s.scalars(select(Event).order_by(Event.seq))]
        # Files arrive by the blob channel; events in order, stored as received events.
        for blob in store.blobs.all_hashes():
            other.blobs.add_bytes(store.blobs.read(blob))
        with other.db.session() as s, s.begin():
            for envelope in envelopes:
                store_event(s, envelope)
        with other.db.session() as s:
            assert [r.status for r in s.scalars(select(Signature))] == ["unchecked"]
        assert verify_pending(other) == 1
        with other.db.session() as s:
            assert [r.status for r in s.scalars(select(Signature))] == [VALID]
            assert projections.rebuild(s) > 0
            assert len(list(s.scalars(select(Signature)))) == 1
    finally:
        other.close()


def test_pdf_attachments_signed_inside_and_checked_by_pdfsig(
    store: OfficeStore, clerk: Actor, pki: Pki, tmp_path: Path
) -> None:
    identity = _official(store, pki, clerk)
    letter_id = _letter(store, clerk, tmp_path)
    first = sign_letter(store, clerk, letter_id, identity, role="approved", sign_pdfs=True)  # type: ignore[arg-type]
    second = sign_letter(store, clerk, letter_id, identity, role="signed", sign_pdfs=True)  # type: ignore[arg-type]
    assert len(first.pdf_copies) == 1 and len(second.pdf_copies) == 1
    # The manifest covers the originals only, so the second signer signed the same manifest.
    assert all(r.status.code == VALID for r in verify_letter(store, letter_id))
    final = tmp_path / "final.pdf"
    final.write_bytes(store.blobs.read(second.pdf_copies[0]))
    output = subprocess.run(["pdfsig", str(final)], capture_output=True, text=True).stdout
    assert output.count("Signature is Valid.") == 2, output
    assert "Total document signed" in output
    from eoffice_desktop.core.signing.pdfsign import verify_pdf

    checks = verify_pdf(final.read_bytes(), pki.trust())
    assert [(c.intact, c.trusted) for c in checks] == [(True, True), (True, True)]
