"""Which reader a source needs: decided by content where content is unambiguous, else by name."""

from __future__ import annotations

import re
from typing import Literal

Format = Literal["warc", "feed", "html", "json", "csv", "tsv", "text"]

_BY_SUFFIX: dict[str, Format] = {
    ".warc": "warc",
    ".arc": "warc",
    ".jsonl": "json",
    ".ndjson": "json",
    ".json": "json",
    ".csv": "csv",
    ".tsv": "tsv",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
    ".rdf": "feed",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".txt": "text",
    ".text": "text",
    ".md": "text",
}
_FEED_ROOT = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>])", re.IGNORECASE | re.S)
_HTML_ANY = re.compile(rb"<(body|p|div|article|head)[\s>]", re.IGNORECASE)


def sniff(name: str, head: bytes) -> Format:
    """``head`` is the first bytes of the (decompressed) content, BOM included or not."""
    head = _strip_bom(head)
    if head.startswith((b"WARC/", b"filedesc://")):
        return "warc"
    lowered = name.lower().removesuffix(".gz")
    start = head.lstrip()[:2048]
    if start.startswith(b"<") and _FEED_ROOT.search(start) and not _HTML_START.match(head):
        return "feed"
    if _HTML_START.match(head):
        return "html"
    suffix = "." + lowered.rsplit(".", 1)[-1] if "." in lowered.rsplit("/", 1)[-1] else ""
    if suffix in _BY_SUFFIX:
        return _BY_SUFFIX[suffix]
    if start.startswith((b"{", b"[")):
        return "json"
    if start.startswith(b"<") and _HTML_ANY.search(head[:8192]):
        return "html"
    return "text"


def _strip_bom(head: bytes) -> bytes:
    if head.startswith(b"\xef\xbb\xbf"):
        return head[3:]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        # UTF-16: keep the ASCII bytes so the checks above still see the markup.
        return head[2:].replace(b"\x00", b"")
    return head
