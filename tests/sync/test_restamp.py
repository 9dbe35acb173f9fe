"""Archive re-stamps against the real server: a PDF copy at B-LTA whose last document time-stamp is older than the
limit gets a fresh one from the server's authority as a new archived copy, still B-LTA for pyHanko; a younger one is
left alone; the original bytes never change."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from eoffice_desktop.cli import main
from eoffice_desktop.core.demo.files import demo_pdf
from eoffice_desktop.core.office import open_store, setup_office
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.signing.fold import PDF_ARCHIVED
from eoffice_desktop.core.signing.ledger import trust_store
from eoffice_desktop.core.signing.letters import sign_letter, verify_letter
from eoffice_desktop.core.signing.pdfsign import verify_pdf
from eoffice_desktop.core.signing.restamp import LastStamp, is_due, last_stamp
from eoffice_desktop.core.signing.status import VALID
from eoffice_desktop.core.storage.models import Attachment, Event
from eoffice_shared.exits import OK, USAGE
from sync.client.session import sync_once, transport_for
from sync.client.timestamps import restamp_pdfs
from sync.server.ca import ServerCA
from sync.server.cli import main as server_cli
from sync.server.restamp_report import due_letters
from tests.sync.conftest import RunningServer
from tests.sync.test_client_trust import _certified_official, _office_pc


def _attachments(store, letter_id: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    with store.db.session() as s:
        rows = s.scalars(select(Attachment).where(Attachment.letter_id == letter_id))
        return {a.filename: a.blob_hash for a in rows}


def test_old_archived_copy_gets_a_fresh_document_time_stamp(
    central: RunningServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store, actor = _office_pc(central, tmp_path)
    ServerCA.create(central.blob_dir.parent, "ກະຊວງ CA")
    sync_once(store)
    identity = _certified_official(store, actor)
    pdf = tmp_path / "ແຈ້ງການ.pdf"
    pdf.write_bytes(demo_pdf("a letter kept for years"))
    form = LetterForm(register_date=date.today(), sender_name="ກະຊວງ", subject="ແຈ້ງການ", attachments=[pdf])
    letter_id = register_letter(store, actor, form).letter_id
    sign_letter(store, actor, letter_id, identity, sign_pdfs=True)
    sync_once(store)  # signature time-stamp and first archive (B-LTA)
    first_hash = _attachments(store, letter_id)["ແຈ້ງການ (signed 1) (archived).pdf"]
    first = store.blobs.read(first_hash)
    stamp = last_stamp(first)
    assert stamp is not None

    transport = transport_for(store)
    young = restamp_pdfs(store, transport, actor, timedelta(days=365), now=stamp.time + timedelta(days=30))
    assert young.done == [] and young.not_due == 1 and young.failed == []
    assert len(_attachments(store, letter_id)) == 3  # left alone

    later = stamp.time + timedelta(days=400)  # the age is faked by the time passed in, not by waiting
    old = restamp_pdfs(store, transport, actor, timedelta(days=365), now=later)
    assert len(old.done) == 1 and old.failed == [], old.failed
    names = _attachments(store, letter_id)
    assert set(names) == {
        "ແຈ້ງການ.pdf",
        "ແຈ້ງການ (signed 1).pdf",
        "ແຈ້ງການ (signed 1) (archived).pdf",
        "ແຈ້ງການ (signed 1) (archived 2).pdf",
    }
    assert (
        "sha256:" + hashlib.sha256(store.blobs.read(first_hash)).hexdigest() == first_hash
    )  # the earlier copy is unchanged
    renewed = store.blobs.read(names["ແຈ້ງການ (signed 1) (archived 2).pdf"])
    assert renewed.startswith(first)  # an incremental update: every earlier byte kept
    with store.db.session() as s:
        trust = trust_store(s)
        assert len(list(s.scalars(select(Event).where(Event.type == PDF_ARCHIVED)))) == 2
    checks = verify_pdf(renewed, trust)
    assert [c.level for c in checks] == ["PAdES B-LTA", "document time-stamp", "document time-stamp"]
    assert all(c.intact and c.trusted for c in checks), [c.summary for c in checks]
    newer = last_stamp(renewed)
    assert newer is not None and newer.time > stamp.time

    # The fresh copy is now the youngest: the same limit leaves it alone; the manifest signature stays valid.
    again = restamp_pdfs(store, transport, actor, timedelta(days=365), now=datetime.now(UTC) + timedelta(days=30))
    assert again.done == [] and again.not_due == 1
    assert [c.status.code for c in verify_letter(store, letter_id)] == [VALID]
    assert sync_once(store).pushed >= 1  # the re-stamp's event goes to the office's other PCs

    store.close()

    # The command: with the default age nothing is due now; a wrong age is one sentence and changes nothing.
    assert main(["restamp", "--data-dir", str(tmp_path / "ກຊ")]) == OK
    assert "0 letter(s) re-stamped, 1 not due yet, 0 failed" in capsys.readouterr().out
    with pytest.raises(SystemExit) as usage:
        main(["restamp", "--data-dir", str(tmp_path / "ກຊ"), "--older-than", "soon"])
    assert usage.value.code == USAGE and "is not a number of days" in capsys.readouterr().err
    store = open_store(tmp_path / "ກຊ")
    assert len(_attachments(store, letter_id)) == 4
    # A newest copy whose file is not on this PC (held back, not yet downloaded): one sentence, nothing changed.
    store.blobs.path_of(names["ແຈ້ງການ (signed 1) (archived 2).pdf"]).unlink()
    missing = restamp_pdfs(store, transport_for(store), actor, timedelta(days=365), now=later + timedelta(days=800))
    assert missing.done == [] and len(missing.failed) == 1 and "not on this PC yet" in missing.failed[0]
    assert len(_attachments(store, letter_id)) == 4
    store.close()

    # The server cannot re-stamp (the copies are the office's records): it reports which letters are due.
    server = ["admin", "restamp", "--data-dir", str(central.blob_dir.parent), "--database", central.database.url]
    assert server_cli(server) == OK
    out = capsys.readouterr().out
    assert "The time-stamping certificate ends" in out and "0 letter(s) need a fresh time-stamp" in out
    with central.database.read() as s:
        a_year_on = due_letters(s, datetime(2100, 1, 1), datetime.now() + timedelta(days=400), timedelta(days=365))
        ending = due_letters(s, datetime.now() + timedelta(days=30), datetime.now(), timedelta(days=365))
        now_due = due_letters(s, datetime(2100, 1, 1), datetime.now(), timedelta(days=365))
    assert [d.letter_id for d in a_year_on] == [letter_id] and a_year_on[0].office == "ກຊ"
    assert [d.letter_id for d in ending] == [letter_id] and "certificate ends" in ending[0].reason
    assert now_due == []


def test_restamp_on_a_pc_not_enrolled_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = open_store(tmp_path / "office")
    setup_office(store, "ກຊ", "ຫ້ອງການ ກຊ", "Office", "admin", "ທ່ານ ສົມໃຈ", "password-1")
    store.close()
    assert main(["restamp", "--data-dir", str(tmp_path / "office")]) == USAGE
    assert "not enrolled with the central server" in capsys.readouterr().err


def test_a_young_stamp_is_due_when_its_authority_certificate_ends_soon() -> None:
    now = datetime(2027, 6, 1, tzinfo=UTC)
    young = LastStamp(time=now - timedelta(days=10), authority_ends=now + timedelta(days=60))
    assert is_due(young, now)  # within 90 days of the end: re-stamp whatever the age
    assert not is_due(LastStamp(time=young.time, authority_ends=now + timedelta(days=400)), now)
    assert is_due(
        LastStamp(time=now - timedelta(days=31), authority_ends=now + timedelta(days=400)), now, timedelta(30)
    )
    assert not is_due(None, now)  # no document time-stamp: archiving it is the sync's job
