"""The Lao translation is complete: every string in the GUI's source has a finished Lao translation."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "translations" / "eoffice_lo.ts"


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(path)
    found = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def test_every_gui_string_has_a_finished_lao_translation(tmp_path: Path):
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)
    sources = sorted(str(p) for p in (ROOT / "eoffice_desktop" / "ui").glob("*.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh), "-no-obsolete"], check=True, capture_output=True)
    messages = _messages(fresh)
    assert len(messages) > 200
    unfinished = [
        key
        for key, m in messages.items()
        if (m.find("translation").get("type") == "unfinished" or not (m.findtext("translation") or ""))
    ]
    assert not unfinished, f"strings without a Lao translation: {unfinished[:10]}"


def test_placeholders_survive_translation():
    import re

    for (_context, source), message in _messages(TS).items():
        translation = message.findtext("translation") or ""
        wanted, found = sorted(re.findall(r"\{[a-z_]+\}", source)), sorted(re.findall(r"\{[a-z_]+\}", translation))
        assert wanted == found, (source, translation)


def test_every_refusal_code_of_the_core_has_its_words_in_the_gui() -> None:
    """The GUI words a refusal from its code: every code the core raises has a sentence in ui/core_messages.py with
    its {values} (it may leave out the system's English reason, which goes to the log, never add one); the sync
    client's own codes are worded by ui/sync_words.py or that table."""
    from eoffice_desktop.ui import core_messages
    from eoffice_desktop.ui.sync_words import error_message
    from eoffice_shared.refusals import Refusal
    from sync.client.errors import SyncError
    from tests.core.refusal_scan import placeholders, raised

    missing, differ, sync_unworded = {}, {}, {}
    for r in raised():
        if r.code is None or r.code == "form_invalid" or not issubclass(r.kind, Refusal):
            continue  # per-service and server codes are checked in tests/core/test_rights.py and tests/ui/
        if issubclass(r.kind, SyncError):
            if r.code != "not_found":  # the client waits for a scan the server does not have yet: never shown
                words = error_message(r.kind("English words", r.code, **dict.fromkeys(r.params, "42")))
                if "English words" in words:
                    sync_unworded[r.code] = r.where
            continue
        sentence = core_messages.SENTENCES.get(r.code)
        if sentence is None:
            missing[r.code] = r.where
        elif r.english is not None and not (
            placeholders(sentence) <= placeholders(r.english) <= placeholders(sentence) | {"reason"}
        ):
            differ[r.code] = (sentence, r.english)
    assert not missing, f"add these codes to eoffice_desktop/ui/core_messages.py: {missing}"
    assert not differ, f"the GUI's sentence has {{values}} the core's has not: {differ}"
    assert not sync_unworded, f"the sync words show the English of these codes: {sync_unworded}"


def test_every_field_error_code_of_the_core_has_its_words_in_the_gui(qapp) -> None:
    """A refused form is worded field by field from each FieldError's code (ui/labels.error)."""
    import ast

    from eoffice_desktop.ui import labels

    codes = {}
    for path in sorted((ROOT / "eoffice_desktop" / "core").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") in ("FieldError", "err"):
                code = node.args[1] if len(node.args) > 2 else None
                if isinstance(code, ast.Constant) and isinstance(code.value, str):
                    codes.setdefault(code.value, f"{path.relative_to(ROOT)}:{node.lineno}")
    assert {"required", "taken", "self", "before_start"} <= set(codes)
    unworded = {code: where for code, where in codes.items() if labels.error(code, "English words") == "English words"}
    assert not unworded, f"add these codes to labels.error: {unworded}"


def test_core_refusals_and_qt_buttons_reach_the_user_in_lao(qapp):
    from eoffice_desktop.core.people.accounts import AccountError
    from eoffice_desktop.core.routing.actions import RoutingRefused
    from eoffice_desktop.ui import core_messages
    from eoffice_desktop.ui.resources import install_translation

    assert install_translation(qapp, "lo")
    translated = core_messages.text(RoutingRefused("This letter is void.", code="letter_void"))
    assert translated != "This letter is void." and "ໜັງສື" in translated
    taken = AccountError("The user name {username} is already taken.", code="username_taken", username="somchai")
    assert core_messages.text(taken) == "ຊື່ຜູ້ໃຊ້ somchai ມີຄົນໃຊ້ແລ້ວ."
    # The English of an unknown code, or of an error that is not a refusal, is shown as it is.
    assert core_messages.text(RoutingRefused("Words {n} of a newer core.", code="new_code", n=7)) == (
        "Words 7 of a newer core."
    )
    assert core_messages.text(ValueError("something with a value 42")) == "something with a value 42"
    from PySide6.QtWidgets import QDialogButtonBox

    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "ຍົກເລີກ"  # Qt's own words too
    install_translation(qapp, "en")
