"""The console refuses every page and action without a session, outside a provincial administrator's province, with
a missing or forged CSRF token and after sign-out; wrong passwords lock the account for the address that gave them,
and an address that keeps failing is refused before any password is checked; the check page is rate-limited."""

from __future__ import annotations

import logging
import time
from pathlib import Path

import pyotp
import pytest
from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import DBAPIError

from eoffice_shared.signing.vcode import code_for
from sync.server import directory
from sync.server.admin import new_enrolment_code, now
from sync.server.cli import main
from sync.server.console.auth import SignInRefused, sign_in
from sync.server.console.cli import PASSWORD_ENV
from sync.server.console.signin_throttle import MAX_FAILURES, SIGN_IN_FAILURES_PER_ADDRESS
from sync.server.console.tables import AuditEntry, ConsoleUser
from sync.server.database import ServerDatabase
from sync.server.models import Device, ServerOffice
from tests.sync.conftest import RunningServer
from tests.sync.console_helpers import ConsoleClient, make_admin

PAGES = [
    "/console/offices",
    "/console/offices/VTE",
    "/console/pcs",
    "/console/health",
    "/console/certificates",
    "/console/audit",
]


def _actions(office: str) -> list[tuple[str, dict[str, str]]]:
    return [
        ("/console/offices/add", {"code": "NEW1", "name_lo": "ຫ້ອງການໃໝ່", "kind": "district", "parent": office}),
        (f"/console/offices/{office}/rename", {"name_lo": "ຊື່ໃໝ່"}),
        (f"/console/offices/{office}/close", {"note": "test"}),
        ("/console/codes", {"office": office, "hours": "24"}),
        ("/console/pcs/revoke", {"device": "dev_x"}),
        ("/console/certificates/revoke", {"serial": "01", "reason": "key_compromise"}),
        ("/console/logout", {}),
    ]


@pytest.fixture
def offices(central: RunningServer) -> RunningServer:
    with central.database.write() as s:
        directory.add_office(s, "VTE", "ນະຄອນຫຼວງວຽງຈັນ", "Vientiane Capital", "province")
        directory.add_office(s, "LPB", "ແຂວງຫຼວງພະບາງ", "Luang Prabang", "province")
        directory.add_office(s, "LPB-D1", "ເມືອງຊຽງເງິນ", "Xiang Ngeun", "district", parent_code="LPB")
        directory.add_office(s, "VTE-D1", "ເມືອງຈັນທະບູລີ", "Chanthabuly", "district", parent_code="VTE")
    make_admin(central.database, "national")
    make_admin(central.database, "vte", "provincial", "VTE")
    return central


def _state(central: RunningServer) -> tuple[int, list[str]]:
    with central.database.read() as s:
        offices = sorted(f"{o.code}:{o.name_lo}:{o.status}" for o in s.scalars(select(ServerOffice)))
        return s.scalar(select(func.count()).select_from(Device)) or 0, offices


def test_every_page_and_action_needs_a_session(offices: RunningServer) -> None:
    anonymous = ConsoleClient(offices.url)
    for path in PAGES:
        answer = anonymous.get(path)
        assert answer.status_code == 303 and answer.headers["location"] == "/console/login", path
    before = _state(offices)
    for path, form in _actions("VTE"):
        answer = anonymous.post(path, {**form, "csrf": "guessed"})
        assert answer.status_code == 403, path
    assert _state(offices) == before


def test_missing_or_forged_csrf_is_refused(offices: RunningServer) -> None:
    client = ConsoleClient(offices.url)
    assert client.sign_in("national").status_code == 303
    other = ConsoleClient(offices.url)
    other.sign_in("vte")
    forged = other.csrf()  # a real token, of another session
    before = _state(offices)
    for path, form in _actions("VTE"):
        assert client.post(path, form).status_code == 403, path
        assert client.post(path, {**form, "csrf": forged}).status_code == 403, path
    assert _state(offices) == before
    assert client.get("/console/offices").status_code == 200  # still signed in: the refusals changed nothing


def test_sign_in_form_needs_its_own_token(offices: RunningServer) -> None:
    client = ConsoleClient(offices.url)
    answer = client.post("/console/login", {"csrf": "x", "username": "national", "password": "a-long-console-password"})
    assert answer.status_code == 403 and "eoffice_console" not in client.cookies


def test_a_provincial_administrator_acts_only_in_the_province(offices: RunningServer) -> None:
    client = ConsoleClient(offices.url)
    client.sign_in("vte")
    page = client.get("/console/offices").text
    assert "VTE-D1" in page and "LPB-D1" not in page
    assert client.get("/console/offices/LPB-D1").status_code == 403
    assert client.get("/console/offices/VTE-D1").status_code == 200
    token = client.csrf()
    before = _state(offices)
    for path, form in _actions("LPB-D1")[:4]:
        assert client.post(path, {**form, "csrf": token}).status_code == 403, path
    new_province = {"code": "XX", "name_lo": "ແຂວງໃໝ່", "kind": "province", "parent": "", "csrf": token}
    assert client.post("/console/offices/add", new_province).status_code == 403
    assert _state(offices) == before
    inside = {"code": "VTE-D2", "name_lo": "ເມືອງສີໂຄດຕະບອງ", "kind": "district", "parent": "VTE", "csrf": token}
    assert client.post("/console/offices/add", inside).status_code == 303
    with offices.database.write() as s:
        assert new_enrolment_code(s, "LPB-D1")  # another province's open code: not listed, not offered
    assert "LPB-D1" not in client.get("/console/pcs").text
    with offices.database.write() as s:
        for office in s.scalars(select(ServerOffice)):
            office.event_office_id = office.id  # all enrolled: health lists its province's, and the server's traffic
    assert 'data-office="VTE-D1"' in client.get("/console/health").text  # is for national administrators only
    health = client.get("/console/health", params={"q": "LPB"}).text
    assert "LPB-D1" not in health and 'id="charts"' not in health
    ConsoleClient(offices.url).sign_in("national")
    audit = client.get("/console/audit").text  # its own actions only, not the national administrator's
    assert "office.added" in audit and "national" not in audit


def test_signed_out_session_is_refused(offices: RunningServer) -> None:
    client = ConsoleClient(offices.url)
    client.sign_in("national")
    cookie = client.cookies["eoffice_console"]
    token = client.csrf()
    assert client.post("/console/logout", {"csrf": token}).status_code == 303
    client.cookies["eoffice_console"] = cookie  # the old cookie, kept by an attacker
    assert client.get("/console/offices").status_code == 303
    assert client.post("/console/offices/VTE/close", {"csrf": token}).status_code == 403
    with offices.database.read() as s:
        assert directory.by_code(s, "VTE").status == "active"


def test_repeated_wrong_passwords_lock_the_account_from_that_address_only(
    offices: RunningServer, capsys: pytest.CaptureFixture[str]
) -> None:
    guesser = ConsoleClient(offices.url, "203.0.113.9")
    for _ in range(MAX_FAILURES):
        assert guesser.sign_in("national", "wrong-password-guess").status_code == 401
    answer = guesser.sign_in("national")  # now even the right password is refused from there
    assert answer.status_code == 429 and "Too many wrong passwords" in answer.text
    assert "eoffice_console" not in guesser.cookies
    # Anyone who reaches the server could otherwise keep IT staff out by guessing five times every 15 minutes.
    admin = ConsoleClient(offices.url, "198.51.100.20")
    assert admin.sign_in("national").status_code == 303 and "eoffice_console" in admin.cookies
    with offices.database.read() as s:
        actions = list(s.scalars(select(AuditEntry.action).where(AuditEntry.username == "national")))
    assert actions.count("signin.refused") == MAX_FAILURES  # the refusal as locked is not written
    assert "signin.locked" in actions and "signin" in actions
    places = ["--data-dir", str(offices.blob_dir.parent), "--database", offices.database.url]
    assert main(["admin", "console-user", "list", *places]) == 0
    assert "national\tnational\t\tpassword only\tlocked from an address" in capsys.readouterr().out
    assert main(["admin", "console-user", "unlock", "national", *places]) == 0  # IT staff let that address in again
    assert guesser.sign_in("national").status_code == 303


def test_an_address_that_keeps_failing_is_refused_before_any_password_is_checked(offices: RunningServer) -> None:
    guesser = ConsoleClient(offices.url, "2001:db8:7:7::1")
    for n in range(SIGN_IN_FAILURES_PER_ADDRESS):  # a different name each time: no account is locked
        assert guesser.sign_in(f"guess{n}", "wrong-password-guess").status_code == 401
    with offices.database.read() as s:
        audited = s.scalar(select(func.count()).select_from(AuditEntry)) or 0
    again = ConsoleClient(offices.url, "2001:db8:7:7::99")  # the same line (its /64), another address
    for name in ("national", "guess-more"):
        answer = again.sign_in(name)  # the right password of a real account too
        assert answer.status_code == 429 and "Too many failed sign-ins from this address" in answer.text
        assert "eoffice_console" not in again.cookies
    with offices.database.read() as s:  # refused before the password was hashed: nothing written either
        assert (s.scalar(select(func.count()).select_from(AuditEntry)) or 0) == audited
    assert ConsoleClient(offices.url, "198.51.100.21").sign_in("national").status_code == 303


def test_pages_carry_the_security_headers_and_stay_small(offices: RunningServer) -> None:
    client = ConsoleClient(offices.url)
    answer = client.sign_in("national")
    cookie = next(h for h in answer.headers.get_list("set-cookie") if h.startswith("eoffice_console="))
    assert "HttpOnly" in cookie and "Secure" in cookie and "SameSite=strict" in cookie
    for path in [*PAGES, "/check"]:
        page = client.get(path)
        assert page.status_code == 200, path
        assert "default-src 'self'" in page.headers["content-security-policy"]
        assert len(page.content) < 200_000
    schema = client.get("/v1/openapi.json").json()
    assert not [p for p in schema["paths"] if p.startswith(("/console", "/check"))]


def test_check_page_is_rate_limited(central: RunningServer) -> None:
    client = ConsoleClient(central.url)
    assert client.get("/").headers["location"] == "/check"  # the server's address opened in a browser
    assert client.get("/docs").headers["location"] == "/v1/docs"  # and where FastAPI servers describe their API
    answers = [client.get("/check", params={"code": "ABCDE-12345-FGHJK-7"}).status_code for _ in range(21)]
    assert answers[:20] == [200] * 20 and answers[20] == 429


def test_the_first_administrator_is_made_on_the_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "migrate"]) == 0
    monkeypatch.setenv(PASSWORD_ENV, "short")
    assert main(["--data-dir", data, "admin", "console-user", "add", "boss"]) == 1
    assert "at least 12 characters" in capsys.readouterr().err
    monkeypatch.setenv(PASSWORD_ENV, "a-long-console-password")
    assert main(["--data-dir", data, "admin", "console-user", "add", "prov", "--role", "provincial"]) == 1
    assert "--province" in capsys.readouterr().err
    assert (
        main(["--data-dir", data, "admin", "add-office", "--code", "VTE", "--name-lo", "ວຽງຈັນ", "--kind", "province"])
        == 0
    )
    assert main(["--data-dir", data, "admin", "console-user", "add", "boss"]) == 0
    made = ["--data-dir", data, "admin", "console-user", "add", "prov", "--role", "provincial", "--province", "VTE"]
    assert main([*made, "--totp"]) == 0
    secret = capsys.readouterr().out.rsplit(": ", 1)[-1].strip()
    assert main(["--data-dir", data, "admin", "console-user", "list"]) == 0
    listed = capsys.readouterr().out
    assert "boss\tnational" in listed and "prov\tprovincial\tVTE\tTOTP\tactive" in listed
    database = ServerDatabase(f"sqlite:///{tmp_path / 'data' / 'server.sqlite'}")
    with database.write() as s:
        with pytest.raises(SignInRefused):
            sign_in(s, "prov", "a-long-console-password", "000000")  # the second factor is asked
        assert sign_in(s, "prov", "a-long-console-password", pyotp.TOTP(secret).now())
        user = s.scalar(select(ConsoleUser).where(ConsoleUser.username == "boss"))
        assert user is not None and user.password_hash.startswith("$argon2id$")
    database.dispose()


def test_the_audit_log_cannot_be_changed_even_in_the_database(offices: RunningServer) -> None:
    client = ConsoleClient(offices.url)
    client.sign_in("national")
    for change in (update(AuditEntry).values(action="nothing"), delete(AuditEntry)):
        with pytest.raises(DBAPIError, match="append-only"), offices.database.write() as s:
            s.execute(change)
    with offices.database.read() as s:
        assert "signin" in s.scalars(select(AuditEntry.action))


def test_the_check_page_logs_nothing_personal(central: RunningServer, caplog: pytest.LogCaptureFixture) -> None:
    code = code_for(b"a signature")

    def server_lines() -> list[str]:
        server_side = [r for r in caplog.records if not r.name.startswith(("httpx", "httpcore"))]  # not the client's
        return [f"{r.getMessage()} {getattr(r, 'fields', '')}" for r in server_side]

    with caplog.at_level(logging.DEBUG):
        answer = ConsoleClient(central.url).get("/check", params={"code": code})
        deadline = time.monotonic() + 60  # the server writes its request line once the answer has gone out
        while time.monotonic() < deadline and not any("'/check'" in line for line in server_lines()):
            time.sleep(0.05)
    assert answer.status_code == 200 and 'data-status="unknown"' in answer.text
    logged = server_lines()
    assert any("'/check'" in line for line in logged)  # the request is counted and logged...
    personal = [line for line in logged if code in line or "127.0.0.1" in line or code[:5] in line]
    assert not personal, personal  # ...not who or what


def test_pages_stay_under_200_kb_with_a_national_directory(central: RunningServer) -> None:
    """Provinces, districts and villages: the tree shows two levels, a district page lists its villages."""
    rows = [("P0", "", "province")] + [(f"P0-D{d}", "P0", "district") for d in range(20)]
    rows += [(f"P0-D{d}-V{v}", f"P0-D{d}", "village") for d in range(20) for v in range(60)]
    with central.database.write() as s:
        for code, parent, kind in rows:
            directory.add_office(
                s, code, "ບ້ານ ໂພນສະຫວ່າງ ເມືອງ ຈັນທະບູລີ", "Ban Phonesavang", kind, parent_code=parent or None
            )
    make_admin(central.database, "national")
    client = ConsoleClient(central.url)
    client.sign_in("national")
    tree = client.get("/console/offices")
    assert len(tree.content) < 200_000 and "P0-D19" in tree.text and "P0-D3-V7" not in tree.text
    assert "P0-D3-V59" in client.get("/console/offices/P0-D3").text
    assert len(client.get("/console/offices", params={"q": "ໂພນ"}).content) < 200_000
    # Every one of them enrolled, with a PC that never synced: the health and PCs pages too.
    with central.database.write() as s:
        offices = list(s.scalars(select(ServerOffice)))
        for office in offices:
            office.event_office_id = office.id
            s.add(
                Device(
                    id=f"dev_{office.code}", office_id=office.id, name="ຄອມ 1", token_hash=office.id, enrolled_at=now()
                )
            )
    health = client.get("/console/health")
    assert len(health.content) < 200_000 and f"of {len(offices)} offices shown" in health.text
    assert 'data-office="P0-D3-V7"' in client.get("/console/health", params={"q": "P0-D3-V7"}).text
    pcs = client.get("/console/pcs")
    assert len(pcs.content) < 200_000 and 'input name="office" id="code-office"' in pcs.text  # a code, not a list
    assert "dev_P0-D3-V7" in client.get("/console/pcs", params={"q": "P0-D3-V7"}).text
    token = client.csrf("/console/offices/P0-D3-V7")  # its own page makes a code for it, with no list to choose from
    made = client.post("/console/codes", {"office": "P0-D3-V7", "hours": "24", "csrf": token})
    assert made.status_code == 200 and 'id="new-code"' in made.text and "P0-D3-V7" in made.text
