"""PDF signatures inside PDF attachments: PAdES baseline B-B (`ETSI.CAdES.detached`, signing-certificate-v2) made
by pyHanko, with a visible stamp: signer, title, date. Older `adbe.pkcs7.detached` signatures still verify.

Each signature is an incremental update, so a PDF signed by several officials keeps every earlier signature valid.
The signed bytes are final: they are stored as a new blob and never regenerated.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime

from asn1crypto import x509 as ax509
from cryptography.hazmat.primitives.serialization import Encoding
from pyhanko.pdf_utils.content import PdfResources, RawContent
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.layout import AxisAlignment, BoxConstraints, InnerScaling, Margins, SimpleBoxLayoutRule
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.signers.pdf_signer import PdfTimeStamper
from pyhanko.sign.timestamps import TimeStamper
from pyhanko.sign.validation import add_validation_info, validate_pdf_signature, validate_pdf_timestamp
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
from pyhanko.stamp import StaticStampStyle
from pyhanko_certvalidator import ValidationContext

from eoffice_desktop.core.signing.stamp_text import StampText
from eoffice_desktop.core.signing.trust import TrustStore
from eoffice_shared.refusals import Refusal
from eoffice_shared.signing.certificates import describe
from eoffice_shared.signing.hanko import signer_for
from eoffice_shared.signing.keys import Identity

STAMP_WIDTH, STAMP_HEIGHT, MARGIN, GAP = 170, 60, 36, 6
FONT_SIZE, LEADING = 8, 11


class PdfSigningRefused(Refusal, ValueError):
    pass


def _stamp_box(writer: IncrementalPdfFileWriter, existing: int) -> tuple[int, int, int, int]:
    """Where the n-th signature's stamp goes on the last page: rows from the bottom left, as many as fit across."""
    node = writer.root["/Pages"]
    box = node.get("/CropBox", node.get("/MediaBox"))
    while "/Kids" in node:  # the page boxes are inherited down the page tree
        node = node["/Kids"][-1].get_object()
        box = node.get("/CropBox", node.get("/MediaBox", box))
    x0, y0, x1, _ = (float(v) for v in box)
    width = min(STAMP_WIDTH, x1 - x0 - 2 * MARGIN)
    columns = max(1, int((x1 - x0 - 2 * MARGIN + GAP) // (width + GAP)))
    left = x0 + MARGIN + (existing % columns) * (width + GAP)
    bottom = y0 + MARGIN + (existing // columns) * (STAMP_HEIGHT + GAP)
    return round(left), round(bottom), round(left + width), round(bottom + STAMP_HEIGHT)


def _stamp_style(writer: IncrementalPdfFileWriter, lines: list[str]) -> StaticStampStyle:
    """The visible stamp: the lines in the app's bundled fonts, shrunk to the box if they are longer."""
    resources = PdfResources()
    text = StampText(writer, resources).block(lines, FONT_SIZE, LEADING)
    content = RawContent(text.ops, resources, BoxConstraints(text.width, text.height))
    layout = SimpleBoxLayoutRule(
        x_align=AxisAlignment.ALIGN_MIN,
        y_align=AxisAlignment.ALIGN_MID,
        margins=Margins.uniform(4),
        inner_content_scaling=InnerScaling.SHRINK_TO_FIT,
    )
    return StaticStampStyle(background=content, background_layout=layout, background_opacity=1.0, border_width=1)


def sign_pdf(data: bytes, identity: Identity, role_text: str, when: datetime, reason: str = "") -> bytes:
    """Add one visible signature to `data` (a PDF) and return the new bytes."""
    if identity.certificate is None:
        raise PdfSigningRefused("This key has no certificate yet.", code="key_no_certificate")
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
        existing = len(list(fields.enumerate_sig_fields(writer)))
    except Exception as exc:  # pyHanko raises several error types for damaged files
        raise PdfSigningRefused(
            "The PDF cannot be signed: it could not be read ({reason}).", code="pdf_unreadable", reason=str(exc)
        ) from None
    person = describe(identity.certificate).person
    name = f"Signature{existing + 1}"
    lines = [f"{role_text}: {person.name}", person.title or person.office, when.strftime("%Y-%m-%d")]
    meta = signers.PdfSignatureMetadata(
        field_name=name, reason=reason or role_text, name=person.name, subfilter=fields.SigSeedSubFilter.PADES
    )
    pdf_signer = signers.PdfSigner(
        meta,
        signer=signer_for(identity),
        stamp_style=_stamp_style(writer, [line for line in lines if line]),
        new_field_spec=fields.SigFieldSpec(name, on_page=-1, box=_stamp_box(writer, existing)),
    )
    out = io.BytesIO()
    pdf_signer.sign_pdf(writer, output=out)
    return out.getvalue()


def _context(trust: TrustStore) -> ValidationContext:
    return ValidationContext(
        trust_roots=[ax509.Certificate.load(c.public_bytes(Encoding.DER)) for c in trust.roots],
        crls=[crl.public_bytes(Encoding.DER) for crl in trust.crls],
        allow_fetching=False,
        revocation_mode="soft-fail",
    )


def archive_pdf(data: bytes, trust: TrustStore, timestamper: TimeStamper) -> bytes:
    """PAdES B-LTA: the validation data of every signature (CA certificates, CRLs) in the document's DSS, then a
    document time-stamp from `timestamper` over all of it; each as an incremental update, earlier signatures intact."""
    current = io.BytesIO(data)
    for field in [s.field_name for s in PdfFileReader(io.BytesIO(data), strict=False).embedded_signatures]:
        embedded = next(s for s in PdfFileReader(current, strict=False).embedded_signatures if s.field_name == field)
        if embedded.sig_object_type == "/Sig":
            current = add_validation_info(embedded, _context(trust), output=io.BytesIO())
    out = io.BytesIO()
    PdfTimeStamper(timestamper).timestamp_pdf(
        IncrementalPdfFileWriter(current, strict=False), "sha256", validation_context=_context(trust), output=out
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
    level: str = ""  # "PAdES B-B" ... "PAdES B-LTA", "document time-stamp", or "adbe.pkcs7.detached" for older ones


def _level(embedded: EmbeddedPdfSignature, timestamped: bool, later: list[EmbeddedPdfSignature], dss: bool) -> str:
    """The PAdES baseline level this signature reaches: a signature time-stamp or a later document time-stamp makes
    it B-T; validation data in the document (DSS) B-LT; a document time-stamp after that B-LTA."""
    subfilter = str(embedded.sig_object.get("/SubFilter", "")).lstrip("/")
    if subfilter != "ETSI.CAdES.detached":
        return subfilter
    stamps = [s for s in later if s.sig_object_type == "/DocTimeStamp"]
    if not (timestamped or stamps):
        return "PAdES B-B"
    if not dss:
        return "PAdES B-T"
    return "PAdES B-LTA" if stamps else "PAdES B-LT"


def verify_pdf(data: bytes, trust: TrustStore) -> list[PdfSignatureCheck]:
    """Every embedded signature and document time-stamp of a PDF, checked by pyHanko's validator offline against our
    trust store (CA certificates and revocation lists, also those the document carries in its DSS)."""

    reader = PdfFileReader(io.BytesIO(data), strict=False)
    dss = "/DSS" in reader.root
    embedded_all = list(reader.embedded_signatures)
    results = []
    for index, embedded in enumerate(embedded_all):
        if embedded.sig_object_type == "/DocTimeStamp":
            stamp = validate_pdf_timestamp(embedded, _context(trust))
            results.append(
                PdfSignatureCheck(
                    field=embedded.field_name,
                    signer=stamp.signing_cert.subject.human_friendly,
                    intact=bool(stamp.intact and stamp.valid),
                    trusted=bool(stamp.trusted),
                    covers_whole_file=stamp.coverage is not None
                    and stamp.coverage.name in ("ENTIRE_FILE", "ENTIRE_REVISION"),
                    summary=stamp.summary(),
                    level="document time-stamp",
                )
            )
            continue
        status = validate_pdf_signature(embedded, _context(trust))
        timestamped = status.timestamp_validity is not None and status.timestamp_validity.valid
        results.append(
            PdfSignatureCheck(
                field=embedded.field_name,
                signer=status.signing_cert.subject.human_friendly,
                intact=bool(status.intact and status.valid),
                trusted=bool(status.trusted),
                covers_whole_file=status.coverage is not None
                and status.coverage.name in ("ENTIRE_FILE", "ENTIRE_REVISION"),
                summary=status.summary(),
                level=_level(embedded, timestamped, embedded_all[index + 1 :], dss),
            )
        )
    return results
