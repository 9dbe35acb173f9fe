"""Printable copy of a signed letter: every PDF attachment with the verification stamp at the bottom of each page, or
a one-page cover with the letter's particulars when it has no PDF. Vector PDF; the stored files are only read.

Shared by the GUI (*Print signed letter…*) and `eoffice print-signed`.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.content import PdfResources
from pyhanko.pdf_utils.generic import pdf_name
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.writer import (
    BasePdfFileWriter,
    PageObject,
    PdfFileWriter,
    copy_into_new_writer,
    init_xobject_dictionary,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from eoffice_desktop.core.documents.pdfium_lock import with_pdfium
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.signing.ledger import pdf_copy_blobs
from eoffice_desktop.core.signing.printed_codes import check_server, printed_signers
from eoffice_desktop.core.signing.printed_stamp import (
    PrintedSigner,
    cm,
    make_stamp,
    place,
    xobject_resources,
)
from eoffice_desktop.core.signing.stamp_text import StampText
from eoffice_desktop.core.storage.models import Attachment, Letter
from eoffice_shared.refusals import Refusal

A4 = (595.28, 841.89)
HEADING = ("ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ", "ສັນຕິພາບ ເອກະລາດ ປະຊາທິປະໄຕ ເອກະພາບ ວັດທະນະຖາວອນ")
COVER_TITLE = "ໃບຢັ້ງຢືນລາຍເຊັນ ຂອງໜັງສື / Signatures of this letter"
COVER_NOTE = "ໜັງສືສະບັບນີ້ບໍ່ມີໄຟລ໌ PDF; ລະຫັດລຸ່ມນີ້ຢັ້ງຢືນລາຍເຊັນ / The letter has no PDF file; these codes prove its signatures"
Progress = Callable[[int, int], None]


class PrintRefused(Refusal, ValueError):
    """No printable copy can be made; the message says why and what to do (`filename`: the file at fault)."""

    @property
    def filename(self) -> str:
        return str(self.params.get("filename", ""))


@dataclass(frozen=True)
class PrintedLetter:
    data: bytes  # the whole printable copy, one PDF
    pages: int
    stamped: list[str]  # the PDF files stamped, in order; empty when a cover page was made instead
    codes: list[str]


def _pdf_attachments(session: Session, letter_id: str) -> list[Attachment]:
    """The letter's own PDF files, as registered (the copies signed inside are left out: the codes cover these)."""
    copies = pdf_copy_blobs(session, letter_id)
    rows = session.scalars(select(Attachment).where(Attachment.letter_id == letter_id).order_by(Attachment.added_at))
    return [a for a in rows if a.media_type == "application/pdf" and a.blob_hash not in copies]


@with_pdfium
def _page_geometry(data: bytes) -> list[tuple[tuple[float, float, float, float], int, list[tuple[float, ...]]]]:
    """Per page: crop box, rotation, and the bounds of every object drawn (PDFium reads what the content covers)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    try:
        pages = []
        for page in document:
            bounds = [tuple(obj.get_bounds()) for obj in page.get_objects(max_depth=1)]
            pages.append((tuple(page.get_cropbox()), page.get_rotation(), bounds))
            page.close()
        return pages  # type: ignore[return-value]
    finally:
        document.close()


def stamp_pdf(data: bytes, signers: list[PrintedSigner], name: str = "", server: str = "") -> bytes:
    """A new PDF: `data` with the stamp at the bottom of every page (the given bytes are not changed); `server`: the
    central server whose check page the QR code opens ('' for an office not enrolled)."""
    if not signers:
        raise PrintRefused(
            "This letter has no signature with a verification code to print.", code="no_signature_to_print"
        )
    try:
        geometry = _page_geometry(data)
        writer = copy_into_new_writer(PdfFileReader(io.BytesIO(data), strict=False))
    except Exception as exc:  # PDFium and pyHanko raise several error types for damaged files
        raise PrintRefused(
            "The file {filename} cannot be read as a PDF, so it cannot be printed ({reason}).",
            code="print_pdf_unreadable",
            filename=name,
            reason=str(exc),
        ) from None
    # A copied PDF signature no longer covers these bytes; readers would call it broken, so the form goes.
    writer.root.pop(pdf_name("/AcroForm"), None)
    stamp = make_stamp(writer, signers, server)
    for index, (box, rotation, bounds) in enumerate(geometry):
        where = place(box, rotation, bounds, stamp.width, stamp.height)  # type: ignore[arg-type]
        if where.shrink is not None:
            _add(writer, index, b"q " + cm(where.shrink) + b"\n", prepend=True)
        else:
            _add(writer, index, b"q\n", prepend=True)
        _add(writer, index, b"\nQ")
        paint = b"q " + cm(where.stamp) + b" /EofficeStamp Do Q"
        _add(writer, index, paint, xobject_resources("EofficeStamp", stamp.ref))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _add(
    writer: BasePdfFileWriter,
    page: int,
    ops: bytes,
    resources: generic.DictionaryObject | None = None,
    prepend: bool = False,
) -> None:
    ref = writer.add_object(generic.StreamObject(stream_data=ops))
    writer.add_stream_to_page(page, ref, resources, prepend=prepend)


def cover_pdf(
    office_name: str, particulars: list[tuple[str, str]], signers: list[PrintedSigner], server: str = ""
) -> bytes:
    """One A4 page: the national heading, the office, the letter's particulars, then the stamp, larger."""
    if not signers:
        raise PrintRefused(
            "This letter has no signature with a verification code to print.", code="no_signature_to_print"
        )
    writer = PdfFileWriter()
    stamp = make_stamp(writer, signers, server)
    text_resources = PdfResources()
    typeset = StampText(writer, text_resources)
    forms: dict[str, generic.IndirectObject] = {"/EofficeStamp": stamp.ref}
    width, height = A4
    ops: list[bytes] = []
    y = height - 72

    def line(words: str, size: int, centred: bool = False) -> None:
        nonlocal y
        block = typeset.block([words], size, size)
        name = f"/Line{len(forms)}"
        forms[name] = writer.add_object(
            init_xobject_dictionary(block.ops, block.width, block.height, text_resources.as_pdf_object())
        )
        y -= round(size * 1.7)
        fit = min(1.0, (width - 144) / block.width)  # Qt-free text has no wrapping: a long subject is set smaller
        x = (width - block.width * fit) / 2 if centred else 72
        ops.append(b"q %g 0 0 %g %g %g cm %s Do Q" % (fit, fit, x, y, name.encode("ascii")))

    for text in HEADING:
        line(text, 12, centred=True)
    y -= 12
    line(office_name, 12, centred=True)
    y -= 18
    line(COVER_TITLE, 14, centred=True)
    y -= 18
    for label, value in particulars:
        line(f"{label}: {value}", 11)
    y -= 12
    line(COVER_NOTE, 9)
    scale = min(1.6, (width - 144) / stamp.width)
    y -= 18 + stamp.height * scale
    ops.append(b"q %g 0 0 %g 72 %g cm /EofficeStamp Do Q" % (scale, scale, y))
    resources = generic.DictionaryObject(
        {pdf_name("/XObject"): generic.DictionaryObject({pdf_name(k): v for k, v in forms.items()})}
    )
    contents = writer.add_object(generic.StreamObject(stream_data=b"\n".join(ops)))
    writer.insert_page(PageObject(contents, (0, 0, width, height), resources))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _particulars(letter: Letter) -> list[tuple[str, str]]:
    incoming = letter.direction == "in"
    rows = [
        ("ເລກທີ / Registry number", letter.registry_number),
        ("ວັນທີ / Date", (letter.letter_date or letter.register_date).isoformat()),
        ("ຈາກ / From" if incoming else "ເຖິງ / To", letter.sender_name if incoming else letter.recipients_text),
        ("ເລື່ອງ / Subject", letter.subject),
    ]
    return [(label, " ".join((value or "—").split())) for label, value in rows]


@with_pdfium
def _merge(parts: list[bytes]) -> tuple[bytes, int]:
    import pypdfium2 as pdfium

    if len(parts) == 1:
        document = pdfium.PdfDocument(parts[0])
        try:
            return parts[0], len(document)
        finally:
            document.close()
    merged = pdfium.PdfDocument.new()
    try:
        for part in parts:
            source = pdfium.PdfDocument(part)
            merged.import_pages(source)
            source.close()
        out = io.BytesIO()
        merged.save(out)
        return out.getvalue(), len(merged)
    finally:
        merged.close()


def print_signed_letter(
    store: OfficeStore,
    letter_id: str,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> PrintedLetter:
    """The printable copy of one letter (read only: nothing is stored)."""
    with store.db.session() as s:
        letter = s.get(Letter, letter_id)
        if letter is None:
            raise PrintRefused("This letter was not found.", code="letter_not_found")
        signers = printed_signers(s, letter_id)
        if not signers:
            raise PrintRefused(
                "This letter has no signature with a verification code to print. Sign it first.",
                code="no_signature_to_print_sign_first",
            )
        pdfs = [(a.filename, a.blob_hash) for a in _pdf_attachments(s, letter_id)]
        particulars, office_name = _particulars(letter), store.office().name_lo
        server = check_server(s)
    codes = [signer.code for signer in signers]
    if not pdfs:
        data = cover_pdf(office_name, particulars, signers, server)
        return PrintedLetter(data, 1, [], codes)
    parts = []
    for done, (filename, blob_hash) in enumerate(pdfs):
        if progress is not None:
            progress(done, len(pdfs))
        if not store.blobs.verify(blob_hash):
            raise PrintRefused(
                "The file {filename} is missing or damaged on this PC; it cannot be printed.",
                code="print_file_missing",
                filename=filename,
            )
        if cancelled is not None and cancelled():
            raise PrintRefused("Printing was stopped.", code="printing_stopped")
        parts.append(stamp_pdf(store.blobs.read(blob_hash), signers, filename, server))
    if progress is not None:
        progress(len(pdfs), len(pdfs))
    data, pages = _merge(parts)
    return PrintedLetter(data, pages, [filename for filename, _ in pdfs], codes)
