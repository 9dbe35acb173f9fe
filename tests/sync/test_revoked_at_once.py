"""A PC revoked while two server processes hold it checked (each keeps the PCs it checked in memory, told of every
change by the database) is refused by both as soon as the database's notice reaches them (milliseconds), and from then
on, whether the request carries a body (checked before it is read) or not; the other PCs of the office go on syncing."""

from __future__ import annotations

import time
from pathlib import Path

import httpx

from sync.server.admin import add_office, new_enrolment_code
from sync.server.cli import main as server_cli
from sync.server.database import ServerDatabase
from tests.sync.serve_process import database_url, served

__all__ = ["database_url"]  # the fixture


def enrolled(url: str, code: str, device_id: str) -> str:
    answer = httpx.post(f"{url}/v1/devices/enrol", json={"code": code, "device_name": "PC", "device_id": device_id})
    assert answer.status_code == 200, answer.text
    return str(answer.json()["token"])


def pull(url: str, token: str) -> httpx.Response:
    return httpx.get(f"{url}/v1/pull", headers={"Authorization": f"Bearer {token}"}, timeout=30)


def push(url: str, token: str) -> httpx.Response:
    return httpx.post(f"{url}/v1/push", json={"events": []}, headers={"Authorization": f"Bearer {token}"}, timeout=30)


def test_a_revoked_pc_is_refused_at_once_by_every_server_process(database_url: str, tmp_path: Path):
    database = ServerDatabase(database_url)
    database.migrate()
    with database.write() as s:
        add_office(s, "ຊສຖ", "ເມືອງໄຊເສດຖາ", "Xaysetha")
        codes = [new_enrolment_code(s, "ຊສຖ") for _ in range(2)]
    database.dispose()
    with served(tmp_path / "one", database_url) as one, served(tmp_path / "two", database_url) as two:
        stolen = enrolled(one, codes[0], "dev_" + "5701e0" * 2)
        kept = enrolled(two, codes[1], "dev_" + "c0ffee" * 2)
        for url in (one, two):  # both processes check both PCs, and keep them
            for _ in range(3):
                assert pull(url, stolen).status_code == 200 and push(url, stolen).status_code == 200
                assert pull(url, kept).status_code == 200
        data = ["--data-dir", str(tmp_path / "admin"), "--database", database_url]
        assert server_cli([*data, "admin", "revoke", "dev_" + "5701e0" * 2]) == 0  # another process, as IT staff do
        for url in (one, two):
            heard = time.monotonic() + 10  # (each process hears of it as PostgreSQL delivers the notice: milliseconds)
            while pull(url, stolen).status_code == 200:
                assert time.monotonic() < heard, "a revoked PC was still served"
                time.sleep(0.02)
            for refused in (pull(url, stolen), push(url, stolen)):
                assert refused.status_code == 401 and refused.json()["code"] == "device_revoked"
            assert pull(url, kept).status_code == 200 and push(url, kept).status_code == 200
