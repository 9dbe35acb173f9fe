"""The exported register in the window's language: Lao column titles and Lao words (ດ່ວນ, not `very_urgent`) from a
Lao window. The titles are ones the import recognises (core/registry/import_titles.py), so the file imports back
as it was."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from eoffice_desktop.core.registry.export import ExportWords
from eoffice_desktop.core.registry.letterform import CONFIDENTIALITIES, DELIVERY_MODES, DOC_TYPES, URGENCIES
from eoffice_desktop.ui import labels
from eoffice_desktop.ui.lao_breaks import without_breaks

STATUSES = ("registered", "in_progress", "completed", "void")


def _titles() -> dict[str, str]:
    return {
        "registry_number": QCoreApplication.translate("ExportWords", "Registry number"),
        "register_date": QCoreApplication.translate("ExportWords", "Date"),
        "direction": QCoreApplication.translate("ExportWords", "Direction"),
        "correspondent": QCoreApplication.translate("ExportWords", "Sender / recipients"),
        "sender_ref": QCoreApplication.translate("ExportWords", "Sender's reference"),
        "letter_date": QCoreApplication.translate("ExportWords", "Letter date"),
        "subject": QCoreApplication.translate("ExportWords", "Subject"),
        "summary": QCoreApplication.translate("ExportWords", "Summary"),
        "doc_type": QCoreApplication.translate("ExportWords", "Document type"),
        "urgency": QCoreApplication.translate("ExportWords", "Urgency"),
        "confidentiality": QCoreApplication.translate("ExportWords", "Confidentiality"),
        "delivery_mode": QCoreApplication.translate("ExportWords", "Delivery"),
        "pages": QCoreApplication.translate("ExportWords", "Pages"),
        "reply_due": QCoreApplication.translate("ExportWords", "Reply due"),
        "keywords": QCoreApplication.translate("ExportWords", "Keywords"),
        "signatory": QCoreApplication.translate("ExportWords", "Signatory"),
        "status": QCoreApplication.translate("ExportWords", "Status"),
        "void_reason": QCoreApplication.translate("ExportWords", "Void reason"),
        "attachment_count": QCoreApplication.translate("ExportWords", "Attachments"),
    }


def _words() -> dict[tuple[str, str], str]:
    """(column, code) -> the word the window shows for it."""
    found = {
        ("direction", "in"): QCoreApplication.translate("ExportWords", "Incoming"),
        ("direction", "out"): QCoreApplication.translate("ExportWords", "Outgoing"),
    }
    for column, codes, word in (
        ("doc_type", DOC_TYPES, labels.doc_type),
        ("urgency", URGENCIES, labels.urgency),
        ("confidentiality", CONFIDENTIALITIES, labels.confidentiality),
        ("delivery_mode", DELIVERY_MODES, labels.delivery),
        ("status", STATUSES, labels.status),
    ):
        found.update({(column, code): word(code) for code in codes})
    return {key: without_breaks(word) for key, word in found.items()}


def export_words() -> ExportWords:
    """Titles and words as the window shows them now, read on the GUI thread for the export that runs in the
    background (without the display-only breaks between Lao words)."""
    words = _words()
    return ExportWords(
        {name: without_breaks(title) for name, title in _titles().items()},
        lambda column, code: words.get((column, code), code),
    )
