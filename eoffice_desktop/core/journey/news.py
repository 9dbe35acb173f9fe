"""What another office's report on a letter of ours says happened there, in one line of its History: registered as
N (after all, when it had returned it first), sent on to C as M, completed, answered with K, returned and why; and,
for an office further down the chain, which office relayed the report. Worded from the report's fields (the UI in
Lao)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sync.protocol.tracking import paper_ends


@dataclass(frozen=True)
class News:
    kind: str  # delivered, registered, returned, with, completed, forwarded, answered, paper_delivered
    office: str  # the office it happened in
    number: str = ""  # its registry number, the forwarding letter's or the answer's (paper_delivered: the ISO day)
    to: str = ""  # sent on to whom (paper_delivered: the office without eOffice that got it on paper)
    department: str = ""
    reason: str = ""  # why it was returned
    outcome: str = ""
    via: str = ""  # the office that sent it on there and relayed the report ("": the office reported itself)
    after_all: bool = False  # registered by an office that had returned it first


def _text(state: dict[str, Any], key: str) -> str:
    value = state.get(key)
    return value if isinstance(value, str) else ""


def news_of(state: dict[str, Any], before: dict[str, Any] | None = None) -> News:
    """The news in a receipt or tracking report `state`, given the same office's report before it (a report repeats
    the whole state: what changed since is the news)."""
    before = before or {}
    office = _text(state, "about_office_name") or _text(state, "office_name")
    via = _text(state, "office_name") if _text(state, "about_office_id") else ""
    status = _text(state, "status")
    number = _text(state, "registry_number")
    if status in ("delivered", "returned"):
        return News(status, office, reason=_text(state, "reason"), via=via)
    if _text(state, "answer_number") and _text(state, "answer_number") != _text(before, "answer_number"):
        return News("answered", office, _text(state, "answer_number"), via=via)
    if _text(state, "forward_number") and _text(state, "forward_number") != _text(before, "forward_number"):
        return News("forwarded", office, _text(state, "forward_number"), to=_text(state, "forwarded_to"), via=via)
    delivered = _paper_delivered(state, before)
    if delivered is not None:
        return News("paper_delivered", office, delivered[1], to=delivered[0], via=via)
    if status == "completed":
        return News("completed", office, number, outcome=_text(state, "outcome"), via=via)
    if status == "in_progress" and _text(state, "department"):
        return News("with", office, number, department=_text(state, "department"), via=via)
    after_all = _text(before, "status") == "returned"
    return News("registered", office, number, via=via, after_all=after_all)


def _paper_delivered(state: dict[str, Any], before: dict[str, Any]) -> tuple[str, str] | None:
    """(office, day): an office without eOffice the report's office sent the letter on to, whose delivery on paper it
    recorded (or corrected) since its report before."""
    earlier = paper_ends(before)
    for name, day in paper_ends(state).items():
        if day and day != earlier.get(name):
            return name, day
    return None


def news_text(news: News) -> str:
    """In English, for the command line and logs."""
    office = news.office or "The other office"
    if news.via:
        office = f"{office} (sent on by {news.via})"
    if news.kind == "registered" and news.after_all:
        return f"{office} registered it as {news.number} after all"
    return {
        "delivered": f"{office} received it",
        "registered": f"{office} registered it as {news.number}",
        "returned": f"Returned by {office}: {news.reason}",
        "with": f"{office} handed it to {news.department}",
        "completed": f"{office} completed it",
        "forwarded": f"{office} sent it on to {news.to} as {news.number}",
        "answered": f"{office} answered with {news.number}",
        "paper_delivered": f"{office} sent it on to {news.to} on paper, delivered on {news.number}",
    }[news.kind]
