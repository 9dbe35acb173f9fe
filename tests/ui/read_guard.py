"""The window reads off the GUI thread: during the window tests the `Office` queries behind the register, my inbox,
"sent by me", the reminders, the sidebar's counts, the letter pane, a letter's dialogs (send on, complete, send on to
other offices), its printed papers, the registration form's choices, the overview and the users, delegation and
sharing dialogs, My signing key, the trusted authorities, signing a letter, enrolment, signing in, the lock and the
settings are wrapped, and one called on the GUI thread fails the test. They run on the reader pool (ui/ops.py
`Ops.query`, or `Ops.ask` / `wait_for` for a dialog that needs its answer first); the search runs on its own worker."""

from __future__ import annotations

import threading

from tests.ui.write_guard import ui_caller

# The queries guarded; this set only grows.
LIST_READS: tuple[str, ...] = (
    "register_page",
    "register_count",
    "register_years",
    "register_holds",
    "register_totals",
    "sidebar_counts",
    "my_letters",
    "reminders",
    # a letter: the pane, its dialogs, its papers
    "letter_pane",
    "route_choices",
    "answer_choices",
    "forward_targets",
    "slip",
    "history",
    "register_book",
    "scan_pages",
    # the registration form's choices
    "reply_choices",
    "correspondents",
    # the head of office's overview
    "overview",
    "letters_listed",
    # the users, delegation and sharing dialogs
    "people",
    "departments",
    "sharing_policy",
    # signing keys and trust: My signing key, the trusted authorities, what signing starts from
    "key_status",
    "issuers_of",
    "trust_overview",
    "signing_start",
    # enrolment: the server address stored from before
    "server_address",
    # signing in, the lock, and joining an office: the office's name, the password check, who signed in
    "office_names",
    "sign_in",
    "signed_in",
    "username",
    "administrators",
    # the search box's exact look-ups (a tracking code, a verification code) and a letter opened from anywhere
    "letter_for_code",
    "letter_of_signature",
    "letter_place",
    # the settings window (and its sync part)
    "settings",
    "reads_scans",
    "reply_days",
    "local_days_off",
)


def gui_thread_reader() -> str | None:
    """The UI module asking, when this read runs on the GUI thread (a test's own check through `Office` is not the
    window's doing: as for writes, tests/ui/write_guard.py)."""
    if threading.current_thread() is not threading.main_thread():
        return None
    return ui_caller()
