"""A PC speaking a sync protocol version the server does not is refused with one clear code, before anything is read
or changed; the PC says in one sentence which side to update, and keeps its work."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import requests

from eoffice_desktop.cli import main
from eoffice_desktop.core.office import open_store, setup_office
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.replication import outbox_size
from eoffice_desktop.ui.sync_words import error_message
from eoffice_shared.exits import OK, REFUSED
from sync.client import http
from sync.client.errors import ProtocolUnsupported
from sync.client.http import HttpTransport
from sync.client.session import enrol_pc
from sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION
from sync.server.admin import add_office, new_enrolment_code


def test_the_server_refuses_a_protocol_it_does_not_speak(central) -> None:  # type: ignore[no-untyped-def]
    newer = requests.get(f"{central.url}/v1/hello", headers={PROTOCOL_HEADER: "2"}, timeout=30)
    assert newer.status_code == 426
    body = newer.json()
    assert body["code"] == "protocol_unsupported" and body["protocol"] == PROTOCOL_VERSION and not body["retry"]
    assert "protocol 2" in body["message_en"] and body["message_lo"]
    garbled = requests.post(f"{central.url}/v1/push", headers={PROTOCOL_HEADER: "one"}, json={}, timeout=30)
    assert garbled.status_code == 426 and garbled.json()["code"] == "protocol_unsupported"
    # Its own version, or none (a browser, the console, a monitoring probe), is served as before.
    assert requests.get(f"{central.url}/v1/hello", headers={PROTOCOL_HEADER: "1"}, timeout=30).status_code == 200
    assert requests.get(f"{central.url}/v1/health", timeout=30).status_code == 200


@pytest.mark.parametrize("central", ["sqlite"], indirect=True)
def test_a_newer_pc_is_told_in_one_sentence_and_keeps_its_work(
    central, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    with central.database.write() as s:
        add_office(s, "ນວ", "ຫ້ອງການ ນວ", "NV")
        enrolment = new_enrolment_code(s, "ນວ")
    store = open_store(tmp_path / "pc")
    actor = setup_office(store, "ນວ", "ຫ້ອງການ ນວ", "NV", "admin", "Admin", "password-1")
    enrol_pc(store, central.url, enrolment)
    register_letter(store, actor, LetterForm(register_date=date.today(), sender_name="ກງ", subject="ທົດລອງ"))
    with store.db.session() as s:
        waiting = outbox_size(s, store.device_id)
    store.close()

    monkeypatch.setattr(http, "PROTOCOL_VERSION", PROTOCOL_VERSION + 1)  # this PC was updated, the server not yet
    with pytest.raises(ProtocolUnsupported) as refused:
        HttpTransport(central.url).hello()
    sentence = error_message(refused.value)
    assert "update eOffice on this PC, or ask IT to update the server" in sentence
    assert sentence.count(". ") <= 1  # one sentence and the reassurance, not a traceback or an HTTP status

    assert main(["sync", "--data-dir", str(tmp_path / "pc")]) == REFUSED
    assert "protocol_unsupported" in capsys.readouterr().err
    store = open_store(tmp_path / "pc")
    with store.db.session() as s:
        assert outbox_size(s, store.device_id) == waiting  # nothing was sent or lost
    store.close()

    monkeypatch.setattr(http, "PROTOCOL_VERSION", PROTOCOL_VERSION)  # the server speaks it again (updated)
    assert main(["sync", "--data-dir", str(tmp_path / "pc")]) == OK
