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
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.expected_conditions import staleness_of
from selenium.webdriver.support.ui import Select, WebDriverWait
from sqlalchemy import select

from eoffice_desktop.core.office import open_store, setup_office
from eoffice_desktop.core.signing.printed import print_signed_letter, stamp_pdf
from eoffice_desktop.core.signing.printed_codes import printed_signers
from eoffice_shared.signing.vcode import code_for
from sync.client.session import enrol_pc, sync_once
from sync.server.ca import ServerCA
from sync.server.console.check import ANSWER_SECONDS
from sync.server.console.codes import code_row
from sync.server.models import Device, StoredEvent
from sync.server.office_keys import newest_number
from sync.server.tsa import ServerTSA
from tests.core.signing.test_printed_letter import letter_pdf
from tests.qr_scan import scan_qr_codes
from tests.sync.browser import chromium
from tests.sync.conftest import RunningServer
from tests.sync.console_helpers import PASSWORD, make_admin
from tests.sync.signed_office import SIGNER, signing_office
from tests.sync.test_server_sync import refused_soon


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    yield from chromium()


@pytest.fixture
def server(central_sqlite: RunningServer) -> RunningServer:
    make_admin(central_sqlite.database, "admin")
    return central_sqlite


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

    def replaced(_driver: Any) -> bool:
        try:
            return bool(staleness_of(old)(_driver))
        except WebDriverException:  # asked while the old page is being taken down: its node left the document
            return True

    WebDriverWait(browser, 60).until(replaced)


def office_of(session: Any, store: Any) -> str:
    device = session.get(Device, store.device_id)
    assert device is not None
    return str(device.office_id)


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
    sent = cells[4].find_element(By.CLASS_NAME, "changes").text
    assert int(sent) == sync_report.pushed and "KB" in cells[4].text  # the changes it sent this month, and their size
    browser.get(f"{server.url}/console/health")
    row = browser.find_element(By.XPATH, "//table[@id='health']//tr[td/a[text()='MOHA']]")
    assert "stale" not in (row.get_attribute("class") or "")  # synced just now: no red mark
    browser.get(f"{server.url}/console/offices/MOHA")
    assert "ທ່ານ ສົມໃຈ" in _text(browser, "people") and "ຄອມຫ້ອງການ 1" in _text(browser, "office-pcs")

    browser.get(f"{server.url}/console/pcs")
    _submit(browser, By.CSS_SELECTOR, "#pcs button.revoke")
    assert "ຖືກຖອນ" in _text(browser, "pcs")
    refused_soon(store)
    with server.database.read() as s:  # its office's other PCs wrap their bundles with a key it is never given
        assert newest_number(s, office_of(s, store)) == 2
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
    office = signing_office(server, tmp_path / "pc")
    store = office.store
    letters = {}
    for confidentiality in ("normal", "secret"):
        letter_id = office.signed_letter(confidentiality)
        letters[confidentiality] = (letter_id, print_signed_letter(store, letter_id).codes[0])
    sync_once(store)

    number_of = {}
    from eoffice_desktop.core.storage.models import Letter

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
    tsa_ends = ServerTSA(ServerCA(server.blob_dir.parent), server.database).certificate().not_valid_after_utc
    assert f"{tsa_ends:%Y-%m-%d}" in _text(browser, "tsa") and "renew" not in _text(browser, "tsa")
    until = browser.find_element(By.CSS_SELECTOR, "#certificates td.until").text  # until when it was issued
    assert date.fromisoformat(until) > date.today()
    _submit(browser, By.CSS_SELECTOR, "button.revoke-certificate")
    assert "ຖືກຖອນ" in _text(browser, "certificates")
    assert _check(browser, server.url, code) == "revoked"
    store.close()


def test_the_qr_code_printed_on_a_signed_letter_opens_its_check_page(
    browser: Any, server: RunningServer, tmp_path: Path
) -> None:
    office = signing_office(server, tmp_path / "pc")
    (tmp_path / "ແຈ້ງການ.pdf").write_bytes(letter_pdf([(300, 0), (200, 90)]))
    with_pdf = office.signed_letter(attachments=[tmp_path / "ແຈ້ງການ.pdf"])
    without_pdf = office.signed_letter()
    sync_once(office.store)

    printed = print_signed_letter(office.store, with_pdf)
    code = printed.codes[-1]
    page = f"{server.url}/check?c={code}"
    assert scan_qr_codes(printed.data) == [page, page]  # each sheet, read by a real QR decoder
    cover = print_signed_letter(office.store, without_pdf)
    assert scan_qr_codes(cover.data) == [f"{server.url}/check?c={cover.codes[-1]}"]

    browser.set_window_size(390, 844)  # as a phone's camera app opens it
    try:
        browser.get(page)
        assert browser.find_element(By.ID, "answer").get_attribute("data-status") == "valid"
        assert SIGNER in _text(browser, "signer") and browser.find_element(By.ID, "code").get_attribute("value") == code
    finally:
        browser.set_window_size(1280, 900)
    # The same stamp printed before the office was enrolled carries the prefixed code: typed in as read, it checks.
    with office.store.db.session() as s:
        offline = scan_qr_codes(stamp_pdf(letter_pdf([(300, 0)]), printed_signers(s, with_pdf)))
    assert offline == [f"EOFFICE-SIG:{code}"]
    assert _check(browser, server.url, offline[0]) == "valid"
    office.store.close()
