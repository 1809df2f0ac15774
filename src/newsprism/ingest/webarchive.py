"""WARC and ARC files (crawls, web archives), streamed record by record with warcio."""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO

from newsprism.errors import Rejected
from newsprism.ingest.units import Unit

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def iter_warc(stream: IO[bytes], source: str, max_bytes: int) -> Iterator[Unit | Rejected]:
    """One HTML unit per successful HTML response; other records (requests, images, DNS) are
    not articles and are passed over. A corrupt archive yields the records before the damage
    and then one rejection naming the offset."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    iterator = ArchiveIterator(stream, arc2warc=True)
    try:
        for record in iterator:
            _check_header(record)
            # The offset must be asked after the body is read: asking first reads to the end.
            unit = _html_unit(record, source, max_bytes)
            if unit is not None:
                yield unit.with_locator(f"{source}#offset={iterator.get_record_offset()}")
    except (ArchiveLoadFailed, EOFError, OSError, ValueError, zlib.error) as exc:
        yield _damaged(source, iterator, str(exc) or type(exc).__name__)
    except Exception as exc:  # warcio fails with internal errors (AttributeError...) on damage
        yield _damaged(source, iterator, f"unreadable record ({type(exc).__name__})")


def _check_header(record: object) -> None:
    """warcio is lenient; a record without type or with a non-numeric length is damage, and
    the framing of everything after it cannot be trusted."""
    headers = getattr(record, "rec_headers", None)
    length = headers.get_header("Content-Length") if headers is not None else None
    if getattr(record, "rec_type", None) is None or not (length or "").strip().isdigit():
        raise ValueError("a record has no valid WARC header (type or Content-Length)")


def _damaged(source: str, iterator: object, detail: str) -> Rejected:
    offset = getattr(iterator, "offset", 0)
    return Rejected("E013", locator=f"{source}#offset={offset}", detail=detail)


def _html_unit(record: object, source: str, max_bytes: int) -> _Pending | None:
    rec_type = getattr(record, "rec_type", None)
    if rec_type not in ("response", "resource"):
        return None
    headers = getattr(record, "http_headers", None)
    if rec_type == "response" and (headers is None or headers.get_statuscode() != "200"):
        return None
    content_type = (headers.get_header("Content-Type") if headers else None) or getattr(
        record, "content_type", ""
    )
    if not any(t in (content_type or "").lower() for t in _HTML_TYPES):
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")  # type: ignore[attr-defined]
    body = record.content_stream().read(max_bytes + 1)  # type: ignore[attr-defined]
    return _Pending(source, url, body, max_bytes)


@dataclass(frozen=True, slots=True)
class _Pending:
    """A record's body, read before its offset is known."""

    source: str
    url: str | None
    body: bytes
    max_bytes: int

    def with_locator(self, locator: str) -> Unit | Rejected:
        if len(self.body) > self.max_bytes:
            return Rejected("E005", locator=locator, size=len(self.body), limit=self.max_bytes)
        return Unit(self.source, locator, "html", self.body, url=self.url)
