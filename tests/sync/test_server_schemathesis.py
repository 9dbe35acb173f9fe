"""Requests generated from the OpenAPI the server serves, with every schemathesis check (`st run --checks all`:
no server error, every answer as described, schema-valid requests accepted, schema-invalid ones refused, 405 with
`Allow` for methods a path does not take, 401 without credentials), once anonymously and once with a real device's
token. A live server on SQLite with a real enrolled office, a letter and its scan, so the requests reach the handlers.
"""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from eoffice_desktop.core.office import open_store, setup_office
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.storage.credential import load_token
from sync.client.session import enrol_pc, sync_once
from sync.server.admin import add_office, new_enrolment_code
from sync.server.ca import ServerCA
from sync.server.database import ServerDatabase
from tests.sync.conftest import RunningServer, start_server

EXAMPLES_PER_OPERATION = 15
# Bytes that meet the description but are damaged (not a bundle; a chunk that does not match its X-Chunk-SHA256; not a
# time-stamp request) are
# refused with 400: no schema can tell them apart. Everywhere else a schema-valid request must not get a 400 or 422.
CONFIG = """
[[operations]]
include-name = ["POST /v1/bundles/relay", "PUT /v1/blobs/{blob_hash}/chunks/{index}", "POST /v1/tsa"]
checks.positive_data_acceptance.expected-statuses = ["2xx", "3xx", "400", "401", "403", "404", "409", "429", "5xx"]

[[operations]]
include-name = "GET /v1/blobs/{blob_hash}"
parameters = { "path.blob_hash" = "BLOB" }
"""


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[RunningServer, str, str]]:
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
    yield running, token, "sha256:" + hashlib.sha256(scan.read_bytes()).hexdigest()
    server.should_exit = True
    time.sleep(0.2)
    database.dispose()


@pytest.mark.parametrize("credentials", ["anonymous", "device"])
def test_every_check_passes_on_generated_requests(
    live: tuple[RunningServer, str, str], credentials: str, tmp_path: Path
) -> None:
    running, token, blob = live
    config = tmp_path / "schemathesis.toml"
    config.write_text(CONFIG.replace("BLOB", blob), encoding="utf-8")
    command = [sys.executable, "-m", "schemathesis.cli", "--config-file", str(config), "--no-color", "run"]
    command += [f"{running.url}/v1/openapi.json", "--checks", "all", "--max-examples", str(EXAMPLES_PER_OPERATION)]
    command += ["--phases", "examples,coverage,fuzzing,stateful", "--workers", "1"]
    if credentials == "device":
        command += ["--header", f"Authorization: Bearer {token}"]
    run = subprocess.run(command, capture_output=True, text=True, timeout=600, cwd=tmp_path)
    assert run.returncode == 0, run.stdout[-20000:] + run.stderr[-2000:]
    counts = re.search(r"Selected: (\d+)/(\d+)\s+Tested: (\d+)", run.stdout)
    assert counts is not None and len(set(counts.groups())) == 1 and int(counts[1]) >= 17  # every operation tested
    if credentials == "device":  # the office's real file was fetched, not only names nobody sent
        assert "GET /v1/blobs/{blob_hash}" not in run.stdout, run.stdout[-5000:]
