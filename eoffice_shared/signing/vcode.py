"""Short verification codes printed on signed letters and routing slips, and their QR codes.

The code is 15 Crockford base32 characters of SHA-256(CMS signature) plus one check character, shown as
XXXXX-XXXXX-XXXXX-C. A reader types it (or scans the QR) and the app finds the signature offline; the check character
catches a mistyped or swapped character before any lookup.
"""

from __future__ import annotations

import hashlib
import io

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford: no I, L, O, U
BODY = 15
QR_PREFIX = "EOFFICE-SIG:"


class BadCode(ValueError):
    pass


def _check_char(body: str) -> str:
    # Position weights make a swap of two neighbouring characters change the check character too.
    total = sum((index + 1) * ALPHABET.index(char) for index, char in enumerate(body))
    return ALPHABET[total % 31]


def code_for(signature_der: bytes) -> str:
    digest = int.from_bytes(hashlib.sha256(signature_der).digest()[:10], "big") >> (80 - 5 * BODY)
    body = "".join(ALPHABET[(digest >> (5 * (BODY - 1 - i))) & 31] for i in range(BODY))
    return format_code(body + _check_char(body))


def format_code(raw: str) -> str:
    return f"{raw[0:5]}-{raw[5:10]}-{raw[10:15]}-{raw[15:]}"


def normalise(text: str) -> str:
    """Accept lower case, spaces, missing dashes, O for 0, I/L for 1 and the QR payload; raise BadCode otherwise."""
    raw = text.strip().upper().removeprefix(QR_PREFIX)
    raw = "".join(ch for ch in raw if ch not in " -")
    raw = raw.translate(str.maketrans("OIL", "011"))
    if len(raw) != BODY + 1 or any(ch not in ALPHABET for ch in raw):
        raise BadCode("A verification code has 16 letters and digits, like ABCDE-12345-FGHJK-7.")
    if _check_char(raw[:BODY]) != raw[BODY]:
        raise BadCode("This verification code is mistyped: its last character does not match. Check it again.")
    return format_code(raw)


def qr_payload(code: str) -> str:
    return QR_PREFIX + code


def qr_png(code: str, scale: int = 4) -> bytes:
    out = io.BytesIO()
    import segno  # (loaded when a QR is drawn, not at start-up)

    segno.make(qr_payload(code), error="m", micro=False).save(out, kind="png", scale=scale, border=2)
    return out.getvalue()


def qr_svg(code: str, scale: int = 4) -> str:
    out = io.BytesIO()
    import segno

    segno.make(qr_payload(code), error="m", micro=False).save(out, kind="svg", scale=scale, border=2, xmldecl=False)
    return out.getvalue().decode("utf-8")


def qr_matrix(code: str) -> list[list[bool]]:
    """The modules as rows of booleans, for painting with any toolkit (the GUI draws it with QPainter)."""
    import segno

    return [[bool(cell) for cell in row] for row in segno.make(qr_payload(code), error="m", micro=False).matrix]
