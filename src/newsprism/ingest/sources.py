"""Inputs as the user names them (files, folders, URLs) turned into units of work."""

from __future__ import annotations

import hashlib
import logging
import zlib
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from newsprism.errors import Rejected
from newsprism.ingest.decode import decode
from newsprism.ingest.feeds import parse_feed
from newsprism.ingest.fetch import fetch
from newsprism.ingest.payload import GZIP_MAGIC, binary_kind, maybe_gunzip, read_file
from newsprism.ingest.sniff import Format, sniff
from newsprism.ingest.tabular import iter_csv, iter_json
from newsprism.ingest.units import SourceDone, Unit
from newsprism.ingest.webarchive import iter_warc
from newsprism.options import IngestOptions

Work = Unit | Rejected | SourceDone
log = logging.getLogger(__name__)


def is_url(name: str) -> bool:
    return name.lower().startswith(("http://", "https://"))


def expand(inputs: Sequence[str], recursive: bool = True) -> Iterator[str | Rejected]:
    """Every file below each folder (sorted, hidden files skipped), each file, each URL."""
    for name in inputs:
        if is_url(name):
            yield name
            continue
        path = Path(name)
        if path.is_dir():
            pattern = "**/*" if recursive else "*"
            for child in sorted(path.glob(pattern)):
                hidden = any(part.startswith(".") for part in child.relative_to(path).parts)
                if child.is_file() and not hidden:
                    yield str(child)
        elif path.exists():
            yield name
        else:
            yield Rejected("E001", locator=name)


def source_units(name: str, options: IngestOptions, done: Callable[[str], bool]) -> Iterator[Work]:
    """Units of one source, ending with ``SourceDone``; a broken source yields its rejection.

    ``done`` tells the keys of sources already ingested whole with the same options: such a
    source yields only ``SourceDone(key=None)``, so a re-run does no work for it.
    """
    try:
        if is_url(name):
            yield from _url_units(name, options)
            yield SourceDone(name, None)
        else:
            yield from _file_units(Path(name), options, done)
    except Rejected as exc:
        exc.locator = exc.locator or name
        yield exc
        yield SourceDone(name, None)
    except Exception as exc:  # a reader bug must cost this source, never the batch
        log.exception("unexpected error reading %s", name)
        yield Rejected("E019", locator=name, detail=repr(exc))
        yield SourceDone(name, None)


def _file_units(path: Path, options: IngestOptions, done: Callable[[str], bool]) -> Iterator[Work]:
    name = str(path)
    head = _head(path)
    if sniff(name, head) == "warc":
        key = _key(_file_digest(path), options)
        if done(key):
            yield SourceDone(name, key, skipped=True)
            return
        with path.open("rb") as stream:
            yield from iter_warc(stream, name, options.max_bytes)
        yield SourceDone(name, key)
        return
    raw = read_file(path, options.max_bytes)
    key = _key(hashlib.sha256(raw).hexdigest(), options)
    if done(key):
        yield SourceDone(name, key, skipped=True)
        return
    data = maybe_gunzip(raw, options.max_bytes)
    yield from _content_units(name, sniff(name, data[:8192]), data)
    yield SourceDone(name, key)


def _url_units(url: str, options: IngestOptions) -> Iterator[Work]:
    page = fetch(url, options.fetch)
    data = maybe_gunzip(page.content, options.max_bytes)
    kind = _format_from_content_type(page.content_type) or sniff(page.final_url, data[:8192])
    if kind == "html":
        yield Unit(url, url, "html", data, url=page.final_url)
    else:
        yield from _content_units(url, kind, data)


def _content_units(name: str, kind: Format, data: bytes) -> Iterator[Unit | Rejected]:
    if not data.strip():
        raise Rejected("E003")
    if kind_of_binary := binary_kind(data):
        raise Rejected("E004", kind=kind_of_binary)
    if kind == "warc":
        import io

        yield from iter_warc(io.BytesIO(data), name, len(data))
    elif kind == "feed":
        for draft in parse_feed(data, name):
            yield (
                draft if isinstance(draft, Rejected) else Unit(name, draft.locator, "draft", draft)
            )
    elif kind in ("json", "csv", "tsv"):
        yield from _table_units(name, kind, decode(data))
    else:
        yield Unit(name, name, "html" if kind == "html" else "text", data)


def _table_units(name: str, kind: Format, text: str) -> Iterator[Unit | Rejected]:
    rows = iter_json(text, name) if kind == "json" else iter_csv(text, name, _delimiter(kind))
    for locator, row in rows:
        yield row if isinstance(row, Rejected) else Unit(name, locator, "record", row)


def _delimiter(kind: Format) -> str | None:
    return "\t" if kind == "tsv" else None


def _format_from_content_type(content_type: str) -> Format | None:
    kind = content_type.split(";", 1)[0].strip().lower()
    if kind in ("text/html", "application/xhtml+xml"):
        return "html"
    if kind in ("application/rss+xml", "application/atom+xml", "application/rdf+xml"):
        return "feed"
    if kind in ("application/json", "application/x-ndjson", "application/jsonl"):
        return "json"
    if kind == "text/csv":
        return "csv"
    return None


def _head(path: Path, size: int = 8192) -> bytes:
    """The first bytes of the content, decompressed when the file is gzip."""
    try:
        with path.open("rb") as handle:
            head = handle.read(size)
    except OSError as exc:
        raise Rejected("E002", detail=exc.strerror or str(exc)) from exc
    if not head.startswith(GZIP_MAGIC):
        return head
    try:  # the first gzip member only: what follows may be another member or damage
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, size)
    except zlib.error as exc:
        raise Rejected("E007", detail=str(exc)) from exc


def _file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _key(digest: str, options: IngestOptions) -> str:
    return hashlib.sha256(f"{digest}|{options.fingerprint()}".encode()).hexdigest()
