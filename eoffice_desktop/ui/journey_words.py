"""The words for a letter's journey shared by the letter's History, its printed history and the register: another
office's news ("ແຂວງ registered it as 0042") and where an outgoing letter is ("Registered 1/3", "Returned by ...")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from eoffice_desktop.core.journey.news import News
from eoffice_desktop.core.registry.register_rows import Whereabouts
from eoffice_desktop.ui import labels


def _tr(text: str) -> str:
    return QCoreApplication.translate("Journey", text)


def news_line(news: News) -> str:
    """One line of the History: what happened to the letter in the other office."""
    office = news.office or _tr("The other office")
    if news.kind == "delivered":
        return _tr("{office} received it on its PC").format(office=office)
    if news.kind == "returned":
        return _tr("Returned by {office}: {reason}").format(office=office, reason=news.reason or "—")
    if news.kind == "with":
        return _tr("{office} handed it to {department}").format(office=office, department=news.department)
    if news.kind == "completed":
        outcome = labels.outcome(news.outcome) if news.outcome else ""
        done = _tr("{office} completed it").format(office=office)
        return done + (f" ({outcome})" if outcome else "")
    if news.kind == "forwarded":
        return _tr("{office} sent it on to {to} as {number}").format(office=office, to=news.to, number=news.number)
    if news.kind == "answered":
        return _tr("{office} answered with {number}").format(office=office, number=news.number)
    return _tr("{office} registered it as {number}").format(office=office, number=news.number)


def sent_on_line(to: str, number: str) -> str:
    """An incoming letter's History: this office sent it on to other offices by its outgoing letter `number`."""
    return _tr("Sent on to {to} as {number}").format(to=to, number=number)


def whereabouts_text(where: Whereabouts) -> str:
    """The register's short state of an outgoing letter sent to other offices."""
    count = f"{where.count}/{where.total}"
    if where.kind == "paper":
        return _tr("Sent on paper")
    if where.kind == "returned":
        return _tr("Returned by {office}").format(office=where.office)
    if where.kind == "late":
        return _tr("Late at {office}").format(office=where.office)
    if where.kind == "completed":
        return _tr("Completed there") if where.total == 1 else _tr("Completed by all")
    if where.kind == "registered":
        if where.count == where.total:
            return _tr("Registered there") if where.total == 1 else _tr("Registered by all")
        return _tr("Registered {count}").format(count=count)
    if where.kind == "delivered":
        return _tr("Delivered") if where.total == 1 else _tr("Delivered {count}").format(count=count)
    return _tr("On its way")


def whereabouts_alarm(where: Whereabouts) -> bool:
    """The sender has something to do: call the office, or send the letter again."""
    return where.kind in ("returned", "late")
