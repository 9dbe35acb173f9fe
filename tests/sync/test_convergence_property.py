"""Convergence over random offline work (SYNC-DESIGN M3): two offices - one with two PCs, so the same field can be
corrected in two places at once - register, route, correct, void and attach while offline, and sync partly (push
only, pull only, a link cut after N bytes, an answer lost, a cancel). After full syncs every PC holds exactly the
events its office may see, once; shared projections are identical and equal a rebuild from the log; `eoffice check`
passes everywhere; and a conflicting correction is kept in every history, the later one (by HLC) showing."""

from __future__ import annotations

import contextlib
import itertools
import os
import tempfile
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from eoffice_desktop.core import projections
from eoffice_desktop.core.demo.files import demo_pdf
from eoffice_desktop.core.people.accounts import NotAllowed
from eoffice_desktop.core.registry.letterform import FormInvalid, LetterForm
from eoffice_desktop.core.registry.register import (
    ActionRefused,
    add_attachments,
    correct_field,
    register_letter,
    void_letter,
)
from eoffice_desktop.core.routing.actions import Recipient, RoutingRefused, route
from eoffice_desktop.core.routing.timeline import timeline
from eoffice_desktop.core.storage.models import Attachment, Letter, RoutingStep, SyncIssue
from sync.client.engine import SyncCancelled
from sync.client.errors import SyncError
from sync.server.database import ServerDatabase
from sync.server.feeds import RECEIPT_TYPES, SHARED_WITH_OTHER_OFFICES
from sync.server.models import FeedEntry, ServerOffice
from tests.sync.conftest import RunningServer, start_server
from tests.sync.linkproxy import Fault, LinkProxy
from tests.sync.offices import Desk, address_of, another_pc, first_pc, give_numbers, server_office

EXAMPLES = int(os.environ.get("EOFFICE_PROPERTY_EXAMPLES", "12"))
FIELDS = ("subject", "summary", "keywords")
SYNC_MODES = ("full", "push", "pull", "cut_up", "cut_down", "lost_push_answer", "cut_pull_answer", "cancel")
REFUSED = (ActionRefused, RoutingRefused, NotAllowed, FormInvalid)
_codes = itertools.count(1)


@pytest.fixture(scope="module")
def central(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[RunningServer, LinkProxy]]:
    root = tmp_path_factory.mktemp("central")
    database = ServerDatabase(f"sqlite:///{root / 'server.sqlite'}")
    running, server = start_server(database, root / "blobs", "sqlite")
    proxy = LinkProxy(int(running.url.rsplit(":", 1)[1]))
    yield running, proxy
    proxy.close()
    server.should_exit = True
    time.sleep(0.2)
    database.dispose()


pc = st.integers(0, 2)  # 0, 1: the two PCs of office A; 2: office B's PC
pick = st.integers(0, 50)
operation = st.one_of(
    st.tuples(st.just("register"), pc, st.booleans(), st.booleans()),  # to the other office?, with a scan?
    st.tuples(st.just("route"), pc, pick),
    st.tuples(st.just("correct"), pc, pick, st.sampled_from(FIELDS), st.integers(0, 3)),
    st.tuples(st.just("conflict"), pick, st.sampled_from(FIELDS)),  # both PCs of A correct one field offline
    st.tuples(st.just("void"), pc, pick),
    st.tuples(st.just("attach"), pc, pick),
    st.tuples(st.just("sync"), pc, st.sampled_from(SYNC_MODES), st.integers(1, 40_000)),
)


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large],
)
@given(ops=st.lists(operation, min_size=6, max_size=30))
def test_offices_converge_after_any_offline_work_and_partial_syncs(
    central: tuple[RunningServer, LinkProxy], ops: list[tuple[Any, ...]]
) -> None:
    server, proxy = central
    proxy.disarm()
    with tempfile.TemporaryDirectory() as folder:
        world = World(Path(folder), server, proxy)
        try:
            for op in ops:
                world.do(op)
            proxy.disarm()
            world.settle()
            world.assert_converged()
        finally:
            world.close()


class World:
    """Office A (PCs a1, a2) and office B (PC b1) on one real server, reached directly or through the relay."""

    def __init__(self, tmp: Path, server: RunningServer, proxy: LinkProxy) -> None:
        self.tmp, self.server, self.proxy = tmp, server, proxy
        n = next(_codes)
        self.codes = (f"ກ{n}", f"ຂ{n}")
        codes_a = server_office(server.database, self.codes[0], f"ເມືອງ ກ {n}", pcs=2)
        codes_b = server_office(server.database, self.codes[1], f"ເມືອງ ຂ {n}", pcs=1)
        a1 = first_pc(tmp, "a1", self.codes[0], server.url, codes_a[0])
        b1 = first_pc(tmp, "b1", self.codes[1], server.url, codes_b[0])
        self.org_of_b = address_of(a1, b1)
        self.org_of_a = address_of(b1, a1)
        give_numbers(a1, 1)
        give_numbers(b1, 2)
        a1.sync(server.url)
        b1.sync(server.url)
        a2 = another_pc(tmp, "a2", a1, server.url, codes_a[1])
        give_numbers(a2, 3)
        a2.sync(server.url)
        self.desks: list[Desk] = [a1, a2, b1]
        self.scans = itertools.count(1)

    def close(self) -> None:
        for desk in self.desks:
            desk.store.close()

    # -- what a clerk does -----------------------------------------------------------------------------------
    def _own_letters(self, desk: Desk) -> list[str]:
        with desk.store.db.session() as s:
            return list(
                s.scalars(select(Letter.id).where(Letter.office_id == desk.store.office_id).order_by(Letter.id))
            )

    def _pick(self, desk: Desk, index: int) -> str | None:
        letters = self._own_letters(desk)
        return letters[index % len(letters)] if letters else None

    def _scan(self) -> Path:
        path = self.tmp / f"scan{next(self.scans)}.pdf"
        path.write_bytes(demo_pdf(f"scan {path.name}") * 3)
        return path

    def do(self, op: tuple[Any, ...]) -> None:
        kind = op[0]
        try:
            if kind == "register":
                self._register(self.desks[op[1]], op[2], op[3])
            elif kind == "conflict":
                letter = self._common_letter(op[1])
                for n, desk in enumerate(self.desks[:2]):
                    self._correct(desk, letter, op[2], f"{op[2]} ແກ້ໂດຍ {desk.name} {n}")
            elif kind == "sync":
                self._sync(self.desks[op[1]], op[2], op[3])
            else:
                desk = self.desks[op[1]]
                letter = self._pick(desk, op[2])
                if letter is None:
                    return
                if kind == "route":
                    route(desk.store, desk.actor, letter, [Recipient(user_id=desk.actor.user_id)], "ພິຈາລະນາ")
                elif kind == "correct":
                    self._correct(desk, letter, op[3], f"{op[3]} {op[4]}")
                elif kind == "void":
                    void_letter(desk.store, desk.actor, letter, "ລົງທະບຽນຜິດ")
                elif kind == "attach":
                    add_attachments(desk.store, desk.actor, letter, [self._scan()])
        except REFUSED:
            pass  # not possible in this state (a void letter, the same value again): the app says so and keeps all

    def _register(self, desk: Desk, to_other: bool, scan: bool) -> None:
        out = to_other
        recipients = [self.org_of_a if desk is self.desks[2] else self.org_of_b] if out else []
        form = LetterForm(
            direction="out" if out else "in",
            register_date=date.today(),
            sender_name="" if out else "ກະຊວງ",
            recipients=recipients,
            subject=f"ໜັງສື {desk.name}",
            attachments=[self._scan()] if scan else [],
        )
        register_letter(desk.store, desk.actor, form)

    def _correct(self, desk: Desk, letter: str, field: str, value: str) -> None:
        with contextlib.suppress(REFUSED):
            correct_field(desk.store, desk.actor, letter, field, value, "ແກ້ຄຳຜິດ")

    def _common_letter(self, index: int) -> str:
        """A letter both PCs of office A know (registered and passed over the server first when there is none)."""
        a1, a2 = self.desks[:2]
        common = sorted(set(self._own_letters(a1)) & set(self._own_letters(a2)))
        if not common:
            self._register(a1, to_other=index % 2 == 0, scan=False)
            a1.sync(self.server.url)
            a2.sync(self.server.url)
            common = sorted(set(self._own_letters(a1)) & set(self._own_letters(a2)))
        return common[index % len(common)]

    def _sync(self, desk: Desk, mode: str, nbytes: int) -> None:
        url, proxy = self.server.url, self.proxy
        kwargs: dict[str, Any] = {}
        phases: tuple[str, ...] = ("push", "pull", "blobs")
        if mode == "push":
            phases = ("push",)
        elif mode == "pull":
            phases = ("pull", "blobs")
        elif mode == "cancel":
            checks = itertools.count()
            kwargs["cancelled"] = lambda: next(checks) >= nbytes % 3
        else:
            url = proxy.url
            if mode == "cut_up":
                proxy.arm(Fault(up_bytes=nbytes))
            elif mode == "cut_down":
                proxy.arm(Fault(down_bytes=nbytes))
            elif mode == "lost_push_answer":  # the server stores the batch; the answer never arrives
                proxy.arm(Fault(request=b"POST /v1/push", after_request_bytes=0))
            elif mode == "cut_pull_answer":
                proxy.arm(Fault(request=b"GET /v1/pull", after_request_bytes=nbytes % 3000))
        try:
            desk.sync(url, phases, **kwargs)
        except (SyncError, SyncCancelled) as exc:
            event(
                f"sync stopped: {type(exc).__name__}"
            )  # the link broke or the clerk cancelled: what was done is kept, the rest goes next time
        finally:
            proxy.disarm()

    # -- after the link comes back ---------------------------------------------------------------------------
    def settle(self) -> None:
        for _round in range(2):  # everyone sends, then everyone fetches what the others sent
            for desk in self.desks:
                desk.sync(self.server.url)
        for desk in self.desks:
            again = desk.sync(self.server.url)
            assert (again.pushed, again.pulled, again.blobs_up, again.blobs_down) == (0, 0, 0, 0), desk.name

    def assert_converged(self) -> None:
        everything: dict[str, dict[str, Any]] = {}
        for desk in self.desks:
            everything.update(desk.own_events())
        addressed = self._addressed(everything)
        owner = {e["letter_id"]: e["office_id"] for e in everything.values() if e["type"] == "letter.registered"}
        for desk in self.desks:
            office = desk.store.office_id
            expected = {
                event_id
                for event_id, e in everything.items()
                if e["office_id"] == office
                or (e["letter_id"] in addressed[office] and e["type"] in SHARED_WITH_OTHER_OFFICES)
                or (e["type"] in RECEIPT_TYPES and owner.get(e["letter_id"]) == office)  # "delivered" from the other
            }
            held = set(desk.events())
            assert held == expected, f"{desk.name}: missing {expected - held}, not allowed {held - expected}"
            with desk.store.db.session() as s:
                assert s.scalar(select(func.count()).select_from(SyncIssue)) == 0, "nothing may be refused"
        self._assert_feeds_hold_each_event_once(everything, addressed)
        a1, a2, b1 = self.desks
        assert _office_view(a1) == _office_view(a2)
        shared_a = {k: _shared(v) for k, v in _office_view(a1)["letters"].items() if k in addressed[b1.store.office_id]}
        shared_b = {k: _shared(v) for k, v in _office_view(b1)["letters"].items() if k in addressed[a1.store.office_id]}
        assert set(shared_a) <= set(_office_view(b1)["letters"])
        assert {k: _shared(_office_view(b1)["letters"][k]) for k in shared_a} == shared_a
        assert {k: _shared(_office_view(a1)["letters"][k]) for k in shared_b} == shared_b
        self._assert_corrections_visible(everything)
        for desk in self.desks:  # folding live, in whatever order events came, equals a rebuild from the log
            before = _office_view(desk)
            with desk.store.db.write() as s:
                projections.rebuild(s)
            assert _office_view(desk) == before, desk.name
        for desk in self.desks:
            desk.store.close()
            assert desk.check() == [], desk.name
        self.desks = []  # closed above

    def _addressed(self, everything: dict[str, dict[str, Any]]) -> dict[str, set[str]]:
        """Letters each office may see because another office sent them there."""
        a_office, b_office = self.desks[0].store.office_id, self.desks[2].store.office_id
        found: dict[str, set[str]] = {a_office: set(), b_office: set()}
        for e in everything.values():
            if e["type"] == "letter.registered" and e["payload"]["direction"] == "out":
                if self.org_of_b in e["payload"]["recipients"]:
                    found[b_office].add(e["letter_id"])
                if self.org_of_a in e["payload"]["recipients"]:
                    found[a_office].add(e["letter_id"])
        return found

    def _assert_feeds_hold_each_event_once(
        self, everything: dict[str, dict[str, Any]], addressed: dict[str, set[str]]
    ) -> None:
        with self.server.database.read() as s:
            for code in self.codes:
                office = s.scalar(select(ServerOffice).where(ServerOffice.code == code))
                assert office is not None
                seqs = list(s.scalars(select(FeedEntry.event_seq).where(FeedEntry.office_id == office.id)))
                positions = sorted(s.scalars(select(FeedEntry.pos).where(FeedEntry.office_id == office.id)))
                assert len(seqs) == len(set(seqs)), "an event was delivered twice into one feed"
                assert positions == list(range(1, len(positions) + 1)), "the feed has a gap"

    def _assert_corrections_visible(self, everything: dict[str, dict[str, Any]]) -> None:
        by_field: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for e in everything.values():
            if e["type"] == "letter.field_corrected":
                by_field.setdefault((e["letter_id"], e["payload"]["field"]), []).append(e)
        for (letter_id, field), corrections in by_field.items():
            if len({c["device_id"] for c in corrections}) > 1:
                event("the same field corrected on two PCs")
            winner = max(corrections, key=lambda e: e["hlc"])
            for desk in self.desks:
                with desk.store.db.session() as s:
                    letter = s.get(Letter, letter_id)
                    if letter is None:
                        continue
                    assert getattr(letter, field) == winner["payload"]["new"], (desk.name, field)
                    shown = [t.details.get("new") for t in timeline(s, letter_id) if t.kind == "field_corrected"]
                    for c in corrections:  # the overwritten value stays in the letter's history
                        assert c["payload"]["new"] in shown, (desk.name, field)


def _office_view(desk: Desk) -> dict[str, Any]:
    with desk.store.db.session() as s:
        letters = {
            row.id: {c.key: getattr(row, c.key) for c in Letter.__table__.columns} for row in s.scalars(select(Letter))
        }
        for letter in letters.values():
            letter["field_versions"] = dict(letter["field_versions"] or {})
        attachments = sorted((a.letter_id, a.blob_hash, a.filename) for a in s.scalars(select(Attachment)))
        steps = sorted(
            tuple(str(getattr(step, c.key)) for c in RoutingStep.__table__.columns)
            for step in s.scalars(select(RoutingStep))
        )
    return {"letters": letters, "attachments": attachments, "steps": steps}


def _shared(letter: dict[str, Any]) -> dict[str, Any]:
    """What the receiving office sees of a letter the same way as the sender: not its internal routing."""
    keep = ("registry_number", "subject", "summary", "keywords", "void_reason", "attachment_count", "field_versions")
    return {k: letter[k] for k in keep} | {"void": letter["status"] == "void"}
