"""Kill an ingest mid-way (SIGKILL, no clean-up), run it again: consistent and complete."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import shared
from newsprism.ingest import ingest
from newsprism.options import IngestOptions
from newsprism.store import Database


def _count(path: Path) -> int:
    try:
        with sqlite3.connect(path, timeout=5) as conn:
            return int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:  # not created yet
        return 0


@pytest.mark.slow
def test_killed_ingest_resumes_to_the_same_result(tmp_path: Path) -> None:
    html = shared("extraction-benchmark") / "html"
    killed_db = tmp_path / "killed.db"
    command = [
        sys.executable,
        "-m",
        "newsprism",
        "--db",
        str(killed_db),
        "ingest",
        str(html),
        "--workers",
        "1",
    ]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while _count(killed_db) == 0 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    partial = _count(killed_db)
    assert 0 < partial < len(list(html.iterdir())), "the kill must land mid-ingest"

    with Database(killed_db) as db:
        assert db.check_integrity() == []
        resumed = ingest(db, [str(html)], IngestOptions(workers=1))
        assert db.check_integrity() == []
        killed_ids = {a.id for a in db.articles(_all())}
        assert resumed.unchanged + resumed.skipped_sources >= partial

    # A fresh, uninterrupted run (through the process pool) gives the same articles.
    with Database(tmp_path / "fresh.db") as fresh:
        ingest(fresh, [str(html)], IngestOptions(workers=2))
        assert {a.id for a in fresh.articles(_all())} == killed_ids


def _all():
    from newsprism.store import ArticleQuery

    return ArticleQuery(include_duplicates=True, limit=100_000)
