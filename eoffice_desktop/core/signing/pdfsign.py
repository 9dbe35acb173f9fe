"""PDF signatures inside PDF attachments (PAdES via pyHanko), with a visible stamp: signer, title, date.

Each signature is an incremental update, so a PDF signed by several officials keeps every earlier signature valid.
The signed bytes are final: they are stored as a new blob and never regenerated.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from asn1crypto import x509 as ax509
from cryptography.hazmat.primitives.serialization import Encoding
from pyhanko.pdf_utils.font.opentype import GlyphAccumulatorFactory
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.sign import fields, signers
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.stamp import TextStampStyle
from pyhanko_certvalidator import ValidationContext

from eoffice_desktop.core.signing.certificates import describe
from eoffice_desktop.core.signing.hanko import signer_for
from eoffice_desktop.core.signing.keys import Identity
from eoffice_desktop.core.signing.trust import TrustStore

# Phetsarath OT (Debian fonts-lao) has Lao and Latin glyphs; HarfBuzz shapes the stacked Lao marks.
FONT_CANDIDATES = (
    Path("/usr/share/fonts/truetype/lao/Phetsarath_OT.ttf"),
    Path("C:/Windows/Fonts/phetsarath_ot.ttf"),
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
)
STAMP_WIDTH, STAMP_HEIGHT, MARGIN = 170, 60, 36


class PdfSigningRefused(ValueError):
    pass


def _font() -> Path | None:
    return next((path for path in FONT_CANDIDATES if path.exists()), None)


def sign_pdf(data: bytes, identity: Identity, role_text: str, when: datetime, reason: str = "") -> bytes:
    """Add one visible signature to `data` (a PDF) and return the new bytes."""
    if identity.certificate is None:
        raise PdfSigningRefused("This key has no certificate yet.")
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
        existing = len(list(fields.enumerate_sig_fields(writer)))
    except Exception as exc:  # pyHanko raises several error types for damaged files
        raise PdfSigningRefused(f"The PDF cannot be signed: it could not be read ({exc}).") from None
    person = describe(identity.certificate).person
    name = f"Signature{existing + 1}"
    left = MARGIN + (existing % 3) * (STAMP_WIDTH + 6)
    bottom = MARGIN + (existing // 3) * (STAMP_HEIGHT + 6)
    font = _font()
    text_style = TextBoxStyle(font=GlyphAccumulatorFactory(str(font)), font_size=7) if font else TextBoxStyle()
    style = TextStampStyle(
        stamp_text="%(role)s: %(person)s\n%(title)s\n%(when)s",
        text_box_style=text_style,
        border_width=1,
    )
    meta = signers.PdfSignatureMetadata(field_name=name, reason=reason or role_text, name=person.name)
    pdf_signer = signers.PdfSigner(
        meta,
        signer=signer_for(identity),
        stamp_style=style,
        new_field_spec=fields.SigFieldSpec(
            name, on_page=-1, box=(left, bottom, left + STAMP_WIDTH, bottom + STAMP_HEIGHT)
        ),
    )
    out = io.BytesIO()
    pdf_signer.sign_pdf(
        writer,
        output=out,
        appearance_text_params={
            "role": role_text,
            "person": person.name,
            "title": person.title or person.office,
            "when": when.strftime("%Y-%m-%d"),
        },
    )
    return out.getvalue()


@dataclass(frozen=True)
class PdfSignatureCheck:
    field: str
    signer: str
    intact: bool  # the bytes it covers are unchanged and the maths hold
    trusted: bool  # the certificate path to one of our CAs holds
    covers_whole_file: bool  # no changes were made after this signature (other than later signatures)
    summary: str


def verify_pdf(data: bytes, trust: TrustStore) -> list[PdfSignatureCheck]:
    """Every embedded signature of a PDF, checked by pyHanko's validator offline against our trust store."""
    context = ValidationContext(
        trust_roots=[ax509.Certificate.load(c.public_bytes(Encoding.DER)) for c in trust.roots],
        crls=[crl.public_bytes(Encoding.DER) for crl in trust.crls],
        allow_fetching=False,
        revocation_mode="soft-fail",
    )
    reader = PdfFileReader(io.BytesIO(data), strict=False)
    results = []
    for embedded in reader.embedded_signatures:
        status = validate_pdf_signature(embedded, context)
        results.append(
            PdfSignatureCheck(
                field=embedded.field_name,
                signer=status.signing_cert.subject.human_friendly,
                intact=bool(status.intact and status.valid),
                trusted=bool(status.trusted),
                covers_whole_file=status.coverage is not None
                and status.coverage.name in ("ENTIRE_FILE", "ENTIRE_REVISION"),
                summary=status.summary(),
            )
        )
    return results
