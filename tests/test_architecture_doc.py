"""docs/architecture.md shows which of the core's folders each folder imports, as the code is: this test computes it
from the imports (those inside functions too, not those for type checking only) and fails when the page differs.

After moving code: `python -m tests.test_architecture_doc --write` rewrites the table in the page."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORE = ROOT / "eoffice_desktop" / "core"
PAGE = ROOT / "docs" / "architecture.md"
START, END = "<!-- core-folder-imports:start -->", "<!-- core-folder-imports:end -->"


def _part(path: Path) -> str:
    """A folder of the core, or a module at its top (`office`, `projections` ...)."""
    first = path.relative_to(CORE).parts[0]
    return first.removesuffix(".py")


def _typing_only(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    while node in parents:
        node = parents[node]
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            return True
    return False


def folder_imports() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in sorted(CORE.rglob("*.py")):
        if path.parent == CORE and path.name == "__init__.py":
            continue
        part = _part(path)
        targets = found.setdefault(part, set())
        tree = ast.parse(path.read_text(encoding="utf-8"))
        parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        for node in ast.walk(tree):
            if not isinstance(node, ast.ImportFrom) or not node.module or _typing_only(node, parents):
                continue
            names = node.module.split(".")
            if names[:2] != ["eoffice_desktop", "core"]:
                continue
            # `from eoffice_desktop.core import projections` names a top module
            targets.update(names[2:3] or [alias.name for alias in node.names])
        targets.discard(part)
    return found


def table() -> str:
    rows = ["| folder or module | imports from the core |", "|---|---|"]
    for part, targets in sorted(folder_imports().items()):
        name = f"`{part}/`" if (CORE / part).is_dir() else f"`{part}.py`"
        rows.append(f"| {name} | {', '.join(sorted(targets)) or '(nothing of the core)'} |")
    return "\n".join(rows)


def _page_table(text: str) -> str:
    return text.split(START, 1)[1].split(END, 1)[0].strip()


def test_the_page_shows_the_imports_as_they_are() -> None:
    assert _page_table(PAGE.read_text(encoding="utf-8")) == table(), (
        "docs/architecture.md is out of date: run python -m tests.test_architecture_doc --write"
    )


if __name__ == "__main__":
    text = PAGE.read_text(encoding="utf-8")
    if "--write" in sys.argv:
        before, rest = text.split(START, 1)
        PAGE.write_text(f"{before}{START}\n{table()}\n{END}{rest.split(END, 1)[1]}", encoding="utf-8")
    else:
        print(table())
