"""A stored scan as pages to read: a PDF page's own text layer when it has one, else the page drawn at 200 dpi.

PDFs are drawn with the PDFium the app already carries (under its lock); images go to the reader as they are.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from eoffice_desktop.core.documents.pdfium_lock import with_pdfium

SCAN_TYPES = {"application/pdf", "image/png", "image/jpeg", "image/tiff", "image/gif", "image/bmp", "image/webp"}
SUFFIXES = {"image/png": ".png", "image/jpeg": ".jpg", "image/tiff": ".tif", "image/gif": ".gif", "image/bmp": ".bmp"}
# Tesseract's Lao model reads letter-sized Lao better drawn at 150-200 dpi than at 300 (Lao CER 10% against 14% on
# the benchmark's pages: its training glyphs are small), and a smaller page is read faster.
DPI = 200
MAX_SIDE = 6000  # pixels; a poster-sized page is drawn smaller rather than filling the memory of an old PC
SHORT_SIDE = 1700  # pixels: the short side of A4 at about 200 dpi; a larger image is read smaller (see DPI)
TEXT_LAYER_MIN = 20  # characters; fewer is a scanner's stamp or page number, not the letter's text


@dataclass(frozen=True)
class Page:
    """One page: either its `text` (from the PDF's text layer) or an `image` for the reader, never both."""

    text: str | None = None
    image: bytes = b""
    suffix: str = ".pgm"


@with_pdfium
def count_pages(data: bytes, media_type: str) -> int:
    if media_type != "application/pdf":
        return 1
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    try:
        return len(document)
    finally:
        document.close()


def _pgm(width: int, height: int, stride: int, buffer: bytes) -> bytes:
    rows = b"".join(buffer[y * stride : y * stride + width] for y in range(height))
    return b"P5\n%d %d\n255\n" % (width, height) + rows


@with_pdfium
def pdf_page(data: bytes, number: int) -> Page:
    """Page `number` (from 0) of a PDF: its text layer if it has one, else a grey image at DPI (PGM)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    try:
        page = document[number]
        try:
            textpage = page.get_textpage()
            try:
                text = textpage.get_text_range().replace("\r\n", "\n").strip()
            finally:
                textpage.close()
            if len(text.replace(" ", "").replace("\n", "")) >= TEXT_LAYER_MIN:
                return Page(text=text)
            scale = min(DPI / 72, MAX_SIDE / max(page.get_width(), page.get_height(), 1))
            bitmap = page.render(scale=scale, grayscale=True)
            return Page(image=_pgm(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer)))
        finally:
            page.close()
    finally:
        document.close()


def image_page(data: bytes, media_type: str) -> Page:
    """A stored image as the reader gets it: grey, and no larger than an A4 page at about 200 dpi (see DPI); a
    multi-page TIFF, or an image Pillow cannot open, goes as it is (Tesseract reads it itself)."""
    as_stored = Page(image=data, suffix=SUFFIXES.get(media_type, ".img"))
    if media_type == "image/tiff":
        return as_stored
    try:
        from PIL import Image

        with Image.open(io.BytesIO(data)) as image:
            scale = min(1.0, SHORT_SIDE / max(min(image.size), 1))
            grey = image.convert("L")
            if scale < 1.0:
                size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
                grey = grey.resize(size, Image.Resampling.LANCZOS)
            out = io.BytesIO()
            grey.save(out, "PPM")
            return Page(image=out.getvalue(), suffix=".pgm")
    except Exception:  # Pillow refuses it (or is missing): Tesseract may still read the file as stored
        return as_stored


def page_of(data: bytes, media_type: str, number: int) -> Page:
    if media_type == "application/pdf":
        return pdf_page(data, number)
    return image_page(data, media_type)
