"""A signature whose signed file has not arrived on this PC yet (sync or USB still to bring it) is not called valid:
the core says the file was not checked, the Signatures tab is amber with "Not checked yet" (in Lao too), `eoffice
verify` says so and exits 1; once the file arrives and checks out, it is green "Valid" again. Real office, real keys,
real CA, the real command."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from eoffice_desktop.core.demo.files import demo_pdf
from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.signing.ledger import add_trust_items
from eoffice_desktop.core.signing.letters import sign_letter, verify_letter
from eoffice_desktop.core.signing.status import FILES_MISSING, VALID
from eoffice_desktop.core.signing.tables import Signature
from eoffice_desktop.core.storage.models import Attachment, Letter
from eoffice_desktop.ui.resources import install_translation
from eoffice_desktop.ui.signatures_panel import SignaturesPanel
from eoffice_desktop.ui.signatures_words import status_colour
from eoffice_desktop.ui.tasks import TaskRunner
from eoffice_shared.signing.ca import OfflineCA
from eoffice_shared.signing.keys import KeyStore, default_key_folder
from tests.core.signing.conftest import CA_PASS, Pki

ROOT = Path(__file__).resolve().parents[2]
FILE = "ໜັງສືແຈ້ງ.pdf"
GREEN = status_colour(VALID)


def _signed_letter(store: OfficeStore, clerk: Actor, tmp_path: Path) -> tuple[str, str]:
    """A letter with a PDF, signed by an official of a CA this office trusts (with its revocation list); its id and
    the blob of the file."""
    since = datetime.now(UTC) - timedelta(days=365)
    ca = OfflineCA.init(tmp_path / "ca", "Test Ministry CA", CA_PASS, office="ກະຊວງ ທົດລອງ", valid_from=since)
    pki = Pki(ca, KeyStore(default_key_folder(store.data_dir.root)), tmp_path)
    with store.db.session() as s, s.begin():
        add_trust_items(s, store.log, clerk, pki.trust())
    identity = pki.official(clerk.user_id)
    pdf = tmp_path / FILE
    pdf.write_bytes(demo_pdf("A signed letter whose file travels later"))
    form = LetterForm(direction="in", register_date=date.today(), sender_name="ກະຊວງ ການເງິນ", subject="ແຈ້ງການ")
    form.attachments = [pdf]
    letter_id = register_letter(store, clerk, form).letter_id
    sign_letter(store, clerk, letter_id, identity)
    with store.db.session() as s:
        blob = s.scalars(select(Attachment.blob_hash).where(Attachment.letter_id == letter_id)).one()
    return letter_id, blob


def _panel(qtbot, store: OfficeStore, clerk: Actor, letter_id: str) -> tuple[str, str, str, str, list[str]]:  # type: ignore[no-untyped-def]
    """What the Signatures tab shows: the summary and its colour, the signature's row and its colour, the codes."""
    runner = TaskRunner()
    panel = SignaturesPanel(store, runner)
    qtbot.addWidget(panel)
    panel.set_actor(clerk)
    panel.show_letter(letter_id)
    qtbot.waitUntil(lambda: panel.current is not None, timeout=10000)
    item = panel.list.item(0)
    shown = (
        panel.summary.text(),
        panel.summary.styleSheet(),
        item.text(),
        item.foreground().color().name(),
        panel.status_codes(),
    )
    runner.wait()
    return shown


def _verify_command(store: OfficeStore, letter_id: str) -> subprocess.CompletedProcess[str]:
    with store.db.session() as s:
        number = s.get(Letter, letter_id).registry_number  # type: ignore[union-attr]
    command = [sys.executable, "-m", "eoffice_desktop", "verify", "--letter", number]
    command += ["--data-dir", str(store.data_dir.root)]
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=120)


def test_a_signature_whose_file_has_not_arrived_is_not_shown_valid_until_it_arrives(  # type: ignore[no-untyped-def]
    qtbot, app, store: OfficeStore, clerk: Actor, tmp_path: Path
):
    letter_id, blob = _signed_letter(store, clerk, tmp_path)
    data = store.blobs.read(blob)
    store.blobs.path_of(blob).unlink()  # the letter and its signature came; the file is still on its way

    [checked] = verify_letter(store, letter_id)
    status = checked.status
    assert status.code == FILES_MISSING, status.describe()
    assert not status.ok and not status.fully_checked and status.missing_files == [FILE]
    assert [n.code for n in status.warning_notes] == ["file_not_arrived"]
    with store.db.session() as s:  # what the office's records keep of the check says the same
        assert s.scalars(select(Signature.status).where(Signature.letter_id == letter_id)).one() == FILES_MISSING

    summary, summary_style, row, colour, codes = _panel(qtbot, store, clerk, letter_id)
    assert codes == [FILES_MISSING]
    assert summary == "1 signature(s), not all checked yet: a signed file has not arrived on this PC."
    assert GREEN not in summary_style and status_colour(FILES_MISSING) in summary_style
    assert (
        f"Not checked yet: a signed file has not arrived on this PC ({FILE}). Press Sync now, then look again." in row
    )
    assert "Valid" not in row and colour != GREEN and colour == status_colour(FILES_MISSING)

    install_translation(app, "lo")
    try:
        summary, _style, row, _colour, _codes = _panel(qtbot, store, clerk, letter_id)
    finally:
        install_translation(app, "en")
    assert summary == "1 ລາຍເຊັນ, ຍັງກວດສອບບໍ່ຄົບ: ໄຟລ໌ທີ່ລົງລາຍເຊັນຍັງບໍ່ທັນມາຮອດຄອມພິວເຕີນີ້."
    assert f"ຍັງບໍ່ໄດ້ກວດສອບ: ໄຟລ໌ທີ່ລົງລາຍເຊັນຍັງບໍ່ທັນມາຮອດຄອມພິວເຕີນີ້ ({FILE}). ກົດ ຊິງຂໍ້ມູນດຽວນີ້" in row
    assert "ຖືກຕ້ອງ" not in row  # nowhere "valid"

    said = _verify_command(store, letter_id)
    assert said.returncode == 1, said.stdout + said.stderr  # not verified: the answer is no, as for a bad signature
    assert "[FILES_MISSING] signature 1 (signed)" in said.stdout
    assert (
        f"Not fully checked, so not verified: a signed file has not arrived on this PC yet ('{FILE}'). "
        "Synchronise and check again." in said.stdout
    )
    assert f"warning: the file '{FILE}' has not arrived on this PC yet; it was not checked" in said.stdout
    assert "The signature is valid." not in said.stdout

    assert store.blobs.add_bytes(data) == blob  # the file arrives (sync or USB): checked, and valid
    summary, summary_style, row, colour, codes = _panel(qtbot, store, clerk, letter_id)
    assert codes == [VALID]
    assert summary == "1 signature(s), all valid." and GREEN in summary_style
    assert "Valid: the letter is exactly as it was signed." in row and colour == GREEN
    said = _verify_command(store, letter_id)
    assert said.returncode == 0, said.stdout + said.stderr
    assert "[VALID] signature 1 (signed)" in said.stdout and "The signature is valid." in said.stdout
    assert "not arrived" not in said.stdout


def test_the_details_get_most_of_the_tabs_height_beside_the_list(  # type: ignore[no-untyped-def]
    qtbot, app, store: OfficeStore, clerk: Actor, tmp_path: Path
):
    """At a 1366x768 screen's size the tab is about 360x450: the details (a dozen rows, then the notes) get two thirds
    of what the summary and the buttons leave, the list still shows the chosen signature's first lines."""
    letter_id, _blob = _signed_letter(store, clerk, tmp_path)
    runner = TaskRunner()
    panel = SignaturesPanel(store, runner)
    qtbot.addWidget(panel)
    panel.set_actor(clerk)
    panel.resize(362, 449)
    panel.show()
    panel.show_letter(letter_id)
    qtbot.waitUntil(lambda: panel.current is not None, timeout=10000)
    assert panel.details.isHidden() and panel.list.height() > 300  # until asked, the list has the room
    panel.details_button.click()
    qtbot.waitUntil(lambda: panel.details.isVisible() and panel.details.height() > 0)
    assert panel.details.height() > 1.8 * panel.list.height()
    assert panel.list.visualItemRect(panel.list.item(0)).top() >= 0 and panel.list.height() > 80
    assert panel.split.geometry().bottom() < panel.details_button.geometry().top()  # nothing pushed under the buttons
    runner.wait()
