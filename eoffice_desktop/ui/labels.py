"""Translated words for the core's codes (urgency, status, actions ...) and its validation errors."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def urgency(code: str) -> str:
    return {
        "normal": QCoreApplication.translate("Labels", "Normal"),
        "urgent": QCoreApplication.translate("Labels", "Urgent"),
        "very_urgent": QCoreApplication.translate("Labels", "Very urgent"),
    }.get(code, code)


def confidentiality(code: str) -> str:
    return {
        "normal": QCoreApplication.translate("Labels", "Normal"),
        "confidential": QCoreApplication.translate("Labels", "Confidential"),
        "secret": QCoreApplication.translate("Labels", "Secret"),
    }.get(code, code)


def doc_type(code: str) -> str:
    return {
        "letter": QCoreApplication.translate("Labels", "Letter"),
        "decree": QCoreApplication.translate("Labels", "Decree / decision"),
        "notice": QCoreApplication.translate("Labels", "Notice"),
        "invitation": QCoreApplication.translate("Labels", "Invitation"),
        "report": QCoreApplication.translate("Labels", "Report"),
        "request": QCoreApplication.translate("Labels", "Request"),
        "other": QCoreApplication.translate("Labels", "Other"),
    }.get(code, code)


def delivery(code: str) -> str:
    return {
        "hand": QCoreApplication.translate("Labels", "By hand"),
        "post": QCoreApplication.translate("Labels", "Post"),
        "email": QCoreApplication.translate("Labels", "E-mail"),
        "sync": QCoreApplication.translate("Labels", "From another office (sync)"),
    }.get(code, code)


def direction(code: str) -> str:
    return {
        "in": QCoreApplication.translate("Labels", "Incoming"),
        "out": QCoreApplication.translate("Labels", "Outgoing"),
    }.get(code, code)


def status(code: str) -> str:
    return {
        "registered": QCoreApplication.translate("Labels", "Registered"),
        "in_progress": QCoreApplication.translate("Labels", "In progress"),
        "completed": QCoreApplication.translate("Labels", "Completed"),
        "void": QCoreApplication.translate("Labels", "Void"),
    }.get(code, code)


def action(code: str) -> str:
    return {
        "for_action": QCoreApplication.translate("Labels", "For action"),
        "for_information": QCoreApplication.translate("Labels", "For information"),
        "for_comment": QCoreApplication.translate("Labels", "For comment"),
        "for_approval": QCoreApplication.translate("Labels", "For approval"),
        "for_signature": QCoreApplication.translate("Labels", "For signature"),
        "copy": QCoreApplication.translate("Labels", "Copy (previous holder)"),
    }.get(code, code)


def role(code: str) -> str:
    return {
        "clerk": QCoreApplication.translate("Labels", "Clerk"),
        "official": QCoreApplication.translate("Labels", "Official"),
        "head": QCoreApplication.translate("Labels", "Head of office"),
        "signer": QCoreApplication.translate("Labels", "Signer"),
        "admin": QCoreApplication.translate("Labels", "Administrator"),
    }.get(code, code)


def outcome(code: str) -> str:
    return {
        "answered": QCoreApplication.translate("Labels", "Answered by an outgoing letter"),
        "filed": QCoreApplication.translate("Labels", "Filed"),
        "no_action": QCoreApplication.translate("Labels", "No action needed"),
    }.get(code, code)


def event_kind(code: str) -> str:
    return {
        "registered": QCoreApplication.translate("Labels", "Registered"),
        "field_corrected": QCoreApplication.translate("Labels", "Corrected"),
        "voided": QCoreApplication.translate("Labels", "Voided"),
        "attachment_added": QCoreApplication.translate("Labels", "Attachment added"),
        "routed": QCoreApplication.translate("Labels", "Sent on"),
        "acknowledged": QCoreApplication.translate("Labels", "Received (acknowledged)"),
        "returned": QCoreApplication.translate("Labels", "Returned"),
        "recalled": QCoreApplication.translate("Labels", "Pulled back"),
        "redirected": QCoreApplication.translate("Labels", "Redirected"),
        "commented": QCoreApplication.translate("Labels", "Comment"),
        "completed": QCoreApplication.translate("Labels", "Completed"),
        "reopened": QCoreApplication.translate("Labels", "Reopened"),
        "number_confirmed": QCoreApplication.translate("Labels", "Registry number confirmed"),
        "receipt": QCoreApplication.translate("Labels", "News from the receiving office"),
        "tracking": QCoreApplication.translate("Labels", "News from the receiving office"),
        "sent_on": QCoreApplication.translate("Labels", "Sent on to other offices"),
        "sent_again": QCoreApplication.translate("Labels", "Sent again to other offices"),
        "returned_earlier": QCoreApplication.translate("Labels", "Returned to its office first"),
        "paper_delivered": QCoreApplication.translate("Labels", "Delivered on paper"),
    }.get(code, code)


def field_name(name: str) -> str:
    return {
        "register_date": QCoreApplication.translate("Labels", "Date received"),
        "registry_number": QCoreApplication.translate("Labels", "Registry number"),
        "sender": QCoreApplication.translate("Labels", "From"),
        "sender_name": QCoreApplication.translate("Labels", "From"),
        "sender_ref": QCoreApplication.translate("Labels", "Their reference"),
        "letter_date": QCoreApplication.translate("Labels", "Letter date"),
        "delivery_mode": QCoreApplication.translate("Labels", "Delivered by"),
        "subject": QCoreApplication.translate("Labels", "Subject"),
        "summary": QCoreApplication.translate("Labels", "Summary"),
        "doc_type": QCoreApplication.translate("Labels", "Document type"),
        "urgency": QCoreApplication.translate("Labels", "Urgency"),
        "confidentiality": QCoreApplication.translate("Labels", "Confidentiality"),
        "pages": QCoreApplication.translate("Labels", "Pages"),
        "reply_due": QCoreApplication.translate("Labels", "Reply due"),
        "keywords": QCoreApplication.translate("Labels", "Keywords"),
        "recipients": QCoreApplication.translate("Labels", "To"),
        "signatory": QCoreApplication.translate("Labels", "Signatory"),
        "direction": QCoreApplication.translate("Labels", "Incoming or outgoing"),
        "in_reply_to": QCoreApplication.translate("Labels", "Answers letter"),
    }.get(name, name)


def error(code: str, fallback: str) -> str:
    """The GUI's words for a core validation error code; the core's English text if the code is new."""
    return {
        "required": QCoreApplication.translate("Labels", "This is required."),
        "future": QCoreApplication.translate("Labels", "The date cannot be in the future."),
        "after_received": QCoreApplication.translate("Labels", "The letter cannot be written after it was received."),
        "before_received": QCoreApplication.translate("Labels", "This date is before the date received."),
        "too_long": QCoreApplication.translate("Labels", "The text is too long."),
        "choice": QCoreApplication.translate("Labels", "Choose one of the options."),
        "range": QCoreApplication.translate("Labels", "The number is out of range."),
        "taken": QCoreApplication.translate("Labels", "This registry number is already used."),
        "unknown": QCoreApplication.translate("Labels", "Not found in the address book."),
        "not_a_user": QCoreApplication.translate(
            "Labels", "This person is not a user of the office, or their account was disabled. Choose another person."
        ),
        "unknown_department": QCoreApplication.translate("Labels", "This department does not exist."),
        "unknown_letter": QCoreApplication.translate("Labels", "The letter this one answers was not found."),
        "unknown_office": QCoreApplication.translate(
            "Labels", "This office is not in the directory. Sync this PC, then choose the office again."
        ),
        "closed_office": QCoreApplication.translate("Labels", "This office was closed; choose another office."),
        "invalid": QCoreApplication.translate("Labels", "This value is not valid."),
        "past": QCoreApplication.translate("Labels", "The date is in the past."),
        "before_start": QCoreApplication.translate("Labels", "The end date is before the start date."),
        "self": QCoreApplication.translate("Labels", "Choose a colleague, not yourself."),
        "bad_date": QCoreApplication.translate(  # (also for 31/02/2026: written right, but no such day)
            "Labels", "There is no such date: check the day and the month, written as day/month/year, e.g. 26/02/2026."
        ),
    }.get(code, fallback)


def month_name(month: int) -> str:
    names = [
        QCoreApplication.translate("Labels", "January"),
        QCoreApplication.translate("Labels", "February"),
        QCoreApplication.translate("Labels", "March"),
        QCoreApplication.translate("Labels", "April"),
        QCoreApplication.translate("Labels", "May"),
        QCoreApplication.translate("Labels", "June"),
        QCoreApplication.translate("Labels", "July"),
        QCoreApplication.translate("Labels", "August"),
        QCoreApplication.translate("Labels", "September"),
        QCoreApplication.translate("Labels", "October"),
        QCoreApplication.translate("Labels", "November"),
        QCoreApplication.translate("Labels", "December"),
    ]
    return names[month - 1]


def long_date(value: object) -> str:
    """'26 February 2016' in the UI language (Gregorian year, written with str(): Qt's Lao locale would add a dot)."""
    from datetime import date

    if not isinstance(value, date):
        return ""
    return f"{value.day} {month_name(value.month)} {value.year}"


def short_date(value: object) -> str:
    from datetime import date

    return value.strftime("%d/%m/%Y") if isinstance(value, date) else ""


def number_of_year(number: str, year: int, this_year: int) -> str:
    """A registry number with its year when it is not this year's and the number does not say it: numbers restart
    every year, so last year's 0045 and this year's 0045 must not look the same."""
    return number if year == this_year or str(year) in number else f"{number} ({year})"
