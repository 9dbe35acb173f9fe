"""The quick reader of our CMS signatures says what asn1crypto's reading says, on good signatures and on every
damaged one it accepts; what it does not accept goes to asn1crypto, refusals included."""

from __future__ import annotations

from dataclasses import astuple

import pytest

from eoffice_shared.signing import cms_reader
from eoffice_shared.signing.cms import (
    CheckedSignature,
    Malformed,
    _check_parts,
    _check_with_asn1crypto,
    check_detached,
    sign_detached,
)
from tests.core.signing.conftest import Pki
from tests.core.signing.test_cms_openssl import MANIFEST
from tests.core.signing.test_signed_role import old_style_cms


def slow(signature: bytes, content: bytes) -> CheckedSignature | str:
    try:
        return _check_with_asn1crypto(signature, content)
    except Malformed as exc:
        return f"malformed: {exc}"


def quick(signature: bytes, content: bytes) -> CheckedSignature | None:
    parts = cms_reader.read(signature)
    return None if parts is None else _check_parts(parts, content)


@pytest.mark.parametrize("role", ["prepared", "approved", "signed"])
def test_our_signatures_are_read_quickly_and_as_asn1crypto_reads_them(pki: Pki, role: str) -> None:
    signature = sign_detached(MANIFEST.raw, pki.official("usr_1"), role)
    for content in (MANIFEST.raw, MANIFEST.raw + b" "):
        checked = quick(signature, content)
        assert checked is not None
        assert astuple(checked) == astuple(slow(signature, content))  # type: ignore[arg-type]
    assert check_detached(signature, MANIFEST.raw).signed_role == role


def test_every_damaged_byte_reads_the_same_or_goes_to_asn1crypto(pki: Pki) -> None:
    signature = sign_detached(MANIFEST.raw, pki.official("usr_1"), "signed")
    accepted = 0
    for position in range(len(signature)):
        for flip in (0x01, 0x80):
            damaged = bytearray(signature)
            damaged[position] ^= flip
            checked = quick(bytes(damaged), MANIFEST.raw)
            if checked is None:
                continue  # not our shape: asn1crypto reads it, as before
            accepted += 1
            expected = slow(bytes(damaged), MANIFEST.raw)
            assert not isinstance(expected, str), (position, flip, expected)
            assert astuple(checked) == astuple(expected), (position, flip)
    assert accepted > len(signature)  # most bytes are inside values (names, keys, hashes, the signature itself)
    for cut in (1, 10, len(signature) // 2, len(signature) - 1):
        assert cms_reader.read(signature[:cut]) is None
    assert cms_reader.read(signature + b"\x00") is None


def test_signatures_of_earlier_versions_read_the_same_and_other_shapes_go_to_asn1crypto(pki: Pki) -> None:
    old = old_style_cms(MANIFEST.raw, pki.official("usr_2"))  # made by `cryptography`, without a signed role
    checked = quick(old, MANIFEST.raw)
    assert checked is not None and checked.intact and checked.signed_role is None
    assert astuple(checked) == astuple(slow(old, MANIFEST.raw))  # type: ignore[arg-type]
    for other in (b"not a signature", b"\x30\x03\x02\x01\x01", old[:-1]):
        assert cms_reader.read(other) is None
        with pytest.raises(Malformed):
            check_detached(other, MANIFEST.raw)


def test_a_damaged_signature_is_told_as_damaged_whatever_byte_was_hit(pki: Pki) -> None:
    """A signature that arrives damaged (a bad disk, a cut USB copy) is reported as malformed, never as an error that
    would stop the check of the other signatures that arrived with it."""
    signature = sign_detached(MANIFEST.raw, pki.official("usr_1"), "signed")
    refused = 0
    for position in range(len(signature)):
        for flip in (0x01, 0x80):
            damaged = bytearray(signature)
            damaged[position] ^= flip
            try:
                checked = check_detached(bytes(damaged), MANIFEST.raw)
            except Malformed:
                refused += 1
                continue
            assert not (checked.digest_matches and checked.signature_matches and bytes(damaged) != signature) or (
                checked.signer is not None
            ), position
    assert refused > 100  # keys, algorithms and structure hit by the damage
