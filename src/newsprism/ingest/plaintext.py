"""Plain-text articles.

Two layouts are common in news dumps and both are handled without configuration:
- a header line `` date YYYY-MM-DD Via OUTLET`` (scraper exports) or a block of ``Key: value``
  lines (Title/Date/Author/Source/URL), then the body;
- headline first, then the body, with no metadata at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsprism.dates import parse_date
from newsprism.records import Draft
from newsprism.textutil import join_paragraphs, normalize_newlines, paragraphs

_DATE_VIA = re.compile(r"^\s*date\s+(?P<date>\S+)\s+via\s+(?P<outlet>.+?)\s*$", re.IGNORECASE)
_KEY_VALUE = re.compile(
    r"^\s*(?P<key>title|headline|date|published|author|by|byline|source|outlet|publisher|url|link)"
    r"\s*:\s*(?P<value>.+?)\s*$",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"^[Bb][Yy]\s+(?P<name>[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|and|de|van|von|al-\w+)){0,6})$"
)
_HEADLINE_END = re.compile(r"[.;,:!?…]['\"’”)]*$|[\"”]$")
_KEY_FIELDS = {
    "title": "title",
    "headline": "title",
    "date": "published",
    "published": "published",
    "author": "author",
    "by": "author",
    "byline": "author",
    "source": "outlet",
    "outlet": "outlet",
    "publisher": "outlet",
    "url": "url",
    "link": "url",
}


@dataclass
class _Header:
    fields: dict[str, str] = field(default_factory=dict)
    date_source: str | None = None


def parse_text(text: str, locator: str) -> Draft:
    """A ``Draft`` from plain text; the body keeps its paragraphs, metadata is lifted out."""
    lines = normalize_newlines(text).split("\n")
    header, body_start = _read_header(lines)
    paras = paragraphs("\n".join(lines[body_start:]))
    title = header.fields.get("title")
    if title is None and _is_headline(paras):
        title, paras = paras[0], paras[1:]
    author = header.fields.get("author")
    if author is None:
        author, paras = _take_byline(paras)
    given = header.fields.get("published")
    published = parse_date(given)
    return Draft(
        text=join_paragraphs(paras),
        locator=locator,
        format="text",
        title=title,
        outlet=header.fields.get("outlet"),
        url=header.fields.get("url"),
        author=author,
        published=published,
        date_source="header" if published else None,
        unread_date=given if given and published is None else None,
    )


def _read_header(lines: list[str]) -> tuple[_Header, int]:
    """Metadata at the top: a ``date … via …`` line or a run of ``Key: value`` lines."""
    header = _Header()
    index = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    if index < len(lines) and (m := _DATE_VIA.match(lines[index])):
        header.fields.update(published=m["date"], outlet=m["outlet"])
        return header, index + 1
    start = index
    while index < len(lines) and (m := _KEY_VALUE.match(lines[index])):
        header.fields.setdefault(_KEY_FIELDS[m["key"].lower()], m["value"])
        index += 1
    # A lone "Source: x" line could be prose; a header needs two keys or a blank line after it.
    ended = index >= len(lines) or not lines[index].strip()
    if index - start >= 2 or (index - start == 1 and ended):
        return header, index
    return _Header(), start


def _is_headline(paras: list[str]) -> bool:
    """A short first paragraph without closing punctuation, with a body after it."""
    if len(paras) < 2:
        return False
    first = paras[0]
    return len(first) <= 200 and len(first.split()) <= 30 and not _HEADLINE_END.search(first)


def _take_byline(paras: list[str]) -> tuple[str | None, list[str]]:
    """A ``By Name`` paragraph among the first three becomes the author."""
    for i, para in enumerate(paras[:3]):
        if len(para) <= 80 and (m := _BYLINE.match(para)):
            return m["name"], paras[:i] + paras[i + 1 :]
    return None, paras
