"""Requests generated from the OpenAPI the server serves: no input gives a 500, every refusal is the protocol's JSON
error. A live server on SQLite with a real enrolled office and device token, so the requests reach the handlers."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.specs.openapi.checks import ignored_auth, positive_data_acceptance

from eoffice_desktop.core.credential import load_token
from eoffice_desktop.core.letterform import LetterForm
from eoffice_desktop.core.office import open_store, setup_office
from eoffice_desktop.core.registry import register_letter
from sync.client.session import enrol_pc, sync_once
from sync.server.admin import add_office, new_enrolment_code
from sync.server.ca import ServerCA
from sync.server.database import ServerDatabase
from tests.sync.conftest import RunningServer, start_server

EXAMPLES_PER_OPERATION = 25


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[RunningServer, str]]:
    root = Path(tmp_path_factory.mktemp("schema"))
    database = ServerDatabase(f"sqlite:///{root / 'server.sqlite'}")
    running, server = start_server(database, root / "blobs", "sqlite")
    ServerCA.create(root, "ທົດລອງ CA")
    with database.write() as s:
        add_office(s, "ທດ", "ຫ້ອງການທົດລອງ", "Test office")
        code = new_enrolment_code(s, "ທດ")
    store = open_store(root / "pc")
    actor = setup_office(store, "ທດ", "ຫ້ອງການທົດລອງ", "Test office", "admin", "Admin", "password-1")
    scan = root / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 test scan\n" * 2000)
    register_letter(
        store, actor, LetterForm(register_date=date.today(), sender_name="ກງ", subject="ທົດລອງ", attachments=[scan])
    )
    enrol_pc(store, running.url, code)
    sync_once(store)
    with store.db.session() as s:
        token = load_token(store.data_dir, s)
    store.close()
    yield running, token
    server.should_exit = True
    time.sleep(0.2)
    database.dispose()


def test_no_generated_request_gets_a_500_or_a_bare_error(live: tuple[RunningServer, str]) -> None:
    running, token = live
    schema = schemathesis.openapi.from_url(f"{running.url}/v1/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 15
    headers = {"Authorization": f"Bearer {token}"}
    ran: Counter[GenerationMode] = Counter()
    cases = [(operation, mode) for operation in operations for mode in GenerationMode]
    for operation, mode in cases:  # valid requests, and requests that break the schema on purpose

        @given(case=operation.as_strategy(mode))
        @settings(
            max_examples=EXAMPLES_PER_OPERATION,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            database=None,
        )
        def check(case: schemathesis.Case) -> None:
            response = case.call(headers=headers, timeout=30)
            assert response.status_code < 500, (case.method, case.path, response.status_code, response.text[:300])
            if response.status_code >= 400:
                body = response.json()
                assert {"code", "message_en", "message_lo", "retry"} <= set(body) and body["protocol"] == 1
            # The token is sent on purpose so the requests reach the handlers (authentication has its own tests);
            # bodies that are valid by the schema may still be refused by the server's own checks (a wrong hash).
            case.validate_response(response, excluded_checks=[ignored_auth, positive_data_acceptance])

        try:
            check()
            ran[mode] += 1
        except Unsatisfiable:
            assert mode is GenerationMode.NEGATIVE  # an operation without inputs has no invalid form
    assert ran[GenerationMode.POSITIVE] == len(operations) and ran[GenerationMode.NEGATIVE] >= 10
