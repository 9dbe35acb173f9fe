"""The organisation's CA over sync: fetch the CA certificate and newest revocation list when they changed, and send
an official's certificate request to the server's CA (one step instead of carrying files)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from cryptography import x509

from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.signing.held_trust import accept_from_server, clear_refused, held, note_refused
from eoffice_desktop.core.signing.trust import TrustRefused
from sync.client.errors import SyncError
from sync.client.http import HttpTransport

UPDATED, UNCHANGED, NO_CA, REFUSED, FAILED = "updated", "unchanged", "no_ca", "refused", "failed"


@dataclass(frozen=True)
class TrustRefresh:
    outcome: str  # one of the names above
    message: str = ""
    rechecked: int = 0  # stored signatures to be checked again (a newly revoked signer, a newly known CA)


@dataclass(frozen=True)
class IssuedByServer:
    certificate: x509.Certificate
    chain: list[x509.Certificate] = field(default_factory=list)


def refresh_trust(store: OfficeStore, transport: HttpTransport) -> TrustRefresh:
    """One look at the server's CA. Never raises for the network or the server: a failure here must not stop the
    letter sync, and the trust held stays as it was."""
    with store.db.session() as s:
        have = held(s)
    try:
        # The transport's envelope check applies: a captive portal's page is never taken for the CA's answer.
        answer = transport.ca_trust(have.ca_sha256, have.crl_number, have.tsa_sha256)
    except SyncError as exc:
        return TrustRefresh(NO_CA if exc.code == "no_ca" else FAILED, str(exc))
    if answer.get("unchanged"):  # the server has what this PC holds: an earlier refusal no longer stands
        with store.db.write() as s:
            clear_refused(s)
        return TrustRefresh(UNCHANGED)
    try:
        with store.db.write() as s:
            accepted = accept_from_server(
                s, str(answer.get("ca_pem", "")), str(answer.get("crl_pem", "")), str(answer.get("tsa_pem", ""))
            )
            clear_refused(s)
    except TrustRefused as exc:
        with store.db.write() as s:  # shown in the trust window until a list is taken again
            note_refused(s, exc, datetime.now())
        return TrustRefresh(REFUSED, str(exc))
    return TrustRefresh(UPDATED if accepted.changed else UNCHANGED, rechecked=accepted.rechecked)


def request_certificate(transport: HttpTransport, user_id: str, csr_pem: str) -> IssuedByServer:
    """The server's CA signs the request of an official of this PC's office. Raises the sync errors (Offline,
    Refused with code `no_ca` or `certificate_refused`) for the caller to explain."""
    answer = transport.certify(user_id, csr_pem)
    try:
        certificate = x509.load_pem_x509_certificate(str(answer["certificate_pem"]).encode("ascii"))
        chain = x509.load_pem_x509_certificates(str(answer["ca_pem"]).encode("ascii"))
    except (KeyError, ValueError, UnicodeError):
        raise SyncError("The server's answer holds no readable certificate.", "bad_certificate") from None
    return IssuedByServer(certificate, chain)
