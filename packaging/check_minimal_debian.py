"""Prove the Linux build needs no Python: run its self-test inside a minimal Debian made with debootstrap.

    sudo python packaging/check_minimal_debian.py [--root /var/tmp/eoffice-debian] [--dist dist/eoffice]

Needs root (debootstrap, chroot) and the network for the first run (about 2 minutes and 250 MB; the root folder is
kept and reused). Installs only the system libraries listed in packaging/linux/runtime-packages.txt (no Python), checks
that no Python is inside, copies the build in and runs `eoffice --self-test` with an empty environment.
Exit status: 0 passed, 1 self-test failed, 3 the minimal system could not be made (e.g. no network).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ROOT / "packaging" / "linux" / "runtime-packages.txt"
MIRROR = "http://deb.debian.org/debian"


def runtime_packages(headless: bool = True) -> list[str]:
    names = []
    for line in PACKAGES.read_text(encoding="utf-8").splitlines():
        if line.startswith("# X11") and headless:
            break
        if line.strip() and not line.startswith("#"):
            names.append(line.strip())
    return names


def _run(command: list[str], log: Path) -> bool:
    with open(log, "a", encoding="utf-8") as out:
        out.write("$ " + " ".join(command) + "\n")
        out.flush()
        return subprocess.run(command, stdout=out, stderr=subprocess.STDOUT, check=False).returncode == 0


def make_root(root: Path, log: Path) -> bool:
    """A minimal Debian 12 (debootstrap's minbase) plus the runtime libraries; reused when already made."""
    done = root / ".eoffice-runtime-ready"
    if done.exists():
        return True
    if shutil.which("debootstrap") is None:
        print("debootstrap is not installed (apt-get install debootstrap)", file=sys.stderr)
        return False
    if not (root / "usr" / "bin" / "apt-get").exists():
        root.mkdir(parents=True, exist_ok=True)
        if not _run(["debootstrap", "--variant=minbase", "bookworm", str(root), MIRROR], log):
            return False
    shutil.copy("/etc/resolv.conf", root / "etc" / "resolv.conf")
    env = ["env", "DEBIAN_FRONTEND=noninteractive"]
    if not _run(
        ["chroot", str(root), *env, "apt-get", "install", "-y", "-q", "--no-install-recommends", *runtime_packages()],
        log,
    ):
        return False
    done.touch()
    return True


def pythons_inside(root: Path) -> list[str]:
    found = []
    for folder in ("usr/bin", "usr/local/bin", "bin"):
        path = root / folder
        if path.is_dir():
            found += [f"/{folder}/{p.name}" for p in path.iterdir() if p.name.startswith("python")]
    return found


def self_test(root: Path, dist: Path) -> subprocess.CompletedProcess[str]:
    target = root / "opt" / "eoffice"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(dist, target, symlinks=True)
    proc = root / "proc"
    mounted = subprocess.run(["mount", "-t", "proc", "proc", str(proc)], check=False).returncode == 0
    try:
        return subprocess.run(
            [
                "chroot",
                str(root),
                "/usr/bin/env",
                "-i",
                "HOME=/tmp",
                "LANG=C.UTF-8",
                "QT_QPA_PLATFORM=offscreen",
                "/opt/eoffice/eoffice",
                "--self-test",
            ],
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
    finally:
        if mounted:
            subprocess.run(["umount", str(proc)], check=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--root", type=Path, default=Path("/var/tmp/eoffice-debian"), help="where the minimal Debian is kept"
    )
    parser.add_argument("--dist", type=Path, default=ROOT / "dist" / "eoffice", help="the one-folder build")
    args = parser.parse_args(argv)
    if os.geteuid() != 0:
        print("run as root: debootstrap and chroot need it", file=sys.stderr)
        return 3
    if not (args.dist / "eoffice").exists():
        print(f"no build in {args.dist}: run python packaging/build.py first", file=sys.stderr)
        return 3
    log = args.root.with_suffix(".log")
    if not make_root(args.root, log):
        print(f"the minimal Debian could not be made; see {log}", file=sys.stderr)
        return 3
    pythons = pythons_inside(args.root)
    if pythons:
        print(f"the minimal system has Python ({', '.join(pythons)}): the check would prove nothing", file=sys.stderr)
        return 1
    result = self_test(args.root, args.dist)
    print(result.stdout, end="")
    print(result.stderr, end="", file=sys.stderr)
    print(f"minimal Debian without Python: self-test {'passed' if result.returncode == 0 else 'FAILED'}")
    return 0 if result.returncode == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
