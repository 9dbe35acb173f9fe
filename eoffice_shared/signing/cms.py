"""Detached CMS (PKCS#7) signatures: made as CAdES B-B by pyHanko, checked with asn1crypto plus `cryptography` maths.

`cryptography` has no CMS verification API, so `check_detached` parses SignedData itself and follows RFC 5652 section
5.4: the message digest attribute must equal the content's hash, and the signature covers the DER of the signed
attributes re-tagged as a SET. The signing role is a signed commitment-type attribute (RFC 5126), so OpenSSL checks it
with the rest and `openssl cms -cmsout -print` shows it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, datetime

from asn1crypto import cms as acms
from asn1crypto import core as acore
from asn1crypto import tsp as _tsp  # noqa: F401 - registers attribute types before first use
from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.serialization import Encoding

from eoffice_shared.signing import cms_reader
from eoffice_shared.signing.cms_reader import issuer_der
from eoffice_shared.signing.keys import Identity

HASHES: dict[str, type[hashes.SHA256 | hashes.SHA384 | hashes.SHA512]] = {
    "sha256": hashes.SHA256,
    "sha384": hashes.SHA384,
    "sha512": hashes.SHA512,
}


class Malformed(ValueError):
    """The signature cannot be read as a detached CMS signature of ours; the message says what is wrong."""


# The role of each signature as a CAdES commitment type (ETSI TS 119 172-1 annex B): the preparer created the text,
# the approver approved it, the signatory issues it in the office's name.
COMMITMENTS = {
    "prepared": ("proof_of_creation", "1.2.840.113549.1.9.16.6.6"),
    "approved": ("proof_of_approval", "1.2.840.113549.1.9.16.6.5"),
    "signed": ("proof_of_origin", "1.2.840.113549.1.9.16.6.1"),
}
ROLE_OF_COMMITMENT = {oid: role for role, (_, oid) in COMMITMENTS.items()}
COMMITMENT_TYPE = "1.2.840.113549.1.9.16.2.16"


def sign_detached(content: bytes, identity: Identity, role: str, when: datetime | None = None) -> bytes:
    """DER CMS SignedData over `content` (CAdES B-B), its role signed with it; no content inside."""
    from eoffice_shared.signing.hanko import cades_detached  # pyHanko loads only to sign

    if role not in COMMITMENTS:
        raise ValueError(f"unknown signing role {role}")
    return cades_detached(content, identity, COMMITMENTS[role][0], when or datetime.now(UTC))


@dataclass
class CheckedSignature:
    """What the CMS structure says, and whether its mathematics hold for the given content."""

    signer: x509.Certificate | None
    certificates: list[x509.Certificate]
    signing_time: datetime | None
    digest_matches: bool
    signature_matches: bool
    problems: list[str] = field(default_factory=list)
    # The role signed inside (a key of COMMITMENTS), "other" for a commitment type of no role, None when the signature
    # carries no commitment type (made before roles were signed).
    signed_role: str | None = None
    # CAdES baseline (B-B): the signer's certificate is bound by the signed signing-certificate-v2 attribute.
    baseline: bool = False

    @property
    def intact(self) -> bool:
        return self.signer is not None and self.digest_matches and self.signature_matches


def attributes_of(signer_info: acms.SignerInfo) -> dict[str, object]:
    found: dict[str, object] = {}
    for attribute in signer_info["signed_attrs"]:
        values = attribute["values"]
        if len(values) != 1:
            raise Malformed("a signed attribute has several values")
        # By number as well as by name: which names asn1crypto knows depends on what else was imported.
        found[attribute["type"].dotted] = values[0]
        found[attribute["type"].native] = values[0]
    return found


def _signed_role(attributes: dict[str, object]) -> str | None:
    value = attributes.get(COMMITMENT_TYPE)
    if value is None:
        return None
    indication = acore.Sequence.load(value.dump())  # type: ignore[attr-defined]
    commitment = indication[0]
    if not isinstance(commitment, acore.ObjectIdentifier):
        raise Malformed("the commitment type attribute cannot be read")
    return ROLE_OF_COMMITMENT.get(commitment.dotted, "other")


def _certificate_bound(attributes: dict[str, object], signer: x509.Certificate) -> bool:
    """CAdES signing-certificate-v2: the signed hash of the signer's certificate must be this certificate's."""
    value = attributes.get("signing_certificate_v2")
    if value is None:
        return True
    first = value["certs"][0]  # type: ignore[index]
    algorithm = first["hash_algorithm"]["algorithm"].native
    if algorithm not in HASHES:
        return False
    return bool(hashlib.new(algorithm, signer.public_bytes(Encoding.DER)).digest() == first["cert_hash"].native)


def find_signer(signer_info: acms.SignerInfo, certificates: list[x509.Certificate]) -> x509.Certificate | None:
    sid = signer_info["sid"]
    if sid.name == "issuer_and_serial_number":
        return _by_issuer_and_serial(sid.chosen["issuer"].dump(), sid.chosen["serial_number"].native, certificates)
    key_id = sid.chosen.native
    for cert in certificates:
        try:
            if cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value.digest == key_id:
                return cert
        except x509.ExtensionNotFound:
            continue
    return None


def _by_issuer_and_serial(issuer: bytes, serial: int, certificates: list[x509.Certificate]) -> x509.Certificate | None:
    for cert in certificates:
        if cert.serial_number == serial and issuer_der(cert) == issuer:
            return cert
    for cert in certificates:  # issuer names may be encoded differently but mean the same
        if cert.serial_number == serial:
            return cert
    return None


def verify_maths(cert: x509.Certificate, signer_info: acms.SignerInfo, data: bytes, digest: str) -> bool:
    salt = None
    if signer_info["signature_algorithm"]["algorithm"].native == "rsassa_pss":
        salt = signer_info["signature_algorithm"]["parameters"]["salt_length"].native
    return _verify_value(cert, signer_info["signature"].native, data, digest, salt)


def _verify_value(cert: x509.Certificate, signature: bytes, data: bytes, digest: str, pss_salt: int | None) -> bool:
    public_key = cert.public_key()
    hash_algorithm = HASHES[digest]()
    try:
        if isinstance(public_key, ec.EllipticCurvePublicKey):
            public_key.verify(signature, data, ec.ECDSA(hash_algorithm))
        elif isinstance(public_key, rsa.RSAPublicKey):
            if pss_salt is not None:
                pss = padding.PSS(padding.MGF1(hash_algorithm), pss_salt)
                public_key.verify(signature, data, pss, hash_algorithm)
            else:
                public_key.verify(signature, data, padding.PKCS1v15(), hash_algorithm)
        else:
            return False
    except InvalidSignature:
        return False
    return True


def check_detached(signature_der: bytes, content: bytes) -> CheckedSignature:
    """Parse a detached CMS signature and check it against `content`; raises Malformed if it is not one."""
    parts = cms_reader.read(signature_der)  # our own signatures' shape, read without asn1crypto's object tree
    checked = _check_parts(parts, content) if parts is not None else None
    return checked if checked is not None else _check_with_asn1crypto(signature_der, content)


def _check_parts(parts: cms_reader.Parts, content: bytes) -> CheckedSignature | None:
    """The check of `_check_with_asn1crypto` on what `cms_reader` read; None where that one would refuse."""
    if parts.message_digest is None or not parts.has_content_type:
        return None
    try:
        return _check_read(parts, parts.message_digest, content)
    except (ValueError, TypeError, x509.InvalidVersion, UnsupportedAlgorithm):
        return None  # a certificate or key that does not read: the reading through asn1crypto deals with it


def _check_read(parts: cms_reader.Parts, expected: bytes, content: bytes) -> CheckedSignature:
    certificates = [cms_reader.certificate(der) for der in parts.certificates]
    signed_role = None if parts.commitment is None else ROLE_OF_COMMITMENT.get(parts.commitment, "other")
    signer = _by_issuer_and_serial(parts.issuer, parts.serial, certificates)
    problems: list[str] = []
    digest_matches = hashlib.new(parts.digest, content).digest() == expected
    if not digest_matches:
        problems.append(DIGEST_DIFFERS)
    if signer is None:
        problems.append(NO_SIGNER)
        return CheckedSignature(None, certificates, parts.signing_time, digest_matches, False, problems, signed_role)
    signature_matches = _verify_value(signer, parts.signature, parts.signed_attrs, parts.digest, None)
    bound = parts.certificate_hash
    signer_der = parts.certificates[certificates.index(signer)]
    if not signature_matches:
        problems.append(VALUE_DIFFERS)
    elif bound is not None and hashlib.new(bound[0], signer_der).digest() != bound[1]:
        signature_matches = False
        problems.append(OTHER_CERTIFICATE)
    return CheckedSignature(
        signer,
        certificates,
        parts.signing_time,
        digest_matches,
        signature_matches,
        problems,
        signed_role,
        baseline=bound is not None,  # the signing-certificate-v2 attribute is there (CAdES B-B)
    )


DIGEST_DIFFERS = "the signed content's hash does not match the signature"
NO_SIGNER = "the signer's certificate is not included in the signature"
VALUE_DIFFERS = "the signature value does not match the signer's key"
OTHER_CERTIFICATE = "the signed reference to the signer's certificate names another certificate"


def _check_with_asn1crypto(signature_der: bytes, content: bytes) -> CheckedSignature:
    try:
        info = acms.ContentInfo.load(signature_der, strict=True)
        if info["content_type"].native != "signed_data":
            raise Malformed("the file is CMS but not a signature (SignedData)")
        signed = info["content"]
        if signed["encap_content_info"]["content"].native is not None:
            raise Malformed("the signature carries its content inside; a detached signature was expected")
        signer_infos = signed["signer_infos"]
        if len(signer_infos) != 1:
            raise Malformed(f"the signature has {len(signer_infos)} signers; exactly one was expected")
        signer_info = signer_infos[0]
        certificates = [
            x509.load_der_x509_certificate(choice.chosen.dump())
            for choice in (signed["certificates"] or [])
            if choice.name == "certificate"
        ]
        digest = signer_info["digest_algorithm"]["algorithm"].native
        if digest not in HASHES:
            raise Malformed(f"unsupported digest algorithm {digest}")
        if not signer_info["signed_attrs"]:
            raise Malformed("the signature has no signed attributes (no signing time, no message digest)")
        attributes = attributes_of(signer_info)
        if "message_digest" not in attributes or attributes.get("content_type") is None:
            raise Malformed("the signature lacks the message digest or content type attribute")
        expected = attributes["message_digest"].native  # type: ignore[attr-defined]
        signing_time_value = attributes.get("signing_time")
        signing_time = signing_time_value.native if signing_time_value is not None else None  # type: ignore[attr-defined]
        signed_role = _signed_role(attributes)
        signer = find_signer(signer_info, certificates)
        # The signature covers the DER of the attributes with the universal SET tag, not the [0] IMPLICIT tag.
        attrs_der = bytearray(signer_info["signed_attrs"].dump())
        attrs_der[0] = 0x31
    except Malformed:
        raise
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, x509.InvalidVersion) as exc:
        raise Malformed(f"the signature cannot be parsed ({exc.__class__.__name__}: {exc})") from None
    problems: list[str] = []
    actual = hashlib.new(digest, content).digest()
    digest_matches = actual == expected
    if not digest_matches:
        problems.append(DIGEST_DIFFERS)
    if signer is None:
        problems.append(NO_SIGNER)
        return CheckedSignature(None, certificates, signing_time, digest_matches, False, problems, signed_role)
    try:
        signature_matches = verify_maths(signer, signer_info, bytes(attrs_der), digest)
    except (ValueError, UnsupportedAlgorithm) as exc:  # a damaged key or algorithm in the signer's certificate
        raise Malformed(f"the signer's key cannot be read ({exc.__class__.__name__}: {exc})") from None
    if not signature_matches:
        problems.append(VALUE_DIFFERS)
    elif not _certificate_bound(attributes, signer):
        signature_matches = False
        problems.append(OTHER_CERTIFICATE)
    return CheckedSignature(
        signer,
        certificates,
        signing_time,
        digest_matches,
        signature_matches,
        problems,
        signed_role,
        baseline="signing_certificate_v2" in attributes,
    )
