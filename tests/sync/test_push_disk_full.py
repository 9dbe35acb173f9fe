"""A PC's changes pushed to a server whose database disk is full (a real full disk: a small tmpfs, mounted as root,
holding the server's SQLite database): the push is refused with 507 `server_storage` (not 500), the cause is in the
server's log, nothing of the push is stored, the PC says so in its own words (Lao), stays online and tries again after
its back-off; once there is room the same events are stored, each exactly once. Every other route that writes
(enrolment here) is refused the same way, by the same handler. PostgreSQL's disk_full and io_error are told apart by
their codes, as psycopg gives them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import psycopg
import pytest
import requests
from sqlalchemy import func, select, text
from sqlalchemy.exc import OperationalError

from eoffice_desktop.core.office import open_store, setup_office
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.replication import outbox
from eoffice_desktop.core.storage.credential import load_token
from eoffice_desktop.ui.sync_words import error_message
from eoffice_desktop.ui.sync_worker import SyncWorker
from sync.client.backoff import Backoff
from sync.client.errors import ServerBusy
from sync.client.http import HttpTransport
from sync.client.session import enrol_pc
from sync.server.admin import add_office, new_enrolment_code
from sync.server.database import ServerDatabase, disk_failed
from sync.server.errors import NOT_STORED, storage_refusal
from sync.server.models import StoredEvent
from tests.sync.conftest import RunningServer
from tests.sync.full_disk import (
    assert_refused_for_the_disk,
    disk_failures,
    fill_database_disk,
    server_on_small_disk,
    sync_refused_for_the_disk,
)

LAO = (
    "ດິສກ໌ຂອງເຊີບເວີເຕັມ ຫຼື ມີບັນຫາ ສະນັ້ນສິ່ງທີ່ຄອມພິວເຕີນີ້ສົ່ງໄປຈຶ່ງບໍ່ໄດ້ຖືກເກັບ (ບໍ່ມີຫຍັງຖືກເກັບໄວ້ເຄິ່ງໆ). "
    "ກະລຸນາໃຫ້ພະນັກງານໄອທີຂອງເຊີບເວີ ເຮັດໃຫ້ມີບ່ອນຫວ່າງ ຫຼື ແປງດິສກ໌; ການຊິ້ງຈະສົ່ງໃໝ່ເອງພາຍຫຼັງ."
)


def _stored(database: ServerDatabase, device_id: str) -> tuple[int, int]:
    """How many events of this PC the server holds, and how many different ids among them."""
    with database.read() as s:
        rows = s.execute(
            select(func.count(), func.count(func.distinct(StoredEvent.id))).where(StoredEvent.device_id == device_id)
        ).one()
    return int(rows[0]), int(rows[1])


def test_a_push_the_servers_full_database_disk_refuses_stores_nothing_and_every_event_once_later(
    tmp_path: Path, qapp, qtbot, caplog
):
    with server_on_small_disk(tmp_path) as (running, disk):
        database = running.database
        with database.write() as s:
            add_office(s, "ຊສຖ", "ເມືອງໄຊເສດຖາ", "Xaysetha", "")
            enrolment, spare = new_enrolment_code(s, "ຊສຖ"), new_enrolment_code(s, "ຊສຖ")
        store = open_store(tmp_path / "office")
        actor = setup_office(store, "ຊສຖ", "ເມືອງໄຊເສດຖາ", "Xaysetha", "admin", "Admin", "password-1")
        enrol_pc(store, running.url, enrolment)
        for n in range(5):
            form = LetterForm(register_date=date.today(), sender_name="ກະຊວງ", subject=f"ລາຍງານ {n}")
            register_letter(store, actor, form)
        with store.db.session() as s:
            token = str(load_token(store.data_dir, s))
            batch = outbox(s, store.device_id, max_bytes=10**7)
        assert len(batch) > 5
        worker = SyncWorker(store, backoff=Backoff(base=60.0, cap=120.0), change_delay_ms=60_000)
        try:
            filler = fill_database_disk(disk)
            refused, said = sync_refused_for_the_disk(worker, NOT_STORED, LAO, qapp, qtbot, caplog)
            assert "POST /v1/push" in said and "full" in said
            assert error_message(refused).startswith("The server's disk is full or failing, so what this PC sent")
            assert _stored(database, store.device_id) == (0, 0)  # the push's transaction was rolled back whole

            # The refusal as it is on the wire, for any client; and any other route that writes answers the same.
            transport = HttpTransport(running.url, token)
            answer = requests.post(
                f"{running.url}/v1/push",
                json={"events": [e.to_dict() for e in batch]},
                headers=transport.headers(),
                timeout=60,
            )
            assert_refused_for_the_disk(answer, NOT_STORED)
            with pytest.raises(ServerBusy) as enrolling:
                HttpTransport(running.url).enrol(spare, "ພະແນກ 2", "1.0", None, None)
            assert (enrolling.value.code, enrolling.value.reason) == ("server_storage", NOT_STORED)
            assert _stored(database, store.device_id) == (0, 0)

            filler.unlink()  # IT staff free space: the same push stores every event, once; again, none twice
            first = transport.push(batch)
            assert len(first.stored) == len(batch) and not first.rejected
            again = transport.push(batch)
            assert len(again.stored) == len(batch) and not again.rejected  # (each a duplicate: acknowledged again)
            assert _stored(database, store.device_id) == (len(batch), len(batch))
            with qtbot.waitSignal(worker.finished, timeout=120_000):
                worker.sync_now()
            with store.db.session() as s:
                assert outbox(s, store.device_id) == []
            assert _stored(database, store.device_id) == (len(batch), len(batch))
            HttpTransport(running.url).enrol(spare, "ພະແນກ 2", "1.0", None, None)  # the code was not used up
        finally:
            worker.stop()
            store.close()


DISK_FULL_ON_INSERT = """
CREATE FUNCTION disk_full() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'could not extend file "base/16384/16385": No space left on device' USING ERRCODE = 'disk_full';
END $$ LANGUAGE plpgsql;
CREATE TRIGGER disk_full BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION disk_full();
"""


def test_a_push_postgresql_refuses_for_a_full_disk_is_507_and_stored_once_later(
    central: RunningServer, tmp_path: Path, caplog
):
    """PostgreSQL answers a push with its own disk_full (53100), as it does when it cannot extend a table's file (a
    real PostgreSQL cannot be put on a small disk here: the error is raised by the database itself, from a trigger,
    with that code): 507 `server_storage`, the cause logged, the push's other writes rolled back; once the disk has
    room, the same push stores each event once."""
    if central.backend != "postgres":
        pytest.skip("SQLite's full disk is a real one: the test above")
    with central.database.write() as s:
        add_office(s, "ຊສຖ", "ເມືອງໄຊເສດຖາ", "Xaysetha", "")
        enrolment = new_enrolment_code(s, "ຊສຖ")
    store = open_store(tmp_path / "office")
    actor = setup_office(store, "ຊສຖ", "ເມືອງໄຊເສດຖາ", "Xaysetha", "admin", "Admin", "password-1")
    enrol_pc(store, central.url, enrolment)
    register_letter(store, actor, LetterForm(register_date=date.today(), sender_name="ກະຊວງ", subject="ລາຍງານ"))
    with store.db.session() as s:
        transport = HttpTransport(central.url, str(load_token(store.data_dir, s)))
        batch = outbox(s, store.device_id, max_bytes=10**7)
    with central.database.write() as s:
        s.execute(text(DISK_FULL_ON_INSERT))
    try:
        with caplog.at_level("ERROR", logger="eoffice.server"), pytest.raises(ServerBusy) as full:
            transport.push(batch)
        assert (full.value.code, full.value.reason) == ("server_storage", NOT_STORED)
        said = disk_failures(caplog)
        assert len(said) == 1 and "POST /v1/push" in said[0] and "No space left on device" in said[0]
        assert _stored(central.database, store.device_id) == (0, 0)
    finally:
        with central.database.write() as s:
            s.execute(text("DROP TRIGGER disk_full ON events; DROP FUNCTION disk_full()"))
    first = transport.push(batch)
    assert len(first.stored) == len(batch) and not first.rejected
    assert len(transport.push(batch).stored) == len(batch)
    assert _stored(central.database, store.device_id) == (len(batch), len(batch))
    store.close()


@pytest.mark.parametrize(
    ("error", "storage"),
    [
        (psycopg.errors.DiskFull, True),
        (psycopg.errors.IoError, True),
        (psycopg.errors.UniqueViolation, False),
        (psycopg.errors.AdminShutdown, False),
    ],
)
def test_postgresqls_disk_errors_are_told_by_their_code(error: type[psycopg.Error], storage: bool):
    """PostgreSQL on a full disk (53100 disk_full) or a failing one (58030 io_error), as psycopg raises them under
    SQLAlchemy: the same 507 as SQLite's SQLITE_FULL; anything else stays the server's problem (500)."""
    wrapped = OperationalError("INSERT INTO events ...", {}, error("could not extend file: No space left on device"))
    assert disk_failed(wrapped) is storage
    refusal = storage_refusal(wrapped, "POST", "/v1/push")
    assert (refusal is not None) is storage
    if refusal is not None:
        assert (refusal.status, refusal.code, refusal.reason) == (507, "server_storage", NOT_STORED) and refusal.retry
