"""The lists of the main window read off the GUI thread: during the window tests the `Office` queries behind the
register, my inbox, "sent by me", the reminders and the sidebar's counts are wrapped, and one called on the GUI thread
fails the test. They run on the reader pool (ui/ops.py `Ops.query`); the search runs on its own worker."""

from __future__ import annotations

import threading

# The queries of the lists. Others (a letter's details for a dialog, the office's name) may still run on the GUI
# thread; this set only grows.
LIST_READS: tuple[str, ...] = (
    "register_page",
    "register_count",
    "register_years",
    "register_totals",
    "sidebar_counts",
    "my_letters",
    "reminders",
)


def on_the_gui_thread() -> bool:
    return threading.current_thread() is threading.main_thread()
