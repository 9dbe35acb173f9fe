"""The server is its own installable part: it runs where Qt cannot be imported, imports nothing of the desktop app, and
its dependencies name no Qt; the desktop's core and the shared code import neither sync side's internals."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Run in a fresh interpreter: Qt cannot be imported there at all (as on a server where PySide6 is not installed).
WITHOUT_QT = """
import json, sys

class NoQt:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6"):
            raise ImportError(f"{name} is not installed on this server")
        return None

sys.meta_path.insert(0, NoQt())
from pathlib import Path
from starlette.testclient import TestClient
from sync.server.app import create_app
from sync.server.cli import main
from sync.server.database import ServerDatabase

data = Path(sys.argv[1])
assert main(["--data-dir", str(data), "migrate"]) == 0
assert main(["--data-dir", str(data), "admin", "add-office", "--code", "T1", "--name-lo", "ທົດສອບ"]) == 0
database = ServerDatabase(f"sqlite:///{data / 'server.sqlite'}")
with TestClient(create_app(database, data / "blobs", data)) as client:
    hello = client.get("/v1/hello", headers={"X-EOffice-Protocol": "1"})
desktop = ("PySide6", "shiboken6", "eoffice_desktop", "sync.client")
loaded = sorted(m for m in sys.modules if m.startswith(desktop))
print(json.dumps({"status": hello.status_code, "protocol": hello.json().get("protocol"), "loaded": loaded}))
"""


def test_the_server_migrates_and_answers_where_qt_cannot_be_imported(tmp_path: Path):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    run = subprocess.run(
        [sys.executable, "-c", WITHOUT_QT, str(tmp_path / "server")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert result == {"status": 200, "protocol": 1, "loaded": []}


def _imports(folder: Path) -> dict[str, set[str]]:
    """Every module each file of `folder` imports (also inside functions), by file."""
    found: dict[str, set[str]] = {}
    for path in sorted(folder.rglob("*.py")):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names.add(node.module)
        found[str(path.relative_to(ROOT))] = names
    return found


def _offending(folder: str, forbidden: tuple[str, ...]) -> list[str]:
    return [
        f"{path} imports {name}"
        for path, names in _imports(ROOT / folder).items()
        for name in sorted(names)
        if any(name == f or name.startswith(f + ".") for f in forbidden)
    ]


def test_imports_flow_one_way():
    assert _offending("sync/server", ("eoffice_desktop", "PySide6", "sync.client")) == []
    assert (
        _offending("sync/protocol", ("eoffice_desktop", "eoffice_shared", "PySide6", "sync.client", "sync.server"))
        == []
    )
    assert _offending("eoffice_shared", ("eoffice_desktop", "PySide6", "sync")) == []
    # The core is below sync's client: USB bundles and online sync use the core, never the other way round. (It
    # may ask the bare PySide6 package its version for a diagnostics file, never load a Qt module.)
    qt_modules = [f"PySide6.{name}" for name in ("QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtPdf")]
    assert _offending("eoffice_desktop/core", (*qt_modules, "sync.client", "sync.server", "eoffice_desktop.ui")) == []


def _hidden_cycles() -> set[tuple[str, str]]:
    """(a, b): module a imports b inside a function while b imports a when it loads (directly or through others):
    a cycle the imports at the top of a do not show."""
    top: dict[str, set[str]] = {}
    inner: dict[str, set[str]] = {}
    for package in ("eoffice_desktop", "eoffice_shared", "sync"):
        for path in (ROOT / package).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            name = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
            tree = ast.parse(path.read_text(encoding="utf-8"))
            top[name] = {
                f"{n.module}.{a.name}" for n in tree.body if isinstance(n, ast.ImportFrom) and n.module for a in n.names
            }
            top[name] |= {n.module for n in tree.body if isinstance(n, ast.ImportFrom) and n.module}
            top[name] |= {a.name for n in tree.body if isinstance(n, ast.Import) for a in n.names}
            inner[name] = {
                n.module
                for f in ast.walk(tree)
                if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)
                for n in ast.walk(f)
                if isinstance(n, ast.ImportFrom) and n.module and not n.level
            }

    def loads(name: str) -> set[str]:
        seen: set[str] = set()
        todo = [name]
        while todo:
            for found in top.get(todo.pop(), set()) & top.keys():
                if found not in seen:
                    seen.add(found)
                    todo.append(found)
        return seen

    return {(a, b) for a, names in inner.items() for b in names & top.keys() if a == b or a in loads(b)}


def test_no_hidden_import_cycles():
    found = _hidden_cycles()
    assert ("eoffice_desktop.core.signing.fold", "eoffice_desktop.core.projections") not in found
    assert [cycle for cycle in found if not cycle[0].startswith("eoffice_desktop.")] == []  # sync/, eoffice_shared/


def test_installing_the_server_installs_no_qt():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    server = project["dependencies"] + project["optional-dependencies"]["server"]
    assert not [name for name in server if name.lower().startswith(("pyside6", "shiboken6"))]
    assert any(name.startswith("PySide6") for name in project["optional-dependencies"]["desktop"])
