"""The checks the app runs by itself: the quick `eoffice check` at every start, the full one (a rebuild of the
registers from the log) once a week, and what the last one found, kept until the head of office has seen it.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

from eoffice_desktop.core.checks.check import CheckReport, check_data_dir
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.storage.settings import delete_setting, get_setting, set_setting

LAST_FULL = "check.last_full"  # when the last full check finished (ISO time)
FOUND = "check.problems"  # JSON {full, problems} of what a check found; absent when nothing is open
FULL_EVERY = timedelta(days=7)
SHOWN_PROBLEMS = 8


def full_check_due(store: OfficeStore, now: datetime | None = None) -> bool:
    now = now or datetime.now()
    with store.db.session() as s:
        last = get_setting(s, LAST_FULL)
    try:
        return not last or now - datetime.fromisoformat(last) >= FULL_EVERY
    except ValueError:
        return True


def run_check(store: OfficeStore, full: bool = False, now: datetime | None = None) -> CheckReport:
    """Check the office's data (read-only) and keep what was found for the head of office; a later clean check
    clears it. Runs off the GUI thread: the full check takes seconds on a large office (docs/performance.md)."""
    report = check_data_dir(store.data_dir.root, full=full)
    with store.db.write() as s:
        if not report.ok:
            found = {"full": full, "problems": report.problems[:SHOWN_PROBLEMS]}
            set_setting(s, FOUND, json.dumps(found, ensure_ascii=False))
        elif full or not _kept(get_setting(s, FOUND)).get("full"):  # a quick check cannot clear a full one's finding
            delete_setting(s, FOUND)
        if full:
            set_setting(s, LAST_FULL, (now or datetime.now()).isoformat(timespec="seconds"))
    return report


def problems_found(store: OfficeStore) -> list[str]:
    """What the last check found (empty when it found nothing)."""
    with store.db.session() as s:
        kept = _kept(get_setting(s, FOUND))
    return [str(p) for p in kept.get("problems", [])]


def _kept(text: str) -> dict[str, Any]:
    try:
        kept = json.loads(text) if text else {}
    except ValueError:
        return {}
    return kept if isinstance(kept, dict) else {}
