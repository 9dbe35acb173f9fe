"""The load benchmark's driver (benchmarks/server_load.py) against a real server, at a small scale: the open loop
runs every sync cycle that falls due and counts each one once, and what the offices pushed all arrives."""

from __future__ import annotations

import asyncio
import random
from pathlib import Path

from benchmarks.load_offices import add_directory, enrol_all
from benchmarks.server_load import Office, audit, cycles_due, phases, run
from tests.sync.conftest import RunningServer


def enrolled(central: RunningServer, count: int, folder: Path) -> list[Office]:
    """`count` offices of a directory read from CSV, one PC of each enrolled through the server's API."""
    pcs = asyncio.run(enrol_all(central.url, *add_directory(central.database.url, count, folder)))
    return [Office.enrolled(pc) for pc in pcs]


def test_cycles_due_counts_each_office_from_its_first_cycle_to_the_end():
    assert cycles_due([0.0, 0.5, 2.9], period=1.0, seconds=3.0) == 3 + 3 + 1
    assert cycles_due([3.5], period=1.0, seconds=3.0) == 0  # its first would fall due after the end
    first = phases(50, 60.0, random.Random(1))
    assert all(0 <= at <= 60.0 for at in first) and len(set(first)) == 50


def test_the_open_loop_runs_every_cycle_that_falls_due_and_accounts_for_each(central: RunningServer, tmp_path: Path):
    offices = enrolled(central, 3, tmp_path)
    stats, cycles, _elapsed, _cpu = asyncio.run(run(central.url, offices, seconds=2.0, rate=3.0))
    # 3 offices at 3 cycles/s: each has one cycle a second, the first at a moment of its first second.
    expected = cycles_due(phases(3, 1.0, random.Random(7)), 1.0, 2.0)
    assert cycles.due == cycles.done == expected == len(cycles.times)
    assert 0 <= cycles.late <= cycles.done and all(time >= 0 for time in cycles.times)
    assert not stats.errors
    assert stats.events == 50 * cycles.done  # every event of every push accepted
    counted = {kind: len(times) for kind, times in stats.by_kind.items()}
    assert counted["push"] == counted["blobs/have"] == counted["complete"] == cycles.done
    assert counted["chunk"] == 4 * cycles.done and counted["pull"] >= cycles.done
    assert asyncio.run(audit(central.url, offices)) == (0, 0)  # none lost, none twice


def test_the_closed_loop_counts_its_cycles_as_due_when_they_start(central: RunningServer, tmp_path: Path):
    offices = enrolled(central, 2, tmp_path)
    stats, cycles, _elapsed, _cpu = asyncio.run(run(central.url, offices, seconds=0.5))
    assert cycles.due == cycles.done >= 2 and cycles.late == 0
    assert not stats.errors and stats.events == 50 * cycles.done
