"""Enrolling this PC with the central server, and running one sync cycle with the settings it stored."""

from __future__ import annotations

import json
import platform
import secrets
from collections.abc import Callable
from contextlib import suppress
from typing import TYPE_CHECKING

from eoffice_desktop import __version__
from eoffice_desktop.core.checks.check_chain import FORMER_IDS
from eoffice_desktop.core.eventlog.events import EventLog
from eoffice_desktop.core.journey.sender_names import DIRECTORY_KEY
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.registry.numbering import close_restored_blocks, switch_to_server_blocks
from eoffice_desktop.core.replication import sending_ids
from eoffice_desktop.core.storage.credential import ENROL_AGAIN_MESSAGE, load_token, must_enrol_again, save_token
from eoffice_desktop.core.storage.settings import delete_setting, get_setting, set_setting
from sync.client.engine import SyncCancelled, SyncEngine, SyncPolicy, SyncProgress, SyncReport
from sync.client.errors import NotEnrolled, SyncError
from sync.client.office_key import decoded_keys, fetch_office_key
from sync.client.status import count_usage

REPLACES = "device.replaces"  # setting while a restored PC enrols again: the device id the server knows it by

if TYPE_CHECKING:  # the HTTP client (requests, the protocol's models) loads at the first request, not at start-up
    from sync.client.http import HttpTransport


def enrol_pc(store: OfficeStore, server_url: str, code: str, device_name: str | None = None) -> dict[str, str]:
    """Exchange IT staff's one-time code for this PC's credential. A PC with no office yet joins the server's
    office; a PC that set its office up offline brings it along."""
    from sync.client.http import HttpTransport

    transport = HttpTransport(server_url)
    local_office = store.office_id or None
    with store.db.session() as s:
        again = must_enrol_again(store.data_dir, s)
    replaces = take_new_device_identity(store) if again else None
    name = device_name or platform.node() or "PC"
    data = transport.enrol(code, name, __version__, local_office, store.device_id, replaces)
    with store.db.write() as s:
        if replaces:
            delete_setting(s, REPLACES)
        set_setting(s, "sync.server_url", server_url.rstrip("/"))
        save_token(store.data_dir, s, data["token"], decoded_keys(data))
        set_setting(s, "sync.office_code", data["office_code"])
        if not local_office:
            set_setting(s, "office.id", data["office_id"])
        switch_to_server_blocks(s)
    from sync.client.numbers import keep_numbers

    with suppress(SyncError):  # the first sync asks again; until then registering gives provisional numbers
        keep_numbers(store, transport)
    return {k: str(v) for k, v in data.items() if k not in ("token", "office_key", "office_keys")}


def take_new_device_identity(store: OfficeStore) -> str:
    """A PC enrolling again after a restore: the server knows its old identity further than this restored log
    goes, so it continues as a new device (its old events stay in the log as they are, and still go out from this
    PC). The number blocks of the backup are closed: the old identity may have used them after the backup. Returns
    the id the server knows, which the new one replaces (the same one when an earlier attempt was refused)."""
    with store.db.write() as s:
        pending = get_setting(s, REPLACES)
        if pending:
            return pending
        old_id, new_id = store.device_id, "dev_" + secrets.token_hex(6)
        former = [*sending_ids(s, old_id)]
        set_setting(s, FORMER_IDS, json.dumps(former))
        set_setting(s, REPLACES, old_id)
        set_setting(s, "device.id", new_id)
        close_restored_blocks(s)
    store.device_id, store.log = new_id, EventLog(new_id)
    return old_id


def is_enrolled(store: OfficeStore) -> bool:
    with store.db.session() as s:
        return get_setting(s, "sync.enrolled") == "yes"


def needs_enrolling_again(store: OfficeStore) -> bool:
    """Enrolled once, but the credential is not here (a restored backup, a copied folder): say so."""
    with store.db.session() as s:
        return must_enrol_again(store.data_dir, s)


def transport_for(store: OfficeStore) -> HttpTransport:
    from sync.client.http import HttpTransport

    with store.db.session() as s:
        url, token = get_setting(s, "sync.server_url"), load_token(store.data_dir, s)
        again = must_enrol_again(store.data_dir, s)
    if again:
        raise NotEnrolled(ENROL_AGAIN_MESSAGE, "enrol_again")
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
    fetch_office_key(store, transport, report.office_key_number)  # a key made at a revocation: never raises
    from sync.client.scan_text import share_scan_text
    from sync.client.timestamps import archive_pdfs, extend_signatures, stamp_signatures
    from sync.client.trust import FAILED, NO_CA, refresh_trust

    sent, received = transport.bytes_sent, transport.bytes_received
    # After the files; never raises: derived data, tried again later.
    scan_text = share_scan_text(store, transport, report.scan_text_seq, policy, cancelled)
    if cancelled is not None and cancelled():  # stopped between the scans' text requests: what went is kept
        count_usage(store, transport.bytes_sent - sent + transport.bytes_received - received)
        raise SyncCancelled("Sync was cancelled; what was done is kept.")
    report.scan_text_sent, report.scan_text_received = scan_text.sent, scan_text.received
    report.scan_text_problem = scan_text.problem
    report.trust = refresh_trust(store, transport)  # never raises: the letters are synced either way
    stamped = 0
    if report.trust.outcome not in (NO_CA, FAILED):  # the server has a CA, hence a time-stamping authority
        stamped = stamp_signatures(store, transport) + archive_pdfs(store, transport)  # these never raise
        extended, report.long_term_problem = extend_signatures(store)  # B-LT with what this sync fetched; no network
        stamped += extended
    extra_up, extra_down = transport.bytes_sent - sent, transport.bytes_received - received
    report.bytes_up += extra_up  # the scans' text, the CA's and the time-stamps' requests and answers cost data too
    report.bytes_down += extra_down
    count_usage(store, extra_up + extra_down)
    if stamped:  # signatures made offline are time-stamped now; the time-stamps go out in this same sync
        with suppress(SyncError):  # or with the next one: the letters are synced either way
            again = SyncEngine(store, transport, policy, progress, cancelled).run(("push", "blobs"))
            report.pushed += again.pushed
            report.bytes_up += again.bytes_up  # the engine counted them in the month's meter itself
            report.bytes_down += again.bytes_down
    from eoffice_desktop.core.signing.letters import check_arrived_signatures

    # Signatures that came (and those whose signed file has come) get their status now, in batches; a stop between
    # them leaves the rest for the letter's opening or the next sync.
    def checking(done: int, total: int) -> None:
        if progress is not None:
            progress(SyncProgress("signatures", done, total))

    check = check_arrived_signatures(store, checking, cancelled)
    if check.stopped:
        raise SyncCancelled("Sync was cancelled; what was done is kept.")
    return report


def refresh_office_directory(store: OfficeStore) -> int:
    """Keep the server's list of offices, so letters from other offices show their sender's name."""
    directory = transport_for(store).office_directory()
    with store.db.write() as s:
        set_setting(s, DIRECTORY_KEY, json.dumps(directory, ensure_ascii=False))
    return len(directory)
