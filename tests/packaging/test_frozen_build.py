"""Builds the packaged app with PyInstaller and runs its self-test with no Python on PATH and an empty
environment: proof that the bundle carries everything it needs (about a minute)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytest.importorskip("PyInstaller")


@pytest.mark.skipif(sys.platform == "win32", reason="the Windows build is checked on Windows")
@pytest.mark.timeout(2400)
def test_frozen_app_passes_its_self_test_without_python(tmp_path: Path):
    build = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py"), "--no-self-test"],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert build.returncode == 0, build.stdout + build.stderr
    exe = ROOT / "dist" / "eoffice" / "eoffice"
    env = {"PATH": "/nonexistent", "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    result = subprocess.run(
        [str(exe), "--self-test"], env=env, capture_output=True, text=True, timeout=300, cwd=tmp_path
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout


@pytest.mark.skipif(sys.platform != "linux" or os.geteuid() != 0, reason="debootstrap and chroot need Linux and root")
@pytest.mark.timeout(2400)
def test_frozen_app_runs_in_a_minimal_debian_without_python(tmp_path: Path):
    """The strongest proof: a Debian root with only the libraries of packaging/linux/runtime-packages.txt."""
    exe = ROOT / "dist" / "eoffice" / "eoffice"
    if not exe.exists():
        build = subprocess.run(
            [sys.executable, str(ROOT / "packaging" / "build.py"), "--no-self-test"], capture_output=True, timeout=900
        )
        assert build.returncode == 0
    check = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "check_minimal_debian.py"), "--root", "/var/tmp/eoffice-debian"],
        capture_output=True,
        text=True,
        timeout=1200,
    )
    if check.returncode == 3:
        pytest.skip(f"no minimal Debian could be made here: {check.stderr.strip()}")
    assert check.returncode == 0, check.stdout + check.stderr
    assert "minimal Debian without Python: self-test passed" in check.stdout
