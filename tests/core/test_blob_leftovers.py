"""What interruptions leave in blobs/: unfinished `.incoming-*` files are removed when the folder is opened, scans no
letter needs are counted by `check` and removed by `check --repair` or the weekly check after their grace period."""

from __future__ import annotations

import os
import random
import time
from datetime import date, datetime
from pathlib import Path

import pytest

from eoffice_desktop.cli import main
from eoffice_desktop.core.checks.check import check_data_dir
from eoffice_desktop.core.demo.files import demo_pdf
from eoffice_desktop.core.office import open_store, setup_office
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.storage.backup import automatic_backup, list_snapshots
from eoffice_desktop.core.storage.blob_care import ORPHAN_GRACE_S
from eoffice_desktop.core.storage.blobs import BlobStore
from eoffice_desktop.core.storage.datadir import DataDir
from eoffice_desktop.core.storage.db import DatabaseDamaged

LONG_AGO = time.time() - ORPHAN_GRACE_S - 3600


def _age(path: Path, when: float = LONG_AGO) -> Path:
    os.utime(path, (when, when))
    return path


def _office(root: Path) -> tuple[BlobStore, str]:
    """An office with one registered scan, every file in blobs/ made old (references, not age, must protect it)."""
    store = open_store(root)
    actor = setup_office(store, "ທດ", "ຫ້ອງການທົດລອງ", "Test office", "admin", "Admin", "password-1")
    scan = root.parent / "scan.pdf"
    scan.write_bytes(demo_pdf("kept"))
    form = LetterForm(register_date=date.today(), sender_name="ກະຊວງ", subject="ມີເອກະສານ", attachments=[scan])
    register_letter(store, actor, form)
    store.close()
    blobs = BlobStore(root / "blobs")
    (kept,) = list(blobs.all_hashes())
    _age(blobs.path_of(kept))
    return blobs, kept


def test_leftovers_are_reported_cleaned_on_open_and_repaired(tmp_path: Path, capsys):
    root = tmp_path / "office"
    blobs, kept = _office(root)
    cut = root / "blobs" / ".incoming-cut1234"  # a power cut while a scan was written
    cut.write_bytes(b"")
    _age(cut)
    writing = root / "blobs" / ".incoming-now5678"  # another scan being written right now
    writing.write_bytes(b"%PDF")
    orphan = blobs.add_bytes(b"%PDF-1.4 stored, then the registration was cut")
    _age(blobs.path_of(orphan))
    recent = blobs.add_bytes(b"%PDF-1.4 stored a minute ago: its letter may be committing now")

    notes = "\n".join(check_data_dir(root).notes)
    assert "1 unfinished attachment file(s)" in notes
    assert "1 attachment file(s) that no letter needs" in notes

    open_store(root).close()  # the single writer opens the folder
    assert not cut.exists() and writing.exists()

    assert main(["check", "--data-dir", str(root), "--repair"]) == 0
    assert "Removed 0 unfinished attachment file(s) and 1 attachment file(s)" in capsys.readouterr().out
    assert not blobs.has(orphan)
    assert blobs.verify(kept) and blobs.has(recent)
    assert check_data_dir(root).ok


def test_a_scan_stored_again_while_it_looks_orphaned_is_kept(tmp_path: Path):
    """A registration attaching the same file as an old orphan refreshes it, so removal leaves it alone."""
    root = tmp_path / "office"
    blobs, _kept = _office(root)
    orphan = blobs.add_bytes(b"%PDF-1.4 the same scan, attached again")
    _age(blobs.path_of(orphan))
    assert blobs.add_bytes(b"%PDF-1.4 the same scan, attached again") == orphan  # registration, step one
    assert main(["check", "--data-dir", str(root), "--repair"]) == 0
    assert blobs.verify(orphan)


def test_the_weekly_check_removes_orphans_and_refuses_a_damaged_database(tmp_path: Path):
    root = tmp_path / "office"
    blobs, kept = _office(root)
    orphan = blobs.add_bytes(b"%PDF-1.4 orphan")
    _age(blobs.path_of(orphan))
    assert automatic_backup(DataDir(root), now=datetime(2026, 3, 2, 9, 0)) is not None
    assert not blobs.has(orphan) and blobs.verify(kept)

    database = root / "eoffice.sqlite"
    rng = random.Random(7)
    with open(database, "r+b") as handle:
        for _ in range(20):
            handle.seek(rng.randrange(100, database.stat().st_size - 64))
            handle.write(rng.randbytes(64))
    with pytest.raises(DatabaseDamaged):
        automatic_backup(DataDir(root), now=datetime(2026, 3, 10, 9, 0))  # a week later
    assert len(list_snapshots(root / "backups" / "auto")) == 2  # no backup of the damaged file


def test_a_leftover_folder_never_stops_the_office_from_opening(tmp_path: Path, caplog, capsys):
    """A folder named like an unfinished file (made by hand or by a copying tool) is left alone with a line in the
    log; the file leftovers beside it are removed as ever, and the office opens."""
    root = tmp_path / "office"
    blobs, kept = _office(root)
    folder = root / "blobs" / ".incoming-folder1"
    folder.mkdir()
    (folder / "inside.pdf").write_bytes(b"%PDF whatever someone put here")
    _age(folder)
    in_scans = blobs.path_of(kept).parent / ".removing-folder2"  # (and one among the scans)
    in_scans.mkdir()
    _age(in_scans)
    cut = root / "blobs" / ".incoming-cut1234"
    cut.write_bytes(b"%PDF cut")
    _age(cut)

    with caplog.at_level("WARNING", logger="eoffice.blobs"):
        store = open_store(root)
    assert store.blobs.verify(kept)
    store.close()
    assert not cut.exists() and (folder / "inside.pdf").exists() and in_scans.is_dir()
    assert sum("left alone" in r.getMessage() for r in caplog.records) == 2
    assert "2 folder(s) in blobs/ that eOffice did not make" in "\n".join(check_data_dir(root).notes)

    assert main(["check", "--data-dir", str(root), "--repair"]) == 0  # the repair and the weekly check too
    assert automatic_backup(DataDir(root), now=datetime(2026, 3, 2, 9, 0)) is not None
    assert folder.is_dir() and in_scans.is_dir() and blobs.verify(kept)
    capsys.readouterr()
