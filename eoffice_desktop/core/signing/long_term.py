"""CAdES B-LT for manifest signatures: the validation data a signature needs, taken from what this PC trusts and
holds, and the baseline level a signature reaches (B-B, B-T, B-LT) told from its own structures.

At the sync after a signature's time-stamp, the signing PC adds to it, as unsigned attributes, the time-stamp token
and the certificates and revocation lists that validate the signer's and the time-stamping authority's paths
(`eoffice_shared.signing.cades_lt.extend`); the result travels as a `letter.signature_extended` event. Years later,
when the CA's lists are gone, the signature still carries what proves it was valid when it was time-stamped.
"""

from __future__ import annotations

from datetime import datetime

from cryptography import x509
from cryptography.x509 import verification

from eoffice_desktop.core.signing.timestamps import StampCheck, check_token
from eoffice_desktop.core.signing.trust import TrustStore
from eoffice_shared.signing.cades_lt import LongTermParts, extend
from eoffice_shared.signing.cms import CheckedSignature, check_detached

B_B, B_T, B_LT = "CAdES B-B", "CAdES B-T", "CAdES B-LT"
PLAIN = "CMS"  # signatures made before the CAdES baseline attributes (no signing-certificate-v2)


class NotReady(ValueError):
    """The long-term form cannot be made yet (no valid time-stamp, a revocation list missing); the message says why."""


def _complete_path(
    trust: TrustStore, cert: x509.Certificate, certificates: list[x509.Certificate], when: datetime
) -> list[x509.Certificate] | None:
    """The path of `cert` at `when` if `trust` holds a revocation list for every issuer on it, else None."""
    try:
        chain = trust.chain_at(cert, certificates, when)
    except verification.VerificationError:
        return None
    if any(trust.crl_for(issuer) is None for issuer in chain[1:]):
        return None
    return chain


def long_term_form(cms_der: bytes, token: bytes, trust: TrustStore) -> tuple[bytes, StampCheck]:
    """The signature with its time-stamp token and validation data as unsigned attributes (CAdES B-LT): the
    certificates of both paths the signature does not already carry, and the newest revocation list of every issuer
    on them. Raises NotReady when the token does not hold or a path or a list is missing (Malformed for a signature
    that cannot be read)."""
    checked = check_detached(cms_der, b"")  # for its signer and certificates: the signed content is not needed here
    stamp = check_token(token, cms_der, trust)
    if stamp.time is None or stamp.authority_cert is None or checked.signer is None:
        raise NotReady(f"the time-stamp does not hold: {stamp.problem}")
    signer_path = _complete_path(trust, checked.signer, checked.certificates, stamp.time)
    authority_path = _complete_path(trust, stamp.authority_cert, list(stamp.certificates), stamp.time)
    if signer_path is None or authority_path is None:
        raise NotReady("a certificate path or the revocation list of one of its authorities is not held here yet")
    paths = [signer_path, authority_path]
    inside = set(checked.certificates)
    certificates = [c for c in dict.fromkeys(signer_path + authority_path) if c not in inside]
    crls: list[x509.CertificateRevocationList] = []
    for chain in paths:
        for issuer in chain[1:]:
            crl = trust.crl_for(issuer)
            if crl is not None and crl not in crls:
                crls.append(crl)
    return extend(cms_der, token, certificates, crls), stamp


def level_of(
    checked: CheckedSignature,
    stamp: StampCheck | None,
    parts: LongTermParts | None,
    embedded_stamp: StampCheck | None,
    roots: list[x509.Certificate],
) -> str:
    """B-B: signed with signing-certificate-v2; B-T: a time-stamp over the signature value holds (carried beside
    or inside); B-LT: the token inside holds and the certificates and revocation lists inside the signature alone
    (with the trust anchors) validate the signer's and the authority's paths at the time-stamp's time."""
    if not checked.baseline:
        return PLAIN
    if stamp is None or stamp.time is None:
        return B_B
    if (
        parts is None
        or embedded_stamp is None
        or embedded_stamp.time is None
        or embedded_stamp.authority_cert is None
        or checked.signer is None
        or not parts.has_validation_data
    ):
        return B_T
    carried = TrustStore(list(roots), list(parts.crls))
    inside = checked.certificates + parts.certificates
    when = embedded_stamp.time
    if _complete_path(carried, checked.signer, inside, when) is None:
        return B_T
    if _complete_path(carried, embedded_stamp.authority_cert, [*embedded_stamp.certificates, *inside], when) is None:
        return B_T
    return B_LT
