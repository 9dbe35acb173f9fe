"""Reading the detached CMS signatures eOffice makes, straight from their DER bytes.

`cms.check_detached` reads a signature through asn1crypto's object tree, which costs about six times the ECDSA
verification itself; a PC checking the signatures a sync brought spends most of its time there. This reader takes
only the fields the check uses, from the one shape our signatures have (RFC 5652 SignedData, one signer named by
issuer and serial number, signed attributes, no content inside), and accepts only strict DER: definite, minimal
lengths and nothing after the end. Anything else returns None and the signature is read by asn1crypto as before, so
what this reader accepts it reads as asn1crypto does (the tests compare both on good and damaged signatures).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache

from cryptography import x509

SIGNED_DATA = bytes.fromhex("2a864886f70d010702")  # 1.2.840.113549.1.7.2
_DIGESTS = {
    bytes.fromhex("608648016503040201"): "sha256",
    bytes.fromhex("608648016503040202"): "sha384",
    bytes.fromhex("608648016503040203"): "sha512",
}
_RSA_PSS = bytes.fromhex("2a864886f70d01010a")  # its parameters are read by asn1crypto
CONTENT_TYPE = bytes.fromhex("2a864886f70d010903")
MESSAGE_DIGEST = bytes.fromhex("2a864886f70d010904")
SIGNING_TIME = bytes.fromhex("2a864886f70d010905")
COMMITMENT_TYPE = bytes.fromhex("2a864886f70d0109100210")  # 1.2.840.113549.1.9.16.2.16
SIGNING_CERTIFICATE_V2 = bytes.fromhex("2a864886f70d010910022f")  # 1.2.840.113549.1.9.16.2.47


_ATTRIBUTES = {CONTENT_TYPE, MESSAGE_DIGEST, SIGNING_TIME, COMMITMENT_TYPE, SIGNING_CERTIFICATE_V2}


class _NotOurs(Exception):
    """Not the strict shape this reader takes: asn1crypto reads it (and says what is wrong, if anything)."""


@dataclass(frozen=True)
class Parts:
    """The fields of a signature the check needs, as bytes and plain values."""

    certificates: tuple[bytes, ...]
    issuer: bytes  # the signer's issuer name, DER
    serial: int
    digest: str
    signed_attrs: bytes  # DER with the universal SET tag: what the signature covers
    signature: bytes
    message_digest: bytes | None
    has_content_type: bool
    signing_time: datetime | None
    commitment: str | None  # dotted OID of the commitment type, None when absent
    certificate_hash: tuple[str, bytes] | None  # signing-certificate-v2: (hash name, hash of the signer's certificate)


def _item(data: bytes, pos: int, end: int) -> tuple[int, int, int]:
    """(tag, start of the value, end of the value) of the DER element at `pos`."""
    if pos + 2 > end:
        raise _NotOurs
    tag, first = data[pos], data[pos + 1]
    if tag & 0x1F == 0x1F:
        raise _NotOurs  # high tag numbers: none in our signatures
    pos += 2
    if first < 0x80:
        length = first
    else:
        count = first & 0x7F
        if count == 0 or count > 4 or pos + count > end or data[pos] == 0:
            raise _NotOurs  # indefinite or non-minimal length
        length = int.from_bytes(data[pos : pos + count], "big")
        if length < 0x80 or length >> (8 * (count - 1)) == 0:
            raise _NotOurs
        pos += count
    if pos + length > end:
        raise _NotOurs
    return tag, pos, pos + length


def _children(data: bytes, start: int, end: int) -> list[tuple[int, int, int, int]]:
    """(tag, start of the element, start of its value, end) of each element between start and end."""
    found = []
    pos = start
    while pos < end:
        tag, value, after = _item(data, pos, end)
        found.append((tag, pos, value, after))
        pos = after
    return found


def _oid_dotted(body: bytes) -> str:
    if not body or body[-1] & 0x80:
        raise _NotOurs
    parts: list[int] = []
    value = 0
    for index, byte in enumerate(body):
        if value == 0 and byte == 0x80 and (index == 0 or not body[index - 1] & 0x80):
            raise _NotOurs  # a leading 0x80 is not minimal
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            parts.append(value)
            value = 0
    first = parts[0]
    head = [0, first] if first < 40 else [1, first - 40] if first < 80 else [2, first - 80]
    return ".".join(str(n) for n in head + parts[1:])


def _time(tag: int, text: bytes) -> datetime:
    """UTCTime YYMMDDHHMMSSZ or GeneralizedTime YYYYMMDDHHMMSSZ; other forms are left to asn1crypto."""
    if not text.endswith(b"Z") or not text[:-1].isdigit():
        raise _NotOurs
    digits = text[:-1].decode("ascii")
    if tag == 0x17 and len(digits) == 12:
        year = int(digits[:2])
        year += 2000 if year < 50 else 1900
        rest = digits[2:]
    elif tag == 0x18 and len(digits) == 14:
        year, rest = int(digits[:4]), digits[4:]
    else:
        raise _NotOurs
    try:
        return datetime(year, int(rest[0:2]), int(rest[2:4]), int(rest[4:6]), int(rest[6:8]), int(rest[8:10]), 0, UTC)
    except ValueError:
        raise _NotOurs from None


def _expect(item: tuple[int, int, int, int], tag: int) -> tuple[int, int]:
    if item[0] != tag:
        raise _NotOurs
    return item[2], item[3]


def read(data: bytes) -> Parts | None:
    """The parts of a signature of our shape; None when it has another shape (asn1crypto reads it then)."""
    try:
        return _read(data)
    except (_NotOurs, IndexError, ValueError):
        return None


def _read(data: bytes) -> Parts:
    end = len(data)
    tag, start, stop = _item(data, 0, end)
    if tag != 0x30 or stop != end:
        raise _NotOurs
    outer = _children(data, start, stop)
    if len(outer) != 2 or data[slice(*_expect(outer[0], 0x06))] != SIGNED_DATA:
        raise _NotOurs
    explicit = _children(data, *_expect(outer[1], 0xA0))
    if len(explicit) != 1:
        raise _NotOurs
    fields = _children(data, *_expect(explicit[0], 0x30))
    if len(fields) < 4 or fields[0][0] != 0x02 or fields[1][0] != 0x31:
        raise _NotOurs
    encapsulated = _children(data, *_expect(fields[2], 0x30))
    if len(encapsulated) != 1 or encapsulated[0][0] != 0x06:
        raise _NotOurs  # content inside: asn1crypto's reading says so
    rest = fields[3:]
    certificates: tuple[bytes, ...] = ()
    if rest and rest[0][0] == 0xA0:
        choices = _children(data, rest[0][2], rest[0][3])
        if any(choice[0] != 0x30 for choice in choices):
            raise _NotOurs  # other certificate choices
        certificates = tuple(data[choice[1] : choice[3]] for choice in choices)
        rest = rest[1:]
    if rest and rest[0][0] == 0xA1:
        rest = rest[1:]  # revocation data: not read by the check
    if len(rest) != 1:
        raise _NotOurs
    signers = _children(data, *_expect(rest[0], 0x31))
    if len(signers) != 1:
        raise _NotOurs
    return _signer(data, signers[0], certificates)


def _signer(data: bytes, element: tuple[int, int, int, int], certificates: tuple[bytes, ...]) -> Parts:
    fields = _children(data, *_expect(element, 0x30))
    if len(fields) not in (6, 7) or fields[0][0] != 0x02:
        raise _NotOurs
    sid = _children(data, *_expect(fields[1], 0x30))  # issuer and serial number (a key identifier: asn1crypto)
    if len(sid) != 2 or sid[0][0] != 0x30:
        raise _NotOurs
    issuer = data[sid[0][1] : sid[0][3]]
    serial_body = data[slice(*_expect(sid[1], 0x02))]
    if not serial_body:
        raise _NotOurs
    serial = int.from_bytes(serial_body, "big", signed=True)
    digest = _digest_name(data, fields[2])
    attrs = fields[3]
    if attrs[0] != 0xA0:
        raise _NotOurs
    signed_attrs = b"\x31" + data[attrs[1] + 1 : attrs[3]]
    algorithm = _children(data, *_expect(fields[4], 0x30))
    if not algorithm or data[slice(*_expect(algorithm[0], 0x06))] == _RSA_PSS:
        raise _NotOurs
    signature = data[slice(*_expect(fields[5], 0x04))]
    if len(fields) == 7 and fields[6][0] != 0xA1:
        raise _NotOurs
    values: dict[bytes, tuple[int, int, int, int]] = {}
    for attribute in _children(data, attrs[2], attrs[3]):
        parts = _children(data, *_expect(attribute, 0x30))
        if len(parts) != 2:
            raise _NotOurs
        kind = data[slice(*_expect(parts[0], 0x06))]
        inside = _children(data, *_expect(parts[1], 0x31))
        if kind not in _ATTRIBUTES or len(inside) != 1 or kind in values:
            raise _NotOurs  # another attribute, several values or an attribute twice: asn1crypto reads them
        values[kind] = inside[0]
    if not values or values.get(CONTENT_TYPE, (0x06,))[0] != 0x06:
        raise _NotOurs
    return Parts(
        certificates=certificates,
        issuer=issuer,
        serial=serial,
        digest=digest,
        signed_attrs=signed_attrs,
        signature=signature,
        message_digest=_octets(data, values.get(MESSAGE_DIGEST)),
        has_content_type=CONTENT_TYPE in values,
        signing_time=_signing_time(data, values.get(SIGNING_TIME)),
        commitment=_commitment(data, values.get(COMMITMENT_TYPE)),
        certificate_hash=_certificate_hash(data, values.get(SIGNING_CERTIFICATE_V2)),
    )


def _digest_name(data: bytes, element: tuple[int, int, int, int]) -> str:
    algorithm = _children(data, *_expect(element, 0x30))
    if not 1 <= len(algorithm) <= 2 or (len(algorithm) == 2 and data[algorithm[1][1] : algorithm[1][3]] != b"\x05\x00"):
        raise _NotOurs
    name = _DIGESTS.get(data[slice(*_expect(algorithm[0], 0x06))])
    if name is None:
        raise _NotOurs  # asn1crypto names it in the refusal
    return name


def _octets(data: bytes, element: tuple[int, int, int, int] | None) -> bytes | None:
    return None if element is None else data[slice(*_expect(element, 0x04))]


def _signing_time(data: bytes, element: tuple[int, int, int, int] | None) -> datetime | None:
    if element is None:
        return None
    if element[0] not in (0x17, 0x18):
        raise _NotOurs
    return _time(element[0], data[element[2] : element[3]])


def _commitment(data: bytes, element: tuple[int, int, int, int] | None) -> str | None:
    if element is None:
        return None
    inside = _children(data, *_expect(element, 0x30))
    if not inside:
        raise _NotOurs
    return _oid_dotted(data[slice(*_expect(inside[0], 0x06))])


def _certificate_hash(data: bytes, element: tuple[int, int, int, int] | None) -> tuple[str, bytes] | None:
    if element is None:
        return None
    outer = _children(data, *_expect(element, 0x30))  # certs, policies
    if not 1 <= len(outer) <= 2 or (len(outer) == 2 and outer[1][0] != 0x30):
        raise _NotOurs
    ids = _children(data, *_expect(outer[0], 0x30))
    if not ids:
        raise _NotOurs
    first = _children(data, *_expect(ids[0], 0x30))  # hash algorithm (default SHA-256), hash, issuer and serial
    algorithm = "sha256"
    if first and first[0][0] == 0x30:
        algorithm = _digest_name(data, first[0])
        first = first[1:]
    if not 1 <= len(first) <= 2 or (len(first) == 2 and first[1][0] != 0x30):
        raise _NotOurs
    return algorithm, data[slice(*_expect(first[0], 0x04))]


@lru_cache(maxsize=256)
def certificate(der: bytes) -> x509.Certificate:
    """A certificate read once per process: a signer's certificate rides in each of their signatures."""
    return x509.load_der_x509_certificate(der)


@lru_cache(maxsize=256)
def issuer_der(cert: x509.Certificate) -> bytes:
    return cert.issuer.public_bytes()
