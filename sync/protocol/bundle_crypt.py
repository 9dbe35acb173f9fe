"""The encryption of a USB bundle's parts: AES-256-GCM under a random content key of the bundle, which the manifest
carries wrapped (AES key wrap, RFC 3394) for each reader: with the key a PC and the server derive from what they
already share for the seal, and, when the PC has it, with its office's key, which every enrolled PC of the office
holds. Whoever holds the stick (or relays it) without one of those keys reads nothing but the manifest.

Each encrypted part is `nonce (12 bytes) | ciphertext | tag (16 bytes)`, with a fresh random nonce and the part's
name as associated data; scans are encrypted and decrypted a megabyte at a time.
"""

from __future__ import annotations

import base64
import os
from collections.abc import Callable, Iterable, Iterator
from types import TracebackType
from typing import IO, Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.keywrap import InvalidUnwrap, aes_key_unwrap, aes_key_wrap

ENCRYPTION = "aes-256-gcm"  # the manifest's mark of an encrypted bundle (under the seal)
NONCE, TAG = 12, 16
OVERHEAD = NONCE + TAG  # bytes an encrypted part has beyond its content
_LABEL = b"eoffice bundle encryption 1"  # the seal key is used as it is, so the two keys differ
_OFFICE_LABEL = b"eoffice bundle office key 1"  # the office key wraps only through its own derived key
KEY_BYTES = 32


class Undecryptable(ValueError):
    """The part is not what this key encrypted under this name (altered, cut short, or another PC's)."""


class Reads(Protocol):
    """What reading a scan from a bundle gives (a zip member, or its decrypting wrapper)."""

    def read(self, size: int = -1, /) -> bytes: ...

    def __enter__(self) -> Reads: ...

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None: ...


def encryption_key(seal: bytes) -> bytes:
    """The key that wraps the content keys of a PC's bundles for the PC and the server, derived (HKDF-SHA256, its own
    label) from the seal key both hold."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_LABEL).derive(seal)


def office_wrapping_key(office_key: bytes) -> bytes:
    """The key that wraps a bundle's content key for the PCs of an office, derived from the office's key."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_OFFICE_LABEL).derive(office_key)


def content_key() -> bytes:
    """A bundle's own key, random: every part is encrypted under it."""
    return os.urandom(KEY_BYTES)


def wrap(wrapping: bytes, content: bytes) -> str:
    return base64.b64encode(aes_key_wrap(wrapping, content)).decode("ascii")


def unwrap(wrapping: bytes, wrapped: str) -> bytes:
    """The content key wrapped with this key; Undecryptable when it was wrapped with another (or is not one)."""
    try:
        content = aes_key_unwrap(wrapping, base64.b64decode(wrapped, validate=True))
    except (InvalidUnwrap, ValueError):  # (base64's error is a ValueError)
        raise Undecryptable("content key") from None
    if len(content) != KEY_BYTES:
        raise Undecryptable("content key")
    return content


def encrypt(key: bytes, name: str, data: bytes) -> bytes:
    return b"".join(encrypt_stream(key, name, [data]))


def encrypt_stream(key: bytes, name: str, chunks: Iterable[bytes]) -> Iterator[bytes]:
    """The encrypted part, piece by piece: the nonce, each chunk's ciphertext as it comes, then the tag."""
    nonce = os.urandom(NONCE)
    encryptor = Cipher(algorithms.AES(key), modes.GCM(nonce)).encryptor()
    encryptor.authenticate_additional_data(name.encode("utf-8"))
    yield nonce
    for chunk in chunks:
        yield encryptor.update(chunk)
    yield encryptor.finalize() + encryptor.tag


def decrypt(key: bytes, name: str, data: bytes) -> bytes:
    if len(data) < OVERHEAD:
        raise Undecryptable(name)
    decryptor = Cipher(algorithms.AES(key), modes.GCM(data[:NONCE], data[-TAG:])).decryptor()
    decryptor.authenticate_additional_data(name.encode("utf-8"))
    try:
        return decryptor.update(data[NONCE:-TAG]) + decryptor.finalize()
    except InvalidTag:
        raise Undecryptable(name) from None


class DecryptingReader:
    """A scan's content read from its encrypted part (of `size` bytes as stored) as it is read. The last piece is
    given only once the tag is checked, so a reader that gets to the end has the file as it was encrypted; otherwise
    it raises `damaged()`."""

    def __init__(self, raw: IO[bytes], key: bytes, name: str, size: int, damaged: Callable[[], Exception]) -> None:
        self.raw, self.left, self.damaged = raw, size - OVERHEAD, damaged
        nonce = raw.read(NONCE)
        if self.left < 0 or len(nonce) != NONCE:
            raw.close()
            raise damaged()
        self.decryptor = Cipher(algorithms.AES(key), modes.GCM(nonce)).decryptor()
        self.decryptor.authenticate_additional_data(name.encode("utf-8"))
        self.done = False

    def read(self, size: int = -1, /) -> bytes:
        if self.done:
            return b""
        want = self.left if size < 0 else min(size, self.left)
        data = self.raw.read(want) if want else b""
        if want and not data:
            raise self.damaged()
        self.left -= len(data)
        out = self.decryptor.update(data)
        if self.left == 0:
            try:
                out += self.decryptor.finalize_with_tag(self.raw.read(TAG))
            except (InvalidTag, ValueError):
                raise self.damaged() from None
            self.done = True
        return out

    def close(self) -> None:
        self.raw.close()

    def __enter__(self) -> DecryptingReader:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()
