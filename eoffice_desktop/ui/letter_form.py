"""The registration form for incoming and outgoing letters: every field, inline errors, attachments by picker or
drag and drop, templates; saving runs in the writer thread."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from eoffice_desktop.core.addresses.correspondents import ENTRY, OFFICE
from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.registry.letterform import (
    CONFIDENTIALITIES,
    DELIVERY_MODES,
    DOC_TYPES,
    URGENCIES,
    FormInvalid,
    LetterForm,
)
from eoffice_desktop.core.registry.register import (
    Registered,
    form_from_template,
    list_templates,
    register_letter,
    save_template,
)
from eoffice_desktop.core.storage.blobs import MEDIA_TYPES, AttachmentRefused
from eoffice_desktop.ui import core_messages, labels
from eoffice_desktop.ui.numbers import file_size
from eoffice_desktop.ui.office_picker import OfficePicker
from eoffice_desktop.ui.ops import Ops
from eoffice_desktop.ui.tasks import TaskRunner
from eoffice_desktop.ui.widgets import DateField, ErrorLabel

FIELD_ORDER = (
    "register_date",
    "sender",
    "sender_ref",
    "letter_date",
    "recipients",
    "subject",
    "summary",
    "delivery_mode",
    "doc_type",
    "urgency",
    "confidentiality",
    "pages",
    "reply_due",
    "keywords",
    "signatory",
    "in_reply_to",
    "attachments",
)


def _combo(codes: tuple[str, ...], label) -> QComboBox:  # type: ignore[no-untyped-def]
    box = QComboBox()
    for code in codes:
        box.addItem(label(code), code)
    return box


class LetterFormDialog(QDialog):
    """Register one letter. `registered` is set to the result when the dialog is accepted."""

    def __init__(
        self,
        store: OfficeStore,
        actor: Actor,
        runner: TaskRunner,
        direction: str,
        parent: QWidget | None = None,
        ops: Ops | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.actor, self.runner, self.direction = store, actor, runner, direction
        self.ops = ops or Ops.of(store, runner, parent=self)
        self.registered: Registered | None = None
        self.setWindowTitle(
            self.tr("Register an incoming letter") if direction == "in" else self.tr("Register an outgoing letter")
        )
        self.setAcceptDrops(True)
        self.errors: dict[str, ErrorLabel] = {}
        self._build()
        self._load_choices()
        # The form scrolls inside; the dialog and its buttons stay on a 1366x768 screen with a taskbar.
        room = self.screen().availableGeometry() if self.screen() is not None else None
        self.resize(760, min(820, room.height() - 60) if room is not None else 680)
        self._untouched = self._filled_in()
        # The date received is today's already: the first thing to type is who the letter is from (or to).
        (self.sender if self.direction == "in" else self.recipients).setFocus()

    # -- layout ------------------------------------------------------------------------------------------------
    def _row(self, form: QFormLayout, name: str, label: str, widget: QWidget) -> None:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        error = ErrorLabel()
        layout.addWidget(error)
        self.errors[name] = error
        form.addRow(label, box)

    def _build(self) -> None:
        incoming = self.direction == "in"
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.register_date = DateField(optional=False)
        self.register_date.set_date(date.today())
        self._row(
            form, "register_date", self.tr("Date received") if incoming else self.tr("Date sent"), self.register_date
        )
        if incoming:
            self.sender = OfficePicker(self.store, self.runner, multiple=False, include_closed=True)
            self._row(form, "sender", self.tr("From"), self.sender)
            self.sender_ref = QLineEdit()
            self.sender_ref.setPlaceholderText(self.tr("Their number, e.g. 0123/ກງ"))
            self._row(form, "sender_ref", self.tr("Their reference"), self.sender_ref)
        else:
            self.recipients = OfficePicker(self.store, self.runner, multiple=True)
            self._row(form, "recipients", self.tr("To"), self.recipients)
        self.letter_date = DateField(optional=True)
        self._row(form, "letter_date", self.tr("Date on the letter"), self.letter_date)
        self.subject = QLineEdit()
        self._row(form, "subject", self.tr("Subject"), self.subject)
        self.summary = QPlainTextEdit()
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(70)
        self._row(form, "summary", self.tr("Summary"), self.summary)
        if incoming:  # (below what is read off the paper: it is "by hand" nearly always)
            self.delivery = _combo(DELIVERY_MODES, labels.delivery)
            self._row(form, "delivery_mode", self.tr("Delivered by"), self.delivery)
        self.doc_type = _combo(DOC_TYPES, labels.doc_type)
        self._row(form, "doc_type", self.tr("Document type"), self.doc_type)
        self.urgency = _combo(URGENCIES, labels.urgency)
        self._row(form, "urgency", self.tr("Urgency"), self.urgency)
        self.confidentiality = _combo(CONFIDENTIALITIES, labels.confidentiality)
        self._row(form, "confidentiality", self.tr("Confidentiality"), self.confidentiality)
        self.pages = QSpinBox()
        self.pages.setRange(0, 100000)
        self.pages.setSpecialValueText(self.tr("not counted"))
        self._row(form, "pages", self.tr("Number of pages"), self.pages)
        if incoming:
            self.reply_due = DateField(optional=True)
            self._row(form, "reply_due", self.tr("Reply due by"), self.reply_due)
        self.keywords = QLineEdit()
        self.keywords.setPlaceholderText(self.tr("Words to find it later, separated by commas"))
        self._row(form, "keywords", self.tr("Keywords"), self.keywords)
        if not incoming:
            self.signatory = QLineEdit()
            self._row(form, "signatory", self.tr("Signatory"), self.signatory)
            self.in_reply_to = QComboBox()
            self._row(form, "in_reply_to", self.tr("Answers incoming letter"), self.in_reply_to)
        attach_box = QWidget()
        attach_layout = QVBoxLayout(attach_box)
        attach_layout.setContentsMargins(0, 0, 0, 0)
        self.attachments = QListWidget()
        self.attachments.setFixedHeight(80)
        attach_layout.addWidget(self.attachments)
        buttons = QHBoxLayout()
        add = QPushButton(self.tr("Add scan or PDF…"))
        add.setToolTip(self.tr("Add a scan or a PDF file (Ctrl+O)"))
        add.setAutoDefault(False)  # (Enter after choosing a file registers the letter, not another file)
        add.clicked.connect(self._pick_files)
        QShortcut(QKeySequence.StandardKey.Open, self, activated=self._pick_files)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(
            lambda: [self.attachments.takeItem(self.attachments.row(i)) for i in self.attachments.selectedItems()]
        )
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        hint = QLabel(self.tr("or drag files here"))
        hint.setStyleSheet("color: #666;")
        buttons.addWidget(hint)
        attach_layout.addLayout(buttons)
        self._row(form, "attachments", self.tr("Attachments"), attach_box)

        inner = QWidget()
        inner.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)

        top = QHBoxLayout()
        self.templates = QComboBox()
        self.templates.setMinimumWidth(220)
        self.templates.activated.connect(self._apply_template)
        top.addWidget(QLabel(self.tr("Fill from template:")))
        top.addWidget(self.templates, 1)
        save_tpl = QPushButton(self.tr("Save as template…"))
        save_tpl.clicked.connect(self._save_template)
        top.addWidget(save_tpl)

        self.status = QLabel()
        self.status.setStyleSheet("color: #b00020;")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        register = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        register.setText(self.tr("Register"))
        register.setToolTip(self.tr("Register the letter (Ctrl+Enter)"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Return), self, activated=self.save)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def _load_choices(self) -> None:
        if self.direction == "out":
            replies, unread = self.ops.ask_or_refusal(lambda office: office.reply_choices(), [])  # (reader pool)
            self.status.setText(unread)  # (the letter can be registered all the same, answering none)
            self.in_reply_to.addItem(self.tr("(none)"), None)
            for letter_id, text in replies:
                self.in_reply_to.addItem(text, letter_id)
        self._reload_templates()

    def _reload_templates(self) -> None:
        self.templates.clear()
        self.templates.addItem(self.tr("(choose a template)"), None)
        direction = self.direction
        templates, unread = self.ops.ask_or_refusal(lambda office: list_templates(office.store, direction), [])
        if unread:
            self.status.setText(unread)
        for template in templates:
            self.templates.addItem(template.name, template)

    # -- attachments ---------------------------------------------------------------------------------------------
    def add_files(self, paths: list[Path]) -> None:
        for path in paths:
            if path.suffix.lower() not in MEDIA_TYPES:
                self.errors["attachments"].show_error(
                    self.tr("{name} is not a PDF or an image.").format(name=path.name)
                )
                continue
            item = QListWidgetItem(f"{path.name}  ({file_size(path.stat().st_size)})")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.attachments.addItem(item)

    def _pick_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose scans or PDF files"),
            "",
            self.tr("Scans and PDF (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"),
        )
        self.add_files([Path(f) for f in files])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.add_files([Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()])
        event.acceptProposedAction()

    # -- templates -------------------------------------------------------------------------------------------------
    def _apply_template(self, index: int) -> None:
        template = self.templates.itemData(index)
        if template is not None:
            self.fill(form_from_template(template))

    def fill(self, form: LetterForm) -> None:
        """Put a form's values into the widgets (templates and corrections)."""
        if self.direction == "in":
            offices = [form.sender_office_id] if form.sender_office_id else []
            entries = [form.sender_org_id] if form.sender_org_id else []
            chosen, unread = self.ops.ask_or_refusal(lambda office: office.correspondents(offices, entries), [])
            if unread:  # (nothing of the form is changed: what was typed stays)
                self.status.setText(unread)
                return
            self.sender.set_values(chosen, form.sender_name)
            self.delivery.setCurrentIndex(max(0, self.delivery.findData(form.delivery_mode)))
        else:
            chosen, unread = self.ops.ask_or_refusal(
                lambda office: office.correspondents(form.recipient_offices, form.recipients), []
            )
            if unread:
                self.status.setText(unread)
                return
            self.recipients.set_values(chosen)
            self.signatory.setText(form.signatory)
        self.subject.setText(form.subject)
        self.summary.setPlainText(form.summary)
        for box, value in (
            (self.doc_type, form.doc_type),
            (self.urgency, form.urgency),
            (self.confidentiality, form.confidentiality),
        ):
            box.setCurrentIndex(max(0, box.findData(value)))
        self.keywords.setText(form.keywords)

    def _save_template(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Save as template"), self.tr("Name of the template (e.g. 'Budget notices from the Ministry')")
        )
        if not ok or not name.strip():
            return
        form, _ = self.collect(strict=False)
        store, actor = self.store, self.actor
        self.ops.change_and_wait(lambda _office: save_template(store, actor, name, form))
        self._reload_templates()

    # -- saving ----------------------------------------------------------------------------------------------------
    def collect(self, strict: bool = True) -> tuple[LetterForm, dict[str, str]]:
        """The form as the core wants it, and errors found before the core (dates that are not dates)."""
        problems: dict[str, str] = {}
        form = LetterForm(direction=self.direction)

        def read_date(field: DateField, name: str) -> date | None:
            try:
                return field.value()
            except ValueError:
                problems[name] = labels.error("bad_date", "")
                return None

        form.register_date = read_date(self.register_date, "register_date")
        form.letter_date = read_date(self.letter_date, "letter_date")
        if self.direction == "in":
            form.reply_due = read_date(self.reply_due, "reply_due")
            for chosen in self.sender.values():
                if chosen.kind == OFFICE:
                    form.sender_office_id = chosen.id
                else:
                    form.sender_org_id = chosen.id
            form.sender_name = self.sender.typed_name()
            form.sender_ref = self.sender_ref.text()
            form.delivery_mode = self.delivery.currentData()
        else:
            chosen = self.recipients.values()
            form.recipient_offices = [c.id for c in chosen if c.kind == OFFICE]
            form.recipients = [c.id for c in chosen if c.kind == ENTRY]
            form.signatory = self.signatory.text()
            form.in_reply_to = self.in_reply_to.currentData()
        form.subject = self.subject.text()
        form.summary = self.summary.toPlainText()
        form.doc_type = self.doc_type.currentData()
        form.urgency = self.urgency.currentData()
        form.confidentiality = self.confidentiality.currentData()
        form.pages = self.pages.value() or None
        form.keywords = self.keywords.text()
        form.attachments = [
            Path(self.attachments.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.attachments.count())
        ]
        return form, problems

    def show_errors(self, errors: dict[str, str]) -> None:
        for name, label in self.errors.items():
            label.show_error(errors.get(name, ""))
        if errors:
            first = min(errors, key=lambda n: FIELD_ORDER.index(n) if n in FIELD_ORDER else 99)
            self.status.setText(self.tr("Please correct the fields marked in red."))
            widget = self.errors.get(first)
            if widget is not None and widget.parentWidget() is not None:
                widget.parentWidget().setFocus()
        else:
            self.status.clear()

    def save(self) -> None:
        form, problems = self.collect()
        if problems:
            self.show_errors(problems)
            return
        self.buttons.setEnabled(False)
        self.status.setStyleSheet("color: #555;")
        self.status.setText(self.tr("Saving…"))
        store, actor = self.store, self.actor
        self.ops.change(lambda _office: register_letter(store, actor, form), self._saved, self._failed)

    def _filled_in(self) -> tuple[object, ...]:
        """What the clerk has filled in so far (to ask before it is thrown away)."""
        form, _ = self.collect(strict=False)
        return (
            form.sender_org_id,
            form.sender_office_id,
            form.sender_name,
            tuple(form.recipients),
            tuple(form.recipient_offices),
            form.sender_ref,
            form.subject,
            form.summary,
            form.keywords,
            form.signatory,
            tuple(form.attachments),
            self.letter_date.edit.text(),
        )

    def reject(self) -> None:
        """Cancel, Escape or the window's close button: a half-filled form is not thrown away without asking."""
        if self.registered is None and self._filled_in() != self._untouched:
            answer = QMessageBox.question(
                self,
                self.tr("Close the form?"),
                self.tr("What you filled in will be lost. Close the form without registering the letter?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def _saved(self, result: Registered) -> None:
        self.registered = result
        self.buttons.setEnabled(True)
        QMessageBox.information(
            self,
            self.tr("Registered"),
            self.tr("The letter is registered with number {number}.\nWrite this number on the paper letter.").format(
                number=result.registry_number
            ),
        )
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.status.setStyleSheet("color: #b00020;")
        if isinstance(exc, FormInvalid):
            self.show_errors({e.field: labels.error(e.code, e.message) for e in exc.errors})
        elif isinstance(exc, AttachmentRefused):
            self.show_errors({"attachments": core_messages.text(exc)})
        else:
            self.status.setText(
                core_messages.refused_or(
                    exc,
                    "a letter was not registered",
                    self.tr(
                        "The letter was not registered because of a problem on this PC. What you typed is still here: "
                        "try again; if it happens again, ask IT staff."
                    ),
                    refused=self.tr("The letter could not be saved: {error}"),
                )
            )
