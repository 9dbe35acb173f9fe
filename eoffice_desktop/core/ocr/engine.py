"""Running Tesseract (the `tesseract` program, Lao and English models) on one page image at low priority.

The program is found through EOFFICE_TESSERACT, a copy bundled beside the application, or the PATH.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from eoffice_shared.refusals import Refusal

LANGUAGES = "lao+eng"
TIMEOUT_SECONDS = 600  # a page that takes longer is a broken image, not a slow PC


class OcrUnavailable(Refusal, RuntimeError):
    """Tesseract or its Lao/English models are not installed on this PC."""


@dataclass(frozen=True)
class PageText:
    text: str
    confidence: float  # mean word confidence, 0-100; -1 when the text came from the file's own text layer


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


def _confidence(tsv: str) -> float:
    scores = []
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        try:
            conf = float(row.get("conf") or -1)
        except ValueError:
            continue
        if conf >= 0 and (row.get("text") or "").strip():
            scores.append(conf)
    return round(sum(scores) / len(scores), 1) if scores else 0.0


def recognise(image: bytes, suffix: str = ".png", languages: str = LANGUAGES) -> PageText:
    """The text of one page image (PNG, JPEG, TIFF, PGM...), read by Tesseract in a low-priority process."""
    program = tesseract_program()
    if program is None:
        raise OcrUnavailable(
            "The text reader (Tesseract) is not installed on this PC. Ask IT staff to install it.", code="ocr_missing"
        )
    with tempfile.TemporaryDirectory(prefix="eoffice-ocr-") as scratch:
        source = Path(scratch) / f"page{suffix}"
        source.write_bytes(image)
        out = Path(scratch) / "out"
        done = _run([str(program), str(source), str(out), "-l", languages, "--psm", "3", "txt", "tsv"], program)
        if done.returncode != 0:
            problem = done.stderr.decode("utf-8", "replace").strip().splitlines()
            if any("Failed loading language" in line for line in problem):  # not this file's fault: keep it waiting
                raise OcrUnavailable(
                    "The text reader has no Lao or English model. Ask IT staff to install it.", code="ocr_no_model"
                )
            raise ValueError(problem[-1] if problem else "the text reader could not read this page")
        text = out.with_suffix(".txt").read_text(encoding="utf-8", errors="replace")
        tsv = out.with_suffix(".tsv").read_text(encoding="utf-8", errors="replace")
    return PageText(text=text.replace("\f", "").strip(), confidence=_confidence(tsv))
