"""`eoffice-server serve` started as IT staff start it, in its own process (with `--workers N`, several): for tests
of what the server's processes must agree on (a revoked PC, the enrolment throttle), and of a server killed with
SIGKILL and started again."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import requests

from tests.sync.conftest import _drop_postgres, _free_port, _postgres_database

ROOT = Path(__file__).resolve().parents[2]


@contextmanager
def served(data_dir: Path, database_url: str, workers: int = 1) -> Iterator[str]:
    """The server's URL while it runs (every worker started); stopped afterwards."""
    port = _free_port()
    command = [sys.executable, "-m", "sync.server.cli", "--data-dir", str(data_dir), "--database", database_url]
    command += ["serve", "--port", str(port), "--workers", str(workers)]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120  # a cold start imports a lot; a busy shared machine makes it slow
        while True:
            if process.poll() is not None:
                raise AssertionError(f"the server stopped at start (exit code {process.returncode})")
            try:
                if requests.get(url + "/v1/health", timeout=2).status_code == 200:
                    break
            except requests.RequestException:
                pass
            if time.monotonic() > deadline:
                raise AssertionError("the server did not start")
            time.sleep(0.1)
        if workers > 1:
            time.sleep(2.0)  # the other workers finish starting (they share the port)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(params=["sqlite", "postgres"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A new server database's URL, SQLite and PostgreSQL (skipped without EOFFICE_TEST_PG_URL), for `served`."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'server.sqlite'}"
        return
    url, name = _postgres_database()
    try:
        yield url
    finally:
        _drop_postgres(name)


class ServerProcess:
    """`eoffice-server serve` as its own process on a fixed port, so it can be killed with SIGKILL and restarted."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir, self.port = data_dir, _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, log: Path | None = None) -> None:
        """Started and answering; its log (JSON lines on standard error) goes to the end of `log` when given."""
        command = [sys.executable, "-m", "sync.server.cli", "--data-dir", str(self.data_dir), "serve"]
        if log is None:
            self.process = subprocess.Popen([*command, "--port", str(self.port)], stderr=subprocess.DEVNULL)
        else:
            with open(log, "ab") as written:
                self.process = subprocess.Popen([*command, "--port", str(self.port)], stderr=written)
        deadline = time.monotonic() + 90  # a cold start imports a lot; a busy shared machine makes it slow
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"the server stopped at start (exit code {self.process.returncode})")
            try:
                if requests.get(self.url + "/v1/health", timeout=1).status_code == 200:
                    return
            except requests.RequestException:
                time.sleep(0.05)
        raise AssertionError("the server did not start")

    def kill(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()
