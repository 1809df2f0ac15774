"""The unit of work between reading a source and preparing an article.

Splitting a source into units (a feed into entries, a WARC into responses) is cheap and runs
in the main process; preparing a unit (decoding, extraction, language, MinHash) is the costly,
pure part that runs in worker processes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from newsprism.records import Draft

UnitKind = Literal["text", "html", "record", "draft"]


@dataclass(frozen=True, slots=True)
class Unit:
    source: str
    locator: str
    kind: UnitKind
    payload: bytes | str | Mapping[str, Any] | Draft
    url: str | None = None


@dataclass(frozen=True, slots=True)
class SourceDone:
    """Marks the end of a source's units, so the source is recorded as done in that batch."""

    source: str
    key: str | None
    skipped: bool = False  # the source was ingested before and was not read again
