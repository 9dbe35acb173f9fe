"""Keys made on the official's PC, stored encrypted; the offline CA issues, renews and revokes certificates."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from eoffice_shared.signing.ca import CARefused, OfflineCA
from eoffice_shared.signing.keys import (
    KeyFileDamaged,
    KeyLocked,
    KeyStore,
    NoKey,
    UnlockedKeys,
    WrongPassphrase,
    backoff_seconds,
)
from eoffice_shared.signing.secrets_io import PassphraseTooWeak
from tests.core.signing.conftest import CA_PASS, USER_PASS, Pki


def _pkcs12_parameters(data: bytes) -> tuple[str, int, str]:
    """Encryption scheme, PBKDF2 rounds and MAC hash of a PKCS#12 file, read with asn1crypto."""
    from asn1crypto import cms
    from asn1crypto import pkcs12 as apkcs12

    pfx = apkcs12.Pfx.load(data)
    mac = pfx["mac_data"]
    safes = apkcs12.AuthenticatedSafe.load(pfx["auth_safe"]["content"].native)
    schemes = []
    for info in safes:
        if info["content_type"].native == "encrypted_data":
            algorithm = info["content"]["encrypted_content_info"]["content_encryption_algorithm"]
        else:
            bags = apkcs12.SafeContents.load(info["content"].native)
            algorithm = bags[0]["bag_value"]["encryption_algorithm"]
        schemes.append(algorithm)
    assert isinstance(schemes[0], cms.EncryptionAlgorithm) or schemes
    algorithm = schemes[0]
    kdf = algorithm["parameters"]["key_derivation_func"]["parameters"]
    enc = algorithm["parameters"]["encryption_scheme"]["algorithm"].native
    return enc, int(kdf["iteration_count"].native), mac["mac"]["digest_algorithm"]["algorithm"].native


def test_key_is_stored_only_as_strong_pkcs12(pki: Pki) -> None:
    identity = pki.keys.create("usr_1", USER_PASS)
    data = (pki.keys.folder / "usr_1.p12").read_bytes()
    enc, rounds, mac = _pkcs12_parameters(data)
    assert enc == "aes256_cbc"
    assert rounds >= 600_000
    assert mac == "sha256"
    assert not any(b"PRIVATE KEY" in p.read_bytes() for p in pki.keys.folder.iterdir())
    unlocked = pki.keys.unlock("usr_1", USER_PASS)
    assert unlocked.key.public_key() == identity.key.public_key()
    assert isinstance(unlocked.key, ec.EllipticCurvePrivateKey)
    assert (pki.keys.folder.stat().st_mode & 0o077) == 0


def test_weak_passphrase_refused(pki: Pki) -> None:
    with pytest.raises(PassphraseTooWeak):
        pki.keys.create("usr_1", "short")
    assert not pki.keys.has_key("usr_1")


def test_wrong_passphrase_is_clear_and_slows_retries(tmp_path: Path) -> None:
    now = [1000.0]
    keys = KeyStore(tmp_path / "keys", clock=lambda: now[0])
    keys.create("usr_1", USER_PASS)
    for _ in range(3):
        with pytest.raises(WrongPassphrase, match="passphrase is wrong"):
            keys.unlock("usr_1", "not my passphrase")
    with pytest.raises(KeyLocked) as locked:
        keys.unlock("usr_1", USER_PASS)  # even the right one must wait
    assert locked.value.wait_seconds == pytest.approx(backoff_seconds(3))
    now[0] += backoff_seconds(3) + 0.1
    keys.unlock("usr_1", USER_PASS)
    assert keys.meta("usr_1")["failures"] == 0
    assert [backoff_seconds(n) for n in range(1, 8)] == [0, 0, 2, 4, 8, 16, 32]


def test_corrupt_key_file_is_reported_as_damaged(pki: Pki) -> None:
    pki.keys.create("usr_1", USER_PASS)
    path = pki.keys.folder / "usr_1.p12"
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(KeyFileDamaged, match="damaged"):
        pki.keys.unlock("usr_1", USER_PASS)
    path.write_bytes(b"garbage")
    with pytest.raises(KeyFileDamaged):
        pki.keys.unlock("usr_1", USER_PASS)
    with pytest.raises(NoKey):
        pki.keys.unlock("usr_2", USER_PASS)


def test_change_passphrase_and_pkcs12_round_trip(pki: Pki, tmp_path: Path) -> None:
    identity = pki.official("usr_1")
    pki.keys.change_passphrase("usr_1", USER_PASS, "a brand new passphrase")
    with pytest.raises(WrongPassphrase):
        pki.keys.unlock("usr_1", USER_PASS)
    pki.keys.unlock("usr_1", "a brand new passphrase")
    backup = tmp_path / "backup.p12"
    pki.keys.export_pkcs12("usr_1", "a brand new passphrase", backup, "backup passphrase!")
    loaded = pkcs12.load_pkcs12(backup.read_bytes(), b"backup passphrase!")
    assert loaded.cert is not None and loaded.cert.certificate == identity.certificate
    assert [c.certificate for c in loaded.additional_certs] == [pki.ca.certificate]
    other = KeyStore(tmp_path / "other-pc")
    imported = other.import_pkcs12("usr_1", backup, "backup passphrase!", "passphrase on the new pc")
    assert imported.certificate == identity.certificate
    assert other.unlock("usr_1", "passphrase on the new pc").key.public_key() == identity.key.public_key()
    with pytest.raises(WrongPassphrase):
        other.import_pkcs12("usr_9", backup, "wrong", "passphrase on the new pc")


def test_rsa_key_can_be_chosen(pki: Pki) -> None:
    pki.keys.create("usr_r", USER_PASS, algorithm="rsa-3072")
    assert pki.keys.unlock("usr_r", USER_PASS).key.key_size == 3072  # type: ignore[union-attr]


def test_ca_issues_with_name_title_office_and_keeps_key_encrypted(pki: Pki) -> None:
    identity = pki.official("usr_1", name="ທ່ານ ບຸນມີ", title="ຫົວໜ້າກົມ")
    cert = identity.certificate
    assert cert is not None
    assert cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "ທ່ານ ບຸນມີ"
    assert cert.subject.get_attributes_for_oid(NameOID.TITLE)[0].value == "ຫົວໜ້າກົມ"
    assert cert.issuer == pki.ca.certificate.subject
    assert b"PRIVATE KEY" not in b"".join(p.read_bytes() for p in pki.ca.folder.rglob("*") if p.is_file())
    with pytest.raises(CARefused, match="passphrase"):
        pki.ca.revoke(cert.serial_number, "wrong ca passphrase")


def test_revoke_renew_and_crl(pki: Pki) -> None:
    identity = pki.official("usr_1")
    assert identity.certificate is not None
    serial = identity.certificate.serial_number
    renewed = pki.ca.renew(serial, CA_PASS, days=30)
    assert renewed.public_key() == identity.certificate.public_key() and renewed.serial_number != serial
    pki.ca.revoke(serial, CA_PASS, reason="key_compromise")
    crl = OfflineCA(pki.ca.folder).crl()
    assert crl.get_revoked_certificate_by_serial_number(serial) is not None
    assert crl.get_revoked_certificate_by_serial_number(renewed.serial_number) is None
    assert crl.is_signature_valid(pki.ca.certificate.public_key())  # type: ignore[arg-type]
    with pytest.raises(CARefused, match="already revoked"):
        pki.ca.revoke(serial, CA_PASS)
    assert [e.revoked_at is not None for e in pki.ca.entries()] == [True, False]


def test_unlocked_keys_expire(pki: Pki) -> None:
    now = [0.0]
    cache = UnlockedKeys(seconds=60, clock=lambda: now[0])
    identity = pki.keys.create("usr_1", USER_PASS)
    cache.keep(identity)
    assert cache.get("usr_1") is identity
    now[0] = 61
    assert cache.get("usr_1") is None
    assert UnlockedKeys(seconds=0).get("usr_1") is None
