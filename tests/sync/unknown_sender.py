"""A receiving PC that knows nothing of the office its letters come from: its sync breaks as the directory of
offices is asked for, so it has the letters and no directory (nor the list of offices older servers gave)."""

from __future__ import annotations

import contextlib
import json
from typing import Any

from sqlalchemy import select

from eoffice_desktop.core.addresses.directory import names_by_event_office
from eoffice_desktop.core.journey.sender_names import DIRECTORY_KEY
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.storage.credential import load_token
from eoffice_desktop.core.storage.models import Organisation
from eoffice_desktop.core.storage.settings import get_setting
from sync.client.engine import SyncEngine, SyncPolicy
from sync.client.http import HttpTransport
from tests.sync.linkproxy import Fault, LinkProxy


def letters_without_the_directory(central: Any, store: OfficeStore) -> None:
    """A sync whose link breaks once the letters are in, as the directory of offices is asked for: this PC never
    got the directory (nor the server's list of offices, which the window asks for only from older servers)."""
    proxy = LinkProxy(int(central.url.rsplit(":", 1)[1]))
    proxy.arm(Fault(request=b"GET /v1/directory"))
    with store.db.session() as s:
        token = str(load_token(store.data_dir, s))
    try:
        with contextlib.suppress(Exception):  # (the sync stops where the link broke)
            SyncEngine(store, HttpTransport(proxy.url, token), SyncPolicy(big_transfers=True)).run(("push", "pull"))
    finally:
        proxy.close()
    assert proxy.cuts == 1


def unknown_here(store: OfficeStore, sender_office_id: str) -> None:
    """The receiving office has no directory (no office of it, nor the list of offices older servers gave) and no
    address-book entry for the sender: only the server's name beside the letters, or the letters, can name it."""
    with store.db.session() as s:
        assert not s.scalars(select(Organisation).where(Organisation.office_id == sender_office_id)).all()
        assert json.loads(get_setting(s, DIRECTORY_KEY, "[]")) == []
        assert sender_office_id not in names_by_event_office(s)


def entry_for(store: OfficeStore, office_id: str) -> Organisation:
    """The receiving office's address-book entry for an office (the one registering its letter made)."""
    with store.db.session() as s:
        found = s.scalars(select(Organisation).where(Organisation.office_id == office_id)).one()
        s.expunge(found)
        return found
