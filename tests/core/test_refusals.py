"""Refusals are typed: every refusal the core (and the sync client) raises for people carries a code and its values by
name, with an English sentence whose {values} are exactly those names; callers that catch ValueError,
PermissionError or OSError still catch them."""

from __future__ import annotations

import errno
import pickle
from collections import defaultdict

import pytest

from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.people.accounts import AccountError, NotAllowed, create_user
from eoffice_desktop.core.people.rights import REFUSALS
from eoffice_desktop.core.registry.register import ActionRefused
from eoffice_desktop.core.storage.integrity import DiskFull
from eoffice_shared.refusals import Invalid, Refusal
from sync.client.errors import Offline, SyncError
from tests.core.refusal_scan import placeholders, raised


def test_every_refusal_for_people_has_a_code_and_named_values() -> None:
    found = raised()
    assert len(found) > 150
    plain = [r.where for r in found if not issubclass(r.kind, Refusal)]
    assert not plain, f"raise a Refusal (with a code) instead of a plain error with an English sentence: {plain}"
    baked = [r.where for r in found if r.f_string]
    assert not baked, f"give the values as named arguments, not inside an f-string: {baked}"
    uncoded = [r.where for r in found if r.code in ("refused", "sync_error") and r.english]
    assert not uncoded, f"give these refusals a code: {uncoded}"
    mismatched = [
        (r.where, sorted(placeholders(r.english)), sorted(r.params))
        for r in found
        if r.english and r.params and placeholders(r.english) != set(r.params)
    ]
    assert not mismatched, f"the sentence's {{values}} and the named arguments differ: {mismatched}"


def test_one_sentence_per_code_in_the_core() -> None:
    """The GUI has one sentence per code, so the core may not say two different things under one code (the sync
    client's codes say what to do next, e.g. "offline", and may cover several sentences)."""
    english: dict[str, set[str]] = defaultdict(set)
    for r in raised():
        if r.code and r.english and not r.where.startswith("sync/"):
            english[r.code].add(r.english)
    assert len(english) > 120
    several = {code: texts for code, texts in english.items() if len(texts) > 1}
    assert not several, several


def test_a_refusal_is_its_english_sentence_with_its_values() -> None:
    refusal = AccountError("The user name {username} is already taken.", code="username_taken", username="somchai")
    assert str(refusal) == "The user name somchai is already taken."
    assert (refusal.code, refusal.params, refusal.english) == (
        "username_taken",
        {"username": "somchai"},
        "The user name {username} is already taken.",
    )
    assert isinstance(refusal, ValueError) and isinstance(refusal, Refusal)
    assert str(Invalid("Braces stay as they are: {seq}.", code="x")) == "Braces stay as they are: {seq}."
    again = pickle.loads(pickle.dumps(refusal))
    assert (str(again), again.code, again.params) == (str(refusal), refusal.code, refusal.params)


def test_older_kinds_of_error_still_catch_refusals() -> None:
    with pytest.raises(PermissionError):
        raise NotAllowed(REFUSALS["void"], code="no_right_void")
    full = DiskFull()
    assert isinstance(full, OSError) and full.errno == errno.ENOSPC and full.code == "disk_full"
    assert "disk is full" in str(full)
    offline = Offline("No connection to the server ({error}).", error="ConnectTimeout")
    assert isinstance(offline, SyncError) and offline.code == "offline" and offline.retry
    assert str(offline) == "No connection to the server (ConnectTimeout)."
    assert SyncError("server words", "wrong_office").code == "wrong_office"
    with pytest.raises(ValueError):
        raise ActionRefused("This letter was not found.", code="letter_not_found")


def test_a_real_refusal_carries_its_code_and_values(store: OfficeStore, clerk: Actor) -> None:
    create_user(store, clerk, "somchai", "ທ່ານ ສົມໄຊ", "password1", ["clerk"])
    with pytest.raises(AccountError) as taken:
        create_user(store, clerk, "somchai", "ທ່ານ ສົມໄຊ ອີກ", "password2", ["clerk"])
    assert (taken.value.code, taken.value.params) == ("username_taken", {"username": "somchai"})
    assert str(taken.value) == "The user name somchai is already taken."
    with pytest.raises(AccountError) as short:
        create_user(store, clerk, "noy", "ທ່ານ ນ້ອຍ", "short", ["clerk"])
    assert (short.value.code, short.value.params) == ("password_too_short", {"count": 8})
