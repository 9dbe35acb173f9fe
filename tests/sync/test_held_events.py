"""Changes made with a newer eOffice (a new kind of event, or a newer schema of a known one) reach an older PC: they
are kept, set aside from the register, reported, and folded in once the PC is updated."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from eoffice_desktop.cli import main
from eoffice_desktop.core.checks.check import check_data_dir
from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.eventlog.held_events import held_count, held_events
from eoffice_desktop.core.office import OfficeStore, open_store
from eoffice_desktop.core.projections import rebuild
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.storage.ids import HybridClock, uuid7
from eoffice_desktop.core.storage.models import Event, Letter
from eoffice_shared.exits import OK
from sync.client.bundles import import_bundle
from sync.client.status import local_status
from sync.protocol import events as event_types
from sync.protocol.bundle import BundleManifest, write_bundle
from sync.protocol.envelope import GENESIS, EventEnvelope

NEWER_PC = "dev_0123456789abcdef"


def _from_a_newer_pc(store: OfficeStore, clerk: Actor, letter_id: str) -> list[EventEnvelope]:
    """Two changes another PC of the office made with a newer eOffice: a kind this version does not know, and a
    correction written in a newer schema."""
    clock = HybridClock(NEWER_PC)
    made: list[EventEnvelope] = []
    for type_, schema, payload in (
        ("letter.stamped", 1, {"stamp": "ຮັບແລ້ວ"}),
        ("letter.field_corrected", 2, {"field": "subject", "old": "ທົດລອງ", "new": "ໃໝ່", "reason": "", "lang": "lo"}),
    ):
        made.append(
            EventEnvelope(
                id=uuid7(),
                type=type_,
                schema=schema,
                letter_id=letter_id,
                office_id=store.office_id,
                device_id=NEWER_PC,
                author_id=clerk.user_id,
                hlc=clock.now(),
                dev_seq=len(made) + 1,
                prev=made[-1].content_hash() if made else GENESIS,
                payload=payload,
            )
        )
    return made


def _subject(store: OfficeStore, letter_id: str) -> str:
    with store.db.session() as s:
        letter = s.get(Letter, letter_id)
        assert letter is not None
        return letter.subject


def test_changes_from_a_newer_eoffice_are_kept_aside_reported_and_folded_after_an_update(
    store: OfficeStore,
    clerk: Actor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
):
    letter_id = register_letter(
        store, clerk, LetterForm(register_date=date.today(), sender_name="ກງ", subject="ທົດລອງ")
    ).letter_id
    newer = _from_a_newer_pc(store, clerk, letter_id)
    manifest = BundleManifest(office_id=store.office_id, sender=NEWER_PC, created="2026-12-06T04:00:00+00:00")
    write_bundle(tmp_path / "newer.eob", manifest, newer, [])

    root = store.data_dir.root
    store.close()
    assert main(["bundle", "import", str(tmp_path / "newer.eob"), "--data-dir", str(root)]) == OK
    said = capsys.readouterr()
    assert "Bundle read: 2 new changes" in said.out
    assert "2 change(s) made with a newer eOffice are kept aside" in said.err  # said, and not a failure
    store = open_store(root)
    assert _subject(store, letter_id) == "ທົດລອງ"  # but the register does not read what it cannot understand
    with store.db.session() as s:
        kept = held_events(s)
        assert {e.event_id for e in kept} == {e.id for e in newer}
        assert s.scalar(select(Event).where(Event.id == newer[1].id)) is not None
    status = local_status(store)
    assert status.held_events == 2 and status.refusals == []  # reported, and not as the server's refusals
    with store.db.session() as s:
        assert {row.id for row in s.scalars(select(Event).where(Event.device_id == NEWER_PC))} == {e.id for e in newer}
    store.close()
    report = check_data_dir(root, full=True)  # the register still equals a fold of the log
    assert report.ok, report.text()
    assert any("letter.stamped" in note for note in report.notes)
    assert any("schema 2" in note for note in report.notes)

    # eOffice is updated: this version now reads both; the next sync or bundle folds them in.
    monkeypatch.setitem(event_types.SCHEMAS, "letter.stamped", 1)
    monkeypatch.setitem(event_types.SCHEMAS, "letter.field_corrected", 2)
    updated = open_store(root)
    again = import_bundle(updated, tmp_path / "newer.eob")
    assert again.applied == [] and len(again.duplicates) == 2
    assert _subject(updated, letter_id) == "ໃໝ່"
    with updated.db.write() as s:
        assert held_count(s) == 0
        rebuild(s)
    assert _subject(updated, letter_id) == "ໃໝ່"  # a rebuild folds them too
    assert local_status(updated).held_events == 0
    updated.close()
