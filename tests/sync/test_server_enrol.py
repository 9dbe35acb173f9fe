"""Enrolment refusals that will not change on a retry: answered as such (403, `retry: false`, their own code), with
the one-time code left unused for the right PC."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from eoffice_desktop.core.office import open_store, setup_office
from sync.client.errors import Refused
from sync.client.session import enrol_pc
from sync.server.admin import add_office, new_enrolment_code


def test_an_office_id_another_office_uses_is_refused_without_retry_and_the_code_stays_valid(central, tmp_path: Path):
    with central.database.write() as s:
        add_office(s, "ຊສຖ", "ເມືອງໄຊເສດຖາ", "Xaysetha")
        add_office(s, "ຫຊ", "ເມືອງຫາດຊາຍຟອງ", "Hadxaifong")
        first_code, second_code = new_enrolment_code(s, "ຊສຖ"), new_enrolment_code(s, "ຫຊ")
    first = open_store(tmp_path / "pc1")
    setup_office(first, "ຊສຖ", "ຫ້ອງການເມືອງໄຊເສດຖາ", "Xaysetha", "admin", "ທ່ານ ບຸນມີ", "password-1")
    first.close()
    shutil.copytree(tmp_path / "pc1", tmp_path / "copy")  # the folder copied before the first PC enrolled
    first = open_store(tmp_path / "pc1")
    enrol_pc(first, central.url, first_code, "PC 1")
    first.close()

    copy = open_store(tmp_path / "copy")
    with pytest.raises(Refused) as refused:
        enrol_pc(copy, central.url, second_code, "PC 2")  # into another office, with the first office's id
    copy.close()
    assert refused.value.code == "office_id_taken" and refused.value.retry is False
    assert "already used by the office ຊສຖ" in str(refused.value)

    fresh = open_store(tmp_path / "pc3")
    joined = enrol_pc(fresh, central.url, second_code, "PC 3")  # the code was not used up by the refusal
    fresh.close()
    assert joined["office_code"] == "ຫຊ"


def test_a_request_the_server_would_refuse_is_refused_before_anything_is_sent(central):
    """The PC builds its request bodies from the protocol's own models: a value outside what the server reads (a
    two-character code) gets the server's own refusal without a byte sent, and a good request still goes through."""
    from sync.client.http import HttpTransport

    transport = HttpTransport(central.url)
    with pytest.raises(Refused) as refused:
        transport.enrol("AB", "PC 1", "1.0", None, None)
    assert refused.value.code == "invalid_request" and refused.value.retry is False
    assert "code" in str(refused.value)
    assert transport.bytes_sent == 0

    with central.database.write() as s:
        add_office(s, "ຊສຖ", "ເມືອງໄຊເສດຖາ", "Xaysetha")
        code = new_enrolment_code(s, "ຊສຖ")
    answer = transport.enrol(code, "PC 1", "1.0", None, None)
    assert answer["device_id"].startswith("dev_") and transport.bytes_sent > 0
