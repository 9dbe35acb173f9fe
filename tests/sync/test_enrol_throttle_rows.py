"""The enrolment throttle's table cannot be filled by anonymous clients: an IPv6 client is counted by its /64 (a
client trying from every address of its line is refused as one address, and writes no more rows than one), the table
keeps at most MAX_ROWS failures whatever the number of addresses, and the failures are counted in the enrolment's
worker thread, never on the server's event loop. Through the real server, on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import threading

import httpx
import pytest

from sync.server import enrol_throttle
from sync.server.admin import add_office, new_enrolment_code
from sync.server.enrol_throttle import FAILURES_PER_ADDRESS, SharedEnrolThrottle, address_key
from sync.server.models import EnrolFailure
from tests.sync.conftest import RunningServer

WRONG = "2222-3333-4444"


def attempt(central: RunningServer, code: str, address: str) -> httpx.Response:
    """An enrolment from `address`, as a reverse proxy on the server's machine tells it (X-Forwarded-For)."""
    body = {"code": code, "device_name": "PC"}
    return httpx.post(f"{central.url}/v1/devices/enrol", json=body, headers={"X-Forwarded-For": address}, timeout=30)


def rows(central: RunningServer) -> list[tuple[str, str]]:
    with central.database.read() as s:
        return [(r.kind, r.key) for r in s.query(EnrolFailure)]


def test_addresses_are_counted_as_one_client_uses_them():
    assert address_key("203.0.113.9") == "203.0.113.9"
    assert address_key("2001:db8:5:6::1") == address_key("2001:db8:5:6:ffff:1:2:3") == "2001:db8:5:6::/64"
    assert address_key("2001:db8:5:7::1") == "2001:db8:5:7::/64"
    assert address_key("::ffff:203.0.113.9") == "203.0.113.9"
    assert address_key("fe80::1%eth0") == "fe80::/64"
    assert address_key("-") == "-" and address_key("not an address") == "not an address"


def test_an_ipv6_client_is_refused_from_every_address_of_its_line(central: RunningServer):
    with central.database.write() as s:
        add_office(s, "ຊສຖ", "ເມືອງໄຊເສດຖາ", "Xaysetha")
        good = new_enrolment_code(s, "ຊສຖ")
    for n in range(FAILURES_PER_ADDRESS):  # a new address of the same /64 for each guess
        assert attempt(central, WRONG, f"2001:db8:5:6::{n + 1:x}").status_code == 403
    for n in range(5):
        refused = attempt(central, WRONG if n else good, f"2001:db8:5:6:{n}::ff")
        assert refused.status_code == 429 and refused.json()["code"] == "enrolment_throttled"
    assert rows(central) == [("address", "2001:db8:5:6::/64")] * FAILURES_PER_ADDRESS  # the refused wrote nothing
    joined = attempt(central, good, "2001:db8:5:7::1")  # another line: the code was not used up
    assert joined.status_code == 200 and joined.json()["office_code"] == "ຊສຖ"


def test_the_table_keeps_a_bounded_number_of_failures_counted_off_the_event_loop(
    central: RunningServer, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(enrol_throttle, "MAX_ROWS", 25)
    on_loop: list[str] = []
    failed = SharedEnrolThrottle.failed

    def watched(throttle: SharedEnrolThrottle, address: str, office: str | None = None) -> None:
        try:
            asyncio.get_running_loop()
            on_loop.append(threading.current_thread().name)
        except RuntimeError:
            pass
        failed(throttle, address, office)

    monkeypatch.setattr(SharedEnrolThrottle, "failed", watched)
    for n in range(60):  # a client with many addresses (or many clients)
        assert attempt(central, WRONG, f"198.51.100.{n + 1}").status_code == 403
    kept = rows(central)
    assert len(kept) <= 25
    assert ("address", "198.51.100.60") in kept and ("address", "198.51.100.1") not in kept  # the oldest went
    assert on_loop == []
