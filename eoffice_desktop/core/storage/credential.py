"""This PC's credential for the central server, and its office's key of the USB bundles between the office's PCs,
kept out of the database (so backups, USB sticks and diagnostics never carry them) and protected at rest: Windows
DPAPI for the signed-in user, elsewhere a file only its owner reads.

The database keeps only a random id naming the credential file it goes with. A database restored from a backup, or
copied to another PC, finds no matching credential and must be enrolled again.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import sys
from collections.abc import Mapping
from pathlib import Path

from sqlalchemy import delete
from sqlalchemy.orm import Session

from eoffice_desktop.core.storage.datadir import DataDir
from eoffice_desktop.core.storage.models import Setting
from eoffice_desktop.core.storage.settings import get_setting, set_setting

CREDENTIAL_ID = "sync.credential_id"  # setting: which credential file goes with this database (not a secret)
ENROLLED = "sync.enrolled"  # setting: "yes", or ENROL_AGAIN after a restore
ENROL_AGAIN = "again"
CLEAR_TOKEN = "sync.token"  # where versions before 0.9 kept the token, in clear
# In the credential file: the office's keys of its PCs' USB bundles, one entry a key, "office_key.<number>" (a new
# key is made each time a PC of the office is revoked; all are kept). "office_key" alone: the one key a version before
# numbered keys kept, read as number 0.
OFFICE_KEY, OFFICE_KEY_BYTES = "office_key", 32

ENROL_AGAIN_MESSAGE = (
    "This PC's server credential is not in its data (it was restored from a backup, or copied from another PC), "
    "and a backup never carries it. Ask IT staff for an enrolment code and enrol this PC again."
)

# Set by a restore: the restored PC takes no new number until it has re-enrolled and pulled (registry/numbering.py).
RESTORED_KEY = "numbering.restored"


def credential_file(data_dir: DataDir) -> Path:
    return data_dir.root / "device-credential"


def save_token(data_dir: DataDir, session: Session, token: str, office_keys: Mapping[int, bytes] | None = None) -> None:
    """Keep a new token (at enrolment), with the office's keys (by number) when the server gave them: the file is
    written first, then the database names it in the same transaction as the rest of the enrolment."""
    credential_id = secrets.token_hex(8)
    stored: dict[str, str] = {"id": credential_id, "token": token}
    stored.update(_key_entries(office_keys or {}))
    _write_private(credential_file(data_dir), _protect(json.dumps(stored).encode("utf-8")))
    set_setting(session, CREDENTIAL_ID, credential_id)
    set_setting(session, ENROLLED, "yes")


def load_token(data_dir: DataDir, session: Session) -> str | None:
    """The token of this database's enrolment; None when this PC never enrolled or must enrol again."""
    stored = _credential(data_dir, session)
    return str(stored["token"]) if stored is not None else None


def load_office_keys(data_dir: DataDir, session: Session) -> dict[int, bytes]:
    """The office's keys of the USB bundles between its PCs that this PC was given, by number; none when this PC is
    not enrolled, or enrolled before the server gave office keys and has not synced since."""
    stored = _credential(data_dir, session) or {}
    keys: dict[int, bytes] = {}
    for name, value in stored.items():
        number = 0 if name == OFFICE_KEY else _number(name, OFFICE_KEY + ".")
        if number is None:
            continue
        try:
            key = base64.b64decode(value, validate=True)
        except ValueError:
            continue
        if len(key) == OFFICE_KEY_BYTES:
            keys[number] = key
    return keys


def load_office_key(data_dir: DataDir, session: Session) -> bytes | None:
    """The newest of the office's keys this PC holds (what it wraps its bundles with); None when it holds none."""
    keys = load_office_keys(data_dir, session)
    return keys[max(keys)] if keys else None


def save_office_keys(data_dir: DataDir, session: Session, office_keys: Mapping[int, bytes]) -> bool:
    """Keep the office's keys beside the token of this enrolment, with those it holds already (a key made at a
    revocation, taken at the next sync or return bundle). False when there is no enrolment here to keep them with."""
    stored = _credential(data_dir, session)
    entries = _key_entries(office_keys)
    if stored is None or not entries:
        return False
    stored.update(entries)
    _write_private(credential_file(data_dir), _protect(json.dumps(stored).encode("utf-8")))
    return True


def _key_entries(office_keys: Mapping[int, bytes]) -> dict[str, str]:
    return {
        f"{OFFICE_KEY}.{number}": base64.b64encode(key).decode("ascii")
        for number, key in office_keys.items()
        if number > 0 and len(key) == OFFICE_KEY_BYTES
    }


def _number(name: str, prefix: str) -> int | None:
    """The number in an entry's name `<prefix><number>`; None for another entry."""
    text = name.removeprefix(prefix)
    return int(text) if name.startswith(prefix) and text.isascii() and text.isdigit() and len(text) < 10 else None


def _credential(data_dir: DataDir, session: Session) -> dict[str, str] | None:
    """What the credential file of this database's enrolment holds; None when this PC never enrolled or must enrol
    again."""
    credential_id = get_setting(session, CREDENTIAL_ID)
    if not credential_id or get_setting(session, ENROLLED) != "yes":
        return None
    try:
        stored = json.loads(_unprotect(credential_file(data_dir).read_bytes()))
    except (OSError, ValueError):  # no file, another user's or PC's DPAPI, or damaged
        return None
    if not isinstance(stored, dict) or stored.get("id") != credential_id or not isinstance(stored.get("token"), str):
        return None  # the file belongs to another enrolment of this folder (a database restored or swapped)
    return {str(name): str(value) for name, value in stored.items()}


def must_enrol_again(data_dir: DataDir, session: Session) -> bool:
    """This database was enrolled, but its credential is not here (restored, copied, or the file lost)."""
    enrolled = get_setting(session, ENROLLED)
    return enrolled == ENROL_AGAIN or (enrolled == "yes" and load_token(data_dir, session) is None)


def forget_token(data_dir: DataDir) -> None:
    credential_file(data_dir).unlink(missing_ok=True)


def mark_enrol_again(database: Path) -> None:
    """For a database just restored into place (not yet opened by the app): drop any token it still holds in
    clear and, if it was enrolled, make it enrol again and give no registry number until it has synced."""
    import sqlite3

    conn = sqlite3.connect(database, isolation_level=None)
    try:
        conn.execute("PRAGMA secure_delete=ON")  # the token's bytes are overwritten, not only unlinked
        conn.execute("BEGIN IMMEDIATE")
        # An enrolled PC gives no number until it has enrolled again and pulled what it did after the backup.
        conn.execute(
            "INSERT OR REPLACE INTO settings (key, value) SELECT ?, 'enrol' WHERE EXISTS"
            " (SELECT 1 FROM settings WHERE key = ? AND value IN ('yes', ?))",
            (RESTORED_KEY, ENROLLED, ENROL_AGAIN),
        )
        conn.execute("DELETE FROM settings WHERE key IN (?, ?)", (CLEAR_TOKEN, CREDENTIAL_ID))
        conn.execute("UPDATE settings SET value = ? WHERE key = ? AND value = 'yes'", (ENROL_AGAIN, ENROLLED))
        conn.execute("COMMIT")
    finally:
        conn.close()


def move_clear_token_out(data_dir: DataDir, session: Session) -> bool:
    """A database from before this protection holds the token in clear: move it into the protected file and
    overwrite it in the database (the caller's connection has `secure_delete` on). True if one was moved."""
    token = get_setting(session, CLEAR_TOKEN)
    if not token:
        return False
    if get_setting(session, ENROLLED) == "yes":
        save_token(data_dir, session, token)
    session.execute(delete(Setting).where(Setting.key == CLEAR_TOKEN))
    session.info.get("settings", {}).pop(CLEAR_TOKEN, None)
    return True


def _write_private(path: Path, data: bytes) -> None:
    """Write atomically, readable and writable by this account only (0600 on POSIX; the user's own profile
    folder on Windows, where DPAPI already ties the bytes to the user)."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        if sys.platform != "win32":
            os.fchmod(fd, 0o600)  # whatever the umask
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)


if sys.platform == "win32":
    import ctypes
    from ctypes import wintypes

    class _Blob(ctypes.Structure):
        _fields_ = [("cbData", wintypes.DWORD), ("pbData", ctypes.POINTER(ctypes.c_char))]

    _CRYPTPROTECT_UI_FORBIDDEN = 0x1
    _ENTROPY = b"eOffice device credential"
    _crypt32 = ctypes.WinDLL("crypt32", use_last_error=True)
    _kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    _blob_in = (ctypes.POINTER(_Blob), wintypes.LPCWSTR, ctypes.POINTER(_Blob), ctypes.c_void_p, ctypes.c_void_p)
    _crypt32.CryptProtectData.argtypes = (*_blob_in, wintypes.DWORD, ctypes.POINTER(_Blob))
    _crypt32.CryptProtectData.restype = wintypes.BOOL
    _crypt32.CryptUnprotectData.argtypes = (
        ctypes.POINTER(_Blob),
        ctypes.c_void_p,  # the description is not wanted back
        ctypes.POINTER(_Blob),
        ctypes.c_void_p,
        ctypes.c_void_p,
        wintypes.DWORD,
        ctypes.POINTER(_Blob),
    )
    _crypt32.CryptUnprotectData.restype = wintypes.BOOL
    _kernel32.LocalFree.argtypes = (ctypes.c_void_p,)
    _kernel32.LocalFree.restype = ctypes.c_void_p

    def _blob(data: bytes) -> tuple[_Blob, ctypes.Array[ctypes.c_char]]:
        buffer = ctypes.create_string_buffer(data, len(data))
        return _Blob(len(data), ctypes.cast(buffer, ctypes.POINTER(ctypes.c_char))), buffer

    def _taken(out: _Blob) -> bytes:
        try:
            return ctypes.string_at(out.pbData, out.cbData)
        finally:
            _kernel32.LocalFree(ctypes.cast(out.pbData, ctypes.c_void_p))

    def _protect(data: bytes) -> bytes:
        """DPAPI for the current Windows user: another account, or the file copied to another PC, cannot read it."""
        (source, _keep), (entropy, _keep2), out = _blob(data), _blob(_ENTROPY), _Blob()
        flags = _CRYPTPROTECT_UI_FORBIDDEN
        if not _crypt32.CryptProtectData(
            ctypes.byref(source), "eOffice", ctypes.byref(entropy), None, None, flags, ctypes.byref(out)
        ):
            raise ctypes.WinError(ctypes.get_last_error())
        return _taken(out)

    def _unprotect(data: bytes) -> bytes:
        (source, _keep), (entropy, _keep2), out = _blob(data), _blob(_ENTROPY), _Blob()
        flags = _CRYPTPROTECT_UI_FORBIDDEN
        if not _crypt32.CryptUnprotectData(
            ctypes.byref(source), None, ctypes.byref(entropy), None, None, flags, ctypes.byref(out)
        ):
            raise ValueError(f"the credential cannot be unprotected (Windows error {ctypes.get_last_error()})")
        return _taken(out)

else:

    def _protect(data: bytes) -> bytes:
        return data  # the file's 0600 mode is the protection: no key on this PC would be safer than the file

    def _unprotect(data: bytes) -> bytes:
        return data
