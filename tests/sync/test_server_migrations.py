"""`eoffice-server migrate`: Alembic migrations for the server's database, on SQLite and PostgreSQL; a database made
before the server had migrations is taken over without losing anything; the migrations equal the models."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

import sync.server.console.tables  # noqa: F401  (the console's tables join Base.metadata)
from sync.server.cli import main as server_cli
from sync.server.database import FIRST_REVISION, ServerDatabase, alembic_config
from sync.server.directory import current_version
from sync.server.models import Base, Meta, OfficeHistory, ServerOffice
from tests.sync.conftest import _drop_postgres, _postgres_database

HEAD = "0008"


@pytest.fixture(params=["sqlite", "postgres"])
def url(request: pytest.FixtureRequest, tmp_path: Path):  # type: ignore[no-untyped-def]
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'server.sqlite'}"
        return
    found, name = _postgres_database()
    yield found
    _drop_postgres(name)


def test_migrations_build_the_schema_the_models_describe(url: str):
    database = ServerDatabase(url)
    failures: list[BaseException] = []

    def start() -> None:
        try:
            database.migrate()
        except BaseException as exc:  # noqa: BLE001 - reported below
            failures.append(exc)

    starts = [threading.Thread(target=start) for _ in range(3)]  # several processes starting at once
    for thread in starts:
        thread.start()
    for thread in starts:
        thread.join()
    assert failures == []
    epoch = database.migrate()
    assert database.revision() == HEAD and epoch == database.epoch() and len(epoch) == 16
    with database.engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert differences == []
    database.dispose()


def test_a_database_from_before_migrations_is_taken_over_with_its_data(url: str):
    database = ServerDatabase(url)
    # The schema of the first revision, as `migrate` made it before the server had migrations (no Alembic table).
    command.upgrade(alembic_config(database.engine), FIRST_REVISION)
    with database.engine.begin() as conn:
        conn.exec_driver_sql("DROP TABLE alembic_version")
    with database.write() as s:  # the old schema's columns, as that version wrote them
        s.add(Meta(key="epoch", value="0123456789abcdef"))
        s.execute(
            text(
                "INSERT INTO offices (id, code, name_lo, name_en, province) "
                "VALUES ('off_1', 'ເກົ່າ', 'ຫ້ອງການເກົ່າ', '', '')"
            )
        )
    assert database.migrate() == "0123456789abcdef"  # same epoch: devices need not re-send anything
    assert {"number_series", "number_blocks", "certificates"} <= set(inspect(database.engine).get_table_names())
    with database.read() as s:
        office = s.query(ServerOffice).one()
        assert (office.code, office.kind, office.status, office.version) == ("ເກົ່າ", "other", "active", 1)
        assert current_version(s) == 1  # every PC fetches it with its first directory sync
        assert s.query(OfficeHistory).one().action == "added"
    assert database.revision() == HEAD
    database.dispose()


def test_the_migrate_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    os.environ.pop("EOFFICE_SERVER_DB", None)
    assert server_cli(["--data-dir", str(tmp_path / "srv"), "migrate"]) == 0
    assert f"schema revision {HEAD}" in capsys.readouterr().out
    assert (tmp_path / "srv" / "server.sqlite").exists()
    assert server_cli(["--data-dir", str(tmp_path / "srv"), "migrate"]) == 0  # again: nothing to do, no error
