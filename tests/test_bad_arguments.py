"""Every `eoffice` and `eoffice-server` command against each kind of bad argument: a mistyped or missing data folder,
a file where a folder belongs, a missing or damaged input file, an output folder that is not there, a wrong date,
number, user or value. Each must end with one sentence and a code from the shared table - never a traceback - and
create nothing."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from eoffice_desktop.cli import main as eoffice
from eoffice_desktop.core.office import open_store
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_shared.exits import BUSY, FILES, NOT_FOUND, REENROL, REFUSED, RETRY, TABLE, USAGE
from sync.server.cli import main as eoffice_server

CODES = {code for code, _ in TABLE}


class Places:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.office = root / "office"
        self.missing = root / "typo-office"
        self.a_file = root / "notes.txt"
        self.garbage = root / "garbage.bin"
        self.gone = root / "no-such-file.csv"
        self.no_drive = root / "E-drive-not-plugged" / "out.file"
        self.empty_dir = root / "empty-folder"
        self.server = root / "server"


@pytest.fixture(scope="module")
def places(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Places]:
    p = Places(tmp_path_factory.mktemp("bad-arguments"))
    p.a_file.write_text("not a folder\n", encoding="utf-8")
    p.garbage.write_bytes(bytes(range(256)) * 8)
    p.empty_dir.mkdir()
    os.environ["EOFFICE_PASSWORD"] = "admin-pass-1"
    try:
        setup = ["setup", "--data-dir", str(p.office), "--code", "ກຕສ", "--name-lo", "ກະຊວງ", "--admin", "admin"]
        assert eoffice([*setup, "--admin-name", "ທ່ານ ໄອທີ"]) == 0
        store = open_store(p.office)
        form = LetterForm(direction="in", register_date=date.today(), sender_name="ກະຊວງ ການເງິນ", subject="ທົດລອງ")
        register_letter(store, store.admin_actor(), form)
        store.close()
        assert eoffice_server(["--data-dir", str(p.server), "migrate"]) == 0
    finally:
        del os.environ["EOFFICE_PASSWORD"]
    yield p


def _run(entry, argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    try:
        code = entry(argv)
    except SystemExit as exc:  # argparse's own refusals (missing or unknown option): code 2, one usage line
        code = exc.code if isinstance(exc.code, int) else USAGE
    out = capsys.readouterr()
    return code, out.out + out.err


OFFICE_COMMANDS = [
    ["search", "ປະຊຸມ"],
    ["users", "list"],
    ["users", "add", "noy", "--name", "ນາງ ນ້ອຍ", "--roles", "clerk"],
    ["users", "set", "admin", "--title", "x"],
    ["users", "reset-password", "admin"],
    ["export"],
    ["numbering", "list"],
    ["numbering", "block", "--direction", "in", "--first", "1", "--last", "9"],
    ["diagnostics"],
    ["reindex"],
    ["sync"],
    ["bundle", "export"],
    ["backup"],
    ["import", "{garbage}"],
    ["keys", "show", "--user", "admin"],
    ["verify", "--list"],
    ["package", "0001/ກຕສ", "-o", "{root}/p.zip"],
    ["print-signed", "0001/ກຕສ", "-o", "{root}/p.pdf"],
    ["ca", "trust", "{garbage}"],
]


def _words(words: list[str], p: Places) -> list[str]:
    return [w.format(root=p.root, garbage=p.garbage, gone=p.gone, no_drive=p.no_drive) for w in words]


@pytest.fixture(autouse=True)
def no_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """As a scheduled task or a script runs them: nobody at a terminal to type a password."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    monkeypatch.delenv("EOFFICE_PASSWORD", raising=False)


@pytest.mark.parametrize("words", OFFICE_COMMANDS, ids=lambda w: " ".join(w[:2]))
def test_a_mistyped_or_file_data_folder(places: Places, words: list[str], capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("EOFFICE_PASSWORD", "long enough")
    command = _words(words, places)
    code, said = _run(eoffice, [*command, "--data-dir", str(places.missing)], capsys)
    assert code == NOT_FOUND and said.startswith("eoffice: There is no office in "), said
    assert not places.missing.exists()
    code, said = _run(eoffice, [*command, "--data-dir", str(places.a_file)], capsys)
    assert code == USAGE and "is a file, not a folder" in said, said


OFFICE = "{office}"
CASES: list[tuple[list[str], set[int], str]] = [
    (["export", "--from", "2026-02-30"], {USAGE}, "--from 2026-02-30 is not a date"),
    (["export", "--to", "yesterday"], {USAGE}, "--to yesterday"),
    (["export", "-o", "{no_drive}"], {NOT_FOUND}, "is the drive plugged in"),
    (["export", "-o", "{root}"], {USAGE}, "is a folder"),
    (["bundle", "export", "-o", "{no_drive}"], {NOT_FOUND}, "is the drive plugged in"),
    (["bundle", "import", "{gone}"], {NOT_FOUND}, "There is no bundle file"),
    (["bundle", "import", "{garbage}"], {REFUSED}, ""),
    (["package", "9999/XX", "-o", "{root}/p.zip"], {NOT_FOUND}, "No letter has the registry number 9999/XX"),
    (["print-signed", "9999/XX", "-o", "{root}/p.pdf"], {NOT_FOUND}, "No letter has the registry number 9999/XX"),
    (["verify", "--letter", "9999/XX"], {NOT_FOUND}, "No letter has the registry number 9999/XX"),
    (["package", "0001/ກຕສ", "-o", "{no_drive}"], {NOT_FOUND}, "is the drive plugged in"),
    (["verify", "{gone}"], {NOT_FOUND}, ""),
    (["verify", "{garbage}"], {REFUSED, USAGE}, ""),
    (["verify", "--code", "nonsense"], {USAGE}, ""),
    (["verify"], {USAGE}, "give a package FILE"),
    (["search", "x", "--limit", "0"], {USAGE}, "--limit"),
    (["search", "x", "--from", "2026-13-01"], {USAGE}, ""),
    (["search", "x", "--as-user", "nobody"], {USAGE}, "nobody"),
    (["import", "{gone}"], {REFUSED, NOT_FOUND}, ""),
    (["import", "{garbage}"], {REFUSED}, ""),
    (["import", "{garbage}", "--mapping", "{gone}"], {REFUSED, NOT_FOUND}, ""),
    (["users", "add", "noy", "--name", "ນາງ ນ້ອຍ", "--roles", "clerk"], {USAGE}, "--password-file"),
    (["users", "add", "noy", "--name", "ນ", "--roles", "boss", "--password-file", "{gone}"], {NOT_FOUND}, ""),
    (["users", "set", "nobody", "--title", "x"], {NOT_FOUND}, "There is no user nobody"),
    (["users", "set", "admin"], {USAGE}, "Nothing to change"),
    (["users", "set", "admin", "--roles", "boss"], {REFUSED}, "Choose roles among"),
    (["users", "set", "admin", "--department", "nowhere"], {NOT_FOUND}, "There is no department"),
    (["users", "reset-password", "admin"], {USAGE}, "--password-file"),
    (["keys", "install", "--user", "admin", "{garbage}"], {USAGE}, "is not a certificate"),
    (["keys", "install", "--user", "admin", "{garbage}", "--passphrase-file", "{gone}"], {USAGE, NOT_FOUND}, ""),
    (["keys", "show", "--user", "nobody"], {REFUSED, NOT_FOUND}, "nobody"),
    (["numbering", "block", "--direction", "in", "--first", "9", "--last", "1"], {REFUSED, USAGE}, ""),
    (["backup", "--to", "{no_drive}"], {NOT_FOUND}, "is the drive plugged in"),
    (["diagnostics", "-o", "{no_drive}"], {NOT_FOUND}, "is the drive plugged in"),
    (["restore", "{gone}", "--yes"], {NOT_FOUND}, "There is no backup folder"),
    (["restore", "{root}/empty-folder", "--yes"], {REFUSED}, "not a complete eOffice backup"),
    (["setup"], {REFUSED}, "already holds an office"),
    (["demo", "--letters", "2"], {REFUSED}, "real office"),
    (["demo", "--letters", "-1"], {USAGE}, "--letters"),
    (["sync"], {REFUSED, RETRY, REENROL}, ""),
    (["ca", "trust", "{garbage}"], {REFUSED, USAGE}, ""),
    (["ca", "trust", "{gone}"], {NOT_FOUND}, ""),
]


@pytest.mark.parametrize(
    ("words", "codes", "words_said"), CASES, ids=lambda v: " ".join(v) if isinstance(v, list) else ""
)
def test_each_bad_argument_gets_one_sentence(places: Places, words, codes, words_said, capsys) -> None:  # type: ignore[no-untyped-def]
    command = [*_words(words, places), "--data-dir", str(places.office)]
    code, said = _run(eoffice, command, capsys)
    assert code in codes and code in CODES, (code, said)
    assert "Traceback" not in said and said.strip(), said
    assert words_said in said, said
    assert not places.no_drive.parent.exists()


OUTSIDE_AN_OFFICE: list[tuple[list[str], set[int], str]] = [
    (["ca", "init", "--ca-dir", "{root}/ca", "--name", "X"], {USAGE}, "--passphrase-file"),
    (["ca", "issue", "--ca-dir", "{gone}", "-o", "{root}/c.pem", "{garbage}"], {NOT_FOUND, REFUSED, USAGE}, ""),
    (["enrol", "--server", "http://127.0.0.1:9", "--code", "X", "--data-dir", "{root}/new-pc"], {RETRY}, ""),
    (["ca", "revoke", "--ca-dir", "{root}", "zz"], {USAGE, REFUSED}, ""),
    (["ca", "list", "--ca-dir", "{gone}"], {REFUSED}, "There is no CA"),
    (["gui", "--data-dir", "{garbage}"], {USAGE}, "is a file, not a folder"),
    (["check", "--data-dir", "{garbage}"], {USAGE}, "is a file, not a folder"),
    (["demo", "--data-dir", "{garbage}"], {USAGE}, "is a file, not a folder"),
    (["setup", "--data-dir", "{garbage}"], {USAGE}, "is a file, not a folder"),
    (["restore", "{root}", "--data-dir", "{garbage}"], {USAGE}, "is a file, not a folder"),
    (["setup", "--data-dir", "{root}/fresh"], {USAGE}, "--code"),
]


@pytest.mark.parametrize(
    ("words", "codes", "words_said"), OUTSIDE_AN_OFFICE, ids=lambda v: " ".join(v[:2]) if isinstance(v, list) else ""
)
def test_commands_outside_an_office(places: Places, words, codes, words_said, capsys) -> None:  # type: ignore[no-untyped-def]
    code, said = _run(eoffice, _words(words, places), capsys)
    assert code in codes, (code, said)
    assert "Traceback" not in said and said.strip() and words_said in said, said
    assert not (places.root / "fresh").exists()


SERVER_CASES: list[tuple[list[str], set[int], str]] = [
    (["admin", "offices", "--data-dir", "{root}/no-server"], {NOT_FOUND}, "There is no server database"),
    (["--data-dir", "{garbage}", "migrate"], {USAGE}, "is a file, not a folder"),
    (["migrate", "--database", "postgresql+psycopg://x:y@127.0.0.1:9/db"], {RETRY}, "cannot be reached"),
    (["migrate", "--database", "sqlite:///{root}/no-folder/server.sqlite"], {NOT_FOUND}, "does not exist"),
    (["migrate", "--database", "not a url"], {USAGE}, "not a database address"),
    (["import-bundle", "{gone}", "--data-dir", "{server}"], {NOT_FOUND}, "There is no bundle file"),
    (["import-bundle", "{garbage}", "--data-dir", "{server}"], {REFUSED}, "Nothing was stored"),
    (["import-bundle", "{garbage}", "-o", "{no_drive}", "--data-dir", "{server}"], {NOT_FOUND}, ""),
    (["admin", "enrol-code", "--office", "NOPE", "--data-dir", "{server}"], {REFUSED}, ""),
    (["admin", "revoke", "dev_nope", "--data-dir", "{server}"], {REFUSED}, ""),
    (["admin", "revoke-certificate", "abc", "--data-dir", "{server}"], {REFUSED}, ""),
    (["serve", "--data-dir", "{server}", "--tls-cert", "{gone}", "--tls-key", "{gone}"], {USAGE}, "does not exist"),
    (["admin", "nonsense"], {USAGE}, ""),
    (["serve", "--data-dir", "{server}", "--port", "99999"], {USAGE}, "--port"),
    (["serve", "--data-dir", "{server}", "--workers", "0"], {USAGE}, "--workers"),
    (["admin", "enrol-code", "--office", "X", "--hours", "-5", "--data-dir", "{server}"], {USAGE}, "--hours"),
    (["admin", "console-user", "list", "--data-dir", "{root}/no-server"], {NOT_FOUND}, "There is no server database"),
    (["admin", "console-user", "add", "x", "--data-dir", "{server}"], {REFUSED}, "EOFFICE_CONSOLE_PASSWORD"),
    (["admin", "console-user", "unlock", "nobody", "--data-dir", "{server}"], {REFUSED}, "no console user"),
    (["admin", "console-user", "add", "x", "--role", "boss", "--data-dir", "{server}"], {USAGE}, ""),
]


@pytest.mark.parametrize(
    ("words", "codes", "words_said"), SERVER_CASES, ids=lambda v: " ".join(v[:2]) if isinstance(v, list) else ""
)
def test_server_commands(places: Places, words, codes, words_said, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(places.root)  # where ./eoffice-server-data would appear
    argv = [
        w.format(
            root=places.root, garbage=places.garbage, gone=places.gone, no_drive=places.no_drive, server=places.server
        )
        for w in words
    ]
    code, said = _run(eoffice_server, argv, capsys)
    assert code in codes and code in CODES, (code, said)
    assert "Traceback" not in said and said.strip() and words_said in said, said
    assert not (places.root / "eoffice-server-data").exists() and not (places.root / "no-server").exists()


def test_no_server_folder_appears_without_data_dir(places: Places, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(places.root)
    monkeypatch.delenv("EOFFICE_SERVER_DB", raising=False)
    for words in (["admin", "offices"], ["admin", "devices"], ["new-epoch"], ["admin", "certificates"]):
        code, said = _run(eoffice_server, words, capsys)
        assert code == NOT_FOUND and "There is no server database" in said, said
    assert not (places.root / "eoffice-server-data").exists()


def test_the_table_is_documented() -> None:
    text = (Path(__file__).resolve().parent.parent / "docs" / "commands.md").read_text(encoding="utf-8")
    for code, _meaning in TABLE:
        assert f"| {code} |" in text, code
    assert {BUSY, FILES} <= CODES


def test_restore_checks_the_backup_before_it_offers_to_replace(places: Places, capsys) -> None:  # type: ignore[no-untyped-def]
    target = places.root / "usb"
    target.mkdir()
    assert eoffice(["backup", "--data-dir", str(places.office), "--to", str(target)]) == 0
    [snapshot] = [p for p in target.iterdir() if p.name.startswith("eoffice-")]
    database = snapshot / "eoffice.sqlite"
    database.chmod(0o644)
    database.write_bytes(database.read_bytes()[:-100] + b"x" * 100)
    capsys.readouterr()
    code, said = _run(eoffice, ["restore", str(snapshot), "--yes", "--data-dir", str(places.office)], capsys)
    assert code == REFUSED and "damaged" in said and "This replaces" not in said, said


def test_search_limit_says_how_many_matched(places: Places, capsys) -> None:  # type: ignore[no-untyped-def]
    store = open_store(places.office)
    for subject in ("ປະຊຸມ ສອງ", "ປະຊຸມ ສາມ"):
        form = LetterForm(direction="in", register_date=date.today(), sender_name="ກະຊວງ", subject=subject)
        register_letter(store, store.admin_actor(), form)
    store.close()
    code, said = _run(eoffice, ["search", "ປະຊຸມ", "--limit", "1", "--data-dir", str(places.office)], capsys)
    assert code == 0 and "2 letters found; the first 1 are shown" in said, said
    code, said = _run(eoffice, ["search", "ປະຊຸມ ສາມ", "--data-dir", str(places.office)], capsys)
    assert code == 0 and "1 letter found." in said, said
