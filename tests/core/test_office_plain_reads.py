"""What the window asks of the office before its first rows, read with plain sqlite3 (core/office.py: the settings,
the office's name, the signed-in person, the first administrator), is what the sessions and models read: for every
person and setting of a demo office, a disabled account, and an office not set up yet."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from eoffice_desktop.core.demo.build import generate_demo
from eoffice_desktop.core.office import OfficeStore, open_store
from eoffice_desktop.core.people.roles import NotAllowed
from eoffice_desktop.core.people.viewer import viewer_of
from eoffice_desktop.core.storage.models import Setting, User
from eoffice_desktop.core.storage.settings import get_setting


def test_the_plain_reads_are_the_sessions_reads(tmp_path: Path) -> None:
    store = open_store(tmp_path / "office")
    try:
        assert not store.is_set_up() and not store.is_demo() and store.office_id == ""
        generate_demo(store, 20, attachment_share=0.0, seed=3)
        assert store.is_set_up() and store.is_demo()
        assert store.office_name() == store.office().name_lo
        with store.db.session() as s:
            users = list(s.scalars(select(User).order_by(User.username)))
            keys = list(s.scalars(select(Setting.key)))
            assert keys and all(store.setting(key) == get_setting(s, key) for key in keys)
            assert store.office_id == get_setting(s, "office.id")
            admins = [u for u in users if "admin" in u.roles.split(",")]
            assert store.admin_actor() == store.actor(admins[0].id)
            for user in users:
                assert store.viewer(user.id) == viewer_of(s, user.id)
                assert store.display_name(user.id) == user.display_name
        assert store.setting("no.such.setting", "10") == "10"
        assert store.display_name("usr_gone") == "usr_gone"
        with pytest.raises(NotAllowed):
            store.viewer("usr_gone")
        _disable(store, users[-1].id)
        with pytest.raises(NotAllowed):
            store.viewer(users[-1].id)
    finally:
        store.close()


def test_opening_an_office_does_not_load_sqlalchemy(tmp_path: Path) -> None:
    """Checked in a fresh interpreter: this one has loaded it for the other tests."""
    import subprocess
    import sys

    store = open_store(tmp_path / "office")
    generate_demo(store, 5, attachment_share=0.0, seed=4)
    store.close()
    script = (
        "import sys, pathlib\n"
        "from eoffice_desktop.core.office import open_store\n"
        "store = open_store(pathlib.Path(sys.argv[1]))\n"
        "viewer = store.viewer(store.admin_actor().user_id)\n"
        "assert store.is_set_up() and store.office_name() and viewer.has('admin')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy' or m.endswith('.models')))\n"
        "store.close()\n"
    )
    run = subprocess.run([sys.executable, "-c", script, str(tmp_path / "office")], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.strip() == "[]"
    assert (tmp_path / "office" / "eoffice.sqlite.closed").exists()  # closed cleanly without ever making the engine


def _disable(store: OfficeStore, user_id: str) -> None:
    with store.db.write() as s:
        user = s.get(User, user_id)
        assert user is not None
        user.active = False
