"""Help > Diagnostics: a zip for support with versions, settings without secrets, recent logs, crash reports and the
check report. Never keys, passwords, tokens or letter contents."""

from __future__ import annotations

import json
import platform
import sqlite3
import sys
import zipfile
from datetime import datetime
from pathlib import Path

from eoffice_desktop import __version__
from eoffice_desktop.core.checks.check import check_data_dir
from eoffice_desktop.core.storage.datadir import DataDir
from eoffice_desktop.core.support.crashes import all_report_files
from eoffice_desktop.core.support.scrub import scrub

CRASH_REPORTS = 10  # the newest
SECRET_WORDS = ("password", "passphrase", "token", "secret", "key", "credential", "code")


def _is_secret(name: str) -> bool:
    lowered = name.lower()
    return any(word in lowered for word in SECRET_WORDS)


def safe_settings(database: Path) -> dict[str, str]:
    conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT key, value FROM settings").fetchall()
    finally:
        conn.close()
    return {key: ("(hidden)" if _is_secret(key) else value) for key, value in rows}


def _counts(database: Path) -> dict[str, int]:
    conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: int(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in tables}
    finally:
        conn.close()


def write_diagnostics(data_dir: DataDir, log_dir: Path, target: Path) -> Path:
    info = {
        "app_version": __version__,
        "python": sys.version,
        "platform": platform.platform(),
        "sqlite": sqlite3.sqlite_version,
        "frozen": bool(getattr(sys, "frozen", False)),
        "created": datetime.now().isoformat(timespec="seconds"),
        "data_dir": str(data_dir.root),
    }
    try:
        import PySide6

        info["pyside6"] = PySide6.__version__
    except ImportError:
        pass
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("versions.json", json.dumps(info, indent=1))
        if data_dir.database.exists():
            archive.writestr(
                "settings.json", json.dumps(safe_settings(data_dir.database), indent=1, ensure_ascii=False)
            )
            archive.writestr("table_counts.json", json.dumps(_counts(data_dir.database), indent=1))
            archive.writestr("check.txt", check_data_dir(data_dir.root).text())
        for log in sorted(log_dir.glob("eoffice.log*"))[:3]:
            archive.writestr(f"logs/{log.name}", scrub(log.read_text(encoding="utf-8", errors="replace")))
        for report in all_report_files(log_dir)[:CRASH_REPORTS]:  # shown at a start or not yet
            archive.writestr(f"crashes/{report.name}", scrub(report.read_text(encoding="utf-8", errors="replace")))
    return target
