"""The offline certification authority IT staff run with `eoffice ca ...` until the central server issues certificates.

A CA folder holds `ca.p12` (the CA key, encrypted), `ca.pem` (its certificate, public), `index.json` (what was issued
and revoked), `issued/<serial>.pem` and `crl.pem` (the latest revocation list). It needs no network.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import Encoding, pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID

from eoffice_shared.refusals import Refusal
from eoffice_shared.signing.certificates import Person, describe, subject_name
from eoffice_shared.signing.keys import SigningKey
from eoffice_shared.signing.secrets_io import check_new_passphrase, pkcs12_bytes, private_folder, write_atomic

REASONS = {
    "unspecified": x509.ReasonFlags.unspecified,
    "key_compromise": x509.ReasonFlags.key_compromise,
    "affiliation_changed": x509.ReasonFlags.affiliation_changed,
    "superseded": x509.ReasonFlags.superseded,
    "cessation_of_operation": x509.ReasonFlags.cessation_of_operation,
}


class CARefused(Refusal, ValueError):
    pass


def _now() -> datetime:
    return datetime.now(UTC)


def _usage(signer: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=signer,
        content_commitment=signer,  # non-repudiation: PDF validators look for it on signing certificates
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=not signer,
        crl_sign=not signer,
        encipher_only=False,
        decipher_only=False,
    )


@dataclass(frozen=True)
class IssuedEntry:
    serial: int
    name: str
    title: str
    not_before: str
    not_after: str
    revoked_at: str | None
    reason: str | None


class OfflineCA:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        if not (folder / "ca.pem").exists():
            raise CARefused(
                "There is no CA in {folder}. Create one with 'eoffice ca init'.", code="ca_missing", folder=str(folder)
            )
        self.certificate = x509.load_pem_x509_certificate((folder / "ca.pem").read_bytes())

    @classmethod
    def init(
        cls,
        folder: Path,
        name: str,
        passphrase: str,
        office: str = "",
        years: int = 10,
        valid_from: datetime | None = None,
    ) -> OfflineCA:
        check_new_passphrase(passphrase)
        if (folder / "ca.pem").exists():
            raise CARefused("A CA already exists in {folder}.", code="ca_exists", folder=str(folder))
        private_folder(folder)
        key = ec.generate_private_key(ec.SECP256R1())
        subject = subject_name(Person(name=name, office=office))
        now = valid_from or _now() - timedelta(minutes=5)
        cert = (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now)
            .not_valid_after(now + timedelta(days=365 * years))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(_usage(signer=False), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .sign(key, hashes.SHA256())
        )
        write_atomic(folder / "ca.p12", pkcs12_bytes(name, key, cert, [], passphrase))
        write_atomic(folder / "ca.pem", cert.public_bytes(Encoding.PEM))
        write_atomic(folder / "index.json", json.dumps({"issued": [], "crl_number": 0}).encode("utf-8"))
        ca = cls(folder)
        ca.write_crl(passphrase)
        return ca

    @property
    def name(self) -> str:
        return describe(self.certificate).person.name

    def _key(self, passphrase: str) -> SigningKey:
        try:
            loaded = pkcs12.load_pkcs12((self.folder / "ca.p12").read_bytes(), passphrase.encode("utf-8"))
        except ValueError:
            raise CARefused("The CA passphrase is wrong (or ca.p12 is damaged).", code="ca_passphrase_wrong") from None
        assert isinstance(loaded.key, ec.EllipticCurvePrivateKey)
        return loaded.key

    def _index(self) -> dict[str, Any]:
        data: dict[str, Any] = json.loads((self.folder / "index.json").read_text("utf-8"))
        return data

    def _save_index(self, index: dict[str, Any]) -> None:
        write_atomic(self.folder / "index.json", json.dumps(index, indent=1, ensure_ascii=False).encode("utf-8"))

    def issue(
        self,
        request: x509.CertificateSigningRequest,
        passphrase: str,
        days: int = 730,
        not_before: datetime | None = None,
        subject: x509.Name | None = None,
    ) -> x509.Certificate:
        """A signing certificate for a request whose own signature checks out; `subject` replaces the request's
        (the central server names the office from its own directory, not from what the PC wrote)."""
        if not request.is_signature_valid:
            raise CARefused("The certificate request is damaged: its signature does not match.", code="csr_damaged")
        public_key = request.public_key()
        if not isinstance(public_key, (ec.EllipticCurvePublicKey, rsa.RSAPublicKey)):
            raise CARefused("The certificate request must carry an ECDSA or RSA key.", code="csr_key_type")
        return self._issue(subject or request.subject, public_key, passphrase, days, not_before)

    def renew(self, serial: int, passphrase: str, days: int = 730) -> x509.Certificate:
        """A new certificate for the same person and key; the old one stays valid until it expires or is revoked."""
        old = self.issued(serial)
        public_key = old.public_key()
        assert isinstance(public_key, (ec.EllipticCurvePublicKey, rsa.RSAPublicKey))
        return self._issue(old.subject, public_key, passphrase, days, None)

    def issue_timestamping(
        self,
        subject: x509.Name,
        public_key: rsa.RSAPublicKey,
        passphrase: str,
        days: int = 3650,
        not_before: datetime | None = None,
    ) -> x509.Certificate:
        """The certificate of a time-stamping authority (RFC 3161: extended key usage timeStamping, critical)."""
        return self._issue(subject, public_key, passphrase, days, not_before, timestamping=True)

    def _issue(
        self,
        subject: x509.Name,
        public_key: ec.EllipticCurvePublicKey | rsa.RSAPublicKey,
        passphrase: str,
        days: int,
        not_before: datetime | None,
        timestamping: bool = False,
    ) -> x509.Certificate:
        key = self._key(passphrase)
        start = not_before or _now() - timedelta(minutes=5)
        ca_public = self.certificate.public_key()
        assert isinstance(ca_public, ec.EllipticCurvePublicKey)
        builder = (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(self.certificate.subject)
            .public_key(public_key)
            .serial_number(x509.random_serial_number())
            .not_valid_before(start)
            .not_valid_after(start + timedelta(days=days))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(_usage(signer=True), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_public), critical=False)
        )
        if timestamping:
            builder = builder.add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
        cert = builder.sign(key, hashes.SHA256())
        (self.folder / "issued").mkdir(exist_ok=True)
        write_atomic(self.folder / "issued" / f"{cert.serial_number:x}.pem", cert.public_bytes(Encoding.PEM))
        info = describe(cert)
        index = self._index()
        index["issued"].append(
            {
                "serial": f"{cert.serial_number:x}",
                "name": info.person.name,
                "title": info.person.title,
                "not_before": info.not_before.isoformat(),
                "not_after": info.not_after.isoformat(),
                "revoked_at": None,
                "reason": None,
            }
        )
        self._save_index(index)
        return cert

    def issued(self, serial: int) -> x509.Certificate:
        path = self.folder / "issued" / f"{serial:x}.pem"
        if not path.exists():
            raise CARefused(
                "This CA issued no certificate with serial {serial}.", code="serial_unknown", serial=f"{serial:x}"
            )
        return x509.load_pem_x509_certificate(path.read_bytes())

    def revoke(self, serial: int, passphrase: str, reason: str = "unspecified", when: datetime | None = None) -> None:
        if reason not in REASONS:
            raise CARefused(
                "Unknown reason {reason}; use one of: {reasons}.",
                code="revocation_reason_unknown",
                reason=reason,
                reasons=", ".join(REASONS),
            )
        self._key(passphrase)  # only the CA's keeper may revoke
        index = self._index()
        for entry in index["issued"]:
            if int(entry["serial"], 16) == serial:
                if entry["revoked_at"]:
                    raise CARefused(
                        "The certificate {serial} was already revoked on {when}.",
                        code="already_revoked",
                        serial=f"{serial:x}",
                        when=str(entry["revoked_at"]),
                    )
                entry["revoked_at"] = (when or _now()).isoformat()
                entry["reason"] = reason
                self._save_index(index)
                self.write_crl(passphrase)
                return
        raise CARefused(
            "This CA issued no certificate with serial {serial}.", code="serial_unknown", serial=f"{serial:x}"
        )

    def write_crl(self, passphrase: str, days: int = 30) -> x509.CertificateRevocationList:
        """Sign a fresh revocation list; offices import it (it also travels with sync)."""
        key = self._key(passphrase)
        index = self._index()
        index["crl_number"] = int(index.get("crl_number", 0)) + 1
        now = _now()
        builder = (
            x509.CertificateRevocationListBuilder()
            .issuer_name(self.certificate.subject)
            .last_update(now - timedelta(minutes=5))
            .next_update(now + timedelta(days=days))
            .add_extension(x509.CRLNumber(index["crl_number"]), critical=False)
            .add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(self.certificate.public_key()),  # type: ignore[arg-type]
                critical=False,
            )
        )
        for entry in index["issued"]:
            if entry["revoked_at"]:
                revoked = (
                    x509.RevokedCertificateBuilder()
                    .serial_number(int(entry["serial"], 16))
                    .revocation_date(datetime.fromisoformat(entry["revoked_at"]))
                    .add_extension(x509.CRLReason(REASONS[entry["reason"]]), critical=False)
                    .build()
                )
                builder = builder.add_revoked_certificate(revoked)
        crl = builder.sign(key, hashes.SHA256())
        write_atomic(self.folder / "crl.pem", crl.public_bytes(Encoding.PEM))
        self._save_index(index)
        return crl

    def crl(self) -> x509.CertificateRevocationList:
        return x509.load_pem_x509_crl((self.folder / "crl.pem").read_bytes())

    def entries(self) -> list[IssuedEntry]:
        return [
            IssuedEntry(
                int(e["serial"], 16),
                e["name"],
                e["title"],
                e["not_before"],
                e["not_after"],
                e["revoked_at"],
                e["reason"],
            )
            for e in self._index()["issued"]
        ]
