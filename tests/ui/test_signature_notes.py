"""The technical notes under a signature's details are worded in Lao from their codes (a missing revocation list, a
time-stamp or a long-term form that does not hold, a file not arrived, a revocation, the central server's
time-stamp), while `eoffice verify` prints the same English as before. Real office, real keys, real CA, real server."""

from __future__ import annotations

import re
import string
import subprocess
import sys
import zipfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from eoffice_desktop.core.demo.files import demo_pdf
from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.signing.ledger import add_trust_items, signatures_of
from eoffice_desktop.core.signing.letters import sign_letter, verify_letter
from eoffice_desktop.core.signing.notes import ENGLISH, Note
from eoffice_desktop.core.signing.package import export_package
from eoffice_desktop.core.signing.status import FILES_MISSING, REVOKED
from eoffice_desktop.core.signing.timestamps import record_extended, record_token
from eoffice_desktop.core.signing.trust import TrustStore
from eoffice_desktop.core.storage.models import Attachment, Letter
from eoffice_desktop.ui.resources import install_translation
from eoffice_desktop.ui.signature_notes import SENTENCES, note_words
from eoffice_desktop.ui.signatures_package import VerifyPackageDialog
from eoffice_desktop.ui.signatures_panel import SignaturesPanel
from eoffice_desktop.ui.signatures_words import local_time
from eoffice_desktop.ui.tasks import TaskRunner
from eoffice_shared.signing.ca import OfflineCA
from eoffice_shared.signing.keys import KeyStore, default_key_folder
from sync.client.session import sync_once
from sync.server.ca import ServerCA
from tests.core.signing.conftest import CA_PASS, Pki
from tests.sync.conftest import RunningServer
from tests.sync.test_client_trust import _certified_official, _office_pc, _signed_letter

ROOT = Path(__file__).resolve().parents[2]
FILE = "ແຈ້ງການ.pdf"


def _names(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_note_of_the_core_has_its_words_in_the_gui() -> None:
    """Each code has a sentence with the note's {values} (it may leave out a reason in the system's English)."""
    assert set(SENTENCES) == set(ENGLISH)
    for code, sentence in SENTENCES.items():
        english = {name.split(":")[0] for name in _names(ENGLISH[code])}
        assert _names(sentence) <= english <= _names(sentence) | {"reason"}, code


def test_an_unknown_note_keeps_its_english(app) -> None:  # type: ignore[no-untyped-def]
    import eoffice_desktop.core.signing.notes as notes

    notes.ENGLISH["from_a_newer_pc"] = "a note from a newer version ({what})"
    try:
        assert note_words(Note("from_a_newer_pc", {"what": "x"})) == "a note from a newer version (x)"
    finally:
        del notes.ENGLISH["from_a_newer_pc"]


# Words kept as they are in Lao sentences: a command, a file of the package, a standard, the word hash beside its Lao.
TECHNICAL = r"<\w+>|eoffice verify|signatures/index\.json|RFC 3161|\(hash\)"
SAMPLES = {
    "start": date(2025, 1, 2),
    "end": date(2026, 1, 2),
    "since": date(2026, 2, 3),
    "signed": datetime(2026, 3, 4, 5, 6, tzinfo=UTC),
    "when": datetime(2026, 3, 4, 5, 6, tzinfo=UTC),
    "stamped": datetime(2026, 2, 1, 9, 8, tzinfo=UTC),
    "problem": Note("stamp_of_another_signature"),
    "reasons": (Note("no_trusted_ca"),),
}


def test_every_note_reads_in_lao_with_its_values(app, lao) -> None:  # type: ignore[no-untyped-def]
    """Each code with values of its kind: Lao words around them, dates as the window shows them, nothing English
    left but the names and technical values it carries."""
    for code, english in ENGLISH.items():
        names = {name.split(":")[0] for name in _names(english)}
        made = Note(code, {name: SAMPLES.get(name, f"<{name}>") for name in names})
        said = note_words(made)
        assert said != made.text and re.search("[\u0e80-\u0eff]", said), code
        assert not re.search("[A-Za-z]", re.sub(TECHNICAL, "", said)), (code, said)
        for name in names:
            value = made.params[name]
            if isinstance(value, datetime):
                assert local_time(value.replace(tzinfo=None)) in said, (code, said)
            elif isinstance(value, date):
                assert f"{value:%d/%m/%Y}" in said, (code, said)


def _office_letter(store: OfficeStore, clerk: Actor, tmp_path: Path) -> tuple[OfflineCA, str, int]:
    """A CA this office trusts without its revocation list, an official certified by it, a letter they signed."""
    since = datetime.now(UTC) - timedelta(days=365)
    ca = OfflineCA.init(tmp_path / "ca", "Test Ministry CA", CA_PASS, office="ກະຊວງ ທົດລອງ", valid_from=since)
    pki = Pki(ca, KeyStore(default_key_folder(store.data_dir.root)), tmp_path)
    with store.db.session() as s, s.begin():
        add_trust_items(s, store.log, clerk, TrustStore([ca.certificate], []))
    identity = pki.official(clerk.user_id)
    pdf = tmp_path / FILE
    pdf.write_bytes(demo_pdf("Signed letter for the notes"))
    form = LetterForm(direction="in", register_date=date.today(), sender_name="ກະຊວງ ການເງິນ", subject="ແຈ້ງການ")
    form.attachments = [pdf]
    letter_id = register_letter(store, clerk, form).letter_id
    sign_letter(store, clerk, letter_id, identity)
    assert identity.certificate is not None
    return ca, letter_id, identity.certificate.serial_number


def _details_in_lao(qtbot, store: OfficeStore, actor: Actor, letter_id: str) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """The signature's row and its details, as the letter view shows them in Lao."""
    runner = TaskRunner()
    panel = SignaturesPanel(store, runner)
    qtbot.addWidget(panel)
    panel.set_actor(actor)
    panel.show_letter(letter_id)
    qtbot.waitUntil(lambda: panel.current is not None, timeout=10000)
    panel.details_button.click()
    shown = panel.list.item(0).text(), panel.details.toPlainText()
    runner.wait()
    return shown


def _notes_part(details: str) -> list[str]:
    """The lines under "Technical notes" (ບັນທຶກທາງເທັກນິກ)."""
    return details.split("ບັນທຶກທາງເທັກນິກ:", 1)[1].strip().splitlines()


def _without_technical_values(notes: list[str], notes_of: list[Note]) -> str:
    """The notes' words without the names they carry (an authority's distinguished name, a file's name, a serial:
    these stay as they are); a reason in the system's English is never shown."""
    text = "".join(notes)
    for value in (v for n in notes_of for k, v in n.params.items() if isinstance(v, str) and k != "reason"):
        text = text.replace(value, "")
    return text


def _cli(store: OfficeStore, letter_id: str) -> str:
    with store.db.session() as s:
        number = s.get(Letter, letter_id).registry_number  # type: ignore[union-attr]
    command = [sys.executable, "-m", "eoffice_desktop", "verify", "--letter", number]
    command += ["--data-dir", str(store.data_dir.root)]
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=120).stdout


def test_the_notes_of_a_signature_read_in_lao_and_the_cli_keeps_its_english(  # type: ignore[no-untyped-def]
    qtbot, app, store: OfficeStore, clerk: Actor, tmp_path: Path
):
    ca, letter_id, serial = _office_letter(store, clerk, tmp_path)
    authority = ca.certificate.subject.rfc4514_string()
    # A time-stamp and a long-term form that do not hold (damaged on the way), and the file not arrived yet.
    with store.db.write() as s:
        row = signatures_of(s, letter_id)[0]
        record_token(s, store.log, clerk, row, b"not a time-stamp token")
        record_extended(s, store.log, clerk, row, b"not a signature", "CAdES B-LT")
    with store.db.session() as s:
        blob = s.scalars(select(Attachment.blob_hash).where(Attachment.letter_id == letter_id)).one()
    store.blobs.path_of(blob).unlink()

    [checked] = verify_letter(store, letter_id)
    status = checked.status
    assert status.code == FILES_MISSING, status.describe()  # what was checked holds; the file was not checked
    assert [n.code for n in status.detail_notes] == ["trusted_through"]
    assert [n.code for n in status.warning_notes] == [
        "long_term_unreadable",
        "time_stamp_does_not_hold",
        "no_revocation_list",
        "file_not_arrived",
    ]
    english = _cli(store, letter_id)
    for line in (
        f"      trusted through: {authority}",
        "      warning: the long-term form of this signature cannot be read (",
        "      warning: the time-stamp does not hold: the time-stamp cannot be read (",
        f"      warning: no revocation list from {authority} is installed",
        f"      warning: the file '{FILE}' has not arrived on this PC yet; it was not checked",
    ):
        assert line in english, english
    assert "); ignored" in english

    install_translation(app, "lo")
    try:
        _row, details = _details_in_lao(qtbot, store, clerk, letter_id)
    finally:
        install_translation(app, "en")
    notes = _notes_part(details)
    assert notes == [
        f"ໄວ້ວາງໃຈຜ່ານອົງການອອກໃບຢັ້ງຢືນ {authority}.",
        "ອ່ານຮູບແບບໄລຍະຍາວ (ຂໍ້ມູນສຳລັບກວດສອບໃນອີກຫຼາຍປີ) ຂອງລາຍເຊັນນີ້ບໍ່ໄດ້; ຈຶ່ງບໍ່ໄດ້ນຳໃຊ້.",
        "ການປະທັບເວລາໃຊ້ບໍ່ໄດ້, ເວລາລົງລາຍເຊັນຈຶ່ງແມ່ນໂມງຂອງຄອມພິວເຕີຜູ້ລົງລາຍເຊັນ: ອ່ານມັນບໍ່ໄດ້.",
        f"ບໍ່ມີລາຍການໃບຢັ້ງຢືນທີ່ຖືກຍົກເລີກ ຂອງອົງການ {authority} ຢູ່ໃນຄອມພິວເຕີນີ້, ຈຶ່ງກວດບໍ່ໄດ້ວ່າໃບຢັ້ງຢືນຖືກ"
        "ຍົກເລີກຫຼືບໍ່. ກົດ ຊິງຂໍ້ມູນດຽວນີ້, ຫຼື ແຈ້ງພະນັກງານໄອທີ.",
        f"ໄຟລ໌ {FILE} ຍັງບໍ່ທັນມາຮອດຄອມພິວເຕີນີ້, ຈຶ່ງຍັງບໍ່ໄດ້ກວດສອບ. ກົດ ຊິງຂໍ້ມູນດຽວນີ້ ແລ້ວເບິ່ງອີກຄັ້ງ.",
    ]
    left = _without_technical_values(notes, status.detail_notes + status.warning_notes)
    assert not re.search("[A-Za-z]", left), notes  # no English left

    # The CA revokes the official's certificate; its new list reaches the office: the note says when, in Lao.
    ca.revoke(serial, CA_PASS)
    with store.db.session() as s, s.begin():
        add_trust_items(s, store.log, clerk, TrustStore([], [ca.crl()]))
    [checked] = verify_letter(store, letter_id)
    assert checked.status.code == REVOKED and checked.status.revoked_at is not None
    when = checked.status.revoked_at
    assert f"      serial {serial:x} revoked {when:%Y-%m-%d %H:%M UTC}" in _cli(store, letter_id)
    install_translation(app, "lo")
    try:
        _row, details = _details_in_lao(qtbot, store, clerk, letter_id)
    finally:
        install_translation(app, "en")
    revoked = f"ໃບຢັ້ງຢືນ (ເລກລຳດັບ {serial:x}) ຖືກຍົກເລີກແລ້ວ ເມື່ອ {local_time(when.replace(tzinfo=None))}."
    assert _notes_part(details)[0] == revoked
    assert "revoked" not in details


def test_the_central_servers_time_stamp_is_noted_in_lao(qtbot, app, central: RunningServer, tmp_path: Path):  # type: ignore[no-untyped-def]
    store, actor = _office_pc(central, tmp_path)
    ServerCA.create(central.blob_dir.parent, "ກະຊວງ CA")
    sync_once(store)
    letter_id = _signed_letter(store, actor, _certified_official(store, actor), tmp_path)
    sync_once(store)
    [checked] = verify_letter(store, letter_id)
    [stamped] = [n for n in checked.status.detail_notes if n.code == "time_stamped_by"]
    authority = str(stamped.params["authority"])
    assert f"      time-stamped by {authority}" in _cli(store, letter_id)
    install_translation(app, "lo")
    try:
        _row, details = _details_in_lao(qtbot, store, actor, letter_id)
    finally:
        install_translation(app, "en")
    notes = _notes_part(details)
    assert f"ປະທັບເວລາໂດຍ {authority}." in notes, notes
    left = _without_technical_values(notes, checked.status.detail_notes + checked.status.warning_notes)
    assert not re.search("[A-Za-z]", left), notes
    store.close()


def test_a_packages_notes_and_problems_read_in_lao(  # type: ignore[no-untyped-def]
    qtbot, app, store: OfficeStore, clerk: Actor, tmp_path: Path
):
    ca, letter_id, _serial = _office_letter(store, clerk, tmp_path)
    authority = ca.certificate.subject.rfc4514_string()
    package, broken = tmp_path / "signed.zip", tmp_path / "broken.zip"
    export_package(store, letter_id, package)
    with zipfile.ZipFile(package) as source, zipfile.ZipFile(broken, "w") as out:
        for item in source.infolist():  # the unsigned list of signatures damaged on the way
            out.writestr(item, b"{not json" if item.filename == "signatures/index.json" else source.read(item))
    runner = TaskRunner()
    install_translation(app, "lo")
    try:
        dialog = VerifyPackageDialog(store, runner, broken)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.result_ok is not None, timeout=10000)
        body = dialog.body.toPlainText()
    finally:
        install_translation(app, "en")
    runner.wait()
    assert dialog.result_ok is False
    assert "ລາຍການລາຍເຊັນຂອງຊຸດເອກະສານ (signatures/index.json) ອ່ານບໍ່ໄດ້; ລາຍເຊັນຈຶ່ງຖືກກວດສອບໂດຍບໍ່ມີມັນ." in body
    assert f"ໄວ້ວາງໃຈຜ່ານອົງການອອກໃບຢັ້ງຢືນ {authority}." in body
    assert f"ບໍ່ມີລາຍການໃບຢັ້ງຢືນທີ່ຖືກຍົກເລີກ ຂອງອົງການ {authority} ຢູ່ໃນຄອມພິວເຕີນີ້" in body
    assert "cannot be read" not in body and "no revocation list" not in body and "trusted through" not in body
    result = subprocess.run(
        [sys.executable, "-m", "eoffice_desktop", "verify", str(broken), "--data-dir", str(store.data_dir.root)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert "problem: signatures/index.json cannot be read; the signatures were checked without it" in result.stdout
    assert f"      warning: no revocation list from {authority} is installed" in result.stdout


def test_an_old_revocation_list_is_noted_in_lao(qtbot, app, store: OfficeStore, clerk: Actor, tmp_path: Path):  # type: ignore[no-untyped-def]
    ca, letter_id, _serial = _office_letter(store, clerk, tmp_path)
    old = ca.write_crl(CA_PASS, days=0)  # its next update is due now: out of date as soon as it is read
    with store.db.session() as s, s.begin():
        add_trust_items(s, store.log, clerk, TrustStore([], [old]))
    assert old.next_update_utc is not None
    since = old.next_update_utc.date()
    assert f"      warning: the revocation list is out of date since {since:%Y-%m-%d}" in _cli(store, letter_id)
    install_translation(app, "lo")
    try:
        _row, details = _details_in_lao(qtbot, store, clerk, letter_id)
    finally:
        install_translation(app, "en")
    said = "ລາຍການໃບຢັ້ງຢືນທີ່ຖືກຍົກເລີກ ໃນຄອມພິວເຕີນີ້ ລ້າສະໄໝແລ້ວ ຕັ້ງແຕ່ວັນທີ {since}. ກົດ ຊິງຂໍ້ມູນດຽວນີ້, ຫຼື"
    assert said.format(since=f"{since:%d/%m/%Y}") in details
    assert "out of date" not in details
