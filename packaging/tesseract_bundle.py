"""Copy a Windows Tesseract (UB Mannheim's build) and its Lao and English models into the packaged folder.

    python packaging/tesseract_bundle.py [SOURCE] [--dist dist/eoffice]

SOURCE is the folder the UB Mannheim installer made (default `C:\\Program Files\\Tesseract-OCR`). It takes
`tesseract.exe`, every DLL beside it and `tessdata/lao.traineddata`, `tessdata/eng.traineddata` (plus the licence
files), and writes them to `DIST/tesseract/`, where the app looks first (core/ocr/engine.py); Inno Setup then installs
that folder with the rest. `packaging/build.py --tesseract SOURCE` runs it after PyInstaller. See packaging/ocr.md.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = Path(r"C:\Program Files\Tesseract-OCR")
MODELS = ("lao.traineddata", "eng.traineddata")
LICENCES = ("LICENSE", "LICENSE.txt", "COPYING", "README.md")


class BundleError(Exception):
    """The source folder is not a usable Tesseract installation; the message says what is missing."""


def bundle(source: Path, dist: Path) -> list[Path]:
    """Copy the program, its DLLs, the two models and the licences; returns the files written."""
    program = source / "tesseract.exe"
    if not program.is_file():
        raise BundleError(f"{source} has no tesseract.exe: install UB Mannheim's Tesseract there first")
    missing = [m for m in MODELS if not (source / "tessdata" / m).is_file()]
    if missing:
        models = " or ".join(missing)
        raise BundleError(f"{source / 'tessdata'} has no {models}: choose Lao and English when installing")
    target = dist / "tesseract"
    if target.exists():
        shutil.rmtree(target)
    (target / "tessdata").mkdir(parents=True)
    wanted = [program, *sorted(source.glob("*.dll")), *(source / n for n in LICENCES if (source / n).is_file())]
    written = [Path(shutil.copy2(f, target / f.name)) for f in wanted]
    written += [Path(shutil.copy2(source / "tessdata" / m, target / "tessdata" / m)) for m in MODELS]
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source", nargs="?", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist" / "eoffice")
    args = parser.parse_args()
    try:
        written = bundle(args.source, args.dist)
    except BundleError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    size = sum(f.stat().st_size for f in written)
    print(f"tesseract: {len(written)} files, {size / 1e6:.0f} MB in {args.dist / 'tesseract'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
