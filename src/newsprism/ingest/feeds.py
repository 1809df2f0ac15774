"""RSS and Atom feeds: one draft per entry, with the feed's title as the outlet."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from newsprism.dates import parse_date
from newsprism.errors import Rejected
from newsprism.ingest.webpage import html_fragment_text
from newsprism.records import Draft
from newsprism.textutil import domain_of


def parse_feed(data: bytes, locator: str) -> Iterator[Draft | Rejected]:
    """Drafts from a feed's entries; an empty entry is a rejection, not the end of the feed."""
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries:
        detail = str(parsed.get("bozo_exception") or "no <item> or <entry> elements")
        raise Rejected("E010", detail=detail)
    channel = parsed.get("feed", {})
    outlet = channel.get("title") or domain_of(channel.get("link"))
    for number, entry in enumerate(parsed.entries, start=1):
        yield _entry_draft(entry, f"{locator}#entry={number}", outlet)


def _entry_draft(entry: Any, locator: str, outlet: str | None) -> Draft | Rejected:
    text = html_fragment_text(_entry_body(entry))
    if not text:
        return Rejected("E003", locator=locator)
    published = parse_date(_own(entry, "published_parsed") or _own(entry, "updated_parsed"))
    return Draft(
        text=text,
        locator=locator,
        format="feed",
        title=entry.get("title") or None,
        outlet=outlet or domain_of(entry.get("link")),
        url=entry.get("link") or None,
        author=entry.get("author") or None,
        published=published,
        date_source="feed" if published else None,
        # feedparser leaves *_parsed empty when it cannot read the entry's date text
        unread_date=None if published else (_own(entry, "published") or _own(entry, "updated")),
    )


def _own(entry: Any, key: str) -> Any:
    """The entry's own field: feedparser maps a missing "updated" to "published" with a
    deprecation warning, which would make one date look like two."""
    return dict.get(entry, key) or None


def _entry_body(entry: Any) -> str:
    """The fullest body an entry offers: content:encoded / atom content, else the summary."""
    contents = entry.get("content") or []
    best = max((c.get("value", "") for c in contents), key=len, default="")
    summary = entry.get("summary", "")
    return best if len(best) >= len(summary) else summary
