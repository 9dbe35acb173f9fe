"""The `eoffice` command for IT staff: demo, check and export, called in-process and as a real process."""

from __future__ import annotations

import csv
import io
import os
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from eoffice_desktop.cli import _opens_the_window, main
from eoffice_desktop.core.office import open_store
from eoffice_desktop.core.registry.export import COLUMNS
from eoffice_desktop.core.search.text import register_sql_functions
from eoffice_desktop.core.storage.models import Attachment, Letter
from eoffice_shared.exits import BUSY

ROOT = Path(__file__).resolve().parents[1]
BOM = b"\xef\xbb\xbf"


def _eoffice(*args: str) -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "eoffice_desktop", *args], cwd=ROOT, env=env, capture_output=True, timeout=300
    )


def _letters(data: Path, direction: str | None = None) -> list[Letter]:
    store = open_store(data, lock=False)
    try:
        with store.db.session() as s:
            query = select(Letter)
            if direction:
                query = query.where(Letter.direction == direction)
            return list(s.scalars(query))
    finally:
        store.close()


def test_demo_check_and_export_in_process(tmp_path: Path, capsys):
    data = tmp_path / "office"
    assert main(["demo", "--data-dir", str(data), "--letters", "40", "--attachments", "0.3", "--seed", "3"]) == 0
    assert "40 letters added" in capsys.readouterr().out
    assert len(_letters(data)) == 40

    assert main(["check", "--data-dir", str(data)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("OK: 0 problem(s)") and "40 letters checked" in out

    target = tmp_path / "incoming.csv"
    assert main(["export", "--data-dir", str(data), "--direction", "in", "-o", str(target)]) == 0
    raw = target.read_bytes()
    assert raw.startswith(BOM)  # spreadsheet programs need it to show Lao text
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == [title for _, title in COLUMNS]
    incoming = _letters(data, "in")
    assert sorted(r[0] for r in rows[1:]) == sorted(x.registry_number for x in incoming)
    assert f"{len(incoming)} letters exported" in capsys.readouterr().err
    subjects = {r[6] for r in rows[1:]}
    assert subjects == {x.subject for x in incoming} and any("\u0e80" <= ch <= "\u0eff" for s in subjects for ch in s)

    # a date range keeps only the letters inside it
    dates = sorted(x.register_date for x in incoming)
    middle = dates[len(dates) // 2]
    ranged = tmp_path / "ranged.csv"
    args = ["export", "--data-dir", str(data), "--from", middle.isoformat(), "--to", date.today().isoformat()]
    assert main([*args, "-o", str(ranged)]) == 0
    kept = list(csv.reader(io.StringIO(ranged.read_text(encoding="utf-8-sig"))))[1:]
    assert len(kept) == sum(1 for d in dates if d >= middle) and all(r[1] >= middle.isoformat() for r in kept)


def test_check_reports_a_tampered_database_and_exits_1(tmp_path: Path, capsys):
    data = tmp_path / "office"
    assert main(["demo", "--data-dir", str(data), "--letters", "12", "--attachments", "1", "--seed", "5"]) == 0
    capsys.readouterr()
    database = data / "eoffice.sqlite"
    conn = sqlite3.connect(database)
    event_id, payload = conn.execute(
        "SELECT id, payload FROM events WHERE type = 'letter.registered' ORDER BY seq LIMIT 1"
    ).fetchone()
    # Someone edits a registered letter's subject straight in the database, past the application.
    conn.execute(
        "UPDATE events SET payload = ? WHERE id = ?", (payload.replace('"subject":"', '"subject":"X'), event_id)
    )
    conn.commit()
    conn.close()
    assert main(["check", "--data-dir", str(data)]) == 1
    out = capsys.readouterr().out
    assert out.startswith("PROBLEMS FOUND: 1 problem(s)")
    assert f"event {event_id} was changed after it was recorded" in out

    # ... and a scan changed on disk is found too
    store = open_store(data, lock=False)
    with store.db.session() as s:
        blob = s.scalars(select(Attachment.blob_hash)).first()
        assert s.scalar(select(func.count()).select_from(Attachment)) >= 12  # + signed PDF copies of the demo
    store.close()
    hexdigest = blob.removeprefix("sha256:")
    scan = data / "blobs" / hexdigest[:2] / hexdigest
    scan.chmod(0o644)
    scan.write_bytes(scan.read_bytes() + b"tampered")
    assert main(["check", "--data-dir", str(data)]) == 1
    assert f"attachment file damaged (hash differs): {blob}" in capsys.readouterr().out


def test_check_of_a_folder_without_an_office(tmp_path: Path, capsys):
    assert main(["check", "--data-dir", str(tmp_path / "nothing")]) == 1
    assert "no database" in capsys.readouterr().out


def test_the_command_as_a_process(tmp_path: Path):
    data = tmp_path / "office"
    version = _eoffice("--version")
    assert version.returncode == 0 and version.stdout.startswith(b"eOffice Desktop ")

    made = _eoffice("demo", "--data-dir", str(data), "--letters", "15", "--attachments", "0.2")
    assert made.returncode == 0, made.stderr.decode()
    assert b"15 letters added" in made.stdout

    checked = _eoffice("check", "--data-dir", str(data))
    assert checked.returncode == 0 and checked.stdout.startswith(b"OK: 0 problem(s)")

    target = tmp_path / "out.csv"
    exported = _eoffice("export", "--data-dir", str(data), "--direction", "out", "-o", str(target))
    assert exported.returncode == 0, exported.stderr.decode()
    outgoing = _letters(data, "out")
    assert target.read_bytes().startswith(BOM)
    assert len(list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"))))) == len(outgoing) + 1

    # To standard output: UTF-8 whatever the console's own encoding, ready for a pipe.
    piped = _eoffice("export", "--data-dir", str(data), "--direction", "out")
    assert piped.returncode == 0
    rows = list(csv.reader(io.StringIO(piped.stdout.decode("utf-8-sig"))))
    assert sorted(r[0] for r in rows[1:]) == sorted(x.registry_number for x in outgoing)

    conn = sqlite3.connect(data / "eoffice.sqlite")
    register_sql_functions(conn)  # the search index's triggers call them
    conn.execute("DELETE FROM letter_recipients")
    conn.execute("DELETE FROM letters WHERE id = (SELECT id FROM letters WHERE direction = 'out' LIMIT 1)")
    conn.commit()
    conn.close()
    broken = _eoffice("check", "--data-dir", str(data))
    assert broken.returncode == 1
    assert b"registrations in the log but" in broken.stdout


def test_a_second_writer_is_refused_clearly(tmp_path: Path):
    data = tmp_path / "office"
    store = open_store(data)  # the app has the office open
    try:
        busy = _eoffice("demo", "--data-dir", str(data), "--letters", "1")
        assert busy.returncode == BUSY  # the shared table of exit codes (docs/commands.md)
        assert busy.stderr.startswith(b"eoffice: ") and b"Traceback" not in busy.stderr
    finally:
        store.close()


def test_only_a_command_word_loads_the_commands(capsys):
    """Opening the window parses the GUI's own options; a command (or --help) gets every command's parser."""
    assert _opens_the_window([])
    assert _opens_the_window(["--data-dir", "search", "--language", "en", "--demo"])  # a folder named "search"
    assert _opens_the_window(["gui", "--data-dir", "D"])
    assert not _opens_the_window(["--data-dir", "D", "search", "ປະຊຸມ"])
    assert not _opens_the_window(["--help"])
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "search" in capsys.readouterr().out
