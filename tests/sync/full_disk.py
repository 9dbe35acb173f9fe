"""A server whose disk is full, for the tests of what it refuses then: its SQLite database on a small disk of its own
(a real tmpfs, mounted as root) that another program fills, and what the server and the PC say of it."""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest
import requests

from eoffice_desktop.ui.resources import install_translation
from eoffice_desktop.ui.sync_words import error_message
from eoffice_desktop.ui.sync_worker import SyncWorker
from sync.client.errors import ServerBusy
from sync.server.database import ServerDatabase
from sync.server.errors import REASONS_LO
from tests.core.test_disk_full import small_disk
from tests.sync.conftest import RunningServer, start_server


@contextmanager
def server_on_small_disk(tmp_path: Path) -> Iterator[tuple[RunningServer, Path]]:
    """The real server over HTTP with its SQLite database on a disk of 8 MB (the disk is yielded with it), its scans
    on another; stopped at the end."""
    with small_disk(tmp_path / "disk", "8m") as disk:
        database = ServerDatabase(f"sqlite:///{disk / 'server.sqlite'}")
        running, server = start_server(database, tmp_path / "server-blobs", "sqlite")
        try:
            yield running, disk
        finally:
            server.should_exit = True
            time.sleep(0.5)
            database.dispose()


def fill_database_disk(disk: Path) -> Path:
    """The database's journal emptied into it, then another program takes every free byte of its disk: that
    program's file, removed to make room again."""
    with closing(sqlite3.connect(disk / "server.sqlite")) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    filler = disk / "filler"
    free = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize
    with open(filler, "wb") as out:
        out.write(b"\0" * free)
    return filler


def disk_failures(caplog: pytest.LogCaptureFixture) -> list[str]:
    """The server's log lines of a disk that failed."""
    return [r.getMessage() for r in caplog.records if "disk failed" in r.getMessage()]


def sync_refused_for_the_disk(worker: SyncWorker, reason: str, lao: str, qapp, qtbot, caplog) -> tuple[ServerBusy, str]:
    """A sync the server's full disk refuses: 507 `server_storage` with `reason`, told in one sentence (`lao` in
    Lao); the PC does not call itself offline and tries again after its back-off, not at once. The refusal and the
    one line the server logged of it."""
    with (
        caplog.at_level("ERROR", logger="eoffice.server"),
        qtbot.waitSignal(worker.failed, timeout=120_000) as failed,
    ):
        worker.sync_now()
    refused = failed.args[0]
    assert isinstance(refused, ServerBusy) and refused.code == "server_storage"
    assert refused.reason == reason and str(refused).count(".") == 1
    assert worker.online is not False and worker.retry_in_ms() > 20_000
    said = disk_failures(caplog)
    assert len(said) == 1, said
    install_translation(qapp, "lo")
    try:
        assert error_message(refused) == lao
    finally:
        install_translation(qapp, "en")
    return refused, said[0]


def assert_refused_for_the_disk(answer: requests.Response, reason: str) -> None:
    """The refusal as it is on the wire, for any client: 507, its code, its reason and its Lao sentence."""
    assert answer.status_code == 507
    body = answer.json()
    assert (body["code"], body["reason"], body["retry"]) == ("server_storage", reason, True)
    assert body["message_lo"] == REASONS_LO[reason]
