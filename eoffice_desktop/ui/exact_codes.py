"""Enter in the search box: a tracking code (typed, or sent by a barcode/QR scanner) or the verification code of a
printed signed letter finds its letter, read on the reader pool; the window opens it where it is."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLineEdit, QMessageBox, QWidget

from eoffice_desktop.core.journey.tracking import normalise_code
from eoffice_desktop.ui.ops import Ops


class ExactCodes(QObject):
    """`letter_found(list, letter id)`: a tracking code's letter and its list (its register; "arrived" for what reached
    this office of another office's letter: the letter, no routing). `signed_found(letter id)`: a verification code's
    letter, to open on its Signatures tab."""

    letter_found = Signal(str, str)
    signed_found = Signal(str)

    def __init__(self, ops: Ops, office_id: str, search: QLineEdit, window: QWidget) -> None:
        super().__init__(window)
        self.ops, self.office_id, self.search, self._window = ops, office_id, search, window

    def open(self) -> bool:
        """The words in the box are a code of a letter here (the box is emptied and the letter opened, by the time
        this returns) or one that could not be read (said in a message box): nothing else is done with them."""
        text = self.search.text()
        if self._open_signature_code(text):
            return True
        code = normalise_code(text)
        if code is None:
            return False
        office_id = self.office_id
        found, unread = self.ops.ask_or_refusal(  # (on the reader pool)
            lambda office: office.letter_for_code(code, office_id), None
        )
        if unread:
            QMessageBox.warning(self._window, self.tr("Not done"), unread)
            return True
        if found is None:
            return False
        self.search.clear()
        self.letter_found.emit(found.direction if found.office_id == office_id else "arrived", found.id)
        return True

    def _open_signature_code(self, text: str) -> bool:
        from eoffice_shared.signing.vcode import BadCode, normalise

        try:
            code = normalise(text)
        except BadCode:
            return False
        letter_id, unread = self.ops.ask_or_refusal(lambda office: office.letter_of_signature(code), None)
        if unread:  # (on the reader pool)
            QMessageBox.warning(self._window, self.tr("Not done"), unread)
            return True  # (the code was one: nothing else is searched for it)
        if letter_id is None:
            return False
        self.search.clear()
        self.signed_found.emit(letter_id)
        return True
