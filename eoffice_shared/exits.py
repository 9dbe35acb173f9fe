"""The exit codes of every `eoffice` and `eoffice-server` command (one table, printed in docs/commands.md), and the
refusal a command raises to stop with one clear sentence and one of these codes."""

from __future__ import annotations

import errno
from pathlib import Path

OK = 0  # done
REFUSED = 1  # the command ran and the answer is no: problems found, not valid, rows or changes refused, not allowed
USAGE = 2  # a missing, wrong or malformed argument or option
RETRY = 3  # the server cannot be reached now (network, server down): nothing is lost, try again later
REENROL = 4  # the server refused this PC: IT staff enrol it again
NOT_FOUND = 5  # what the command names is not there: no office in the folder, no such letter, user, file or folder
BUSY = 6  # the data folder or database is in use or cannot be opened (another eOffice, newer version, damaged)
FILES = 7  # a file or folder could not be read or written (drive removed, no permission, disk full)
INTERRUPTED = 130  # stopped with Ctrl+C

TABLE = (
    (OK, "done"),
    (REFUSED, "the command ran and the answer is no (problems found, not valid, changes refused, not allowed)"),
    (USAGE, "a missing, wrong or malformed argument or option"),
    (RETRY, "the server cannot be reached now; nothing is lost, try again later"),
    (REENROL, "the server refused this PC; enrol it again"),
    (NOT_FOUND, "no office in the data folder, or no such letter, user, file or folder"),
    (BUSY, "the data folder or database is in use or cannot be opened"),
    (FILES, "a file or folder could not be read or written (drive removed, no permission, disk full)"),
    (INTERRUPTED, "stopped with Ctrl+C"),
)


class CommandFailed(Exception):
    """Stop the command: `message` is the one sentence the user reads, `code` the exit code from the table."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


def file_problem(exc: OSError) -> CommandFailed:
    """One sentence for a file system error, naming the file and what to do."""
    where = exc.filename if exc.filename is not None else "the file"
    if isinstance(exc, FileNotFoundError):
        return CommandFailed(
            f"{where} does not exist (is the drive plugged in?). Check the path and try again.", NOT_FOUND
        )
    if isinstance(exc, NotADirectoryError):
        return CommandFailed(f"A part of {where} is a file, not a folder. Check the path and try again.", NOT_FOUND)
    if isinstance(exc, IsADirectoryError):
        return CommandFailed(f"{where} is a folder; give a file name.", USAGE)
    if isinstance(exc, FileExistsError):
        return CommandFailed(f"{where} already exists as a file; give a folder or another name.", USAGE)
    if isinstance(exc, PermissionError):
        return CommandFailed(f"eOffice may not read or write {where}. Choose another place or ask IT staff.", FILES)
    if exc.errno == errno.ENOSPC:
        return CommandFailed(f"The disk is full while writing {where}. Free some space and try again.", FILES)
    return CommandFailed(f"{where} could not be read or written ({exc.strerror or exc}).", FILES)


def output_path(given: str, option: str = "-o") -> Path:
    """A file the command will write: its folder must exist (a USB drive not plugged in is said so, not created)."""
    path = Path(given).expanduser()
    if path.is_dir():
        raise CommandFailed(f"{option} {given} is a folder; give a file name inside it.", USAGE)
    if not path.parent.is_dir():
        raise CommandFailed(
            f"The folder {path.parent} does not exist (is the drive plugged in?). Give {option} in an existing folder.",
            NOT_FOUND,
        )
    return path
