"""A second PC of the office gets a signed letter by sync while its file is held back (a metered link takes no big
file): the signature is recorded as not fully checked (`files_missing`), not valid; the next sync that brings the file
checks it again by itself, and it is valid. A sync stopped while it checks signatures leaves them to the next one.
Real server over HTTP, real keys and CA."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from eoffice_desktop.core.demo.files import demo_pdf
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.signing.ledger import add_trust_items
from eoffice_desktop.core.signing.letters import sign_letter, verify_letter
from eoffice_desktop.core.signing.status import FILES_MISSING, VALID
from eoffice_desktop.core.signing.tables import Signature
from eoffice_desktop.core.storage.settings import set_setting
from eoffice_shared.signing.ca import OfflineCA
from eoffice_shared.signing.keys import KeyStore, default_key_folder
from sync.client.engine import SyncCancelled
from sync.client.session import sync_once
from tests.core.signing.conftest import CA_PASS, Pki
from tests.sync.conftest import RunningServer
from tests.sync.offices import Desk, another_pc, first_pc, server_office


def _stored(desk: Desk, letter_id: str) -> str:
    with desk.store.db.session() as s:
        return s.scalars(select(Signature.status).where(Signature.letter_id == letter_id)).one()


def test_a_signature_synced_before_its_file_is_valid_only_once_the_file_has_come(  # type: ignore[no-untyped-def]
    central_sqlite: RunningServer, tmp_path: Path
):
    codes = server_office(central_sqlite.database, "ກຂ", "ເມືອງ ກ", pcs=2)
    a = first_pc(tmp_path, "a", "ກຂ", central_sqlite.url, codes[0])
    a2 = another_pc(tmp_path, "a2", a, central_sqlite.url, codes[1])
    ca = OfflineCA.init(tmp_path / "ca", "Test Ministry CA", CA_PASS, office="ກະຊວງ ທົດລອງ")
    pki = Pki(ca, KeyStore(default_key_folder(a.store.data_dir.root)), tmp_path)
    with a.store.db.write() as s:
        add_trust_items(s, a.store.log, a.actor, pki.trust())  # (events: the other PC gets them by sync)
    pdf = tmp_path / "ໜັງສືແຈ້ງ.pdf"
    pdf.write_bytes(demo_pdf("A signed letter with a file bigger than the metered link takes"))
    assert pdf.stat().st_size > 1100
    form = LetterForm(direction="in", register_date=date.today(), sender_name="ກະຊວງ", subject="ແຈ້ງການ")
    form.attachments = [pdf]
    letter_id = register_letter(a.store, a.actor, form).letter_id
    sign_letter(a.store, a.actor, letter_id, pki.official(a.actor.user_id))
    assert sync_once(a.store).blobs_up == 1

    with a2.store.db.write() as s:
        set_setting(s, "sync.hold_blobs_over_mb", "0.001")  # a metered link that takes no file over 1 KB
    report = sync_once(a2.store)
    assert report.pulled > 0 and report.blobs_down == 0  # the letter and its signature came; the file waits
    assert _stored(a2, letter_id) == FILES_MISSING  # checked after the pull: not valid, the file is not here
    [checked] = verify_letter(a2.store, letter_id)
    assert checked.status.code == FILES_MISSING and checked.status.missing_files == [pdf.name]

    with a2.store.db.write() as s:
        set_setting(s, "sync.hold_blobs_over_mb", "5")
    steps: list[tuple[str, int, int]] = []
    report = sync_once(a2.store, progress=lambda step: steps.append((step.phase, step.done, step.total)))
    assert report.pulled == 0 and report.blobs_down == 1  # nothing new but the file
    assert _stored(a2, letter_id) == VALID  # checked again by the sync itself, before anyone opens the letter
    assert steps[-2:] == [("signatures", 0, 1), ("signatures", 1, 1)]  # the sync's progress says so
    a.store.close()
    a2.store.close()


def test_a_sync_stopped_while_it_checks_signatures_leaves_them_to_the_next_sync(  # type: ignore[no-untyped-def]
    central_sqlite: RunningServer, tmp_path: Path
):
    codes = server_office(central_sqlite.database, "ຄງ", "ເມືອງ ຄ", pcs=2)
    a = first_pc(tmp_path, "a", "ຄງ", central_sqlite.url, codes[0])
    a2 = another_pc(tmp_path, "a2", a, central_sqlite.url, codes[1])
    ca = OfflineCA.init(tmp_path / "ca", "Test Ministry CA", CA_PASS, office="ກະຊວງ ທົດລອງ")
    pki = Pki(ca, KeyStore(default_key_folder(a.store.data_dir.root)), tmp_path)
    with a.store.db.write() as s:
        add_trust_items(s, a.store.log, a.actor, pki.trust())
    form = LetterForm(direction="in", register_date=date.today(), sender_name="ກະຊວງ", subject="ແຈ້ງການ")
    letter_id = register_letter(a.store, a.actor, form).letter_id
    sign_letter(a.store, a.actor, letter_id, pki.official(a.actor.user_id))
    sync_once(a.store)

    phases: list[str] = []
    with pytest.raises(SyncCancelled):  # Stop pressed as the signatures' check begins
        sync_once(a2.store, progress=lambda step: phases.append(step.phase), cancelled=lambda: "signatures" in phases)
    assert _stored(a2, letter_id) == "unchecked"  # the letter and its signature are kept, not checked yet
    report = sync_once(a2.store)
    assert report.pulled == 0 and _stored(a2, letter_id) == VALID  # a sync that brings nothing new checks it
    a.store.close()
    a2.store.close()
