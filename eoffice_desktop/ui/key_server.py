"""An official's certificate from the central server's CA, first time and renewal: the request built from the
office's records, the work run off the GUI thread, and plain words when the server cannot help."""

from __future__ import annotations

from datetime import UTC, datetime

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding
from PySide6.QtCore import QCoreApplication

from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.service.signatures import certificate_person
from eoffice_desktop.ui import core_messages
from eoffice_desktop.ui.key_passphrase import WorkCancelled
from eoffice_desktop.ui.sync_words import error_message
from eoffice_desktop.ui.tasks import Job
from eoffice_shared.refusals import Refusal
from eoffice_shared.signing.certificates import Person, make_request, renewal_due
from eoffice_shared.signing.keys import Identity, KeyRefused, KeyStore
from sync.client.errors import SyncError
from sync.client.session import transport_for
from sync.client.trust import refresh_trust, request_certificate


class ServerRefusal(KeyRefused):
    """The server could not issue the certificate; the message is already in the user's language, so the passphrase
    dialog shows it as it shows the key's own refusals."""


def person_of_user(store: OfficeStore, user_id: str) -> Person:
    """What the certificate request says about the official: name, title and office as the office registered them."""
    person = certificate_person(store, user_id)
    if person is None:
        raise KeyRefused("This user account was not found.")
    return person


def request_pem(store: OfficeStore, identity: Identity) -> bytes:
    return make_request(identity.key, person_of_user(store, identity.user_id)).public_bytes(Encoding.PEM)


def server_refusal_text(exc: SyncError) -> str:
    translate = QCoreApplication.translate
    if exc.code == "offline":
        return translate(
            "KeyServer",
            "No connection to the server. Your key is safe on this PC. Try again when the PC is online, or save the "
            "certificate request to a file for IT staff.",
        )
    if exc.code == "no_ca":
        return translate(
            "KeyServer",
            "The server does not issue certificates yet. Ask IT staff to set up the certification authority on the "
            "server, or save the certificate request to a file for them.",
        )
    if exc.reason == "not_a_member":
        return translate(
            "KeyServer",
            "The server does not know you as an official of this office yet. Press Sync now, wait until it has "
            "finished, then try again.",
        )
    if exc.code == "certificate_refused":
        worded = core_messages.coded(Refusal(code=exc.reason))  # a damaged request, one without a name ...
        if worded is not None:
            return translate("KeyServer", "The server refused the certificate request: {reason}").format(reason=worded)
        return translate(
            "KeyServer",
            "The server refused the certificate request. Save the request to a file and give it to IT staff.",
        )
    return error_message(exc)


def certificate_from_server(store: OfficeStore, keys: KeyStore, user_id: str, passphrase: str, job: Job) -> Identity:
    """Unlock the key, send a request for it to the server's CA, store the certificate it issues with the key, and
    fetch the CA's revocation list so the certificate shows as valid at once. Also how a certificate is renewed:
    the new one replaces the old for new signatures; old signatures keep the certificate they carry."""
    identity = keys.unlock(user_id, passphrase)
    csr = request_pem(store, identity).decode("ascii")
    if job.cancelled:
        raise WorkCancelled()
    try:
        transport = transport_for(store)
        issued = request_certificate(transport, user_id, csr)
    except SyncError as exc:
        raise ServerRefusal(server_refusal_text(exc)) from None
    identity = keys.install_certificate(user_id, passphrase, issued.certificate, issued.chain)
    refresh_trust(store, transport)  # best effort: the next sync fetches it otherwise
    return identity


def expiry_warning(certificate: x509.Certificate | None, now: datetime | None = None) -> str:
    """The warning shown when the certificate ends within 30 days; "" otherwise."""
    if certificate is None:
        return ""
    days = renewal_due(certificate, now or datetime.now(UTC))
    if days is None:
        return ""
    return QCoreApplication.translate(
        "KeyServer",
        "Your certificate ends on {date}, in {count} days. Renew it before then: Office, My signing key, "
        "Renew certificate.",
    ).format(date=f"{certificate.not_valid_after_utc:%d/%m/%Y}", count=days)
