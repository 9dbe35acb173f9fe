"""The "Journey" tab of a sent letter: for each office it went to, what happened to it there (delivered, registered as
number N or returned and why, who holds it, completed, answered by which letter), with offices further down a
forwarding chain below the office that sent it on, offices without eOffice as sent on paper and, once the clerk
recorded it from the signed delivery book, delivered (`record_paper` asks for that); and, when the letter looks lost,
what to do."""

from __future__ import annotations

import html
import unicodedata

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from eoffice_desktop.core.journey.timeline import OfficeJourney, Step
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.ui import labels

DONE, WAITING, RETURNED = "✔", "○", "↩"
WORD_JOINER = "\u2060"


def unbroken(text: str) -> str:
    """Qt has no Lao line-breaking dictionary and cuts a Lao word mid-syllable where it likes (FACTS.md): for display,
    lines here break only at spaces. A word joiner goes between characters, never before a combining mark."""
    out: list[str] = []
    for index, char in enumerate(text):
        before = text[index - 1] if index else " "
        if not before.isspace() and not char.isspace() and unicodedata.category(char) not in ("Mn", "Mc"):
            out.append(WORD_JOINER)
        out.append(char)
    return "".join(out)


def _text(text: str) -> str:
    return html.escape(unbroken(text))


class JourneyView(QWidget):
    # The clerk records that a letter sent on paper was delivered: the office's address-book entry ("" from the
    # button: the first one not recorded yet)
    record_paper = Signal(str)

    def __init__(self, store: OfficeStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.offices: list[OfficeJourney] = []
        self.may_record = False  # who may register letters records their deliveries on paper
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.anchorClicked.connect(self._link)
        self.record = QPushButton(self.tr("Delivered on paper…"))
        self.record.setToolTip(self.tr("Write down who received the printed letter, from the signed delivery book"))
        self.record.clicked.connect(lambda: self.record_paper.emit(""))
        buttons = QHBoxLayout()
        buttons.addWidget(self.record)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addLayout(buttons)

    def _link(self, url: QUrl) -> None:
        link = url.toString()
        if link.startswith("paper:"):
            self.record_paper.emit(link.removeprefix("paper:"))

    def paper_offices(self) -> list[OfficeJourney]:
        return [office for office in self.offices if office.paper and office.org_id]

    def show_journey(self, offices: list[OfficeJourney], days: int = 3) -> None:
        """A sent letter's journey as this PC knows it (read with the letter: core/service/letter_pane.py); `days`:
        working days after which a letter not registered there counts as lost."""
        self.offices = offices
        self.record.setVisible(self.may_record and bool(self.paper_offices()))
        if not self.offices:
            self.text.setHtml(
                "<p>"
                + html.escape(
                    self.tr(
                        "This letter was not sent to an office that uses eOffice through the server, so there is no "
                        "journey to follow here."
                    )
                )
                + "</p>"
            )
            return
        self.text.setHtml(self._now_html() + "".join(self._office_html(office, days) for office in self.offices))

    def _now_html(self) -> str:
        """Where the letter is now, on top, when it was sent on: the offices at the ends of the chain, each with the
        last thing it did (a district's "Completed" was below the fold, under the province that sent it on)."""
        if not any(office.via or office.step("forwarded_paper") for office in self.offices):
            return ""
        lines = []
        for office in self.offices:
            name = office.office_name or self.tr("Another office")
            paper = [step for step in office.steps if step.kind == "forwarded_paper"]
            for step in paper:  # (its ends on paper: nothing more comes from them than their delivery)
                lines.append(_text(self.tr("{office}: {state}").format(office=name, state=self.step_text(step))))
            done = [step for step in office.steps if step.done and step.kind not in ("sent", "on_server")]
            if paper or (done and done[-1].kind == "forwarded"):
                continue  # (the offices it went on to say where it is)
            last = done[-1] if done else Step("delivered", False)
            lines.append(_text(self.tr("{office}: {state}").format(office=name, state=self.step_text(last))))
        return (
            "<p style='margin:4px 0 8px 0;background:#eef4fb;padding:6px'><b>"
            + _text(self.tr("Where it is now"))
            + "</b><br>"
            + "<br>".join(lines)
            + "</p>"
        )

    def _office_html(self, office: OfficeJourney, days: int) -> str:
        name = office.office_name or self.tr("Another office")
        if office.via:
            head = _text(self.tr("{office} (sent on by {via})").format(office=name, via=office.via))
            parts = [f"<h4 style='margin:12px 0 2px 24px'>↳ {head}</h4>"]
            indent = 24
        else:
            parts = [f"<h3 style='margin:8px 0 2px 0'>{_text(name)}</h3>"]
            indent = 0
        if office.lost:
            parts.append(
                f"<p style='margin-left:{indent}px;background:#fde7e9;color:#8a1020;padding:6px'><b>"
                + _text(self.tr("Not registered there after {days} working days.").format(days=days))
                + "</b><br>"
                + _text(self.what_to_do())
                + "</p>"
            )
        rows = []
        for step in office.steps:
            mark = DONE if step.done else WAITING
            color = "#1a7f37" if step.done else "#888"
            if step.kind == "returned":  # back with the sender: its turn to act
                mark, color = RETURNED, "#b35900"
            if step.kind == "was_returned":  # no longer: the office registered it after all
                mark, color = RETURNED, "#888"
            when = f"<br><span style='color:#666'>{step.when:%d/%m/%Y %H:%M}</span>" if step.done and step.when else ""
            if step.kind in ("paper_delivered", "forwarded_paper"):
                when = ""  # (the date is in its words: a day, as signed, not the minute it was recorded)
            rows.append(
                f"<tr><td style='color:{color};padding-right:6px'>{mark}</td>"
                f"<td style='color:{'#000' if step.done else '#888'}'>{_text(self.step_text(step))}{when}</td></tr>"
            )
        parts.append(f"<table style='margin-left:{indent}px' cellspacing='2'>{''.join(rows)}</table>")
        if office.paper and office.org_id and self.may_record:
            delivered = office.step("paper_delivered")
            words = self.tr("Correct the delivery…") if delivered and delivered.done else self.tr("Delivered on paper…")
            parts.append(
                f"<p style='margin:2px 0 0 22px'><a href='paper:{html.escape(office.org_id)}'>{_text(words)}</a></p>"
            )
        return "".join(parts)

    def what_to_do(self) -> str:
        return self.tr(
            "Call the office to ask whether it arrived. If not, sync again or save it for USB and send it once more, "
            "or print it and send it on paper."
        )

    def _paper_delivered(self, step: Step) -> str:
        if not step.done or step.when is None:
            return self.tr("Delivery not written down yet (from the signed delivery book)")
        text = self.tr("Delivered on paper, {date}, received by {person}").format(
            date=f"{step.when:%d/%m/%Y}", person=step.holder
        )
        if step.number:
            text += "; " + self.tr("their number {number}").format(number=step.number)
        return text + (f" ({step.note})" if step.note else "")

    def step_text(self, step: Step) -> str:
        if step.kind == "sent":
            return self.tr("Sent")
        if step.kind == "on_server":
            return self.tr("On the server") if step.done else self.tr("Not on the server yet (waiting for sync)")
        if step.kind == "delivered":
            return self.tr("Delivered to their PC") if step.done else self.tr("Not delivered to their PC yet")
        if step.kind == "paper":
            return self.tr("Sent on paper (printed)")
        if step.kind == "paper_delivered":
            return self._paper_delivered(step)
        if step.kind == "returned":
            return self.tr("Returned to us: {reason}").format(reason=step.reason or "—")
        if step.kind == "was_returned":  # then registered after all (the next step)
            return self.tr("Returned to us first: {reason}").format(reason=step.reason or "—")
        if step.kind == "registered":
            if not step.done:
                return self.tr("Not registered there yet")
            return self.tr("Registered there as {number}").format(number=step.number)
        if step.kind == "with":
            where = step.department or self.tr("a department")
            if step.holder:
                return self.tr("Now with {department} ({person})").format(department=where, person=step.holder)
            return self.tr("Now with {department}").format(department=where)
        if step.kind == "forwarded":
            return self.tr("Sent on to {offices} as {number}").format(offices=step.to, number=step.number)
        if step.kind == "forwarded_paper":
            if step.when is None:
                return self.tr("Sent on to {office} on paper").format(office=step.to)
            return self.tr("Sent on to {office} on paper; delivered {date}").format(
                office=step.to, date=f"{step.when:%d/%m/%Y}"
            )
        if step.kind == "completed":
            outcome = labels.outcome(step.outcome) if step.outcome else ""
            return self.tr("Completed") + (f": {outcome}" if outcome else "")
        if step.kind == "answered":
            return self.tr("Answered by their letter {number}").format(number=step.number)
        return step.kind
