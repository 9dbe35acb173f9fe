"""Printed signed letters: each PDF attachment stamped on every page with the QR code and verification codes (read back
from the rendered page), the letter's text left uncovered, the stored files unchanged, a cover page for a letter
without PDF, and `eoffice print-signed` on a real data folder."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from sqlalchemy import select

from eoffice_desktop.core.demo.files import demo_png, pdf_file
from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.signing.letters import sign_letter, verify_letter
from eoffice_desktop.core.signing.printed import PrintRefused, cover_pdf, print_signed_letter, stamp_pdf
from eoffice_desktop.core.signing.printed_stamp import CHECK_LINE, PrintedSigner
from eoffice_desktop.core.signing.status import VALID
from eoffice_desktop.core.signing.tables import Signature
from eoffice_desktop.core.storage.models import Attachment, User
from eoffice_shared.exits import NOT_FOUND
from eoffice_shared.signing.vcode import normalise, qr_matrix
from tests.core.signing.conftest import Pki
from tests.core.signing.test_letters import _official
from tests.qr_scan import scan_qr_codes

ROOT = Path(__file__).resolve().parents[3]
SCALE = 4  # render scale: one QR module of 1.5 pt is 6 pixels


def letter_pdf(pages: list[tuple[int, int]]) -> bytes:
    """A PDF whose pages carry numbered text lines down to a given height (y of the lowest line), with /Rotate."""
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    kids = []
    for number, (lowest, rotate) in enumerate(pages, start=1):
        stream = b"".join(
            b"BT /F1 11 Tf 72 %d Td (Page %d line %d) Tj ET\n" % (y, number, index)
            for index, y in enumerate(range(780, lowest - 1, -40))
        )
        page_id = len(objects) + 1
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Rotate %d /Resources << /Font << /F1 %d 0 R >> >>"
            b" /Contents %d 0 R >>" % (rotate, page_id + 2, page_id + 1)
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream")
        objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
        kids.append(b"%d 0 R" % page_id)
    objects[1] = b"<< /Type /Pages /Kids [" + b" ".join(kids) + b"] /Count %d >>" % len(kids)
    return pdf_file(objects)


def page_texts(data: bytes) -> list[str]:
    document = pdfium.PdfDocument(data)
    try:
        return [page.get_textpage().get_text_range() for page in document]
    finally:
        document.close()


def read_qr(data: bytes, page_index: int, modules: int) -> list[list[bool]]:
    """Render the page as seen (PDFium applies /Rotate) and read the QR modules inside the stamp's frame."""
    document = pdfium.PdfDocument(data)
    try:
        bitmap = document[page_index].render(scale=SCALE, grayscale=True)
        width, height, stride, pixels = bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer)
        bitmap.close()
    finally:
        document.close()

    def dark(x: int, y: int) -> bool:
        return pixels[y * stride + x] < 128

    # The frame's top edge: the first long horizontal dark line (these test letters have only text above it).
    frame_top = next(y for y in range(height) if sum(dark(x, y) for x in range(0, width // 2)) > width // 4)
    frame_left = next(x for x in range(width) if dark(x, frame_top))
    inside_y, inside_x = frame_top + 4, frame_left + 4
    top = next(y for y in range(inside_y, height) if any(dark(x, y) for x in range(inside_x, inside_x + width // 16)))
    left = next(x for x in range(inside_x, width) if any(dark(x, y) for y in range(top, top + 8)))
    # The finder pattern's top edge is 7 modules long: that gives the module size however the stamp was scaled.
    step = (next(x for x in range(left, width) if not dark(x, top + 2)) - left) / 7
    return [
        [dark(round(left + (col + 0.5) * step), round(top + (row + 0.5) * step)) for col in range(modules)]
        for row in range(modules)
    ]


def _signed_letter(store: OfficeStore, clerk: Actor, pki: Pki, tmp_path: Path, pdf: bytes | None) -> str:
    head = _official(store, pki, clerk)
    with store.db.session() as s, s.begin():
        s.add(User(id="usr_prep", office_id=clerk.office_id, username="prep", display_name="ນາງ ແກ້ວ", roles="signer"))
    preparer = pki.official("usr_prep", name="ນາງ ແກ້ວ ພົມມະຈັນ", title="ວິຊາການ")
    form = LetterForm(direction="in", register_date=date.today(), sender_name="ກະຊວງ ການເງິນ", subject="ແຈ້ງການ ກອງປະຊຸມ")
    if pdf is not None:
        (tmp_path / "ແຈ້ງການ.pdf").write_bytes(pdf)
        form.attachments = [tmp_path / "ແຈ້ງການ.pdf"]
    else:
        (tmp_path / "scan.png").write_bytes(demo_png(3))
        form.attachments = [tmp_path / "scan.png"]
    letter_id = register_letter(store, clerk, form).letter_id
    sign_letter(store, store.actor("usr_prep"), letter_id, preparer, role="prepared", sign_pdfs=pdf is not None)
    sign_letter(store, clerk, letter_id, head, role="signed", sign_pdfs=pdf is not None)  # type: ignore[arg-type]
    return letter_id


def test_every_page_stamped_with_codes_and_qr_and_nothing_changed(
    store: OfficeStore, clerk: Actor, pki: Pki, tmp_path: Path
) -> None:
    # Page 1 leaves the bottom margin free, page 2 writes down to 30 pt from the edge, page 3 is turned (landscape).
    original = letter_pdf([(300, 0), (30, 0), (200, 90)])
    letter_id = _signed_letter(store, clerk, pki, tmp_path, original)
    with store.db.session() as s:
        blobs = {a.blob_hash: store.blobs.read(a.blob_hash) for a in s.scalars(select(Attachment))}
        codes = [row.code for row in s.scalars(select(Signature).order_by(Signature.position))]
    assert len(blobs) == 3  # the original and its copy signed inside, twice

    printed = print_signed_letter(store, letter_id)

    assert printed.stamped == ["ແຈ້ງການ.pdf"] and printed.codes == codes and printed.pages == 3
    texts = page_texts(printed.data)
    originals = page_texts(original)
    assert len(texts) == 3
    for text, before in zip(texts, originals, strict=True):
        assert CHECK_LINE in text
        assert all(code in text for code in codes), text
        assert "ນາງ ແກ້ວ ພົມມະຈັນ" in text and "Prepared by" in text and "Signed by" in text
        for line in before.split("\r\n"):  # the letter's own text is all still there
            assert line in text
    # The QR code read back from every rendered page is the last signature's code (rotation included).
    for index in range(3):
        assert read_qr(printed.data, index, len(qr_matrix(codes[-1]))) == qr_matrix(codes[-1])
    # The stored files are byte for byte the same, and the signatures still valid.
    for blob_hash, data in blobs.items():
        assert store.blobs.read(blob_hash) == data and store.blobs.verify(blob_hash)
    assert [r.status.code for r in verify_letter(store, letter_id)] == [VALID, VALID]
    # The code read from the paper finds the letter (as the app's search box and `eoffice verify --code` do).
    typed = texts[0].split(codes[-1][:5])[1][:14].lower().replace("-", " ")
    with store.db.session() as s:
        found = s.scalars(select(Signature.letter_id).where(Signature.code == normalise(codes[-1][:5] + typed)))
        assert found.one() == letter_id


def test_an_enrolled_office_prints_the_check_page_of_its_server_in_the_qr_code() -> None:
    code = "7RHYG-5G075-CMMCW-E"
    signers = [PrintedSigner("signed", "ທ່ານ ບຸນມີ", "ຫົວໜ້າກົມ", datetime(2026, 3, 2), code)]
    server = "https://eoffice.example.la/"
    online = stamp_pdf(letter_pdf([(300, 0), (200, 90)]), signers, "letter.pdf", server)
    page = f"https://eoffice.example.la/check?c={code}"
    assert scan_qr_codes(online) == [page, page]  # every page, upright or turned, read by a real QR decoder
    assert all("https://eoffice.example.la/check" in text and code in text for text in page_texts(online))
    assert scan_qr_codes(cover_pdf("ກະຊວງ", [("ເລກທີ", "12/ກພ")], signers, server)) == [page]
    # An office not enrolled yet prints the prefixed code; the app's search box reads both, and the code by hand.
    offline = scan_qr_codes(stamp_pdf(letter_pdf([(300, 0)]), signers))
    assert offline == [f"EOFFICE-SIG:{code}"]
    assert {normalise(text) for text in (page, offline[0], code.lower().replace("-", " "))} == {code}


def test_stamp_never_covers_the_letter(tmp_path: Path) -> None:
    signers = [PrintedSigner("signed", "ທ່ານ ບຸນມີ", "ຫົວໜ້າກົມ", datetime(2026, 3, 2), "7RHYG-5G075-CMMCW-E")]
    printed = stamp_pdf(letter_pdf([(300, 0), (30, 0), (10, 90)]), signers)
    document = pdfium.PdfDocument(printed)
    try:
        for index, page in enumerate(document):
            objects = list(page.get_objects(max_depth=1))
            stamps = [o.get_bounds() for o in objects if o.type == pdfium.raw.FPDF_PAGEOBJ_FORM]
            texts = [o.get_bounds() for o in objects if o.type == pdfium.raw.FPDF_PAGEOBJ_TEXT]
            [(left, bottom, right, top)] = stamps
            assert len(texts) >= 10
            if index < 2:  # upright: the stamp is the lowest thing on the page, near the bottom edge
                assert bottom == pytest.approx(20, abs=1) and left == pytest.approx(20, abs=1)
                assert all(text_bottom > top for _, text_bottom, _, _ in texts)
            else:  # turned 90 degrees clockwise: the bottom as seen is the right edge of the page's own space
                assert right == pytest.approx(595 - 20, abs=1)
                assert all(text_right < left for _, _, text_right, _ in texts)
            if index == 0:  # room enough: not shrunk
                assert min(b for _, b, _, _ in texts) == pytest.approx(300 - 2.5, abs=3)
    finally:
        document.close()


def test_letter_without_pdf_prints_a_cover_page(store: OfficeStore, clerk: Actor, pki: Pki, tmp_path: Path) -> None:
    letter_id = _signed_letter(store, clerk, pki, tmp_path, None)
    printed = print_signed_letter(store, letter_id)
    assert printed.stamped == [] and printed.pages == 1
    [text] = page_texts(printed.data)
    assert "ແຈ້ງການ ກອງປະຊຸມ" in text and "ກະຊວງ ການເງິນ" in text and CHECK_LINE in text
    assert all(code in text for code in printed.codes) and len(printed.codes) == 2
    assert read_qr(printed.data, 0, len(qr_matrix(printed.codes[-1]))) == qr_matrix(printed.codes[-1])


def test_refusals_are_plain(store: OfficeStore, clerk: Actor, tmp_path: Path) -> None:
    (tmp_path / "a.pdf").write_bytes(letter_pdf([(300, 0)]))
    form = LetterForm(direction="in", register_date=date.today(), sender_name="ກະຊວງ", subject="ບໍ່ໄດ້ລົງລາຍເຊັນ")
    form.attachments = [tmp_path / "a.pdf"]
    letter_id = register_letter(store, clerk, form).letter_id
    with pytest.raises(PrintRefused, match="no signature with a verification code"):
        print_signed_letter(store, letter_id)
    signers = [PrintedSigner("signed", "A", "B", datetime(2026, 1, 1), "7RHYG-5G075-CMMCW-E")]
    with pytest.raises(PrintRefused, match="broken.pdf cannot be read as a PDF"):
        stamp_pdf(b"%PDF-1.4 not really", signers, "broken.pdf")


def test_cli_print_signed(store: OfficeStore, clerk: Actor, pki: Pki, tmp_path: Path) -> None:
    original = letter_pdf([(100, 0), (100, 0)])
    letter_id = _signed_letter(store, clerk, pki, tmp_path, original)
    with store.db.session() as s:
        number = store_number(s, letter_id)
        before = {
            a.blob_hash: hashlib.sha256(store.blobs.read(a.blob_hash)).hexdigest()
            for a in s.scalars(select(Attachment))
        }
    out = tmp_path / "printed.pdf"
    data_dir = str(store.data_dir.root)
    result = subprocess.run(
        [sys.executable, "-m", "eoffice_desktop", "print-signed", "--data-dir", data_dir, number, "-o", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "2 page(s)" in result.stdout
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    with store.db.session() as s:
        codes = list(s.scalars(select(Signature.code)))
    assert all(text.count(code) == 2 for code in codes), text
    for blob_hash, digest in before.items():
        assert hashlib.sha256(store.blobs.read(blob_hash)).hexdigest() == digest
    missing = subprocess.run(
        [sys.executable, "-m", "eoffice_desktop", "print-signed", "--data-dir", data_dir, "9999", "-o", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert missing.returncode == NOT_FOUND and "No letter has the registry number 9999" in missing.stderr


def store_number(session, letter_id: str) -> str:  # type: ignore[no-untyped-def]
    from eoffice_desktop.core.storage.models import Letter

    letter = session.get(Letter, letter_id)
    assert letter is not None
    return letter.registry_number
