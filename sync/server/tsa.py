"""The central server's time-stamping authority (RFC 3161): PCs get signature time-stamps here at their next sync.

Its RSA key and certificate (issued by the server's CA, extended key usage timeStamping) are kept like the CA's:
`<data dir>/tsa/tsa.p12`, encrypted with the CA's passphrase, made at the first request. Tokens are built and signed by
pyHanko's in-process authority; the time is this server's clock (keep it synchronised).
"""

from __future__ import annotations

import hashlib
import threading
from datetime import UTC, datetime

from asn1crypto import cms, core, tsp
from asn1crypto import keys as akeys
from asn1crypto import x509 as ax509
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, pkcs12
from pyhanko.sign.general import as_signing_certificate_v2, simple_cms_attribute
from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper
from pyhanko_certvalidator.registry import SimpleCertificateStore

from eoffice_shared.signing.certificates import Person, subject_name
from eoffice_shared.signing.cms import HASHES
from eoffice_shared.signing.secrets_io import pkcs12_bytes, private_folder, write_atomic
from sync.server.ca import ServerCA
from sync.server.database import ServerDatabase

# The policy under which tokens are issued: an OID of our own under the UUID arc (ITU-T X.667), no registration needed.
POLICY = "2.25.81573386149624760740089335568242917946"
DIGESTS = {"sha256": 32, "sha384": 48, "sha512": 64}


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
    def __init__(self, ca: ServerCA, database: ServerDatabase) -> None:
        self.ca, self.database = ca, database
        self.folder = ca.folder.parent / "tsa"
        self._authority: _Authority | None = None
        self._certificate: x509.Certificate | None = None
        self._guard = threading.Lock()

    def _make(self) -> None:
        """The authority's key and certificate, under the CA's lock: several server processes make one, once."""
        with self.database.write() as session:
            ca, passphrase = self.ca.unlock(session)
            path = self.folder / "tsa.p12"
            if not path.exists():
                key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
                subject = subject_name(Person(name=f"{ca.name} - time-stamping", office=ca.name))
                cert = ca.issue_timestamping(subject, key.public_key(), passphrase)
                private_folder(self.folder)
                write_atomic(path, pkcs12_bytes("tsa", key, cert, [ca.certificate], passphrase))

    def _load(self) -> tuple[_Authority, x509.Certificate]:
        with self._guard:
            if self._authority is None or self._certificate is None:
                path = self.folder / "tsa.p12"
                if not path.exists():
                    self._make()
                ca, passphrase = self.ca.unlock()
                loaded_key, loaded_cert, _ = pkcs12.load_key_and_certificates(
                    path.read_bytes(), passphrase.encode("utf-8")
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
            return self._authority, self._certificate

    def certificate(self) -> x509.Certificate:
        return self._load()[1]

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
