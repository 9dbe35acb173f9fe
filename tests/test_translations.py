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


def _core_refusals() -> dict[str, str]:
    """Every literal message the core raises (those starting with a capital are meant for users)."""
    import ast

    found = {}
    for path in sorted((ROOT / "eoffice_desktop" / "core").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args:
                arg = node.exc.args[0]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and arg.value[:1].isupper():
                    found.setdefault(arg.value, f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def test_core_refusals_and_qt_buttons_reach_the_user_in_lao(qapp):
    from eoffice_desktop.core.routing import RoutingRefused
    from eoffice_desktop.ui import core_messages
    from eoffice_desktop.ui.resources import install_translation

    assert install_translation(qapp, "lo")

    missing = {m: where for m, where in _core_refusals().items() if m not in core_messages.MESSAGES}
    assert not missing, f"add these to eoffice_desktop/ui/core_messages.py: {missing}"
    translated = core_messages.text(RoutingRefused("This letter is void."))
    assert translated != "This letter is void." and "ໜັງສື" in translated
    assert core_messages.text(ValueError("something with a value 42")) == "something with a value 42"
    from PySide6.QtWidgets import QDialogButtonBox

    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "ຍົກເລີກ"  # Qt's own words too
    install_translation(qapp, "en")
