"""An enrolled PC put back from an older backup, with the real server (SQLite and PostgreSQL): it gives no registry
number before it has enrolled again and pulled what it did after the backup, never repeats a number, and the changes
in its backup that never reached the server still reach the server and the other PCs."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from eoffice_desktop.core.office import open_store
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.numbering import RESTORED_MESSAGE
from eoffice_desktop.core.registry.register import ActionRefused, register_letter
from eoffice_desktop.core.storage.backup import make_backup, restore
from eoffice_desktop.core.storage.models import Letter, NumberBlock
from sync.client.errors import Refused
from sync.client.session import enrol_pc
from sync.server.admin import new_enrolment_code
from sync.server.models import Device, StoredEvent
from tests.sync.conftest import RunningServer
from tests.sync.offices import Desk, another_pc, first_pc, server_office

CODE = "ທຣ"


def _register(desk: Desk, subject: str) -> str:
    form = LetterForm(register_date=date.today(), sender_name="ກະຊວງ", subject=subject)
    return register_letter(desk.store, desk.actor, form).letter_id


def _office(central: RunningServer, tmp: Path) -> tuple[Desk, Desk]:
    codes = server_office(central.database, CODE, "ຫ້ອງການທົດລອງ", pcs=2)
    pc1 = first_pc(tmp, "pc1", CODE, central.url, codes[0])
    pc2 = another_pc(tmp, "pc2", pc1, central.url, codes[1])
    return pc1, pc2


def _restore_backup(desk: Desk, backup_root: Path) -> Desk:
    """The PC's disk is replaced: its data comes back from the backup made earlier."""
    (snapshot,) = [s for s in backup_root.iterdir() if s.name.startswith("eoffice-")]
    from eoffice_desktop.core.storage.backup import read_snapshot

    desk.store.close()
    restore(read_snapshot(snapshot), desk.store.data_dir)
    store = open_store(desk.root)
    return Desk(desk.name, desk.root, store, store.actor(desk.actor.user_id))


def _enrol_again(central: RunningServer, desk: Desk) -> None:
    with central.database.write() as s:
        code = new_enrolment_code(s, CODE)
    enrol_pc(desk.store, central.url, code, desk.name)


def _seqs(desk: Desk, letter_ids: list[str]) -> set[int]:
    with desk.store.db.session() as s:
        return {int(x) for x in s.scalars(select(Letter.registry_seq).where(Letter.id.in_(letter_ids)))}


def _free(session: Session) -> set[int]:
    """The numbers this PC's blocks would still hand out (of small blocks: a whole local series is not listed)."""
    blocks = session.scalars(select(NumberBlock).where(NumberBlock.next <= NumberBlock.last))
    return {n for b in blocks if b.last - b.next < 10_000 for n in range(b.next, b.last + 1)}


def _numbers(desk: Desk) -> dict[str, str]:
    with desk.store.db.session() as s:
        return {row.id: row.registry_number for row in s.scalars(select(Letter))}


def _assert_no_number_twice(*desks: Desk) -> None:
    for desk in desks:
        twice = [n for n, count in Counter(_numbers(desk).values()).items() if count > 1]
        assert twice == [], f"{desk.name} gave {twice} twice"
    assert all(_numbers(d) == _numbers(desks[0]) for d in desks), "the PCs disagree"


def test_a_restored_pc_gives_no_number_the_server_already_gave(central: RunningServer, tmp_path: Path) -> None:
    pc1, pc2 = _office(central, tmp_path)
    _register(pc1, "ກ່ອນການສຳຮອງ")
    pc1.sync(central.url)
    make_backup(pc1.store.data_dir, tmp_path / "usb")
    after = [_register(pc1, f"ຫຼັງການສຳຮອງ {n}") for n in range(2)]  # numbers the backup does not know of
    pc1.sync(central.url)
    pc2.sync(central.url)

    pc1 = _restore_backup(pc1, tmp_path / "usb")
    with pytest.raises(ActionRefused, match="restored from a backup"):
        _register(pc1, "ໃໝ່")
    used_after = _seqs(pc2, after)
    with pc1.store.db.session() as s:  # the backup's blocks would give those numbers again
        assert _free(s) & used_after
    _enrol_again(central, pc1)
    with pc1.store.db.session() as s:  # none of them now: the old blocks are closed, new ones come from the server
        assert not _free(s) & used_after
    with pytest.raises(ActionRefused) as refused:  # enrolled, but it has not learnt yet what it did
        _register(pc1, "ໃໝ່")
    assert str(refused.value) == RESTORED_MESSAGE
    report = pc1.sync(central.url)
    assert report.refused == 0
    assert set(after) <= set(_numbers(pc1)), "the letters registered after the backup came back"
    for n in range(3):
        _register(pc1, f"ໃໝ່ {n}")
    assert pc1.sync(central.url).refused == 0
    assert pc2.sync(central.url).refused == 0
    pc1.sync(central.url)

    _assert_no_number_twice(pc1, pc2)
    for desk in (pc1, pc2):
        desk.store.close()
        assert desk.check() == [], desk.name


def test_changes_backed_up_but_never_sent_reach_the_other_pcs(central: RunningServer, tmp_path: Path) -> None:
    pc1, pc2 = _office(central, tmp_path)
    _register(pc1, "ສົ່ງແລ້ວ")
    pc1.sync(central.url)
    unsent = _register(pc1, "ບໍ່ທັນສົ່ງ")  # registered, backed up, and the disk fails before any sync
    make_backup(pc1.store.data_dir, tmp_path / "usb")
    old_device = pc1.store.device_id

    pc1 = _restore_backup(pc1, tmp_path / "usb")
    with pytest.raises(Refused):  # a mistyped code first: the second attempt still names the device it was
        enrol_pc(pc1.store, central.url, "AAAA-BBBB-CCCC", pc1.name)
    _enrol_again(central, pc1)
    assert pc1.store.device_id != old_device
    report = pc1.sync(central.url)
    assert report.refused == 0 and report.pushed >= 1
    _register(pc1, "ຫຼັງການກູ້ຄືນ")
    pc1.sync(central.url)
    pc2.sync(central.url)

    assert unsent in _numbers(pc2), "the letter the backup kept reached the other PC"
    with central.database.read() as s:
        new_device = s.get(Device, pc1.store.device_id)
        assert new_device is not None and new_device.replaces == old_device
        old = s.get(Device, old_device)
        assert old is not None and old.revoked_at is not None
        stored = s.scalar(select(func.count()).select_from(StoredEvent).where(StoredEvent.letter_id == unsent))
    assert stored == 1, "stored once"
    _assert_no_number_twice(pc1, pc2)
    with pc1.store.db.session() as s:
        from eoffice_desktop.core.replication import outbox_size

        assert outbox_size(s, pc1.store.device_id) == 0
    for desk in (pc1, pc2):
        desk.store.close()
        assert desk.check() == [], desk.name


def test_the_server_refuses_to_replace_another_office_s_pc(central: RunningServer, tmp_path: Path) -> None:
    from sync.client.http import HttpTransport

    pc1, _pc2 = _office(central, tmp_path)
    server_office(central.database, "ອນ", "ຫ້ອງການອື່ນ", pcs=0)
    with central.database.write() as s:
        code = new_enrolment_code(s, "ອນ")
    with pytest.raises(Refused, match="not a PC of this office"):
        HttpTransport(central.url).enrol(code, "stranger", "1", None, "dev_" + "ab" * 6, pc1.store.device_id)
    with central.database.read() as s:
        old = s.get(Device, pc1.store.device_id)
        assert old is not None and old.revoked_at is None
    for desk in (pc1, _pc2):
        desk.store.close()


@pytest.mark.parametrize("central", ["sqlite"], indirect=True)
def test_a_restored_pc_catches_up_by_usb_stick(central: RunningServer, tmp_path: Path) -> None:
    """Enrolled again, but its link is too poor: the stick carries the backup's changes the old identity had not
    sent when the backup was made (the server has them since: duplicates, stored once), and the return bundle brings
    what the old identity did after the backup; then it registers again."""
    from sync.client.bundles import export_bundle, import_bundle
    from sync.server.blobstore import ServerBlobStore
    from sync.server.bundles import read_in

    pc1, pc2 = _office(central, tmp_path)
    unsent = _register(pc1, "ບໍ່ທັນສົ່ງ")
    make_backup(pc1.store.data_dir, tmp_path / "usb")
    after = _register(pc1, "ຫຼັງການສຳຮອງ")
    pc1.sync(central.url)

    pc1 = _restore_backup(pc1, tmp_path / "usb")
    _enrol_again(central, pc1)
    stick = export_bundle(pc1.store, tmp_path / "to-server.eob")
    outcome = read_in(central.database, ServerBlobStore(central.blob_dir), stick.path, tmp_path)
    assert outcome.count("rejected") == 0 and outcome.count("duplicate") >= 1 and outcome.answer is not None
    with pytest.raises(ActionRefused):
        _register(pc1, "ໃໝ່")
    import_bundle(pc1.store, outcome.answer)
    assert after in _numbers(pc1)
    _register(pc1, "ໃໝ່")
    pc1.sync(central.url)
    pc2.sync(central.url)
    assert unsent in _numbers(pc2)
    _assert_no_number_twice(pc1, pc2)
    for desk in (pc1, pc2):
        desk.store.close()
        assert desk.check() == [], desk.name
