from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from eoffice_desktop.core.checks.check import check_data_dir
from eoffice_desktop.core.demo.build import generate_demo
from eoffice_desktop.core.office import open_store
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.replication import outbox_size
from eoffice_desktop.core.storage.models import Event, Letter
from sync.client.bundles import export_bundle, import_bundle
from sync.protocol.bundle import BundleInvalid


def _letters(store) -> list[tuple]:
    with store.db.session() as s:
        return [
            (x.id, x.registry_number, x.status, x.holders_text) for x in s.scalars(select(Letter).order_by(Letter.id))
        ]


def test_new_pc_starts_from_a_snapshot_bundle_and_reimport_changes_nothing(tmp_path: Path):
    first = open_store(tmp_path / "pc1")
    generate_demo(first, 60, attachment_share=0.5, routed=20)
    result = export_bundle(first, tmp_path / "snapshot.eob", everything=True)
    assert result.events > 60 and result.blobs > 0
    second = open_store(tmp_path / "pc2")
    applied = import_bundle(second, tmp_path / "snapshot.eob")
    assert not applied.refused
    assert _letters(second) == _letters(first)
    again = import_bundle(second, tmp_path / "snapshot.eob")
    assert again.applied == [] and len(again.duplicates) == len(applied.applied)
    with second.db.session() as s:
        assert s.scalar(select(Event).where(Event.acked.is_(False))) is None  # nothing of pc1's to re-send
    first.close()
    second.close()
    assert check_data_dir(tmp_path / "pc2").ok


def test_unsent_work_travels_and_stays_in_outbox_until_acknowledged(store, clerk, tmp_path: Path):
    register_letter(store, clerk, LetterForm(register_date=date.today(), sender_name="ກງ", subject="ທົດລອງ"))
    with store.db.session() as s:
        pending = outbox_size(s, store.device_id)
    result = export_bundle(store, tmp_path / "out.eob")
    assert result.events == pending > 0
    with store.db.session() as s:
        assert outbox_size(s, store.device_id) == pending


def test_altered_or_foreign_bundle_is_refused_before_anything_is_imported(store, clerk, tmp_path: Path):
    other = open_store(tmp_path / "other")
    generate_demo(other, 5, attachment_share=0, routed=0)
    export_bundle(other, tmp_path / "other.eob", everything=True)
    with pytest.raises(ValueError, match="another office"):
        import_bundle(store, tmp_path / "other.eob")
    with zipfile.ZipFile(tmp_path / "other.eob") as source, zipfile.ZipFile(tmp_path / "bad.eob", "w") as bad:
        for item in source.infolist():
            data = source.read(item)
            bad.writestr(item, data[:-1] + b"x" if item.filename == "events.jsonl.zst" else data)
    with pytest.raises(BundleInvalid, match="checksum"):
        import_bundle(store, tmp_path / "bad.eob")
    (tmp_path / "junk.eob").write_bytes(b"not a zip")
    with pytest.raises(BundleInvalid):
        import_bundle(store, tmp_path / "junk.eob")
    other.close()
