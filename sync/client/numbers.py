"""Registry numbers during sync: this PC's blocks of the office's series come from the server, and letters numbered
provisionally while offline get their final number from it (DESIGN section 3, docs/numbering.md).

Runs after push (the server confirms only letters it already holds) and before pull; see docs/sync-protocol.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from eoffice_desktop.core.eventlog.events import utcnow
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.registry.numbering import (
    ProvisionalNumber,
    assign_block,
    has_block,
    highest_reserved,
    numbers_left,
    provisional_letters,
    series_in_use,
    switch_to_server_blocks,
    uses_server_blocks,
)
from eoffice_desktop.core.registry.register import confirm_number
from eoffice_desktop.core.storage.models import SyncIssue
from sync.client.errors import DeviceRevoked, Refused
from sync.client.transport import Transport
from sync.protocol.messages import (
    SERIES_KEY_PATTERN,
    ConfirmedNumber,
    NumberBlockOut,
    ProvisionalLetter,
    SeriesWant,
)

LOW_WATER = 20  # ask for more when fewer numbers than this are left in a series
BLOCK_SIZE = 50
MAX_SERIES = 20  # per block request (the protocol's limit)
MAX_LETTERS = 500  # per confirmation request
NOT_CONFIRMED = "number_not_confirmed"


@dataclass
class NumbersReport:
    blocks: int = 0
    confirmed: int = 0
    refusals: list[str] = field(default_factory=list)


def wire_key(local_key: str) -> str | None:
    """The series as the server names it: a template with an empty department part ends in ":" locally."""
    key = local_key.rstrip(":")
    return key if re.match(SERIES_KEY_PATTERN, key) else None


def keep_numbers(store: OfficeStore, transport: Transport, today: date | None = None) -> NumbersReport:
    """Confirm provisional numbers and top up the blocks of this year's series; one request each at most.

    A request the server refuses is reported, never raised, so the rest of the sync goes on; no connection raises
    as anywhere else in sync (the next sync tries again, and registering meanwhile gives provisional numbers)."""
    report = NumbersReport()
    try:
        _confirm(store, transport, report)
        _refill(store, transport, report, (today or date.today()).year)
    except DeviceRevoked:
        raise
    except Refused as exc:
        report.refusals.append(f"Registry numbers: {exc}")
    return report


def _confirm(store: OfficeStore, transport: Transport, report: NumbersReport) -> None:
    with store.db.session() as s:
        waiting = provisional_letters(s, store.device_id)
    asked = [p for p in waiting if wire_key(p.series_key)]
    for start in range(0, len(asked), MAX_LETTERS):
        chunk = asked[start : start + MAX_LETTERS]
        wire = [ProvisionalLetter(letter_id=p.letter_id, series_key=wire_key(p.series_key) or "") for p in chunk]
        answers = {answer.letter_id: answer for answer in transport.confirm_numbers(wire)}
        with store.db.write() as s:
            for letter in chunk:
                answer = answers.get(letter.letter_id)
                if answer is not None:
                    _take_answer(store, s, letter, answer, report)


def _take_answer(
    store: OfficeStore, s: Session, letter: ProvisionalNumber, answer: ConfirmedNumber, report: NumbersReport
) -> None:
    if answer.status == "confirmed" and answer.seq is not None:
        if confirm_number(store, s, letter.letter_id, answer.seq) is not None:
            report.confirmed += 1
        _resolve(s, letter.letter_id)
    else:
        reason = answer.reason or "no reason given"
        _note_refusal(s, letter.letter_id, letter.registry_number, reason)
        report.refusals.append(f"{letter.registry_number}: {reason}")


def _note_refusal(s: Session, letter_id: str, number: str, reason: str) -> None:
    """Shown under "Needs attention" with the changes the server refused; once per letter until it is confirmed."""
    open_issue = s.scalar(
        select(SyncIssue.id).where(
            SyncIssue.letter_id == letter_id, SyncIssue.code == NOT_CONFIRMED, SyncIssue.resolved.is_(False)
        )
    )
    if open_issue is not None:
        return
    message = (
        f"ເຊີບເວີຍັງບໍ່ຢືນຢັນເລກທີຊົ່ວຄາວ {number}; ເລກທີນີ້ຍັງໃຊ້ໄດ້ ແລະ ຈະຖາມຄືນໃນການຊິງຄ໌ຄັ້ງຕໍ່ໄປ. "
        f"The server did not confirm the provisional number {number}; it stays in use and is asked again at the "
        f"next sync. Reason: {reason}"
    )
    s.add(SyncIssue(event_id=None, letter_id=letter_id, code=NOT_CONFIRMED, message=message, created_at=utcnow()))


def _resolve(s: Session, letter_id: str) -> None:
    for issue in s.scalars(
        select(SyncIssue).where(
            SyncIssue.letter_id == letter_id, SyncIssue.code == NOT_CONFIRMED, SyncIssue.resolved.is_(False)
        )
    ):
        issue.resolved = True


def _wants(s: Session, year: int) -> dict[str, tuple[str, SeriesWant]]:
    """Series of this year running low: server name -> (local key, what to ask for)."""
    wants: dict[str, tuple[str, SeriesWant]] = {}
    for key in series_in_use(s, year):
        wire = wire_key(key)
        if wire is None or wire in wants or numbers_left(s, key) >= LOW_WATER:
            continue
        wants[wire] = (key, SeriesWant(series_key=wire, count=BLOCK_SIZE, highest_used=highest_reserved(s, key)))
    return wants


def _refill(store: OfficeStore, transport: Transport, report: NumbersReport, year: int) -> None:
    with store.db.write() as s:
        switch_to_server_blocks(s)  # a PC enrolled before blocks existed switches at its next sync
        wants = _wants(s, year)
    items = list(wants.values())
    for start in range(0, len(items), MAX_SERIES):
        chunk = dict(items[start : start + MAX_SERIES])
        local = {want.series_key: key for key, want in chunk.items()}
        blocks = transport.number_blocks(list(chunk.values()))
        with store.db.write() as s:
            for block in blocks:
                if block.series_key in local:
                    assign_block(s, local[block.series_key], block.first, block.last, "server")
                    report.blocks += 1


# -- the same by USB stick: the requests ride in the bundle's manifest, the answers come back in the return bundle --
def bundle_requests(store: OfficeStore, today: date | None = None) -> dict[str, Any]:
    """What a bundle of an enrolled PC asks about numbers (sync/server/bundles.py answers it)."""
    with store.db.session() as s:
        if not uses_server_blocks(s):
            return {}
        waiting = provisional_letters(s, store.device_id, acked_only=False)
        wants = _wants(s, (today or date.today()).year)
    confirm = [
        {"letter_id": p.letter_id, "series_key": wire_key(p.series_key)} for p in waiting if wire_key(p.series_key)
    ]
    want = [{**w.model_dump(), "local_key": key} for key, w in wants.values()]
    return {"confirm": confirm[:MAX_LETTERS], "want": want[:MAX_SERIES]} if confirm or want else {}


def take_bundle_answers(store: OfficeStore, answers: dict[str, Any]) -> NumbersReport:
    """Confirmations and blocks from a return bundle; reading the same bundle twice changes nothing."""
    report = NumbersReport()
    with store.db.write() as s:
        waiting = {p.letter_id: p for p in provisional_letters(s, store.device_id, acked_only=False)}
        for raw in answers.get("confirmed", []):
            answer = ConfirmedNumber.model_validate(raw)
            if answer.letter_id in waiting:
                _take_answer(store, s, waiting[answer.letter_id], answer, report)
        for raw in answers.get("blocks", []):
            block = NumberBlockOut.model_validate({k: v for k, v in raw.items() if k != "local_key"})
            local = str(raw.get("local_key") or block.series_key)
            if wire_key(local) != block.series_key or has_block(s, local, block.first, block.last):
                continue
            assign_block(s, local, block.first, block.last, "server")
            report.blocks += 1
    return report
