"""A page image made ready for the reader: grey, about 200 dpi, specks removed and strokes made a little heavier.

Tesseract's 4.1.0 Lao model reads thin, loopless glyphs (the bundled Noto Sans Lao) badly; drawn one pixel heavier
and softened they read much better (Lao character errors on the training pages 25% -> 16%, docs/performance.md). A
3x3 median first removes the specks of a cheap scanner, which thickening would otherwise grow into blots. The stored
file is never changed: this works on a copy in memory. Needs Pillow; without it the image goes to the reader as it is.
"""

from __future__ import annotations

import io
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL.Image import Image

STRIP = 32  # rows filtered at a time (a few milliseconds each)
OVERLAP = 8  # rows of context above and below a strip, more than the three filters reach
SHORT_SIDE = 1700  # pixels: the short side of A4 at about 200 dpi; a larger image is read smaller (see pages.DPI)


def open_grey(data: bytes) -> Image | None:
    """The image as 8-bit grey, or None if Pillow is missing or cannot read it."""
    try:
        from PIL import Image as PilImage

        with PilImage.open(io.BytesIO(data)) as image:
            return image.convert("L")
    except Exception:  # Pillow refuses it (or is missing): Tesseract may still read the file as stored
        return None


def scaled(image: Image, short_side: int = SHORT_SIDE) -> Image:
    from PIL import Image as PilImage

    scale = min(1.0, short_side / max(min(image.size), 1))
    if scale >= 1.0:
        return image
    size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    return image.resize(size, PilImage.Resampling.LANCZOS)


def strengthened(image: Image, strip: int = STRIP) -> Image:
    """Specks removed (3x3 median), dark strokes grown by one pixel each side (3x3 minimum), then softened.

    Done a strip of rows at a time: Pillow's median and minimum filters hold Python's lock while they run (about
    0.3 s for a whole page on this machine), which would stall the window's thread; between strips it gets its turn.
    """
    from PIL import ImageFilter

    out = image.copy()
    for top in range(0, image.height, strip):
        above, below = max(0, top - OVERLAP), min(image.height, top + strip + OVERLAP)
        part = image.crop((0, above, image.width, below)).filter(ImageFilter.MedianFilter(3))
        part = part.filter(ImageFilter.MinFilter(3)).filter(ImageFilter.GaussianBlur(1))
        out.paste(part.crop((0, top - above, image.width, top - above + min(strip, image.height - top))), (0, top))
        time.sleep(0)  # let the window's thread run
    return out


def pgm(image: Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PPM")
    return out.getvalue()


def cut_out(image: Image, box: tuple[int, int, int, int], pad: int = 6, margin: int = 10) -> bytes:
    """Part of a page (left, top, right, bottom) with `pad` pixels around it and a white `margin`, as PNG."""
    from PIL import ImageOps

    left, top, right, bottom = box
    part = image.crop((max(0, left - pad), max(0, top - pad), right + pad, bottom + pad))
    out = io.BytesIO()
    ImageOps.expand(part, border=margin, fill=255).save(out, "PNG")
    return out.getvalue()
