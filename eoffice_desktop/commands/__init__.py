"""Extra `eoffice` subcommands, one module each; every module offers a `register(sub, add_data_dir, data_dir)`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from eoffice_desktop.commands import (
    backup_cmd,
    ca_cmd,
    diagnostics_cmd,
    directory_cmd,
    import_cmd,
    keys_cmd,
    numbering_cmd,
    ocr_cmd,
    package_cmd,
    print_signed_cmd,
    restamp_cmd,
    search_cmd,
    setup_cmd,
    sync_cmd,
    users_cmd,
    verify_cmd,
)

REGISTRARS: list[Callable[..., Any]] = [
    setup_cmd.register,
    users_cmd.register,
    backup_cmd.register,
    diagnostics_cmd.register,
    import_cmd.register,
    numbering_cmd.register,
    search_cmd.register,
    sync_cmd.register,
    keys_cmd.register,
    ca_cmd.register,
    verify_cmd.register,
    package_cmd.register,
    print_signed_cmd.register,
    restamp_cmd.register,
    directory_cmd.register,
    ocr_cmd.register,
]
