"""QR codes for routing slips and signed letters, drawn with Qt from the `segno` module matrix."""

from __future__ import annotations

import segno
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter


def qr_image(text: str, module: int = 6, border: int = 4) -> QImage:
    """A black-on-white QR code (regular QR, never Micro QR: phone readers expect the regular kind)."""
    code = segno.make(text, error="m", micro=False)
    matrix = code.matrix
    size = (len(matrix) + 2 * border) * module
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    black = QColor("black")
    for y, row in enumerate(matrix):
        for x, cell in enumerate(row):
            if cell:
                painter.fillRect((x + border) * module, (y + border) * module, module, module, black)
    painter.end()
    return image
