"""Officials' signing keys on their own PC: created here, stored only as passphrase-encrypted PKCS#12.

Layout of the key folder (default `<data dir>/keys`, never synced): `<user>.p12` (the encrypted key, with the
certificate once issued), `<user>.json` (public facts: the request, the certificate chain, a checksum of the key file,
and the count of wrong passphrases that slows the next try).
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import Encoding, pkcs12

from eoffice_shared.refusals import Refusal
from eoffice_shared.signing.secrets_io import (
    check_new_passphrase,
    pkcs12_bytes,
    private_folder,
    write_atomic,
)

SigningKey = ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey


class KeyRefused(Refusal):
    """Base of the key folder's refusals; the message is for the official."""


class NoKey(KeyRefused):
    pass


class WrongPassphrase(KeyRefused):
    pass


class KeyLocked(KeyRefused):
    """Too many wrong passphrases in a row: the next try must wait."""

    code = "key_locked"
    english = "Too many wrong passphrases. Try again in {seconds} seconds."

    def __init__(self, wait_seconds: float) -> None:
        super().__init__(seconds=int(wait_seconds) + 1)
        self.wait_seconds = wait_seconds


class KeyFileDamaged(KeyRefused):
    pass


@dataclass
class Identity:
    """An unlocked key with its certificate and the CA certificates above it."""

    user_id: str
    key: SigningKey
    certificate: x509.Certificate | None
    chain: list[x509.Certificate] = field(default_factory=list)


def _safe(user_id: str) -> str:
    if not re.fullmatch(r"[A-Za-z0-9_.-]{1,100}", user_id):
        raise ValueError(f"not a valid user id for a key file: {user_id!r}")
    return user_id


def backoff_seconds(failures: int) -> float:
    """Wait before the next try after `failures` wrong passphrases in a row: none for 2, then 2, 4, ... 60 s."""
    return 0.0 if failures < 3 else float(min(2 ** (failures - 2), 60))


class KeyStore:
    def __init__(self, folder: Path, clock: Callable[[], float] = time.time) -> None:
        self.folder = folder
        self.clock = clock

    def _p12(self, user_id: str) -> Path:
        return self.folder / f"{_safe(user_id)}.p12"

    def _meta_path(self, user_id: str) -> Path:
        return self.folder / f"{_safe(user_id)}.json"

    def has_key(self, user_id: str) -> bool:
        return self._p12(user_id).exists()

    def meta(self, user_id: str) -> dict[str, Any]:
        path = self._meta_path(user_id)
        if not path.exists():
            return {}
        try:
            data: dict[str, Any] = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError):
            raise KeyFileDamaged(
                "The key information file {file} is damaged.", code="key_info_damaged", file=path.name
            ) from None
        return data

    def _save_meta(self, user_id: str, meta: dict[str, Any]) -> None:
        private_folder(self.folder)
        write_atomic(self._meta_path(user_id), json.dumps(meta, indent=1, sort_keys=True).encode("utf-8"))

    def _save_key(self, identity: Identity, passphrase: str, meta: dict[str, Any]) -> None:
        private_folder(self.folder)
        data = pkcs12_bytes(identity.user_id, identity.key, identity.certificate, identity.chain, passphrase)
        # Metadata first: a crash between the two writes leaves a checksum that names the old file as damaged
        # only if the key write had started, and the temporary-file rename makes that window tiny.
        meta["key_sha256"] = hashlib.sha256(data).hexdigest()
        meta["failures"], meta["last_failure"] = 0, 0.0
        if identity.certificate is not None:
            meta["certificate"] = identity.certificate.public_bytes(Encoding.PEM).decode("ascii")
            meta["chain"] = [c.public_bytes(Encoding.PEM).decode("ascii") for c in identity.chain]
        self._save_meta(identity.user_id, meta)
        write_atomic(self._p12(identity.user_id), data)

    def create(self, user_id: str, passphrase: str, algorithm: str = "ec-p256") -> Identity:
        """A new key pair for `user_id`; refuses to overwrite an existing key (export a backup and delete it first)."""
        check_new_passphrase(passphrase)
        if self.has_key(user_id):
            raise KeyRefused("This user already has a signing key on this PC.", code="key_exists")
        key: SigningKey
        if algorithm == "ec-p256":
            key = ec.generate_private_key(ec.SECP256R1())
        elif algorithm == "rsa-3072":
            key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
        else:
            raise ValueError(f"unknown key algorithm {algorithm}")
        identity = Identity(user_id, key, None, [])
        self._save_key(identity, passphrase, {"user_id": user_id, "algorithm": algorithm, "created": self.clock()})
        return identity

    def certificate(self, user_id: str) -> x509.Certificate | None:
        pem = self.meta(user_id).get("certificate")
        return x509.load_pem_x509_certificate(pem.encode("ascii")) if pem else None

    def unlock(self, user_id: str, passphrase: str) -> Identity:
        """Decrypt the key; wrong passphrases are counted and each try after the second waits longer."""
        path = self._p12(user_id)
        if not path.exists():
            raise NoKey(
                "There is no signing key for this user on this PC. Create one or import a PKCS#12 file.", code="no_key"
            )
        meta = self.meta(user_id)
        wait = backoff_seconds(int(meta.get("failures", 0))) - (self.clock() - float(meta.get("last_failure", 0)))
        if wait > 0:
            raise KeyLocked(wait)
        data = path.read_bytes()
        if meta.get("key_sha256") and hashlib.sha256(data).hexdigest() != meta["key_sha256"]:
            raise KeyFileDamaged(
                "The key file {file} is damaged. Restore it from your PKCS#12 backup (Import key).",
                code="key_file_damaged",
                file=path.name,
            )
        try:
            loaded = pkcs12.load_pkcs12(data, passphrase.encode("utf-8"))
        except ValueError as exc:
            if "Invalid password" not in str(exc):
                raise KeyFileDamaged(
                    "The key file {file} cannot be read: it is damaged.", code="key_file_unreadable", file=path.name
                ) from None
            meta["failures"] = int(meta.get("failures", 0)) + 1
            meta["last_failure"] = self.clock()
            self._save_meta(user_id, meta)
            raise WrongPassphrase(
                "The passphrase is wrong. Check the keyboard language and Caps Lock.", code="passphrase_wrong"
            ) from None
        if loaded.key is None or not isinstance(loaded.key, (ec.EllipticCurvePrivateKey, rsa.RSAPrivateKey)):
            raise KeyFileDamaged(
                "The key file {file} holds no usable signing key.", code="key_file_unusable", file=path.name
            )
        if meta.get("failures"):
            meta["failures"], meta["last_failure"] = 0, 0.0
            self._save_meta(user_id, meta)
        cert = loaded.cert.certificate if loaded.cert else self.certificate(user_id)
        chain = [c.certificate for c in loaded.additional_certs] or [
            x509.load_pem_x509_certificate(p.encode("ascii")) for p in meta.get("chain", [])
        ]
        return Identity(user_id, loaded.key, cert, chain)

    def change_passphrase(self, user_id: str, old: str, new: str) -> None:
        check_new_passphrase(new)
        identity = self.unlock(user_id, old)
        self._save_key(identity, new, self.meta(user_id))

    def install_certificate(
        self, user_id: str, passphrase: str, certificate: x509.Certificate, chain: list[x509.Certificate]
    ) -> Identity:
        """Store the certificate the CA issued (or renewed) for this key; refuses one for another key."""
        identity = self.unlock(user_id, passphrase)
        if certificate.public_key() != identity.key.public_key():
            raise KeyRefused("This certificate was issued for a different key.", code="certificate_other_key")
        identity.certificate, identity.chain = certificate, list(chain)
        self._save_key(identity, passphrase, self.meta(user_id))
        return identity

    def export_pkcs12(self, user_id: str, passphrase: str, target: Path, export_passphrase: str) -> None:
        """A backup of the key, certificate and chain, encrypted with its own passphrase."""
        check_new_passphrase(export_passphrase)
        identity = self.unlock(user_id, passphrase)
        write_atomic(
            target, pkcs12_bytes(user_id, identity.key, identity.certificate, identity.chain, export_passphrase)
        )

    def import_pkcs12(self, user_id: str, source: Path, file_passphrase: str, new_passphrase: str) -> Identity:
        """Take a key and certificate from another CA (or a backup); stored re-encrypted with our settings."""
        check_new_passphrase(new_passphrase)
        try:
            loaded = pkcs12.load_pkcs12(source.read_bytes(), file_passphrase.encode("utf-8"))
        except OSError as exc:
            raise KeyRefused(
                "The file {file} cannot be read: {reason}.",
                code="key_import_unreadable",
                file=source.name,
                reason=str(exc.strerror),
            ) from None
        except ValueError:
            raise WrongPassphrase(
                "The passphrase of {file} is wrong, or the file is damaged.",
                code="key_import_passphrase_wrong",
                file=source.name,
            ) from None
        if loaded.key is None or not isinstance(loaded.key, (ec.EllipticCurvePrivateKey, rsa.RSAPrivateKey)):
            raise KeyRefused(
                "The file {file} holds no ECDSA or RSA private key.", code="key_import_no_key", file=source.name
            )
        identity = Identity(
            user_id,
            loaded.key,
            loaded.cert.certificate if loaded.cert else None,
            [c.certificate for c in loaded.additional_certs],
        )
        if identity.certificate is not None and identity.certificate.public_key() != loaded.key.public_key():
            raise KeyRefused(
                "In {file} the certificate does not belong to the key.", code="key_import_mismatch", file=source.name
            )
        algorithm = "ec-p256" if isinstance(loaded.key, ec.EllipticCurvePrivateKey) else "rsa"
        self._save_key(identity, new_passphrase, {"user_id": user_id, "algorithm": algorithm, "created": self.clock()})
        return identity


class UnlockedKeys:
    """Keeps unlocked identities for a short, configurable time so that several signings ask once."""

    def __init__(self, seconds: float = 0.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.seconds = seconds
        self.clock = clock
        self._held: dict[str, tuple[float, Identity]] = {}

    def get(self, user_id: str) -> Identity | None:
        held = self._held.get(user_id)
        if held is None:
            return None
        if self.clock() >= held[0]:
            del self._held[user_id]
            return None
        return held[1]

    def keep(self, identity: Identity) -> None:
        if self.seconds > 0:
            self._held[identity.user_id] = (self.clock() + self.seconds, identity)

    def forget(self, user_id: str | None = None) -> None:
        if user_id is None:
            self._held.clear()
        else:
            self._held.pop(user_id, None)


def default_key_folder(data_root: Path) -> Path:
    """`keys/` inside the data directory: local to this PC, never synced, holding only encrypted keys."""
    return data_root / "keys"
