"""Another office's letter that reached this PC is signed by its own office only: here it is refused (register it
first and sign the registered copy), and the signatures panel does not offer to sign it."""

from __future__ import annotations

from pathlib import Path

import pytest

from eoffice_desktop.core.journey.arrivals import register_arrival
from eoffice_desktop.core.journey.ownership import ArrivedLetterRefused
from eoffice_desktop.core.service.signatures import check_letter
from eoffice_desktop.core.signing.letters import sign_letter
from tests.core.arrived import arrived_letter
from tests.core.signing.conftest import Pki


def test_an_arrived_letter_is_not_signed_here_but_its_registered_copy_is(pki: Pki, tmp_path: Path):
    arrived = arrived_letter(tmp_path)
    identity = pki.official(arrived.actor.user_id)
    before = arrived.events_here()
    with pytest.raises(ArrivedLetterRefused) as refused:
        sign_letter(arrived.here, arrived.actor, arrived.letter_id, identity, trust=pki.trust())
    assert refused.value.code == "arrived_letter_not_registered" and arrived.events_here() == before
    assert not check_letter(arrived.here, arrived.letter_id, arrived.actor.user_id).may_sign

    copy = register_arrival(arrived.here, arrived.actor, arrived.letter_id).letter_id
    assert check_letter(arrived.here, copy, arrived.actor.user_id).may_sign
    assert sign_letter(arrived.here, arrived.actor, copy, identity, trust=pki.trust()).order == 1
    arrived.close()
