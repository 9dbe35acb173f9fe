"""The organisation's certification authority on the central server.

It is the same CA folder as `eoffice ca` (eoffice_shared/signing/ca.py: `ca.p12` encrypted, `ca.pem`,
`index.json`, `crl.pem`), kept in `<data dir>/ca`. The server needs its passphrase to sign without a person at the
keyboard: from `EOFFICE_CA_PASSPHRASE` or the file `<data dir>/ca.passphrase` (mode 0600, written by `admin ca-init`).
Officials' keys never come here: only their certificate requests. File work is done under a database row lock, so
several server processes never issue or revoke at the same moment.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from eoffice_shared.signing.ca import CARefused, OfflineCA
from eoffice_shared.signing.certificates import Person, person_of, subject_name
from sync.server.admin import now
from sync.server.models import IssuedCertificate, Meta, OfficeMember, ServerOffice

CRL_REFRESH = timedelta(days=7)  # a revocation list closer than this to its end is signed afresh
LOCK_KEY = "ca.lock"
# Certificates issued within a day: each costs the CA key's unlocking under the lock every office waits on, and a
# line in the CA's index for good. A few for one official (a lost passphrase, a new key); an office's officials
# (which the office itself declares) share a larger number.
CERTIFICATES_PER_OFFICIAL = 3
CERTIFICATES_PER_OFFICE = 100


class CAUnavailable(Exception):
    """This server has no CA (or cannot open it)."""


class NotAMember(CARefused):
    """The official named in a certificate request is not a user of the asking office on this server."""

    code = "not_a_member"


class TooManyCertificates(CARefused):
    """The official, or the office, has had its certificates for the day."""

    code = "too_many_certificates"


@dataclass(frozen=True)
class Trust:
    ca_pem: str
    crl_pem: str
    crl_number: int


def _lock(session: Session) -> None:
    if session.get(Meta, LOCK_KEY) is None:
        session.add(Meta(key=LOCK_KEY, value=""))
        session.flush()
    session.execute(update(Meta).where(Meta.key == LOCK_KEY).values(value=now().isoformat()))


def _within_a_days_share(session: Session, office_id: str, user_id: str) -> None:
    since = now() - timedelta(days=1)
    issued = select(func.count()).select_from(IssuedCertificate).where(IssuedCertificate.issued_at > since)
    official = session.scalar(issued.where(IssuedCertificate.user_id == user_id)) or 0
    office = session.scalar(issued.where(IssuedCertificate.office_id == office_id)) or 0
    if official >= CERTIFICATES_PER_OFFICIAL or office >= CERTIFICATES_PER_OFFICE:
        raise TooManyCertificates(
            "This official (or this office) has been given as many certificates as the server gives in a day; ask "
            "again tomorrow with the same key."
        )


class ServerCA:
    def __init__(self, data_dir: Path) -> None:
        self.folder = data_dir / "ca"
        self.passphrase_file = data_dir / "ca.passphrase"

    @classmethod
    def create(cls, data_dir: Path, name: str, office: str = "", valid_from: datetime | None = None) -> ServerCA:
        """Make the CA with a random passphrase kept beside it (or the one in EOFFICE_CA_PASSPHRASE)."""
        ca = cls(data_dir)
        passphrase = os.environ.get("EOFFICE_CA_PASSPHRASE") or secrets.token_urlsafe(24)
        OfflineCA.init(ca.folder, name, passphrase, office=office, valid_from=valid_from)
        if not os.environ.get("EOFFICE_CA_PASSPHRASE"):
            fd = os.open(ca.passphrase_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.write(passphrase)
        return ca

    def exists(self) -> bool:
        return (self.folder / "ca.pem").exists()

    def _open(self) -> tuple[OfflineCA, str]:
        if not self.exists():
            raise CAUnavailable("This server does not issue certificates (no CA was set up with 'admin ca-init').")
        passphrase = os.environ.get("EOFFICE_CA_PASSPHRASE")
        if not passphrase and self.passphrase_file.exists():
            passphrase = self.passphrase_file.read_text("utf-8").strip()
        if not passphrase:
            raise CAUnavailable("The server cannot unlock its CA: set EOFFICE_CA_PASSPHRASE.")
        return OfflineCA(self.folder), passphrase

    def trust(self, session: Session) -> Trust:
        """The CA certificate and a current revocation list (signed afresh when it nears its end)."""
        ca, passphrase = self._open()
        crl = ca.crl()
        if crl.next_update_utc is None or crl.next_update_utc - datetime.now(UTC) < CRL_REFRESH:
            _lock(session)
            crl = ca.write_crl(passphrase)
        number = crl.extensions.get_extension_for_class(x509.CRLNumber).value.crl_number
        return Trust(
            ca.certificate.public_bytes(Encoding.PEM).decode("ascii"),
            crl.public_bytes(Encoding.PEM).decode("ascii"),
            number,
        )

    def sign(self, session: Session, office_id: str, user_id: str, csr_pem: str) -> x509.Certificate:
        """A signing certificate for an official of this office. The name and title come from the request; the
        office and the user id are the server's own, so a PC cannot obtain a certificate for another office."""
        member = session.get(OfficeMember, user_id)
        if member is None or member.office_id != office_id:
            raise NotAMember("This official is not a user of this office on the server (sync the office first).")
        try:
            request = x509.load_pem_x509_csr(csr_pem.encode("utf-8"))
            asked = person_of(request.subject)
        except (ValueError, UnicodeError):
            raise CARefused("This is not a certificate request (PEM).", code="csr_unreadable") from None
        if not asked.name.strip():
            raise CARefused("The certificate request needs the official's name.", code="csr_name_missing")
        office = session.get(ServerOffice, office_id)
        assert office is not None
        subject = subject_name(
            Person(
                name=asked.name[:64],
                title=asked.title[:64],
                office=office.name_lo[:64],
                unit=office.code[:64],
                user_id=user_id,
            )
        )
        ca, passphrase = self._open()
        _lock(session)  # (counted under the lock: two requests at once cannot both take the last one)
        _within_a_days_share(session, office_id, user_id)
        cert = ca.issue(request, passphrase, subject=subject)
        session.add(
            IssuedCertificate(
                serial=f"{cert.serial_number:x}",
                office_id=office_id,
                user_id=user_id,
                name=asked.name[:300],
                pem=cert.public_bytes(Encoding.PEM).decode("ascii"),
                issued_at=now(),
                revoked_at=None,
            )
        )
        return cert

    def revoke(
        self, session: Session, serial_hex: str, reason: str = "unspecified", when: datetime | None = None
    ) -> IssuedCertificate:
        """`when`: the moment the key is known to be lost, if earlier than now (signatures time-stamped after it
        become invalid, those time-stamped before stay valid)."""
        row = session.get(IssuedCertificate, serial_hex.lower().removeprefix("0x"))
        if row is None:
            raise CARefused(f"This server issued no certificate with serial {serial_hex}.")
        ca, passphrase = self._open()
        _lock(session)
        ca.revoke(int(row.serial, 16), passphrase, reason, when)
        row.revoked_at = now()
        return row

    def unlock(self, session: Session | None = None) -> tuple[OfflineCA, str]:
        """The CA and its passphrase, for keys kept like the CA's (the time-stamping authority's); with `session`,
        under the lock that keeps several server processes from writing the CA folder at once."""
        found = self._open()
        if session is not None:
            _lock(session)
        return found

    def ca_pem(self) -> str:
        return self._open()[0].certificate.public_bytes(Encoding.PEM).decode("ascii")

    @staticmethod
    def issued(session: Session) -> list[IssuedCertificate]:
        return list(session.scalars(select(IssuedCertificate).order_by(IssuedCertificate.issued_at)))
