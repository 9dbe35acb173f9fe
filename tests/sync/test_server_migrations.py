"""`eoffice-server migrate`: Alembic migrations for the server's database, on SQLite and PostgreSQL; a database made
before the server had migrations is taken over without losing anything; the migrations equal the models."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.orm import Session

import sync.server.console.tables  # noqa: F401  (the console's tables join Base.metadata)
from sync.server.admin import now
from sync.server.bulk import as_list, run_sql
from sync.server.cli import main as server_cli
from sync.server.database import FIRST_REVISION, ServerDatabase, alembic_config
from sync.server.directory import current_version
from sync.server.models import Base, Meta, OfficeHistory, ServerOffice
from sync.server.push import KNOWN_EVENTS
from sync.server.relays import SENT_ON_TO, SENT_ON_UNSEEN
from tests.sync.conftest import _drop_postgres, _postgres_database

HEAD = "0017"


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


def _plan(database: ServerDatabase, sql: str) -> str:
    """The database's plan for `sql` (PostgreSQL told to avoid whole-table scans wherever an index can serve: the
    tables of a test are too small for its planner to prefer any index)."""
    with database.engine.connect() as conn:
        if database.sqlite:
            return " ".join(str(row[-1]) for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}"))
        conn.exec_driver_sql("SET enable_seqscan = off")
        return " ".join(str(row[0]) for row in conn.exec_driver_sql(f"EXPLAIN {sql}"))


def test_0009_finds_a_pcs_held_events_by_their_own_index(url: str):
    """Before 0009 a push found the PC's held events by reading all of that PC's events; 0009 adds a partial index
    of held events, kept by the migration for events stored before it, and drops the feed's second copy of its
    primary key."""
    database = ServerDatabase(url)
    database.migrate()
    config = alembic_config(database.engine)
    command.downgrade(config, "0008")
    assert "ix_events_held" not in {ix["name"] for ix in inspect(database.engine).get_indexes("events")}
    assert "ix_feed_office_pos" in {ix["name"] for ix in inspect(database.engine).get_indexes("feed")}
    rows = [(n, n == 3) for n in (1, 2, 3)]  # dev_seq 3 arrived before 2 could fill its gap: held
    with database.write() as s:
        for dev_seq, held in rows:
            s.execute(
                text(
                    "INSERT INTO events (id, office_id, device_id, dev_seq, type, hash, body, held, received_at) "
                    "VALUES (:id, 'off_1', 'dev_a', :seq, 'letter.registered', 'h', '{}', :held, :at)"
                ),
                {"id": f"00000000-0000-0000-0000-00000000000{dev_seq}", "seq": dev_seq, "held": held, "at": now()},
            )
    command.upgrade(config, "head")
    assert database.revision() == HEAD
    assert "ix_events_held" in {ix["name"] for ix in inspect(database.engine).get_indexes("events")}
    # The feed's index that repeated its primary key is gone; a page of a feed is read by the primary key.
    assert "ix_feed_office_pos" not in {ix["name"] for ix in inspect(database.engine).get_indexes("feed")}
    page = "SELECT pos FROM feed WHERE office_id = 'off_1' AND pos > 5 ORDER BY pos LIMIT 10"
    primary_key = "sqlite_autoindex_feed_1" if database.sqlite else "feed_pkey"
    assert f"INDEX {primary_key}" in _plan(database, page) or f"using {primary_key}" in _plan(database, page)
    assert "ix_events_held" in _plan(database, "SELECT seq FROM events WHERE device_id = 'dev_a' AND held")
    with database.write() as s:  # the push's own query finds the held event by it, besides the batch's neighbours
        found = run_sql(s, KNOWN_EVENTS, (as_list(["nothing"]), "dev_a", 0, 1, "dev_a"))
    assert sorted((dev_seq, bool(held)) for _seq, _id, _dev, dev_seq, _hash, held, _refused in found) == [
        (1, False),
        (3, True),
    ]
    database.dispose()


def test_0010_learns_which_office_gave_each_office_its_files(url: str):
    """Access to a file granted before 0010 learns its reason from the events: an office that named the file in an
    event of its own uploaded it itself; another office got it from the first office that named it."""
    database = ServerDatabase(url)
    database.migrate()
    config = alembic_config(database.engine)
    command.downgrade(config, "0009")
    scan, other = "sha256:" + "a" * 64, "sha256:" + "b" * 64
    events = [
        (1, "off_a", json.dumps({"blobs": [scan]}), False),  # office A sent the scan (and uploaded it)
        (2, "off_c", json.dumps({"blobs": [scan]}), True),  # a held event proves nothing yet
        (3, "off_b", json.dumps({"blobs": [other]}), False),
    ]
    with database.write() as s:
        for dev_seq, office, body, held in events:
            s.execute(
                text(
                    "INSERT INTO events (id, office_id, device_id, dev_seq, type, hash, body, held, received_at) "
                    "VALUES (:id, :office, 'dev_a', :seq, 'letter.attachment_added', 'h', :body, :held, :at)"
                ),
                {
                    "id": f"00000000-0000-0000-0000-00000000000{dev_seq}",
                    "office": office,
                    "seq": dev_seq,
                    "body": body,
                    "held": held,
                    "at": now(),
                },
            )
        # The events are read a batch at a time: more events than a batch, then some naming the files again.
        filler = "sha256:" + "f" * 64
        later = [(n, "off_z", [filler]) for n in range(4, 5010)] + [
            (5010, "off_d", [scan]),  # office D names the scan itself, only in a later batch
            (5011, "off_a", [scan]),  # office A again: its first naming counts
            (5012, "off_z", [other, scan]),
        ]
        s.execute(
            text(
                "INSERT INTO events (id, office_id, device_id, dev_seq, type, hash, body, held, received_at) "
                "VALUES (:id, :office, 'dev_z', :seq, 'letter.attachment_added', 'h', :body, false, :at)"
            ),
            [
                {"id": f"00000000-0000-0000-0001-{n:012d}", "office": o, "seq": n, "body": json.dumps({"blobs": b})}
                | {"at": now()}
                for n, o, b in later
            ],
        )
        access = [(scan, "off_a"), (scan, "off_b"), (scan, "off_c"), (other, "off_b"), (scan, "off_d")]
        for blob_hash, office in access + [(filler, "off_a"), (filler, "off_z"), (other, "off_e")]:
            s.execute(text("INSERT INTO blob_access (hash, office_id) VALUES (:h, :o)"), {"h": blob_hash, "o": office})
    command.upgrade(config, "head")
    with database.read() as s:
        via = {(h, o): v for h, o, v in s.execute(text("SELECT hash, office_id, via_office FROM blob_access"))}
        assert "migration_0010_named" not in inspect(database.engine).get_table_names()
    assert via == {
        (scan, "off_a"): "off_a",
        (scan, "off_b"): "off_a",
        (scan, "off_c"): "off_a",
        (other, "off_b"): "off_b",
        (scan, "off_d"): "off_d",
        (filler, "off_a"): "off_z",
        (filler, "off_z"): "off_z",
        (other, "off_e"): "off_b",
    }
    database.dispose()


def test_0017_counts_the_files_each_office_sent_itself(url: str):
    """The bound of files an office keeps counts from 0017 on: what each office uploaded itself before (not what it
    may read from other offices' letters) is counted once by the migration."""
    database = ServerDatabase(url)
    database.migrate()
    config = alembic_config(database.engine)
    command.downgrade(config, "0016")
    files = {"sha256:" + c * 64: size for c, size in (("a", 1000), ("b", 250), ("c", 7))}
    access = [("a", "off_a", "off_a"), ("b", "off_a", "off_a"), ("a", "off_b", "off_a"), ("c", "off_b", "off_b")]
    access.append(("c", "off_c", None))  # granted before 0010: not known to be its own
    with database.write() as s:
        for blob_hash, size in files.items():
            s.execute(
                text("INSERT INTO blobs (hash, size, complete, created_at) VALUES (:h, :s, true, :at)"),
                {"h": blob_hash, "s": size, "at": now()},
            )
        for c, office, via in access:
            s.execute(
                text("INSERT INTO blob_access (hash, office_id, via_office) VALUES (:h, :o, :v)"),
                {"h": "sha256:" + c * 64, "o": office, "v": via},
            )
    command.upgrade(config, "head")
    with database.read() as s:
        counted = {o: (f, b) for o, f, b in s.execute(text("SELECT office_id, files, bytes FROM office_files"))}
    assert counted == {"off_a": (2, 1250), "off_b": (1, 7)}
    database.dispose()


def test_0012_keeps_the_readings_and_never_gives_a_reading_s_position_again(url: str):
    """Before 0012 SQLite gave the position of the newest reading again once it was replaced (deleted, then a new
    row): 0012 makes the table again with AUTOINCREMENT, keeping its rows."""
    database = ServerDatabase(url)
    database.migrate()
    command.downgrade(alembic_config(database.engine), "0011")
    row = (
        "INSERT INTO scan_texts (hash, page, office_id, device_id, pages, reader, source, confidence, text, "
        "other_text, pushed_at) VALUES (:hash, :page, 'off_1', 'dev_a', 2, 1, 'ocr', 80.0, :text, '', :at)"
    )
    with database.write() as s:
        for page in (0, 1):
            s.execute(text(row), {"hash": "sha256:" + "a" * 64, "page": page, "text": f"page {page}", "at": now()})
    database.migrate()
    assert database.revision() == HEAD
    with database.write() as s:
        kept = s.execute(text("SELECT seq, page, text FROM scan_texts ORDER BY seq")).all()
        assert [(page, words) for _seq, page, words in kept] == [(0, "page 0"), (1, "page 1")]
        newest = kept[-1][0]
        s.execute(text("DELETE FROM scan_texts WHERE seq = :seq"), {"seq": newest})  # page 1 read again
        s.execute(text(row), {"hash": "sha256:" + "a" * 64, "page": 1, "text": "page 1 again", "at": now()})
        assert s.execute(text("SELECT max(seq) FROM scan_texts")).scalar_one() > newest
    database.dispose()


def _offices(s: Session, *offices: tuple[str, str]) -> None:
    """Offices on the server: (the server's id, the id their events carry)."""
    for office, event_id in offices:
        s.execute(
            text(
                "INSERT INTO offices (id, code, name_lo, name_en, province, event_office_id, kind, status, version) "
                "VALUES (:id, :id, :id, '', '', :ev, 'other', 'active', 0)"
            ),
            {"id": office, "ev": event_id},
        )


def _access(s: Session, rows: list[tuple[str, str, bool]]) -> None:
    for letter, office, owner in rows:
        s.execute(
            text("INSERT INTO letter_access (letter_id, office_id, owner) VALUES (:l, :o, :w)"),
            {"l": letter, "o": office, "w": owner},
        )


def _stored_events(s: Session, events: list[tuple[str, str, str, dict[str, str], bool, str | None]]) -> None:
    """Events stored by an earlier revision: (office, type, letter, payload, held, refused code)."""
    for n, (office, type_, letter, payload, held, refused) in enumerate(events, start=1):
        s.execute(
            text(
                "INSERT INTO events (id, office_id, device_id, dev_seq, type, letter_id, hash, body, held, refused, "
                "received_at) VALUES (:id, :o, :o, :n, :t, :l, 'h', :body, :held, :refused, :at)"
            ),
            {
                "id": f"00000000-0000-0000-0000-{n:012}",
                "o": office,
                "n": n,
                "t": type_,
                "l": letter,
                "body": json.dumps({"type": type_, "payload": payload}, sort_keys=True, separators=(",", ":")),
                "held": held,
                "refused": refused,
                "at": now(),
            },
        )


def test_0013_learns_which_offices_reported_on_each_office_s_letters(url: str):
    """Receipts and reports stored before 0013 are learnt, so a report an honest PC relays after it is taken: an
    office's own on another office's letter, and one relayed about an office further down (by the server's id of
    the office its events name); a refused or held one, or one on the office's own letter, is not."""
    database = ServerDatabase(url)
    database.migrate()
    config = alembic_config(database.engine)
    command.downgrade(config, "0012")
    with database.write() as s:
        _offices(s, ("off_b", "ev_b"), ("off_x", "ev_x"), ("off_z", "ev_z"))
        access = [("l_a", "off_a", True), ("l_a", "off_b", False), ("l_b", "off_b", True), ("l_b", "off_x", False)]
        _access(s, access + [("l_x", "off_x", True), ("l_x", "off_z", False)])
        relayed = {"about_office_id": "ev_z", "status": "registered"}
        events = [
            ("off_z", "letter.receipt", "l_x", {"status": "delivered"}, False, None),
            ("off_x", "letter.tracking", "l_x", {"status": "registered"}, False, None),  # on its own letter
            ("off_x", "letter.tracking", "l_b", relayed, False, None),
            ("off_x", "letter.tracking", "l_b", {"about_office_id": "ev_q"}, False, "relay"),
            ("off_b", "letter.receipt", "l_a", {"status": "delivered"}, True, None),  # held: not yet taken
        ]
        _stored_events(s, events)
    command.upgrade(config, "0013")
    with database.read() as s:
        pairs = set(s.execute(text("SELECT owner_office_id, office_id FROM reported_offices")).tuples())
    assert pairs == {("off_x", "off_z"), ("off_b", "off_z")}
    database.dispose()


def test_0014_learns_which_letters_send_others_on_and_who_was_heard_on_them(url: str):
    """Registrations and reports stored before 0014 are learnt, so a report an honest PC relays after it is taken:
    the links of each letter's first registration, and the offices heard on a letter that sends another on (a
    receipt or report of their own, or one relayed there about them by the server's id of the office named); the
    first letter of each letter's journey, also of a letter with no other link (sent again after a return); a
    refused or held event, a later registration, a letter with no link, or a report on a letter that sends nothing
    on, is not."""
    database = ServerDatabase(url)
    database.migrate()
    config = alembic_config(database.engine)
    command.downgrade(config, "0013")
    with database.write() as s:
        _offices(s, ("off_p", "ev_p"), ("off_b", "ev_b"), ("off_x", "ev_x"), ("off_z", "ev_z"))
        access = [("l_m", "off_m", True), ("l_m", "off_p", False), ("l_i", "off_p", True), ("l_l", "off_p", True)]
        access += [("l_l", "off_b", False), ("l_o", "off_p", True), ("l_o", "off_x", False), ("l_r", "off_p", True)]
        _access(s, access + [("l_s", "off_p", True)])
        registered = "letter.registered"
        events = [
            ("off_p", registered, "l_i", {"arrived_from": "l_m", "origin": "l_m", "direction": "in"}, False, None),
            ("off_p", registered, "l_l", {"forwards": "l_i", "origin": "l_m", "direction": "out"}, False, None),
            ("off_p", registered, "l_s", {"resends": "l_o", "origin": "l_m", "direction": "out"}, False, None),
            ("off_p", registered, "l_o", {"direction": "out"}, False, None),
            ("off_p", registered, "l_o", {"forwards": "l_i", "direction": "out"}, False, None),  # a later one
            ("off_p", registered, "l_r", {"forwards": "l_i", "direction": "out"}, False, "number"),
            ("off_b", "letter.receipt", "l_l", {"status": "delivered"}, False, None),
            ("off_b", "letter.tracking", "l_l", {"about_office_id": "ev_z", "status": "registered"}, False, None),
            ("off_b", "letter.tracking", "l_l", {"about_office_id": "ev_q"}, False, None),  # an unknown office
            ("off_x", "letter.tracking", "l_l", {"about_office_id": "ev_p"}, False, "relay"),
            ("off_x", "letter.receipt", "l_l", {"status": "delivered"}, True, None),  # held: not yet taken
            ("off_x", "letter.receipt", "l_o", {"status": "delivered"}, False, None),  # sends nothing on
        ]
        _stored_events(s, events)
    command.upgrade(config, "head")
    with database.read() as s:
        links = set(
            s.execute(text("SELECT letter_id, owner_office_id, arrived_from, forwards, origin FROM letter_links"))
        )
        heard = set(s.execute(text("SELECT letter_id, office_id FROM heard_offices")))
    assert links == {
        ("l_i", "off_p", "l_m", None, "l_m"),
        ("l_l", "off_p", None, "l_i", "l_m"),
        ("l_s", "off_p", None, None, "l_m"),
    }
    assert heard == {("l_l", "off_b"), ("l_l", "off_z")}
    assert "reported_offices" not in inspect(database.engine).get_table_names()
    command.downgrade(config, "0013")  # the offices heard on any letter of an office, learnt again
    with database.read() as s:
        pairs = set(s.execute(text("SELECT owner_office_id, office_id FROM reported_offices")))
    assert pairs == {("off_p", "off_b"), ("off_p", "off_z"), ("off_p", "ev_q"), ("off_p", "off_x")}
    database.dispose()


def test_a_relayed_report_is_checked_through_indexes(url: str):
    """The check of a relayed report reads the links by their indexes and the offices heard by primary key."""
    database = ServerDatabase(url)
    database.migrate()
    plan = _plan(database, SENT_ON_TO.replace("?", "'off_x'"))
    assert "ix_letter_links_arrived_from" in plan and "ix_letter_links_forwards" in plan
    assert "heard_offices_pkey" in plan or "sqlite_autoindex_heard_offices_1" in plan
    database.dispose()


def test_a_relayed_report_on_a_letter_whose_incoming_letter_is_not_there_is_checked_through_indexes(url: str):
    """The second check (a letter of the relayed letter's journey that sends on one the server lacks) reads the
    relayed letter's links and the letter sent on by primary key, the journey's letters by the origin index and the
    offices heard by primary key."""
    database = ServerDatabase(url)
    database.migrate()
    plan = _plan(database, SENT_ON_UNSEEN.replace("?", "'off_x'"))
    assert "ix_letter_links_origin" in plan
    assert "letter_links_pkey" in plan or "sqlite_autoindex_letter_links_1" in plan
    assert "heard_offices_pkey" in plan or "sqlite_autoindex_heard_offices_1" in plan
    assert "Seq Scan" not in plan and "SCAN " not in plan  # (no letters read whole, on either database)
    database.dispose()
