"""The rights table walked cell by cell: a real user of each role tries every service on a real office.

An allowed cell must succeed; a refused one must be refused by the core with the table's own words.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.people.accounts import NotAllowed, create_user, update_user, viewer_of
from eoffice_desktop.core.people.rights import ANY, MATRIX, NO, OWN, REFUSALS, ROLES, SERVICES, require, scope
from eoffice_desktop.core.registry.export import export_csv
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import correct_field, register_letter, void_letter
from eoffice_desktop.core.registry.register_query import RegisterFilter
from eoffice_desktop.core.routing.actions import Recipient, available_actions, complete, recall, redirect, reopen, route
from eoffice_desktop.core.signing.ledger import add_trust_items
from eoffice_desktop.core.signing.letters import SigningRefused, sign_letter
from eoffice_desktop.core.storage.models import RoutingStep
from eoffice_shared.signing.keys import KeyStore
from tests.core.signing.conftest import Pki, pki  # noqa: F401  (the real CA fixture)


class Office:
    def __init__(self, store: OfficeStore, boss: Actor) -> None:
        self.store, self.boss = store, boss
        self.users = {
            role: store.actor(create_user(store, boss, f"u-{role}", f"ທ່ານ {role}", "password1", [role]))
            for role in ROLES
        }
        self.other = store.actor(create_user(store, boss, "other", "ທ່ານ ອື່ນ", "password1", ["official"]))

    def letter(self, subject: str = "ແຈ້ງການ ເລື່ອງ ທົດລອງ") -> str:
        form = LetterForm(direction="in", register_date=date.today(), sender_name="ກະຊວງ ການເງິນ", subject=subject)
        return register_letter(self.store, self.boss, form).letter_id

    def held_by(self, actor: Actor) -> str:
        letter_id = self.letter()
        route(self.store, self.boss, letter_id, [Recipient(user_id=actor.user_id)])
        return letter_id

    def sent_by(self, actor: Actor) -> tuple[str, str]:
        """A letter `actor` held and sent on to someone else; returns it and the step they sent."""
        letter_id = self.held_by(actor)
        route(self.store, actor, letter_id, [Recipient(user_id=self.other.user_id)])
        with self.store.db.session() as s:
            step = s.query(RoutingStep).filter_by(letter_id=letter_id, from_user_id=actor.user_id).one()
            return letter_id, step.id

    def sent_by_someone_else(self) -> tuple[str, str]:
        letter_id = self.letter()
        route(self.store, self.boss, letter_id, [Recipient(user_id=self.other.user_id)])
        with self.store.db.session() as s:
            step = s.query(RoutingStep).filter_by(letter_id=letter_id).one()
            return letter_id, step.id


@pytest.fixture
def office(store: OfficeStore, clerk: Actor) -> Office:
    return Office(store, clerk)


def _outcome(call: object) -> bool:
    """True when the service did it, False when the rights table refused it; any other refusal fails the test."""
    try:
        call()  # type: ignore[operator]
    except (NotAllowed, SigningRefused) as exc:
        if isinstance(exc, SigningRefused) and str(exc) != REFUSALS["sign"]:
            raise
        return False
    return True


def _try(office: Office, role: str, service: str, own: bool, tmp_path: Path, pki: Pki) -> bool:  # noqa: F811
    store, actor, to_other = office.store, office.users[role], [Recipient(user_id=office.other.user_id)]
    if service == "register":
        return _outcome(lambda: register_letter(store, actor, _incoming()))
    if service == "correct":
        letter_id = office.letter()
        return _outcome(lambda: correct_field(store, actor, letter_id, "subject", "ເລື່ອງ ໃໝ່", "typo"))
    if service == "void":
        letter_id = office.letter()
        return _outcome(lambda: void_letter(store, actor, letter_id, "registered twice"))
    if service == "route":
        letter_id = office.held_by(actor) if own else office.letter()
        return _outcome(lambda: route(store, actor, letter_id, to_other))
    if service == "redirect":
        letter_id, _ = office.sent_by(actor) if own else office.sent_by_someone_else()
        return _outcome(lambda: redirect(store, actor, letter_id, [Recipient(user_id=office.boss.user_id)]))
    if service == "recall":
        letter_id, step_id = office.sent_by(actor) if own else office.sent_by_someone_else()
        return _outcome(lambda: recall(store, actor, letter_id, step_id))
    if service == "complete":
        letter_id = office.held_by(actor) if own else office.letter()
        with store.db.session() as s:
            shown = "complete" in available_actions(s, viewer_of(s, actor.user_id), letter_id)
        done = _outcome(lambda: complete(store, actor, letter_id, "filed"))
        assert shown == done, f"the window shows 'complete' to {role}: {shown}, the core allows it: {done}"
        return done
    if service == "reopen":
        letter_id = office.letter()
        complete(store, office.boss, letter_id, "filed")
        return _outcome(lambda: reopen(store, actor, letter_id, "more to do"))
    if service == "sign":
        pki.keys = KeyStore(tmp_path / "keys")
        identity = pki.official(actor.user_id)
        with store.db.write() as s:
            add_trust_items(s, store.log, office.boss, pki.trust())
        letter_id = office.letter()
        return _outcome(lambda: sign_letter(store, actor, letter_id, identity))
    if service == "manage_users":
        return _outcome(lambda: create_user(store, actor, f"new-{role}", "ທ່ານ ໃໝ່", "password1", ["official"]))
    if service == "trust_ca":
        with store.db.write() as s:
            return _outcome(lambda: add_trust_items(s, store.log, actor, pki.trust()))
    if service == "export":
        with store.db.session() as s:
            return _outcome(lambda: export_csv(s, tmp_path / f"{role}.csv", RegisterFilter(), by=actor.user_id))
    # backup and restore: the dialogs and commands ask the table before they touch the files.
    with store.db.session() as s:
        return _outcome(lambda: require(s, actor.user_id, service))


def _incoming() -> LetterForm:
    return LetterForm(direction="in", register_date=date.today(), sender_name="ກະຊວງ ການເງິນ", subject="ແຈ້ງການ")


def test_every_cell_of_the_rights_table(office: Office, tmp_path: Path, pki: Pki) -> None:  # noqa: F811
    assert set(MATRIX) == set(SERVICES)
    wrong = []
    for service in SERVICES:
        for role in ROLES:
            cell = MATRIX[service].get(role, NO)
            if _try(office, role, service, True, tmp_path, pki) != (cell != NO):
                wrong.append((service, role, cell, "own"))
            # OWN cells: on a letter the person neither holds nor sent, only ANY allows the service.
            others = service in ("route", "redirect", "recall", "complete")
            if others and _try(office, role, service, False, tmp_path, pki) != (cell == ANY):
                wrong.append((service, role, cell, "someone else's"))
    assert not wrong, wrong


def test_refusals_name_the_rule(office: Office) -> None:
    letter_id = office.letter()
    with pytest.raises(NotAllowed, match="Only a clerk or the head of office can void a letter"):
        void_letter(office.store, office.users["official"], letter_id, "mistake")
    with pytest.raises(NotAllowed, match="Only a clerk or the head of office can correct"):
        correct_field(office.store, office.users["signer"], letter_id, "subject", "ໃໝ່", "typo")


def test_roles_combine_and_changes_take_effect(office: Office) -> None:
    official = office.users["official"]
    letter_id = office.letter()
    with pytest.raises(NotAllowed):
        void_letter(office.store, official, letter_id, "mistake")
    update_user(office.store, office.boss, official.user_id, roles=["official", "clerk"])
    void_letter(office.store, official, letter_id, "mistake")
    assert scope({"official", "head"}, "complete") == ANY
    assert scope(set(), "complete") == OWN and scope({"a-role-from-a-newer-version"}, "void") == NO


def test_every_refusal_has_lao_words() -> None:
    from eoffice_desktop.ui import core_messages

    assert set(REFUSALS) == set(SERVICES)
    missing = {s: text for s, text in REFUSALS.items() if core_messages.SENTENCES.get("no_right_" + s) != text}
    assert not missing, missing
