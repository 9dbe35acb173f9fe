"""Give back the Lao written in PDFs that Qt makes (routing slip, movement history, register book).

Qt's PDF writer tells readers which text each glyph stands for (the font's ToUnicode map) by reading the font's cmap
backwards. Glyphs that exist only after shaping have no cmap entry: Noto Sans Lao's smaller or narrower vowel and tone
marks (`maiTho-lao.small`, `uVowel-lao.narrow`) and ligatures (`niggahita_maiTho-lao` for ໍ + ້). Qt leaves them out, so
copying ປົກ gives ປກ and search in a PDF reader misses the word.

This module mends a finished PDF: for each embedded subset of one of the app's bundled fonts, it recognises every glyph
the ToUnicode map lacks by its outline, finds which characters shaping made it from (the font's substitution tables
read backwards) and adds that text to the map; and where a mark ends up a little to the right of the consonant after it,
it moves that consonant by the same little, so that text read in order of position keeps the mark in its syllable
(`keep_marks_before_their_base`). One known difference stays: ນ້ຳ comes back as ນໍ້າ (one ligature glyph draws both ways
of writing it); it looks the same and the app's search folds both to one word.
"""

from __future__ import annotations

import io
import logging
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from fontTools.pens.basePen import decomposeQuadraticSegment
from fontTools.pens.recordingPen import DecomposingRecordingPen
from fontTools.ttLib import TTFont
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader

from eoffice_desktop.core.signing.stamp_text import FONT_FOLDER

# Qt writes no dates into the subsets it embeds; fontTools would warn about each one it reads.
logging.getLogger("fontTools.ttLib.tables._h_e_a_d").setLevel(logging.ERROR)

EM = 1000.0  # outlines are compared in thousandths of the em: Qt redraws subsets at 2048 units to the em
TOLERANCE = 5.0  # in those units: Qt re-fits the curves when it redraws a glyph, so points move a little
STEPS = 8  # points sampled along each curve


@dataclass(frozen=True)
class Outline:
    """A glyph's advance, contour count, bounds and points sampled along its contours, scaled to EM: close enough
    whether read from the original font or from the subset Qt redrew from it (same shape, re-fitted curves)."""

    advance: float
    contours: int
    bounds: tuple[float, float, float, float]
    samples: tuple[tuple[float, float], ...]

    def near(self, other: Outline) -> bool:
        if self.contours != other.contours or abs(self.advance - other.advance) > TOLERANCE:
            return False
        if any(abs(a - b) > TOLERANCE for a, b in zip(self.bounds, other.bounds, strict=True)):
            return False
        return _covers(self.samples, other.samples) and _covers(other.samples, self.samples)


def _covers(points: tuple[tuple[float, float], ...], others: tuple[tuple[float, float], ...]) -> bool:
    """Every point lies within TOLERANCE of some point of `others`."""
    limit = TOLERANCE * TOLERANCE
    return all(min((x - u) ** 2 + (y - v) ** 2 for u, v in others) <= limit for x, y in points)


Point = tuple[float, float]


def _quadratic(start: Point, off: Point, end: Point) -> list[Point]:
    out = []
    for i in range(1, STEPS + 1):
        t = i / STEPS
        out.append(
            (
                (1 - t) ** 2 * start[0] + 2 * (1 - t) * t * off[0] + t * t * end[0],
                (1 - t) ** 2 * start[1] + 2 * (1 - t) * t * off[1] + t * t * end[1],
            )
        )
    return out


def _outline(font: TTFont, glyph_name: str) -> Outline | None:
    glyphs = font.getGlyphSet()
    pen = DecomposingRecordingPen(glyphs)
    glyphs[glyph_name].draw(pen)
    scale = EM / font["head"].unitsPerEm
    samples: list[tuple[float, float]] = []
    contours = 0
    current = start = (0.0, 0.0)
    for op, args in pen.value:
        if op == "moveTo":
            current = start = args[0]
            samples.append(current)
        elif op == "lineTo":
            samples.extend(_line(current, args[0]))
            current = args[0]
        elif op == "qCurveTo":
            points = list(args)
            if points[-1] is None:  # a contour of off-curve points only: start half-way between the last two
                points[-1] = ((points[-2][0] + points[0][0]) / 2, (points[-2][1] + points[0][1]) / 2)
            for off, end in decomposeQuadraticSegment(points):
                samples.extend(_quadratic(current, off, end))
                current = end
        elif op in ("closePath", "endPath"):
            samples.extend(_line(current, start))
            current = start
            contours += 1
    if not samples:
        return None
    scaled = tuple((x * scale, y * scale) for x, y in samples)
    xs, ys = [x for x, _ in scaled], [y for _, y in scaled]
    return Outline(font["hmtx"][glyph_name][0] * scale, contours, (min(xs), min(ys), max(xs), max(ys)), scaled)


def _line(start: Point, end: Point) -> list[Point]:
    steps = range(1, STEPS + 1)
    return [(start[0] + (end[0] - start[0]) * i / STEPS, start[1] + (end[1] - start[1]) * i / STEPS) for i in steps]


def _substitutions(font: TTFont) -> Iterator[tuple[tuple[str, ...], str]]:
    """Every (input glyphs, output glyph) pair of the font's single, alternate and ligature substitutions."""
    if "GSUB" not in font:
        return
    for lookup in font["GSUB"].table.LookupList.Lookup:
        for sub in lookup.SubTable:
            kind = lookup.LookupType
            if kind == 7:  # an extension: the real subtable is inside
                kind, sub = sub.ExtensionLookupType, sub.ExtSubTable
            if kind == 1:
                for source, target in sub.mapping.items():
                    yield (source,), target
            elif kind == 3:
                for source, alternates in sub.alternates.items():
                    for target in alternates:
                        yield (source,), target
            elif kind == 4:
                for first, ligatures in sub.ligatures.items():
                    for ligature in ligatures:
                        yield (first, *ligature.Component), ligature.LigGlyph


TONE_MARKS = "\u0ec8\u0ec9\u0eca\u0ecb"


def _spelling_order(text: str) -> int:
    """How far the text is from the order Lao is written in (tone marks after the other marks): 0 is in order."""
    pairs = zip(text, text[1:], strict=False)
    return sum(1 for before, after in pairs if before in TONE_MARKS and after not in TONE_MARKS)


def glyph_texts(font: TTFont) -> dict[str, str]:
    """The text each glyph stands for: from the cmap, then through the substitutions until nothing new is learnt.
    When shaping makes one glyph from the same marks typed in either order (ໍ + ້ or ້ + ໍ), the text is the order
    Lao is written in."""
    text: dict[str, str] = {}
    for code, name in sorted(font.getBestCmap().items()):
        text.setdefault(name, chr(code))
    pairs = list(_substitutions(font))
    learnt = True
    while learnt:
        learnt = False
        for sources, target in pairs:
            if all(source in text for source in sources):
                candidate = "".join(text[source] for source in sources)
                if target not in text or _spelling_order(candidate) < _spelling_order(text[target]):
                    text[target] = candidate
                    learnt = True
    return text


@lru_cache(maxsize=8)
def _shaped_only(font_file: Path) -> tuple[tuple[Outline, str], ...]:
    """Every glyph that only shaping makes: its outline and the text it stands for."""
    font = TTFont(str(font_file), lazy=True)
    from_cmap = set(font.getBestCmap().values())
    found = []
    for name, text in glyph_texts(font).items():
        outline = None if name in from_cmap else _outline(font, name)
        if outline is not None:
            found.append((outline, text))
    return tuple(found)


def text_of_outline(font_file: Path, outline: Outline) -> str | None:
    """The text of the shaped glyph drawn as `outline`; None when none matches, or when glyphs of different texts do
    (better no text than a wrong one)."""
    texts = {text for candidate, text in _shaped_only(font_file) if candidate.near(outline)}
    return texts.pop() if len(texts) == 1 else None


@lru_cache(maxsize=1)
def _bundled_fonts() -> dict[str, Path]:
    """PostScript name to file, for the fonts the app bundles."""
    named = {}
    for path in sorted(FONT_FOLDER.glob("*.ttf")):
        names = TTFont(str(path), lazy=True)["name"]
        postscript = names.getDebugName(6)
        if postscript:
            named[postscript] = path
    return named


_RANGE = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]+>)")
_CHAR = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")


def mapped_codes(cmap: bytes) -> set[int]:
    """The character codes a ToUnicode CMap gives text for."""
    codes: set[int] = set()
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", cmap, re.S):
        for low, high, _target in _RANGE.findall(block):
            codes.update(range(int(low, 16), int(high, 16) + 1))
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", cmap, re.S):
        codes.update(int(code, 16) for code, _target in _CHAR.findall(block))
    return codes


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def with_more_chars(cmap: bytes, extra: dict[int, str]) -> bytes:
    """The CMap with `extra` (code → text) added as bfchar entries (at most 100 to a block, as the format says)."""
    items = sorted(extra.items())
    blocks = []
    for start in range(0, len(items), 100):
        chunk = items[start : start + 100]
        lines = "\n".join(f"<{code:04X}> <{_utf16_hex(text)}>" for code, text in chunk)
        blocks.append(f"{len(chunk)} beginbfchar\n{lines}\nendbfchar\n".encode("ascii"))
    at = cmap.rfind(b"endcmap")
    if at < 0:
        raise ValueError("not a ToUnicode CMap")
    return cmap[:at] + b"".join(blocks) + cmap[at:]


def _pages(reader: PdfFileReader) -> Iterator[generic.DictionaryObject]:
    nodes = [reader.root["/Pages"]]
    while nodes:
        node = nodes.pop().get_object()
        if "/Kids" in node:
            nodes.extend(reversed(node["/Kids"]))
        else:
            yield node


def _type0_fonts(reader: PdfFileReader) -> Iterator[generic.IndirectObject]:
    """The composite fonts the pages use, each once."""
    seen: set[tuple[int, int]] = set()
    for node in _pages(reader):
        resources = node.get("/Resources", generic.DictionaryObject()).get_object()
        fonts = resources.get("/Font", generic.DictionaryObject()).get_object()
        for name in list(fonts.keys()):
            value = fonts.raw_get(name)
            if not isinstance(value, generic.IndirectObject):
                continue
            key = (value.idnum, value.generation)
            if key not in seen and value.get_object().get("/Subtype") == "/Type0":
                seen.add(key)
                yield value


def _missing_texts(font_dict: generic.DictionaryObject, cmap: bytes) -> dict[int, str]:
    """For a subset of a bundled font with an identity CID-to-glyph map: the glyphs the CMap lacks and their text."""
    base = str(font_dict.get("/BaseFont", "")).lstrip("/")
    original = _bundled_fonts().get(base.split("+")[-1])
    descendant = font_dict["/DescendantFonts"][0].get_object()
    if original is None or descendant.get("/CIDToGIDMap", "/Identity") != "/Identity":
        return {}
    file2 = descendant["/FontDescriptor"].get("/FontFile2")
    if file2 is None:
        return {}
    subset = TTFont(io.BytesIO(file2.get_object().data), lazy=True)
    known = mapped_codes(cmap)
    found = {}
    for gid, name in enumerate(subset.getGlyphOrder()):
        outline = None if gid == 0 or gid in known else _outline(subset, name)
        text = None if outline is None else text_of_outline(original, outline)
        if text:
            found[gid] = text
    return found


MARK_SHIFT = 0.25  # of the font size: the most a consonant is moved right to start where the mark before it is
AHEAD = 1 / 32  # text-space units: a consonant after a mark starts this little after it, so no reader sees a tie
_STEP = re.compile(
    rb"\bBT\b|/([^\s/\[\]<>()]+)\s+(-?\d+(?:\.\d+)?)\s+Tf\b|(-?\d+(?:\.\d+)?) (-?\d+(?:\.\d+)?) Td <([0-9A-Fa-f]+)> Tj"
)


def _number(value: float) -> bytes:
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return (text if text not in ("-0", "") else "0").encode("ascii")


def keep_marks_before_their_base(content: bytes, marks: dict[str, set[int]]) -> tuple[bytes, int]:
    """Qt places each glyph with its own `Td`, relative to the one before. A Lao mark (`marks`: the glyphs of each
    font resource that have no advance) is drawn over the consonant before it, often nudged right by the font's mark
    positioning or by a rounding hair, so the next consonant starts a little to the left of the mark; text extraction
    in reading order sorts a line by position and puts the mark after that consonant (ສົ່ງ read as ສົງ່, ຂໍບຸກ as
    ຂບໍ...). Such a consonant is moved right to just after where the mark starts (a hundredth of a letter in
    practice, never more than a quarter) and the step after it shortened by as much: marks and the rest of the line
    stay where they were. Returns the content and how many consonants were moved."""
    carry, size, font, after_mark, first, mended = 0.0, 0.0, "", False, True, 0

    def step(match: re.Match[bytes]) -> bytes:
        nonlocal carry, size, font, after_mark, first, mended
        whole = match.group(0)
        if match.group(2) is not None:  # a font and its size
            font, size = match.group(1).decode("latin-1"), abs(float(match.group(2)))
            return whole
        if match.group(3) is None:  # a new text object: positions start afresh
            carry, after_mark, first = 0.0, False, True
            return whole
        original, glyph = float(match.group(3)), int(match.group(5), 16)
        is_mark = glyph in marks.get(font, set())
        dx, carry = original - carry, 0.0
        if after_mark and not is_mark and not first and -MARK_SHIFT * size < dx <= 0:
            carry, dx = AHEAD - dx, AHEAD
            mended += 1
        after_mark, first = is_mark, False
        if dx == original:
            return whole
        return _number(dx) + b" " + match.group(4) + b" Td <" + match.group(5) + b"> Tj"

    return _STEP.sub(step, content), mended


def _zero_widths(widths: generic.ArrayObject) -> set[int]:
    """The glyphs a CIDFont's /W array gives no advance: `c [w1 w2 ...]` and `c_first c_last w` entries."""
    found: set[int] = set()
    items, i = list(widths), 0
    while i < len(items):
        start = int(items[i])
        if isinstance(items[i + 1], generic.ArrayObject):
            found.update(start + k for k, width in enumerate(items[i + 1]) if float(width) == 0)
            i += 2
        else:
            if float(items[i + 2]) == 0:
                found.update(range(start, int(items[i + 1]) + 1))
            i += 3
    return found


def _marks_of_page(page: generic.DictionaryObject) -> dict[str, set[int]]:
    """For each font resource of the page, the glyphs without advance (marks drawn over the glyph before)."""
    resources = page.get("/Resources", generic.DictionaryObject()).get_object()
    fonts = resources.get("/Font", generic.DictionaryObject()).get_object()
    marks = {}
    for name in list(fonts):
        font = fonts[name].get_object()
        if font.get("/Subtype") == "/Type0":
            descendant = font["/DescendantFonts"][0].get_object()
            marks[str(name).lstrip("/")] = _zero_widths(descendant.get("/W", generic.ArrayObject()))
    return marks


def mend_glyph_text(pdf: Path) -> int:
    """Adds the missing text of shaped glyphs to the PDF's ToUnicode maps and puts marks back before the consonant
    that follows them, in an incremental update written to a new file and then swapped in. Returns how many things
    were mended; 0 leaves the file untouched."""
    data = pdf.read_bytes()
    writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    total = 0
    for ref in list(_type0_fonts(writer.prev)):
        font_dict = ref.get_object()
        to_unicode = font_dict.get("/ToUnicode")
        if to_unicode is None:
            continue
        cmap = to_unicode.get_object().data
        extra = _missing_texts(font_dict, cmap)
        if extra:
            font_dict["/ToUnicode"] = writer.add_object(generic.StreamObject(stream_data=with_more_chars(cmap, extra)))
            writer.update_container(font_dict)
            total += len(extra)
    for page in list(_pages(writer.prev)):
        contents = page.raw_get("/Contents")
        stream = contents.get_object() if isinstance(contents, generic.IndirectObject) else None
        if not isinstance(stream, generic.StreamObject):
            continue  # Qt writes one content stream a page; anything else is left as it is
        content, moved = keep_marks_before_their_base(stream.data, _marks_of_page(page))
        if moved:
            fresh = generic.StreamObject(stream_data=content)
            fresh.compress()
            page["/Contents"] = writer.add_object(fresh)
            writer.update_container(page)
            total += moved
    if not total:
        return 0
    out = io.BytesIO()
    writer.write(out)
    temporary = pdf.with_name(pdf.name + ".mending")
    with open(temporary, "wb") as handle:
        handle.write(out.getvalue())
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, pdf)
    return total
