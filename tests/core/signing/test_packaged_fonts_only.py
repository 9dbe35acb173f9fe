"""The printed signed letter (`eoffice print-signed`) and the routing slip (the window's *Print routing slip*) made on a
PC that has no font of its own: both programs run with an empty fontconfig, so only the fonts packaged with the app
exist. Poppler, also without any system font, lists only the packaged fonts, embedded; gives back the Lao written;
and renders the pages (`pdftoppm`), which are kept as PNG to be looked at."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.signing.tables import Signature
from tests.core.signing.conftest import Pki
from tests.core.signing.test_printed_letter import _signed_letter, letter_pdf, store_number

ROOT = Path(__file__).resolve().parents[3]

SLIP = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from eoffice_desktop.ui.resources import install_fonts, set_app_font
print("families:", install_fonts())
set_app_font(app)
from eoffice_desktop.core.storage.models import Letter
from eoffice_desktop.core.office import open_store
from eoffice_desktop.core.routing.timeline import timeline
from eoffice_desktop.core.service.printouts import printed_signatures
from eoffice_desktop.ui.printing import print_document, routing_slip
store = open_store(Path(sys.argv[1]))
with store.db.session() as s:
    letter = s.get(Letter, sys.argv[2])
    document = routing_slip(letter, store.office(), timeline(s, letter.id), printed_signatures(s, letter.id))
    assert print_document(document, pdf=Path(sys.argv[3]))
store.close()
"""


def _bare_env(tmp_path: Path) -> dict[str, str]:
    """An environment in which fontconfig knows no font at all: a bare PC's, as far as fonts go."""
    config = tmp_path / "empty-fonts.conf"
    config.write_text('<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig></fontconfig>')
    return {**os.environ, "FONTCONFIG_FILE": str(config), "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}


def _run(command: list[str], env: dict[str, str]) -> str:
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT, timeout=180)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def _fonts(pdf: Path, env: dict[str, str]) -> set[tuple[str, str, str]]:
    """(font name without its subset prefix, embedded, subset) of every font the PDF uses, but the test letter's own
    Helvetica (its text is not ours)."""
    found = set()
    for line in _run(["pdffonts", str(pdf)], env).splitlines()[2:]:
        fields = line.split()
        name = fields[0].split("+", 1)[-1]
        if name != "Helvetica":
            found.add((name, fields[-5], fields[-4]))
    return found


def _text(pdf: Path, env: dict[str, str]) -> str:
    return re.sub(r"\s+", " ", _run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], env))


def _in_order(wanted: str, text: str) -> bool:
    """Every character of `wanted` in `text`, in the same order (others may come between)."""
    rest = iter(text)
    return all(char in rest for char in wanted)


@pytest.mark.parametrize("what", ["printed letter", "routing slip"])
def test_made_and_read_with_only_the_packaged_fonts(
    store: OfficeStore, clerk: Actor, pki: Pki, tmp_path: Path, what: str
) -> None:
    letter_id = _signed_letter(store, clerk, pki, tmp_path, letter_pdf([(300, 0)]))
    with store.db.session() as s:
        number = store_number(s, letter_id)
        codes = list(s.scalars(select(Signature.code)))
    data_dir = str(store.data_dir.root)
    store.close()
    env = _bare_env(tmp_path)
    assert _run(["fc-list"], env).strip() == ""  # no system font at all
    out = tmp_path / f"{what.replace(' ', '-')}.pdf"
    if what == "printed letter":
        _run(
            [sys.executable, "-m", "eoffice_desktop", "print-signed", "--data-dir", data_dir, number, "-o", str(out)],
            env,
        )
    else:
        families = _run([sys.executable, "-c", SLIP, data_dir, letter_id, str(out)], env)
        assert "Noto Sans Lao" in families

    fonts = _fonts(out, env)
    assert fonts and all(name.startswith("NotoSans") for name, _, _ in fonts), fonts  # the packaged Noto fonts only
    assert all(embedded == "yes" for _, embedded, _ in fonts), fonts
    if what == "printed letter":  # Qt writes its subsets under the font's own name, which pdffonts reads as whole
        assert all(subset == "yes" for _, _, subset in fonts), fonts
    text = _text(out, env)
    if what == "routing slip":
        assert "ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ" in text and "ແຈ້ງການ ກອງປະຊຸມ" in text  # heading, subject
        # The names sit in a narrow cell, which Qt may break between syllables (ສີ / ສຸວັນ) while pdftotext reads the
        # next column in between: every letter and mark must come back, in order.
        for name in ("ນາງ ແກ້ວ ພົມມະຈັນ", "ທ່ານ ບຸນມີ ສີສຸວັນ", "ວິຊາການ", "ຫົວໜ້າກົມ"):
            assert _in_order(name.replace(" ", ""), text.replace(" ", "")), (name, text)
    else:
        for name in ("ນາງ ແກ້ວ ພົມມະຈັນ", "ທ່ານ ບຸນມີ ສີສຸວັນ", "ວິຊາການ", "ຫົວໜ້າກົມ", "ກວດສອບ"):
            assert name in text, (name, text)
    if what == "printed letter":  # the slip's narrow table breaks the codes over lines (they are in its QR code)
        assert all(code in text for code in codes), text
    picture = tmp_path / what.replace(" ", "-")
    _run(["pdftoppm", "-r", "60", "-png", "-singlefile", str(out), str(picture)], env)
    assert picture.with_suffix(".png").stat().st_size > 5000
