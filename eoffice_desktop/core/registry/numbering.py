"""Registry numbers: the office's template and the blocks of each yearly series this PC may hand out.

A lone PC owns its whole series; an enrolled PC takes blocks from the server and, when it runs out offline,
hands out visibly provisional numbers that the server confirms at the next sync (DESIGN section 3).
"""

from __future__ import annotations

import string
from dataclasses import dataclass

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session

from eoffice_desktop.core.storage.credential import RESTORED_KEY
from eoffice_desktop.core.storage.models import Event, Letter, NumberBlock
from eoffice_desktop.core.storage.prepared import Prepared, PreparedInsert, Tx, needs_session
from eoffice_desktop.core.storage.settings import delete_setting, get_setting, set_setting
from eoffice_shared.refusals import Invalid, Refusal
from sync.protocol.events import EventType

DEFAULT_TEMPLATE = "{seq:04d}/{abbr}"
TEMPLATE_CHOICES = (
    "{seq:04d}/{abbr}",
    "{seq:04d}/{abbr}.{dept}",
    "{seq:04d}/{abbr}/{year}",
    "{seq}/{abbr}",
)
_ALLOWED = {"seq", "abbr", "dept", "year"}
WHOLE_SERIES_END = 999_999_999

# Set when an enrolled PC's data is restored from a backup ("enrol"), then "pull" once enrolled again; removed after
# its first complete pull. Meanwhile no number is given: the PC's old identity may have used numbers after the backup.
RESTORED_MESSAGE = (
    "This PC was restored from a backup, and the server may already have given numbers to letters registered after "
    "that backup. Enrol this PC again and sync it before registering letters."
)


class TemplateError(Refusal, ValueError):
    pass


@dataclass(frozen=True)
class RegistryNumber:
    text: str
    year: int
    seq: int | None
    series_key: str
    provisional: bool = False


def check_template(template: str) -> None:
    fields = {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}
    if "seq" not in fields:
        raise TemplateError("The number template must contain {seq}.", code="template_needs_seq")
    unknown = fields - _ALLOWED
    if unknown:
        raise TemplateError(
            "Unknown parts in the number template: {parts}.",
            code="template_parts_unknown",
            parts=", ".join(sorted(unknown)),
        )
    format_number(template, 1, "ABC", "D", 2026)


def format_number(template: str, seq: int, abbr: str, dept: str, year: int) -> str:
    try:
        return template.format(seq=seq, abbr=abbr, dept=dept, year=year)
    except (ValueError, KeyError, IndexError) as exc:
        raise TemplateError(
            "The number template {template} is not valid: {reason}",
            code="template_invalid",
            template=repr(template),
            reason=str(exc),
        ) from None


def series_key(direction: str, year: int, dept: str, template: str, yearly: bool) -> str:
    key = f"{direction}:{year if yearly else 'all'}"
    if "{dept" in template:
        key += f":{dept}"
    return key


def series_for(session: Tx, direction: str, year: int, dept: str = "") -> str:
    """The series a number of this direction and year belongs to under the office's current settings."""
    template = get_setting(session, "numbering.template", DEFAULT_TEMPLATE)
    yearly = get_setting(session, "numbering.reset", "yearly") == "yearly"
    return series_key(direction, year, dept, template, yearly)


def _highest_used(session: Tx, key: str) -> int:
    found = _HIGHEST.run(session, {"key": key}).fetchone()
    return int(found[0] or 0) if found else 0


_HIGHEST = Prepared(select(func.max(Letter.registry_seq)).where(Letter.series_key == bindparam("key")))


def assign_block(session: Session, key: str, first: int, last: int, source: str) -> NumberBlock:
    """Give this PC the numbers first..last of a series (from the server, or set by IT staff)."""
    if first < 1 or last < first:
        raise Invalid("A number block needs 1 <= first <= last.", code="number_block_range")
    block = NumberBlock(series_key=key, first=first, last=last, next=first, source=source)
    session.add(block)
    session.flush()
    return block


def next_number(
    session: Tx, direction: str, year: int, abbr: str, dept: str = "", device_tag: str = ""
) -> RegistryNumber:
    """Take the next free number of the series; call inside the registration's transaction."""
    template = get_setting(session, "numbering.template", DEFAULT_TEMPLATE)
    yearly = get_setting(session, "numbering.reset", "yearly") == "yearly"
    key = series_key(direction, year, dept, template, yearly)
    block = _OPEN_BLOCK.run(session, {"key": key}).fetchone()  # prepared: this runs for every letter
    if block is None:
        if get_setting(session, "numbering.server_blocks", "") == "yes":  # the server hands out this PC's blocks
            return _provisional(needs_session(session), direction, year, key, device_tag)
        # A lone PC's first number of the series (once a year): the whole series after the highest number used.
        first = _highest_used(session, key) + 1
        _INSERT_BLOCK.insert(
            session, {"series_key": key, "first": first, "last": WHOLE_SERIES_END, "next": first, "source": "local"}
        )
        block = _OPEN_BLOCK.run(session, {"key": key}).fetchone()
    assert block is not None
    block_id, seq, last = block
    text = format_number(template, seq, abbr, dept, year)
    while _taken(session, key, text):
        # Already used (historic numbers imported, letters of another PC received): skip it, never reuse it.
        seq += 1
        if seq > last:
            _move_block(session, block_id, seq)
            return next_number(session, direction, year, abbr, dept, device_tag)
        text = format_number(template, seq, abbr, dept, year)
    _move_block(session, block_id, seq + 1)
    return RegistryNumber(text=text, year=year, seq=seq, series_key=key)


_OPEN_BLOCK = Prepared(
    select(NumberBlock.id, NumberBlock.next, NumberBlock.last)
    .where(NumberBlock.series_key == bindparam("key"), NumberBlock.next <= NumberBlock.last)
    .order_by(NumberBlock.first)
    .limit(1)
)
_INSERT_BLOCK = PreparedInsert(NumberBlock, ["series_key", "first", "last", "next", "source"])
_MOVE_BLOCK = Prepared(update(NumberBlock).where(NumberBlock.id == bindparam("block")).values(next=bindparam("after")))
# By the number alone (its index finds the one or two letters with it), the series compared here: with the series in
# the WHERE clause SQLite chose the series' index and read every letter of the year's series, 1.2 ms at 2,000 letters.
_TAKEN = Prepared(select(Letter.series_key).where(Letter.registry_number == bindparam("text")))


def _move_block(session: Tx, block_id: int, next_seq: int) -> None:
    _MOVE_BLOCK.run(session, {"block": block_id, "after": next_seq})
    if not isinstance(session, Session):
        return  # (a plain transaction holds no objects)
    held = session.identity_map.get(Session.identity_key(NumberBlock, block_id))
    if held is not None:  # loaded earlier in this session (a block just assigned): read `next` again when asked
        session.expire(held, ["next"])


def _taken(session: Tx, key: str, text: str) -> bool:
    return any(series == key for (series,) in _TAKEN.run(session, {"text": text}))


def _provisional(session: Session, direction: str, year: int, key: str, device_tag: str) -> RegistryNumber:
    # A counter that only grows: a confirmed letter leaves the provisional list, and its old number must never be
    # handed out again (it stays findable as the letter's alias).
    prefix = f"P-{device_tag}-{direction.upper()}"
    counter = f"numbering.provisional.{key}"
    shown = session.scalars(select(Letter.registry_number).where(Letter.registry_number.like(f"{prefix}%")))
    used = [int(text[len(prefix) :]) for text in shown if text[len(prefix) :].isdigit()]
    number = max([int(get_setting(session, counter, "0")), *used]) + 1
    set_setting(session, counter, str(number))
    text = f"{prefix}{number:04d}"
    return RegistryNumber(text=text, year=year, seq=None, series_key=key, provisional=True)


def after_restore(session: Tx) -> bool:
    """Registering waits: this restored PC has not yet learnt from the server what it did after its backup."""
    return bool(get_setting(session, RESTORED_KEY))


def pulled_after_restore(session: Session) -> None:
    """A complete pull (online, or a return bundle from the server) brought what the old identity did after the
    backup: registering may go on, with the server's new blocks."""
    if get_setting(session, RESTORED_KEY) == "pull":
        delete_setting(session, RESTORED_KEY)


def close_restored_blocks(session: Session) -> int:
    """A restored PC enrolling again: the blocks in its backup may have been used after the backup (by the same PC
    before the restore), so none of them gives another number; new blocks come from the server. Returns how many
    blocks were closed."""
    closed = 0
    for block in session.scalars(select(NumberBlock).where(NumberBlock.next <= NumberBlock.last)):
        block.next, closed = block.last + 1, closed + 1
    set_setting(session, RESTORED_KEY, "pull")
    session.flush()
    return closed


# -- server blocks (sync/client/numbers.py asks the server; these keep the local side) ------------------------------


def has_block(session: Session, key: str, first: int, last: int) -> bool:
    found = session.scalar(
        select(NumberBlock.id).where(
            NumberBlock.series_key == key, NumberBlock.first == first, NumberBlock.last == last
        )
    )
    return found is not None


def uses_server_blocks(session: Session) -> bool:
    return get_setting(session, "numbering.server_blocks", "") == "yes"


def switch_to_server_blocks(session: Session) -> bool:
    """From now on only the server hands out this PC's numbers: a whole-series local block ends at the highest
    number it gave (the server is told that number with the next block request). False when already switched."""
    if uses_server_blocks(session):
        return False
    for block in session.scalars(select(NumberBlock).where(NumberBlock.source == "local")):
        if block.next == block.first:
            session.delete(block)  # never used: nothing to keep
        else:
            block.last = block.next - 1
    set_setting(session, "numbering.server_blocks", "yes")
    session.flush()
    return True


def series_in_use(session: Session, year: int) -> list[str]:
    """The series this PC will number in this year: incoming and outgoing under the current template, and any other
    series of the year the office's letters already use (a department part, a template changed during the year)."""
    keys = {series_for(session, direction, year) for direction in ("in", "out")}
    used = session.scalars(
        select(Letter.series_key).where(Letter.registry_year == year, Letter.registry_seq.is_not(None)).distinct()
    )
    keys.update(key for key in used if key.split(":")[1] in (str(year), "all"))
    return sorted(keys)


def numbers_left(session: Session, key: str) -> int:
    blocks = session.scalars(
        select(NumberBlock).where(NumberBlock.series_key == key, NumberBlock.next <= NumberBlock.last)
    )
    return sum(block.last - block.next + 1 for block in blocks)


def highest_reserved(session: Session, key: str) -> int:
    """The highest number of the series this PC used, saw on a letter, or holds in a block: the server must start
    after it. Telling it too much only skips numbers; too little could give one twice."""
    in_blocks = session.scalar(
        select(func.max(NumberBlock.last)).where(NumberBlock.series_key == key, NumberBlock.last < WHOLE_SERIES_END)
    )
    return max(_highest_used(session, key), in_blocks or 0)


@dataclass(frozen=True)
class ProvisionalNumber:
    letter_id: str
    series_key: str
    registry_number: str


def provisional_letters(session: Session, device_id: str, acked_only: bool = True) -> list[ProvisionalNumber]:
    """Letters this PC numbered provisionally whose registration the server already holds (it confirms only those).
    A USB bundle carries the registrations with the request, so it asks for the unacknowledged ones too. After a
    restore, the letters its former identity numbered provisionally are this PC's too."""
    from eoffice_desktop.core.replication import sending_ids

    query = (
        select(Letter.id, Letter.series_key, Letter.registry_number)
        .join(Event, (Event.letter_id == Letter.id) & (Event.type == EventType.LETTER_REGISTERED))
        .where(
            Letter.provisional.is_(True),
            Letter.status != "void",  # a void letter needs no legal number; it keeps its provisional one
            Event.device_id.in_(sending_ids(session, device_id)),
        )
        .order_by(Letter.registered_at, Letter.id)
    )
    rows = session.execute(query.where(Event.acked.is_(True)) if acked_only else query)
    return [ProvisionalNumber(letter_id, key, number) for letter_id, key, number in rows]
