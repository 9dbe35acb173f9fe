"""Checking the signatures a sync brought never holds the office's single writer turn for the whole check: a clerk's
registration waits at most for one small batch of saved outcomes."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.signing import letters
from eoffice_desktop.core.signing.letters import sign_letter, verify_pending
from eoffice_desktop.core.signing.status import VALID
from eoffice_desktop.core.signing.tables import Signature
from tests.core.signing.conftest import Pki
from tests.core.signing.test_letters import _letter, _official


def test_signatures_are_checked_outside_the_writer_turn_and_saved_in_short_turns(
    store: OfficeStore, clerk: Actor, pki: Pki, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    identity = _official(store, pki, clerk)
    for n in range(5):
        sign_letter(store, clerk, _letter(store, clerk, tmp_path, f"ແຈ້ງການ ສະບັບ {n:03}"), identity)  # type: ignore[arg-type]
    with store.db.write() as s:  # as if a sync had just brought them
        s.execute(update(Signature).values(status="unchecked"))

    # The app's single writer, as the main window installs it (ui/tasks.py): one turn at a time.
    writer = threading.Lock()
    turns = 0

    @contextmanager
    def turn() -> Iterator[None]:
        nonlocal turns
        with writer:
            turns += 1
            yield

    checked_during_a_turn: list[bool] = []
    real_check = letters.verify_signature

    def check(*args: Any, **kwargs: Any) -> Any:  # the real check; it notes whether the writer's turn is taken
        checked_during_a_turn.append(writer.locked())
        return real_check(*args, **kwargs)

    monkeypatch.setattr(letters, "verify_signature", check)
    monkeypatch.setattr(letters, "SAVE_BATCH", 2, raising=False)
    store.db.turns = turn
    assert verify_pending(store) == 5
    assert checked_during_a_turn == [False] * 5  # a registration could go in at any point of the checks
    assert turns == 3  # the outcomes, 2 at a time: other writes go in between
    with store.db.session() as s:
        assert [r.status for r in s.scalars(select(Signature))] == [VALID] * 5
    assert verify_pending(store) == 0


def test_an_outcome_saved_meanwhile_is_kept(
    store: OfficeStore, clerk: Actor, pki: Pki, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The letter was opened (and its signature checked and saved) while the batch was being checked: the batch does
    not write its older outcome over it."""
    identity = _official(store, pki, clerk)
    sign_letter(store, clerk, _letter(store, clerk, tmp_path), identity)  # type: ignore[arg-type]
    with store.db.write() as s:
        s.execute(update(Signature).values(status="unchecked"))
    real_rows = letters.verify_rows

    def rows_then_opened(*args: Any, **kwargs: Any) -> Any:
        found = real_rows(*args, **kwargs)
        with store.db.write() as s:  # the letter's pane saved its own check meanwhile
            s.execute(update(Signature).values(status="changed", status_detail="checked when opened"))
        return found

    monkeypatch.setattr(letters, "verify_rows", rows_then_opened)
    assert verify_pending(store) == 1
    with store.db.session() as s:
        assert [(r.status, r.status_detail) for r in s.scalars(select(Signature))] == [
            ("changed", "checked when opened")
        ]
