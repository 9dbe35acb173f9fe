"""The check page's answer time does not tell a known code from an unknown one.

Two ways, neither with a time limit: (1) the lookup does the same work for both, counted: the same SQL statements,
in the same order, on SQLite and PostgreSQL; (2) measured over many real requests, known and unknown codes in pairs
sent at the same moment (so the machine's load hits both alike), a sign test finds no difference, even when the
lookup of a known code is made slower on purpose; and the same test does find that slowness once the fixed answer
time is taken away, so it is able to see a difference when there is one."""

from __future__ import annotations

import math
import random
import secrets
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import event

from eoffice_desktop.core.signing.printed import print_signed_letter
from eoffice_shared.signing.vcode import code_for
from sync.client.session import sync_once
from sync.server.console import check as check_page
from sync.server.console.codes import CheckAnswer, check_code
from sync.server.database import ServerDatabase
from tests.sync.conftest import RunningServer
from tests.sync.signed_office import signing_office

PAIRS = 30
ALPHA = 1e-4  # a sign test on 30 pairs: wrongly "different" once in 10,000 runs at most


def _codes(server: RunningServer, folder: Path) -> dict[str, str]:
    office = signing_office(server, folder)
    known = {
        kind: print_signed_letter(office.store, office.signed_letter(kind)).codes[-1] for kind in ("normal", "secret")
    }
    sync_once(office.store)
    office.store.close()
    return {**known, "unknown": code_for(b"no such signature")}


def _statements(database: ServerDatabase, code: str) -> tuple[CheckAnswer, list[tuple[str, int]]]:
    seen: list[tuple[str, int]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool) -> None:
        seen.append((statement, len(parameters) if parameters is not None else 0))

    event.listen(database.engine, "before_cursor_execute", record)
    try:
        with database.lookup() as s:
            answer = check_code(s, code)
    finally:
        event.remove(database.engine, "before_cursor_execute", record)
    return answer, seen


def test_known_and_unknown_codes_run_the_same_queries(central: RunningServer, tmp_path: Path) -> None:
    codes = _codes(central, tmp_path / "pc")
    found = {kind: _statements(central.database, code) for kind, code in codes.items()}
    assert [found[k][0].status for k in ("normal", "secret", "unknown")] == ["valid", "valid", "unknown"]
    work = {kind: statements for kind, (_, statements) in found.items()}
    assert work["unknown"] and work["normal"] == work["secret"] == work["unknown"]


def _sign_test(differences: list[float]) -> float:
    """Two-sided p-value that positive and negative differences are equally likely (robust: only the signs count)."""
    n = len(differences)
    fewer = min(sum(d > 0 for d in differences), sum(d < 0 for d in differences))
    return min(1.0, 2 * sum(math.comb(n, i) for i in range(fewer + 1)) / 2**n)


def _paired_times(url: str, known: str, unknown: str) -> list[float]:
    """Per pair, answer time of the known code minus the unknown one; both sent at once, in a random order, each from
    its own address (the page allows 20 checks per address)."""

    def timed(client: httpx.Client, code: str) -> float:
        address = f"10.{secrets.randbelow(250)}.{secrets.randbelow(250)}.{secrets.randbelow(250) + 1}"
        response = client.get("/check", params={"code": code}, headers={"X-Forwarded-For": address})
        assert response.status_code == 200
        return response.elapsed.total_seconds()

    def pair(_index: int) -> float:
        with httpx.Client(base_url=url, timeout=60) as client, ThreadPoolExecutor(2) as both:
            order = [known, unknown]
            random.shuffle(order)
            futures = {code: both.submit(timed, client, code) for code in order}
            return futures[known].result() - futures[unknown].result()

    with ThreadPoolExecutor(5) as pool:
        return list(pool.map(pair, range(PAIRS)))


def _slow_when_known(delay: float) -> Callable[[Any, str], CheckAnswer]:
    import time

    def looked_up(session: Any, code: str) -> CheckAnswer:
        answer = check_code(session, code)
        if answer.status != "unknown":
            time.sleep(delay)  # a lookup that leaks: more work for a code that exists
        return answer

    return looked_up


def test_answer_time_does_not_tell_known_from_unknown_codes(
    central_sqlite: RunningServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = central_sqlite
    codes = _codes(server, tmp_path / "pc")
    assert _sign_test(_paired_times(server.url, codes["normal"], codes["unknown"])) > ALPHA

    monkeypatch.setattr(check_page, "check_code", _slow_when_known(0.1))
    assert _sign_test(_paired_times(server.url, codes["normal"], codes["unknown"])) > ALPHA  # hidden by the wait

    monkeypatch.setattr(check_page, "ANSWER_SECONDS", 0.0)
    assert _sign_test(_paired_times(server.url, codes["normal"], codes["unknown"])) < ALPHA  # the test would see it
