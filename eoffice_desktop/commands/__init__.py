"""Extra `eoffice` subcommands, one module each; every module offers a `register(sub, add_data_dir, data_dir)`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from eoffice_desktop.commands import search_cmd

REGISTRARS: list[Callable[..., Any]] = [
    search_cmd.register,
]
