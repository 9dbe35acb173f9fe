"""Stamps in the app's own fonts: the printed copy's stamp and cover page and the visible PDF signature are set in the
bundled Noto Sans Lao (and its Latin companion), embedded as subsets, read back as the Lao written by `pdftotext`, and
fit the page, checked with poppler run without any system font."""

from __future__ import annotations

import os
import subprocess
from datetime import UTC, datetime
from pathlib import Path

from pyhanko.pdf_utils.reader import PdfFileReader

from eoffice_desktop.core.demo.files import pdf_file
from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.signing.pdfsign import sign_pdf
from eoffice_desktop.core.signing.printed import HEADING, print_signed_letter
from eoffice_desktop.core.signing.printed_stamp import CHECK_LINE
from eoffice_desktop.core.signing.stamp_text import runs
from tests.core.signing.conftest import Pki
from tests.core.signing.test_printed_letter import _signed_letter

BUNDLED = {"NotoSansLao-Regular-Identity-H", "NotoSans-Regular-Identity-H"}
NAME = "ນາງ ແກ້ວ ພົມມະຈັນ"  # stacked marks: ້ over ແ-ກ, ົ over ພ


def poppler(tmp_path: Path, *command: str) -> str:
    """A poppler tool that sees no system font at all (an empty fontconfig), as on a bare PC."""
    config = tmp_path / "fonts.conf"
    config.write_text('<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig></fontconfig>')
    env = {**os.environ, "FONTCONFIG_FILE": str(config)}
    return subprocess.run(command, capture_output=True, text=True, env=env, check=True).stdout


def stamp_fonts(tmp_path: Path, pdf: Path) -> dict[str, tuple[str, str]]:
    """Fonts other than the test letters' own Helvetica: name without subset prefix -> (embedded, subset)."""
    found = {}
    for line in poppler(tmp_path, "pdffonts", str(pdf)).splitlines()[2:]:
        fields = line.split()
        name = fields[0].split("+", 1)[-1]
        if name != "Helvetica":
            found[name] = (fields[-5], fields[-4])
    return found


def ink_box(tmp_path: Path, pdf: Path, page: int, dpi: int = 72) -> tuple[int, int, int, int, int, int]:
    """Render one page in grey with `pdftoppm` (kept as PNG beside it to look at) and measure the ink on it:
    (left, top, right, bottom, width, height) in pixels."""
    stem = tmp_path / f"{pdf.stem}-{page}"
    poppler(
        tmp_path,
        "pdftoppm",
        "-f",
        str(page),
        "-l",
        str(page),
        "-r",
        str(dpi),
        "-png",
        "-singlefile",
        str(pdf),
        str(stem),
    )
    poppler(
        tmp_path,
        "pdftoppm",
        "-f",
        str(page),
        "-l",
        str(page),
        "-r",
        str(dpi),
        "-gray",
        "-singlefile",
        str(pdf),
        str(stem),
    )
    raw = stem.with_suffix(".pgm").read_bytes()
    magic, width, height, _, pixels = raw.split(maxsplit=4)
    assert magic == b"P5"
    w, h = int(width), int(height)
    dark = [(i % w, i // w) for i, value in enumerate(pixels[: w * h]) if value < 128]
    xs, ys = [x for x, _ in dark], [y for _, y in dark]
    return min(xs), min(ys), max(xs), max(ys), w, h


def test_runs_split_lao_from_latin() -> None:
    assert runs("ຜູ້ລົງນາມ / Signed by: ທ່ານ ບຸນມີ, 2026") == [
        (True, "ຜູ້ລົງນາມ "),
        (False, "/ Signed by: "),
        (True, "ທ່ານ ບຸນມີ"),
        (False, ", 2026"),
    ]


def test_printed_cover_page_in_bundled_fonts_reads_back_as_lao_and_fits(
    store: OfficeStore, clerk: Actor, pki: Pki, tmp_path: Path
) -> None:
    letter_id = _signed_letter(store, clerk, pki, tmp_path, None)  # no PDF: a cover page with the stamp
    pdf = tmp_path / "printed.pdf"
    pdf.write_bytes(print_signed_letter(store, letter_id).data)

    fonts = stamp_fonts(tmp_path, pdf)
    assert set(fonts) == BUNDLED and all(value == ("yes", "yes") for value in fonts.values()), fonts
    text = poppler(tmp_path, "pdftotext", str(pdf), "-")
    for words in (*HEADING, CHECK_LINE, "ແຈ້ງການ ກອງປະຊຸມ", "ກະຊວງ ການເງິນ", NAME, "ຜູ້ລົງນາມ / Signed by"):
        assert words in text, (words, text)
    left, top, right, bottom, width, height = ink_box(tmp_path, pdf, 1)
    margin = 14  # 5 mm at 72 dpi: nothing runs off the paper or into the printer's dead edge
    assert left >= margin and top >= margin and right <= width - margin and bottom <= height - margin


def test_pdf_signature_stamps_in_bundled_fonts_fit_a_small_page(pki: Pki, tmp_path: Path) -> None:
    preparer = pki.official("usr_prep", name=NAME, title="ວິຊາການ")
    # An A6 page (298 x 420 pt): four stamps of 170 pt cannot sit side by side, so they go one above the other.
    stream = b"BT /F1 11 Tf 30 380 Td (A small notice) Tj ET"
    data = pdf_file(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 298 420] /Resources << /Font << /F1 5 0 R >> >>"
            b" /Contents 4 0 R >>",
            b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream) + 1, stream),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
    )
    for role in ("ຜູ້ກະກຽມ", "ຜູ້ຮັບຮອງ", "ຜູ້ລົງນາມ"):
        data = sign_pdf(data, preparer, role, datetime(2026, 3, 2, tzinfo=UTC))
    pdf = tmp_path / "signed.pdf"
    pdf.write_bytes(data)

    reader = PdfFileReader(pdf.open("rb"))
    rects = [[float(v) for v in s.sig_field["/Rect"]] for s in reader.embedded_signatures]
    assert len(rects) == 3
    for index, (x0, y0, x1, y1) in enumerate(rects):
        assert 0 < x0 < x1 < 298 and 0 < y0 < y1 < 420
        assert all(y1 <= other[1] or other[3] <= y0 for other in rects[index + 1 :])  # no stamp covers another
    fonts = stamp_fonts(tmp_path, pdf)
    assert set(fonts) == BUNDLED and all(value == ("yes", "yes") for value in fonts.values()), fonts
    text = poppler(tmp_path, "pdftotext", str(pdf), "-")
    for role in ("ຜູ້ກະກຽມ", "ຜູ້ຮັບຮອງ", "ຜູ້ລົງນາມ"):
        assert f"{role}: {NAME}" in text, text
    assert "ວິຊາການ" in text and "2026-03-02" in text
    left, top, right, bottom, width, height = ink_box(tmp_path, pdf, 1)
    assert left > 0 and top > 0 and right < width - 1 and bottom < height - 1
