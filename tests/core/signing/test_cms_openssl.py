"""Manifest signatures: made by us, accepted by `openssl cms -verify`, and by our own verifier; one byte breaks both."""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from eoffice_desktop.core.signing.manifest import Manifest
from eoffice_desktop.core.signing.status import CHANGED, EXPIRED, MALFORMED, REVOKED, UNTRUSTED, VALID
from eoffice_desktop.core.signing.verify import SignedItem, verify_signature
from eoffice_shared.signing.cms import Malformed, check_detached, sign_detached
from tests.core.signing.conftest import CA_PASS, Pki

MANIFEST = Manifest.of(
    {
        "format": "eoffice-manifest/1",
        "letter_id": "L1",
        "registry_number": "0012/ກຕສ",
        "subject": "ແຈ້ງການ ກ່ຽວກັບ ກອງປະຊຸມ\nສອງແຖວ",  # a newline: Binary mode must keep LF as LF
        "attachments": [{"filename": "a.pdf", "media_type": "application/pdf", "size": 3, "sha256": "00" * 32}],
    }
)


def openssl_verify(tmp: Path, signature: bytes, content: bytes, ca_file: Path, crl_check: bool = True) -> int:
    (tmp / "sig.p7s").write_bytes(signature)
    (tmp / "manifest.json").write_bytes(content)
    command = ["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", str(tmp / "sig.p7s")]
    command += ["-content", str(tmp / "manifest.json"), "-CAfile", str(ca_file), "-purpose", "any", "-out", "/dev/null"]
    if crl_check:
        command.append("-crl_check")
    return subprocess.run(command, capture_output=True).returncode


def _item(signature: bytes, manifest: Manifest = MANIFEST) -> SignedItem:
    return SignedItem(signature, manifest.raw, manifest.sha256)


def test_openssl_accepts_our_signature_and_rejects_any_changed_byte(pki: Pki, tmp_path: Path) -> None:
    identity = pki.official("usr_1")
    signature = sign_detached(MANIFEST.raw, identity, "signed")
    ca_file = pki.ca_file()
    assert openssl_verify(tmp_path, signature, MANIFEST.raw, ca_file) == 0
    assert verify_signature(_item(signature), pki.trust(), MANIFEST.data).code == VALID
    for position in (0, len(MANIFEST.raw) // 2, len(MANIFEST.raw) - 1):
        changed = bytearray(MANIFEST.raw)
        changed[position] ^= 0x20
        assert openssl_verify(tmp_path, signature, bytes(changed), ca_file) != 0
        status = verify_signature(SignedItem(signature, bytes(changed), MANIFEST.sha256), pki.trust(), MANIFEST.data)
        assert status.code == CHANGED


def test_checked_signature_has_time_and_signer(pki: Pki) -> None:
    identity = pki.official("usr_1", name="ທ່ານ ຄຳ")
    checked = check_detached(sign_detached(MANIFEST.raw, identity, "signed"), MANIFEST.raw)
    assert checked.intact
    assert checked.signer == identity.certificate
    assert checked.signing_time is not None
    assert abs(checked.signing_time - datetime.now(UTC)) < timedelta(minutes=1)


def test_rsa_signature_also_interoperates(pki: Pki, tmp_path: Path) -> None:
    from eoffice_shared.signing.certificates import Person, make_request

    identity = pki.keys.create("usr_r", "rsa signing passphrase", algorithm="rsa-3072")
    cert = pki.ca.issue(make_request(identity.key, Person(name="RSA Signer")), CA_PASS)
    identity.certificate, identity.chain = cert, [pki.ca.certificate]
    signature = sign_detached(MANIFEST.raw, identity, "signed")
    assert openssl_verify(tmp_path, signature, MANIFEST.raw, pki.ca_file()) == 0
    assert verify_signature(_item(signature), pki.trust(), MANIFEST.data).code == VALID


def test_untrusted_ca(pki: Pki, other_pki, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    stranger = other_pki().official("usr_x")
    signature = sign_detached(MANIFEST.raw, stranger, "signed")
    assert openssl_verify(tmp_path, signature, MANIFEST.raw, pki.ca_file()) != 0
    status = verify_signature(_item(signature), pki.trust(), MANIFEST.data)
    assert status.code == UNTRUSTED
    assert "ບໍ່ໄວ້ວາງໃຈ" in status.message_lo


def test_revoked_certificate_reports_date(pki: Pki, tmp_path: Path) -> None:
    identity = pki.official("usr_1")
    signature = sign_detached(MANIFEST.raw, identity, "signed")
    assert identity.certificate is not None
    when = datetime.now(UTC).replace(microsecond=0)
    pki.ca.revoke(identity.certificate.serial_number, CA_PASS, "key_compromise", when=when)
    assert openssl_verify(tmp_path, signature, MANIFEST.raw, pki.ca_file()) != 0
    status = verify_signature(_item(signature), pki.trust(), MANIFEST.data)
    assert status.code == REVOKED
    assert status.revoked_at == when
    assert when.strftime("%Y-%m-%d") in status.message_en and when.strftime("%Y-%m-%d") in status.message_lo


def test_expired_at_signing_time(pki: Pki, tmp_path: Path) -> None:
    identity = pki.official("usr_1", not_before=datetime.now(UTC) - timedelta(days=40), days=10)
    signature = sign_detached(MANIFEST.raw, identity, "signed")
    assert openssl_verify(tmp_path, signature, MANIFEST.raw, pki.ca_file()) != 0
    status = verify_signature(_item(signature), pki.trust(), MANIFEST.data)
    assert status.code == EXPIRED


def test_malformed_signatures(pki: Pki) -> None:
    identity = pki.official("usr_1")
    signature = sign_detached(MANIFEST.raw, identity, "signed")
    for bad in (b"", b"not a signature", signature[:40], signature[:-1]):
        assert verify_signature(_item(bad), pki.trust(), MANIFEST.data).code == MALFORMED
    with pytest.raises(Malformed):
        check_detached(b"\x30\x03\x02\x01\x01", MANIFEST.raw)
    # Flip a byte inside the signature value (the tail of the DER): the structure parses, the maths fail.
    broken = bytearray(signature)
    broken[-5] ^= 0x01
    assert verify_signature(_item(bytes(broken)), pki.trust(), MANIFEST.data).code in (MALFORMED,)
