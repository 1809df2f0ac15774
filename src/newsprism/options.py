"""Typed options objects (the trafilatura habit) instead of long keyword chains."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

MiB = 1024 * 1024

# Field names a JSONL/CSV record may use, most specific first; --map overrides them.
DEFAULT_COLUMNS: Mapping[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "articleBody", "article", "maintext", "full_text"),
    "html": ("html", "raw_html", "page"),
    "title": ("title", "headline", "name"),
    "url": ("url", "link", "source_url", "canonical_url"),
    "published": ("published", "date", "date_publish", "publish_date", "pubDate", "datePublished"),
    "author": ("author", "authors", "byline", "creator"),
    "outlet": ("outlet", "source", "publisher", "site_name", "source_domain", "sitename"),
}


@dataclass(frozen=True, slots=True)
class FetchOptions:
    """How URLs are fetched. Private, loopback, link-local and multicast targets are refused,
    so a server that fetches on a user's behalf cannot be pointed at its own network."""

    timeout: float = 20.0
    max_bytes: int = 20 * MiB
    max_redirects: int = 5
    user_agent: str = "newsprism/0.1 (+news comparison research tool)"
    # host:port pairs exempt from the address guard (an intranet CMS, a test server). Empty by
    # default; only the library exposes it, on purpose, so the CLI cannot be talked into it.
    allowed_hosts: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class IngestOptions:
    """Everything that shapes an ingest run."""

    outlet: str | None = None
    published: dt.date | None = None
    columns: Mapping[str, str] = field(default_factory=dict)
    max_bytes: int = 50 * MiB
    max_text_chars: int = 5_000_000
    min_text_chars: int = 20
    near_duplicate_threshold: float = 0.7
    containment_threshold: float = 0.9
    workers: int = 0  # 0: one per core
    batch_size: int = 64
    recursive: bool = True
    fetch: FetchOptions = field(default_factory=FetchOptions)

    def fingerprint(self) -> str:
        """What changes the articles made from one source; part of the 'already done' key."""
        cols = ",".join(f"{k}={v}" for k, v in sorted(self.columns.items()))
        return f"outlet={self.outlet}|published={self.published}|columns={cols}"


def parse_column_map(specs: list[str]) -> dict[str, str]:
    """``["text=body,title=headline"]`` -> ``{"text": "body", "title": "headline"}``."""
    from newsprism.errors import NewsprismError

    mapping: dict[str, str] = {}
    for spec in specs:
        for pair in filter(None, (p.strip() for p in spec.split(","))):
            field_name, sep, column = pair.partition("=")
            if not sep or not field_name.strip() or not column.strip():
                raise NewsprismError("E101", spec=spec)
            if field_name.strip() not in DEFAULT_COLUMNS:
                raise NewsprismError("E102", field=field_name, known=", ".join(DEFAULT_COLUMNS))
            mapping[field_name.strip()] = column.strip()
    return mapping
