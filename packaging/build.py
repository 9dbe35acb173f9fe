"""Build the one-folder app in dist/eoffice/ with PyInstaller, then run its self-test and report its size.

Usage: python packaging/build.py [--no-self-test] [--tesseract DIR]

On Windows, `--tesseract DIR` (UB Mannheim's Tesseract folder) also carries the text reader for scans
(packaging/tesseract_bundle.py, packaging/ocr.md).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist" / "eoffice"


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def compile_translations() -> None:
    ts_files = sorted((ROOT / "translations").glob("*.ts"))
    if not ts_files:
        return
    lrelease = Path(sys.executable).with_name("pyside6-lrelease" + (".exe" if os.name == "nt" else ""))
    for ts in ts_files:
        subprocess.run(
            [str(lrelease), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True, stdout=subprocess.DEVNULL
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--no-self-test", action="store_true")
    parser.add_argument("--tesseract", type=Path, help="Windows: the Tesseract folder to carry (packaging/ocr.md)")
    args = parser.parse_args()
    compile_translations()
    started = time.perf_counter()
    env = dict(os.environ, EOFFICE_ROOT=str(ROOT))
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(ROOT / "dist"),
            "--workpath",
            str(ROOT / "build" / "pyinstaller"),
            str(ROOT / "packaging" / "eoffice.spec"),
        ],
        check=True,
        env=env,
    )
    if args.tesseract is not None:
        from tesseract_bundle import bundle  # type: ignore[import-not-found]

        bundle(args.tesseract, DIST)
    print(f"build: {time.perf_counter() - started:.0f} s, {folder_size(DIST) / 1e6:.0f} MB in {DIST}")
    if args.no_self_test:
        return 0
    exe = DIST / ("eoffice.exe" if os.name == "nt" else "eoffice")
    # No Python on PATH and an empty environment: the build must carry everything it needs.
    clean_env = {"PATH": "/nonexistent", "HOME": str(ROOT / "build"), "QT_QPA_PLATFORM": "offscreen"}
    if os.name == "nt":
        clean_env = {"SYSTEMROOT": os.environ.get("SYSTEMROOT", r"C:\Windows"), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([str(exe), "--self-test"], env=clean_env)
    return result.returncode


if __name__ == "__main__":
    raise SystemExit(main())
