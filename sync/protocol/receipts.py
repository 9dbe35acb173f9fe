"""What a receipt (`letter.receipt`) may hold: the receiving office's answer about the sender's letter (delivered,
registered, returned with a reason), as short texts. The desktop writes only these; the server refuses anything else
(code `receipt`), as it does for tracking reports (sync/protocol/tracking.py)."""

from __future__ import annotations

from typing import Any

RECEIPT_STATUSES = ("delivered", "registered", "returned")
RECEIPT_FIELDS = ("status", "office_name", "registry_number", "incoming_letter_id", "reason")
MAX_TEXT = 300


def receipt_payload_ok(payload: dict[str, Any]) -> bool:
    return payload.get("status") in RECEIPT_STATUSES and all(
        key in RECEIPT_FIELDS and isinstance(value, str) and len(value) <= MAX_TEXT for key, value in payload.items()
    )
