"""X.509 names, certificate requests and plain descriptions of certificates (who, title, office, validity).

An official's certificate carries the name (CN), the title (2.5.4.12) and the office (O, OU) as UTF8String, so that
Lao names show correctly in OpenSSL and PDF readers.
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass
from datetime import datetime

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.x509.oid import NameOID

from eoffice_shared.refusals import Invalid
from eoffice_shared.signing.keys import SigningKey


@dataclass(frozen=True)
class Person:
    name: str
    title: str = ""
    office: str = ""
    unit: str = ""
    user_id: str = ""
    country: str = "LA"


def subject_name(person: Person) -> x509.Name:
    attributes = [x509.NameAttribute(NameOID.COUNTRY_NAME, person.country)]
    if person.office:
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, person.office))
    if person.unit:
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, person.unit))
    if person.title:
        attributes.append(x509.NameAttribute(NameOID.TITLE, person.title))
    if person.user_id:
        # The app's user id ties a certificate to an account without relying on the spelling of a name.
        attributes.append(x509.NameAttribute(NameOID.USER_ID, person.user_id))
    attributes.append(x509.NameAttribute(NameOID.COMMON_NAME, person.name))
    return x509.Name(attributes)


def make_request(key: SigningKey, person: Person) -> x509.CertificateSigningRequest:
    if not person.name.strip():
        raise Invalid("The certificate request needs the official's name.", code="csr_name_missing")
    return x509.CertificateSigningRequestBuilder().subject_name(subject_name(person)).sign(key, hashes.SHA256())


def _first(name: x509.Name, oid: x509.ObjectIdentifier) -> str:
    values = name.get_attributes_for_oid(oid)
    return str(values[0].value) if values else ""


def person_of(name: x509.Name) -> Person:
    return Person(
        name=_first(name, NameOID.COMMON_NAME),
        title=_first(name, NameOID.TITLE),
        office=_first(name, NameOID.ORGANIZATION_NAME),
        unit=_first(name, NameOID.ORGANIZATIONAL_UNIT_NAME),
        user_id=_first(name, NameOID.USER_ID),
        country=_first(name, NameOID.COUNTRY_NAME) or "LA",
    )


@dataclass(frozen=True)
class CertificateInfo:
    person: Person
    issuer: str
    serial: int
    not_before: datetime
    not_after: datetime
    fingerprint: str  # SHA-256 of the DER, hex

    def lines(self) -> list[str]:
        return [
            f"Signer: {self.person.name}",
            f"Title: {self.person.title}",
            f"Office: {self.person.office}",
            f"Issued by: {self.issuer}",
            f"Serial: {self.serial:x}",
            f"Valid: {self.not_before:%Y-%m-%d} to {self.not_after:%Y-%m-%d}",
            f"SHA-256 fingerprint: {self.fingerprint}",
        ]


def fingerprint(cert: x509.Certificate) -> str:
    return hashlib.sha256(cert.public_bytes(Encoding.DER)).hexdigest()


@functools.lru_cache(maxsize=256)  # every signature shows its signer: an office has a few signers, thousands of letters
def describe(cert: x509.Certificate) -> CertificateInfo:
    return CertificateInfo(
        person=person_of(cert.subject),
        issuer=_first(cert.issuer, NameOID.COMMON_NAME) or cert.issuer.rfc4514_string(),
        serial=cert.serial_number,
        not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc,
        fingerprint=fingerprint(cert),
    )


RENEW_WITHIN_DAYS = 30  # the key window and the signing window warn this long before a certificate ends


def renewal_due(cert: x509.Certificate, now: datetime) -> int | None:
    """Whole days left when the certificate ends within RENEW_WITHIN_DAYS (0 on its last day); None otherwise,
    also when it has already ended (that is "expired", not "renew soon")."""
    left = cert.not_valid_after_utc - now
    if left.total_seconds() <= 0 or left.days >= RENEW_WITHIN_DAYS:
        return None
    return left.days


def load_certificates(data: bytes) -> list[x509.Certificate]:
    """Certificates from PEM (one or many) or a single DER file."""
    if b"-----BEGIN" in data:
        return x509.load_pem_x509_certificates(data)
    return [x509.load_der_x509_certificate(data)]


def pem_bundle(certs: list[x509.Certificate]) -> bytes:
    return b"".join(c.public_bytes(Encoding.PEM) for c in certs)
