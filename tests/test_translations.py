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
    for (_context, source), message in _messages(TS).items():
        translation = message.findtext("translation") or ""
        for part in (
            "{count}",
            "{number}",
            "{error}",
            "{name}",
            "{user}",
            "{seconds}",
            "{version}",
            "{folder}",
            "{page}",
            "{pages}",
            "{field}",
            "{old}",
            "{new}",
            "{detail}",
            "{files}",
            "{bad}",
            "{code}",
            "{date}",
        ):
            assert (part in source) == (part in translation), (source, translation)
