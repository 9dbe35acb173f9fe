"""The demo office's copy of the national directory: the sample offices and holidays shipped in
`resources/directory/`, taken in as if a server had sent them, so the letter form offers real Lao offices."""

from __future__ import annotations

import csv
import sys
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from eoffice_desktop.core.addresses.directory import apply_directory, forget_directory_version

FOLDER = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[3])) / "resources" / "directory"


def _rows(name: str) -> list[dict[str, str]]:
    with (FOLDER / name).open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def demo_directory_answer() -> dict[str, Any]:
    """The sample files in the shape of the server's `GET /v1/directory` answer (every office, not enrolled)."""
    rows = _rows("offices-sample.csv")
    ids = {row["code"]: f"off_demo_{index:04d}" for index, row in enumerate(rows)}
    by_code = {row["code"]: row for row in rows}

    def province_of(row: dict[str, str]) -> str:
        seen: set[str] = set()
        while True:
            if row["kind"] == "province":
                return ids[row["code"]]
            if row.get("province"):
                return ids.get(row["province"], "")
            parent = by_code.get(row.get("parent", ""))
            if parent is None or parent["code"] in seen:
                return ""
            seen.add(parent["code"])
            row = parent

    offices: list[dict[str, Any]] = [
        {
            "id": ids[row["code"]],
            "code": row["code"],
            "name_lo": row["name_lo"],
            "name_en": row.get("name_en", ""),
            "kind": row.get("kind") or "other",
            "province": province_of(row),
            "parent_id": ids.get(row.get("parent", "")),
            "status": "active",
            "merged_into": None,
            "event_office_id": None,
            "former": [],
        }
        for row in rows
    ]
    holidays = [{"day": h["day"], "name_lo": h["name_lo"], "name_en": h["name_en"]} for h in _rows("holidays-2026.csv")]
    return {"version": 1, "full": True, "offices": offices, "holidays": holidays}


def load_demo_directory(session: Session) -> int:
    """Fill the demo office's directory; its version stays 0, so a server, if this PC ever enrols, sends all of its
    own directory at the first sync."""
    update = apply_directory(session, demo_directory_answer())
    forget_directory_version(session)
    return update.offices
