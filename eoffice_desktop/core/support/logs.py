"""The app's log files: rotated, in the platform's log folder, holding ids and outcomes - never letter contents,
passwords or keys."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

import platformdirs

from eoffice_desktop.core.storage.datadir import APP_NAME

LOG_FILE = "eoffice.log"


def default_log_dir() -> Path:
    """$EOFFICE_LOG_DIR, else the platform's log folder (Windows: %LOCALAPPDATA%\\eOffice\\Logs; Linux:
    ~/.local/state/eOffice/log). Crash reports are in its `crashes/` folder (core/support/crashes.py)."""
    env = os.environ.get("EOFFICE_LOG_DIR", "").strip()
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def setup_logging(log_dir: Path | None = None, level: int = logging.INFO) -> Path:
    """Log to `eoffice.log` (1 MB x 5 files) and keep going if the folder cannot be written."""
    folder = log_dir or default_log_dir()
    root = logging.getLogger()
    root.setLevel(level)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            folder / LOG_FILE, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.handlers = [h for h in root.handlers if not getattr(h, "_eoffice", False)]
    handler._eoffice = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    return folder
