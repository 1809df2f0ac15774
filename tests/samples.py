"""Small realistic inputs written by the tests (HTML page, feeds, records, archives)."""

from __future__ import annotations

import io

PARAGRAPHS = [
    "The city council voted on Tuesday to expand the tram network to the northern suburbs, "
    "ending a two-year dispute over the cost of the project.",
    "Mayor Ana Ruiz said the decision would cut commuting times for about 40,000 residents "
    "and promised that construction would begin next spring.",
    "Opponents argued that the budget of 310 million euros was unrealistic and warned that "
    "delays could push the final bill far higher.",
]


def page(title: str = "Council backs tram extension", body: list[str] | None = None) -> str:
    paras = "\n".join(f"<p>{p}</p>" for p in (body or PARAGRAPHS))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{title} | Daily Ledger</title>
<meta property="og:site_name" content="Daily Ledger">
<meta property="og:title" content="{title}">
<meta name="author" content="Maria Lopez">
<meta property="article:published_time" content="2024-03-05T09:30:00Z">
<link rel="canonical" href="https://www.dailyledger.example/city/tram">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/city">City</a></li>
<li><a href="/sport">Sport</a></li></ul></nav>
<article><h1>{title}</h1><p class="byline">By Maria Lopez</p>
{paras}
</article>
<aside><h3>Most read</h3><ul><li><a href="/x">Celebrity chef opens restaurant</a></li></ul></aside>
<footer><p>© 2024 Daily Ledger. All rights reserved. Privacy policy. Cookie settings.</p></footer>
</body></html>"""


def rss(items: int = 2) -> str:
    entries = "".join(
        f"""<item><title>Story {i}</title><link>https://news.example.org/story-{i}</link>
<pubDate>Tue, 13 May 2025 10:0{i}:00 GMT</pubDate><author>desk@news.example.org (Desk)</author>
<description><![CDATA[<p>{PARAGRAPHS[i % 3]}</p><p>Story number {i} continues here.</p>]]>
</description></item>"""
        for i in range(items)
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Example News</title><link>https://news.example.org/</link>
<description>Latest</description>{entries}</channel></rss>"""


def atom() -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title>
<link href="https://wire.example.net/"/><id>urn:wire</id><updated>2025-05-12T08:00:00Z</updated>
<entry><title>Atom story</title><link href="https://wire.example.net/a1"/><id>urn:a1</id>
<updated>2025-05-12T08:00:00Z</updated><author><name>Sam Reporter</name></author>
<content type="html">&lt;p&gt;{PARAGRAPHS[0]}&lt;/p&gt;&lt;p&gt;{PARAGRAPHS[1]}&lt;/p&gt;</content>
</entry></feed>"""


def warc(pages: list[tuple[str, str]], extra_records: bool = True) -> bytes:
    """A gzipped WARC with one response per (url, html), plus records that are not articles."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    writer.write_record(writer.create_warcinfo_record("test.warc.gz", {"software": "tests"}))
    for url, html in pages:
        if extra_records:
            writer.write_record(
                writer.create_warc_record(
                    url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\nHost: example\r\n\r\n")
                )
            )
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        writer.write_record(
            writer.create_warc_record(
                url, "response", payload=io.BytesIO(html.encode()), http_headers=headers
            )
        )
    if extra_records:
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                "https://x.example/logo.png",
                "response",
                payload=io.BytesIO(b"\x89PNG..."),
                http_headers=image,
            )
        )
    return buffer.getvalue()


def arc(url: str, html: str) -> bytes:
    """A minimal ARC (version 1) file with one HTML response."""
    http = f"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n{html}".encode()
    desc_body = b"1 0 tests\nURL IP-address Archive-date Content-type Archive-length\n"
    head = f"filedesc://test.arc 0.0.0.0 20250513000000 text/plain {len(desc_body)}\n".encode()
    record = f"{url} 93.184.216.34 20250513120000 text/html {len(http)}\n".encode()
    return head + desc_body + b"\n" + record + http + b"\n"
