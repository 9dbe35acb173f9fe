"""Short verification codes printed on signed letters and routing slips, and their QR codes.

The code is 15 Crockford base32 characters of SHA-256(CMS signature) plus one check character, shown as
XXXXX-XXXXX-XXXXX-C. A reader types it (or scans the QR) and the app finds the signature offline; the check character
catches a mistyped or swapped character before any lookup.

The QR code of an enrolled office carries the central server's check page for the code (`https://SERVER/check?c=CODE`),
so a phone's camera opens the answer; an office not enrolled yet prints `EOFFICE-SIG:CODE`. The app's search box and
the check page read either, as well as the code typed by hand.
"""

from __future__ import annotations

import hashlib
import io
from urllib.parse import parse_qs, urlsplit

from eoffice_shared.refusals import Refusal

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford: no I, L, O, U
BODY = 15
QR_PREFIX = "EOFFICE-SIG:"
CHECK_PATH = "/check"  # the central server's public check page


class BadCode(Refusal, ValueError):
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


def _from_link(text: str) -> str:
    """The code inside a check page address (`.../check?c=CODE`, or `?code=CODE`); other text as it is."""
    if "?" not in text or "=" not in text:
        return text
    query = parse_qs(urlsplit(text.strip()).query)
    found = query.get("c") or query.get("code")
    return found[0] if found else text


def normalise(text: str) -> str:
    """Accept lower case, spaces, missing dashes, O for 0, I/L for 1 and both QR payloads (the check page's address,
    or the prefixed code); raise BadCode otherwise."""
    raw = _from_link(text).strip().upper().removeprefix(QR_PREFIX)
    raw = "".join(ch for ch in raw if ch not in " -")
    raw = raw.translate(str.maketrans("OIL", "011"))
    if len(raw) != BODY + 1 or any(ch not in ALPHABET for ch in raw):
        raise BadCode("A verification code has 16 letters and digits, like ABCDE-12345-FGHJK-7.", code="vcode_length")
    if _check_char(raw[:BODY]) != raw[BODY]:
        raise BadCode(
            "This verification code is mistyped: its last character does not match. Check it again.",
            code="vcode_mistyped",
        )
    return format_code(raw)


def check_page(server_url: str) -> str:
    """The central server's public check page, from the address the office's PCs sync with."""
    return server_url.strip().rstrip("/") + CHECK_PATH


def qr_payload(code: str, server_url: str = "") -> str:
    """What the QR code of a signature holds: the server's check page for the code when the office is enrolled with
    one (`server_url`), else the prefixed code."""
    return f"{check_page(server_url)}?c={code}" if server_url.strip() else QR_PREFIX + code


def qr_png(code: str, scale: int = 4, server_url: str = "") -> bytes:
    out = io.BytesIO()
    import segno  # (loaded when a QR is drawn, not at start-up)

    segno.make(qr_payload(code, server_url), error="m", micro=False).save(out, kind="png", scale=scale, border=2)
    return out.getvalue()


def qr_svg(code: str, scale: int = 4, server_url: str = "") -> str:
    out = io.BytesIO()
    import segno

    made = segno.make(qr_payload(code, server_url), error="m", micro=False)
    made.save(out, kind="svg", scale=scale, border=2, xmldecl=False)
    return out.getvalue().decode("utf-8")


def qr_matrix(code: str, server_url: str = "") -> list[list[bool]]:
    """The modules as rows of booleans, for painting with any toolkit (the GUI draws it with QPainter)."""
    import segno

    made = segno.make(qr_payload(code, server_url), error="m", micro=False)
    return [[bool(cell) for cell in row] for row in made.matrix]
