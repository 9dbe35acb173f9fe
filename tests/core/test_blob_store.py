"""The blob store's durability: a new subfolder's entry is fsynced in `blobs/` before a scan is renamed into it."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from eoffice_desktop.core.storage.blobs import BlobStore


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="names the fsynced folders through /proc")
def test_a_scan_in_a_new_subfolder_fsyncs_blobs_itself(tmp_path: Path, monkeypatch):
    store = BlobStore(tmp_path / "blobs")
    fsynced: list[Path] = []
    real_fsync = os.fsync

    def watched_fsync(fd: int) -> None:
        fsynced.append(Path(os.readlink(f"/proc/self/fd/{fd}")))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", watched_fsync)
    blob_hash = store.add_bytes(b"%PDF-1.4 first scan")
    folder = store.path_of(blob_hash).parent
    assert fsynced.index(store.root) < fsynced.index(folder)  # the new folder's entry first, then the rename's
    neighbour = next(  # another scan whose hash falls in the same subfolder
        data
        for data in (b"%%PDF-1.4 scan %d" % n for n in range(100_000))
        if hashlib.sha256(data).hexdigest()[:2] == folder.name
    )
    fsynced.clear()
    store.add_bytes(neighbour)
    assert fsynced[-1] == folder  # the rename's folder, and no fsync of blobs/ for a folder that exists
    assert store.root not in fsynced
