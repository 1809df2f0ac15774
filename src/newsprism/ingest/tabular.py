"""JSON Lines, JSON and CSV/TSV exports (crawls, data sets), mapped to article fields.

Field names are found from common spellings (``DEFAULT_COLUMNS``); ``--map text=body`` names
the column when a data set uses its own. A record holding raw HTML instead of text is
extracted like a web page.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Mapping
from typing import Any

from newsprism.dates import parse_date
from newsprism.errors import Rejected
from newsprism.ingest.webpage import parse_html
from newsprism.options import DEFAULT_COLUMNS
from newsprism.records import Draft
from newsprism.textutil import join_paragraphs, paragraphs

csv.field_size_limit(64 * 1024 * 1024)

Row = Mapping[str, Any]


def iter_json(text: str, locator: str) -> Iterator[tuple[str, Row | Rejected]]:
    """Rows of a JSON Lines file, a JSON array, or a single JSON object."""
    stripped = text.lstrip()
    if stripped.startswith("["):
        yield from _json_document(text, locator)
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{locator}#line={number}"
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            if number == 1 and stripped.startswith("{"):  # maybe one pretty-printed object
                yield from _json_document(text, locator)
                return
            yield where, Rejected("E011", locator=where, line=number, detail=exc.msg)
            continue
        yield where, _as_row(value, where, number)


def _json_document(text: str, locator: str) -> Iterator[tuple[str, Row | Rejected]]:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise Rejected("E011", line=exc.lineno, detail=exc.msg) from exc
    items = value if isinstance(value, list) else [value]
    for number, item in enumerate(items, start=1):
        where = f"{locator}#item={number}"
        yield where, _as_row(item, where, number)


def _as_row(value: object, where: str, number: int) -> Row | Rejected:
    if isinstance(value, dict):
        return value
    return Rejected("E011", locator=where, line=number, detail="not a JSON object")


def iter_csv(text: str, locator: str, delimiter: str | None = None) -> Iterator[tuple[str, Row]]:
    """Rows of a CSV/TSV file; a malformed file raises ``Rejected`` at the bad row."""
    if delimiter is None:
        sample = text[:20_000]
        delimiter = "\t" if sample.count("\t") > sample.count(",") else ","
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        for row in reader:
            yield f"{locator}#row={reader.line_num}", row
    except csv.Error as exc:
        raise Rejected("E017", detail=f"line {reader.line_num}: {exc}") from exc


def row_to_draft(row: Row, locator: str, columns: Mapping[str, str]) -> Draft:
    """One record to a draft, using the explicit mapping first, then common field names."""
    text = _text(_field(row, "text", columns))
    fmt = "record"
    html = _field(row, "html", columns)
    if not text and isinstance(html, str) and html.strip():
        page = parse_html(html, locator, url=_str(_field(row, "url", columns)))
        text, fmt = page.text, "record-html"
    if not text:
        wanted = columns.get("text") or "/".join(DEFAULT_COLUMNS["text"])
        raise Rejected("E012", fields=wanted)
    given = _field(row, "published", columns)
    published = parse_date(given)
    return Draft(
        text=text,
        locator=locator,
        format=fmt,
        title=_str(_field(row, "title", columns)),
        outlet=_str(_field(row, "outlet", columns)),
        url=_str(_field(row, "url", columns)),
        author=_str(_field(row, "author", columns)),
        published=published,
        date_source="record" if published else None,
        unread_date=_str(given) if published is None else None,
    )


def _field(row: Row, name: str, columns: Mapping[str, str]) -> Any:
    if name in columns:
        return row.get(columns[name])
    return next((row[k] for k in DEFAULT_COLUMNS[name] if row.get(k) not in (None, "")), None)


def _text(value: Any) -> str:
    """Body text; a list of paragraphs (as some data sets store it) is joined."""
    if isinstance(value, list):
        value = "\n\n".join(_text(v) for v in value)
    return join_paragraphs(paragraphs(value)) if isinstance(value, str) else ""


def _str(value: Any) -> str | None:
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value if v)
    if value is None or isinstance(value, dict):
        return None
    text = " ".join(str(value).split())
    return text or None
