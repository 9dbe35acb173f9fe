"""This PC's copies of its office's keys of the USB bundles between the office's PCs, by number: given at enrolment,
fetched at a sync when the server's hello names a newer key than this PC holds (one is made each time a PC of the
office is revoked), or when it holds none (a PC enrolled before the server gave office keys), or brought by a return
bundle; kept beside the token (core/storage/credential.py), never in the database. The newest wraps this PC's
bundles; every one reads the bundles written with it."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from contextlib import suppress
from typing import TYPE_CHECKING, Any

from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.storage.credential import OFFICE_KEY_BYTES, load_office_keys, save_office_keys
from sync.client.errors import SyncError

if TYPE_CHECKING:
    from sync.client.http import HttpTransport


def decoded_key(value: object) -> bytes | None:
    """An office key as the server gives it (base64 of 32 bytes); None when absent or not one."""
    if not isinstance(value, str):
        return None
    try:
        key = base64.b64decode(value, validate=True)
    except binascii.Error:
        return None
    return key if len(key) == OFFICE_KEY_BYTES else None


def decoded_keys(given: Mapping[str, Any]) -> dict[int, bytes]:
    """The office's keys by number, from what the server gave (enrolment, `GET /v1/office-key`, a return bundle's
    acknowledgements): every key in `office_keys`, and the newest, `office_key` under `office_key_number`."""
    keys: dict[int, bytes] = {}
    listed = given.get("office_keys")
    for number, value in (listed if isinstance(listed, dict) else {}).items():
        key = decoded_key(value)
        if isinstance(number, str) and number.isascii() and number.isdigit() and key is not None:
            keys[int(number)] = key
    newest, number = decoded_key(given.get("office_key")), given.get("office_key_number")
    if newest is not None and isinstance(number, int) and not isinstance(number, bool) and number > 0:
        keys[number] = newest
    return keys


def office_keys_of(store: OfficeStore) -> dict[int, bytes]:
    with store.db.session() as s:
        return load_office_keys(store.data_dir, s)


def newest_office_key(store: OfficeStore) -> tuple[int, bytes] | None:
    """The newest office key this PC holds and its number (what it wraps its bundles with); None when it has none."""
    keys = office_keys_of(store)
    return (max(keys), keys[max(keys)]) if keys else None


def keep_office_keys(store: OfficeStore, given: Mapping[str, Any]) -> bool:
    """Keep the office keys the server gave (in an answer or a return bundle) that this PC does not hold yet."""
    held = office_keys_of(store)
    new = {number: key for number, key in decoded_keys(given).items() if held.get(number) != key}
    if not new:
        return False
    with store.db.session() as s:
        return save_office_keys(store.data_dir, s, new)


def fetch_office_key(store: OfficeStore, transport: HttpTransport, newest: int | None) -> None:
    """Ask the server for the office's keys when this PC holds none, or an older key than the newest its hello named
    (`newest`); never raises (a server of an earlier version has none to give: asked again at the next sync). A
    revoked PC is refused (401), so it never gets a key made at or after its revocation."""
    held = office_keys_of(store)
    if held and (newest is None or max(held) >= newest):
        return
    with suppress(SyncError):
        keep_office_keys(store, transport.office_key())
