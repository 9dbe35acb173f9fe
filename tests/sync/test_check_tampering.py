"""What someone with the office's PC would try on its data folder, and `eoffice check` naming each one.

The office is enrolled with the real server, so the check knows what the server acknowledged. Each tampering is made
on a fresh copy of the same folder with plain SQLite and file writes, as an attacker would."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from eoffice_desktop.cli import main
from eoffice_desktop.core.demo.files import demo_pdf
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.routing.actions import Recipient, route
from eoffice_desktop.core.search.text import register_sql_functions
from sync.protocol.envelope import EventEnvelope
from tests.sync.offices import first_pc, server_office


@pytest.fixture(scope="module")
def synced_office(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One enrolled PC with letters, scans and a routing step, all acknowledged by the real server (SQLite)."""
    from sync.server.database import ServerDatabase
    from tests.sync.conftest import start_server

    tmp = tmp_path_factory.mktemp("tamper")
    database = ServerDatabase(f"sqlite:///{tmp / 'server.sqlite'}")
    running, server = start_server(database, tmp / "server-blobs", "sqlite")
    try:
        (code,) = server_office(database, "ທກ", "ຫ້ອງການທົດລອງ")
        desk = first_pc(tmp, "pc", "ທກ", running.url, code)
        for n in range(3):
            scan = tmp / f"scan-{n}.pdf"
            scan.write_bytes(demo_pdf(f"letter {n}"))
            form = LetterForm(register_date=date.today(), sender_name="ກະຊວງ", subject=f"ເລື່ອງທີ {n}", attachments=[scan])
            letter = register_letter(desk.store, desk.actor, form).letter_id
        route(desk.store, desk.actor, letter, [Recipient(user_id=desk.actor.user_id)], "ພິຈາລະນາ")
        report = desk.sync(running.url)
        assert report.refused == 0 and report.pushed > 0
        desk.store.close()
    finally:
        server.should_exit = True
        database.dispose()
    return tmp / "pc"


def _sql(folder: Path, *statements: str) -> None:
    conn = sqlite3.connect(folder / "eoffice.sqlite")
    register_sql_functions(conn)  # the search index's triggers need it; anyone can load the app's code
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def _one(folder: Path, query: str) -> tuple:  # type: ignore[type-arg]
    conn = sqlite3.connect(folder / "eoffice.sqlite")
    try:
        return tuple(conn.execute(query).fetchone())
    finally:
        conn.close()


def _own(folder: Path) -> str:
    return str(_one(folder, "SELECT value FROM settings WHERE key = 'device.id'")[0])


def edit_register_row(folder: Path) -> None:
    _sql(folder, "UPDATE letters SET subject = 'ເລື່ອງອື່ນ' WHERE id = (SELECT min(id) FROM letters)")


def edit_routing_step(folder: Path) -> None:
    _sql(folder, "UPDATE routing_steps SET minute = 'ບໍ່ຕ້ອງເຮັດຫຍັງ'")


def delete_middle_event(folder: Path) -> None:
    _sql(folder, f"DELETE FROM events WHERE device_id = '{_own(folder)}' AND dev_seq = 3")


def delete_last_event(folder: Path) -> None:
    own = _own(folder)
    _sql(
        folder,
        f"DELETE FROM events WHERE device_id = '{own}' AND dev_seq = (SELECT max(dev_seq) FROM events"
        f" WHERE device_id = '{own}')",
    )


def rehash_tail(folder: Path) -> None:
    """Change the last event's words and give it a correct hash again: nothing after it names its hash."""
    own = _own(folder)
    columns = "id, type, schema, letter_id, office_id, device_id, author_id, hlc, dev_seq, prev, payload, deps, blobs"
    row = _one(folder, f"SELECT {columns} FROM events WHERE device_id = '{own}' ORDER BY dev_seq DESC LIMIT 1")
    fields = dict(zip([c.strip() for c in columns.split(",")], row, strict=True))
    payload = json.loads(fields["payload"])
    payload["forged"] = "ແກ້ໄຂ"
    envelope = EventEnvelope(
        **{k: v for k, v in fields.items() if k not in ("payload", "deps", "blobs")},
        payload=payload,
        deps=json.loads(fields["deps"]),
        blobs=json.loads(fields["blobs"]),
    )
    conn = sqlite3.connect(folder / "eoffice.sqlite")
    conn.execute(
        "UPDATE events SET payload = ?, hash = ? WHERE id = ?",
        (
            json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":")),
            envelope.content_hash(),
            fields["id"],
        ),
    )
    conn.commit()
    conn.close()


def swap_scan(folder: Path) -> None:
    """Put another file's bytes where a scan is kept."""
    (blob_hash,) = _one(folder, "SELECT blob_hash FROM attachments ORDER BY blob_hash LIMIT 1")
    hexdigest = blob_hash.removeprefix("sha256:")
    (folder / "blobs" / hexdigest[:2] / hexdigest).write_bytes(demo_pdf("another letter"))


def point_attachment_elsewhere(folder: Path) -> None:
    """Make a letter's attachment row name another letter's scan."""
    _sql(
        folder,
        "UPDATE attachments SET blob_hash = (SELECT max(blob_hash) FROM attachments)"
        " WHERE blob_hash = (SELECT min(blob_hash) FROM attachments)",
    )


ATTACKS: list[tuple[Callable[[Path], None], bool, str]] = [  # (tampering, found without --full, words named)
    (edit_register_row, False, "letters row"),
    (edit_routing_step, False, "routing_steps row"),
    (delete_middle_event, True, "event(s) 3 of this PC"),
    (delete_last_event, True, "last event(s)"),
    (rehash_tail, True, "differs from what the server acknowledged"),
    (swap_scan, True, "attachment file damaged"),
    (point_attachment_elsewhere, False, "attachments row"),
]


def _check(folder: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["check", "--data-dir", str(folder), *extra])
    return code, capsys.readouterr().out


def test_the_untouched_office_passes_both_checks(synced_office: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _check(synced_office, capsys)[0] == 0
    code, said = _check(synced_office, capsys, "--full")
    assert code == 0, said
    assert "compared with a rebuild" in said


@pytest.mark.parametrize(("attack", "quick", "named"), ATTACKS, ids=[a[0].__name__ for a in ATTACKS])
def test_check_names_each_tampering(
    synced_office: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    attack: Callable[[Path], None],
    quick: bool,
    named: str,
) -> None:
    folder = tmp_path / "copy"
    shutil.copytree(synced_office, folder)
    attack(folder)
    code, said = _check(folder, capsys, "--full")
    assert code != 0 and named in said, said
    if quick:  # the fast check at every start finds it too
        code, said = _check(folder, capsys)
        assert code != 0 and named in said, said
