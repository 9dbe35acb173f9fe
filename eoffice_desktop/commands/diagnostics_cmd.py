"""`eoffice diagnostics`: the support zip (versions, settings without secrets, logs, check report)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from eoffice_desktop.core.storage.datadir import DataDir
from eoffice_desktop.core.support.diagnostics import write_diagnostics
from eoffice_desktop.core.support.logs import default_log_dir
from eoffice_shared.exits import output_path


def _run(args: argparse.Namespace, data_dir_of: Callable[[argparse.Namespace], Path]) -> int:
    root = data_dir_of(args)
    target = output_path(args.output or f"eoffice-diagnostics-{datetime.now():%Y%m%d-%H%M}.zip")
    write_diagnostics(DataDir(root), Path(args.log_dir) if args.log_dir else default_log_dir(), target)
    print(f"Diagnostics written to {target}. It holds no letters, passwords or keys.")
    return 0


def register(
    sub: argparse._SubParsersAction,
    add_data_dir: Callable[..., None],  # type: ignore[type-arg]
    data_dir_of: Callable[[argparse.Namespace], Path],
) -> None:
    diag = sub.add_parser("diagnostics", help="save a zip for support (no letters, passwords or keys)")
    add_data_dir(diag)
    diag.add_argument("-o", "--output", help="zip file to write")
    diag.add_argument("--log-dir", help="log folder (default: the platform's log folder)")
    diag.set_defaults(func=lambda args: _run(args, data_dir_of))
