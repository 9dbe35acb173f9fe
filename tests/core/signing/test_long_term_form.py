"""The long-term form (CAdES B-LT) of a manifest signature without a server: built from a token of a time-stamping
authority certified by the office's CA, the levels told apart, the signature as made given back byte for byte, and
what cannot be taken (a damaged form, a missing revocation list) said in one sentence."""

from __future__ import annotations

import hashlib
import json

import pytest
from asn1crypto import keys as akeys
from asn1crypto import tsp
from asn1crypto import x509 as ax509
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper

from eoffice_desktop.core.signing.long_term import B_B, B_LT, B_T, NotReady, long_term_form
from eoffice_desktop.core.signing.manifest import FORMAT
from eoffice_desktop.core.signing.status import VALID
from eoffice_desktop.core.signing.timestamps import signature_value
from eoffice_desktop.core.signing.trust import TrustStore
from eoffice_desktop.core.signing.verify import SignedItem, verify_signature
from eoffice_shared.signing.cades_lt import NotOurs, as_made, long_term_parts
from eoffice_shared.signing.certificates import Person, subject_name
from eoffice_shared.signing.cms import sign_detached
from tests.core.signing.conftest import CA_PASS, Pki

MANIFEST = json.dumps(
    {"attachments": [], "format": FORMAT, "subject": "ແຈ້ງການ"}, ensure_ascii=False, separators=(",", ":")
).encode("utf-8")


def _token(pki: Pki, cms: bytes) -> bytes:
    """An RFC 3161 token over the signature value, from an authority the office's CA certified."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    cert = pki.ca.issue_timestamping(subject_name(Person(name="TSA", office="ກະຊວງ")), key.public_key(), CA_PASS)
    authority = DummyTimeStamper(
        ax509.Certificate.load(cert.public_bytes(Encoding.DER)),
        akeys.PrivateKeyInfo.load(key.private_bytes(Encoding.DER, PrivateFormat.PKCS8, NoEncryption())),
    )
    request = tsp.TimeStampReq(
        {
            "version": 1,
            "message_imprint": {
                "hash_algorithm": {"algorithm": "sha256"},
                "hashed_message": hashlib.sha256(signature_value(cms)).digest(),
            },
            "cert_req": True,
        }
    )
    return bytes(authority.request_tsa_response(request)["time_stamp_token"].dump())


def test_levels_of_one_signature_from_b_b_to_b_lt(pki: Pki) -> None:
    identity = pki.official("usr_head")
    cms = sign_detached(MANIFEST, identity, "signed")
    item = SignedItem(cms, MANIFEST, hashlib.sha256(MANIFEST).hexdigest())
    data = json.loads(MANIFEST)
    token = _token(pki, cms)
    assert verify_signature(item, pki.trust(), data).level == B_B
    assert verify_signature(item, pki.trust(), data, timestamp=token).level == B_T

    form, stamp = long_term_form(cms, token, pki.trust())
    assert stamp.time is not None and as_made(form) == cms and as_made(cms) == cms
    parts = long_term_parts(form)
    assert parts.token == token and [c.subject for c in parts.certificates] == [stamp.authority_cert.subject]  # type: ignore[union-attr]
    assert parts.crls == [pki.ca.crl()]
    checked = verify_signature(item, pki.trust(), data, long_term=form)  # the token inside is enough
    assert checked.code == VALID and checked.level == B_LT and checked.timestamped_at == stamp.time
    # The trust anchor alone: the revocation list comes from the signature.
    alone = verify_signature(item, TrustStore([pki.ca.certificate]), data, long_term=form)
    assert alone.code == VALID and alone.level == B_LT and not alone.warnings


def test_what_cannot_be_taken_is_said(pki: Pki) -> None:
    identity = pki.official("usr_head")
    cms = sign_detached(MANIFEST, identity, "signed")
    token = _token(pki, cms)
    with pytest.raises(NotReady, match="revocation list"):
        long_term_form(cms, token, TrustStore([pki.ca.certificate]))  # no CRL held here yet
    with pytest.raises(NotReady, match="does not hold"):
        long_term_form(cms, token, TrustStore())  # the authority is not trusted here
    with pytest.raises(NotOurs):
        long_term_parts(b"\x30\x03\x02\x01\x01")
    item = SignedItem(cms, MANIFEST, hashlib.sha256(MANIFEST).hexdigest())
    damaged = verify_signature(item, pki.trust(), json.loads(MANIFEST), long_term=b"not a signature")
    assert damaged.code == VALID and damaged.level == B_B
    assert any("cannot be read" in w and "ignored" in w for w in damaged.warnings)
