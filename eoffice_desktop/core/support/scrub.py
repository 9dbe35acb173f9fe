"""Hiding secrets a library may have written into a log line or a crash report."""

from __future__ import annotations

import re

_SECRETISH = re.compile(r"(?i)(password|passphrase|token|secret|bearer)\s*[=:]\s*\S+")


def scrub(text: str) -> str:
    """Remove anything that looks like `password=...` from log lines, in case a library logged one."""
    return _SECRETISH.sub(lambda m: m.group(1) + "=(hidden)", text)
