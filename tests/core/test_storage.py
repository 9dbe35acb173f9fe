from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from eoffice_desktop.core.checks.check import check_data_dir
from eoffice_desktop.core.demo.build import generate_demo
from eoffice_desktop.core.office import open_store
from eoffice_desktop.core.projections import rebuild
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import attachment_limit_mb, register_letter
from eoffice_desktop.core.storage.datadir import DataDirBusy
from eoffice_desktop.core.storage.db import DatabaseRefused, file_heads, head_revisions, stored_revisions
from eoffice_desktop.core.storage.models import Letter


def _snapshot(store) -> list[tuple]:
    with store.db.session() as s:
        return [
            (x.id, x.registry_number, x.subject, x.status, x.attachment_count, x.sender_org_id)
            for x in s.scalars(select(Letter).order_by(Letter.id))
        ]


def test_demo_office_passes_check_and_projections_rebuild_identically(tmp_path: Path):
    store = open_store(tmp_path / "d")
    generate_demo(store, 120, attachment_share=0.3)
    before = _snapshot(store)
    assert len(before) == 120
    with store.db.write() as s:
        rebuild(s)
    assert _snapshot(store) == before
    store.close()
    report = check_data_dir(tmp_path / "d")
    assert report.ok, report.text()


def test_check_finds_a_changed_event_and_a_damaged_attachment(tmp_path: Path):
    store = open_store(tmp_path / "d")
    generate_demo(store, 20, attachment_share=1.0)
    store.close()
    db = tmp_path / "d" / "eoffice.sqlite"
    conn = sqlite3.connect(db)
    conn.execute("UPDATE events SET payload = replace(payload, 'ກະຊວງ', 'XX') WHERE type='letter.registered'")
    blob_hash = conn.execute("SELECT blob_hash FROM attachments LIMIT 1").fetchone()[0]
    conn.commit()
    conn.close()
    hexdigest = blob_hash.removeprefix("sha256:")
    blob = tmp_path / "d" / "blobs" / hexdigest[:2] / hexdigest
    blob.write_bytes(blob.read_bytes() + b"x")
    report = check_data_dir(tmp_path / "d")
    assert not report.ok
    text = report.text()
    assert "changed after it was recorded" in text
    assert "attachment file damaged" in text


def test_second_copy_on_same_data_dir_is_refused(tmp_path: Path):
    first = open_store(tmp_path / "d")
    with pytest.raises(DataDirBusy, match="already open"):
        open_store(tmp_path / "d")
    first.close()
    open_store(tmp_path / "d").close()


def test_corrupt_database_is_refused_and_left_untouched(tmp_path: Path):
    folder = tmp_path / "d"
    folder.mkdir()
    garbage = b"this is not a database" * 100
    (folder / "eoffice.sqlite").write_bytes(garbage)
    with pytest.raises(DatabaseRefused, match="damaged"):
        open_store(folder)
    assert (folder / "eoffice.sqlite").read_bytes() == garbage


def test_newer_database_is_refused(tmp_path: Path):
    open_store(tmp_path / "d").close()
    conn = sqlite3.connect(tmp_path / "d" / "eoffice.sqlite")
    conn.execute("DELETE FROM alembic_version")
    conn.execute("INSERT INTO alembic_version VALUES ('9999')")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseRefused, match="newer version"):
        open_store(tmp_path / "d")
    # Nothing of it is left open (it stayed open, with its write-ahead log, while the app said so or another
    # folder was chosen; on Windows nobody could move or restore the file meanwhile). It was checked and not written,
    # so it is marked as closed cleanly: the next start does not check it again.
    found = sorted(p.name for p in (tmp_path / "d").glob("eoffice.sqlite*"))
    assert found == ["eoffice.sqlite", "eoffice.sqlite.closed"]
    assert _open_files_under(tmp_path / "d") == []


def _open_files_under(folder: Path) -> list[str]:
    """The files under `folder` this process holds open (Linux: /proc)."""
    import os

    if not Path("/proc/self/fd").is_dir():
        pytest.skip("no /proc here")
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith(str(folder)):
            found.append(target)
    return found


@pytest.mark.parametrize("value", ["abc", "-5", "0", "", " 12 "])
def test_a_bad_attachment_limit_setting_falls_back_to_the_default(tmp_path: Path, value: str, caplog):
    open_store(tmp_path / "d").close()
    conn = sqlite3.connect(tmp_path / "d" / "eoffice.sqlite")
    conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('attachments.limit_mb', ?)", (value,))
    conn.commit()
    conn.close()
    # The app starts (a value typed into the database by hand stopped it with a traceback), with the default limit,
    # and the log says why.
    store = open_store(tmp_path / "d")
    try:
        expected = 12 if value == " 12 " else 50
        assert store.blobs.limit == expected * 1024 * 1024
        assert attachment_limit_mb(store) == expected
        assert ("attachments.limit_mb" in caplog.text) == (expected == 50 and value != "")
    finally:
        store.close()


def test_a_failure_after_the_database_opened_leaves_nothing_open(tmp_path: Path):
    from sqlalchemy.exc import IntegrityError

    open_store(tmp_path / "d").close()
    conn = sqlite3.connect(tmp_path / "d" / "eoffice.sqlite")
    conn.execute("DELETE FROM settings WHERE key = 'device.id'")  # (an office from before PCs had an id: written)
    # What stops the opening after the database is open: the write of the PC's id is refused.
    conn.execute(
        "CREATE TRIGGER refuse_id BEFORE INSERT ON settings WHEN NEW.key = 'device.id' "
        "BEGIN SELECT RAISE(ABORT, 'refused'); END"
    )
    conn.commit()
    conn.close()
    with pytest.raises(IntegrityError):
        open_store(tmp_path / "d")
    # The database is closed (it stayed open with its write-ahead log), and the next start checks it.
    assert sorted(p.name for p in (tmp_path / "d").glob("eoffice.sqlite*")) == ["eoffice.sqlite"]
    assert _open_files_under(tmp_path / "d") == []
    conn = sqlite3.connect(tmp_path / "d" / "eoffice.sqlite")
    conn.execute("DROP TRIGGER refuse_id")
    conn.commit()
    conn.close()
    open_store(tmp_path / "d").close()


def test_migration_backs_up_the_database_first(tmp_path: Path):
    store = open_store(tmp_path / "d")
    store.close()
    conn = sqlite3.connect(tmp_path / "d" / "eoffice.sqlite")
    conn.execute("DELETE FROM alembic_version")  # as a database from before the first migration
    conn.execute("DROP TABLE form_templates")
    conn.commit()
    conn.close()
    with pytest.raises(Exception):  # noqa: B017 - any failure of the migration itself
        open_store(tmp_path / "d")  # the tables exist, so the initial migration fails, after the backup
    backups = list((tmp_path / "d" / "backups").glob("before-migration-*.sqlite"))
    assert backups


def test_imported_historic_numbers_are_kept_and_new_ones_continue(store, clerk):
    form = LetterForm(
        direction="in",
        register_date=date(2026, 2, 1),
        sender_name="ກະຊວງການເງິນ",
        subject="ເກົ່າ",
        registry_number="0041/ກຕສ",
    )
    register_letter(store, clerk, form, today=date(2026, 3, 1))
    new = register_letter(
        store,
        clerk,
        LetterForm(direction="in", register_date=date(2026, 3, 1), sender_name="x", subject="ໃໝ່"),
        today=date(2026, 3, 1),
    )
    assert new.registry_number == "0042/ກຕສ"


def test_readers_do_not_wait_for_a_writer(store, clerk):
    import threading

    from eoffice_desktop.core.storage.models import Setting

    holding = threading.Event()
    release = threading.Event()

    def writer() -> None:
        with store.db.write() as s:
            s.add(Setting(key="x", value="1"))
            s.flush()
            holding.set()
            release.wait(5)

    thread = threading.Thread(target=writer)
    thread.start()
    assert holding.wait(5)
    try:
        assert store.is_set_up()  # a read while the write transaction is open returns at once
        assert store.admin_actor().user_id == clerk.user_id
    finally:
        release.set()
        thread.join()


def test_two_pcs_with_blocks_given_by_it_staff_never_share_a_number(tmp_path: Path):
    from eoffice_desktop.cli import main
    from sync.client.bundles import export_bundle, import_bundle

    first = open_store(tmp_path / "pc1")
    generate_demo(first, 3, attachment_share=0, routed=0)
    export_bundle(first, tmp_path / "office.eob", everything=True)
    first.close()
    second = open_store(tmp_path / "pc2")
    import_bundle(second, tmp_path / "office.eob")
    second.close()
    year = date.today().year
    assert (
        main(
            [
                "numbering",
                "block",
                "--data-dir",
                str(tmp_path / "pc1"),
                "--direction",
                "in",
                "--year",
                str(year),
                "--first",
                "1",
                "--last",
                "4999",
            ]
        )
        == 0
    )
    assert (
        main(
            [
                "numbering",
                "block",
                "--data-dir",
                str(tmp_path / "pc2"),
                "--direction",
                "in",
                "--year",
                str(year),
                "--first",
                "5000",
                "--last",
                "9999",
            ]
        )
        == 0
    )
    numbers = []
    for pc in ("pc1", "pc2"):
        store = open_store(tmp_path / pc)
        for n in range(3):
            form = LetterForm(register_date=date.today(), sender_name="ກງ", subject=f"{pc} {n}")
            numbers.append(register_letter(store, store.admin_actor(), form).registry_number)
        store.close()
    assert len(set(numbers)) == 6
    assert all(int(n.split("/")[0]) >= 5000 for n in numbers[3:])


def test_start_sees_a_current_schema_from_the_migration_files_as_alembic_does(tmp_path: Path):
    """A current database opens without loading Alembic: the heads read from the files must be Alembic's own."""
    assert file_heads() == head_revisions()
    store = open_store(tmp_path / "d")
    try:
        assert _stored(store) == head_revisions()
    finally:
        store.close()


def test_a_first_start_cut_before_the_tables_were_made_is_set_up_at_the_next(tmp_path: Path):
    """Killed during the very first start: the database file exists (SQLite made it, with its WAL setting), but the
    first migration's transaction never committed. `check` sees an empty database, not a damaged one, and the next
    start makes the tables."""
    root = tmp_path / "office"
    root.mkdir()
    conn = sqlite3.connect(root / "eoffice.sqlite")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.isolation_level = None
    conn.execute("BEGIN")
    conn.execute("CREATE TABLE events (id TEXT)")  # the migration had begun ...
    conn.close()  # ... and never committed
    report = check_data_dir(root)
    assert report.ok and "empty" in report.text(), report.text()
    store = open_store(root)
    assert not store.is_set_up() and _stored(store) == file_heads()
    store.close()
    assert check_data_dir(root).ok


def _stored(store) -> set[str]:
    with store.db.plain() as connection:
        return stored_revisions(connection)
