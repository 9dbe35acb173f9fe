"""CAdES long-term forms of a manifest signature (ETSI EN 319 122-1): the signature as made (B-B), with its unsigned
attributes added after the fact: the signature time-stamp token (B-T) and the validation data, certificate values and
revocation values (B-LT).

Unsigned attributes are outside what the signer signed, so adding them changes neither the signed attributes nor the
signature value: `openssl cms -verify` accepts the long-term form as it accepted the signature as made, and removing
them again (`as_made`) gives back the exact bytes made on the signer's PC (whose hash is the verification code).
The ASN.1 types are declared with asn1crypto (RFC 5126 section 6.3.3-6.3.4); nothing is encoded by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

from asn1crypto import cms as acms
from asn1crypto import core as acore
from asn1crypto import crl as acrl
from asn1crypto import ocsp as aocsp
from asn1crypto import tsp as _tsp  # noqa: F401 - registers the time-stamp types before first use
from asn1crypto import x509 as ax509
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

SIGNATURE_TIME_STAMP = "1.2.840.113549.1.9.16.2.14"  # id-aa-signatureTimeStampToken
CERTIFICATE_VALUES = "1.2.840.113549.1.9.16.2.23"  # id-aa-ets-certValues
REVOCATION_VALUES = "1.2.840.113549.1.9.16.2.24"  # id-aa-ets-revocationValues


class CertificateValues(acore.SequenceOf):
    _child_spec = ax509.Certificate


class _CrlValues(acore.SequenceOf):
    _child_spec = acrl.CertificateList


class _OcspValues(acore.SequenceOf):
    _child_spec = aocsp.BasicOCSPResponse


class RevocationValues(acore.Sequence):
    """RFC 5126: crlVals [0], ocspVals [1], otherRevVals [2], explicitly tagged (the module's default)."""

    _fields: ClassVar[list[tuple[str, type, dict[str, object]]]] = [
        ("crl_vals", _CrlValues, {"explicit": 0, "optional": True}),
        ("ocsp_vals", _OcspValues, {"explicit": 1, "optional": True}),
        ("other_rev_vals", acore.Any, {"explicit": 2, "optional": True}),
    ]


def _register(dotted: str, name: str, spec: type) -> None:
    acms.CMSAttributeType._map[dotted] = name
    acms.CMSAttribute._oid_specs[name] = type("SetOf" + spec.__name__, (acore.SetOf,), {"_child_spec": spec})


_register(CERTIFICATE_VALUES, "certificate_values", CertificateValues)
_register(REVOCATION_VALUES, "revocation_values", RevocationValues)
acms.CMSAttributeType._reverse_map = None  # asn1crypto caches the names at first use: take the new ones
acms.CMSAttributeType()._setup()


class NotOurs(ValueError):
    """The bytes are not a detached CMS signature with one signer."""


def _signer_info(info: acms.ContentInfo) -> acms.SignerInfo:
    if info["content_type"].native != "signed_data":
        raise NotOurs("not a CMS signature (SignedData)")
    infos = info["content"]["signer_infos"]
    if len(infos) != 1:
        raise NotOurs("a signature with one signer was expected")
    return infos[0]


def _load(cms_der: bytes) -> tuple[acms.ContentInfo, acms.SignerInfo]:
    try:
        info = acms.ContentInfo.load(cms_der, strict=True)
        return info, _signer_info(info)
    except (ValueError, TypeError, KeyError) as exc:
        raise NotOurs(f"the signature cannot be read ({exc})") from None


def extend(
    cms_der: bytes,
    token_der: bytes,
    certificates: list[x509.Certificate] | None = None,
    crls: list[x509.CertificateRevocationList] | None = None,
) -> bytes:
    """The signature with the signature time-stamp token as an unsigned attribute (B-T), and with `certificates` and
    `crls` as certificate values and revocation values (B-LT) when given. The signed part is not touched."""
    info, signer_info = _load(cms_der)
    attributes = [
        acms.CMSAttribute(
            {"type": "signature_time_stamp_token", "values": [acms.ContentInfo.load(token_der, strict=True)]}
        )
    ]
    if certificates:
        values = CertificateValues([ax509.Certificate.load(c.public_bytes(Encoding.DER)) for c in certificates])
        attributes.append(acms.CMSAttribute({"type": "certificate_values", "values": [values]}))
    if crls:
        revocations = RevocationValues(
            {"crl_vals": _CrlValues([acrl.CertificateList.load(c.public_bytes(Encoding.DER)) for c in crls])}
        )
        attributes.append(acms.CMSAttribute({"type": "revocation_values", "values": [revocations]}))
    signer_info["unsigned_attrs"] = acms.CMSAttributes(attributes)
    return bytes(info.dump())


def as_made(cms_der: bytes) -> bytes:
    """The signature as the signer's PC made it: its unsigned attributes removed (the same bytes when it has none)."""
    info, signer_info = _load(cms_der)
    if not signer_info["unsigned_attrs"]:
        return cms_der
    signer_info["unsigned_attrs"] = None
    return bytes(info.dump())


@dataclass
class LongTermParts:
    """What the unsigned attributes of a signature carry."""

    token: bytes | None = None  # the signature time-stamp token (DER ContentInfo)
    certificates: list[x509.Certificate] = field(default_factory=list)  # certificate values
    crls: list[x509.CertificateRevocationList] = field(default_factory=list)  # revocation values (CRLs)
    unknown: list[str] = field(default_factory=list)  # other unsigned attributes, by OID

    @property
    def has_validation_data(self) -> bool:
        return bool(self.certificates) and bool(self.crls)


def long_term_parts(cms_der: bytes) -> LongTermParts:
    """The unsigned attributes of a signature; raises NotOurs when they cannot be read."""
    _, signer_info = _load(cms_der)
    parts = LongTermParts()
    try:
        for attribute in signer_info["unsigned_attrs"] or []:
            dotted = attribute["type"].dotted
            for value in attribute["values"]:
                if dotted == SIGNATURE_TIME_STAMP and parts.token is None:
                    parts.token = bytes(value.dump())
                elif dotted == CERTIFICATE_VALUES:
                    parts.certificates += [x509.load_der_x509_certificate(c.dump()) for c in value]
                elif dotted == REVOCATION_VALUES:
                    crls = value["crl_vals"]
                    parts.crls += [x509.load_der_x509_crl(c.dump()) for c in crls] if crls.native else []
                elif dotted not in (SIGNATURE_TIME_STAMP,):
                    parts.unknown.append(dotted)
    except (ValueError, TypeError, KeyError) as exc:
        raise NotOurs(f"the signature's long-term data cannot be read ({exc})") from None
    return parts
