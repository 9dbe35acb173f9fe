"""Detached CMS (PKCS#7) signatures: made with `cryptography`, checked with asn1crypto plus `cryptography` maths.

`cryptography` signs but has no CMS verification API, so `check_detached` parses SignedData itself and follows RFC 5652
section 5.4: the message digest attribute must equal the content's hash, and the signature covers the DER of the
signed attributes re-tagged as a SET.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime

from asn1crypto import cms as acms
from asn1crypto import tsp as _tsp  # noqa: F401 - registers attribute types before first use
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.serialization import Encoding, pkcs7

from eoffice_desktop.core.signing.keys import Identity

HASHES: dict[str, type[hashes.SHA256 | hashes.SHA384 | hashes.SHA512]] = {
    "sha256": hashes.SHA256,
    "sha384": hashes.SHA384,
    "sha512": hashes.SHA512,
}


class Malformed(ValueError):
    """The signature cannot be read as a detached CMS signature of ours; the message says what is wrong."""


def sign_detached(content: bytes, identity: Identity) -> bytes:
    """DER CMS SignedData over `content` with signing time, signer certificate and its CA chain, no content inside."""
    if identity.certificate is None:
        raise ValueError("This key has no certificate yet; ask the CA to issue one first.")
    builder = (
        pkcs7.PKCS7SignatureBuilder()
        .set_data(content)
        .add_signer(
            identity.certificate,
            identity.key,
            hashes.SHA256(),
        )
    )
    for ca in identity.chain:
        builder = builder.add_certificate(ca)
    # Binary: without it the library turns LF into CRLF before hashing and the signature no longer fits the bytes.
    options = [pkcs7.PKCS7Options.DetachedSignature, pkcs7.PKCS7Options.Binary, pkcs7.PKCS7Options.NoCapabilities]
    return builder.sign(Encoding.DER, options)


@dataclass
class CheckedSignature:
    """What the CMS structure says, and whether its mathematics hold for the given content."""

    signer: x509.Certificate | None
    certificates: list[x509.Certificate]
    signing_time: datetime | None
    digest_matches: bool
    signature_matches: bool
    problems: list[str] = field(default_factory=list)

    @property
    def intact(self) -> bool:
        return self.signer is not None and self.digest_matches and self.signature_matches


def _attributes(signer_info: acms.SignerInfo) -> dict[str, object]:
    found: dict[str, object] = {}
    for attribute in signer_info["signed_attrs"]:
        values = attribute["values"]
        if len(values) != 1:
            raise Malformed("a signed attribute has several values")
        found[attribute["type"].native] = values[0]
    return found


def _find_signer(signer_info: acms.SignerInfo, certificates: list[x509.Certificate]) -> x509.Certificate | None:
    sid = signer_info["sid"]
    if sid.name == "issuer_and_serial_number":
        serial = sid.chosen["serial_number"].native
        issuer_der = sid.chosen["issuer"].dump()
        for cert in certificates:
            if cert.serial_number == serial and cert.issuer.public_bytes() == issuer_der:
                return cert
        for cert in certificates:  # issuer names may be encoded differently but mean the same
            if cert.serial_number == serial:
                return cert
        return None
    key_id = sid.chosen.native
    for cert in certificates:
        try:
            if cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value.digest == key_id:
                return cert
        except x509.ExtensionNotFound:
            continue
    return None


def _verify_maths(cert: x509.Certificate, signer_info: acms.SignerInfo, data: bytes, digest: str) -> bool:
    signature = signer_info["signature"].native
    algorithm = signer_info["signature_algorithm"]["algorithm"].native
    public_key = cert.public_key()
    hash_algorithm = HASHES[digest]()
    try:
        if isinstance(public_key, ec.EllipticCurvePublicKey):
            public_key.verify(signature, data, ec.ECDSA(hash_algorithm))
        elif isinstance(public_key, rsa.RSAPublicKey):
            if algorithm == "rsassa_pss":
                params = signer_info["signature_algorithm"]["parameters"]
                pss = padding.PSS(padding.MGF1(hash_algorithm), params["salt_length"].native)
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
        attributes = _attributes(signer_info)
        if "message_digest" not in attributes or attributes.get("content_type") is None:
            raise Malformed("the signature lacks the message digest or content type attribute")
        expected = attributes["message_digest"].native  # type: ignore[attr-defined]
        signing_time_value = attributes.get("signing_time")
        signing_time = signing_time_value.native if signing_time_value is not None else None  # type: ignore[attr-defined]
        signer = _find_signer(signer_info, certificates)
        # The signature covers the DER of the attributes with the universal SET tag, not the [0] IMPLICIT tag.
        attrs_der = bytearray(signer_info["signed_attrs"].dump())
        attrs_der[0] = 0x31
    except Malformed:
        raise
    except (ValueError, TypeError, KeyError, IndexError, AttributeError) as exc:
        raise Malformed(f"the signature cannot be parsed ({exc.__class__.__name__}: {exc})") from None
    problems: list[str] = []
    actual = hashlib.new(digest, content).digest()
    digest_matches = actual == expected
    if not digest_matches:
        problems.append("the signed content's hash does not match the signature")
    if signer is None:
        problems.append("the signer's certificate is not included in the signature")
        return CheckedSignature(None, certificates, signing_time, digest_matches, False, problems)
    signature_matches = _verify_maths(signer, signer_info, bytes(attrs_der), digest)
    if not signature_matches:
        problems.append("the signature value does not match the signer's key")
    return CheckedSignature(signer, certificates, signing_time, digest_matches, signature_matches, problems)
