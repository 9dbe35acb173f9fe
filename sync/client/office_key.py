"""This PC's copy of its office's key of the USB bundles between the office's PCs: given at enrolment, fetched at the
next sync by a PC enrolled before the server gave office keys (or brought by a return bundle), kept beside the token
(core/storage/credential.py), never in the database."""

from __future__ import annotations

import base64
import binascii
from contextlib import suppress
from typing import TYPE_CHECKING

from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.storage.credential import OFFICE_KEY_BYTES, load_office_key, save_office_key
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


def office_key_of(store: OfficeStore) -> bytes | None:
    with store.db.session() as s:
        return load_office_key(store.data_dir, s)


def keep_office_key(store: OfficeStore, value: object) -> bool:
    """Keep the office key the server gave (in an answer or a return bundle) when this PC has none yet."""
    key = decoded_key(value)
    if key is None:
        return False
    with store.db.session() as s:
        return load_office_key(store.data_dir, s) is None and save_office_key(store.data_dir, s, key)


def fetch_office_key(store: OfficeStore, transport: HttpTransport) -> None:
    """Ask the server for the office key when this PC has none; never raises (a server of an earlier version has
    none to give: asked again at the next sync)."""
    if office_key_of(store) is not None:
        return
    with suppress(SyncError):
        keep_office_key(store, transport.office_key())
