"""What a tracking report may hold (`sync/protocol/tracking.py`): the server takes the offices a letter was sent on to
on paper and their days of delivery within the same bounds as the other fields, and a reader takes from them only
entries that read as such."""

from __future__ import annotations

from typing import get_type_hints

from sync.protocol.payloads import Tracking
from sync.protocol.tracking import MAX_TEXT, TRACKING_FIELDS, paper_ends, tracking_payload_ok


def test_the_paper_ends_of_a_report_are_taken_within_bounds():
    state = {
        "status": "registered",
        "forwarded_to": "ບ້ານ ນາແລ; ບ້ານ ໂພນ",
        "forwarded_on_paper": "ບ້ານ ນາແລ; ບ້ານ ໂພນ",
        "delivered_on_paper": "2026-12-05 ບ້ານ ນາແລ",
    }
    assert tracking_payload_ok(state)
    assert set(TRACKING_FIELDS) == set(get_type_hints(Tracking))  # (what the server takes is what is declared)
    assert not tracking_payload_ok(state | {"delivered_on_paper": "x" * (MAX_TEXT + 1)})
    assert not tracking_payload_ok(state | {"forwarded_on_paper": ["ບ້ານ ນາແລ"]})
    assert not tracking_payload_ok(state | {"received_by": "ທ້າວ ບຸນມີ"})  # who signed stays in the office
    assert paper_ends(state) == {"ບ້ານ ນາແລ": "2026-12-05", "ບ້ານ ໂພນ": ""}


def test_an_entry_that_does_not_read_as_one_is_left_out():
    state = {
        "forwarded_on_paper": "ບ້ານ ນາແລ; ; ",
        "delivered_on_paper": "05/12/2026 ບ້ານ ນາແລ; 2026-13-01 ບ້ານ ໂພນ; 2026-",
    }
    assert paper_ends(state) == {"ບ້ານ ນາແລ": ""}
    assert paper_ends({"forwarded_on_paper": 7, "delivered_on_paper": None}) == {}
    assert paper_ends({}) == {}
