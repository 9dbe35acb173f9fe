"""A signed file that has not arrived on this PC yet: the signature is `files_missing` (not valid: its bytes were not
checked), a worse outcome still wins, and once the file arrives the office's records are checked again (as after a
sync) and say valid. Real office, real keys and CA."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from eoffice_desktop.core.demo.files import demo_pdf
from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import correct_field, register_letter
from eoffice_desktop.core.signing.letters import recheck_arrived, sign_letter, verify_letter, verify_pending
from eoffice_desktop.core.signing.status import CHANGED, FILES_MISSING, VALID
from eoffice_desktop.core.signing.tables import Signature
from eoffice_desktop.core.storage.models import Attachment
from tests.core.signing.conftest import Pki
from tests.core.signing.test_letters import _official


def _letter_with_files(store: OfficeStore, actor: Actor, tmp_path: Path, subject: str) -> tuple[str, dict[str, str]]:
    """A letter with two files; its id and each file's blob by name."""
    files = []
    for name in (f"{subject}-ໜັງສື.pdf", f"{subject}-ຂໍ້ມູນ.pdf"):
        path = tmp_path / name
        path.write_bytes(demo_pdf(f"{subject} {name}"))
        files.append(path)
    form = LetterForm(direction="in", register_date=date.today(), sender_name="ກະຊວງ ການເງິນ", subject=subject)
    form.attachments = files
    letter_id = register_letter(store, actor, form).letter_id
    with store.db.session() as s:
        rows = s.execute(select(Attachment.filename, Attachment.blob_hash).where(Attachment.letter_id == letter_id))
        return letter_id, {name: blob for name, blob in rows}


def _stored(store: OfficeStore, letter_id: str) -> str:
    with store.db.session() as s:
        return s.scalars(select(Signature.status).where(Signature.letter_id == letter_id)).one()


def test_a_file_not_arrived_leaves_the_signature_unverified_until_it_arrives(  # type: ignore[no-untyped-def]
    store: OfficeStore, clerk: Actor, pki: Pki, tmp_path: Path
):
    identity = _official(store, pki, clerk)
    letter_id, blobs = _letter_with_files(store, clerk, tmp_path, "ແຈ້ງການ")
    sign_letter(store, clerk, letter_id, identity)  # type: ignore[arg-type]
    late = next(name for name in blobs if name.endswith("ຂໍ້ມູນ.pdf"))
    data = store.blobs.read(blobs[late])
    store.blobs.path_of(blobs[late]).unlink()

    [checked] = verify_letter(store, letter_id)
    status = checked.status
    assert status.code == FILES_MISSING and not status.ok and status.missing_files == [late]
    assert status.message_en == (
        f"Not fully checked, so not verified: a signed file has not arrived on this PC yet ('{late}'). "
        "Synchronise and check again."
    )
    assert "ຍັງກວດສອບບໍ່ຄົບ" in status.message_lo and late in status.message_lo
    assert _stored(store, letter_id) == FILES_MISSING
    assert recheck_arrived(store) == 0 and _stored(store, letter_id) == FILES_MISSING  # still waiting: left alone

    assert store.blobs.add_bytes(data) == blobs[late]  # the sync brings the file
    assert recheck_arrived(store) == 1 and _stored(store, letter_id) == "unchecked"
    assert verify_pending(store) == 1 and _stored(store, letter_id) == VALID
    [checked] = verify_letter(store, letter_id)
    assert checked.status.code == VALID and checked.status.fully_checked and not checked.status.warning_notes


def test_a_worse_outcome_is_not_hidden_by_a_file_not_arrived(  # type: ignore[no-untyped-def]
    store: OfficeStore, clerk: Actor, pki: Pki, tmp_path: Path
):
    identity = _official(store, pki, clerk)
    letter_id, blobs = _letter_with_files(store, clerk, tmp_path, "ເຊີນປະຊຸມ")
    sign_letter(store, clerk, letter_id, identity)  # type: ignore[arg-type]
    correct_field(store, clerk, letter_id, "subject", "ເຊີນປະຊຸມ ດ່ວນ", "typo")  # changed after signing
    name, blob = next(iter(blobs.items()))
    store.blobs.path_of(blob).unlink()
    [checked] = verify_letter(store, letter_id)
    assert checked.status.code == CHANGED and checked.status.missing_files == [name]
    assert [n.code for n in checked.status.warning_notes] == ["file_not_arrived"]
    assert recheck_arrived(store) == 0  # only signatures that were waiting for a file are checked again
