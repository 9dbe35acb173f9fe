"""Small but real scan-like files for the demo: a one-page PDF and a PNG page, each unique to its letter."""

from __future__ import annotations

import struct
import zlib


def demo_pdf(title: str) -> bytes:
    """A valid one-page A4 PDF with one line of Latin text (the number of the letter)."""
    text = title.encode("latin-1", "replace").replace(b"(", b"[").replace(b")", b"]")
    stream = b"BT /F1 18 Tf 72 760 Td (" + text + b") Tj ET\n0.5 w 72 740 m 523 740 l S\n"
    for i in range(24):
        y = 700 - i * 24
        stream += b"72 %d m %d %d l S\n" % (y, 200 + (i * 37) % 320, y)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >>"
        b" /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    return pdf_file(objects)


def pdf_file(objects: list[bytes]) -> bytes:
    """A PDF file of these objects (numbered from 1; object 1 is the catalogue), with its cross-reference table."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def demo_png(seed: int, width: int = 420, height: int = 594) -> bytes:
    """A grey 'scanned page' with text-like lines, different for every seed."""
    rows = []
    for y in range(height):
        line_no, in_line = divmod(y - 60, 22)
        dark = 60 <= y < height - 60 and in_line < 6
        length = 60 + ((seed * 31 + line_no * 17) % 260)
        row = bytearray(b"\xf4" * width)
        if dark:
            row[40 : 40 + length] = b"\x30" * length
        rows.append(b"\x00" + bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")
