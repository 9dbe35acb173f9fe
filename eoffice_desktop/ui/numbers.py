"""Numbers as people read them, one way per language: file sizes (KB for small files, MB with one decimal) and
decimals with the language's own mark (Lao writes 5,5 and English 5.5). Years and counts stay plain digits."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

KB = 1024
MB = 1024 * 1024


def decimal(value: float, places: int = 1) -> str:
    """`value` with the decimal mark of the window's language (the one a spin box of the same window shows)."""
    return QLocale().toString(float(value), "f", places)


def file_size(nbytes: int) -> str:
    """'1 KB' for a small file (never '0.0 MB'), whole KB below a megabyte, then MB with one decimal."""
    if nbytes >= MB:
        return QCoreApplication.translate("Numbers", "{size} MB").format(size=decimal(nbytes / MB))
    kilobytes = -(-nbytes // KB)  # rounded up: a 300-byte file is 1 KB, as file managers say
    return QCoreApplication.translate("Numbers", "{size} KB").format(size=kilobytes)
