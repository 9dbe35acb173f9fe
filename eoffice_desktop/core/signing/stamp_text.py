"""Text on stamps and printed pages in the app's bundled fonts only: Lao runs in Noto Sans Lao, all else in Noto Sans
(Latin subset), each run shaped by HarfBuzz through pyHanko, embedded as a subset and copyable as the text written.

No system font is ever looked up: a stock Windows PC or a minimal Linux install prints the same stamp as ours.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from pyhanko.pdf_utils.content import PdfResources, ResourceType
from pyhanko.pdf_utils.font.opentype import GlyphAccumulator, GlyphAccumulatorFactory
from pyhanko.pdf_utils.generic import pdf_name
from pyhanko.pdf_utils.writer import BasePdfFileWriter

# From source: the repository's top level; in a packaged build: the folder PyInstaller unpacks to (as the GUI's).
FONT_FOLDER = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[3])) / "resources" / "fonts"
LAO_FONT = FONT_FOLDER / "NotoSansLao-Regular.ttf"
LATIN_FONT = FONT_FOLDER / "NotoSans-Latin-Regular.ttf"
NEUTRAL = " \u00a0\u200b"  # in both fonts: they join the run they are in
ASCENT, DESCENT = 1.15, 0.55  # of the font size: Lao stacks marks above and vowels below the line


def is_lao(char: str) -> bool:
    return "\u0e80" <= char <= "\u0eff"


def runs(line: str) -> list[tuple[bool, str]]:
    """The line cut into (is Lao, text) runs; spaces stay with the run they are in."""
    found: list[tuple[bool, str]] = []
    for char in line:
        lao = is_lao(char) if char not in NEUTRAL or not found else found[-1][0]
        if found and found[-1][0] == lao:
            found[-1] = (lao, found[-1][1] + char)
        else:
            found.append((lao, char))
    return found


@dataclass(frozen=True)
class TextBlock:
    """Content-stream operators drawing lines from (0, 0) up to (width, height), left aligned."""

    ops: bytes
    width: float
    height: float


class StampText:
    """Shapes lines with both fonts for one writer; the fonts go into `resources` under /FLao and /FLatin."""

    def __init__(self, writer: BasePdfFileWriter, resources: PdfResources) -> None:
        if not (LAO_FONT.exists() and LATIN_FONT.exists()):
            raise FileNotFoundError(f"The app's fonts are missing from {FONT_FOLDER}; reinstall eOffice.")
        self.engines: dict[bool, tuple[bytes, GlyphAccumulator]] = {}
        for lao, path, name in ((True, LAO_FONT, "/FLao"), (False, LATIN_FONT, "/FLatin")):
            engine = GlyphAccumulatorFactory(str(path)).create_font_engine(writer)
            resources[ResourceType.FONT][pdf_name(name)] = engine.as_resource()
            self.engines[lao] = (name.encode("ascii"), engine)

    def _line(self, text: str, size: int) -> tuple[bytes, float]:
        """Operators for one line starting at the current text position; they leave it after the last glyph."""
        ops, width = [], 0.0
        for lao, part in runs(text):
            name, engine = self.engines[lao]
            engine.font_size = size  # pyHanko positions marks in text space units of this size
            shaped = engine.shape(part)
            ops.append(b"%s %g Tf %s" % (name, size, shaped.graphics_ops))
            width += shaped.x_advance * size
        return b" ".join(ops), width

    def block(self, lines: list[str], size: int, leading: float) -> TextBlock:
        shaped = [self._line(text, size) for text in lines]
        height = (len(lines) - 1) * leading + (ASCENT + DESCENT) * size
        ops = [b"BT 0 %g Td" % (height - ASCENT * size)]
        for line_ops, width in shaped:
            ops.append(line_ops + b" %g %g Td" % (-width, -leading))
        ops.append(b"ET")
        return TextBlock(b" ".join(ops), max((w for _, w in shaped), default=0.0), height)
