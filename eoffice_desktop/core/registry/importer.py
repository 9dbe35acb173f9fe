"""Importing an existing register: columns mapped to letter fields, every bad row reported with its line, and all
or nothing - one transaction, rolled back on any error or on cancel. Historic registry numbers are kept."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from eoffice_desktop.core.addresses.addressbook import EntryFields, add_organisation
from eoffice_desktop.core.changes import Changes
from eoffice_desktop.core.eventlog.events import Actor, EventTooLarge
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.registry.import_titles import CORRESPONDENT_TITLES, KNOWN_TITLES
from eoffice_desktop.core.registry.import_values import (
    Cell,
    cell_text,
    normal_key,
    parse_date,
    parse_pages,
    parse_word,
)
from eoffice_desktop.core.registry.letterform import DIRECTIONS, FormInvalid, LetterForm, validate
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.registry.spreadsheet import Table
from eoffice_desktop.core.storage.models import Organisation
from eoffice_shared.refusals import Refusal

__all__ = [
    "FIELDS",
    "KNOWN_TITLES",
    "ImportCancelled",
    "ImportReport",
    "Mapping",
    "MappingError",
    "ParsedRow",
    "guess_mapping",
    "import_register",
    "load_mapping",
    "parse_date",
    "parse_row",
    "preview",
]

FIELDS = (
    "registry_number",
    "register_date",
    "sender",
    "sender_ref",
    "letter_date",
    "subject",
    "summary",
    "doc_type",
    "urgency",
    "confidentiality",
    "delivery_mode",
    "pages",
    "reply_due",
    "keywords",
    "recipients",
    "signatory",
    "direction",
)
MAPPING_VERSION = 1

# Without a column for these, no row can be imported: said once for the file instead of once per row.
NEEDED = ("register_date", "subject")

log = logging.getLogger("eoffice.import")


class ImportCancelled(Exception):
    pass


class MappingError(Refusal, ValueError):
    """A mapping file that cannot be used; the message says why."""


class _RollBack(Exception):
    """Leaves the import's transaction without committing (a check only, or bad rows found)."""


@dataclass
class Mapping:
    """Which column holds which field (by column title), and the register the rows go to."""

    columns: dict[str, str] = field(default_factory=dict)  # field -> column title
    direction: str = "in"

    def to_json(self) -> str:
        data = {"version": MAPPING_VERSION, "direction": self.direction, "columns": self.columns}
        return json.dumps(data, ensure_ascii=False, indent=2)

    @classmethod
    def from_json(cls, text: str) -> Mapping:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise MappingError(
                "The mapping is not valid JSON: {reason}", code="mapping_not_json", reason=str(exc)
            ) from None
        if not isinstance(data, dict) or not isinstance(data.get("columns", {}), dict):
            raise MappingError(
                'The mapping must be a JSON object with "columns": {field: column title}.', code="mapping_not_object"
            )
        if data.get("version", MAPPING_VERSION) != MAPPING_VERSION:
            raise MappingError(
                "This mapping is version {version}; this program reads version 1.",
                code="mapping_version",
                version=str(data["version"]),
            )
        columns = data.get("columns", {})
        unknown = set(columns) - set(FIELDS)
        if unknown:
            raise MappingError(
                "Unknown fields in the mapping: {fields} (known: {known}).",
                code="mapping_fields_unknown",
                fields=", ".join(sorted(unknown)),
                known=", ".join(FIELDS),
            )
        if not all(isinstance(v, str) and v for v in columns.values()):
            raise MappingError("Each field of the mapping must name a column title.", code="mapping_field_not_title")
        direction = data.get("direction", "in")
        if direction not in DIRECTIONS:
            raise MappingError('"direction" must be "in" or "out".', code="mapping_direction")
        return cls(columns=dict(columns), direction=direction)

    def missing_columns(self, table: Table) -> list[str]:
        return sorted({title for title in self.columns.values() if title not in table.headers})

    def unmapped_needed(self) -> list[str]:
        """The fields every row needs that no column is mapped to (their names as the command line prints them)."""
        return [_label(name) for name in NEEDED if name not in self.columns]

    @property
    def correspondent(self) -> bool:
        """One column holds the sender of incoming rows and the recipients of outgoing ones."""
        return "sender" in self.columns and self.columns["sender"] == self.columns.get("recipients")


def load_mapping(path: Path) -> Mapping:
    try:
        return Mapping.from_json(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise MappingError(
            "The mapping file cannot be read: {reason}", code="mapping_unreadable", reason=str(exc.strerror or exc)
        ) from None


def guess_mapping(headers: list[str], direction: str = "in") -> Mapping:
    """Recognise English and Lao column titles; each field takes the first column that matches."""
    wanted = {normal_key(title): name for name, titles in KNOWN_TITLES.items() for title in titles}
    correspondent = {normal_key(title) for title in CORRESPONDENT_TITLES}
    columns: dict[str, str] = {}
    for header in headers:
        key = normal_key(header)
        names = ("sender", "recipients") if key in correspondent else (wanted.get(key),)
        for name in names:
            if name and name not in columns:
                columns[name] = header
    # A register with one date column often titles it "ລົງວັນທີ" (dated): it is the register's date.
    if "register_date" not in columns and "letter_date" in columns:
        columns["register_date"] = columns.pop("letter_date")
    return Mapping(columns, direction)


@dataclass
class ParsedRow:
    line: int
    form: LetterForm
    sender: str
    recipients: list[str]
    errors: list[RowProblem]


def _label(name: str) -> str:
    return name.replace("_", " ")


class RowProblem(str):
    """One reason a row cannot be imported. As a string it is the English line the command line prints
    ("register date: '31/02/2025' is not a valid date"); it also carries the field, a code and the detail, so the
    GUI can say it in the user's language. Codes: "unreadable" (the cell could not be read; the detail quotes it, and
    `refusal` says why with a code and the cell's text), "empty_number", or a form validation code (`letterform`)."""

    field: str
    code: str
    detail: str
    refusal: Refusal | None

    def __new__(cls, field: str, code: str, detail: str, refusal: Refusal | None = None) -> RowProblem:
        problem = super().__new__(cls, f"{_label(field)}: {detail}")
        problem.field, problem.code, problem.detail, problem.refusal = field, code, detail, refusal
        return problem


def parse_row(table: Table, index: int, mapping: Mapping, today: date) -> ParsedRow:
    """One row as a filled form, with every reason it cannot be registered (the form's own checks included)."""
    positions = {h: i for i, h in enumerate(table.headers)}
    row = table.rows[index]
    errors: list[RowProblem] = []

    def cell(name: str) -> Cell:
        position = positions.get(mapping.columns.get(name, ""))
        return row[position] if position is not None and position < len(row) else None

    def read(name: str, reader: Callable[[Cell], object]) -> object:
        try:
            return reader(cell(name))
        except (ValueError, OverflowError) as exc:
            errors.append(RowProblem(name, "unreadable", str(exc), exc if isinstance(exc, Refusal) else None))
            return None

    form = LetterForm(direction=mapping.direction)
    if cell_text(cell("direction")):
        form.direction = str(read("direction", lambda v: parse_word("direction", v)) or mapping.direction)
    for name in ("register_date", "letter_date", "reply_due"):
        setattr(form, name, read(name, parse_date))
    if "registry_number" in mapping.columns:
        form.registry_number = cell_text(cell("registry_number")) or None
        if form.registry_number is None:
            errors.append(
                RowProblem(
                    "registry_number",
                    "empty_number",
                    "empty (the number written in the register is kept, so it is needed)",
                )
            )
    sender = cell_text(cell("sender"))
    recipients_text = cell_text(cell("recipients"))
    if mapping.correspondent:  # the shared from/to column is the sender or the recipients, by the row's direction
        sender, recipients_text = (sender, "") if form.direction == "in" else ("", recipients_text)
    form.sender_name = sender
    for name in ("sender_ref", "subject", "summary", "keywords", "signatory"):
        setattr(form, name, cell_text(cell(name)))
    for name in ("urgency", "confidentiality", "doc_type", "delivery_mode"):
        if name in mapping.columns:
            value = read(name, lambda v, kind=name: parse_word(kind, v))  # type: ignore[misc]
            if value:
                setattr(form, name, value)
    pages = read("pages", parse_pages)
    form.pages = pages if isinstance(pages, int) else None
    recipients = [r.strip() for r in re.split(r"[;\n]", recipients_text) if r.strip()]
    form.recipients = ["?"] * len(recipients)  # names now; address book ids when imported
    reported = {e.field for e in errors}
    for e in validate(form, today):
        if e.field not in reported:  # a date that could not be read is not also "missing"
            errors.append(RowProblem(e.field, e.code, e.message))
    return ParsedRow(table.line_of(index), form, sender, recipients, errors)


def preview(table: Table, mapping: Mapping, count: int = 20, today: date | None = None) -> list[ParsedRow]:
    today = today or date.today()
    return [parse_row(table, i, mapping, today) for i in range(min(count, len(table.rows)))]


@dataclass
class ImportReport:
    imported: int = 0
    errors: list[tuple[int, RowProblem]] = field(default_factory=list)  # (line, reason), every reason of every bad row
    rows: int = 0
    organisations_added: int = 0
    checked_only: bool = False  # dry run: every check made, then rolled back

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def changes(self) -> Changes:
        """A dry run or a refused file changed nothing; an import adds register rows (and address-book entries)."""
        if self.checked_only or not self.imported:
            return Changes(outbox=False)
        return Changes(registers=True, address_book=self.organisations_added > 0, all_letters=True)

    @property
    def bad_lines(self) -> list[int]:
        return sorted({line for line, _ in self.errors})


class _AddressBook:
    """Names to organisation ids within the import's transaction; new names are added to the address book."""

    def __init__(self, store: OfficeStore, actor: Actor, session: Session) -> None:
        self.store, self.actor, self.session = store, actor, session
        self.ids: dict[str, str] = {}

    def id_of(self, name: str) -> str:
        key = normal_key(name)
        if key not in self.ids:
            self.ids[key] = add_organisation(self.session, self.store.log, self.actor, EntryFields(name)).id
        return self.ids[key]


def import_register(
    store: OfficeStore,
    actor: Actor,
    table: Table,
    mapping: Mapping,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    dry_run: bool = False,
    today: date | None = None,
) -> ImportReport:
    """Check every row, then register them all in one transaction; commit only if no row is bad and not `dry_run`.

    Rows that read well are registered (inside the transaction) even when others are bad, so that problems only the
    database sees - a number already used, or used twice in the file - are reported in the same run.
    `cancelled` is asked between rows; when it says yes, ImportCancelled is raised and nothing stays.
    """
    today = today or date.today()
    total = len(table.rows)
    report = ImportReport(rows=total, checked_only=dry_run)
    parsed: list[ParsedRow] = []
    for index in range(total):
        if index % 500 == 0 and cancelled is not None and cancelled():
            raise ImportCancelled()
        row = parse_row(table, index, mapping, today)
        parsed.append(row)
        report.errors += [(row.line, reason) for reason in row.errors]
    try:
        with store.db.write() as s:
            before = s.scalar(select(func.count()).select_from(Organisation)) or 0
            book = _AddressBook(store, actor, s)
            for done, row in enumerate(parsed, start=1):
                if cancelled is not None and cancelled():
                    raise ImportCancelled()
                if not row.errors:
                    report.errors += [(row.line, reason) for reason in _register(store, actor, s, book, row, today)]
                if progress is not None and (done % 50 == 0 or done == total):
                    progress(done, total)
            report.organisations_added = (s.scalar(select(func.count()).select_from(Organisation)) or 0) - before
            if report.errors or dry_run:
                raise _RollBack()
            report.imported = total
    except _RollBack:
        report.imported = 0
    report.errors.sort(key=lambda e: e[0])
    log.info(
        "import of a register (%s): %d rows, %d imported, %d problems%s",
        mapping.direction,
        total,
        report.imported,
        len(report.errors),
        " (checked only)" if dry_run else "",
    )
    return report


def _register(
    store: OfficeStore, actor: Actor, s: Session, book: _AddressBook, row: ParsedRow, today: date
) -> list[RowProblem]:
    form = row.form
    if form.direction == "in":
        form.sender_org_id = book.id_of(row.sender)
    else:
        form.recipients = [book.id_of(name) for name in row.recipients]
    try:
        register_letter(store, actor, form, today=today, session=s)
    except FormInvalid as exc:
        return [RowProblem(e.field, e.code, e.message) for e in exc.errors]
    except EventTooLarge as exc:
        return [RowProblem("subject", "too_long", str(exc))]
    return []
