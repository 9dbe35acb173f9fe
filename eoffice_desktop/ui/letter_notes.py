"""What people wrote about a letter, for its Details tab: the minutes (the head's written instructions when sending it
on) and how it was completed, with the completion note. Read from the letter's timeline, already loaded for History."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from eoffice_desktop.core.routing.timeline import TimelineEntry
from eoffice_desktop.ui import labels
from eoffice_desktop.ui.lao_breaks import soft_breaks

MINUTE_KINDS = ("routed", "redirected", "returned")


def _written(text: str) -> str:
    return html.escape(soft_breaks(text)).replace("\n", "<br>")


def _signed(entry: TimelineEntry) -> str:
    """Who wrote it and when, after what they wrote."""
    return f"<br><span style='color:#555'>— {html.escape(entry.who)}, {entry.when:%d/%m/%Y}</span>"


def note_rows(entries: list[TimelineEntry]) -> list[tuple[str, str]]:
    """(label, HTML) rows: every minute written when the letter was sent on, newest last, and the completion (the
    outcome and its note) unless the letter was reopened since."""
    rows: list[tuple[str, str]] = []
    for entry in entries:
        if entry.kind in MINUTE_KINDS and entry.text.strip():
            rows.append((QCoreApplication.translate("LetterNotes", "Minute"), _written(entry.text) + _signed(entry)))
    completion = None
    for entry in entries:
        if entry.kind == "completed":
            completion = entry
        elif entry.kind == "reopened":
            completion = None
    if completion is not None:
        value = html.escape(labels.outcome(str(completion.details.get("outcome", ""))))
        note = str(completion.details.get("note") or "").strip()
        if note:
            value += "<br>" + _written(note)
        rows.append((QCoreApplication.translate("LetterNotes", "Completed"), value + _signed(completion)))
    return rows


def completion_text(entry: TimelineEntry) -> str:
    """The History tab's line for a completion: the outcome, then the official's note when there is one."""
    text = labels.outcome(str(entry.details.get("outcome", "")))
    note = str(entry.details.get("note") or "").strip()
    return f"{text}: {note}" if note else text
