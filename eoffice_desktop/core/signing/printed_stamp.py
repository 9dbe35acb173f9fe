"""The verification stamp drawn on printed copies: the QR code of the last signature as vector squares, the codes and
signers, and one line in Lao and English; and where on a page it goes without covering the letter's text.

Pages are measured in their visual orientation (after /Rotate and the crop box), so the stamp is always at the bottom
as the reader holds the paper. Content that reaches into the strip is shrunk just enough, about the top centre.
"""

from __future__ import annotations

from dataclasses import dataclass

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.content import PdfResources
from pyhanko.pdf_utils.generic import pdf_name
from pyhanko.pdf_utils.writer import BasePdfFileWriter, init_xobject_dictionary

from eoffice_desktop.core.signing.printed_codes import PrintedSigner
from eoffice_desktop.core.signing.stamp_text import StampText
from eoffice_shared.signing.vcode import check_page, qr_matrix

CHECK_LINE = "ກວດສອບເອກະສານນີ້ດ້ວຍລະຫັດ ໃນໂປຣແກຣມ eOffice / Check this document with the code in eOffice"
CHECK_ONLINE = (  # an enrolled office: the QR code opens the server's check page; {page} is its address
    "ກວດສອບເອກະສານນີ້: ສະແກນ QR ຫຼື ເປີດ {page} ແລ້ວພິມລະຫັດ",
    "Check this document: scan the QR code, or open {page} and type the code",
)
MODULE = 1.5  # points per QR module: 0.53 mm, which phone cameras read on an office printout
QR_BORDER = 2  # quiet zone, in modules
FONT_SIZE, LEADING = 7, 9
PAD = 4  # inside the stamp's frame
EDGE = 20  # from the paper's edge: 7 mm, inside what office printers can print
GAP = 4  # between the letter's content and the stamp


def stamp_lines(signers: list[PrintedSigner], server: str = "") -> list[str]:
    """The stamp's text: how to check it (on the server's check page when the office is enrolled with `server`),
    then one line per signature with its code, readable by eye."""
    how = [line.format(page=check_page(server)) for line in CHECK_ONLINE] if server else [CHECK_LINE]
    return [*how, *(signer.line() for signer in signers)]


def _qr_ops(code: str, server: str = "") -> tuple[bytes, float]:
    """Dark modules as filled squares (vector, one path); returns the operators and the side in points."""
    matrix = qr_matrix(code, server)
    size = len(matrix) + 2 * QR_BORDER
    rects = [
        b"%d %d 1 1 re" % (x + QR_BORDER, size - 1 - (y + QR_BORDER))
        for y, row in enumerate(matrix)
        for x, dark in enumerate(row)
        if dark
    ]
    side = size * MODULE
    ops = b"q 1 1 1 rg 0 0 %g %g re f %g 0 0 %g 0 0 cm 0 0 0 rg " % (side, side, MODULE, MODULE)
    return ops + b" ".join(rects) + b" f Q", side


@dataclass(frozen=True)
class Stamp:
    """A form XObject in one writer, reused on every page."""

    ref: generic.IndirectObject
    width: float
    height: float
    qr_side: float


def make_stamp(writer: BasePdfFileWriter, signers: list[PrintedSigner], server: str = "") -> Stamp:
    """`server`: the central server the office is enrolled with (its check page goes into the QR code), or ''."""
    resources = PdfResources()
    text = StampText(writer, resources).block(stamp_lines(signers, server), FONT_SIZE, LEADING)
    qr, side = _qr_ops(signers[-1].code, server)
    text_width, text_height = text.width, text.height
    width = PAD + side + PAD + text_width + PAD
    height = max(side, text_height) + 2 * PAD
    ops = b" ".join(
        [
            b"q 1 1 1 rg 0 0 %g %g re f Q" % (width, height),
            b"q 1 0 0 1 %g %g cm %s Q" % (PAD, (height - side) / 2, qr),
            b"q 1 0 0 1 %g %g cm %s Q" % (PAD + side + PAD, (height - text_height) / 2, text.ops),
            b"q 0.5 w 0 0 0 RG 0.25 0.25 %g %g re S Q" % (width - 0.5, height - 0.5),
        ]
    )
    form = init_xobject_dictionary(ops, width, height, resources.as_pdf_object())
    return Stamp(writer.add_object(form), width, height, side)


# -- where it goes -----------------------------------------------------------------------------------------------

Matrix = tuple[float, float, float, float, float, float]


def multiply(first: Matrix, then: Matrix) -> Matrix:
    """The matrix of applying `first`, then `then` (PDF row-vector convention, as in `cm`)."""
    a, b, c, d, e, f = first
    a2, b2, c2, d2, e2, f2 = then
    return (
        a * a2 + b * c2,
        a * b2 + b * d2,
        c * a2 + d * c2,
        c * b2 + d * d2,
        e * a2 + f * c2 + e2,
        e * b2 + f * d2 + f2,
    )


def apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


def visual_to_user(box: tuple[float, float, float, float], rotation: int) -> tuple[Matrix, float, float]:
    """Matrix from the page as seen (origin bottom left, after /Rotate clockwise) to PDF user space, and the size
    as seen."""
    left, bottom, right, top = box
    width, height = right - left, top - bottom
    if rotation == 90:
        return (0, 1, -1, 0, right, bottom), height, width
    if rotation == 180:
        return (-1, 0, 0, -1, right, top), width, height
    if rotation == 270:
        return (0, -1, 1, 0, left, top), height, width
    return (1, 0, 0, 1, left, bottom), width, height


def invert(m: Matrix) -> Matrix:
    a, b, c, d, e, f = m
    det = a * d - b * c
    ia, ib, ic, id_ = d / det, -b / det, -c / det, a / det
    return (ia, ib, ic, id_, -(e * ia + f * ic), -(e * ib + f * id_))


@dataclass(frozen=True)
class Placement:
    shrink: Matrix | None  # applied to the page's own content (user space), when it must make room
    stamp: Matrix  # places the stamp's XObject (its scale included)


def place(
    box: tuple[float, float, float, float],
    rotation: int,
    content_bounds: list[tuple[float, float, float, float]],
    stamp_width: float,
    stamp_height: float,
) -> Placement:
    """Put the stamp at the bottom left as seen; shrink the content about the top centre if it reaches the strip."""
    to_user, width, height = visual_to_user(box, rotation % 360)
    to_visual = invert(to_user)
    scale = min(1.0, (width - 2 * EDGE) / stamp_width)
    strip = EDGE + stamp_height * scale + GAP
    lowest = height
    for left, bottom, right, top in content_bounds:
        for x, y in ((left, bottom), (left, top), (right, bottom), (right, top)):
            lowest = min(lowest, apply(to_visual, x, y)[1])
    shrink = None
    if lowest < strip:
        factor = max(0.5, (height - strip) / max(height - lowest, 1.0))
        centre_x = width / 2
        in_visual: Matrix = (factor, 0, 0, factor, centre_x * (1 - factor), height * (1 - factor))
        shrink = multiply(multiply(to_visual, in_visual), to_user)
    stamp = multiply((scale, 0, 0, scale, EDGE, EDGE), to_user)
    return Placement(shrink, stamp)


def cm(m: Matrix) -> bytes:
    return b"%g %g %g %g %g %g cm" % m


def xobject_resources(name: str, ref: generic.IndirectObject) -> generic.DictionaryObject:
    return generic.DictionaryObject({pdf_name("/XObject"): generic.DictionaryObject({pdf_name("/" + name): ref})})
