"""The central server's time-stamping authority (RFC 3161): PCs get signature time-stamps here at their next sync.

Its RSA key and certificate (issued by the server's CA, extended key usage timeStamping) are kept like the CA's:
`<data dir>/tsa/tsa.p12`, encrypted with the CA's passphrase, made at the first request and renewed with
`eoffice-server admin tsa-renew` before the certificate ends. Tokens are built and signed by
pyHanko's in-process authority; the time is this server's clock (keep it synchronised).
"""

from __future__ import annotations

import hashlib
import threading
from datetime import UTC, datetime
from pathlib import Path

from asn1crypto import cms, core, tsp
from asn1crypto import keys as akeys
from asn1crypto import x509 as ax509
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, pkcs12
from pyhanko.sign.general import as_signing_certificate_v2, simple_cms_attribute
from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper
from pyhanko_certvalidator.registry import SimpleCertificateStore
from sqlalchemy.orm import Session

from eoffice_shared.signing.certificates import Person, subject_name
from eoffice_shared.signing.cms import HASHES
from eoffice_shared.signing.secrets_io import pkcs12_bytes, private_folder, write_atomic
from sync.server.ca import ServerCA
from sync.server.database import ServerDatabase

# The policy under which tokens are issued: an OID of our own under the UUID arc (ITU-T X.667), no registration needed.
POLICY = "2.25.81573386149624760740089335568242917946"
DIGESTS = {"sha256": 32, "sha384": 48, "sha512": 64}
LIFETIME_DAYS = 3650  # of a time-stamping certificate (renew it well before: `eoffice-server admin tsa-renew`)


class TimestampRefused(ValueError):
    """The query is not a time-stamp request this authority answers; the message says why."""


def server_time() -> datetime:
    """The time tokens certify: this server's clock (the tests move it to stand for days passing)."""
    return datetime.now(UTC)


class _Authority(DummyTimeStamper):
    """pyHanko's in-process authority, issuing under our policy, with the key loaded once (loading and checking an
    RSA key takes 0.2 s) and the signer bound by the SHA-256 signing-certificate-v2 attribute (RFC 5816)."""

    @property  # type: ignore[override]
    def fixed_dt(self) -> datetime:
        """Read by pyHanko for every token: the time of this request."""
        return server_time()

    @fixed_dt.setter
    def fixed_dt(self, value: datetime | None) -> None:  # pyHanko's constructor sets it; the clock stays ours
        pass

    def __init__(self, key: rsa.RSAPrivateKey, cert: ax509.Certificate, chain: SimpleCertificateStore) -> None:
        key_der = key.private_bytes(Encoding.DER, PrivateFormat.PKCS8, NoEncryption())
        super().__init__(cert, akeys.PrivateKeyInfo.load(key_der), chain)
        self.key = key

    def _build_tst_info(self, message_imprint: tsp.MessageImprint, dt: datetime, req: tsp.TimeStampReq) -> tsp.TSTInfo:
        info = super()._build_tst_info(message_imprint, dt, req)
        info["policy"] = tsp.ObjectIdentifier(POLICY)
        return info

    def _sign_tst_info(self, tst_info_data: bytes, md_algorithm: str, dt: datetime) -> tuple[bytes, cms.CMSAttributes]:
        signed_attrs = cms.CMSAttributes(
            [
                simple_cms_attribute("content_type", "tst_info"),
                simple_cms_attribute("signing_time", cms.Time({"utc_time": core.UTCTime(dt)})),
                simple_cms_attribute("signing_certificate_v2", as_signing_certificate_v2(self.tsa_cert)),
                simple_cms_attribute("message_digest", hashlib.new(md_algorithm, tst_info_data).digest()),
            ]
        )
        signature = self.key.sign(signed_attrs.dump(), padding.PKCS1v15(), HASHES[md_algorithm]())
        return signature, signed_attrs


class ServerTSA:
    """The authority's current key and certificate in `tsa/tsa.p12` (encrypted with the CA's passphrase, as the CA's
    key is) and `tsa/tsa.pem`; after a renewal the earlier certificates in `tsa/retired/<serial>.pem`. Their keys are
    not kept (the file that held each is replaced), so no token can be made under them any more; the tokens made
    before still verify with the certificate each carries."""

    def __init__(self, ca: ServerCA, database: ServerDatabase) -> None:
        self.ca, self.database = ca, database
        self.folder = ca.folder.parent / "tsa"
        self._authority: _Authority | None = None
        self._certificate: x509.Certificate | None = None
        self._loaded_from: tuple[int, int] | None = None  # (mtime, size) of tsa.p12 when loaded
        self._guard = threading.Lock()

    @property
    def _path(self) -> Path:
        return self.folder / "tsa.p12"

    def renew(self, valid_from: datetime | None = None, days: int = LIFETIME_DAYS) -> x509.Certificate:
        """A new key and certificate from the CA, in use at once by every server process; the certificate of the one
        before is kept (retired), its key not kept. Under the CA's lock, so two renewals never cross."""
        with self.database.write() as session:
            return self._renew_locked(session, valid_from, days)

    def _renew_locked(self, session: Session, valid_from: datetime | None, days: int) -> x509.Certificate:
        ca, passphrase = self.ca.unlock(session)
        key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
        subject = subject_name(Person(name=f"{ca.name} - time-stamping", office=ca.name))
        # From this very moment (not a few minutes before, as officials' certificates): the certificate in use at any
        # time is the newest one begun by then, which is how the server dates the authority of an archive's stamp.
        start = valid_from or datetime.now(UTC)
        days = max(1, min(days, (ca.certificate.not_valid_after_utc - start).days))  # never past the CA's end
        cert = ca.issue_timestamping(subject, key.public_key(), passphrase, days=days, not_before=start)
        private_folder(self.folder)
        if self._path.exists():
            old = self._current_certificate()
            retired = private_folder(self.folder / "retired")
            write_atomic(retired / f"{old.serial_number:x}.pem", old.public_bytes(Encoding.PEM))
        write_atomic(self._path, pkcs12_bytes("tsa", key, cert, [ca.certificate], passphrase))
        write_atomic(self.folder / "tsa.pem", cert.public_bytes(Encoding.PEM))
        return cert

    def _make(self) -> None:
        """The authority's first key and certificate, at the first request: several server processes make one, once."""
        with self.database.write() as session:
            self.ca.unlock(session)  # the lock first, then look again
            if not self._path.exists():
                self._renew_locked(session, None, LIFETIME_DAYS)

    def _current_certificate(self) -> x509.Certificate:
        pem = self.folder / "tsa.pem"
        if pem.exists():
            return x509.load_pem_x509_certificate(pem.read_bytes())
        return self._load()[1]  # made by an earlier version: only in the PKCS#12 file

    def _load(self) -> tuple[_Authority, x509.Certificate]:
        with self._guard:
            if not self._path.exists():
                self._make()
            stat = self._path.stat()
            if (
                self._authority is None
                or self._certificate is None
                or self._loaded_from != (stat.st_mtime_ns, stat.st_size)
            ):
                ca, passphrase = self.ca.unlock()
                loaded_key, loaded_cert, _ = pkcs12.load_key_and_certificates(
                    self._path.read_bytes(), passphrase.encode("utf-8")
                )
                assert isinstance(loaded_key, rsa.RSAPrivateKey) and loaded_cert is not None
                self._authority = _Authority(
                    loaded_key,
                    ax509.Certificate.load(loaded_cert.public_bytes(Encoding.DER)),
                    SimpleCertificateStore.from_certs(
                        [ax509.Certificate.load(ca.certificate.public_bytes(Encoding.DER))]
                    ),
                )
                self._certificate = loaded_cert
                self._loaded_from = (stat.st_mtime_ns, stat.st_size)
            return self._authority, self._certificate

    def certificate(self) -> x509.Certificate:
        """The certificate tokens are signed under now (the key and certificate are made at the first call)."""
        return self._load()[1]

    def certificates(self) -> list[x509.Certificate]:
        """Every certificate this authority has signed under: the current one first, then the retired ones, newest
        first. Empty before the first time-stamp."""
        if not self._path.exists():
            return []
        retired = [x509.load_pem_x509_certificate(p.read_bytes()) for p in (self.folder / "retired").glob("*.pem")]
        retired.sort(key=lambda c: c.not_valid_before_utc, reverse=True)
        return [self._current_certificate(), *retired]

    def answer(self, query: bytes) -> bytes:
        """The DER time-stamp reply (RFC 3161 TimeStampResp) to a DER query; raises TimestampRefused on bad input."""
        try:
            request = tsp.TimeStampReq.load(query, strict=True)
            imprint = request["message_imprint"]
            algorithm = imprint["hash_algorithm"]["algorithm"].native
            digest = imprint["hashed_message"].native
        except (ValueError, TypeError, KeyError):
            raise TimestampRefused("This is not an RFC 3161 time-stamp request (DER).") from None
        if DIGESTS.get(algorithm) != len(digest or b""):
            raise TimestampRefused("The request must carry a SHA-256, SHA-384 or SHA-512 hash of the right length.")
        authority, _ = self._load()
        return bytes(authority.request_tsa_response(request).dump())
