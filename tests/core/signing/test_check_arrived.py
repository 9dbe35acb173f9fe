"""What a sync and a USB bundle do for the signatures they brought (`check_arrived_signatures`): all of them get their
stored status, batch by batch with progress; a stop between batches leaves the rest "unchecked", and the next call
checks them. Real office, real keys and CA."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, update

from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.signing import letters
from eoffice_desktop.core.signing.letters import check_arrived_signatures, sign_letter
from eoffice_desktop.core.signing.status import VALID
from eoffice_desktop.core.signing.tables import Signature
from tests.core.signing.conftest import Pki
from tests.core.signing.test_letters import _letter, _official


def _statuses(store: OfficeStore) -> list[str]:
    with store.db.session() as s:
        return sorted(s.scalars(select(Signature.status)))


def test_arrived_signatures_are_checked_in_batches_and_a_stop_keeps_what_was_checked(
    store: OfficeStore, clerk: Actor, pki: Pki, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    identity = _official(store, pki, clerk)
    for n in range(5):
        sign_letter(store, clerk, _letter(store, clerk, tmp_path, f"ແຈ້ງການ ສະບັບ {n:03}"), identity)  # type: ignore[arg-type]
    with store.db.write() as s:  # as if a sync or a bundle had just brought them
        s.execute(update(Signature).values(status="unchecked"))
    monkeypatch.setattr(letters, "CHECK_BATCH", 2)
    steps: list[tuple[int, int]] = []

    stopped = check_arrived_signatures(store, lambda done, total: steps.append((done, total)), lambda: len(steps) > 1)
    assert stopped == letters.ArrivedCheck(checked=2, stopped=True)  # Stop asked after the first batch
    assert _statuses(store) == ["unchecked"] * 3 + [VALID] * 2

    steps.clear()
    rest = check_arrived_signatures(store, lambda done, total: steps.append((done, total)))
    assert rest == letters.ArrivedCheck(checked=3, stopped=False)
    assert steps == [(0, 3), (2, 3), (3, 3)]
    assert _statuses(store) == [VALID] * 5
    assert check_arrived_signatures(store) == letters.ArrivedCheck(checked=0, stopped=False)  # nothing left to do
