"""Failed enrolments are throttled through the real server: per client address (wrong codes), and per office (its
valid code refused again and again, from any address); the answer is 429 `enrolment_throttled` with Retry-After,
which the PC reads as "try later" and words in one sentence; the code the right PC holds is not used up."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from eoffice_desktop.core.office import open_store
from sync.client.errors import ServerBusy
from sync.client.session import enrol_pc
from sync.server.admin import add_office, new_enrolment_code
from sync.server.enrol_throttle import FAILURES_PER_ADDRESS, FAILURES_PER_OFFICE, EnrolThrottle, Throttled
from tests.sync.conftest import RunningServer

WRONG = "2222-3333-4444"


def attempt(central: RunningServer, code: str, address: str, **extra: str) -> httpx.Response:
    """An enrolment as the PC sends it; `address` is the client's as a reverse proxy on the server's machine tells
    it (X-Forwarded-For, trusted from 127.0.0.1)."""
    body = {"code": code, "device_name": "PC", **extra}
    return httpx.post(f"{central.url}/v1/devices/enrol", json=body, headers={"X-Forwarded-For": address})


def test_an_address_that_keeps_sending_wrong_codes_is_refused_for_a_while(central: RunningServer, tmp_path: Path):
    with central.database.write() as s:
        add_office(s, "ຊສຖ", "ເມືອງໄຊເສດຖາ", "Xaysetha")
        good = new_enrolment_code(s, "ຊສຖ")
    for _ in range(FAILURES_PER_ADDRESS):  # from this machine's address, as the PC below
        answer = httpx.post(f"{central.url}/v1/devices/enrol", json={"code": WRONG, "device_name": "PC"})
        assert answer.status_code == 403
    pc = open_store(tmp_path / "pc")  # the real client: even with the right code, "try later", not "refused"
    with pytest.raises(ServerBusy) as busy:
        enrol_pc(pc, central.url, good, "PC 1")
    pc.close()
    assert busy.value.code == "enrolment_throttled" and busy.value.retry is True
    throttled = attempt(central, good, "127.0.0.1")
    assert throttled.status_code == 429
    answer = throttled.json()
    assert answer["code"] == "enrolment_throttled" and answer["retry"] is True
    assert answer["message_lo"] and "try again in 15 minutes" in answer["message_en"]
    assert 0 < int(throttled.headers["Retry-After"]) <= 15 * 60
    joined = attempt(central, good, "203.0.113.7")  # another address: the code was not used up
    assert joined.status_code == 200 and joined.json()["office_code"] == "ຊສຖ"


def test_one_offices_code_refused_again_and_again_from_many_addresses_is_throttled(central: RunningServer):
    with central.database.write() as s:
        add_office(s, "ຫຊ", "ເມືອງຫາດຊາຍຟອງ", "Hadxaifong")
        code = new_enrolment_code(s, "ຫຊ")
    taken = "dev_" + "ab" * 6
    assert attempt(central, code, "198.51.100.1", device_id=taken).status_code == 200  # a PC of the office
    # Its code is used now: every further try with it fails, from a new address each time.
    for n in range(FAILURES_PER_OFFICE):
        assert attempt(central, code, f"198.51.100.{n + 2}").status_code == 403
    refused = attempt(central, code, "198.51.100.200")
    assert refused.status_code == 429 and refused.json()["code"] == "enrolment_throttled"
    assert attempt(central, WRONG, "198.51.100.201").status_code == 403  # other offices' PCs are not held up


def test_the_throttle_forgets_failures_older_than_its_window():
    moment = [1000.0]
    throttle = EnrolThrottle(per_address=2, per_office=3, window=60.0, clock=lambda: moment[0])
    throttle.failed("a", "X")
    moment[0] += 30
    throttle.failed("a")
    with pytest.raises(Throttled) as caught:
        throttle.check("a")
    assert caught.value.seconds == 30  # when the first failure leaves the window
    moment[0] += 30
    throttle.check("a")  # the first failure is 60 s old: one left in the window
    throttle.check("b", "X")  # office X's one failure has left the window too
    for address in ("b", "c", "d"):  # three addresses, one failure each, all for office X
        throttle.failed(address, "X")
    throttle.check("e")
    with pytest.raises(Throttled):
        throttle.check("e", "X")
