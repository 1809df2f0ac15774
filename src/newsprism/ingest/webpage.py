"""HTML pages: main text and metadata with trafilatura (dates through htmldate)."""

from __future__ import annotations

import re
from typing import Any

from newsprism.dates import parse_date
from newsprism.errors import Rejected
from newsprism.ingest.decode import decode
from newsprism.records import Draft
from newsprism.textutil import domain_of, join_paragraphs, paragraphs

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)
_BLOCK_TAGS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr")


def parse_html(data: bytes | str, locator: str, url: str | None = None) -> Draft:
    """A ``Draft`` from an HTML page; raises ``Rejected`` when the page has no main text."""
    import trafilatura

    html = data if isinstance(data, str) else decode(data, declared=_declared_charset(data))
    # favor_precision: boilerplate that slips into the text (related links, captions) would be
    # read as claims downstream; the extraction benchmark scores it higher (docs/quality.md).
    doc: Any = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        favor_precision=True,
        include_comments=False,
        include_tables=True,
        deduplicate=False,
    )
    text = join_paragraphs(paragraphs(doc.text or "")) if doc is not None else ""
    if not text:
        raise Rejected("E009")
    page_url = url or doc.url
    published = parse_date(doc.date)
    return Draft(
        text=text,
        locator=locator,
        format="html",
        title=doc.title or None,
        outlet=doc.sitename or domain_of(page_url),
        url=page_url or None,
        author=doc.author or None,
        published=published,
        date_source="metadata" if published else None,
    )


def html_fragment_text(fragment: str) -> str:
    """Readable text of a small HTML fragment (a feed entry), keeping paragraph breaks."""
    import lxml.html

    if "<" not in fragment:
        return join_paragraphs(paragraphs(fragment))
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # lxml raises several unrelated types on junk; the text is what we need
        return join_paragraphs(paragraphs(re.sub(r"<[^>]*>", " ", fragment)))
    for bad in root.xpath(".//script|.//style|.//noscript"):
        bad.drop_tree()
    for element in root.iter(*_BLOCK_TAGS):
        element.tail = "\n\n" + (element.tail or "")
    return join_paragraphs(paragraphs(root.text_content()))


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii", "ignore") if match else None
