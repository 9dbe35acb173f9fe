"""Letter-like scan pages drawn here with the bundled fonts (never downloaded): the OCR self-test, its tests and the
OCR benchmark use them, with the same degradations a cheap scanner or a photocopy adds."""

from __future__ import annotations

import random

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPageSize, QPainter, QPdfWriter, QTransform

from eoffice_desktop.ui.resources import install_fonts

A4_INCHES = (8.27, 11.69)


def _fonts() -> None:
    if QGuiApplication.instance() is None:
        raise RuntimeError("a QGuiApplication is needed to draw scan pages")
    install_fonts()


def draw_page(
    lines: list[str], dpi: int = 300, point_size: int = 14, width_in: float | None = None, family: str = "Noto Sans Lao"
) -> QImage:
    """A white page (A4, or `width_in` wide and as tall as the lines need) with `lines` in black, at `dpi`."""
    _fonts()
    width = int((width_in or A4_INCHES[0]) * dpi)
    line_height = int(point_size * 2.1 * dpi / 72)
    height = int(A4_INCHES[1] * dpi) if width_in is None else line_height * (len(lines) + 2)
    image = QImage(width, height, QImage.Format.Format_Grayscale8)
    image.fill(QColor("white"))
    painter = QPainter(image)
    font = QFont()
    font.setFamilies([family, "Noto Sans"])
    font.setPixelSize(int(point_size * dpi / 72))
    painter.setFont(font)
    painter.setPen(QColor("black"))
    margin = int(0.8 * dpi)
    for n, line in enumerate(lines):
        top = margin // 2 + n * line_height if width_in else margin + n * line_height
        painter.drawText(QRectF(margin, top, width - 2 * margin, line_height), Qt.AlignmentFlag.AlignLeft, line)
    painter.end()
    return image


def degrade(image: QImage, seed: int, dpi: int = 300) -> QImage:
    """As a cheap scanner makes it: 200 dpi, slightly turned, blurred, speckled, saved as a rough JPEG."""
    rng = random.Random(seed)
    small = image.scaledToWidth(image.width() * 200 // dpi, Qt.TransformationMode.SmoothTransformation)
    turned = small.transformed(QTransform().rotate(rng.uniform(-1.2, 1.2)), Qt.TransformationMode.SmoothTransformation)
    turned = turned.convertToFormat(QImage.Format.Format_Grayscale8)
    backdrop = QImage(turned.size(), QImage.Format.Format_Grayscale8)
    backdrop.fill(QColor("white"))
    painter = QPainter(backdrop)
    painter.drawImage(0, 0, turned)
    painter.end()
    blurred = backdrop.scaled(
        backdrop.width() * 2 // 3, backdrop.height() * 2 // 3, mode=Qt.TransformationMode.SmoothTransformation
    ).scaled(backdrop.width(), backdrop.height(), mode=Qt.TransformationMode.SmoothTransformation)
    blurred = blurred.convertToFormat(QImage.Format.Format_Grayscale8)
    pixels = bytearray(bytes(blurred.constBits()))
    line = blurred.bytesPerLine()
    for _ in range(blurred.width() * blurred.height() // 400):
        pixels[rng.randrange(blurred.height()) * line + rng.randrange(blurred.width())] = rng.choice((0, 255))
    speckled = QImage(bytes(pixels), blurred.width(), blurred.height(), line, QImage.Format.Format_Grayscale8)
    return QImage.fromData(encode(speckled.copy(), "JPG", quality=35))


def encode(image: QImage, kind: str = "PNG", quality: int = -1) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, kind, quality)
    buffer.close()
    return bytes(data.data())


def scan_pdf(pages: list[QImage], dpi: int = 300) -> bytes:
    """A PDF of page images only, as a scanner writes it: no text layer."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(dpi)
    painter = QPainter(writer)
    for n, page in enumerate(pages):
        if n:
            writer.newPage()
        painter.drawImage(QRectF(0, 0, writer.width(), writer.height()), page)
    painter.end()
    buffer.close()
    return bytes(data.data())
