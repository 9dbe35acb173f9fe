"""What a search asks for: a plain value (no database code), so the window and saved searches can hold one without
loading the search itself (core/search.py)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from datetime import date
from typing import Any

from eoffice_desktop.core.search.text import query_terms


@dataclass(frozen=True)
class SearchQuery:
    """What the search box and its filters ask for. Every filter is optional and they all combine."""

    text: str = ""
    direction: str | None = None  # "in", "out", or None for both
    status: str | None = None
    include_void: bool = False  # void letters stay out unless asked for (or status == "void")
    year: int | None = None
    date_from: date | None = None
    date_to: date | None = None
    urgency: str | None = None
    confidentiality: str | None = None
    sender_org_id: str | None = None
    sender_kind: str | None = None  # organisation kind of the sender: "ministry", "province", ...
    overdue: bool = False  # reply due before today and not answered or closed
    holder_id: str | None = None  # a user or department the letter is with now (an open routing step)
    signed: bool = False  # at least one signature

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON values, for saved searches."""
        data = asdict(self)
        for name in ("date_from", "date_to"):
            if data[name] is not None:
                data[name] = data[name].isoformat()
        return {k: v for k, v in data.items() if v not in (None, "", False)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SearchQuery:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        for name in ("date_from", "date_to"):
            if values.get(name):
                values[name] = date.fromisoformat(values[name])
        return cls(**values)

    def is_empty(self) -> bool:
        return not query_terms(self.text) and self == SearchQuery(text=self.text)
