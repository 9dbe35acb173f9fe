"""Signature time-stamps from the central server (RFC 3161, CAdES-T): a signature made offline gets the server's
time-stamp at the next sync, OpenSSL accepts the token against the server's time-stamping authority, and a key revoked
later leaves the signatures time-stamped before the revocation valid while one time-stamped after it is not."""

from __future__ import annotations

import hashlib
import subprocess
import time
import zipfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import requests
from cryptography.hazmat.primitives.serialization import Encoding
from sqlalchemy import select

from eoffice_desktop.core import projections
from eoffice_desktop.core.demo.files import demo_pdf
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.signing.ledger import signatures_of, stored_signature, trust_store
from eoffice_desktop.core.signing.letters import sign_letter, verify_letter
from eoffice_desktop.core.signing.package import export_package, verify_package
from eoffice_desktop.core.signing.pdfsign import verify_pdf
from eoffice_desktop.core.signing.status import REVOKED, VALID
from eoffice_desktop.core.signing.tables import Signature
from eoffice_desktop.core.signing.timestamps import TIMESTAMPED, signature_value, tokens_of
from eoffice_desktop.core.signing.trust import TrustStore
from eoffice_desktop.core.storage.models import Attachment, Event
from sync.client.session import sync_once, transport_for
from sync.server.ca import ServerCA
from tests.sync.conftest import RunningServer
from tests.sync.test_client_trust import _certified_official, _office_pc, _signed_letter


def _token_and_cms(store, letter_id: str) -> tuple[bytes, bytes]:  # type: ignore[no-untyped-def]
    with store.db.session() as s:
        row = signatures_of(s, letter_id)[0]
        return tokens_of(s, letter_id)[row.event_id], stored_signature(s, row).item.cms


def test_offline_signature_is_time_stamped_at_the_next_sync_and_openssl_accepts_it(
    central: RunningServer, tmp_path: Path
) -> None:
    store, actor = _office_pc(central, tmp_path)
    ServerCA.create(central.blob_dir.parent, "ກະຊວງ CA")
    sync_once(store)
    identity = _certified_official(store, actor)
    before = datetime.now(UTC)
    letter_id = _signed_letter(store, actor, identity, tmp_path)  # offline: nothing is asked of the server
    [offline] = verify_letter(store, letter_id)
    assert offline.status.code == VALID and offline.status.timestamped_at is None
    assert "not yet time-stamped" in offline.status.describe()

    report = sync_once(store)
    [stamped] = verify_letter(store, letter_id)
    assert stamped.status.code == VALID, stamped.status.describe()
    assert stamped.status.timestamped_at is not None
    assert before - timedelta(seconds=1) <= stamped.status.timestamped_at <= datetime.now(UTC)
    assert "Time-stamped by the central server at" in stamped.status.describe()
    assert report.pushed >= 1  # the time-stamp went to the server in the same sync
    with store.db.session() as s:
        assert s.scalars(select(Event.acked).where(Event.type == TIMESTAMPED)).one()
    assert sync_once(store).pushed == 0  # stamped once: nothing more to send

    # OpenSSL, with the server's CA and the authority's certificate fetched from the server.
    token, cms = _token_and_cms(store, letter_id)
    (tmp_path / "token.der").write_bytes(token)
    headers = {"Authorization": f"Bearer {store_token(store)}"}
    tsa_pem = requests.get(f"{central.url}/v1/tsa/certificate", headers=headers, timeout=10)
    assert tsa_pem.status_code == 200
    (tmp_path / "tsa.pem").write_bytes(tsa_pem.content)
    (tmp_path / "ca.pem").write_text(ServerCA(central.blob_dir.parent).ca_pem())
    digest = hashlib.sha256(signature_value(cms)).hexdigest()
    command = ["openssl", "ts", "-verify", "-token_in", "-in", str(tmp_path / "token.der"), "-digest", digest]
    command += ["-CAfile", str(tmp_path / "ca.pem"), "-untrusted", str(tmp_path / "tsa.pem")]
    checked = subprocess.run(command, capture_output=True, text=True, timeout=30)
    assert checked.returncode == 0 and "Verification: OK" in checked.stdout, checked.stdout + checked.stderr
    embedded = subprocess.run([*command[:-2]], capture_output=True, text=True)
    assert embedded.returncode == 0  # the token carries the authority's certificate itself
    other = command.copy()
    other[other.index(digest)] = hashlib.sha256(b"another signature").hexdigest()
    assert subprocess.run(other, capture_output=True, text=True).returncode != 0

    # Not a time-stamp request: one clear refusal.
    junk = requests.post(f"{central.url}/v1/tsa", data=b"\x30\x03\x02\x01\x01", headers=headers, timeout=10)
    assert junk.status_code == 400 and "RFC 3161" in junk.json()["message_en"]
    assert requests.post(f"{central.url}/v1/tsa", data=b"x", timeout=10).status_code == 401
    store.close()


def store_token(store) -> str:  # type: ignore[no-untyped-def]
    from eoffice_desktop.core.storage.credential import load_token

    with store.db.session() as s:
        return str(load_token(store.data_dir, s))


def test_signature_time_stamped_before_a_revocation_stays_valid_and_one_after_it_does_not(
    central: RunningServer, tmp_path: Path
) -> None:
    store, actor = _office_pc(central, tmp_path)
    server_ca = ServerCA.create(central.blob_dir.parent, "ກະຊວງ CA")
    sync_once(store)
    identity = _certified_official(store, actor)
    before_letter = _signed_letter(store, actor, identity, tmp_path)
    sync_once(store)
    [first] = verify_letter(store, before_letter)
    stamped_at = first.status.timestamped_at
    assert first.status.code == VALID and stamped_at is not None

    # The key is reported lost: from the next whole second after the first time-stamp (CRLs count in seconds).
    lost = (stamped_at + timedelta(seconds=1)).replace(microsecond=0)
    with central.database.write() as s:
        server_ca.revoke(s, f"{identity.certificate.serial_number:x}", "key_compromise", lost)  # type: ignore[union-attr]
    while datetime.now(UTC) <= lost:  # the second letter is signed after that moment
        time.sleep(0.05)
    (tmp_path / "second").mkdir()
    after_letter = _signed_letter(store, actor, identity, tmp_path / "second")  # this PC has not heard of it yet
    sync_once(store)  # time-stamped now, then the new revocation list arrives

    [kept] = verify_letter(store, before_letter)
    assert kept.status.code == VALID, kept.status.describe()
    assert kept.status.revoked_at == lost
    assert any("after the time-stamp" in d and "stays valid" in d for d in kept.status.details)
    [refused] = verify_letter(store, after_letter)
    assert refused.status.code == REVOKED and refused.status.revoked_at == lost
    assert refused.status.timestamped_at is not None and refused.status.timestamped_at >= lost
    store.close()


def test_time_stamped_letter_verifies_with_openssl_and_its_package_carries_the_time_stamp(
    central: RunningServer, tmp_path: Path
) -> None:
    store, actor = _office_pc(central, tmp_path)
    ServerCA.create(central.blob_dir.parent, "ກະຊວງ CA")
    sync_once(store)
    identity = _certified_official(store, actor)
    letter_id = _signed_letter(store, actor, identity, tmp_path)
    sync_once(store)
    with store.db.session() as s:
        item = stored_signature(s, signatures_of(s, letter_id)[0]).item
    (tmp_path / "sig.p7s").write_bytes(item.cms)
    (tmp_path / "manifest.json").write_bytes(item.manifest)
    assert identity.certificate is not None
    (tmp_path / "ca.pem").write_bytes(identity.chain[0].public_bytes(Encoding.PEM))
    command = ["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", str(tmp_path / "sig.p7s")]
    command += ["-content", str(tmp_path / "manifest.json"), "-CAfile", str(tmp_path / "ca.pem")]
    command += ["-purpose", "any", "-out", "/dev/null"]
    assert subprocess.run(command, capture_output=True).returncode == 0

    # The package carries the token beside the signature; checked elsewhere with only the CA certificate.
    package = tmp_path / "letter.zip"
    export_package(store, letter_id, package)
    with zipfile.ZipFile(package) as archive:
        assert "signatures/1-signed.tst" in archive.namelist()
    [(_, status)] = verify_package(package, TrustStore.from_pem((tmp_path / "ca.pem").read_bytes())).signatures
    assert status.code == VALID and status.timestamped_at is not None
    store.close()


def test_signed_pdf_copies_are_archived_b_lta_at_the_next_sync(central: RunningServer, tmp_path: Path) -> None:
    store, actor = _office_pc(central, tmp_path)
    ServerCA.create(central.blob_dir.parent, "ກະຊວງ CA")
    sync_once(store)
    identity = _certified_official(store, actor)
    pdf = tmp_path / "ແຈ້ງການ.pdf"
    pdf.write_bytes(demo_pdf("a letter signed inside"))
    form = LetterForm(register_date=date.today(), sender_name="ກະຊວງ", subject="ແຈ້ງການ", attachments=[pdf])
    letter_id = register_letter(store, actor, form).letter_id
    sign_letter(store, actor, letter_id, identity, sign_pdfs=True)

    report = sync_once(store)
    assert report.pushed >= 2  # the time-stamp and the archived copy went out in this sync
    with store.db.session() as s:
        names = {
            a.filename: a.blob_hash for a in s.scalars(select(Attachment).where(Attachment.letter_id == letter_id))
        }
        trust = trust_store(s)
    assert set(names) == {"ແຈ້ງການ.pdf", "ແຈ້ງການ (signed 1).pdf", "ແຈ້ງການ (signed 1) (archived).pdf"}
    archived_hash = names["ແຈ້ງການ (signed 1) (archived).pdf"]
    assert transport_for(store).blob_status([archived_hash]).have == {archived_hash: None}  # on the server already
    archived = store.blobs.read(archived_hash)
    checks = verify_pdf(archived, trust)
    assert [c.level for c in checks] == ["PAdES B-LTA", "document time-stamp"]
    assert all(c.intact and c.trusted for c in checks), [c.summary for c in checks]
    (tmp_path / "archived.pdf").write_bytes(archived)
    pdfsig = subprocess.run(["pdfsig", str(tmp_path / "archived.pdf")], capture_output=True, text=True).stdout
    assert "Signature Type: ETSI.CAdES.detached" in pdfsig and "Signature is Valid." in pdfsig, pdfsig
    # The manifest still covers the original only: the signature is valid, and time-stamped.
    [checked] = verify_letter(store, letter_id)
    assert checked.status.code == VALID and checked.status.timestamped_at is not None
    assert sync_once(store).pushed == 0  # done once
    with store.db.session() as s, s.begin():  # the tables rebuilt from the log are the same
        before = {(r.event_id, tuple(r.pdf_blobs)) for r in s.scalars(select(Signature))}
        projections.rebuild(s)
    with store.db.session() as s:
        assert {(r.event_id, tuple(r.pdf_blobs)) for r in s.scalars(select(Signature))} == before
        assert len(list(s.scalars(select(Attachment).where(Attachment.letter_id == letter_id)))) == 3
    assert [c.status.code for c in verify_letter(store, letter_id)] == [VALID]
    package = tmp_path / "letter.zip"
    export_package(store, letter_id, package)
    with zipfile.ZipFile(package) as archive:
        assert "signed-pdf/ແຈ້ງການ (signed 1) (archived).pdf" in archive.namelist()
    store.close()
