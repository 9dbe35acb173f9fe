"""Signatures that come on a USB stick are checked when the bundle is read in, as a sync checks those it brings: they
get their stored status at once; one whose signed file a later bundle brings is checked again then; a Stop during the
check keeps the bundle read in and leaves the rest for the letter's opening. Two real PCs of one office, real bundle
files (export_bundle, import_bundle), real keys and CA."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from eoffice_desktop.core.demo.files import demo_pdf
from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.office import OfficeStore, open_store
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.signing.ledger import add_trust_items
from eoffice_desktop.core.signing.letters import sign_letter, verify_letter
from eoffice_desktop.core.signing.status import FILES_MISSING, VALID
from eoffice_desktop.core.signing.tables import Signature
from eoffice_desktop.core.storage.models import Attachment
from eoffice_shared.signing.ca import OfflineCA
from eoffice_shared.signing.keys import Identity, KeyStore, default_key_folder
from sync.client.bundles import export_bundle, import_bundle
from tests.core.signing.conftest import CA_PASS, Pki


def _official(store: OfficeStore, actor: Actor, tmp_path: Path) -> Identity:
    """The office trusts its ministry's CA (events: they travel in the bundles too); the clerk gets a signing key."""
    ca = OfflineCA.init(tmp_path / "ca", "Test Ministry CA", CA_PASS, office="ກະຊວງ ທົດລອງ")
    pki = Pki(ca, KeyStore(default_key_folder(store.data_dir.root)), tmp_path)
    with store.db.write() as s:
        add_trust_items(s, store.log, actor, pki.trust())
    return pki.official(actor.user_id)


def _second_pc(first: OfficeStore, tmp_path: Path) -> OfficeStore:
    """Another PC of the office, started from the first one's USB snapshot."""
    export_bundle(first, tmp_path / "snapshot.eob", everything=True)
    second = open_store(tmp_path / "second")
    import_bundle(second, tmp_path / "snapshot.eob")
    return second


def _signed_letter(store: OfficeStore, actor: Actor, identity: Identity, tmp_path: Path, subject: str) -> str:
    pdf = tmp_path / f"{subject}.pdf"
    pdf.write_bytes(demo_pdf(f"A signed letter: {subject}"))
    form = LetterForm(direction="in", register_date=date.today(), sender_name="ກະຊວງ ການເງິນ", subject=subject)
    form.attachments = [pdf]
    letter_id = register_letter(store, actor, form).letter_id
    sign_letter(store, actor, letter_id, identity)
    return letter_id


def _stored(store: OfficeStore, letter_id: str) -> str:
    with store.db.session() as s:
        return s.scalars(select(Signature.status).where(Signature.letter_id == letter_id)).one()


def test_signatures_on_a_stick_get_their_status_when_it_is_read_in(
    store: OfficeStore, clerk: Actor, tmp_path: Path
) -> None:
    identity = _official(store, clerk, tmp_path)
    second = _second_pc(store, tmp_path)
    letters = [_signed_letter(store, clerk, identity, tmp_path, f"ແຈ້ງການ {n}") for n in range(3)]
    export_bundle(store, tmp_path / "stick.eob")
    steps: list[tuple[int, int]] = []

    read = import_bundle(second, tmp_path / "stick.eob", checking=lambda done, total: steps.append((done, total)))
    assert read.signatures_checked == 3 and not read.signatures_stopped
    assert steps[0] == (0, 3) and steps[-1] == (3, 3)
    assert [_stored(second, letter_id) for letter_id in letters] == [VALID] * 3  # recorded without opening them
    again = import_bundle(second, tmp_path / "stick.eob")  # the same stick twice: nothing new to check
    assert again.applied == [] and again.signatures_checked == 0
    second.close()


def test_a_signature_whose_file_comes_on_a_later_stick_is_checked_again_then(
    store: OfficeStore, clerk: Actor, tmp_path: Path
) -> None:
    identity = _official(store, clerk, tmp_path)
    second = _second_pc(store, tmp_path)
    letter_id = _signed_letter(store, clerk, identity, tmp_path, "ເຊີນປະຊຸມ")
    with store.db.session() as s:
        blob = s.scalars(select(Attachment.blob_hash).where(Attachment.letter_id == letter_id)).one()
    kept = tmp_path / "kept-aside"
    store.blobs.path_of(blob).rename(kept)  # this PC's copy of the file is not here when the first stick is written
    export_bundle(store, tmp_path / "first.eob")
    kept.rename(store.blobs.path_of(blob))
    export_bundle(store, tmp_path / "second.eob")  # (the same changes, not confirmed yet, and now the file)

    first = import_bundle(second, tmp_path / "first.eob")
    assert first.signatures_checked == 1 and _stored(second, letter_id) == FILES_MISSING
    later = import_bundle(second, tmp_path / "second.eob")
    assert later.applied == [] and later.signatures_checked == 1  # only the file was new: its signature is checked
    assert _stored(second, letter_id) == VALID
    second.close()


def test_a_stop_while_signatures_are_checked_keeps_the_bundle_and_leaves_them_for_later(
    store: OfficeStore, clerk: Actor, tmp_path: Path
) -> None:
    identity = _official(store, clerk, tmp_path)
    second = _second_pc(store, tmp_path)
    letter_id = _signed_letter(store, clerk, identity, tmp_path, "ລາຍງານ")
    export_bundle(store, tmp_path / "stick.eob")
    steps: list[tuple[int, int]] = []

    read = import_bundle(
        second,
        tmp_path / "stick.eob",
        cancelled=lambda: bool(steps),  # Stop pressed as the check begins
        checking=lambda done, total: steps.append((done, total)),
    )
    assert read.applied and read.signatures_stopped and read.signatures_checked == 0  # the letters are in
    assert _stored(second, letter_id) == "unchecked"
    [opened] = verify_letter(second, letter_id)  # opening the letter checks it
    assert opened.status.code == VALID and _stored(second, letter_id) == VALID
    second.close()
