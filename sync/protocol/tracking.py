"""What a tracking report (`letter.tracking`) may hold: the handling state of a letter in the office it was sent to,
never minutes or comments. The desktop writes only these fields; the server refuses anything else (code `tracking`).
"""

from __future__ import annotations

from datetime import date
from typing import Any

TRACKING_FIELDS = (
    "status",
    "registry_number",
    "department",
    "holder",
    "outcome",
    "answer_number",
    "answer_letter_id",
    "forwarded_to",
    "forward_number",
    "forwarded_on_paper",
    "delivered_on_paper",
    "office_name",
    "about_office_id",
    "about_office_name",
)
MAX_TEXT = 300
# `forwarded_on_paper`: the offices without eOffice the letter was sent on to, "; " between them; `delivered_on_paper`:
# those whose delivery the sending office recorded, each "YYYY-MM-DD name". Whole entries only, within MAX_TEXT.
LIST_SEPARATOR = "; "


def tracking_payload_ok(payload: dict[str, Any]) -> bool:
    return all(
        key in TRACKING_FIELDS and isinstance(value, str) and len(value) <= MAX_TEXT for key, value in payload.items()
    )


def paper_ends(payload: dict[str, Any]) -> dict[str, str]:
    """The offices without eOffice a report says the letter was sent on to, each with the ISO day it was delivered
    on paper ("" while not recorded); an entry that does not read as such is left out."""
    text = payload.get("forwarded_on_paper")
    names = [name.strip() for name in text.split(LIST_SEPARATOR)] if isinstance(text, str) else []
    found = dict.fromkeys((name for name in names if name), "")
    delivered = payload.get("delivered_on_paper")
    for entry in delivered.split(LIST_SEPARATOR) if isinstance(delivered, str) else []:
        day, _, name = entry.strip().partition(" ")
        if name.strip() and _iso_day(day):
            found[name.strip()] = day
    return found


def _iso_day(text: str) -> bool:
    try:
        return len(text) == 10 and date.fromisoformat(text) is not None
    except ValueError:
        return False
