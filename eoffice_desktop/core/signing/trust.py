"""Trust anchors and revocation lists, and the certificate-path check done at the claimed signing time.

The chain is built and checked by `cryptography.x509.verification`; revocation comes from CRLs whose signature
is checked against their issuer. No network: the office imports CA certificates and CRLs (they also travel with sync).
`check_published` decides whether a CA certificate and CRL that came from the central server may be held.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.x509 import verification

from eoffice_desktop.core.signing.notes import Note, note
from eoffice_desktop.core.signing.status import EXPIRED, REVOKED, UNTRUSTED, VALID
from eoffice_shared.refusals import Refusal


@dataclass
class PathResult:
    code: str
    details: list[Note] = field(default_factory=list)
    warnings: list[Note] = field(default_factory=list)
    revoked_at: datetime | None = None


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


_Chain = tuple[list[x509.Certificate], datetime, datetime]  # a verified chain and when all its certificates are valid


@dataclass
class TrustStore:
    roots: list[x509.Certificate] = field(default_factory=list)
    crls: list[x509.CertificateRevocationList] = field(default_factory=list)
    # Checking a thousand signatures of the same few signers builds the same chains and checks the same CRLs: both
    # are kept here (keyed with the size of the lists, so an item added later is taken into account).
    _chains: dict[tuple[object, ...], _Chain] = field(default_factory=dict, init=False, repr=False, compare=False)
    _crls: dict[tuple[object, ...], x509.CertificateRevocationList | None] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    # The revocation outcome of a chain (without a time-stamp): the same for every signature of one signer.
    _revoked: dict[tuple[object, ...], PathResult] = field(default_factory=dict, init=False, repr=False, compare=False)

    def _chain_at(
        self, signer: x509.Certificate, intermediates: list[x509.Certificate], moment: datetime
    ) -> list[x509.Certificate]:
        """`_verify_at`, reusing a chain verified before when `moment` is inside every validity period of it (the
        only thing the moment changes in the verification; revocation is checked apart)."""
        key = (signer, tuple(intermediates), len(self.roots))
        known = self._chains.get(key)
        if known is not None and known[1] <= moment <= known[2]:
            return known[0]
        chain = self._verify_at(signer, intermediates, moment)
        start = max(cert.not_valid_before_utc for cert in chain)
        end = min(cert.not_valid_after_utc for cert in chain)
        self._chains[key] = (chain, start, end)
        return chain

    def chain_at(
        self, cert: x509.Certificate, certificates: list[x509.Certificate], moment: datetime
    ) -> list[x509.Certificate]:
        """The verified path from `cert` to one of the roots at `moment` (first the certificate, last the root);
        raises `verification.VerificationError` when there is none."""
        return self._chain_at(cert, [c for c in certificates if c != cert], _aware(moment))

    def with_crls(self, crls: list[x509.CertificateRevocationList]) -> TrustStore:
        """The same roots with more revocation lists (those a signature carries); this very store (and the chains it
        has checked) when it holds them all already."""
        more = [c for c in crls if c not in self.crls]
        return TrustStore(self.roots, self.crls + more) if more else self

    def _verify_at(
        self, signer: x509.Certificate, intermediates: list[x509.Certificate], moment: datetime
    ) -> list[x509.Certificate]:
        builder = (
            verification.PolicyBuilder()
            .store(verification.Store(self.roots))
            .time(moment)
            # Signing certificates carry no TLS names or EKU; the CA side keeps the strict web-PKI rules.
            .extension_policies(
                ca_policy=verification.ExtensionPolicy.webpki_defaults_ca(),
                ee_policy=verification.ExtensionPolicy.permit_all(),
            )
        )
        return list(builder.build_client_verifier().verify(signer, intermediates).chain)

    def check_path(
        self,
        signer: x509.Certificate,
        certificates: list[x509.Certificate],
        signing_time: datetime | None,
        proven_time: datetime | None = None,
    ) -> PathResult:
        """`proven_time`: a time-stamp's time, before which the signature certainly existed; a revocation after it
        does not undo the signature."""
        if not self.roots:
            return PathResult(UNTRUSTED, [note("no_trusted_ca")])
        moment = _aware(signing_time or datetime.now(UTC))
        intermediates = [c for c in certificates if c != signer]
        try:
            chain = self._chain_at(signer, intermediates, moment)
        except verification.VerificationError as exc:
            # Is it only the time? Then the CA is known and the certificate was simply not valid at signing.
            start, end = signer.not_valid_before_utc, signer.not_valid_after_utc
            if not start <= moment <= end:
                inside = min(max(moment, start + timedelta(seconds=1)), end - timedelta(seconds=1))
                try:
                    self._verify_at(signer, intermediates, inside)
                except verification.VerificationError:
                    pass
                else:
                    valid = note("certificate_not_in_force", start=start.date(), end=end.date(), signed=moment)
                    return PathResult(EXPIRED, [valid])
            return PathResult(UNTRUSTED, [note("path_not_trusted", reason=str(exc))])
        if proven_time is not None:
            return self._revocation(chain, _aware(proven_time))
        key = (*chain, len(self.crls))
        known = self._revoked.get(key)
        if known is None:
            known = self._revoked[key] = self._revocation(chain)
        return PathResult(known.code, list(known.details), list(known.warnings), known.revoked_at)

    def _revocation(self, chain: list[x509.Certificate], proven_time: datetime | None = None) -> PathResult:
        result = PathResult(VALID, [note("trusted_through", root=chain[-1].subject.rfc4514_string())])
        for cert, issuer in zip(chain, chain[1:], strict=False):
            crl = self.crl_for(issuer)
            if crl is None:
                result.warnings.append(note("no_revocation_list", issuer=issuer.subject.rfc4514_string()))
                continue
            entry = crl.get_revoked_certificate_by_serial_number(cert.serial_number)
            if entry is not None:
                when, serial = entry.revocation_date_utc, f"{cert.serial_number:x}"
                if proven_time is not None and proven_time < when:
                    result.revoked_at = when
                    kept = note("revoked_after_time_stamp", serial=serial, when=when, stamped=proven_time)
                    result.details.append(kept)
                    continue
                return PathResult(REVOKED, [note("revoked", serial=serial, when=when)], [], when)
            next_update = crl.next_update_utc
            if next_update is not None and next_update < datetime.now(UTC):
                result.warnings.append(note("revocation_list_out_of_date", since=next_update.date()))
        return result

    def crl_for(self, issuer: x509.Certificate) -> x509.CertificateRevocationList | None:
        """The newest revocation list held from this issuer whose signature checks."""
        key = (issuer, len(self.crls))
        if key not in self._crls:
            self._crls[key] = self._newest_crl(issuer)
        return self._crls[key]

    def _newest_crl(self, issuer: x509.Certificate) -> x509.CertificateRevocationList | None:
        best: x509.CertificateRevocationList | None = None
        for crl in self.crls:
            if crl.issuer != issuer.subject:
                continue
            try:
                if not crl.is_signature_valid(issuer.public_key()):  # type: ignore[arg-type]
                    continue
            except TypeError:
                continue
            if best is None or crl.last_update_utc > best.last_update_utc:
                best = crl
        return best

    @classmethod
    def from_pem(cls, data: bytes) -> TrustStore:
        """Certificates and CRLs from one PEM bundle (the same file OpenSSL takes as -CAfile)."""
        store = cls()
        for match in re.finditer(rb"-----BEGIN (CERTIFICATE|X509 CRL)-----.+?-----END \1-----", data, re.S):
            if match.group(1) == b"CERTIFICATE":
                store.roots.append(x509.load_pem_x509_certificate(match.group(0)))
            else:
                store.crls.append(x509.load_pem_x509_crl(match.group(0)))
        return store


class TrustRefused(Refusal, ValueError):
    """A CA certificate or revocation list that must not be held; the message says why."""


def crl_number(crl: x509.CertificateRevocationList) -> int:
    """The CRL's own number (signed with it); 0 for a list that carries none."""
    try:
        return int(crl.extensions.get_extension_for_class(x509.CRLNumber).value.crl_number)
    except x509.ExtensionNotFound:
        return 0


def check_published(ca: x509.Certificate, crl: x509.CertificateRevocationList, held: TrustStore) -> None:
    """Refuse a CA certificate that is no CA, a CRL not signed by that CA, and a CRL older than the one held."""
    try:
        constraints = ca.extensions.get_extension_for_class(x509.BasicConstraints).value
        ca.verify_directly_issued_by(ca)
    except (x509.ExtensionNotFound, ValueError, TypeError, InvalidSignature):
        raise TrustRefused(
            "The server sent a certificate that is not a CA certificate; it was refused.", code="server_cert_not_ca"
        ) from None
    if not constraints.ca:
        raise TrustRefused(
            "The server sent a certificate that is not a CA certificate; it was refused.", code="server_cert_not_ca"
        )
    try:
        signed = crl.issuer == ca.subject and crl.is_signature_valid(ca.public_key())  # type: ignore[arg-type]
    except TypeError:
        signed = False
    if not signed:
        raise TrustRefused(
            "The revocation list is not signed by the CA; it was refused and the one held is kept.",
            code="crl_not_signed",
        )
    current = held.crl_for(ca)
    if current is not None and (
        crl_number(crl) < crl_number(current) or crl_number(crl) == crl_number(current) and crl != current
    ):
        raise TrustRefused(
            "The revocation list is older than the one held; it was refused and the one held is kept.", code="crl_older"
        )
