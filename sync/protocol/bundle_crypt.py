"""The encryption of a USB bundle's parts between an enrolled PC and the server: AES-256-GCM under a key both derive
from what they already share for the seal, so whoever holds the stick (or relays it) reads nothing but the manifest.

Each encrypted part is `nonce (12 bytes) | ciphertext | tag (16 bytes)`, with a fresh random nonce and the part's
name as associated data; scans are encrypted and decrypted a megabyte at a time.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from types import TracebackType
from typing import IO, Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

ENCRYPTION = "aes-256-gcm"  # the manifest's mark of an encrypted bundle (under the seal)
NONCE, TAG = 12, 16
OVERHEAD = NONCE + TAG  # bytes an encrypted part has beyond its content
_LABEL = b"eoffice bundle encryption 1"  # the seal key is used as it is, so the two keys differ


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
    """The AES-256 key of a PC's bundles, derived (HKDF-SHA256, its own label) from the seal key both sides hold."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_LABEL).derive(seal)


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
