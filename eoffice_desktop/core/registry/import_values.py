"""Reading the cells of a historic register: dates as Lao offices write them, and the Lao or English words for
urgency, confidentiality, document type, delivery and direction. Each reader returns a value or raises CellUnreadable
(a ValueError: a code and the cell's text, which the GUI words in the user's language)."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta

from eoffice_shared.refusals import Refusal

Cell = str | int | float | date | None

LAO_MONTHS = ("ມັງກອນ", "ກຸມພາ", "ມີນາ", "ເມສາ", "ພຶດສະພາ", "ມິຖຸນາ", "ກໍລະກົດ", "ສິງຫາ", "ກັນຍາ", "ຕຸລາ", "ພະຈິກ", "ທັນວາ")
ENGLISH_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
LAO_DIGITS = str.maketrans("໐໑໒໓໔໕໖໗໘໙", "0123456789")
EXCEL_EPOCH = date(1899, 12, 30)
# Zero-width characters Lao typists use to mark word breaks; invisible, so never significant.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


class CellUnreadable(Refusal, ValueError):
    """A cell of the register that cannot be read as its field: `text` is the cell as written."""


def normal_key(text: str) -> str:
    """Text compared the way a person reads it: without case, spacing, punctuation or invisible characters.

    NFKC also makes the two ways of typing ໜ/ໝ (one letter, or ຫ + ນ/ມ) and ຳ (one sign, or ໍ + າ) the same.
    """
    text = unicodedata.normalize("NFKC", text.translate(_INVISIBLE)).casefold()
    return re.sub(r"[\s.\-_:/'’()\[\]#]+", " ", text).strip()


def cell_text(value: Cell) -> str:
    """A cell as text: numbers without a useless '.0', Lao text in NFC, outer spaces removed."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.isoformat()
    return unicodedata.normalize("NFC", str(value).translate(_INVISIBLE)).strip()


def _year(text: str, original: str) -> int:
    year = int(text)
    if len(text) == 2:  # 26/02/16: the most recent year ending so, never one in the future
        this = date.today().year
        year += this - this % 100
        if year > this:
            year -= 100
    elif len(text) != 4:
        raise CellUnreadable("'{text}': write the year with four digits", code="cell_year_digits", text=original)
    if year > 2400:
        raise CellUnreadable(
            "'{text}': {year} looks like a Buddhist-era year; write the Gregorian year ({gregorian})",
            code="cell_buddhist_year",
            text=original,
            year=year,
            gregorian=year - 543,
        )
    return year


def _make(year: int, month: int, day: int, original: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        if month > 12 and day <= 12:
            raise CellUnreadable(
                "'{text}' is not a valid date (dates are read as day/month/year)", code="cell_date_order", text=original
            ) from None
        raise CellUnreadable("'{text}' is not a valid date", code="cell_date_invalid", text=original) from None


def _month_named(text: str) -> int | None:
    key = normal_key(text)
    found = [n for n, month in enumerate(LAO_MONTHS, start=1) if normal_key(month) in key]
    found += [n for n, month in enumerate(ENGLISH_MONTHS, start=1) if re.search(rf"\b{month}[a-z]*\b", key)]
    return found[0] if len(found) == 1 else None


def parse_date(value: Cell) -> date | None:
    """Dates as Lao offices write them: 2026-02-26, 26/02/2026, 26-02-2026, 26.02.2026, Excel date cells (and
    Excel day numbers that lost their format), '26 ກຸມພາ 2016' or 'ວັນທີ 26 ກຸມພາ 2016', Lao digits too.

    Day before month, always: that is how Laos writes dates. Empty -> None; anything else raises ValueError.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)):
        if 20000 < value < 80000:  # an Excel day number (1954-2119) whose cell lost its date format
            return EXCEL_EPOCH + timedelta(days=int(value))
        raise CellUnreadable("'{text}' is not a date", code="cell_not_date", text=cell_text(value))
    original = cell_text(value)
    text = original.translate(LAO_DIGITS)
    if not text:
        return None
    # A date and time written by a program: keep the date.
    iso = re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?", text)
    if iso:
        return _make(_year(iso[1], original), int(iso[2]), int(iso[3]), original)
    dmy = re.fullmatch(r"(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d+)", text)
    if dmy:
        return _make(_year(dmy[3], original), int(dmy[2]), int(dmy[1]), original)
    month = _month_named(text)
    numbers = re.findall(r"\d+", text)
    if month is not None and len(numbers) == 2:
        day, year = (numbers[0], numbers[1]) if len(numbers[0]) <= 2 else (numbers[1], numbers[0])
        return _make(_year(year, original), month, int(day), original)
    raise CellUnreadable("'{text}' is not a date", code="cell_not_date", text=original)


def _words(table: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {normal_key(word): code for code, words in table.items() for word in (code, *words)}


# Each code of the form (letterform) with the words registers use for it. An empty cell means the first code.
WORDS: dict[str, dict[str, str]] = {
    "urgency": _words(
        {
            "normal": ("", "ທຳມະດາ", "ປົກກະຕິ", "ບໍ່ດ່ວນ", "routine", "ordinary"),
            "urgent": ("ດ່ວນ", "urgent", "priority", "high"),
            "very_urgent": ("ດ່ວນທີ່ສຸດ", "ດ່ວນຫຼາຍ", "ດ່ວນພິເສດ", "ດ່ວນດ່ວນ", "most urgent", "immediate", "flash"),
        }
    ),
    "confidentiality": _words(
        {
            "normal": ("", "ທຳມະດາ", "ປົກກະຕິ", "ທົ່ວໄປ", "ບໍ່ລັບ", "public", "unclassified"),
            "confidential": ("ລັບ", "ລັບສະເພາະ", "restricted"),
            "secret": ("ລັບສຸດຍອດ", "ລັບທີ່ສຸດ", "top secret", "strictly confidential"),
        }
    ),
    "doc_type": _words(
        {
            "letter": ("", "ໜັງສື", "ໜັງສືທາງການ", "ຈົດໝາຍ", "official letter"),
            "decree": ("ດຳລັດ", "ຂໍ້ຕົກລົງ", "ຄຳສັ່ງ", "ລັດຖະດຳລັດ", "ດຳລັດ / ຂໍ້ຕົກລົງ", "decision", "order", "decree / decision"),
            "notice": ("ແຈ້ງການ", "ໜັງສືແຈ້ງການ", "notification", "announcement"),
            "invitation": ("ໜັງສືເຊີນ", "ໃບເຊີນ", "ເຊີນ", "invite"),
            "report": ("ບົດລາຍງານ", "ລາຍງານ", "ໜັງສືລາຍງານ"),
            "request": ("ໜັງສືສະເໜີ", "ສະເໜີ", "ຄຳຮ້ອງ", "ໜັງສືຂໍ", "proposal", "application"),
            "other": ("ອື່ນໆ", "ອື່ນ"),
        }
    ),
    "delivery_mode": _words(
        {
            "hand": ("", "ກັບມື", "ສົ່ງກັບມື", "ຍື່ນໂດຍກົງ", "ມື", "by hand", "in person", "courier"),
            "post": ("ໄປສະນີ", "ທາງໄປສະນີ", "mail", "by post", "registered mail"),
            "email": ("ອີເມວ", "ອີເມລ", "ທາງອີເມວ", "e-mail", "by email"),
            "sync": ("eoffice",),
        }
    ),
    "direction": _words(
        {
            "in": ("incoming", "received", "ຂາເຂົ້າ", "ເຂົ້າ", "ໜັງສືເຂົ້າ"),
            "out": ("outgoing", "sent", "ຂາອອກ", "ອອກ", "ໜັງສືອອກ"),
        }
    ),
}


def parse_word(kind: str, value: Cell) -> str:
    """The form's code for a word of the register (e.g. urgency 'ດ່ວນທີ່ສຸດ' -> 'very_urgent')."""
    text = cell_text(value)
    code = WORDS[kind].get(normal_key(text))
    if code is None:
        allowed = ", ".join(sorted({c for c in WORDS[kind].values()}))
        raise CellUnreadable(
            "'{text}' is not a known word (use one of: {allowed}, or see docs/import.md)",
            code="cell_word_unknown",
            text=text,
            allowed=allowed,
        )
    return code


def parse_pages(value: Cell) -> int | None:
    """'12', 12, '໑໒', '12 ໜ້າ' or '12 pages'; empty -> None."""
    text = cell_text(value).translate(LAO_DIGITS)
    if not text:
        return None
    found = re.fullmatch(r"(\d+)\s*(?:ໜ້າ|ຫນ້າ|pages?|pp?\.?|ແຜ່ນ)?", text, flags=re.IGNORECASE)
    if not found:
        raise CellUnreadable("'{text}' is not a number of pages", code="cell_not_pages", text=text)
    return int(found[1])
