"""Reading printed QR codes as a reader would: the PDF's pages rendered (PDFium, grey, at a printer's resolution)
and decoded by ZBar's `zbarimg`, a real decoder that assumes nothing of how the stamp was drawn."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import pypdfium2 as pdfium
import pytest

ZBARIMG = shutil.which("zbarimg")


def scan_qr_codes(pdf: bytes, dpi: int = 200) -> list[str]:
    """The text of every QR code found, page by page."""
    if ZBARIMG is None:
        pytest.skip("no zbarimg (scripts/setup.sh installs zbar-tools)")
    found = []
    folder = Path(tempfile.mkdtemp(prefix="eoffice-qr-"))
    document = pdfium.PdfDocument(pdf)
    try:
        for index, page in enumerate(document):
            image = folder / f"page-{index}.png"
            page.render(scale=dpi / 72, grayscale=True).to_pil().save(image)
            found += scan_image(image)
    finally:
        document.close()
        shutil.rmtree(folder, ignore_errors=True)
    return found


def scan_image(image: Path) -> list[str]:
    """The text of every QR code in one image file."""
    if ZBARIMG is None:
        pytest.skip("no zbarimg (scripts/setup.sh installs zbar-tools)")
    result = subprocess.run(
        [ZBARIMG, "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", str(image)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    return [line for line in result.stdout.splitlines() if line]
