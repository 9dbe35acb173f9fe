"""The wire in one place: every event type has its payload declared in sync/protocol, and what the desktop writes
fits those declarations."""

from __future__ import annotations

import io
import json
import tokenize
from collections import Counter
from pathlib import Path

from sqlalchemy import select

from eoffice_desktop.core.demo.build import generate_demo
from eoffice_desktop.core.demo.signatures import add_demo_signatures
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.storage.models import Event, User
from sync.protocol.events import SCHEMAS, EventType
from sync.protocol.payloads import PAYLOADS, payload_problems


def test_every_event_type_has_a_schema_and_a_declared_payload():
    assert set(PAYLOADS) == set(SCHEMAS) == {t.value for t in EventType}
    assert payload_problems("letter.voided", {"reason": "ຜິດ"}) == []
    assert payload_problems("letter.voided", {"why": "x"}) == [
        "letter.voided: missing reason",
        "letter.voided: undeclared why",
    ]
    assert payload_problems("letter.stamped", {}) == ["letter.stamped: no payload declared"]


def test_what_an_office_writes_fits_the_declared_payloads(store: OfficeStore):
    generate_demo(store, 60, routed=40, attachment_share=0.3)
    with store.db.session() as s:
        head = s.scalar(select(User).where(User.roles.contains("head")))
        assert head is not None
        actor = store.actor(head.id)
    add_demo_signatures(store, actor, letters=3)
    seen: Counter[str] = Counter()
    problems: list[str] = []
    with store.db.session() as s:
        for row in s.scalars(select(Event)):
            seen[row.type] += 1
            problems += payload_problems(row.type, json.loads(row.payload))
    assert problems == []
    assert {"letter.registered", "letter.routed", "letter.signed", "org.added", "trust.ca_added"} <= set(seen)


def test_event_types_are_named_by_their_constant_outside_the_protocol():
    root = Path(__file__).resolve().parents[2]
    names = {t.value for t in EventType}
    bare = []
    for path in [*(root / "eoffice_desktop").rglob("*.py"), *(root / "sync").rglob("*.py")]:
        if "migrations" in path.parts or path == root / "sync" / "protocol" / "events.py":
            continue  # a migration is a frozen copy of its day's code
        for token in tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline):
            if token.type == tokenize.STRING and token.string[1:-1] in names and token.string[0] in "\"'":
                bare.append(f"{path.relative_to(root)}:{token.start[0]} {token.string}")
    assert bare == []
