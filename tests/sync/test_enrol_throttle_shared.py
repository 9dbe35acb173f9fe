"""The enrolment throttle counts the failures of every server process together (they are kept in the database): an
address that failed in two server processes is refused by both once its failures add up to the limit, where each
process counting alone would have let it try the limit again in each."""

from __future__ import annotations

from pathlib import Path

import httpx

from sync.server.admin import add_office, new_enrolment_code
from sync.server.database import ServerDatabase
from sync.server.enrol_throttle import FAILURES_PER_ADDRESS
from tests.sync.serve_process import database_url, served

__all__ = ["database_url"]  # the fixture

WRONG = "2222-3333-4444"


def attempt(url: str, code: str, address: str) -> httpx.Response:
    body = {"code": code, "device_name": "PC"}
    return httpx.post(f"{url}/v1/devices/enrol", json=body, headers={"X-Forwarded-For": address}, timeout=30)


def test_two_server_processes_refuse_an_address_once_its_failures_in_both_reach_the_limit(
    database_url: str, tmp_path: Path
):
    database = ServerDatabase(database_url)
    database.migrate()
    with database.write() as s:
        add_office(s, "ຊສຖ", "ເມືອງໄຊເສດຖາ", "Xaysetha")
        good = new_enrolment_code(s, "ຊສຖ")
    guesser = "203.0.113.9"
    with served(tmp_path / "one", database_url) as one, served(tmp_path / "two", database_url) as two:
        for n in range(FAILURES_PER_ADDRESS):  # half of the wrong codes to each process
            assert attempt(one if n % 2 else two, WRONG, guesser).status_code == 403
        for url in (one, two):  # each saw only half the limit itself
            refused = attempt(url, good, guesser)
            assert refused.status_code == 429 and refused.json()["code"] == "enrolment_throttled"
        joined = attempt(two, good, "203.0.113.10")  # another address: the code was not used up
        assert joined.status_code == 200 and joined.json()["office_code"] == "ຊສຖ"
    database.dispose()
