"""Offline sync bundles: the same events and blobs as online sync, carried in one file on a USB stick.

A bundle is a zip (stored, not deflated: the parts are already compressed or are scans) holding
`manifest.json`, `events.jsonl.zst`, `blobs/<sha256 hex>` and, in a return bundle, `directory.json.zst` (the
directory of offices, when it changed). The manifest lists the SHA-256 of every part, so a
damaged or altered file is refused before anything is imported.

A bundle between an enrolled PC and the server is *sealed*: the manifest carries an HMAC-SHA256 of itself keyed
with what the PC and the server share (the SHA-256 of the PC's token: the server keeps only that). The server takes
a PC's bundle only with that PC's seal, and a PC takes a return bundle (with its acknowledgements) only when it is
sealed for it, so nobody else can make a bundle that writes into the office's records or that says its changes
arrived. Such a bundle is also *encrypted* (`bundle_crypt.py`, marked by `encryption` under the seal): every part but
the manifest, and in the manifest what the bundle says (`basis`, `acks`, which scan each part is) in its field `secret`,
under a random content key that `keys` carries wrapped for the PC and the server (`pc`) and, in a PC's bundle, for
every enrolled PC of its office (`office`, with the office's newest key the PC holds, whose number
`office_key_number` gives: the server makes a new one each time a PC of the office is revoked), so another PC of the
office reads it in directly.
Whoever holds the stick sees only which PC, when, how many events and the parts' sizes. Bundles of PCs of an earlier
version are clear (the server still reads them and answers them clear), and so are snapshots that start a new PC.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
import re
import secrets
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import suppress
from dataclasses import dataclass, field, replace
from pathlib import Path
from struct import error as struct_error
from typing import IO, Any

import zstandard

from sync.protocol import PROTOCOL_VERSION
from sync.protocol.bundle_crypt import (
    ENCRYPTION,
    OVERHEAD,
    DecryptingReader,
    Reads,
    Undecryptable,
    content_key,
    decrypt,
    encrypt,
    encrypt_stream,
    encryption_key,
    office_wrapping_key,
    unwrap,
    wrap,
)
from sync.protocol.envelope import EventEnvelope, canonical_json
from sync.protocol.zstd import InflatedTooLarge, inflate

# How `zipfile` finds a zip's end record (with its zip64 form), so the bounds are read exactly as it will read them.
_END_RECORD = zipfile._EndRecData  # type: ignore[attr-defined]
_ENTRIES, _DIRECTORY_SIZE = 4, 5  # zipfile's _ECD_ENTRIES_TOTAL, _ECD_SIZE

SUFFIX = ".eob"
FORMAT = "eoffice-bundle"
DIRECTORY_PART = "directory.json.zst"  # a return bundle's directory of offices changed since the PC's version
# Text read from scans: from a PC, the pages it read ({"readings"}); back from the server, the pages it took
# ("sent": [hash, page, reader]) and the readings after the PC's cursor ({"readings", "next"}).
SCAN_TEXT_PART = "scan_text.json.zst"
MAX_EVENTS_BYTES = 1 << 31  # the events of one bundle, unpacked
# A bundle is outside input (a stick found, lent or made by anyone): every part is bounded before it is read.
MAX_PARTS = 200_000  # members of one bundle (the manifest, the events, a few named parts and the scans)
MAX_NAMED_PARTS = 16  # parts that are not scans: the manifest, the events, the directory, the text read from scans
MAX_CENTRAL_DIRECTORY = MAX_PARTS * 256  # bytes of the zip's list of members (ours take about 150 each)
MAX_MANIFEST_BYTES = 64 << 20  # every part's name and checksum (about 150 bytes a scan), and the acknowledgements
MAX_PART_BYTES = 1 << 29  # a named part other than a scan (events, directory, text read from scans), packed
_BLOB_PART = re.compile(r"^blobs/([0-9a-f]{64})$")
_SCAN_HASH = re.compile(r"^sha256:[0-9a-f]{64}$")
_NAMED_PART = re.compile(r"^[a-z0-9][a-z0-9_-]*(?:\.[a-z0-9_-]+)*$")  # one level, no "..", no "/" or "\\"


class BundleInvalid(ValueError):
    """The file is not a complete, unaltered bundle; nothing was imported."""


class BundleLocked(BundleInvalid):
    """The bundle is encrypted for a PC and the server, and was not opened with their key; nothing was read."""


class BundleTooLarge(BundleInvalid):
    """The file holds more (parts, or bytes in a part) than any bundle eOffice writes; it was not read."""


class BundleTooManyFiles(ValueError):
    """A bundle would carry more scans than every reader takes (`max_files`); it was not written. (The desktop words
    it from `count` and `limit`: the protocol stands below the shared refusals.)"""

    def __init__(self, count: int, limit: int) -> None:
        super().__init__(
            f"This bundle would carry {count:,} attachment files, more than one bundle can hold ({limit:,}), so "
            "nothing was written; sync over the network instead."
        )
        self.count, self.limit = count, limit


def max_files() -> int:
    """The scans one bundle may carry: the parts a reader takes (MAX_PARTS), less the named parts it may hold."""
    return MAX_PARTS - MAX_NAMED_PARTS


@dataclass
class BundleManifest:
    office_id: str
    sender: str  # device id, or "server"
    created: str
    basis: dict[str, Any] = field(default_factory=dict)  # what the sender assumes the receiver already has
    acks: dict[str, Any] = field(default_factory=dict)  # what the sender has received (for the return trip)
    files: dict[str, str] = field(default_factory=dict)  # part name -> "sha256:<hex>"
    event_count: int = 0
    protocol: int = PROTOCOL_VERSION
    format: str = FORMAT
    seal: str = ""  # HMAC of the rest of the manifest (see `seal_key`); empty between PCs of one office
    encryption: str = ""  # ENCRYPTION when the parts are encrypted; empty in a clear bundle
    secret: str = ""  # in an encrypted bundle: basis, acks and each scan's part, encrypted (base64)
    keys: dict[str, str] = field(
        default_factory=dict
    )  # in an encrypted bundle: its content key wrapped ("pc", "office")
    office_key_number: int = 0  # in an encrypted bundle wrapped for the office: which of the office's keys wrapped it

    def written(self) -> dict[str, Any]:
        """The fields as written: `encryption` and `secret` only when set, so a clear bundle is written, and its seal
        computed, exactly as before bundles were encrypted."""
        return {name: value for name, value in self.__dict__.items() if value or name not in _ENCRYPTED_ONLY}

    def to_json(self) -> str:
        return canonical_json(self.written())

    def sealed_with(self, key: bytes) -> str:
        unsealed = {name: value for name, value in self.written().items() if name != "seal"}
        return hmac.new(key, canonical_json(unsealed).encode("utf-8"), hashlib.sha256).hexdigest()

    def sealed_by(self, key: bytes) -> bool:
        return bool(self.seal) and hmac.compare_digest(self.seal, self.sealed_with(key))


_ENCRYPTED_ONLY = ("encryption", "secret", "keys", "office_key_number")
PC, OFFICE = "pc", "office"  # for whom a content key is wrapped: the PC and the server; every PC of the office
_SECRET_PART = "manifest.json"  # the associated data of the manifest's secret
_CLEAR_BASIS = ("office_name",)  # what an encrypted bundle's basis shows: whose it is, for an office relaying it


def seal_key(token: str) -> bytes:
    """The key an enrolled PC and the server share for bundles: the SHA-256 (hex) of the PC's token, which is what
    the server stores instead of the token."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest().encode("ascii")


def _sha256(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


Progress = Callable[[int, int], None]  # (bytes done, bytes in all)
Cancelled = Callable[[], bool]


class BundleCancelled(Exception):
    """The person stopped the work; no bundle file was left behind and nothing was imported."""


def never() -> bool:
    return False


def ignore(done: int, total: int) -> None:
    return None


def write_bundle(
    target: Path,
    manifest: BundleManifest,
    events: Iterable[EventEnvelope],
    blobs: Iterable[tuple[str, Path]],
    progress: Progress = ignore,
    cancelled: Cancelled = never,
    key: bytes | None = None,
    extra: dict[str, bytes] | None = None,
    encrypted: bool = False,
    office_key: tuple[int, bytes] | None = None,
) -> BundleManifest:
    """Write atomically (temporary name, fsync, rename): a stick pulled out mid-write, a full stick or a Stop leaves
    no half bundle. Scans are copied a megabyte at a time, with `progress` after each and `cancelled` checked.
    With `key`, the manifest is sealed; with `encrypted` too, every part is encrypted under a random content key
    (scans a megabyte at a time, under random names) and the manifest's basis, acknowledgements and scans' names go
    into its `secret`; the content key is wrapped for the PC and the server, and with `office_key` (its number, the key)
    for the office's other PCs too. `extra`:
    more named parts, already compressed (the directory of offices), checked like the others. A bundle with more scans
    than a reader takes is refused before anything is written (BundleTooManyFiles)."""
    parts = list(blobs)
    if len(parts) > max_files():
        raise BundleTooManyFiles(len(parts), max_files())
    if encrypted and key is None:
        raise ValueError("an encrypted bundle is sealed: it needs the key")
    crypt = content_key() if encrypted else None
    keys: dict[str, str] = {}
    if crypt is not None and key is not None:
        keys[PC] = wrap(encryption_key(key), crypt)
        if office_key is not None:
            keys[OFFICE] = wrap(office_wrapping_key(office_key[1]), crypt)

    def stored(name: str, data: bytes) -> bytes:
        return data if crypt is None else encrypt(crypt, name, data)

    lines = b"".join(canonical_json(e.to_dict()).encode("utf-8") + b"\n" for e in events)
    packed = stored("events.jsonl.zst", zstandard.ZstdCompressor(level=10).compress(lines))
    manifest.event_count = lines.count(b"\n")
    manifest.files = {"events.jsonl.zst": _sha256(packed)}
    scans: dict[str, str] = {}  # in an encrypted bundle: part name -> the scan's hash
    total = len(packed) + sum(path.stat().st_size for _, path in parts)
    done = len(packed)

    def copied(source: IO[bytes]) -> Iterator[bytes]:
        nonlocal done
        for chunk in iter(lambda: source.read(1 << 20), b""):
            if cancelled():
                raise BundleCancelled()
            yield chunk
            done += len(chunk)
            progress(done, total)

    tmp = target.with_name(target.name + ".part")
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_STORED) as archive:
            archive.writestr("events.jsonl.zst", packed)
            for name, data in (extra or {}).items():
                data = stored(name, data)
                archive.writestr(name, data)
                manifest.files[name] = _sha256(data)
            progress(done, total)
            for blob_hash, path in parts:
                plain = "blobs/" + blob_hash.removeprefix("sha256:")
                name = plain if crypt is None else "blobs/" + secrets.token_hex(32)  # (a hash would say which scan)
                info = zipfile.ZipInfo.from_file(path, name)  # knows the size: zip64 when a scan is over 2 GB
                digest = hashlib.sha256()
                with open(path, "rb") as source:
                    pieces = copied(source) if crypt is None else encrypt_stream(crypt, name, copied(source))
                    info.file_size += 0 if crypt is None else OVERHEAD
                    with archive.open(info, "w") as part:
                        for piece in pieces:
                            part.write(piece)
                            digest.update(piece)
                if crypt is None:
                    manifest.files[name] = blob_hash
                else:
                    manifest.files[name], scans[name] = "sha256:" + digest.hexdigest(), blob_hash
            if crypt is None:
                written, manifest.encryption, manifest.secret = manifest, "", ""
            else:
                written = _hidden(manifest, crypt, scans, keys, office_key[0] if office_key and keys else 0)
            written.seal = written.sealed_with(key) if key is not None else ""
            manifest.seal, manifest.encryption, manifest.secret = written.seal, written.encryption, written.secret
            manifest.keys, manifest.office_key_number = written.keys, written.office_key_number
            archive.writestr("manifest.json", written.to_json())
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return manifest


def _hidden(
    manifest: BundleManifest, crypt: bytes, scans: dict[str, str], keys: dict[str, str], number: int
) -> BundleManifest:
    """The manifest as an encrypted bundle writes it: what it says (basis, acknowledgements, which scan each part
    is) in `secret`, and in clear only whose bundle it is."""
    said = {"basis": manifest.basis, "acks": manifest.acks, "scans": scans}
    packed = zstandard.ZstdCompressor(level=10).compress(canonical_json(said).encode("utf-8"))
    secret = base64.b64encode(encrypt(crypt, _SECRET_PART, packed)).decode("ascii")
    basis = {name: value for name, value in manifest.basis.items() if name in _CLEAR_BASIS}
    return replace(
        manifest, basis=basis, acks={}, encryption=ENCRYPTION, secret=secret, keys=keys, office_key_number=number
    )


@dataclass
class OpenBundle:
    manifest: BundleManifest  # in an encrypted bundle opened with its key: with its basis and acks from `secret`
    archive: zipfile.ZipFile
    name: str = ""
    sealed: bool = False  # it carries the seal of the key it was read with
    crypt: bytes | None = None  # an encrypted bundle's content key, when it was opened with a key that unwraps it
    scans: dict[str, str] = field(default_factory=dict)  # an encrypted bundle's scans: hash -> part name

    @property
    def encrypted(self) -> bool:
        return bool(self.manifest.encryption)

    def _content(self, name: str) -> bytes:
        data = self.archive.read(name)
        if not self.encrypted:
            return data
        try:
            return decrypt(self._crypt(), name, data)
        except Undecryptable:
            raise self._damaged(name) from None

    def _crypt(self) -> bytes:
        if self.crypt is None:
            raise BundleLocked(
                f"{self.name} is encrypted for one office's PCs and the server; it can be read only there, or sent on "
                "to the server."
            )
        return self.crypt

    def _damaged(self, name: str) -> BundleInvalid:
        return BundleInvalid(f"{self.name} is damaged: {name} does not match its checksum.")

    def events(self) -> list[EventEnvelope]:
        packed = self._content("events.jsonl.zst")
        try:
            text = inflate(packed, MAX_EVENTS_BYTES)
        except InflatedTooLarge:
            raise BundleInvalid(
                f"The bundle's events are larger than {MAX_EVENTS_BYTES // (1024 * 1024)} MB unpacked."
            ) from None
        except zstandard.ZstdError:
            raise BundleInvalid("The bundle's events are damaged.") from None
        try:
            return [EventEnvelope.from_dict(json.loads(line)) for line in text.splitlines() if line.strip()]
        except (ValueError, TypeError, RecursionError):  # not JSON, not an event, or nested past what is parsed
            raise BundleInvalid("The bundle's events are damaged.") from None

    def part(self, name: str) -> bytes | None:
        """A named part other than events and scans (checked against the manifest when the bundle was opened)."""
        return self._content(name) if name in self.manifest.files else None

    def blob_names(self) -> Iterator[str]:
        if self.encrypted:
            self._crypt()
            yield from self.scans
            return
        for name in self.manifest.files:
            if name.startswith("blobs/"):
                yield "sha256:" + name.removeprefix("blobs/")

    def _blob_part(self, blob_hash: str) -> str:
        return self.scans[blob_hash] if self.encrypted else "blobs/" + blob_hash.removeprefix("sha256:")

    def blob_size(self, blob_hash: str) -> int:
        size = self.archive.getinfo(self._blob_part(blob_hash)).file_size
        return size - OVERHEAD if self.encrypted else size

    def open_blob(self, blob_hash: str) -> Reads:
        """The scan's content, read as it is copied (decrypted a piece at a time in an encrypted bundle)."""
        name = self._blob_part(blob_hash)
        if not self.encrypted:
            return self.archive.open(name)
        size = self.archive.getinfo(name).file_size
        return DecryptingReader(self.archive.open(name), self._crypt(), name, size, lambda: self._damaged(name))

    def close(self) -> None:
        self.archive.close()


def read_bundle(
    path: Path,
    progress: Progress = ignore,
    cancelled: Cancelled = never,
    key: bytes | None = None,
    office_keys: Mapping[int, bytes] | None = None,
) -> OpenBundle:
    """Open and verify every part against the manifest; raises BundleInvalid with a plain reason (BundleTooLarge
    when a bound is passed), or BundleCancelled when stopped (nothing was read in yet). With `key` (the seal key),
    says whether the bundle carries its seal (`sealed`), and opens an encrypted bundle that does; with `office_keys`
    (by number), opens an encrypted bundle another PC of the office wrapped for its office with one of them. Opened
    with neither, an encrypted bundle's parts are checked but not read (BundleLocked)."""
    archive, manifest = _open(path)
    try:
        if int(manifest.protocol) > PROTOCOL_VERSION:
            raise BundleInvalid(f"{path.name} was made by a newer version of eOffice; update this PC first.")
        names = set(archive.namelist()) - {"manifest.json"}
        if names != set(manifest.files):
            raise BundleInvalid(f"{path.name} is incomplete or has unexpected parts.")
        total = sum(archive.getinfo(name).file_size for name in manifest.files)
        done = 0
        for name, expected in manifest.files.items():
            digest = hashlib.sha256()
            with archive.open(name) as part:
                for chunk in iter(lambda: part.read(1 << 20), b""):
                    if cancelled():
                        raise BundleCancelled()
                    digest.update(chunk)
                    done += len(chunk)
                    progress(done, total)
            if "sha256:" + digest.hexdigest() != expected:
                raise BundleInvalid(f"{path.name} is damaged: {name} does not match its checksum.")
        bundle = OpenBundle(manifest, archive, path.name, key is not None and manifest.sealed_by(key))
        crypt = _content_key(bundle, key, office_keys or {}) if bundle.encrypted else None
        if crypt is not None:
            _open_secret(bundle, crypt)
    except (BundleInvalid, BundleCancelled):
        archive.close()
        raise
    except (KeyError, ValueError, TypeError, zipfile.BadZipFile, OSError) as exc:
        archive.close()
        raise BundleInvalid(f"{path.name} is damaged ({exc}).") from None
    return bundle


def _content_key(bundle: OpenBundle, key: bytes | None, office_keys: Mapping[int, bytes]) -> bytes | None:
    """The encrypted bundle's content key: unwrapped with the PC's key when it carries that PC's seal, else with the
    office's key of the number it names when it was wrapped for an office (a bundle that names none, written before
    keys were numbered: with each); None when no key opens it (another PC's bundle, for the server, another office's,
    or wrapped with an office key this reader was not given: made at a revocation after its last sync, or after its
    own revocation)."""
    wrapped = bundle.manifest.keys
    if bundle.sealed and key is not None:
        try:
            return unwrap(encryption_key(key), wrapped[PC])
        except Undecryptable:
            raise BundleInvalid(f"{bundle.name} is damaged (its manifest cannot be read).") from None
    if OFFICE not in wrapped:
        return None
    number = bundle.manifest.office_key_number
    held = [office_keys[number]] if number in office_keys else [] if number else list(office_keys.values())
    for office_key in held:
        with suppress(Undecryptable):  # wrapped for another office
            return unwrap(office_wrapping_key(office_key), wrapped[OFFICE])
    return None


def _open_secret(bundle: OpenBundle, crypt: bytes) -> None:
    """What an encrypted bundle says (its basis, acknowledgements and which scan each part is), decrypted from its
    sealed manifest and checked against its parts."""
    manifest = bundle.manifest
    damaged = BundleInvalid(f"{bundle.name} is damaged (its manifest cannot be read).")
    try:
        packed = decrypt(crypt, _SECRET_PART, base64.b64decode(manifest.secret, validate=True))
        said = json.loads(inflate(packed, MAX_MANIFEST_BYTES))
    except (Undecryptable, binascii.Error, InflatedTooLarge, zstandard.ZstdError, ValueError, RecursionError):
        raise damaged from None
    if not isinstance(said, dict):
        raise damaged
    basis, acks, scans = said.get("basis"), said.get("acks"), said.get("scans")
    parts = {name for name in manifest.files if _BLOB_PART.match(name)}
    if (
        not isinstance(basis, dict)
        or not isinstance(acks, dict)
        or not isinstance(scans, dict)
        or set(scans) != parts
        or not all(isinstance(h, str) and _SCAN_HASH.match(h) for h in scans.values())
        or len(set(scans.values())) != len(scans)
    ):
        raise damaged
    manifest.basis, manifest.acks = basis, acks
    bundle.crypt, bundle.scans = crypt, {blob_hash: name for name, blob_hash in scans.items()}


def peek_manifest(path: Path) -> BundleManifest:
    """Whose bundle is this? Reads only the manifest, within the same bounds as `read_bundle` (no part is checked
    and nothing is imported)."""
    archive, manifest = _open(path)
    archive.close()
    return manifest


def _open(path: Path) -> tuple[zipfile.ZipFile, BundleManifest]:
    """The zip and its manifest, each bounded before it is read: the list of members (its size and count, read from
    the zip's end record before the list itself), then every member (stored, not encrypted, its declared sizes
    agreeing and within the file, a safe name given once), then the manifest's size and the types of its fields."""
    try:
        _check_end_record(path)
        archive = zipfile.ZipFile(path)
    except BundleInvalid:
        raise
    except (OSError, zipfile.BadZipFile, ValueError, struct_error) as exc:
        raise BundleInvalid(f"{path.name} is not a sync bundle or is damaged ({exc}).") from None
    try:
        _check_members(archive, path)
        info = archive.getinfo("manifest.json")
        if info.file_size > MAX_MANIFEST_BYTES:
            raise BundleTooLarge(f"{path.name} is refused: its manifest is larger than a bundle's can be.")
        manifest = _manifest(json.loads(archive.read(info)), path)
        for name, expected in manifest.files.items():
            blob = _BLOB_PART.match(name)
            if blob is not None and not manifest.encryption and expected != "sha256:" + blob.group(1):
                # a scan is named by its own hash (in an encrypted bundle, which would say which scan it is, by chance)
                raise BundleInvalid(f"{path.name} is damaged: {name} is not named by its checksum.")
            if blob is None and name in archive.NameToInfo and archive.NameToInfo[name].file_size > MAX_PART_BYTES:
                raise BundleTooLarge(f"{path.name} is refused: its part {name} is larger than a bundle's can be.")
        return archive, manifest
    except BundleInvalid:
        archive.close()
        raise
    except RecursionError:  # a manifest nested past what the JSON parser takes (before RuntimeError: it is one)
        archive.close()
        raise BundleInvalid(f"{path.name} is damaged (its manifest cannot be read).") from None
    except (KeyError, ValueError, TypeError, zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError) as exc:
        archive.close()
        raise BundleInvalid(f"{path.name} is not a sync bundle or is damaged ({exc}).") from None


def _check_end_record(path: Path) -> None:
    """Bound the zip's list of members before `zipfile` reads it whole: its size and count, as its end record
    says them (read the way `zipfile` reads them)."""
    with open(path, "rb") as handle:
        end = _END_RECORD(handle)
    if not end:
        raise BundleInvalid(f"{path.name} is not a sync bundle or is damaged (no zip end record).")
    if end[_ENTRIES] > MAX_PARTS or end[_DIRECTORY_SIZE] > MAX_CENTRAL_DIRECTORY:
        raise BundleTooLarge(f"{path.name} is refused: it holds more parts than a bundle can ({MAX_PARTS:,}).")


def _check_members(archive: zipfile.ZipFile, path: Path) -> None:
    members = archive.infolist()
    names = [info.filename for info in members]
    if len(members) > MAX_PARTS:
        raise BundleTooLarge(f"{path.name} is refused: it holds more parts than a bundle can ({MAX_PARTS:,}).")
    if len(set(names)) != len(names) or "manifest.json" not in names:
        raise BundleInvalid(f"{path.name} is incomplete or has unexpected parts.")
    named = 0
    for info in members:
        if not _BLOB_PART.match(info.filename):
            if not _NAMED_PART.match(info.filename):
                raise BundleInvalid(f"{path.name} is not a sync bundle: it holds a part named {info.filename!r}.")
            named += 1
        if info.compress_type != zipfile.ZIP_STORED or info.flag_bits & 1:  # eOffice stores parts as they are
            raise BundleInvalid(f"{path.name} is not a sync bundle: its part {info.filename} is packed or locked.")
        if info.file_size != info.compress_size:
            raise BundleInvalid(f"{path.name} is damaged: the sizes of its part {info.filename} disagree.")
    if named > MAX_NAMED_PARTS:
        raise BundleInvalid(f"{path.name} is not a sync bundle: it holds {named} parts that are not scans.")
    size = path.stat().st_size
    if sum(info.compress_size for info in members) > size:  # sizes that lie, or parts that share their bytes
        raise BundleInvalid(f"{path.name} is damaged: its parts claim more bytes than the file holds.")


def _manifest(raw: object, path: Path) -> BundleManifest:
    """The bundle's manifest, as written (its parts are not checked here), its fields of the right types."""
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise BundleInvalid(f"{path.name} is not an eOffice sync bundle.")
    manifest = BundleManifest(**raw)
    texts = [manifest.office_id, manifest.sender, manifest.created, manifest.format, manifest.seal]
    texts += [manifest.secret, manifest.encryption]
    numbers = (manifest.event_count, manifest.protocol, manifest.office_key_number)
    if (
        not all(isinstance(value, str) for value in texts)
        or not all(isinstance(value, int) and not isinstance(value, bool) for value in numbers)
        or not isinstance(manifest.basis, dict)
        or not isinstance(manifest.acks, dict)
        or not isinstance(manifest.files, dict)
        or not all(isinstance(value, str) for value in manifest.files.values())
        or not isinstance(manifest.keys, dict)
        or not all(isinstance(value, str) for value in manifest.keys.values())
    ):
        raise BundleInvalid(f"{path.name} is damaged (its manifest is not one eOffice writes).")
    if manifest.encryption not in ("", ENCRYPTION):
        raise BundleInvalid(f"{path.name} was made by a newer version of eOffice; update this PC first.")
    if manifest.encryption and not (manifest.seal and manifest.secret and PC in manifest.keys):
        raise BundleInvalid(f"{path.name} is damaged (its manifest is not one eOffice writes).")
    return manifest


def copy_stream(source: Reads) -> Iterator[bytes]:
    yield from iter(lambda: source.read(1 << 20), b"")
