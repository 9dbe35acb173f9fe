"""HTTP routes of the server's CA: sign an official's certificate request, publish the CA certificate and CRL."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding
from fastapi import Depends, FastAPI, Query

from eoffice_shared.signing.ca import CARefused
from eoffice_shared.signing.certificates import fingerprint
from sync.protocol.messages import CertificateRequest, IssuedCertificate, TrustAnswer
from sync.server.ca import CAUnavailable, NotAMember, ServerCA, TooManyCertificates
from sync.server.database import ServerDatabase
from sync.server.errors import ProtocolError
from sync.server.models import Device
from sync.server.tsa import ServerTSA


def add_routes(
    app: FastAPI, database: ServerDatabase, device: Callable[..., Awaitable[Device]], ca: ServerCA, tsa: ServerTSA
) -> None:
    @app.get("/v1/ca", response_model=TrustAnswer)
    def trust(
        have_ca: str = Query("", max_length=64, pattern="^[0-9a-f]*$"),
        have_crl: int = Query(0, ge=0, le=2**53),
        have_tsa: str = Query("", max_length=64, pattern="^[0-9a-f]*$"),
        me: Device = Depends(device),
    ) -> Any:
        """The organisation's CA certificate, current revocation list and time-stamping certificates, fetched with
        every sync. A PC that already holds them (same CA fingerprint, CRL number and, when it says, time-stamping
        certificate) gets a few bytes saying so instead (2G links)."""
        try:
            with database.write() as s:
                found = ca.trust(s)
            stamping = tsa.certificates()
        except CAUnavailable as exc:
            raise ProtocolError(404, "no_ca", str(exc)) from None
        ca_sha256 = fingerprint(x509.load_pem_x509_certificate(found.ca_pem.encode("ascii")))
        tsa_sha256 = fingerprint(stamping[0]) if stamping else "0"
        same_tsa = not have_tsa or have_tsa == tsa_sha256  # older PCs do not ask for it
        if have_ca == ca_sha256 and have_crl == found.crl_number and same_tsa:
            return TrustAnswer(crl_number=found.crl_number, ca_sha256=ca_sha256, unchanged=True, tsa_sha256=tsa_sha256)
        return TrustAnswer(
            ca_pem=found.ca_pem,
            crl_pem=found.crl_pem,
            crl_number=found.crl_number,
            ca_sha256=ca_sha256,
            tsa_pem="".join(c.public_bytes(Encoding.PEM).decode("ascii") for c in stamping),
            tsa_sha256=tsa_sha256,
        )

    @app.post("/v1/ca/certificates", response_model=IssuedCertificate)
    def sign(request: CertificateRequest, me: Device = Depends(device)) -> Any:
        """Issue a signing certificate to an official of this PC's office."""
        try:
            with database.write() as s:
                cert = ca.sign(s, me.office_id, request.user_id, request.csr_pem)
            return IssuedCertificate(
                serial=f"{cert.serial_number:x}",
                certificate_pem=cert.public_bytes(Encoding.PEM).decode("ascii"),
                ca_pem=ca.ca_pem(),
            )
        except CAUnavailable as exc:
            raise ProtocolError(404, "no_ca", str(exc)) from None
        except TooManyCertificates as exc:  # the day's share is used up: the same request is taken tomorrow
            raise ProtocolError(409, "certificate_refused", str(exc), reason=exc.code) from None
        except NotAMember as exc:  # the request is well formed; the server holds no such user for this office
            raise ProtocolError(404, "certificate_refused", str(exc), reason=exc.code) from None
        except CARefused as exc:  # the PEM holds no valid request (a checksum the description cannot state)
            raise ProtocolError(400, "certificate_refused", str(exc), reason=exc.code) from None
