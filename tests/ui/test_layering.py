"""The screens reach the records only through the core's services (core/service, ui/ops.py): no module under
eoffice_desktop/ui/ imports SQLAlchemy or the table classes (core/storage/models.py, core/signing/tables.py,
core/journey/links.py)."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "eoffice_desktop" / "ui"
FORBIDDEN = (
    "sqlalchemy",
    "eoffice_desktop.core.storage.models",
    "eoffice_desktop.core.signing.tables",
    "eoffice_desktop.core.journey.links",
)

# Modules not yet moved onto core/service: the list only shrinks (each entry must still need to be here). Empty:
# every screen, the start (ui/app.py) and the printed papers (ui/printing.py) included, reads through core/service.
NOT_YET_CONVERTED: frozenset[str] = frozenset()


def imported_names(tree: ast.AST) -> set[str]:
    """Every module an import statement names, at any depth (imports inside functions count too)."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def reaches_tables(path: Path) -> list[str]:
    names = imported_names(ast.parse(path.read_text(encoding="utf-8")))
    return sorted(n for n in names if any(n == f or n.startswith(f + ".") for f in FORBIDDEN))


def offenders() -> dict[str, list[str]]:
    found = {}
    for path in sorted(UI.rglob("*.py")):
        bad = reaches_tables(path)
        if bad:
            found[path.relative_to(UI).as_posix()] = bad
    return found


def test_the_screens_do_not_import_sqlalchemy_or_the_tables() -> None:
    found = offenders()
    new = {name: bad for name, bad in found.items() if name not in NOT_YET_CONVERTED}
    assert not new, f"UI modules reaching the database directly (use core/service and ui/ops.py): {new}"


def test_the_list_of_modules_not_yet_converted_only_shrinks() -> None:
    done = sorted(NOT_YET_CONVERTED - set(offenders()))
    assert not done, f"these no longer import the database: take them off NOT_YET_CONVERTED: {done}"


def test_the_scan_sees_imports_inside_functions(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "def later():\n    from eoffice_desktop.core.storage import models\n    from sqlalchemy.orm import Session\n",
        encoding="utf-8",
    )
    assert reaches_tables(sample) == ["eoffice_desktop.core.storage.models", "sqlalchemy.orm", "sqlalchemy.orm.Session"]
