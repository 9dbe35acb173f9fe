"""Registry number blocks: the server cuts ranges of an office's yearly series for its PCs, and gives letters that
were registered offline with a provisional number their final one (DESIGN section 3, docs/numbering.md).

A block is cut by one upsert of the series row (a row lock held until commit), so two PCs asking at the same moment,
on any number of server processes, never receive overlapping numbers.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import case
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from sync.protocol.messages import ConfirmedNumber as ConfirmedOut
from sync.protocol.messages import NumberBlockOut, ProvisionalLetter, SeriesWant
from sync.server.admin import now
from sync.server.bulk import run_sql
from sync.server.models import ConfirmedNumber, Device, IssuedBlock, LetterAccess, NumberSeries
from sync.server.quotas import check_series


def _cut(session: Session, office_id: str, key: str, count: int, floor: int) -> int:
    """Move the series past `count` numbers starting at least at `floor`; returns the first of them. One statement
    (a series met for the first time starts at 1)."""
    dialect = session.get_bind().dialect.name
    insert: Any = postgresql.insert if dialect == "postgresql" else sqlite.insert
    start = case((NumberSeries.next < floor, floor), else_=NumberSeries.next)
    statement = (
        insert(NumberSeries)
        .values(office_id=office_id, series_key=key, next=max(1, floor) + count)
        .on_conflict_do_update(index_elements=["office_id", "series_key"], set_={"next": start + count})
        .returning(NumberSeries.next)
    )
    end = session.execute(statement).scalar_one()
    return int(end) - count


def seen_number(session: Session, office_id: str, key: str, seq: int) -> None:
    """A letter of the office used `seq` (a lone PC before enrolling, IT staff's manual block): never hand it out.
    Asked by every push that registers letters: one plain statement (as `_cut` with no numbers to cut)."""
    run_sql(session, SEEN_NUMBER, (office_id, key, seq + 1, seq + 1, seq + 1))


SEEN_NUMBER = (
    "INSERT INTO number_series (office_id, series_key, next) VALUES (?, ?, ?) "
    "ON CONFLICT (office_id, series_key) DO UPDATE "
    "SET next = CASE WHEN number_series.next < ? THEN ? ELSE number_series.next END"
)


def reserve(session: Session, device: Device, wants: list[SeriesWant]) -> list[NumberBlockOut]:
    check_series(session, device.office_id, {want.series_key for want in wants})
    blocks = []
    for want in sorted(wants, key=lambda w: w.series_key):  # one lock order: two requests never wait on each other
        first = _cut(session, device.office_id, want.series_key, want.count, want.highest_used + 1)
        last = first + want.count - 1
        session.add(
            IssuedBlock(
                office_id=device.office_id,
                device_id=device.id,
                series_key=want.series_key,
                first=first,
                last=last,
                issued_at=now(),
            )
        )
        blocks.append(NumberBlockOut(series_key=want.series_key, first=first, last=last))
    return blocks


def confirm(session: Session, device: Device, letters: list[ProvisionalLetter]) -> list[ConfirmedOut]:
    """The final number of each provisionally numbered letter of this office; asking again gives the same one."""
    check_series(session, device.office_id, {letter.series_key for letter in letters})
    results = []
    for item in sorted(letters, key=lambda letter: letter.series_key):  # one lock order, as in `reserve`
        _cut(session, device.office_id, item.series_key, 0, 1)  # lock the series first: a retry racing waits here
        done = session.get(ConfirmedNumber, item.letter_id, populate_existing=True)
        if done is not None and done.office_id == device.office_id:
            results.append(
                ConfirmedOut(letter_id=item.letter_id, status="confirmed", series_key=done.series_key, seq=done.seq)
            )
            continue
        access = session.get(LetterAccess, (item.letter_id, device.office_id))
        if done is not None or access is None or not access.owner:
            # The same answer for another office's letter as for one not sent yet: nothing to learn by guessing.
            results.append(
                ConfirmedOut(
                    letter_id=item.letter_id,
                    status="refused",
                    series_key=item.series_key,
                    reason="This office has no such letter on the server yet: send it first, then ask again.",
                )
            )
            continue
        seq = _cut(session, device.office_id, item.series_key, 1, 1)
        session.add(
            ConfirmedNumber(
                letter_id=item.letter_id,
                office_id=device.office_id,
                series_key=item.series_key,
                seq=seq,
                device_id=device.id,
                confirmed_at=now(),
            )
        )
        results.append(ConfirmedOut(letter_id=item.letter_id, status="confirmed", series_key=item.series_key, seq=seq))
    order = {letter.letter_id: n for n, letter in enumerate(letters)}
    return sorted(results, key=lambda result: order[result.letter_id])  # answered in the order asked
