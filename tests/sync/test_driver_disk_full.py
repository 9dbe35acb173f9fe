"""A database driver's own error of a full disk (sqlite3's "database or disk is full", with no SQLAlchemy error around
it) that reaches the server's last handler is refused like every write the full disk did not take: 507
`server_storage`, told in Lao, with the cause in the server's log, not a 500. Any other driver error is still a 500."""

from __future__ import annotations

import sqlite3
import time
from contextlib import closing
from pathlib import Path

import requests
from fastapi import FastAPI

from sync.server.database import ServerDatabase
from sync.server.errors import NOT_STORED
from tests.core.test_disk_full import small_disk
from tests.sync.conftest import start_server
from tests.sync.full_disk import assert_refused_for_the_disk, disk_failures, fill_database_disk


def test_a_drivers_full_disk_error_is_refused_as_storage_and_other_driver_errors_stay_500(
    tmp_path: Path, caplog, capfd
):  # type: ignore[no-untyped-def]
    with small_disk(tmp_path / "disk", "8m") as disk:
        database = ServerDatabase(f"sqlite:///{disk / 'server.sqlite'}")
        running, server = start_server(database, tmp_path / "server-blobs", "sqlite")
        try:
            assert isinstance(server.config.app, FastAPI)
            _refused(running.url, server.config.app, disk, caplog)
            # Answered by the handlers of database errors: not raised again once answered, as errors reaching the
            # last handler are (then logged a second time, with a traceback).
            assert "Exception in ASGI application" not in capfd.readouterr().err
        finally:
            server.should_exit = True
            time.sleep(0.5)
            database.dispose()


def _refused(url: str, app: FastAPI, disk: Path, caplog) -> None:  # type: ignore[no-untyped-def]
    """The server's database and a database of the route's own on the same disk, which another program fills."""
    scratch = disk / "scratch.sqlite"
    with closing(sqlite3.connect(scratch)) as db:
        db.execute("CREATE TABLE kept (data BLOB)")
        db.commit()
    fill_database_disk(disk)

    def write_on_the_full_disk() -> None:
        with closing(sqlite3.connect(scratch)) as db:
            db.execute("INSERT INTO kept VALUES (zeroblob(1000000))")
            db.commit()

    def write_a_read_only_database() -> None:
        with closing(sqlite3.connect(f"file:{scratch}?mode=ro", uri=True)) as db:
            db.execute("INSERT INTO kept VALUES (1)")

    app.add_api_route("/v1/test-full-disk", write_on_the_full_disk, methods=["POST"])
    app.add_api_route("/v1/test-read-only", write_a_read_only_database, methods=["POST"])

    with caplog.at_level("ERROR", logger="eoffice.server"):
        answer = requests.post(f"{url}/v1/test-full-disk", timeout=30)
    assert answer.status_code == 507, answer.text
    assert_refused_for_the_disk(answer, NOT_STORED)
    said = disk_failures(caplog)
    assert len(said) == 1 and "database or disk is full" in said[0], said

    caplog.clear()
    with caplog.at_level("ERROR", logger="eoffice.server"):
        other = requests.post(f"{url}/v1/test-read-only", timeout=30)
    assert other.status_code == 500 and other.json()["code"] == "server_error", other.text
    assert disk_failures(caplog) == []
    assert any("unexpected error on /v1/test-read-only" in r.getMessage() for r in caplog.records)
