"""Short tracking codes printed on routing slips: unique across offices, typed or scanned, typos caught.

12 Crockford base32 characters from a hash of the letter id (60 bits) and one mod-37 check character.
"""

from __future__ import annotations

import hashlib

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CHECK_ALPHABET = ALPHABET + "*~$=U"
_ALIASES = str.maketrans({"O": "0", "I": "1", "L": "1"})


def _check_char(body: str) -> str:
    value = 0
    for char in body:
        value = value * 32 + ALPHABET.index(char)
    return CHECK_ALPHABET[value % 37]


def tracking_code(letter_id: str) -> str:
    digest = int.from_bytes(hashlib.sha256(letter_id.encode("ascii")).digest()[:8], "big") >> 4
    body = "".join(ALPHABET[(digest >> shift) & 31] for shift in range(55, -1, -5))
    return body + _check_char(body)


def format_code(code: str) -> str:
    """`K7QM2XRD9FTBZ` -> `K7QM-2XRD-9FTB-Z` for print."""
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))


def normalise_code(text: str) -> str | None:
    """What a person typed or a scanner sent -> the stored code, or None when it is not a valid code."""
    cleaned = text.strip().upper().replace("-", "").replace(" ", "").translate(_ALIASES)
    if len(cleaned) != 13 or any(c not in ALPHABET for c in cleaned[:12]):
        return None
    return cleaned if _check_char(cleaned[:12]) == cleaned[12] else None
