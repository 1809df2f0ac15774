"""Typed records that flow through the pipeline and out of the library."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from typing import Literal

DateSource = Literal["header", "metadata", "option", "feed", "record", "dateline"]
DuplicateKind = Literal["exact", "near"]


@dataclass(frozen=True, slots=True)
class Draft:
    """What a reader found in one input, before normalisation (ids, hashes, language)."""

    text: str
    locator: str
    format: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    author: str | None = None
    published: dt.date | None = None
    date_source: DateSource | None = None
    language: str | None = None
    unread_date: str | None = None  # a date the source gave that no known form reads


@dataclass(frozen=True, slots=True)
class Article:
    """One news report, as stored.

    ``id`` is derived from outlet, URL and content hash, so re-ingesting the same report from any
    path gives the same id (idempotence), while the same wire text run by two outlets gives two
    articles, the later linked to the earlier through ``duplicate_of``.
    """

    id: str
    text: str
    content_hash: str
    source: str
    locator: str
    format: str
    title: str | None = None
    outlet: str | None = None
    domain: str | None = None
    url: str | None = None
    author: str | None = None
    published: dt.date | None = None
    date_source: DateSource | None = None
    language: str | None = None
    language_score: float | None = None
    word_count: int = 0
    ingested_at: dt.datetime | None = None
    duplicate_of: str | None = None
    duplicate_kind: DuplicateKind | None = None
    duplicate_score: float | None = None

    def as_dict(self) -> dict[str, object]:
        """JSON-ready fields (dates as ISO text), the shape of ``--json`` and the API."""
        out: dict[str, object] = {}
        for item in fields(self):
            value = getattr(self, item.name)
            out[item.name] = value.isoformat() if isinstance(value, dt.date) else value
        out["published_known"] = self.published is not None
        return out

    @property
    def display_title(self) -> str:
        """The headline, or the opening words when the report has none (e.g. a wire lede)."""
        if self.title:
            return self.title
        first = self.text.split("\n", 1)[0]
        return first if len(first) <= 90 else first[:89].rsplit(" ", 1)[0] + "…"


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input that could not become an article, with the reason (kept, never lost)."""

    source: str
    locator: str
    code: str
    reason: str


@dataclass(frozen=True, slots=True)
class Notice:
    """An input stored with a caveat (a ``W0xx`` code): not lost, but worth a look."""

    locator: str
    code: str
    message: str


@dataclass(slots=True)
class IngestReport:
    """What one ``ingest`` call did; counts add up to the inputs seen."""

    added: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    unchanged: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    skipped_sources: int = 0  # sources already ingested whole with the same options
    warnings: list[Notice] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {
            "added": len(self.added),
            "duplicates": len(self.duplicates),
            "unchanged": self.unchanged,
            "rejected": len(self.rejected),
            "skipped_sources": self.skipped_sources,
            "rejections": [
                {"source": r.source, "locator": r.locator, "code": r.code, "reason": r.reason}
                for r in self.rejected
            ],
            "warnings": [
                {"locator": w.locator, "code": w.code, "message": w.message} for w in self.warnings
            ],
        }
