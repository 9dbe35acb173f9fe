"""Registry numbers: the office's template and the blocks of each yearly series this PC may hand out.

A lone PC owns its whole series; an enrolled PC takes blocks from the server and, when it runs out offline,
hands out visibly provisional numbers that the server confirms at the next sync (DESIGN section 3).
"""

from __future__ import annotations

import string
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from eoffice_desktop.core.models import Letter, NumberBlock
from eoffice_desktop.core.settings import get_setting

DEFAULT_TEMPLATE = "{seq:04d}/{abbr}"
TEMPLATE_CHOICES = (
    "{seq:04d}/{abbr}",
    "{seq:04d}/{abbr}.{dept}",
    "{seq:04d}/{abbr}/{year}",
    "{seq}/{abbr}",
)
_ALLOWED = {"seq", "abbr", "dept", "year"}
WHOLE_SERIES_END = 999_999_999


class TemplateError(ValueError):
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
        raise TemplateError("The number template must contain {seq}.")
    unknown = fields - _ALLOWED
    if unknown:
        raise TemplateError(f"Unknown parts in the number template: {', '.join(sorted(unknown))}.")
    format_number(template, 1, "ABC", "D", 2026)


def format_number(template: str, seq: int, abbr: str, dept: str, year: int) -> str:
    try:
        return template.format(seq=seq, abbr=abbr, dept=dept, year=year)
    except (ValueError, KeyError, IndexError) as exc:
        raise TemplateError(f"The number template {template!r} is not valid: {exc}") from None


def series_key(direction: str, year: int, dept: str, template: str, yearly: bool) -> str:
    key = f"{direction}:{year if yearly else 'all'}"
    if "{dept" in template:
        key += f":{dept}"
    return key


def series_for(session: Session, direction: str, year: int, dept: str = "") -> str:
    """The series a number of this direction and year belongs to under the office's current settings."""
    template = get_setting(session, "numbering.template", DEFAULT_TEMPLATE)
    yearly = get_setting(session, "numbering.reset", "yearly") == "yearly"
    return series_key(direction, year, dept, template, yearly)


def _highest_used(session: Session, key: str) -> int:
    return session.scalar(select(func.max(Letter.registry_seq)).where(Letter.series_key == key)) or 0


def assign_block(session: Session, key: str, first: int, last: int, source: str) -> NumberBlock:
    """Give this PC the numbers first..last of a series (from the server, or set by IT staff)."""
    if first < 1 or last < first:
        raise ValueError("A number block needs 1 <= first <= last.")
    block = NumberBlock(series_key=key, first=first, last=last, next=first, source=source)
    session.add(block)
    session.flush()
    return block


def next_number(
    session: Session, direction: str, year: int, abbr: str, dept: str = "", device_tag: str = ""
) -> RegistryNumber:
    """Take the next free number of the series; call inside the registration's transaction."""
    template = get_setting(session, "numbering.template", DEFAULT_TEMPLATE)
    yearly = get_setting(session, "numbering.reset", "yearly") == "yearly"
    key = series_key(direction, year, dept, template, yearly)
    block = session.scalars(
        select(NumberBlock)
        .where(NumberBlock.series_key == key, NumberBlock.next <= NumberBlock.last)
        .order_by(NumberBlock.first)
        .limit(1)
    ).first()
    if block is None:
        if get_setting(session, "numbering.server_blocks", "") == "yes":  # the server hands out this PC's blocks
            return _provisional(session, direction, year, key, device_tag)
        block = assign_block(session, key, _highest_used(session, key) + 1, WHOLE_SERIES_END, "local")
    seq = block.next
    text = format_number(template, seq, abbr, dept, year)
    while _taken(session, key, text):
        # Already used (historic numbers imported, letters of another PC received): skip it, never reuse it.
        seq += 1
        if seq > block.last:
            block.next = seq
            return next_number(session, direction, year, abbr, dept, device_tag)
        text = format_number(template, seq, abbr, dept, year)
    block.next = seq + 1
    return RegistryNumber(text=text, year=year, seq=seq, series_key=key)


def _taken(session: Session, key: str, text: str) -> bool:
    return (
        session.scalar(select(Letter.id).where(Letter.series_key == key, Letter.registry_number == text).limit(1))
        is not None
    )


def _provisional(session: Session, direction: str, year: int, key: str, device_tag: str) -> RegistryNumber:
    count = session.scalar(
        select(func.count()).select_from(Letter).where(Letter.series_key == key, Letter.provisional.is_(True))
    )
    text = f"P-{device_tag}-{direction.upper()}{(count or 0) + 1:04d}"
    return RegistryNumber(text=text, year=year, seq=None, series_key=key, provisional=True)
