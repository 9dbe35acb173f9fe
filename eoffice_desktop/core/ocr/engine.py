"""Running Tesseract (the `tesseract` program, Lao and English models) on one page image at low priority.

The program is found through EOFFICE_TESSERACT, a copy bundled beside the application, or the PATH.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from eoffice_desktop.core.ocr import lines, prepare
from eoffice_shared.refusals import Refusal

if TYPE_CHECKING:
    from PIL.Image import Image

LANGUAGES = "lao+eng"
# The version of how pages are read (models, preparation, second readings). Raise it when a change reads better: a PC
# takes text another PC read (through sync) only from a reader not older than its own, else it reads the page itself.
READER_VERSION = 1
TIMEOUT_SECONDS = 600  # a page that takes longer is a broken image, not a slow PC


class OcrUnavailable(Refusal, RuntimeError):
    """Tesseract or its Lao/English models are not installed on this PC."""


@dataclass(frozen=True)
class PageText:
    text: str
    confidence: float  # mean word confidence, 0-100; -1 when the text came from the file's own text layer
    other: str = ""  # the reading not chosen (recognise reads a page two ways), for search only


def _bundled() -> list[Path]:
    base = Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    name = "tesseract.exe" if sys.platform == "win32" else "tesseract"
    return [base / "tesseract" / name, Path(sys.executable).parent / "tesseract" / name]


def tesseract_program() -> Path | None:
    given = os.environ.get("EOFFICE_TESSERACT")
    if given:
        return Path(given) if Path(given).is_file() else None
    for candidate in _bundled():
        if candidate.is_file():
            return candidate
    found = shutil.which("tesseract")
    return Path(found) if found else None


def _environment(program: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["OMP_THREAD_LIMIT"] = "1"  # one core: the clerk keeps the other
    data = program.parent / "tessdata"
    if data.is_dir() and "TESSDATA_PREFIX" not in env:
        env["TESSDATA_PREFIX"] = str(data)
    return env


def _low_priority() -> None:
    os.nice(19)


def _run(args: list[str], program: Path) -> subprocess.CompletedProcess[bytes]:
    if sys.platform == "win32":
        flags = subprocess.IDLE_PRIORITY_CLASS | subprocess.CREATE_NO_WINDOW  # type: ignore[attr-defined]
        return subprocess.run(
            args, capture_output=True, env=_environment(program), timeout=TIMEOUT_SECONDS, creationflags=flags
        )
    return subprocess.run(
        args, capture_output=True, env=_environment(program), timeout=TIMEOUT_SECONDS, preexec_fn=_low_priority
    )


def installed_languages() -> set[str]:
    program = tesseract_program()
    if program is None:
        return set()
    done = _run([str(program), "--list-langs"], program)
    lines = done.stdout.decode("utf-8", "replace").splitlines()
    return {line.strip() for line in lines[1:] if line.strip()}


def check_available() -> None:
    """Raise OcrUnavailable with a sentence saying what is missing."""
    if tesseract_program() is None:
        raise OcrUnavailable(
            "The text reader (Tesseract) is not installed on this PC. Ask IT staff to install it.", code="ocr_missing"
        )
    missing = {"lao", "eng"} - installed_languages()
    if missing:
        raise OcrUnavailable(
            "The text reader has no {models} model. Ask IT staff to install it.",
            code="ocr_model_missing",
            models=" and ".join(sorted(missing)),
        )


def _read(program: Path, source: Path, out: Path, languages: str, psm: int) -> str:
    """Tesseract's TSV for `source` (an image, or a text file listing images: one TSV page each)."""
    done = _run([str(program), str(source), str(out), "-l", languages, "--psm", str(psm), "tsv"], program)
    if done.returncode != 0:
        problem = done.stderr.decode("utf-8", "replace").strip().splitlines()
        if any("Failed loading language" in line for line in problem):  # not this file's fault: keep it waiting
            raise OcrUnavailable(
                "The text reader has no Lao or English model. Ask IT staff to install it.", code="ocr_no_model"
            )
        raise ValueError(problem[-1] if problem else "the text reader could not read this page")
    return out.with_suffix(".tsv").read_text(encoding="utf-8", errors="replace")


def _second_readings(
    program: Path, scratch: Path, image: Image, guesses: list[lines.Guess]
) -> list[tuple[str, float] | None]:
    """Each doubtful Latin run read again by the Lao model alone, as one line, all in one Tesseract process."""
    names = []
    for n, guess in enumerate(guesses):
        path = scratch / f"guess{n}.png"
        path.write_bytes(prepare.cut_out(image, guess.box))
        names.append(str(path))
    listing = scratch / "guesses.txt"
    listing.write_text("\n".join(names) + "\n", encoding="utf-8")
    found = lines.parse(_read(program, listing, scratch / "second", "lao", 7))
    readings: list[tuple[str, float] | None] = [None] * len(guesses)
    for page in range(len(guesses)):
        words = [w for line in found if line.paragraph[0] == page + 1 for w in line.words]
        if words:
            readings[page] = (" ".join(w.text for w in words), sum(w.confidence for w in words) / len(words))
    return readings


def recognise(image: bytes, suffix: str = ".png", languages: str = LANGUAGES) -> PageText:
    """The text of one page image (PNG, JPEG, TIFF, PGM...), read by Tesseract in a low-priority process.

    The page is read twice, as it is (grey, about 200 dpi) and with its strokes strengthened (`prepare`), and the
    reading with more text read confidently is shown: thin loopless glyphs read far better strengthened, looped ones
    (Phetsarath) worse. The other reading is returned too (`other`), for search: each reads some words right that
    the other misreads. Lao words of that reading that came out as doubtful Latin letters are then read again with the
    Lao model alone (`lines`). A multi-page TIFF, or an image Pillow cannot open, is read once as it is.
    """
    program = tesseract_program()
    if program is None:
        raise OcrUnavailable(
            "The text reader (Tesseract) is not installed on this PC. Ask IT staff to install it.", code="ocr_missing"
        )
    grey = None if suffix in (".tif", ".tiff") else prepare.open_grey(image)
    with tempfile.TemporaryDirectory(prefix="eoffice-ocr-") as tmp:
        scratch = Path(tmp)
        if grey is None:
            source = scratch / f"page{suffix}"
            source.write_bytes(image)
            found = lines.parse(_read(program, source, scratch / "out", languages, 3))
            return PageText(text=lines.text_of(found), confidence=lines.confidence(found))
        plain = prepare.scaled(grey)
        readings: list[tuple[Image, list[lines.Line]]] = []
        for n, version in enumerate((plain, prepare.strengthened(plain))):
            source = scratch / f"page{n}.pgm"
            source.write_bytes(prepare.pgm(version))
            readings.append((version, lines.parse(_read(program, source, scratch / f"out{n}", languages, 3))))
        readings.sort(key=lambda r: lines.weight(r[1]), reverse=True)
        (chosen, found), (_, other) = readings
        guesses = lines.latin_guesses(found) if "lao" in languages.split("+") else []
        if guesses:
            found = lines.replace(found, guesses, _second_readings(program, scratch, chosen, guesses))
    return PageText(text=lines.text_of(found), confidence=lines.confidence(found), other=lines.text_of(other))
