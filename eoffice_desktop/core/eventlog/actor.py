"""Who does something, on which PC, for which office: plain data (the window holds one before the event log loads)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    """Who does something, on which PC, for which office."""

    user_id: str
    office_id: str
    device_id: str
