"""Every refusal the core, the shared code and the sync client raise, read from the source: where, its code, its
English and the names of its values. The tests check them (tests/core/test_refusals.py) and that the GUI words each
code (tests/test_translations.py)."""

from __future__ import annotations

import ast
import builtins
import importlib
import string
from dataclasses import dataclass
from pathlib import Path

from eoffice_shared.refusals import Refusal

ROOT = Path(__file__).resolve().parent.parent.parent
SOURCES = ("eoffice_desktop/core", "eoffice_shared", "sync/client")
PLAIN = (ValueError, PermissionError, RuntimeError)  # what the core used to raise with an English sentence


@dataclass(frozen=True)
class Raised:
    where: str
    kind: type[BaseException]
    code: str | None  # None: the code is computed where it is raised (the server's, or per service)
    english: str | None  # None: the sentence is not a constant (form errors, the server's words)
    params: frozenset[str]
    f_string: bool


def _module(path: Path) -> object:
    name = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
    return importlib.import_module(name)


def _constant(node: ast.expr | None, module: object) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name) and isinstance(getattr(module, node.id, None), str):
        return str(getattr(module, node.id))
    return None


def raised() -> list[Raised]:
    found = []
    for folder in SOURCES:
        for path in sorted((ROOT / folder).rglob("*.py")):
            module = _module(path)
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
                    continue
                call = node.exc
                if not isinstance(call.func, ast.Name):
                    continue
                kind = getattr(module, call.func.id, None) or getattr(builtins, call.func.id, None)
                if not isinstance(kind, type) or not issubclass(kind, BaseException):
                    continue
                first = call.args[0] if call.args else None
                english = _constant(first, module)
                f_string = isinstance(first, ast.JoinedStr)
                if not issubclass(kind, Refusal):
                    said = english or (ast.unparse(first) if f_string and first is not None else "")
                    if issubclass(kind, PLAIN) and said.lstrip("f'\"")[:1].isupper():
                        found.append(Raised(_where(path, node), kind, None, english, frozenset(), f_string))
                    continue
                keywords = {k.arg: k.value for k in call.keywords if k.arg}
                code_node = keywords.pop("code", call.args[1] if len(call.args) > 1 else None)
                code = _constant(code_node, module) if code_node is not None else kind.code
                if english is None and kind.english and not f_string:
                    english = kind.english  # the class words it (DiskFull(), TooManyTries(seconds) ...)
                    keywords = dict.fromkeys(placeholders(english), first)
                found.append(Raised(_where(path, node), kind, code, english, frozenset(keywords), f_string))
    return found


def _where(path: Path, node: ast.AST) -> str:
    return f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', 0)}"


def placeholders(sentence: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(sentence) if name}


def sentences() -> dict[str, str]:
    """Each code with constant English, and its English (the test of the core checks there is one per code)."""
    return {r.code: r.english for r in raised() if r.code and r.english and issubclass(r.kind, Refusal)}
