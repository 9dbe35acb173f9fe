"""The dialogs no menu item opens itself, opened as a clerk reaches them: the address book's merge and link, the
signing windows (asked from the Signatures tab and My signing key), the package check (after its file is chosen),
the return of an arrived letter to its sender (asked from the Arrived page), the sending again of a returned letter
(asked from the letter view or the list of sent letters to follow up). Shared by the screen-size check and the
screen-reader names check, which each catch the dialogs as they open."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.storage.models import Letter

OPENED = {
    "MergeDialog",
    "LinkDialog",
    "PassphraseDialog",
    "SignDialog",
    "VerifyPackageDialog",
    "ReturnDialog",
    "SendAgainDialog",
}


def open_windows_behind(window: Any, store: OfficeStore, tmp_path: Path) -> None:
    """Open each of them over `window` (a head's main window); the caller's patched exec() checks and closes them."""
    from eoffice_desktop.core.service import address_book as book
    from eoffice_desktop.ui.address_book_dialogs import LinkDialog, MergeDialog
    from eoffice_desktop.ui.key_dialog import SigningKeyDialog
    from eoffice_desktop.ui.sign_dialog import SignDialog
    from eoffice_shared.signing.keys import KeyStore, UnlockedKeys

    entry = book.entries(store)[0].entry
    MergeDialog(book.entry(store, entry.id), book.merge_targets(store, entry.id), window).exec()
    suggested = book.suggested_offices(store, entry.id)
    LinkDialog(store, window.runner, book.entry(store, entry.id), suggested, window).exec()
    keys = KeyStore(tmp_path / "keys")
    SigningKeyDialog(store, window.runner, window.viewer.user_id, keys, window).create_key()  # (passphrase)
    with store.db.session() as s:
        letter = s.query(Letter).filter(Letter.direction == "out").first()
        assert letter is not None
        letter_id = letter.id
    SignDialog(store, window.runner, window.actor, letter_id, keys, UnlockedKeys(0), ["signed"], True, window).exec()
    from eoffice_desktop.ui.return_dialog import ReturnDialog

    sender, subject = "ກະຊວງສຶກສາທິການ ແລະ ກິລາ, ນະຄອນຫຼວງວຽງຈັນ", "ແຈ້ງການ ກ່ຽວກັບ ການຈັດກອງປະຊຸມ ສະຫຼຸບວຽກງານ ປະຈຳປີ"
    ReturnDialog(window.ops, window.actor, letter_id, sender, subject, window).open()
    from eoffice_desktop.core.service import LetterHeading
    from eoffice_desktop.ui.send_again_dialog import SendAgainDialog

    with store.db.session() as s:
        heading = LetterHeading.of(s.get(Letter, letter_id))  # type: ignore[arg-type]
    returned = [(sender, "ເລື່ອງນີ້ບໍ່ແມ່ນຂອງຫ້ອງການພວກເຮົາ, ກະລຸນາສົ່ງໄປກະຊວງສຶກສາທິການ ແລະ ກິລາ ແທນ")]
    SendAgainDialog(store, window.actor, heading, returned, window.runner, window, ops=window.ops).open()
    (tmp_path / "package.zip").write_bytes(b"not a package")
    window.menus.verify_package(tmp_path / "package.zip")
    window.runner.wait()
