"""`eoffice setup` makes an office without the window, and `eoffice demo` never touches a real office."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from eoffice_desktop.cli import main
from eoffice_desktop.core.demo import DemoRefused
from eoffice_desktop.core.demo.build import generate_demo
from eoffice_desktop.core.office import open_store
from eoffice_desktop.core.people.accounts import LoginThrottle, authenticate
from eoffice_desktop.core.signing.tables import TrustItem
from eoffice_desktop.core.storage.models import Letter
from eoffice_shared.exits import NOT_FOUND, REFUSED, USAGE

ROOT = Path(__file__).resolve().parent.parent


def _eoffice(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    """The command as IT staff's scripts run it: no terminal on standard input."""
    return subprocess.run(
        [sys.executable, "-m", "eoffice_desktop", *args],
        capture_output=True,
        stdin=subprocess.DEVNULL,
        cwd=ROOT,
        env={**os.environ, **(env or {}), "PYTHONPATH": str(ROOT)},
        timeout=300,
    )


def _setup_args(data: Path) -> list[str]:
    return ["setup", "--data-dir", str(data), "--code", "ກຕສ", "--name-lo", "ກະຊວງ ທົດລອງ", "--admin", "it"]


def test_setup_with_options_and_a_password_file(tmp_path: Path) -> None:
    data, secret = tmp_path / "office", tmp_path / "pw.txt"
    secret.write_text("a long secret\n", encoding="utf-8")
    assert main([*_setup_args(data), "--admin-name", "ທ່ານ ໄອທີ", "--password-file", str(secret)]) == 0
    store = open_store(data)
    try:
        viewer = authenticate(store, "it", "a long secret", LoginThrottle(), sleep=False)
        assert viewer.has("admin") and viewer.has("clerk") and viewer.has("head")
        assert store.office().code == "ກຕສ" and not store.is_demo()
    finally:
        store.close()
    again = _eoffice(*_setup_args(data), "--admin-name", "x", "--password-file", str(secret))
    assert again.returncode == REFUSED and b"already holds an office" in again.stderr


def test_setup_without_a_terminal_asks_for_nothing_and_makes_nothing(tmp_path: Path) -> None:
    data = tmp_path / "office"
    missing = _eoffice("setup", "--data-dir", str(data))
    assert missing.returncode == USAGE and b"--code" in missing.stderr and b"Traceback" not in missing.stderr
    no_password = _eoffice(*_setup_args(data), "--admin-name", "ທ່ານ ໄອທີ")
    assert no_password.returncode == USAGE
    assert b"--password-file" in no_password.stderr and b"EOFFICE_PASSWORD" in no_password.stderr
    assert not data.exists()
    short = _eoffice(*_setup_args(data), "--admin-name", "ທ່ານ ໄອທີ", env={"EOFFICE_PASSWORD": "short"})
    assert short.returncode == USAGE and not data.exists()
    made = _eoffice(*_setup_args(data), "--admin-name", "ທ່ານ ໄອທີ", env={"EOFFICE_PASSWORD": "long enough"})
    assert made.returncode == 0, made.stderr


def test_demo_refuses_a_real_office_and_changes_nothing(tmp_path: Path) -> None:
    data, secret = tmp_path / "office", tmp_path / "pw.txt"
    secret.write_text("a long secret", encoding="utf-8")
    assert main([*_setup_args(data), "--admin-name", "ທ່ານ ໄອທີ", "--password-file", str(secret)]) == 0
    refused = _eoffice("demo", "--data-dir", str(data), "--letters", "5")
    assert refused.returncode == REFUSED and b"real office" in refused.stderr
    store = open_store(data)
    try:
        with store.db.session() as s:
            assert s.query(Letter).count() == 0 and s.query(TrustItem).count() == 0
        with pytest.raises(DemoRefused):
            generate_demo(store, 3)
    finally:
        store.close()
    assert not (data / "demo-ca").exists()


def test_demo_without_a_folder_uses_its_own_and_is_marked(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    env = {"XDG_DATA_HOME": str(tmp_path / "data-home"), "EOFFICE_DATA_DIR": str(tmp_path / "real")}
    made = _eoffice("demo", "--letters", "3", "--attachments", "0", env=env)
    assert made.returncode == 0, made.stderr
    assert not (tmp_path / "real").exists()
    folder = tmp_path / "data-home" / "eOffice Demo"
    store = open_store(folder)
    try:
        assert store.is_demo()
        from eoffice_desktop.core.people.accounts import viewer_of
        from eoffice_desktop.ui.main_window import MainWindow
        from eoffice_desktop.ui.resources import install_translation

        actor = store.admin_actor()
        with store.db.session() as s:
            viewer = viewer_of(s, actor.user_id)
        install_translation(qapp, "lo")
        window = MainWindow(store, actor, viewer, "admin")
        assert "ຫ້ອງການຕົວຢ່າງ" in window.windowTitle()
        window.close()
        install_translation(qapp, "en")
    finally:
        store.close()


def test_a_mistyped_folder_is_not_made_into_an_office(tmp_path: Path) -> None:
    for words in (["search", "ປະຊຸມ"], ["users", "list"], ["export"], ["numbering", "list"], ["diagnostics"]):
        done = _eoffice(words[0], "--data-dir", str(tmp_path / "typo"), *words[1:])
        assert done.returncode == NOT_FOUND, (words, done.stderr)
        assert done.stderr.startswith(b"eoffice: There is no office in "), done.stderr
    assert not (tmp_path / "typo").exists()


def test_a_refused_setup_leaves_nothing_behind(tmp_path: Path) -> None:
    data, secret = tmp_path / "office", tmp_path / "pw.txt"
    secret.write_text("a long secret", encoding="utf-8")
    bad = ["setup", "--data-dir", str(data), "--code", "ກຕ/ສ", "--name-lo", "ກະຊວງ", "--admin", "it"]
    assert main([*bad, "--admin-name", "ທ່ານ ໄອທີ", "--password-file", str(secret)]) == REFUSED
    assert not data.exists()


@pytest.mark.skipif(sys.platform == "win32", reason="a pseudo-terminal is a POSIX thing")
def test_setup_at_a_terminal_asks_each_value_and_never_shows_the_password(tmp_path: Path) -> None:
    import pty
    import select
    import time

    data = tmp_path / "office"
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "eoffice_desktop", "setup", "--data-dir", str(data)],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        start_new_session=True,
    )
    os.close(slave)
    answers = iter(["ກຕສ", "ກະຊວງ ທົດລອງ", "", "it", "ທ່ານ ໄອທີ", "typed-secret-1", "typed-secret-1"])
    shown = b""
    deadline = time.monotonic() + 120  # a bound on a stuck process only, not a measurement
    while proc.poll() is None and time.monotonic() < deadline:
        if select.select([master], [], [], 0.5)[0]:
            try:
                chunk = os.read(master, 4096)
            except OSError:
                break
            shown += chunk
            if chunk.rstrip().endswith(b":"):
                os.write(master, (next(answers) + "\n").encode())
    os.close(master)
    assert proc.wait(timeout=60) == 0, shown.decode(errors="replace")
    text = shown.decode(errors="replace")
    assert "Office name in Lao" in text and "Office ກຕສ is set up" in text
    assert "typed-secret-1" not in text  # typed without echo
    store = open_store(data)
    try:
        assert authenticate(store, "it", "typed-secret-1", LoginThrottle(), sleep=False).has("admin")
    finally:
        store.close()


def test_users_get_the_signer_role_a_department_and_a_title_from_the_command_line(
    tmp_path: Path, capsys, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from eoffice_desktop.core.people.accounts import create_department
    from eoffice_desktop.core.storage.models import User

    data, secret = tmp_path / "office", tmp_path / "pw.txt"
    secret.write_text("a long secret", encoding="utf-8")
    assert main([*_setup_args(data), "--admin-name", "ທ່ານ ໄອທີ", "--password-file", str(secret)]) == 0
    store = open_store(data)
    create_department(store, store.admin_actor(), "ພະແນກ ບໍລິຫານ")
    store.close()
    monkeypatch.setenv("EOFFICE_PASSWORD", "noy-password")
    where = ["--data-dir", str(data)]
    assert main(["users", "add", "noy", "--name", "ນາງ ນ້ອຍ", "--roles", "signer", *where]) == 0
    assert main(["users", "set", "noy", "--roles", "official,signer", "--department", "ພະແນກ ບໍລິຫານ", *where]) == 0
    assert main(["users", "set", "noy", "--title", "ຮອງຫົວໜ້າ", *where]) == 0
    capsys.readouterr()
    assert main(["users", "list", *where]) == 0
    assert "noy\tນາງ ນ້ອຍ\tofficial,signer\tພະແນກ ບໍລິຫານ\tຮອງຫົວໜ້າ" in capsys.readouterr().out
    assert main(["users", "set", "noy", "--disable", *where]) == 0
    store = open_store(data)
    try:
        with store.db.session() as s:
            assert not s.query(User).filter_by(username="noy").one().active
    finally:
        store.close()
