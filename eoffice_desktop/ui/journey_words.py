"""The words for a letter's journey shared by the letter's History, its printed history and the register: another
office's news ("ແຂວງ registered it as 0042") and where an outgoing letter is ("Registered 1/3", "Returned by ...")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from eoffice_desktop.core.journey.news import News
from eoffice_desktop.core.registry.register_rows import Whereabouts
from eoffice_desktop.ui import labels


def news_line(news: News) -> str:
    """One line of the History: what happened to the letter in the other office."""
    office = news.office or QCoreApplication.translate("Journey", "The other office")
    if news.via:  # an office further down the chain, as the office that sent it on there reported it
        office = QCoreApplication.translate("Journey", "{office} (sent on by {via})").format(
            office=office, via=news.via
        )
    if news.kind == "delivered":
        return QCoreApplication.translate("Journey", "{office} received it on its PC").format(office=office)
    if news.kind == "returned":
        return QCoreApplication.translate("Journey", "Returned by {office}: {reason}").format(
            office=office, reason=news.reason or "—"
        )
    if news.kind == "with":
        return QCoreApplication.translate("Journey", "{office} handed it to {department}").format(
            office=office, department=news.department
        )
    if news.kind == "completed":
        outcome = labels.outcome(news.outcome) if news.outcome else ""
        done = QCoreApplication.translate("Journey", "{office} completed it").format(office=office)
        return done + (f" ({outcome})" if outcome else "")
    if news.kind == "forwarded":
        return QCoreApplication.translate("Journey", "{office} sent it on to {to} as {number}").format(
            office=office, to=news.to, number=news.number
        )
    if news.kind == "paper_delivered":
        day = news.number
        return QCoreApplication.translate("Journey", "{office} sent it on to {to} on paper: delivered {date}").format(
            office=office, to=news.to, date=f"{day[8:10]}/{day[5:7]}/{day[0:4]}" if len(day) == 10 else day
        )
    if news.kind == "answered":
        return QCoreApplication.translate("Journey", "{office} answered with {number}").format(
            office=office, number=news.number
        )
    if news.after_all:  # it had returned the letter first
        return QCoreApplication.translate("Journey", "{office} registered it as {number} after all").format(
            office=office, number=news.number
        )
    return QCoreApplication.translate("Journey", "{office} registered it as {number}").format(
        office=office, number=news.number
    )


def paper_line(details: dict[str, object]) -> str:
    """One line of the History (and of its printed copy): this office's clerk recorded from the signed delivery book
    that an office without eOffice received the letter (`letter.paper_delivered`, with the office's name)."""
    on = str(details.get("delivered_on", ""))
    day = f"{on[8:10]}/{on[5:7]}/{on[0:4]}" if len(on) == 10 else on
    line = QCoreApplication.translate("Journey", "{office} received it on paper on {date}, signed by {person}").format(
        office=details.get("office") or QCoreApplication.translate("Journey", "The other office"),
        date=day,
        person=details.get("received_by", ""),
    )
    if details.get("their_number"):
        line += "; " + QCoreApplication.translate("Journey", "their number {number}").format(
            number=details["their_number"]
        )
    return line + (f" ({details['note']})" if details.get("note") else "")


def sent_on_line(to: str, number: str, kind: str = "sent_on") -> str:
    """An incoming letter's History: this office sent it on to other offices by its outgoing letter `number`; a
    returned letter's (`kind` "sent_again"): this office sent it again to other offices by that letter."""
    if kind == "sent_again":
        return QCoreApplication.translate("Journey", "Sent again to {to} as {number}").format(to=to, number=number)
    return QCoreApplication.translate("Journey", "Sent on to {to} as {number}").format(to=to, number=number)


def whereabouts_text(where: Whereabouts) -> str:
    """The register's short state of an outgoing letter sent to other offices."""
    count = f"{where.count}/{where.total}"
    if where.kind == "paper":  # (count: the offices whose delivery the clerk recorded)
        if not where.count:
            return QCoreApplication.translate("Journey", "Sent on paper")
        if where.count == where.total:
            return QCoreApplication.translate("Journey", "Delivered on paper")
        return QCoreApplication.translate("Journey", "Delivered on paper {count}").format(count=count)
    if where.kind == "returned":
        return QCoreApplication.translate("Journey", "Returned by {office}").format(office=where.office)
    if where.kind == "late":
        return QCoreApplication.translate("Journey", "Late at {office}").format(office=where.office)
    if where.kind == "sent_on":
        return _sent_on_text(where)
    if where.kind == "completed":
        return (
            QCoreApplication.translate("Journey", "Completed there")
            if where.total == 1
            else QCoreApplication.translate("Journey", "Completed by all")
        )
    if where.kind == "registered":
        if where.count == where.total:
            return (
                QCoreApplication.translate("Journey", "Registered there")
                if where.total == 1
                else QCoreApplication.translate("Journey", "Registered by all")
            )
        return QCoreApplication.translate("Journey", "Registered {count}").format(count=count)
    if where.kind == "delivered":
        return (
            QCoreApplication.translate("Journey", "Delivered")
            if where.total == 1
            else QCoreApplication.translate("Journey", "Delivered {count}").format(count=count)
        )
    return QCoreApplication.translate("Journey", "On its way")


def _sent_on_text(where: Whereabouts) -> str:
    """The office it went to sent the letter on: where it is now, at the end of that chain."""
    if not where.office:
        return QCoreApplication.translate("Journey", "Sent on")
    if where.stage == "completed":
        return QCoreApplication.translate("Journey", "Completed at {office}").format(office=where.office)
    if where.stage == "registered":
        return QCoreApplication.translate("Journey", "Now at {office}").format(office=where.office)
    if where.stage == "returned":
        return QCoreApplication.translate("Journey", "Sent on, returned by {office}").format(office=where.office)
    if where.stage == "paper":
        return QCoreApplication.translate("Journey", "Sent on, on paper to {office}").format(office=where.office)
    if where.stage == "paper_delivered":
        return QCoreApplication.translate("Journey", "Delivered on paper at {office}").format(office=where.office)
    return QCoreApplication.translate("Journey", "Sent on to {office}").format(office=where.office)


def whereabouts_alarm(where: Whereabouts) -> bool:
    """The sender has something to do: call the office, or send the letter again."""
    return where.kind in ("returned", "late")
