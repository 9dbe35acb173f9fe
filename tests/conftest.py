"""Shared fixtures: real data directories with a real SQLite database and blob store."""

from __future__ import annotations

import atexit
import gc
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests never read or write the real user's settings, data and logs (the remembered data folder lives there).
_HOME = Path(tempfile.mkdtemp(prefix="eoffice-test-home-"))
atexit.register(shutil.rmtree, _HOME, ignore_errors=True)  # each run leaves nothing behind
for _var, _sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"), ("XDG_STATE_HOME", "state")):
    os.environ[_var] = str(_HOME / _sub)
os.environ.pop("EOFFICE_DATA_DIR", None)

from eoffice_desktop.core.eventlog.events import Actor  # noqa: E402
from eoffice_desktop.core.office import OfficeStore, open_store, setup_office  # noqa: E402
from eoffice_desktop.ui.gui_gc import collect_if_due  # noqa: E402


@pytest.fixture(autouse=True, scope="session")
def collect_cycles_on_the_main_thread_only() -> Iterator[None]:
    """As in the app (ui/gui_gc.py): a cycle holding a Qt object must never be collected by a worker thread or the
    test server's thread, so automatic collection is off for the run and each test ends with a collection here."""
    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def collect_cycles_after_each_test(collect_cycles_on_the_main_thread_only: None) -> Iterator[None]:
    yield
    collect_if_due()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[OfficeStore]:
    s = open_store(tmp_path / "office")
    yield s
    s.close()


@pytest.fixture
def clerk(store: OfficeStore) -> Actor:
    return setup_office(
        store,
        "ກຕສ",
        "ກະຊວງເຕັກໂນໂລຊີ ແລະ ການສື່ສານ",
        "Ministry of Technology and Communications",
        "admin",
        "ທ່ານ ສົມສັກ",
        "secret-pass",
    )
