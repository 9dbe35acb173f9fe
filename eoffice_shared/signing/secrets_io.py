"""Writing secret-bearing and public files in the key folders: private permissions, atomic replace, fsync.

A power cut during a passphrase change leaves either the old or the new key file, never half of one.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes
from cryptography.hazmat.primitives.serialization import PrivateFormat, pkcs12
from cryptography.x509 import Certificate

from eoffice_shared.refusals import Refusal

# OWASP 2023 guidance for PBKDF2-HMAC-SHA256; loading takes about 0.1 s on this machine.
KDF_ROUNDS = 600_000
MIN_PASSPHRASE = 10


class PassphraseTooWeak(Refusal, ValueError):
    pass


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise PassphraseTooWeak(
            "The passphrase must have at least {count} characters.", code="passphrase_too_short", count=MIN_PASSPHRASE
        )
    if passphrase.strip() != passphrase:
        raise PassphraseTooWeak("The passphrase must not start or end with a space.", code="passphrase_spaces")


def private_folder(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    if os.name != "nt":
        folder.chmod(0o700)
    return folder


def write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary file in the same folder, fsync, then rename over the target."""
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        if os.name != "nt":
            tmp.chmod(0o600)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def pkcs12_bytes(
    friendly_name: str,
    key: PrivateKeyTypes,
    cert: Certificate | None,
    chain: list[Certificate],
    passphrase: str,
) -> bytes:
    """PKCS#12 with PBES2 (PBKDF2-SHA256, AES-256-CBC) and an HMAC-SHA256 MAC; never the legacy RC2/3DES."""
    encryption = (
        PrivateFormat.PKCS12.encryption_builder()
        .kdf_rounds(KDF_ROUNDS)
        .key_cert_algorithm(pkcs12.PBES.PBESv2SHA256AndAES256CBC)
        .hmac_hash(hashes.SHA256())
        .build(passphrase.encode("utf-8"))
    )
    return pkcs12.serialize_key_and_certificates(
        friendly_name.encode("utf-8"),
        key,  # type: ignore[arg-type]
        cert,
        chain or None,
        encryption,
    )
