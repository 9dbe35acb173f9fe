"""On SQLite the server reads its counter of changes to PCs before giving a PC it holds checked: that read is done in
a worker thread, never on the event loop (where a slow or busy database file would stall every request of the
process), for requests on the quick path (push, pull, chunks), on FastAPI's routes and in the body layer alike; a PC
revoked meanwhile is still refused at its next request."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
import requests

from sync.server.admin import revoke_device
from sync.server.device_cache import DeviceCache
from sync.server.models import Device
from tests.sync.conftest import RunningServer
from tests.sync.offices import first_pc, server_office


def _on_event_loop() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


def test_the_counter_of_changes_is_read_off_the_event_loop(
    central_sqlite: RunningServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    central = central_sqlite
    reads: list[tuple[str, bool]] = []
    counted: Callable[[DeviceCache], bool] = DeviceCache._counted

    def watched(cache: DeviceCache) -> bool:
        reads.append((threading.current_thread().name, _on_event_loop()))
        return counted(cache)

    monkeypatch.setattr(DeviceCache, "_counted", watched)
    (code,) = server_office(central.database, "ກຂ", "ເມືອງ ກ")
    a = first_pc(tmp_path, "a", "ກຂ", central.url, code)
    auth = {"Authorization": f"Bearer {a.token}"}
    for _ in range(3):  # the first request reads the PC and keeps it; the next ones are given it after the counter
        assert requests.get(f"{central.url}/v1/pull", params={"after": 0}, headers=auth, timeout=30).status_code == 200
        assert requests.post(f"{central.url}/v1/push", json={"events": []}, headers=auth, timeout=30).status_code == 200
        assert requests.get(f"{central.url}/v1/office", headers=auth, timeout=30).status_code == 200
        have = requests.post(f"{central.url}/v1/blobs/have", json={"hashes": []}, headers=auth, timeout=30)
        assert have.status_code == 200
        assert requests.get(f"{central.url}/v1/hello", headers=auth, timeout=30).status_code == 200
    assert reads, "the kept PC was never given: the counter was never read"
    assert [name for name, loop in reads if loop] == []

    with central.database.write() as s:  # revoked by the operator: the next request is refused
        device = s.query(Device).filter(Device.office_id.isnot(None)).one()
        revoke_device(s, device.id)
    refused = requests.get(f"{central.url}/v1/pull", params={"after": 0}, headers=auth, timeout=30)
    assert refused.status_code == 401 and refused.json()["code"] == "device_revoked"
    a.store.close()
