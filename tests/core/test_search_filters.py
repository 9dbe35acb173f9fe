"""Search filters added with the results window: who holds a letter now, and letters that carry a signature."""

from __future__ import annotations

import csv
import io
from datetime import date

from sqlalchemy import select

from eoffice_desktop.core.demo.build import generate_demo
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.routing.actions import Recipient, complete, route
from eoffice_desktop.core.search.query import SearchQuery, count_matches, search_letters
from eoffice_desktop.core.signing.tables import Signature
from eoffice_desktop.core.storage.models import Letter, RoutingStep, User
from tests.core.test_search_tools import run

TODAY = date(2026, 3, 10)


def test_holder_filter_follows_routing(store, clerk):
    with store.db.session() as s, s.begin():
        person = {"user_id": "usr_deputy", "username": "deputy", "display_name": "ທ່ານ ຮອງ", "roles": ["officer"]}
        store.log.append(s, clerk, "user.created", person)
    form = LetterForm(direction="in", register_date=TODAY, sender_name="ກະຊວງການເງິນ", subject="ແຈ້ງການປະຊຸມ")
    routed = register_letter(store, clerk, form, today=TODAY).letter_id
    register_letter(store, clerk, form, today=TODAY)  # the same words, never routed
    route(store, clerk, routed, [Recipient(user_id="usr_deputy")], minute="ກະລຸນາພິຈາລະນາ", today=TODAY)
    with store.db.session() as s:
        held = search_letters(s, SearchQuery("ປະຊຸມ", holder_id="usr_deputy"), today=TODAY)
        assert [r.id for r in held] == [routed]
        assert count_matches(s, SearchQuery(holder_id="usr_deputy"), today=TODAY) == 1
        assert search_letters(s, SearchQuery(holder_id="usr_nobody"), today=TODAY) == []
    deputy = store.actor("usr_deputy")
    complete(store, deputy, routed, "filed")
    with store.db.session() as s:
        assert search_letters(s, SearchQuery(holder_id="usr_deputy"), today=TODAY) == []  # no longer with them


def test_signed_filter_and_holder_filter_on_a_demo_office(store):
    generate_demo(store, 80, attachment_share=0, routed=30)
    with store.db.session() as s:
        signed = set(s.scalars(select(Signature.letter_id)))
        assert signed
        found = search_letters(s, SearchQuery(signed=True), limit=None)
        assert {r.id for r in found} == signed
        assert count_matches(s, SearchQuery(signed=True, direction="in")) == 0  # the demo signs outgoing letters
        holder = s.scalars(
            select(RoutingStep.to_user_id).where(
                RoutingStep.status.in_(("sent", "acknowledged")),
                RoutingStep.action != "for_information",
                RoutingStep.to_user_id.is_not(None),
            )
        ).first()
        assert holder is not None
        expected = set(
            s.scalars(
                select(RoutingStep.letter_id)
                .join(Letter, Letter.id == RoutingStep.letter_id)
                .where(
                    RoutingStep.to_user_id == holder,
                    RoutingStep.status.in_(("sent", "acknowledged")),
                    RoutingStep.action != "for_information",
                    Letter.status != "void",
                )
            )
        )
        assert expected
        for sort in ("recent", "date", "subject"):
            rows = search_letters(s, SearchQuery(holder_id=holder), limit=None, sort=sort)
            assert {r.id for r in rows} == expected


def test_cli_signed_and_holder_filters(store, capsys):
    generate_demo(store, 60, attachment_share=0, routed=20)
    with store.db.session() as s:
        signed = set(
            s.scalars(select(Letter.registry_number).join(Signature, Signature.letter_id == Letter.id).distinct())
        )
        step = s.scalars(
            select(RoutingStep).where(RoutingStep.status == "sent", RoutingStep.to_user_id.is_not(None))
        ).first()
        assert step is not None
        holder = s.get(User, step.to_user_id)
        held = s.get(Letter, step.letter_id)
        assert holder is not None and held is not None
        username, held_number = holder.username, held.registry_number
    root = store.data_dir.root
    store.close()
    code, out, err = run(capsys, "search", "--data-dir", str(root), "--signed", "--format", "csv", "--limit", "1000")
    rows = list(csv.reader(io.StringIO(out)))
    assert code == 0 and rows[0][:2] == ["registry_number", "direction"]
    assert {r[0] for r in rows[1:]} == signed and all(r[1] == "out" for r in rows[1:])
    code, out, _ = run(capsys, "search", "--data-dir", str(root), "--holder", username)
    assert code == 0 and held_number in [line.split("\t")[0] for line in out.splitlines()]
    code, _, err = run(capsys, "search", "--data-dir", str(root), "--holder", "nobody at all")
    assert code == 2 and "No user or department" in err
