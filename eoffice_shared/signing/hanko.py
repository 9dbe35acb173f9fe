"""pyHanko glue: an unlocked key as a pyHanko signer, and CAdES baseline (B-B) detached signatures over any bytes.

Loaded only to sign (pyHanko takes a quarter of a second to import); checking stays with asn1crypto and `cryptography`.
"""

from __future__ import annotations

import asyncio
from datetime import datetime

from asn1crypto import cms as acms
from asn1crypto import keys as akeys
from asn1crypto import x509 as ax509
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
from pyhanko.sign import signers
from pyhanko.sign.ades.api import CAdESSignedAttrSpec
from pyhanko.sign.ades.cades_asn1 import CommitmentTypeIndication
from pyhanko.sign.signers.pdf_cms import PdfCMSSignedAttributes
from pyhanko.sign.timestamps import TimeStamper
from pyhanko_certvalidator.registry import SimpleCertificateStore

from eoffice_shared.refusals import Invalid
from eoffice_shared.signing.keys import Identity

# asn1crypto caches OID names at first use; pyHanko registers more on import, so drop the caches once here.
acms.CMSAttributeType._reverse_map = None
acms.CMSAttributeType()._setup()


def signer_for(identity: Identity) -> signers.SimpleSigner:
    """The key goes to pyHanko in memory only; it is never written anywhere unencrypted."""
    if identity.certificate is None:
        raise Invalid(
            "This key has no certificate yet; ask the CA to issue one first.", code="key_no_certificate_ask_ca"
        )
    key_der = identity.key.private_bytes(Encoding.DER, PrivateFormat.PKCS8, NoEncryption())
    chain = [ax509.Certificate.load(c.public_bytes(Encoding.DER)) for c in identity.chain]
    return signers.SimpleSigner(
        signing_cert=ax509.Certificate.load(identity.certificate.public_bytes(Encoding.DER)),
        signing_key=akeys.PrivateKeyInfo.load(key_der),
        cert_registry=SimpleCertificateStore.from_certs(chain),
    )


def cades_detached(
    content: bytes, identity: Identity, commitment: str, when: datetime, timestamper: TimeStamper | None = None
) -> bytes:
    """DER CMS SignedData over `content` (not inside): CAdES B-B signed attributes (content type, message digest,
    signing time, signing-certificate-v2) and the commitment type `commitment` (a name of RFC 5126's types),
    the signer certificate and its CA chain; with `timestamper`, a signature time-stamp too (B-T)."""
    settings = PdfCMSSignedAttributes(
        signing_time=when,
        cades_signed_attrs=CAdESSignedAttrSpec(
            commitment_type=CommitmentTypeIndication({"commitment_type_id": commitment})
        ),
    )
    signed = signer_for(identity).async_sign_general_data(
        content, "sha256", detached=True, use_cades=True, timestamper=timestamper, signed_attr_settings=settings
    )
    info: acms.ContentInfo = asyncio.run(signed)
    return bytes(info.dump())
