"""The detail pane of one letter: its fields, links, attachments with preview, and its history."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from eoffice_desktop.core.changes import Changes
from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.journey.tracking import format_code
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.people.accounts import NotAllowed, Viewer
from eoffice_desktop.core.people.rights import allowed
from eoffice_desktop.core.registry.register import add_attachments, correct_field, void_letter
from eoffice_desktop.core.registry.register_query import LetterDetail
from eoffice_desktop.core.routing.actions import (
    acknowledge,
    comment,
    complete,
    recall,
    redirect,
    reopen,
    return_letter,
    route,
)
from eoffice_desktop.core.routing.timeline import TimelineEntry
from eoffice_desktop.core.service import LetterHeading
from eoffice_desktop.ui import core_messages, labels
from eoffice_desktop.ui.arrived_page import receipts_html
from eoffice_desktop.ui.attachments_tab import AttachmentsTab
from eoffice_desktop.ui.journey_view import JourneyView
from eoffice_desktop.ui.journey_words import news_line, paper_line, sent_on_line
from eoffice_desktop.ui.lao_breaks import soft_breaks
from eoffice_desktop.ui.letter_dialogs import CorrectFieldDialog, VoidDialog
from eoffice_desktop.ui.letter_notes import completion_text, note_rows
from eoffice_desktop.ui.newest_answer import NewestAnswer
from eoffice_desktop.ui.ops import Ops, changes_of
from eoffice_desktop.ui.paper_delivery_dialog import PaperDeliveryDialog
from eoffice_desktop.ui.routing_dialogs import CompleteDialog, RouteDialog, ask_text
from eoffice_desktop.ui.signatures_panel import SignaturesPanel
from eoffice_desktop.ui.tasks import TaskRunner
from eoffice_shared.refusals import Refusal

if TYPE_CHECKING:
    from eoffice_desktop.core.service.letter_pane import LetterPane
    from eoffice_desktop.core.service.printouts import PrintedLetter, Slip
    from eoffice_desktop.ui.print_preview import PrintPreview

# The day's steps from the keyboard (shown in the Letter menu and each button's tooltip): send on, say it arrived,
# complete it. Received is not Ctrl+K: a text field keeps that key to delete to the end of the line.
STEPS_A_ROW = 3
SHORTCUTS = {
    "route": "Ctrl+T",
    "acknowledge": "Ctrl+R",
    "complete": "Ctrl+D",
    "comment": "Ctrl+M",
    "return": "Ctrl+Shift+R",
}


def _row(label: str, value: str) -> str:
    return (
        f"<tr><td style='color:#555;padding-right:12px;vertical-align:top'>{html.escape(label)}</td>"
        f"<td>{value}</td></tr>"
    )


class LetterView(QWidget):
    changed = Signal(object)  # Changes
    open_letter = Signal(str)
    # Another office's letter shown, not answered here yet: the Arrived page registers it or sends it back.
    register_arrived = Signal(str)  # the letter's id
    return_arrived = Signal(str, str, str)  # the letter's id, the sending office's name, its subject

    def __init__(
        self, store: OfficeStore, runner: TaskRunner, parent: QWidget | None = None, ops: Ops | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.runner = store, runner
        self.ops = ops or Ops.of(store, runner, parent=self)
        self.ops.hub.changed.connect(self._changed)
        self.actor: Actor | None = None
        self.viewer: Viewer | None = None
        self.may_register = False  # the rights table's "register": answers another office's letter
        self.paper_dialog: PaperDeliveryDialog | None = None  # a delivery on paper being written down
        self.detail: LetterDetail | None = None
        self.pane: LetterPane | None = None  # what was read of the letter shown
        self.letter_id: str | None = None  # the letter asked for last: shown once its record arrives
        self.pane_read = NewestAnswer(self.ops)  # (an older answer arriving late, even for the same letter, is dropped)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)  # (alone when no letter)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fields = QTextBrowser()
        self.fields.setOpenLinks(False)
        self.fields.anchorClicked.connect(lambda url: self.open_letter.emit(url.toString().removeprefix("letter:")))
        files = AttachmentsTab(store, runner)
        self.attachments, self.preview, self.scan_text = files.files, files.preview, files.scan_text
        self.attachments_tab = files
        self.add_attachment_button = files.add
        files.add.clicked.connect(self._add_attachment)
        self.history = QTextBrowser()
        self.history.setOpenLinks(False)  # a letter named in a line opens here, in the letter view
        self.history.anchorClicked.connect(lambda url: self.open_letter.emit(url.toString().removeprefix("letter:")))
        self.tabs = QTabWidget()
        # All tabs whole and in sight on a 1366-wide screen: no scroll arrows and no shortened titles; the panel is
        # as wide as its tabs need (a little less padding than the style's keeps that narrow).
        self.tabs.setUsesScrollButtons(False)
        self.tabs.setElideMode(Qt.TextElideMode.ElideNone)
        self.tabs.tabBar().setStyleSheet("QTabBar::tab { padding: 5px 7px; }")
        self.tabs.addTab(self.fields, self.tr("Details"))
        self.tabs.addTab(files, self.tr("Attachments"))
        self.tabs.addTab(self.history, self.tr("History"))
        self.signatures = SignaturesPanel(store, runner)
        self.signatures.count_changed.connect(self._signatures_counted)
        self.signatures.signed.connect(self._read_again)
        self.tabs.addTab(self.signatures, self.tr("Signatures"))
        self.journey = JourneyView(store)  # a sent letter's way through the offices it went to
        self.journey.record_paper.connect(self._record_paper)
        self.tabs.addTab(self.journey, self.tr("Journey"))
        self.correct_button = QPushButton(self.tr("Correct…"))
        self.correct_button.clicked.connect(self._correct)
        self.void_button = QPushButton(self.tr("Void…"))
        self.void_button.clicked.connect(self._void)
        self.register_button = QPushButton(self.tr("Register"))
        self.register_button.setToolTip(self.tr("Enter this letter in this office's incoming register"))
        self.register_button.clicked.connect(self._register_arrived)
        self.return_button = QPushButton(self.tr("Return to sender…"))
        self.return_button.setToolTip(self.tr("Send it back to the office that sent it, saying why"))
        self.return_button.clicked.connect(self._return_arrived)
        self.actions = QHBoxLayout()
        self.actions.addStretch(1)
        self.actions.addWidget(self.correct_button)
        self.actions.addWidget(self.void_button)
        self.actions.addWidget(self.register_button)
        self.actions.addWidget(self.return_button)
        self.route_buttons: dict[str, QPushButton] = {}
        self.step_actions: dict[str, QAction] = {}  # the steps with a shortcut, also in the window's Letter menu
        self.routing = QGridLayout()  # (the steps a person may take, three a row: see _arrange_steps)
        for key, text, slot in (
            ("route", self.tr("Send to…"), self._route),
            ("acknowledge", self.tr("Received"), self._acknowledge),
            ("comment", self.tr("Comment…"), self._comment),
            ("return", self.tr("Return…"), self._return),
            ("complete", self.tr("Complete…"), self._complete),
            ("reopen", self.tr("Reopen…"), self._reopen),
            ("recall", self.tr("Pull back"), self._recall),
            ("redirect", self.tr("Redirect…"), self._redirect),
            ("forward", self.tr("Send on to an office…"), self._forward),
            ("send_again", self.tr("Send to another office…"), self._send_again),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            if key in SHORTCUTS:
                action = QAction(text, self, shortcut=QKeySequence(SHORTCUTS[key]), triggered=slot)
                self.addAction(action)  # the shortcut works wherever the focus is in the window
                self.step_actions[key] = action
                shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                button.setToolTip(f"{text.rstrip('…')} ({shown})")
            self.routing.addWidget(button)  # (here it gets its parent; _arrange_steps places the ones shown)
            self.route_buttons[key] = button
        self.send_again_button = self.route_buttons["send_again"]
        self.send_again_button.setToolTip(self.tr("An office returned this letter: send it to the right office"))
        # The print choices share one button, so the row stays as narrow as the register beside it needs.
        self.print_slip = QAction(self.tr("Print slip…"), self)
        self.print_slip.triggered.connect(self._print_slip)
        self.print_history = QAction(self.tr("Print history…"), self)
        self.print_history.triggered.connect(self._print_history)
        self.print_signed = QAction(self.tr("Print signed letter…"), self)
        self.print_signed.setToolTip(self.tr("A copy to print with the verification code and QR code on every page"))
        self.print_signed.triggered.connect(self._print_signed)
        self.print_dialog: QDialog | None = None
        self.print_preview: PrintPreview | None = None  # (opens once the letter's paper is read)
        print_menu = QMenu(self)
        print_menu.setToolTipsVisible(True)
        print_menu.addActions([self.print_signed, self.print_slip, self.print_history])
        self.print_button = QToolButton()
        self.print_button.setText(self.tr("Print"))
        self.print_button.setMenu(print_menu)
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.actions.insertWidget(0, self.print_button)
        for widget, name in (
            (self.fields, self.tr("The letter's details")),
            (self.history, self.tr("The letter's history")),
            (self.attachments, self.tr("Attachments")),
            (self.tabs, self.tr("About the letter")),
            (self.signatures.list, self.tr("Signatures")),
            (self.signatures.details, self.tr("About the chosen signature")),
            (self.journey.text, self.tr("Where the letter went")),
        ):
            widget.setAccessibleName(name)  # (for screen readers and tests)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(self.routing)
        layout.addLayout(self.actions)
        self.setMinimumWidth(self._widest())
        self.show_letter(None)

    def letter_menu(self, title: str) -> QMenu:
        """The letter's steps with their keys, for the window's menu bar (where people look for shortcuts)."""
        menu = QMenu(title, self)
        menu.addActions(list(self.step_actions.values()))
        return menu

    def set_user(self, actor: Actor, viewer: Viewer) -> None:
        self.actor, self.viewer = actor, viewer
        self.signatures.set_actor(actor)
        self.may_register = allowed(viewer, "register")
        self._show_changes(self.pane)

    # -- showing -----------------------------------------------------------------------------------------------
    def show_letter(self, letter_id: str | None) -> None:
        """Show a letter (None: none). Its record is read on the reader pool; the pane fills when it arrives. Only
        the answer to the newest request is shown: with several readers, an answer read before a change (or for
        another letter) may arrive after a newer one."""
        self.letter_id = letter_id
        if letter_id != (self.detail.letter.id if self.detail is not None else None):
            self._hold_actions()  # (until the letter clicked arrives: no step may act on the one still shown)
        if letter_id is None:
            self.pane_read.drop()
            self._show(None)
            return
        viewer = self.viewer

        def failed(exc: BaseException) -> None:
            self._show(None)
            if isinstance(exc, Refusal):
                if not isinstance(exc, NotAllowed):
                    self._failed(exc)
                return
            core_messages.log_failure("a letter could not be read", exc)
            QMessageBox.warning(
                self,
                self.tr("Not done"),
                self.tr(
                    "The letter could not be read from this PC's records. Choose it again in the list; if it "
                    "happens again, ask IT staff."
                ),
            )

        self.pane_read.ask(lambda office: office.letter_pane(letter_id, viewer), self._show, failed)

    def waiting(self) -> bool:
        """A letter asked for has not arrived yet."""
        return self.pane_read.reading()

    def _hold_actions(self) -> None:
        """Every step, print and change of the pane greyed while another letter is on its way (`_show` sets them
        again from what arrives)."""
        held = (self.correct_button, self.void_button, self.print_button, self.register_button, self.return_button)
        for button in (*self.route_buttons.values(), *held):
            button.setEnabled(False)
        for action in (*self.step_actions.values(), self.print_slip, self.print_history, self.print_signed):
            action.setEnabled(False)
        self.add_attachment_button.setEnabled(False)
        self.signatures.setEnabled(False)

    def _show_changes(self, pane: LetterPane | None) -> None:
        """The buttons show only what the core's rights table allows this user (the services check again); another
        office's letter is only registered here or sent back, by who may register letters."""
        viewer = self.viewer
        arrived = pane is not None and pane.arrived
        own = viewer is not None and pane is not None and not arrived  # (no letter: nothing to change)
        self.correct_button.setVisible(own and viewer is not None and allowed(viewer, "correct"))
        self.void_button.setVisible(own and viewer is not None and allowed(viewer, "void"))
        # (adding a scan changes the record too)
        self.add_attachment_button.setVisible(own and viewer is not None and allowed(viewer, "correct"))
        waiting = pane is not None and pane.arrived and not pane.settled  # (not registered or returned here yet)
        self.register_button.setVisible(waiting and self.may_register)
        self.return_button.setVisible(waiting and self.may_register)

    def _show(self, pane: LetterPane | None) -> None:
        self.pane = pane
        self._show_changes(pane)
        shown = (self.print_button, self.add_attachment_button, self.register_button, self.return_button)
        for button in (*self.route_buttons.values(), *shown):
            button.setEnabled(True)
        self.signatures.setEnabled(True)
        self.detail = pane.detail if pane is not None else None
        entries = pane.entries if pane is not None else []
        enabled = self.detail is not None and self.detail.letter.status != "void"
        self.correct_button.setEnabled(enabled)
        self.void_button.setEnabled(enabled)
        self.print_slip.setEnabled(self.detail is not None)
        self.print_history.setEnabled(self.detail is not None)
        self.print_signed.setEnabled(pane is not None and pane.signed_copy)
        available = set(pane.available) if pane is not None and self.viewer is not None else set()
        if self.detail is not None and self.detail.letter.direction == "in" and "route" in available:
            available.add("forward")  # an incoming letter may go on to other offices (it keeps its tracking code)
        if pane is not None and pane.returned and pane.detail.letter.status != "void" and self.may_register:
            available.add("send_again")  # this office's letter an office returned: to the right office instead
        for key, button in self.route_buttons.items():
            button.setVisible(key in available)
        self._arrange_steps()
        for key, action in self.step_actions.items():
            action.setEnabled(key in available)  # (a greyed menu item still shows the key for next time)
        self.attachments_tab.set_files(self.detail.attachments if self.detail is not None else [])
        self.tabs.setTabText(1, self.tr("Attachments"))
        self.tabs.setTabText(3, self.tr("Signatures"))
        self.signatures.show_letter(self.detail.letter.id if self.detail is not None else None)
        sent = self.detail is not None and self.detail.letter.direction == "out" and not (pane and pane.arrived)
        self.tabs.setTabVisible(self.tabs.indexOf(self.journey), sent)
        self.journey.may_record = bool(
            sent and self.may_register and self.detail and self.detail.letter.status != "void"
        )
        self.journey.show_journey(
            pane.journey if sent and pane is not None else [], pane.lost_after_days if pane else 3
        )
        # No letter: only the words saying to choose one (no empty tabs, no button that would do nothing).
        self.tabs.setVisible(self.detail is not None)
        self.print_button.setVisible(self.detail is not None)
        if self.detail is None:
            self._fit_tabs()
            self.title.setText(self.tr("Choose a letter in the list to see it here."))
            self.fields.clear()
            self.history.clear()
            return
        self._show_fields(self.detail, entries)
        self._show_history(entries)
        if self.detail.attachments:  # (a count only when there is something: "(0)" takes room and says nothing)
            self.tabs.setTabText(1, self.tr("Attachments ({count})").format(count=len(self.detail.attachments)))
        self._fit_tabs()

    def _signatures_counted(self, count: int) -> None:
        self.tabs.setTabText(3, self.tr("Signatures ({count})").format(count=count) if count else self.tr("Signatures"))
        self._fit_tabs()

    def _fit_tabs(self) -> None:
        """The tabs' whole titles (a fifth tab, a count) fit the panel's width: none is hidden or shortened. The width
        itself was set once for the longest titles (_widest), so the panel never moves the buttons under the mouse."""
        bar = self.tabs.tabBar()
        needed = sum(bar.tabSizeHint(i).width() for i in range(bar.count()) if bar.isTabVisible(i))
        if needed + 4 > self.tabs.minimumWidth():
            self.tabs.setMinimumWidth(needed + 4)
            # The panel's own minimum (set by _widest) would otherwise hold it narrower than its tabs, and the window
            # would cut off their right side: the last tab and the Signatures tab's "Show details".
            margins = self.layout().contentsMargins()
            self.setMinimumWidth(max(self.minimumWidth(), needed + 4 + margins.left() + margins.right()))

    def _arrange_steps(self) -> None:
        """The steps this person may take, three a row in their fixed order: as many as there are, the panel keeps
        its width (one row of six pushed the register aside and hid the subjects)."""
        shown = [b for b in self.route_buttons.values() if not b.isHidden() and b is not self.send_again_button]
        for button in self.route_buttons.values():
            self.routing.removeWidget(button)
        for index, button in enumerate(shown):
            self.routing.addWidget(button, index // STEPS_A_ROW, index % STEPS_A_ROW)
        if not self.send_again_button.isHidden():  # (a row of its own, whole: its Lao words are long)
            self.routing.addWidget(self.send_again_button, (len(shown) + STEPS_A_ROW - 1) // STEPS_A_ROW, 0, 1, -1)

    def _widest(self) -> int:
        """The panel's width: room for an incoming letter's tab titles with their counts and for a row of the three
        widest steps. An outgoing letter's fifth tab may widen it once (_fit_tabs); it never narrows."""
        bar = self.tabs.tabBar()
        titles = [self.tabs.tabText(i) for i in range(self.tabs.count())]
        longest = {
            1: self.tr("Attachments ({count})").format(count=9),
            3: self.tr("Signatures ({count})").format(count=9),
        }
        for index, text in longest.items():
            self.tabs.setTabText(index, text)
        journey = self.tabs.indexOf(self.journey)  # (an outgoing letter's fifth tab widens it once: _fit_tabs)
        tabs = sum(bar.tabSizeHint(i).width() for i in range(bar.count()) if i != journey) + 4
        for index, text in enumerate(titles):
            self.tabs.setTabText(index, text)
        steps_in_rows = [b for b in self.route_buttons.values() if b is not self.send_again_button]
        widths = sorted((b.sizeHint().width() for b in steps_in_rows), reverse=True)
        steps = sum(widths[:STEPS_A_ROW]) + (STEPS_A_ROW - 1) * max(self.routing.horizontalSpacing(), 6)
        margins = self.layout().contentsMargins() if self.layout() is not None else None
        return max(tabs, steps) + (margins.left() + margins.right() if margins is not None else 22)

    def _show_fields(self, d: LetterDetail, entries: list) -> None:  # type: ignore[type-arg]
        letter = d.letter
        void = (
            f" — <span style='color:#b00020'>{html.escape(labels.status('void'))}</span>"
            if letter.status == "void"
            else ""
        )
        self.title.setText(
            f"<b style='font-size:14pt'>{html.escape(letter.registry_number)}</b>{void}<br>"
            f"{html.escape(soft_breaks(letter.subject))}"
        )
        rows = []
        incoming = letter.direction == "in"
        rows.append(
            _row(
                labels.field_name("registry_number"),
                html.escape(letter.registry_number)
                + (" " + html.escape(self.tr("(provisional)")) if letter.provisional else ""),
            )
        )
        rows.append(
            _row(self.tr("Date received") if incoming else self.tr("Date sent"), labels.long_date(letter.register_date))
        )
        if self.pane is not None and self.pane.arrived:
            rows += self._arrived_rows(self.pane)
        elif incoming:
            rows.append(_row(labels.field_name("sender"), html.escape(letter.sender_name)))
            rows.append(_row(labels.field_name("sender_ref"), html.escape(letter.sender_ref or "—")))
            rows.append(_row(labels.field_name("delivery_mode"), html.escape(labels.delivery(letter.delivery_mode))))
        else:
            rows.append(
                _row(labels.field_name("recipients"), "<br>".join(html.escape(o.name_lo) for o in d.recipients) or "—")
            )
            rows.append(_row(labels.field_name("signatory"), html.escape(letter.signatory or "—")))
            delivery = receipts_html(self.pane.receipts if self.pane is not None else [])
            if delivery:
                rows.append(_row(self.tr("Other offices"), delivery))
        rows.append(_row(labels.field_name("letter_date"), labels.long_date(letter.letter_date) or "—"))
        rows.append(_row(labels.field_name("subject"), html.escape(letter.subject)))
        rows.append(_row(labels.field_name("summary"), html.escape(letter.summary or "—").replace("\n", "<br>")))
        rows.append(_row(labels.field_name("doc_type"), html.escape(labels.doc_type(letter.doc_type))))
        rows.append(_row(labels.field_name("urgency"), html.escape(labels.urgency(letter.urgency))))
        rows.append(
            _row(labels.field_name("confidentiality"), html.escape(labels.confidentiality(letter.confidentiality)))
        )
        rows.append(_row(labels.field_name("pages"), str(letter.pages or "—")))
        if incoming:
            rows.append(_row(labels.field_name("reply_due"), labels.long_date(letter.reply_due) or "—"))
        rows.append(_row(labels.field_name("keywords"), html.escape(letter.keywords or "—")))
        if self.pane is None or not self.pane.arrived:  # (the sender's own handling of it is the sender's)
            rows.append(_row(self.tr("Status"), html.escape(labels.status(letter.status))))
        if letter.holders_text:
            rows.append(_row(self.tr("Now with"), html.escape(letter.holders_text)))
        rows += [_row(label, value) for label, value in note_rows(entries)]  # the minutes and the completion note
        if letter.status == "void":
            rows.append(_row(self.tr("Reason for void"), html.escape(letter.void_reason)))
        if d.answers is not None:
            rows.append(
                _row(
                    self.tr("Answers"),
                    f"<a href='letter:{d.answers.id}'>"
                    f"{html.escape(d.answers.registry_number)}</a> "
                    f"{html.escape(d.answers.subject)}",
                )
            )
        for sent_on in d.sent_on_as:  # this incoming letter went on to other offices by an outgoing letter
            rows.append(_row(self.tr("Sent on as"), self._letter_link(self.tr("outgoing letter {number}"), sent_on)))
        if d.sends_on is not None:
            rows.append(_row(self.tr("Sends on"), self._letter_link(self.tr("incoming letter {number}"), d.sends_on)))
        rows += self._sent_again_rows(self.pane)
        for reply in d.replies:
            rows.append(
                _row(
                    self.tr("Answered by"),
                    f"<a href='letter:{reply.id}'>"
                    f"{html.escape(reply.registry_number)}</a> "
                    f"{html.escape(reply.subject)}",
                )
            )
        rows.append(_row(self.tr("Tracking code"), format_code(letter.tracking_code)))
        self.fields.setHtml(soft_breaks("<table cellspacing='4'>" + "".join(rows) + "</table>"))

    def _letter_link(self, words: str, letter: Any) -> str:  # (a letter record: id, registry_number, subject)
        """ "outgoing letter N" with N a link that opens that letter."""
        number = f"<a href='letter:{letter.id}'>{html.escape(letter.registry_number)}</a>"
        return html.escape(words).replace("{number}", number) + " " + html.escape(letter.subject)

    def _sent_again_rows(self, pane: LetterPane | None) -> list[str]:
        """A letter an office returned that went to other offices again, or the letter that sent it again."""
        if pane is None:
            return []
        rows = [
            _row(self.tr("Sent again as"), self._letter_link(self.tr("outgoing letter {number}"), letter))
            for letter in pane.sent_again_as
        ]
        if pane.sends_again is not None:
            words = self.tr("letter {number}, returned by {offices}").format(
                number="{number}", offices=", ".join(pane.sends_again_returned) or "—"
            )
            rows.append(_row(self.tr("Sends again"), self._letter_link(words, pane.sends_again)))
        return rows

    def _arrived_rows(self, pane: LetterPane) -> list[str]:
        """Another office's letter: who sent it, every office it was addressed to, and what this office did."""
        sender = pane.sent_by or self.tr("Another office")
        rows = [
            _row(self.tr("Sent by"), html.escape(sender)),
            _row(self.tr("Addressed to"), "<br>".join(html.escape(name) for name in pane.addressed_to) or "—"),
        ]
        said = {
            "registered": self.tr("Registered in this office: work on the registered copy in the incoming register."),
            "returned": self.tr(
                "Returned to the office that sent it. If that was a mistake, register it after all: on the Arrived "
                "page, tick Show the letters this office returned to their office."
            )
            if self.may_register
            else self.tr(
                "Returned to the office that sent it. If that was a mistake, ask a clerk or the head of office to "
                "register it after all."
            ),
        }
        waiting = (
            self.tr("Not registered here yet: register it, or return it to the sender if it is not for us.")
            if self.may_register
            else self.tr("Not registered here yet: a clerk or the head of office registers it or returns it.")
        )
        rows.append(_row(self.tr("In this office"), html.escape(said.get(pane.settled, waiting))))
        return rows

    def _register_arrived(self) -> None:
        if self.pane is not None and self.pane.arrived:
            self.register_arrived.emit(self.pane.detail.letter.id)

    def _return_arrived(self) -> None:
        if self.pane is not None and self.pane.arrived:
            letter = self.pane.detail.letter
            self.return_arrived.emit(letter.id, self.pane.sent_by, letter.subject)

    def _record_paper(self, org_id: str) -> None:
        """The Journey's "Delivered on paper…": what the signed delivery book says, in a small window."""
        offices = self.journey.paper_offices()
        if self.detail is None or self.actor is None or not offices:
            return
        letter = self.detail.letter
        self.paper_dialog = PaperDeliveryDialog(self.ops, self.actor, letter.id, offices, org_id, self)
        self.paper_dialog.open()

    def _show_history(self, entries: list) -> None:  # type: ignore[type-arg]
        parts = []
        for e in entries:
            head = f"<b>{e.when:%d/%m/%Y %H:%M}</b> — {html.escape(labels.event_kind(e.kind))} — {html.escape(e.who)}"
            body = ""
            if e.to:
                body += "<br>→ " + ", ".join(f"{html.escape(n)} ({html.escape(labels.action(a))})" for n, a in e.to)
            if e.kind == "field_corrected":
                d = e.details
                body += "<br>" + html.escape(
                    self.tr("{field}: “{old}” → “{new}”").format(
                        field=labels.field_name(str(d["field"])), old=d.get("old") or "—", new=d.get("new") or "—"
                    )
                )
            if e.kind == "completed":
                body += "<br>" + html.escape(completion_text(e))
            elif e.news is not None:  # another office's report: what happened there
                body += "<br>" + html.escape(news_line(e.news))
            elif e.kind == "paper_delivered":  # this office's clerk, from the signed delivery book
                body += "<br>" + html.escape(paper_line(e.details))
            elif e.kind in ("sent_on", "sent_again"):
                link = f"<a href='letter:{e.details['letter_id']}'>{html.escape(e.text)}</a>"
                line = sent_on_line(str(e.details["to"]), "{number}", e.kind)
                body += "<br>" + html.escape(line).replace("{number}", link)
            elif e.text:
                body += "<br><i>" + html.escape(e.text) + "</i>"
            parts.append(f"<p>{head}{body}</p>")
        self.history.setHtml(soft_breaks("".join(parts)))

    # -- attachments ---------------------------------------------------------------------------------------------
    def _add_attachment(self) -> None:
        if self.detail is None or self.actor is None:
            return
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose scans or PDF files"),
            "",
            self.tr("Scans and PDF (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"),
        )
        if files:
            letter_id, actor = self.detail.letter.id, self.actor
            self._run(lambda job: add_attachments(self.store, actor, letter_id, [Path(f) for f in files]))

    # -- changes ---------------------------------------------------------------------------------------------------
    def _run(self, work) -> None:  # type: ignore[no-untyped-def]
        """A change of the letter shown, on the writer thread (ui/ops.py); the hub then tells every part."""

        def done(result: object) -> None:
            letter_id = self.letter_id  # (the letter asked for last: another one may have been chosen meanwhile)
            if letter_id is not None and not changes_of(result).touches(letter_id):
                self.show_letter(letter_id)  # (its own change says nothing of the letter: read it again all the same)
            self.changed.emit(result)

        self.ops.change(lambda _office: work(None), done, self._failed)

    def _changed(self, changes: Changes) -> None:
        """Any change announced on the hub: read the letter again when it touched the one asked for last (shown, or
        on its way: a letter chosen just before the change must not lose to the one shown until then)."""
        if changes.touches(self.letter_id):
            self.show_letter(self.letter_id)

    def _read_again(self, letter_id: str | None) -> None:
        """A change of `letter_id` is done: it is read again if it is still the letter asked for last (another letter
        chosen meanwhile stays)."""
        if letter_id is not None and letter_id == self.letter_id:
            self.show_letter(letter_id)

    def _failed(self, exc: BaseException) -> None:
        message = core_messages.refused_or(
            exc,
            "a change of a letter failed",
            self.tr(
                "The change could not be saved on this PC, so the letter is as it was. Try again; if it happens "
                "again, ask IT staff."
            ),
        )
        QMessageBox.warning(self, self.tr("Not done"), message)

    def _correct(self) -> None:
        if self.detail is None or self.actor is None:
            return
        dialog = CorrectFieldDialog(LetterHeading.of(self.detail.letter), self)
        if dialog.exec():
            letter_id, actor = self.detail.letter.id, self.actor
            field, value, reason = dialog.field.currentData(), dialog.value(), dialog.reason.text()
            self._run(lambda job: correct_field(self.store, actor, letter_id, field, value, reason))

    # -- routing -----------------------------------------------------------------------------------------------------
    def _letter_id(self) -> str | None:
        return self.detail.letter.id if self.detail is not None and self.actor is not None else None

    def _route(self) -> None:
        letter_id, actor = self._letter_id(), self.actor
        if letter_id is None or actor is None or self.detail is None:
            return
        dialog = RouteDialog(self.store, LetterHeading.of(self.detail.letter), actor.user_id, self, ops=self.ops)
        if dialog.exec():
            recipients, minute = dialog.recipients(), dialog.minute.toPlainText()
            self._run(lambda job: route(self.store, actor, letter_id, recipients, minute))

    def _redirect(self) -> None:
        letter_id, actor = self._letter_id(), self.actor
        if letter_id is None or actor is None or self.detail is None:
            return
        dialog = RouteDialog(self.store, LetterHeading.of(self.detail.letter), actor.user_id, self, ops=self.ops)
        dialog.setWindowTitle(
            self.tr("Redirect letter {number}: the present holder keeps a copy").format(
                number=self.detail.letter.registry_number
            )
        )
        if dialog.exec():
            recipients, minute = dialog.recipients(), dialog.minute.toPlainText()
            self._run(lambda job: redirect(self.store, actor, letter_id, recipients, minute))

    def _forward(self) -> None:
        from eoffice_desktop.core.routing.forwarding import forward_letter
        from eoffice_desktop.ui.forward_dialog import ForwardDialog

        letter_id, actor = self._letter_id(), self.actor
        if letter_id is None or actor is None or self.detail is None:
            return
        dialog = ForwardDialog(self.store, LetterHeading.of(self.detail.letter), self.runner, self, ops=self.ops)
        if dialog.exec():
            recipients, offices, summary = dialog.recipients(), dialog.directory_offices(), dialog.summary.toPlainText()
            self._run(
                lambda job: (
                    forward_letter(self.store, actor, letter_id, recipients, summary, recipient_offices=offices).changes
                )
            )

    def _send_again(self) -> None:
        from eoffice_desktop.ui.send_again_dialog import SendAgainDialog

        pane, actor = self.pane, self.actor
        if pane is None or actor is None or not pane.returned:
            return
        returned = [(each.office_name, each.reason) for each in pane.returned]
        heading = LetterHeading.of(pane.detail.letter)
        dialog = SendAgainDialog(self.store, actor, heading, returned, self.runner, self, ops=self.ops)
        dialog.sent_again.connect(self.open_letter)  # the new letter is shown, saying which letter it sends again
        dialog.open()

    def _acknowledge(self) -> None:
        letter_id, actor = self._letter_id(), self.actor
        if letter_id and actor:
            self._run(lambda job: acknowledge(self.store, actor, letter_id))

    def _comment(self) -> None:
        letter_id, actor = self._letter_id(), self.actor
        text = ask_text(self, self.tr("Comment"), self.tr("Your comment on this letter:")) if letter_id else None
        if letter_id and actor and text:
            self._run(lambda job: comment(self.store, actor, letter_id, text))

    def _return(self) -> None:
        letter_id, actor = self._letter_id(), self.actor
        text = ask_text(self, self.tr("Return the letter"), self.tr("Why do you return it?")) if letter_id else None
        if letter_id and actor and text:
            self._run(lambda job: return_letter(self.store, actor, letter_id, text))

    def _complete(self) -> None:
        letter_id, actor = self._letter_id(), self.actor
        if letter_id is None or actor is None or self.detail is None:
            return
        dialog = CompleteDialog(self.store, LetterHeading.of(self.detail.letter), self, ops=self.ops)
        if dialog.exec():
            outcome, reply, note = dialog.outcome.currentData(), dialog.reply.currentData(), dialog.note.toPlainText()
            self._run(
                lambda job: complete(
                    self.store, actor, letter_id, outcome, reply if outcome == "answered" else None, note
                )
            )

    def _reopen(self) -> None:
        letter_id, actor = self._letter_id(), self.actor
        text = ask_text(self, self.tr("Reopen the letter"), self.tr("Why is it reopened?")) if letter_id else None
        if letter_id and actor and text:
            self._run(lambda job: reopen(self.store, actor, letter_id, text))

    def _recall(self) -> None:
        letter_id, actor = self._letter_id(), self.actor
        if letter_id is None or actor is None or self.viewer is None:
            return
        steps = list(self.pane.recallable) if self.pane is not None else []
        if steps:
            self._run(lambda job: [recall(self.store, actor, letter_id, step) for step in steps][-1])

    # -- printing ----------------------------------------------------------------------------------------------------
    def _print_slip(self) -> None:
        if self.detail is None:
            return
        letter_id = self.detail.letter.id
        self.ops.query(lambda office: office.slip(letter_id), self._slip_read, self._paper_not_read)

    def _slip_read(self, slip: Slip | None) -> None:
        from eoffice_desktop.ui.printing import routing_slip  # (slow to load)

        if slip is None or self.detail is None or self.detail.letter.id != slip.letter.id:
            return  # (another letter was chosen meanwhile)
        document = routing_slip(slip.letter, slip.office, slip.entries, slip.signatures, slip.server)
        self._preview(document, self.tr("Routing slip"), "slip")

    def _print_history(self) -> None:
        if self.detail is None:
            return
        letter_id = self.detail.letter.id
        self.ops.query(lambda office: office.history(letter_id), self._history_read, self._paper_not_read)

    def _history_read(self, found: tuple[PrintedLetter, list[TimelineEntry]] | None) -> None:
        from eoffice_desktop.ui.printing import history_document  # (slow to load)

        if found is None or self.detail is None or self.detail.letter.id != found[0].id:
            return
        letter, entries = found
        self._preview(history_document(letter, entries), self.tr("Movement history"), "history")

    def _paper_not_read(self, exc: BaseException) -> None:
        """The slip or the history to print could not be read: said, not left silent."""
        message = core_messages.refused_or(
            exc,
            "a paper to print could not be read",
            self.tr(
                "What is printed of this letter could not be read from this PC's records. Try again; if it happens "
                "again, ask IT staff."
            ),
        )
        QMessageBox.warning(self, self.tr("Not done"), message)

    def _preview(self, document: QTextDocument, title: str, kind: str) -> None:
        from eoffice_desktop.ui.print_preview import PrintPreview

        assert self.detail is not None
        number = self.detail.letter.registry_number.replace("/", "-")
        self.print_preview = PrintPreview(document, title, f"{kind}-{number}.pdf", self.runner, parent=self)
        self.print_preview.open()

    def _print_signed(self) -> None:
        if self.detail is None:
            return
        letter = self.detail.letter
        from eoffice_desktop.ui.print_signed import PrintSignedDialog  # (slow to load: PDF tools)

        self.print_dialog = PrintSignedDialog(self.store, self.runner, letter.id, letter.registry_number, self)
        self.print_dialog.open()

    def _void(self) -> None:
        if self.detail is None or self.actor is None:
            return
        dialog = VoidDialog(LetterHeading.of(self.detail.letter), self)
        if dialog.exec():
            letter_id, actor, reason = self.detail.letter.id, self.actor, dialog.reason.text()
            self._run(lambda job: void_letter(self.store, actor, letter_id, reason))
