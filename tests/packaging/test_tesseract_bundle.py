"""The Windows build carries UB Mannheim's Tesseract: the program, its DLLs and the Lao and English models are
copied into dist/eoffice/tesseract/, where the app looks first; a folder without them gets one clear sentence."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

from tesseract_bundle import BundleError, bundle  # noqa: E402


def installed(folder: Path, models: tuple[str, ...] = ("lao", "eng", "osd")) -> Path:
    """A folder laid out as the UB Mannheim installer lays it out."""
    (folder / "tessdata").mkdir(parents=True)
    (folder / "tesseract.exe").write_bytes(b"MZ program")
    for dll in ("libtesseract-5.dll", "libleptonica-6.dll", "zlib1.dll"):
        (folder / dll).write_bytes(b"MZ library")
    (folder / "unins000.exe").write_bytes(b"MZ uninstaller")
    (folder / "LICENSE").write_text("Apache License 2.0")
    for model in models:
        (folder / "tessdata" / f"{model}.traineddata").write_bytes(model.encode())
    return folder


def test_the_program_its_libraries_and_the_two_models_are_carried(tmp_path: Path):
    dist = tmp_path / "dist" / "eoffice"
    written = bundle(installed(tmp_path / "Tesseract-OCR"), dist)
    carried = sorted(str(p.relative_to(dist)).replace("\\", "/") for p in written)
    assert carried == [
        "tesseract/LICENSE",
        "tesseract/libleptonica-6.dll",
        "tesseract/libtesseract-5.dll",
        "tesseract/tessdata/eng.traineddata",
        "tesseract/tessdata/lao.traineddata",
        "tesseract/tesseract.exe",
        "tesseract/zlib1.dll",
    ]  # not the uninstaller, nor models the app does not use
    assert (dist / "tesseract" / "tessdata" / "lao.traineddata").read_bytes() == b"lao"


def test_a_folder_without_the_lao_model_is_refused_with_a_sentence(tmp_path: Path):
    with pytest.raises(BundleError, match="no lao.traineddata: choose Lao and English"):
        bundle(installed(tmp_path / "Tesseract-OCR", models=("eng",)), tmp_path / "dist")
    with pytest.raises(BundleError, match="no tesseract.exe"):
        bundle(tmp_path / "nowhere", tmp_path / "dist")
