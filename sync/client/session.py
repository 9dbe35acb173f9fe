"""Enrolling this PC with the central server, and running one sync cycle with the settings it stored."""

from __future__ import annotations

import json
import platform
from collections.abc import Callable
from contextlib import suppress
from typing import TYPE_CHECKING

from eoffice_desktop import __version__
from eoffice_desktop.core.arrivals import DIRECTORY_KEY
from eoffice_desktop.core.numbering import switch_to_server_blocks
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.settings import get_setting, set_setting
from sync.client.engine import SyncEngine, SyncPolicy, SyncProgress, SyncReport
from sync.client.errors import NotEnrolled, SyncError

if TYPE_CHECKING:  # the HTTP client (requests, the protocol's models) loads at the first request, not at start-up
    from sync.client.http import HttpTransport


def enrol_pc(store: OfficeStore, server_url: str, code: str, device_name: str | None = None) -> dict[str, str]:
    """Exchange IT staff's one-time code for this PC's credential. A PC with no office yet joins the server's
    office; a PC that set its office up offline brings it along."""
    from sync.client.http import HttpTransport

    transport = HttpTransport(server_url)
    local_office = store.office_id or None
    data = transport.enrol(code, device_name or platform.node() or "PC", __version__, local_office, store.device_id)
    with store.db.write() as s:
        set_setting(s, "sync.server_url", server_url.rstrip("/"))
        set_setting(s, "sync.token", data["token"])
        set_setting(s, "sync.office_code", data["office_code"])
        set_setting(s, "sync.enrolled", "yes")
        if not local_office:
            set_setting(s, "office.id", data["office_id"])
        switch_to_server_blocks(s)
    from sync.client.numbers import keep_numbers

    with suppress(SyncError):  # the first sync asks again; until then registering gives provisional numbers
        keep_numbers(store, transport)
    return {k: str(v) for k, v in data.items() if k != "token"}


def is_enrolled(store: OfficeStore) -> bool:
    with store.db.session() as s:
        return get_setting(s, "sync.enrolled") == "yes"


def transport_for(store: OfficeStore) -> HttpTransport:
    from sync.client.http import HttpTransport

    with store.db.session() as s:
        url, token = get_setting(s, "sync.server_url"), get_setting(s, "sync.token")
    if not url or not token:
        raise NotEnrolled("This PC is not enrolled with a server yet.")
    return HttpTransport(url, token)


def policy_for(store: OfficeStore, big_transfers: bool = False) -> SyncPolicy:
    with store.db.session() as s:
        hold_mb = float(get_setting(s, "sync.hold_blobs_over_mb", "5"))
        send = get_setting(s, "sync.send_blobs", "yes") == "yes"
    return SyncPolicy(send_blobs=send, hold_blobs_over=int(hold_mb * 1024 * 1024), big_transfers=big_transfers)


def sync_once(
    store: OfficeStore,
    big_transfers: bool = False,
    progress: Callable[[SyncProgress], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> SyncReport:
    transport = transport_for(store)
    policy = policy_for(store, big_transfers)
    report = SyncEngine(store, transport, policy, progress, cancelled).run()
    from sync.client.timestamps import archive_pdfs, stamp_signatures
    from sync.client.trust import FAILED, NO_CA, refresh_trust

    report.trust = refresh_trust(store, transport)  # never raises: the letters are synced either way
    stamped = 0
    if report.trust.outcome not in (NO_CA, FAILED):  # the server has a CA, hence a time-stamping authority
        stamped = stamp_signatures(store, transport) + archive_pdfs(store, transport)  # these never raise
    if stamped:  # signatures made offline are time-stamped now; the time-stamps go out in this same sync
        with suppress(SyncError):  # or with the next one: the letters are synced either way
            report.pushed += SyncEngine(store, transport, policy, progress, cancelled).run(("push", "blobs")).pushed
    if report.pulled or report.trust.rechecked or stamped:  # signatures get their status now, checked in batches
        from eoffice_desktop.core.signing.letters import verify_pending

        while verify_pending(store, limit=1000) == 1000:
            pass
    return report


def refresh_office_directory(store: OfficeStore) -> int:
    """Keep the server's list of offices, so letters from other offices show their sender's name."""
    directory = transport_for(store).office_directory()
    with store.db.write() as s:
        set_setting(s, DIRECTORY_KEY, json.dumps(directory, ensure_ascii=False))
    return len(directory)
