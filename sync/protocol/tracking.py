"""What a tracking report (`letter.tracking`) may hold: the handling state of a letter in the office it was sent to,
never minutes or comments. The desktop writes only these fields; the server refuses anything else (code `tracking`).
"""

from __future__ import annotations

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
    "office_name",
    "about_office_id",
    "about_office_name",
)
MAX_TEXT = 300


def tracking_payload_ok(payload: dict[str, Any]) -> bool:
    return all(
        key in TRACKING_FIELDS and isinstance(value, str) and len(value) <= MAX_TEXT for key, value in payload.items()
    )
