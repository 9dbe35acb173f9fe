"""Registry number blocks and confirmations over HTTP, on SQLite and PostgreSQL: PCs asking at the same moment never
get overlapping numbers, the server continues after numbers an office already used, provisional numbers are confirmed
once and only for the office's own letters."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import requests
from sqlalchemy import func, select

from eoffice_desktop.core.office import open_store, setup_office
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.storage.credential import load_token
from eoffice_desktop.core.storage.models import Letter, NumberBlock
from eoffice_desktop.core.storage.settings import get_setting, set_setting
from sync.client.session import enrol_pc, sync_once
from sync.server.admin import add_office, new_enrolment_code


def _codes(central, office: str, count: int) -> list[str]:  # type: ignore[no-untyped-def]
    with central.database.write() as s:
        add_office(s, office, f"ຫ້ອງການ {office}", f"Office {office}")
        return [new_enrolment_code(s, office) for _ in range(count)]


def _raw_device(central, code: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """A PC of the office that only asks for numbers (its token is all it needs)."""
    answer = requests.post(f"{central.url}/v1/devices/enrol", json={"code": code, "device_name": "PC"}, timeout=10)
    assert answer.status_code == 200, answer.text
    return {"Authorization": f"Bearer {answer.json()['token']}"}


def _desktop(tmp_path: Path, name: str, office: str):  # type: ignore[no-untyped-def]
    store = open_store(tmp_path / name)
    actor = setup_office(store, office, f"ຫ້ອງການ {office}", f"Office {office}", "admin", "Admin", "password-1")
    return store, actor


def test_blocks_never_overlap_and_continue_after_numbers_already_used(central, tmp_path: Path):
    codes = _codes(central, "ນບ", 9)
    store, actor = _desktop(tmp_path, "first", "ນບ")
    for i in range(3):  # a lone PC numbered letters before it was enrolled: in:YEAR 1..3
        register_letter(store, actor, LetterForm(register_date=date.today(), sender_name="ກງ", subject=f"ກ່ອນ {i}"))
    enrol_pc(store, central.url, codes[0])
    sync_once(store)
    year = date.today().year
    with store.db.session() as s:  # enrolling gave the first PC its own block, after the office's 1..3
        held = s.scalar(select(func.max(NumberBlock.last)).where(NumberBlock.series_key == f"in:{year}"))
    assert held is not None and held > 3
    devices = [_raw_device(central, code) for code in codes[1:]]
    blocks: list[tuple[int, int]] = []
    failures: list[str] = []

    def ask(headers: dict[str, str]) -> None:
        answer = requests.post(
            f"{central.url}/v1/numbers/blocks",
            json={"series": [{"series_key": f"in:{year}", "count": 20}, {"series_key": f"out:{year}", "count": 5}]},
            headers=headers,
            timeout=30,
        )
        if answer.status_code != 200:
            failures.append(answer.text)
            return
        for block in answer.json()["blocks"]:
            if block["series_key"] == f"in:{year}":
                blocks.append((block["first"], block["last"]))

    threads = [threading.Thread(target=ask, args=(headers,)) for headers in devices]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    numbers = sorted(n for first, last in blocks for n in range(first, last + 1))
    assert numbers == list(range(held + 1, held + 1 + 20 * len(devices)))  # no overlap, no gap, after the first PC
    # A PC that kept a paper register up to 500 continues after it; the next PC continues after that.
    answer = requests.post(
        f"{central.url}/v1/numbers/blocks",
        json={"series": [{"series_key": f"in:{year}", "count": 10, "highest_used": 500}]},
        headers=devices[0],
        timeout=10,
    ).json()
    assert answer["blocks"] == [{"series_key": f"in:{year}", "first": 501, "last": 510}]
    # Another office's series is its own.
    other = _codes(central, "ອນ", 1)
    answer = requests.post(
        f"{central.url}/v1/numbers/blocks",
        json={"series": [{"series_key": f"in:{year}", "count": 10}]},
        headers=_raw_device(central, other[0]),
        timeout=10,
    ).json()
    assert answer["blocks"][0]["first"] == 1
    for bad in ({"series": []}, {"series": [{"series_key": "everything", "count": 5}]}, {"series": [{"count": 0}]}):
        refused = requests.post(f"{central.url}/v1/numbers/blocks", json=bad, headers=devices[0], timeout=10)
        assert refused.status_code == 422 and refused.json()["message_lo"]
    store.close()


def test_provisional_numbers_are_confirmed_once_and_only_for_the_owner(central, tmp_path: Path):
    codes = _codes(central, "ຊົ່ວ", 1)
    other_codes = _codes(central, "ຕ່າງ", 1)
    store, actor = _desktop(tmp_path, "pc", "ຊົ່ວ")
    with store.db.write() as s:
        set_setting(s, "numbering.server_blocks", "yes")  # an enrolled PC with no block left, working offline
    letters = [
        register_letter(store, actor, LetterForm(register_date=date.today(), sender_name="ກງ", subject=f"ໄລຍະ {i}"))
        for i in range(2)
    ]
    with store.db.session() as s:
        assert get_setting(s, "numbering.server_blocks") == "yes"
    enrol_pc(store, central.url, codes[0])
    sync_once(store)
    headers = {"Authorization": f"Bearer {_token(store)}"}
    series = f"in:{date.today().year}"
    ask = {"letters": [{"letter_id": letter.letter_id, "series_key": series} for letter in letters]}
    first = requests.post(f"{central.url}/v1/numbers/confirm", json=ask, headers=headers, timeout=10).json()
    assert [r["status"] for r in first["results"]] == ["confirmed", "confirmed"]
    with store.db.session() as s:  # the sync already asked, and the letters carry the numbers it was given
        final = [s.get(Letter, letter.letter_id) for letter in letters]
    assert [r["seq"] for r in first["results"]] == [letter.registry_seq for letter in final if letter is not None]
    again = requests.post(f"{central.url}/v1/numbers/confirm", json=ask, headers=headers, timeout=10).json()
    assert again["results"] == first["results"]  # a lost answer asked again gives the same numbers
    answers: list[requests.Response] = []
    retries = [
        threading.Thread(
            target=lambda: answers.append(
                requests.post(f"{central.url}/v1/numbers/confirm", json=ask, headers=headers, timeout=30)
            )
        )
        for _ in range(4)
    ]
    for thread in retries:  # a PC whose answers were lost retrying at the same moment
        thread.start()
    for thread in retries:
        thread.join()
    assert [a.status_code for a in answers] == [200] * 4
    assert all(a.json()["results"] == first["results"] for a in answers)
    block = requests.post(
        f"{central.url}/v1/numbers/blocks", json={"series": [{"series_key": series}]}, headers=headers, timeout=10
    ).json()
    seqs = [r["seq"] for r in first["results"]]
    assert block["blocks"][0]["first"] == max(seqs) + 1  # confirmed numbers are taken from the same series
    stranger = _raw_device(central, other_codes[0])
    foreign = requests.post(f"{central.url}/v1/numbers/confirm", json=ask, headers=stranger, timeout=10).json()
    unknown = requests.post(
        f"{central.url}/v1/numbers/confirm",
        json={"letters": [{"letter_id": "0" * 8 + "-0000-7000-8000-" + "0" * 12, "series_key": series}]},
        headers=headers,
        timeout=10,
    ).json()
    assert [r["status"] for r in foreign["results"]] == ["refused", "refused"]
    assert foreign["results"][0]["reason"] == unknown["results"][0]["reason"]  # nothing to learn by guessing
    store.close()


def _token(store) -> str:  # type: ignore[no-untyped-def]
    with store.db.session() as s:
        return load_token(store.data_dir, s)
