"""Shared fixtures: real SQLite files, the seed articles, the public data sets."""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsprism.options import IngestOptions
from newsprism.store import Database

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"


def shared(folder: str) -> Path:
    path = SHARED / folder
    if not path.exists():
        pytest.skip(f"public data set {path} is absent (CI always has ../shared/data)")
    return path


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database(tmp_path / "test.db")
    yield database
    database.close()


@pytest.fixture
def seeds() -> Path:
    return shared("seeds")


@pytest.fixture
def opts() -> IngestOptions:
    """Inline preparation: unit tests should not pay for a process pool."""
    return IngestOptions(workers=1)


def write(path: Path, content: str | bytes, gz: bool = False) -> Path:
    data = content.encode("utf-8") if isinstance(content, str) else content
    if gz:
        path = path.with_name(path.name + ".gz")
        data = gzip.compress(data)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path
