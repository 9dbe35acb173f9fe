"""Reading the directory's first version (and later additions) and the holiday calendar from CSV files: every row is
checked before anything is written, and one bad row changes nothing (docs/directory.md gives the columns)."""

from __future__ import annotations

import csv
import io
import secrets
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.server.admin import now
from sync.server.bulk import insert_rows
from sync.server.directory import KINDS, DirectoryError, next_version, set_holidays
from sync.server.models import FeedHead, OfficeHistory, ServerOffice

OFFICE_COLUMNS = ("code", "name_lo", "name_en", "kind", "province", "parent")
HOLIDAY_COLUMNS = ("day", "name_lo", "name_en")
MAX_PROBLEMS = 10


@dataclass(frozen=True)
class OfficeRow:
    line: int
    code: str
    name_lo: str
    name_en: str
    kind: str
    province: str
    parent: str


def _rows(path: Path, columns: tuple[str, ...], required: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    try:
        text = path.read_text(encoding="utf-8-sig")  # a spreadsheet's "UTF-8 CSV" starts with a byte-order mark
    except OSError as exc:
        raise DirectoryError(f"The file {path} cannot be read ({exc.strerror or exc}).") from None
    except UnicodeDecodeError:
        raise DirectoryError(f"{path.name} is not UTF-8 text: save it as 'CSV UTF-8' and try again.") from None
    reader = csv.DictReader(io.StringIO(text))
    header = [name.strip().lower() for name in reader.fieldnames or []]
    missing = [name for name in required if name not in header]
    if missing:
        raise DirectoryError(
            f"{path.name} lacks the column(s) {', '.join(missing)}; the first line must name: {', '.join(columns)}."
        )
    reader.fieldnames = header
    rows = []
    for number, raw in enumerate(reader, start=2):
        row = {name: (raw.get(name) or "").strip() for name in columns}
        if any(row.values()):
            rows.append((number, row))
    if not rows:
        raise DirectoryError(f"{path.name} has no rows.")
    return rows


def _fail(problems: list[str], path: Path) -> None:
    if problems:
        more = f"\n  ... and {len(problems) - MAX_PROBLEMS} more" if len(problems) > MAX_PROBLEMS else ""
        raise DirectoryError(
            f"{path.name} was not imported; nothing was changed:\n  " + "\n  ".join(problems[:MAX_PROBLEMS]) + more
        )


def _parent_order(rows: list[OfficeRow], problems: list[str]) -> list[OfficeRow]:
    """Rows with their parents first; a loop of parents within the file is a problem."""
    by_code = {row.code: row for row in rows}
    placed: dict[str, bool] = {}
    ordered: list[OfficeRow] = []
    for start in rows:
        path: list[OfficeRow] = []
        row: OfficeRow | None = start
        while row is not None and row.code not in placed:
            if row in path:
                loop = path[path.index(row) :]
                codes = " → ".join(r.code for r in [*loop, row])
                problems.append(f"line {row.line}: the parent offices make a loop ({codes}).")
                for looped in loop:
                    placed[looped.code] = False
                break
            path.append(row)
            row = by_code.get(row.parent)
        for row in reversed(path):
            if row.code not in placed:
                placed[row.code] = True
                ordered.append(row)
    return ordered


def check_offices(session: Session, path: Path) -> list[OfficeRow]:
    """The file's offices, parents before their offices; DirectoryError naming each bad line otherwise."""
    problems: list[str] = []
    rows: list[OfficeRow] = []
    seen: dict[str, int] = {}
    existing = {code: kind for code, kind in session.execute(select(ServerOffice.code, ServerOffice.kind))}
    for line, raw in _rows(path, OFFICE_COLUMNS, ("code", "name_lo", "kind")):
        row = OfficeRow(
            line,
            raw["code"],
            raw["name_lo"],
            raw["name_en"],
            raw["kind"].lower() or "other",
            raw["province"],
            raw["parent"],
        )
        if not row.code or not row.name_lo:
            problems.append(f"line {line}: an office needs a code and a Lao name.")
            continue
        if len(row.code) > 32 or len(row.name_lo) > 300 or len(row.name_en) > 300:
            problems.append(f"line {line}: the code is longer than 32 characters, or a name longer than 300.")
        if row.kind not in KINDS:
            problems.append(f"line {line}: unknown kind '{row.kind}' (use one of {', '.join(KINDS)}).")
        if row.code in seen:
            problems.append(f"line {line}: the code {row.code} is already used on line {seen[row.code]}.")
            continue
        if row.code in existing:
            problems.append(f"line {line}: the code {row.code} is already in the directory.")
            continue
        seen[row.code] = line
        rows.append(row)
    kinds = {**existing, **{row.code: row.kind for row in rows}}
    for row in rows:
        if row.parent and row.parent not in kinds:
            problems.append(f"line {row.line}: unknown parent office '{row.parent}'.")
        if row.parent == row.code:
            problems.append(f"line {row.line}: {row.code} cannot be its own parent.")
        if row.province and kinds.get(row.province) != "province":
            problems.append(f"line {row.line}: unknown province '{row.province}' (give a province office's code).")
    # Province offices (and what they lie under) first: the others name them as their province.
    inside = sorted((row for row in rows if row.parent != row.code), key=lambda row: row.kind != "province")
    ordered = _parent_order(inside, problems)
    _fail(problems, path)
    return ordered


def import_offices(session: Session, path: Path) -> int:
    """Add the file's offices, all at one new directory version (PCs fetch them in one sync), in one statement per
    table: a national directory of 3,000 offices is read in seconds."""
    ordered = check_offices(session, path)
    version, at = next_version(session), now()
    ids: dict[str, str] = {}
    provinces: dict[str, str] = {}
    for code, office_id, province in session.execute(select(ServerOffice.code, ServerOffice.id, ServerOffice.province)):
        ids[code], provinces[office_id] = office_id, province
    offices, heads, history = [], [], []
    for row in ordered:
        office_id = ids[row.code] = "off_" + secrets.token_hex(8)
        parent_id = ids[row.parent] if row.parent else None
        if row.province:
            province = ids[row.province]
        elif row.kind == "province":
            province = office_id
        else:
            province = provinces.get(parent_id or "", "")
        provinces[office_id] = province
        names = {"code": row.code, "name_lo": row.name_lo, "name_en": row.name_en, "parent_id": parent_id}
        offices.append(
            {"id": office_id, **names, "province": province, "kind": row.kind, "status": "active", "version": version}
        )
        heads.append({"office_id": office_id, "pos": 0})
        history.append({"office_id": office_id, "at": at, "action": "added", **names, "status": "active", "note": ""})
    insert_rows(session, ServerOffice, offices)
    insert_rows(session, FeedHead, heads)
    insert_rows(session, OfficeHistory, history)
    return len(ordered)


def import_holidays(session: Session, path: Path) -> int:
    """Add or rename the file's public holidays (day as YYYY-MM-DD); returns how many changed."""
    problems: list[str] = []
    days: list[tuple[date, str, str]] = []
    seen: dict[date, int] = {}
    for line, raw in _rows(path, HOLIDAY_COLUMNS, ("day", "name_lo")):
        try:
            day = date.fromisoformat(raw["day"])
        except ValueError:
            problems.append(f"line {line}: '{raw['day']}' is not a date written as YYYY-MM-DD.")
            continue
        if not raw["name_lo"]:
            problems.append(f"line {line}: the holiday needs a Lao name.")
        if day in seen:
            problems.append(f"line {line}: {day.isoformat()} is already given on line {seen[day]}.")
            continue
        seen[day] = line
        days.append((day, raw["name_lo"], raw["name_en"]))
    _fail(problems, path)
    return set_holidays(session, days)
