"""Renewing the server's time-stamping authority: `eoffice-server admin tsa-renew` makes a new key and certificate from
the server's CA; the PCs learn it at their next sync; tokens made under the old certificate still verify (OpenSSL and
our verifier); the PC's archive re-stamp and the server's report use the new one; `admin tsa` says when it ends."""

from __future__ import annotations

import hashlib
import subprocess
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from asn1crypto import cms as acms
from sqlalchemy import select

from eoffice_desktop.core.demo.files import demo_pdf
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.service.trust import trust_overview
from eoffice_desktop.core.signing.held_trust import held, held_timestamping
from eoffice_desktop.core.signing.ledger import signatures_of, stored_signature, trust_store
from eoffice_desktop.core.signing.letters import sign_letter, verify_letter
from eoffice_desktop.core.signing.long_term import B_LT
from eoffice_desktop.core.signing.pdfsign import verify_pdf
from eoffice_desktop.core.signing.restamp import last_stamp
from eoffice_desktop.core.signing.status import VALID
from eoffice_desktop.core.signing.timestamps import signature_value, tokens_of
from eoffice_desktop.core.storage.models import Attachment
from eoffice_shared.exits import OK
from eoffice_shared.signing.certificates import fingerprint
from sync.client.session import sync_once, transport_for
from sync.client.timestamps import restamp_pdfs
from sync.server.ca import ServerCA
from sync.server.cli import main as server_cli
from sync.server.tsa import ServerTSA
from tests.sync.conftest import RunningServer
from tests.sync.test_client_trust import _certified_official, _office_pc, _signed_letter


def _token_serial(token: bytes) -> int:
    """The serial number of the certificate a time-stamp token was signed under."""
    signer = acms.ContentInfo.load(token)["content"]["signer_infos"][0]["sid"].chosen
    return int(signer["serial_number"].native)


def _openssl_ts(token: bytes, cms: bytes, ca_pem: str, folder: Path) -> subprocess.CompletedProcess[str]:
    (folder / "token.der").write_bytes(token)
    (folder / "ca.pem").write_text(ca_pem)
    digest = hashlib.sha256(signature_value(cms)).hexdigest()
    command = ["openssl", "ts", "-verify", "-token_in", "-in", str(folder / "token.der"), "-digest", digest]
    return subprocess.run([*command, "-CAfile", str(folder / "ca.pem")], capture_output=True, text=True, timeout=30)


def _stamped(store, letter_id: str) -> tuple[bytes, bytes]:  # type: ignore[no-untyped-def]
    with store.db.session() as s:
        row = signatures_of(s, letter_id)[0]
        return tokens_of(s, letter_id)[row.event_id], stored_signature(s, row).item.cms


def _archived(store, letter_id: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    with store.db.session() as s:
        rows = s.scalars(select(Attachment).where(Attachment.letter_id == letter_id))
        return {a.filename: a.blob_hash for a in rows if "(archived" in a.filename}


def test_a_renewed_authority_stamps_from_now_on_and_the_old_tokens_still_verify(
    central: RunningServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = central.blob_dir.parent
    places = ["--data-dir", str(data_dir), "--database", central.database.url]
    store, actor = _office_pc(central, tmp_path)
    server_ca = ServerCA.create(data_dir, "ກະຊວງ CA")
    assert server_cli(["admin", "tsa", *places]) == OK
    assert "no certificate yet" in capsys.readouterr().out
    old = ServerTSA(server_ca, central.database).renew(days=60)  # an authority whose certificate ends in 60 days
    assert server_cli(["admin", "tsa", *places]) == OK
    status = capsys.readouterr()
    assert f"serial {old.serial_number:x}" in status.out and f"to {old.not_valid_after_utc:%Y-%m-%d}" in status.out
    assert "renew it now with 'eoffice-server admin tsa-renew'" in status.err

    sync_once(store)
    identity = _certified_official(store, actor)
    pdf = tmp_path / "ແຈ້ງການ.pdf"
    pdf.write_bytes(demo_pdf("a letter kept for years"))
    form = LetterForm(register_date=date.today(), sender_name="ກະຊວງ", subject="ແຈ້ງການ", attachments=[pdf])
    first = register_letter(store, actor, form).letter_id
    sign_letter(store, actor, first, identity, sign_pdfs=True)
    sync_once(store)  # time-stamped, B-LT and archived under the old certificate
    old_token, first_cms = _stamped(store, first)
    assert _token_serial(old_token) == old.serial_number
    with store.db.session() as s:
        assert [c.serial_number for c in held_timestamping(s)] == [old.serial_number]

    # Re-stamping under a certificate that ends so soon would buy nothing: one sentence, nothing done.
    transport = transport_for(store)
    now = datetime.now(UTC)
    refused = restamp_pdfs(store, transport, actor, timedelta(days=365), now=now)
    assert refused.authority_ending == old.not_valid_after_utc and refused.done == []
    assert set(_archived(store, first)) == {"ແຈ້ງການ (signed 1) (archived).pdf"}
    # The server's report lists the letter: the certificate its last time-stamp was made under ends soon.
    assert server_cli(["admin", "restamp", *places]) == OK
    report = capsys.readouterr().out
    assert f"{first}\t" in report and "its time-stamping certificate ends" in report

    # The renewal.
    assert server_cli(["admin", "tsa-renew", *places]) == OK
    renewed = capsys.readouterr().out
    assert "New time-stamping certificate" in renewed and f"serial {old.serial_number:x}" in renewed
    new = ServerTSA(server_ca, central.database).certificate()
    assert new.serial_number != old.serial_number and new.not_valid_after_utc > now + timedelta(days=365 * 5)
    assert server_cli(["admin", "tsa", *places]) == OK
    status = capsys.readouterr()
    assert f"in use: serial {new.serial_number:x}" in status.out and "Retired" in status.out and not status.err

    # The PC learns it at its next sync; a new signature is stamped under it.
    (tmp_path / "second").mkdir()
    second = _signed_letter(store, actor, identity, tmp_path / "second")
    sync_once(store)
    with store.db.session() as s:
        assert [c.serial_number for c in held_timestamping(s)] == [new.serial_number, old.serial_number]
    shown = trust_overview(store).timestamping  # what the trusted-authorities window lists, the one in use first
    assert [c.serial_number for c in shown] == [new.serial_number, old.serial_number]
    # What the PC holds is not sent again; a PC of an earlier version (no `have_tsa`) is answered as before.
    with store.db.session() as s:
        have = held(s)
    assert have.tsa_sha256 == fingerprint(new)
    assert transport.ca_trust(have.ca_sha256, have.crl_number, have.tsa_sha256)["unchanged"]
    assert transport.ca_trust(have.ca_sha256, have.crl_number, "")["unchanged"]
    assert not transport.ca_trust(have.ca_sha256, have.crl_number, fingerprint(old))["unchanged"]
    new_token, second_cms = _stamped(store, second)
    assert _token_serial(new_token) == new.serial_number
    # Both tokens verify with the CA alone (each carries its own authority's certificate).
    ca_pem = server_ca.ca_pem()
    for token, cms in ((old_token, first_cms), (new_token, second_cms)):
        checked = _openssl_ts(token, cms, ca_pem, tmp_path)
        assert checked.returncode == 0 and "Verification: OK" in checked.stdout, checked.stderr
    assert [(c.status.code, c.status.level) for c in verify_letter(store, first)] == [(VALID, B_LT)]
    assert [(c.status.code, c.status.level) for c in verify_letter(store, second)] == [(VALID, B_LT)]

    # The archive re-stamp now runs under the new certificate; the server's report no longer lists the letter.
    done = restamp_pdfs(store, transport, actor, timedelta(days=365), now=now)
    assert len(done.done) == 1 and done.authority_ending is None, done.failed
    copy = store.blobs.read(_archived(store, first)["ແຈ້ງການ (signed 1) (archived 2).pdf"])
    stamp = last_stamp(copy)
    assert stamp is not None and stamp.authority_ends == new.not_valid_after_utc
    with store.db.session() as s:
        checks = verify_pdf(copy, trust_store(s))
    assert [c.level for c in checks] == ["PAdES B-LTA", "document time-stamp", "document time-stamp"]
    assert all(c.intact and c.trusted for c in checks), [c.summary for c in checks]
    sync_once(store)
    assert server_cli(["admin", "restamp", *places]) == OK
    report = capsys.readouterr().out
    assert "0 letter(s) need a fresh time-stamp" in report and f"(serial {new.serial_number:x})" in report
    store.close()
