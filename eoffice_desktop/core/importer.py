"""Importing an existing register: columns mapped to letter fields, every bad row reported with its line, and all
or nothing - one transaction, rolled back on any error or on cancel. Historic registry numbers are kept."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from eoffice_desktop.core.addressbook import add_organisation
from eoffice_desktop.core.events import Actor
from eoffice_desktop.core.letterform import FormInvalid, LetterForm, validate
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.registry import register_letter
from eoffice_desktop.core.spreadsheet import Cell, Table

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

# Column titles recognised without a mapping file (compared without case, spaces and punctuation).
KNOWN_TITLES: dict[str, tuple[str, ...]] = {
    "registry_number": (
        "registry number",
        "registry no",
        "no",
        "number",
        "reg no",
        "ເລກທີ",
        "ເລກທີລົງທະບຽນ",
        "ເລກທະບຽນ",
        "ເລກທີຂາເຂົ້າ",
        "ເລກທີຂາອອກ",
    ),
    "register_date": (
        "date",
        "date received",
        "received",
        "date sent",
        "ວັນທີ",
        "ວັນທີໄດ້ຮັບ",
        "ວັນທີຮັບ",
        "ວັນທີສົ່ງ",
        "ວັນທີລົງທະບຽນ",
    ),
    "sender": ("from", "sender", "sender organisation", "ຈາກ", "ຜູ້ສົ່ງ", "ພາກສ່ວນສົ່ງ", "ຈາກພາກສ່ວນ"),
    "sender_ref": (
        "their reference",
        "sender reference",
        "sender's reference",
        "reference",
        "ref",
        "their no",
        "ເລກທີຂອງຜູ້ສົ່ງ",
        "ເລກທີໜັງສື",
        "ເລກທີເອກະສານ",
    ),
    "letter_date": ("letter date", "date of letter", "dated", "ລົງວັນທີ", "ວັນທີໜັງສື", "ວັນທີຂອງໜັງສື"),
    "subject": ("subject", "title", "ເລື່ອງ", "ຫົວເລື່ອງ", "ວ່າດ້ວຍ", "ເນື້ອເລື່ອງ"),
    "summary": ("summary", "content", "ເນື້ອໃນ", "ເນື້ອໃນສັງລວມ", "ສັງລວມ"),
    "doc_type": ("type", "document type", "ປະເພດ", "ປະເພດເອກະສານ"),
    "urgency": ("urgency", "priority", "ຄວາມດ່ວນ", "ລະດັບຄວາມດ່ວນ", "ດ່ວນ"),
    "confidentiality": ("confidentiality", "classification", "ຄວາມລັບ", "ລະດັບຄວາມລັບ", "ລັບ"),
    "delivery_mode": ("delivery", "delivered by", "ວິທີສົ່ງ", "ວິທີການສົ່ງ"),
    "pages": ("pages", "number of pages", "ຈຳນວນໜ້າ", "ໜ້າ"),
    "reply_due": ("reply due", "due", "deadline", "ກຳນົດຕອບ", "ກຳນົດ"),
    "keywords": ("keywords", "ຄຳສຳຄັນ"),
    "recipients": ("to", "recipient", "recipients", "ເຖິງ", "ຜູ້ຮັບ", "ສົ່ງເຖິງ"),
    "signatory": ("signatory", "signed by", "ຜູ້ລົງນາມ", "ລົງນາມໂດຍ"),
    "direction": ("direction", "in/out", "ຂາເຂົ້າ/ຂາອອກ"),
}

WORDS: dict[str, dict[str, str]] = {
    "urgency": {
        "normal": "normal",
        "ທຳມະດາ": "normal",
        "": "normal",
        "urgent": "urgent",
        "ດ່ວນ": "urgent",
        "very urgent": "very_urgent",
        "very_urgent": "very_urgent",
        "most urgent": "very_urgent",
        "ດ່ວນທີ່ສຸດ": "very_urgent",
        "ດ່ວນຫຼາຍ": "very_urgent",
    },
    "confidentiality": {
        "normal": "normal",
        "": "normal",
        "ທຳມະດາ": "normal",
        "confidential": "confidential",
        "ລັບ": "confidential",
        "secret": "secret",
        "ລັບສຸດຍອດ": "secret",
        "top secret": "secret",
    },
    "doc_type": {
        "letter": "letter",
        "ໜັງສື": "letter",
        "": "letter",
        "decree": "decree",
        "decision": "decree",
        "ດຳລັດ": "decree",
        "ຂໍ້ຕົກລົງ": "decree",
        "notice": "notice",
        "ແຈ້ງການ": "notice",
        "invitation": "invitation",
        "ໜັງສືເຊີນ": "invitation",
        "ເຊີນ": "invitation",
        "report": "report",
        "ບົດລາຍງານ": "report",
        "ລາຍງານ": "report",
        "request": "request",
        "ໜັງສືສະເໜີ": "request",
        "ສະເໜີ": "request",
        "other": "other",
        "ອື່ນໆ": "other",
    },
    "delivery_mode": {
        "hand": "hand",
        "by hand": "hand",
        "ກັບມື": "hand",
        "ສົ່ງກັບມື": "hand",
        "": "hand",
        "post": "post",
        "ໄປສະນີ": "post",
        "email": "email",
        "e-mail": "email",
        "ອີເມວ": "email",
        "sync": "sync",
    },
    "direction": {"in": "in", "incoming": "in", "ຂາເຂົ້າ": "in", "out": "out", "outgoing": "out", "ຂາອອກ": "out"},
}

LAO_MONTHS = ("ມັງກອນ", "ກຸມພາ", "ມີນາ", "ເມສາ", "ພຶດສະພາ", "ມິຖຸນາ", "ກໍລະກົດ", "ສິງຫາ", "ກັນຍາ", "ຕຸລາ", "ພະຈິກ", "ທັນວາ")
LAO_DIGITS = str.maketrans("໐໑໒໓໔໕໖໗໘໙", "0123456789")
EXCEL_EPOCH = date(1899, 12, 30)


class ImportCancelled(Exception):
    pass


def _key(text: str) -> str:
    text = unicodedata.normalize("NFC", text).casefold()
    return re.sub(r"[\s\.\-_:/'’()]+", " ", text).strip()


@dataclass
class Mapping:
    """Which column holds which field (by column title), and the register the rows go to."""

    columns: dict[str, str] = field(default_factory=dict)  # field -> column title
    direction: str = "in"

    def to_json(self) -> str:
        return json.dumps({"direction": self.direction, "columns": self.columns}, ensure_ascii=False, indent=2)

    @classmethod
    def from_json(cls, text: str) -> Mapping:
        data = json.loads(text)
        unknown = set(data.get("columns", {})) - set(FIELDS)
        if unknown:
            raise ValueError(f"Unknown fields in the mapping: {', '.join(sorted(unknown))}.")
        return cls(columns=dict(data.get("columns", {})), direction=data.get("direction", "in"))


def guess_mapping(headers: list[str], direction: str = "in") -> Mapping:
    wanted = {_key(title): name for name, titles in KNOWN_TITLES.items() for title in titles}
    columns: dict[str, str] = {}
    for header in headers:
        name = wanted.get(_key(header))
        if name and name not in columns:
            columns[name] = header
    return Mapping(columns, direction)


def parse_date(value: Cell) -> date | None:
    """Dates as Lao offices write them: 2026-02-26, 26/02/2026, 26-02-2026, 26.02.2026, Excel cells and numbers,
    '26 ກຸມພາ 2016', with Lao digits too. Empty -> None; anything else raises ValueError."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)):
        if 20000 < value < 80000:  # an Excel serial date that lost its format
            return EXCEL_EPOCH + timedelta(days=int(value))
        raise ValueError(str(value))
    text = str(value).strip().translate(LAO_DIGITS)
    if not text:
        return None
    text = re.sub(r"^ວັນທີ\s*", "", text)
    for month_no, month in enumerate(LAO_MONTHS, start=1):
        if month in text:
            numbers = re.findall(r"\d+", text)
            if len(numbers) == 2:
                return date(int(numbers[1]), month_no, int(numbers[0]))
    for pattern in ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%d/%m/%y", "%Y/%m/%d", "%d %B %Y", "%d %b %Y"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValueError(text)


def _text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return unicodedata.normalize("NFC", str(value)).strip()


@dataclass
class ParsedRow:
    line: int
    form: LetterForm
    sender: str
    recipients: list[str]
    errors: list[str]


def _word(kind: str, value: Cell, errors: list[str]) -> str | None:
    text = _text(value)
    found = WORDS[kind].get(_key(text)) or WORDS[kind].get(text)
    if found is None:
        errors.append(
            f"{kind.replace('_', ' ')}: '{text}' is not one of {', '.join(sorted(set(WORDS[kind].values())))}"
        )
    return found


def parse_row(table: Table, index: int, mapping: Mapping, today: date) -> ParsedRow:
    headers = {h: i for i, h in enumerate(table.headers)}
    row = table.rows[index]
    errors: list[str] = []

    def cell(name: str) -> Cell:
        column = mapping.columns.get(name)
        if column is None or column not in headers:
            return None
        position = headers[column]
        return row[position] if position < len(row) else None

    form = LetterForm(direction=mapping.direction)
    if "direction" in mapping.columns and _text(cell("direction")):
        form.direction = _word("direction", cell("direction"), errors) or mapping.direction
    for name in ("register_date", "letter_date", "reply_due"):
        try:
            setattr(form, name, parse_date(cell(name)))
        except (ValueError, OverflowError) as exc:
            errors.append(f"{name.replace('_', ' ')}: '{exc}' is not a date")
    number = _text(cell("registry_number"))
    form.registry_number = number or None
    sender = _text(cell("sender"))
    form.sender_name = sender
    form.sender_ref = _text(cell("sender_ref"))
    form.subject = _text(cell("subject"))
    form.summary = _text(cell("summary"))
    form.keywords = _text(cell("keywords"))
    form.signatory = _text(cell("signatory"))
    for name in ("urgency", "confidentiality", "doc_type", "delivery_mode"):
        if name in mapping.columns:
            value = _word(name, cell(name), errors)
            if value:
                setattr(form, name, value)
    pages = _text(cell("pages"))
    if pages:
        if pages.isdigit():
            form.pages = int(pages)
        else:
            errors.append(f"pages: '{pages}' is not a number")
    recipients = [r.strip() for r in re.split(r"[;\n]", _text(cell("recipients"))) if r.strip()]
    form.recipients = ["?"] * len(recipients)  # resolved to address book ids when imported
    errors += [f"{e.field.replace('_', ' ')}: {e.message}" for e in validate(form, today)]
    return ParsedRow(table.line_of(index), form, sender, recipients, errors)


def preview(table: Table, mapping: Mapping, count: int = 20, today: date | None = None) -> list[ParsedRow]:
    today = today or date.today()
    return [parse_row(table, i, mapping, today) for i in range(min(count, len(table.rows)))]


@dataclass
class ImportReport:
    imported: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)  # (line, reason)

    @property
    def ok(self) -> bool:
        return not self.errors


def import_register(
    store: OfficeStore,
    actor: Actor,
    table: Table,
    mapping: Mapping,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    dry_run: bool = False,
) -> ImportReport:
    """Check every row; import them all in one transaction only if none is bad (and nothing if cancelled)."""
    today = date.today()
    report = ImportReport()
    parsed = [parse_row(table, i, mapping, today) for i in range(len(table.rows))]
    for row in parsed:
        report.errors += [(row.line, reason) for reason in row.errors]
    if report.errors or dry_run:
        return report
    try:
        with store.db.write() as s:
            for done, row in enumerate(parsed, start=1):
                if cancelled is not None and cancelled():
                    raise ImportCancelled()
                form = row.form
                if form.direction == "in":
                    form.sender_org_id = add_organisation(s, store.log, actor, row.sender).id
                else:
                    form.recipients = [add_organisation(s, store.log, actor, name).id for name in row.recipients]
                try:
                    register_letter(store, actor, form, today=today, session=s)
                except FormInvalid as exc:
                    report.errors += [(row.line, e.message) for e in exc.errors]
                if progress is not None and done % 50 == 0:
                    progress(done, len(parsed))
            if report.errors:
                raise ImportCancelled()
            report.imported = len(parsed)
    except ImportCancelled:
        report.imported = 0
        if not report.errors:
            raise
    return report


def load_mapping(path: Path) -> Mapping:
    return Mapping.from_json(path.read_text(encoding="utf-8"))
