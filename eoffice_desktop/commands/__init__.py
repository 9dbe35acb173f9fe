"""Extra `eoffice` subcommands, one module each; every module offers a `register(sub, add_data_dir, data_dir)`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from eoffice_desktop.commands import ca_cmd, keys_cmd, package_cmd, verify_cmd

REGISTRARS: list[Callable[..., Any]] = [
    keys_cmd.register,
    ca_cmd.register,
    verify_cmd.register,
    package_cmd.register,
]
