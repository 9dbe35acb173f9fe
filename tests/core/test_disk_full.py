"""A full disk: registration and backups say so in plain words and leave nothing half-written.

The first tests fill a real small file system (tmpfs, mounted as root); where mounting is not allowed they are
skipped, and the last one makes SQLite itself report SQLITE_FULL (max_page_count) without root.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from eoffice_desktop.cli import main
from eoffice_desktop.core.checks.check import check_data_dir
from eoffice_desktop.core.demo.build import generate_demo
from eoffice_desktop.core.demo.files import demo_pdf
from eoffice_desktop.core.office import OfficeStore, open_store, setup_office
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.storage.integrity import DiskFull
from eoffice_desktop.core.storage.models import Letter


@contextmanager
def small_disk(where: Path, size: str, inodes: int = 0) -> Iterator[Path]:
    """A real file system of `size` bytes (and of `inodes` files and folders at most, when given)."""
    where.mkdir()
    if os.name != "posix" or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small file system needs root")
    options = f"size={size}" + (f",nr_inodes={inodes}" if inodes else "")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(where)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"tmpfs cannot be mounted here: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def fill_but(disk: Path, room: int) -> Path:
    """Take the disk's free space but `room` bytes with one file (removed to make space again)."""
    free = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize
    filler = disk / "filler"
    with open(filler, "wb") as out:
        out.write(b"\0" * (free - room))
    return filler


def _fill(disk: Path) -> Path:
    """Take every free byte of the disk with one file (removed to make space again)."""
    filler = disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        while os.write(fd, b"\0" * 4096):
            pass
    except OSError:
        pass
    finally:
        os.close(fd)
    return filler


def _letters(store: OfficeStore) -> int:
    with store.db.session() as s:
        return int(s.scalar(select(func.count()).select_from(Letter)) or 0)


def test_backup_to_a_full_drive_says_so_and_leaves_nothing_there(tmp_path: Path, capsys):
    store = open_store(tmp_path / "office")
    generate_demo(store, 40, attachment_share=0.5)
    store.close()
    with small_disk(tmp_path / "usb", "256k") as usb:
        assert main(["backup", "--data-dir", str(tmp_path / "office"), "--to", str(usb)]) == 1
        said = capsys.readouterr().err
        assert "is full" in said and "Traceback" not in said
        assert said.count("\n") == 1
        assert list(usb.iterdir()) == []


def test_registration_on_a_full_disk_says_so_and_saves_nothing(tmp_path: Path):
    with small_disk(tmp_path / "disk", "8m") as disk:
        store = open_store(disk / "office")
        actor = setup_office(store, "ທດ", "ຫ້ອງການທົດລອງ", "Test office", "admin", "Admin", "password-1")
        scan = tmp_path / "scan.pdf"
        scan.write_bytes(demo_pdf("full disk"))
        filler = _fill(disk)
        before = _letters(store)
        for attachments in ([], [scan]):
            form = LetterForm(register_date=date.today(), sender_name="ກະຊວງ", subject="ເຕັມ", attachments=attachments)
            with pytest.raises(DiskFull, match="The disk is full"):
                register_letter(store, actor, form)
        assert _letters(store) == before
        assert not list((disk / "office" / "blobs").glob(".incoming-*"))
        filler.unlink()
        register_letter(store, actor, form)  # space again: the same letter goes in
        assert _letters(store) == before + 1
        store.close()
        report = check_data_dir(disk / "office")
        assert report.ok, report.text()


def test_sqlite_reporting_a_full_database_is_a_plain_refusal(store: OfficeStore, clerk):
    """No root needed: SQLite's own SQLITE_FULL, from a page limit at the current size."""
    with store.db.session() as s:
        pages = int(s.connection().exec_driver_sql("PRAGMA page_count").scalar_one())
    store.db.engine.dispose()

    @event.listens_for(store.db.engine, "connect")
    def _limit(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    before = _letters(store)
    form = LetterForm(register_date=date.today(), sender_name="ກະຊວງ", subject="ໜັງສືຍາວ " * 100)
    with pytest.raises(DiskFull, match="Free some space"):
        for _ in range(500):  # the first letters may fit in the free pages
            register_letter(store, clerk, form)
    assert _letters(store) >= before
    assert check_data_dir(store.data_dir.root).ok
