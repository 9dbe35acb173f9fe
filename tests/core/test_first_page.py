"""The window's first page read with plain sqlite3 (core/registry/first_page.py) is exactly the page the register's
query gives (register_query.fetch_page with permissions.visible_clause): for heads, clerks, officials with and without
a department, someone acting for a colleague on leave, void letters, both registers, several pages."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from eoffice_desktop.core.demo.build import generate_demo
from eoffice_desktop.core.office import open_store
from eoffice_desktop.core.people.viewer import viewer_of
from eoffice_desktop.core.registry.first_page import first_page
from eoffice_desktop.core.registry.register import void_letter
from eoffice_desktop.core.registry.register_query import RegisterFilter, fetch_page
from eoffice_desktop.core.routing.actions import delegate
from eoffice_desktop.core.storage.models import Letter, RoutingStep, User


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    store = open_store(tmp_path_factory.mktemp("first-page") / "office")
    generate_demo(store, 240, attachment_share=0.0, routed=80, seed=11)
    with store.db.session() as s:
        users = {u.username: u.id for u in s.scalars(select(User))}
        restricted = list(s.scalars(select(Letter.id).where(Letter.confidentiality != "normal").limit(6)))
        routed_to = s.scalars(select(RoutingStep.to_user_id).where(RoutingStep.to_user_id.is_not(None))).first()
    assert len(restricted) >= 4 and routed_to is not None
    clerk = store.actor(users["clerk"])
    for letter_id in restricted[:3]:  # void letters stay in the register, struck through
        void_letter(store, clerk, letter_id, "ລົງທະບຽນຜິດ")
    # Someone whose colleague (routed some letters) is on leave today sees what is routed to that colleague.
    others = [user_id for name, user_id in users.items() if user_id != routed_to and name not in ("admin", "head")]
    delegate(store, store.actor(routed_to), others[0], date.today() - timedelta(days=1), date.today() + timedelta(1))
    yield store, users
    store.close()


def test_the_first_page_read_without_the_orm_is_the_registers_own(office):  # type: ignore[no-untyped-def]
    store, users = office
    office_id = store.office_id
    raw = sqlite3.connect(store.data_dir.database)
    compared = 0
    try:
        with store.db.session() as s:
            for username, user_id in sorted(users.items()):
                viewer = viewer_of(s, user_id)
                for direction in ("in", "out"):
                    f = RegisterFilter(direction=direction, office_id=office_id)
                    for offset, limit in ((0, 200), (0, 7), (5, 30), (150, 200)):
                        expected = fetch_page(s, f, offset, limit, "number", True, viewer=viewer)
                        got = first_page(raw, viewer, direction, office_id, limit, offset)
                        assert got == expected, (username, direction, offset, limit)
                        compared += len(expected)
            # The people compared do not all see the same letters: the rule was exercised both ways.
            seen = {len(first_page(raw, viewer_of(s, user_id), "in", office_id, 1000)) for user_id in users.values()}
            head = viewer_of(s, users["head"])
            voids = sum(
                row.status == "void" for d in ("in", "out") for row in first_page(raw, head, d, office_id, 1000)
            )
    finally:
        raw.close()
    assert compared > 1000 and len(seen) > 2 and voids == 3
