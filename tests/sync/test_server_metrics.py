"""The server's counters answer only the network their operators chose, or their token: a request that reaches the
server from elsewhere (directly, or through a reverse proxy that passes the client's address) is refused."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import requests
import uvicorn

from sync.server.app import create_app
from sync.server.database import ServerDatabase
from sync.server.metrics_access import MetricsAccess
from tests.sync.conftest import _free_port

TOKEN = "monitoring-token-4f1c"


@contextmanager
def _server(tmp_path: Path, access: MetricsAccess) -> Iterator[str]:
    database = ServerDatabase(f"sqlite:///{tmp_path / 'server.sqlite'}")
    database.migrate()
    port = _free_port()
    app = create_app(database, tmp_path / "blobs", metrics_access=access)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}/v1/metrics"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        database.dispose()


def _status(url: str, client: str | None = None, token: str | None = None) -> int:
    headers = {}
    if client is not None:  # as the reverse proxy of docs/deploy.md passes it (uvicorn trusts 127.0.0.1's word)
        headers["X-Forwarded-For"] = client
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    answer = requests.get(url, headers=headers, timeout=10)
    if answer.status_code != 200:
        assert answer.json()["code"] == "metrics_refused" and answer.json()["message_lo"]
    return answer.status_code


@pytest.mark.parametrize(
    ("reachable_from", "expected"),
    [
        ("loopback", {"here": 200, "office network": 403, "internet": 403}),
        ("local-network", {"here": 200, "office network": 200, "internet": 403}),
        ("token-only", {"here": 403, "office network": 403, "internet": 403}),
    ],
)
def test_metrics_answer_only_the_chosen_network_or_the_token(tmp_path: Path, reachable_from: str, expected: dict):
    with _server(tmp_path, MetricsAccess(reachable_from, TOKEN)) as url:
        clients = {"here": None, "office network": "192.168.10.23", "internet": "203.0.113.9"}
        assert {name: _status(url, client) for name, client in clients.items()} == expected
        assert _status(url, "203.0.113.9", TOKEN) == 200
        assert _status(url, "203.0.113.9", "wrong-token") == 403


def test_without_a_token_the_token_opens_nothing(tmp_path: Path):
    with _server(tmp_path, MetricsAccess("loopback")) as url:
        assert _status(url, "203.0.113.9", "") == 403 and _status(url, "203.0.113.9", "None") == 403
