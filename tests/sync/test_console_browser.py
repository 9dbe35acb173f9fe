"""The console and the check page in a real headless browser against the real server: an administrator signs in,
adds an office, makes an enrolment code; a real desktop PC enrols with it and syncs and appears; revoked from the
console, its next sync is refused. A code printed on a really signed letter checks valid, then revoked, and a wrong
code unknown."""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.serialization import Encoding
from selenium.webdriver.common.by import By
from selenium.webdriver.support.expected_conditions import staleness_of
from selenium.webdriver.support.ui import Select, WebDriverWait
from sqlalchemy import select

from eoffice_desktop.core.letterform import LetterForm
from eoffice_desktop.core.office import open_store, setup_office
from eoffice_desktop.core.registry import register_letter
from eoffice_desktop.core.signing.letters import sign_letter
from eoffice_desktop.core.signing.printed import print_signed_letter
from eoffice_shared.signing.certificates import Person, make_request
from eoffice_shared.signing.keys import KeyStore, default_key_folder
from eoffice_shared.signing.vcode import code_for
from sync.client.errors import DeviceRevoked
from sync.client.session import enrol_pc, sync_once, transport_for
from sync.client.trust import request_certificate
from sync.server.ca import ServerCA
from sync.server.console.check import ANSWER_SECONDS
from sync.server.console.codes import code_row
from sync.server.database import ServerDatabase
from sync.server.models import StoredEvent
from tests.sync.browser import chromium
from tests.sync.conftest import RunningServer, start_server
from tests.sync.console_helpers import PASSWORD, make_admin

KEY_PASS = "ລະຫັດລັບ ຂອງຂ້ອຍ 2026"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    yield from chromium()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RunningServer]:
    database = ServerDatabase(f"sqlite:///{tmp_path / 'server.sqlite'}")
    running, uvicorn_server = start_server(database, tmp_path / "server-blobs", "sqlite")
    make_admin(database, "admin")
    yield running
    uvicorn_server.should_exit = True
    time.sleep(0.2)
    database.dispose()


def _sign_in(browser: Any, url: str) -> None:
    browser.delete_all_cookies()
    browser.get(f"{url}/console/login")
    browser.find_element(By.ID, "username").send_keys("admin")
    browser.find_element(By.ID, "password").send_keys(PASSWORD)
    _submit(browser, By.ID, "signin")
    assert browser.current_url.endswith("/console/offices"), browser.page_source[:400]


def _submit(browser: Any, how: str, what: str) -> None:
    """Click a form's button and wait until the answer's page has replaced this one."""
    old = browser.find_element(By.TAG_NAME, "html")
    browser.find_element(how, what).click()
    WebDriverWait(browser, 60).until(staleness_of(old))


def _text(browser: Any, element_id: str) -> str:
    return str(browser.find_element(By.ID, element_id).text)


def test_an_administrator_enrols_a_pc_sees_it_sync_and_revokes_it(
    browser: Any, server: RunningServer, tmp_path: Path
) -> None:
    _sign_in(browser, server.url)
    browser.find_element(By.CSS_SELECTOR, "#add-office summary").click()
    browser.find_element(By.ID, "new-code").send_keys("MOHA")
    browser.find_element(By.ID, "new-name-lo").send_keys("ກະຊວງພາຍໃນ")
    browser.find_element(By.ID, "new-name-en").send_keys("Ministry of Home Affairs")
    Select(browser.find_element(By.ID, "new-kind")).select_by_visible_text("ministry")
    _submit(browser, By.ID, "add")
    assert browser.current_url.endswith("/console/offices/MOHA") and "ກະຊວງພາຍໃນ" in _text(browser, "office-name")

    browser.get(f"{server.url}/console/pcs")
    Select(browser.find_element(By.ID, "code-office")).select_by_value("MOHA")
    _submit(browser, By.ID, "make-code")
    code = _text(browser, "new-code")
    assert len(code) == 14 and "MOHA" in _text(browser, "codes")  # shown once, and listed as open
    assert browser.find_element(By.CSS_SELECTOR, "#new-code-box svg").size["width"] > 0  # with its QR code
    browser.get(f"{server.url}/console/pcs")
    assert code not in browser.page_source  # only its office and expiry stay on the page

    store = open_store(tmp_path / "pc")
    setup_office(store, "MOHA", "ກະຊວງພາຍໃນ", "Ministry of Home Affairs", "admin", "ທ່ານ ສົມໃຈ", "password-1")
    enrol_pc(store, server.url, code, "ຄອມຫ້ອງການ 1")
    sync_report = sync_once(store)
    assert sync_report.pushed > 0

    browser.get(f"{server.url}/console/pcs")
    assert "ຄອມຫ້ອງການ 1" in _text(browser, "pcs") and "MOHA" not in _text(browser, "codes")  # the code is used
    cells = browser.find_elements(By.CSS_SELECTOR, "#pcs tr[data-device] td")
    assert int(cells[4].text) == sync_report.pushed  # the changes it sent this month
    browser.get(f"{server.url}/console/health")
    row = browser.find_element(By.XPATH, "//table[@id='health']//tr[td/a[text()='MOHA']]")
    assert "stale" not in (row.get_attribute("class") or "")  # synced just now: no red mark
    browser.get(f"{server.url}/console/offices/MOHA")
    assert "ທ່ານ ສົມໃຈ" in _text(browser, "people") and "ຄອມຫ້ອງການ 1" in _text(browser, "office-pcs")

    browser.get(f"{server.url}/console/pcs")
    _submit(browser, By.CSS_SELECTOR, "#pcs button.revoke")
    assert "ຖືກຖອນ" in _text(browser, "pcs")
    with pytest.raises(DeviceRevoked):
        sync_once(store)
    browser.get(f"{server.url}/console/audit")
    log = _text(browser, "audit")
    assert all(action in log for action in ("signin", "office.added", "code.made", "pc.revoked"))
    store.close()


def _check(browser: Any, url: str, code: str) -> str:
    browser.get(f"{url}/check")
    browser.find_element(By.ID, "code").send_keys(code)
    started = time.monotonic()
    _submit(browser, By.ID, "check")
    status = str(browser.find_element(By.ID, "answer").get_attribute("data-status"))
    assert time.monotonic() - started >= ANSWER_SECONDS  # every answer waits the same fixed time
    return status


def test_a_printed_code_checks_valid_then_revoked_and_a_wrong_code_unknown(
    browser: Any, server: RunningServer, tmp_path: Path
) -> None:
    ServerCA.create(server.blob_dir.parent, "ກະຊວງ CA")
    with server.database.write() as s:
        from sync.server.admin import add_office, new_enrolment_code

        add_office(s, "MOHA", "ກະຊວງພາຍໃນ", "Ministry of Home Affairs")
        enrolment = new_enrolment_code(s, "MOHA")
    store = open_store(tmp_path / "pc")
    actor = setup_office(store, "MOHA", "ກະຊວງພາຍໃນ", "Ministry of Home Affairs", "admin", "ທ່ານ ສົມໃຈ", "password-1")
    enrol_pc(store, server.url, enrolment)
    sync_once(store)
    keys = KeyStore(default_key_folder(store.data_dir.root))
    identity = keys.create(actor.user_id, KEY_PASS)
    csr = make_request(identity.key, Person("ທ່ານ ສົມໃຈ", "ຫົວໜ້າຫ້ອງການ", user_id=actor.user_id))
    issued = request_certificate(transport_for(store), actor.user_id, csr.public_bytes(Encoding.PEM).decode())
    identity = keys.install_certificate(actor.user_id, KEY_PASS, issued.certificate, issued.chain)
    letters = {}
    for confidentiality in ("normal", "secret"):
        form = LetterForm(
            register_date=date.today(),
            sender_name="ກະຊວງ",
            subject=f"ແຈ້ງການ ລັບ {confidentiality}",
            confidentiality=confidentiality,
        )
        letter_id = register_letter(store, actor, form).letter_id
        sign_letter(store, actor, letter_id, identity)
        letters[confidentiality] = (letter_id, print_signed_letter(store, letter_id).codes[0])
    sync_once(store)

    number_of = {}
    from eoffice_desktop.core.models import Letter

    with store.db.session() as s:
        for kind, (letter_id, _) in letters.items():
            letter = s.get(Letter, letter_id)
            assert letter is not None
            number_of[kind] = letter.registry_number

    code = letters["normal"][1]
    assert _check(browser, server.url, code.replace("-", " ").lower()) == "valid"  # typed as people type it
    assert _text(browser, "number") == number_of["normal"] and "ທ່ານ ສົມໃຈ" in _text(browser, "signer")
    assert "ແຈ້ງການ ລັບ" not in browser.page_source  # never the subject

    assert _check(browser, server.url, letters["secret"][1]) == "valid"
    assert number_of["secret"] not in browser.page_source and "ທ່ານ ສົມໃຈ" not in browser.page_source

    assert _check(browser, server.url, code_for(b"no such signature")) == "unknown"
    assert _check(browser, server.url, code[:-1] + ("0" if code[-1] != "0" else "1")) == "mistyped"

    # An office cannot make the page vouch for what its event does not prove: a code that is not its signature's,
    # or another signer's name beside a real signature.
    with server.database.read() as s:
        stored = s.scalars(select(StoredEvent.body).where(StoredEvent.type == "letter.signed")).first()
    assert stored is not None
    payload = json.loads(stored)["payload"]
    assert code_row({**payload, "code": code_for(b"forged")}, "e", "l", "o") is None
    claimed = code_row({**payload, "signer": {"name": "ທ່ານ ປອມ", "title": "ລັດຖະມົນຕີ"}}, "e", "l", "o")
    assert claimed is not None and claimed["signer_name"] == "ທ່ານ ສົມໃຈ"
    assert code_row({**payload, "manifest": base64.b64encode(b"another manifest").decode()}, "e", "l", "o") is None

    _sign_in(browser, server.url)
    browser.get(f"{server.url}/console/certificates")
    assert "UTC" in _text(browser, "crl")  # the date of the revocation list offices fetch
    _submit(browser, By.CSS_SELECTOR, "button.revoke-certificate")
    assert "ຖືກຖອນ" in _text(browser, "certificates")
    assert _check(browser, server.url, code) == "revoked"
    store.close()
