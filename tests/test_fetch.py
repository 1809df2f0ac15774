"""The URL fetcher against a real local HTTP server, and its address guard."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest

import samples
from newsprism.errors import Rejected
from newsprism.ingest import ingest
from newsprism.ingest.fetch import check_url, fetch, is_public_address
from newsprism.options import FetchOptions, IngestOptions
from newsprism.store import Database


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        if parts.path == "/article":
            self._send(200, samples.page().encode(), "text/html; charset=utf-8")
        elif parts.path == "/feed":
            self._send(200, samples.rss(2).encode(), "application/rss+xml")
        elif parts.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", parse_qs(parts.query)["to"][0])
            self.end_headers()
        elif parts.path == "/big":
            self._send(200, b"<p>" + b"x" * 200_000 + b"</p>", "text/html")
        else:
            self._send(404, b"not found", "text/plain")

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def _allowing(host: str, **kw: object) -> FetchOptions:
    return FetchOptions(allowed_hosts=frozenset({host}), timeout=5, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://127.0.0.1:8080/admin",
        "http://10.0.0.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://192.168.1.1/",
        "http://172.16.0.5/",
        "http://100.64.0.1/",
        "http://0.0.0.0/",
        "http://224.0.0.1/",
        "http://[::1]/",
        "http://[fe80::1]/",
        "http://[fd00::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://localhost/",
        "http://2130706433/",  # 127.0.0.1 written as one number
        "http://0x7f.1/",
    ],
)
def test_private_loopback_link_local_and_multicast_are_refused(url: str) -> None:
    with pytest.raises(Rejected) as caught:
        fetch(url, FetchOptions(timeout=2))
    assert caught.value.code in {"E014", "E015"}
    if caught.value.code == "E015":  # some spellings do not even resolve; never fetched
        assert "cannot resolve" in caught.value.reason


def test_other_schemes_are_refused() -> None:
    for url in [
        "file:///etc/passwd",
        "ftp://example.com/x",
        "gopher://x/",
        "javascript:alert(1)",
        "http://example.com:99999/",
        "http://[::1/",
    ]:
        with pytest.raises(Rejected) as caught:
            check_url(url, FetchOptions())
        assert caught.value.code == "E014"


def test_address_classification() -> None:
    assert is_public_address("93.184.216.34") and is_public_address("2606:4700::1111")
    for private in ["127.0.0.1", "10.1.2.3", "169.254.169.254", "::1", "::ffff:10.0.0.1"]:
        assert not is_public_address(private)


def test_allowed_host_is_fetched(server: str) -> None:
    page = fetch(f"http://{server}/article", _allowing(server))
    assert b"Council backs tram extension" in page.content
    assert page.content_type.startswith("text/html")


@pytest.mark.parametrize(
    "target",
    [
        "http://169.254.169.254/latest/meta-data/",
        "http://10.0.0.1/",
        "http://127.0.0.1:9/",
        "http://localhost:{port}/article",
    ],
)
def test_redirect_to_a_private_address_is_refused(server: str, target: str) -> None:
    target = target.format(port=server.rsplit(":", 1)[1])
    with pytest.raises(Rejected) as caught:
        fetch(f"http://{server}/redirect?to={target}", _allowing(server))
    assert caught.value.code == "E014"
    assert target.split("/")[2].split(":")[0] in caught.value.reason


def test_redirect_within_allowed_host_is_followed(server: str) -> None:
    page = fetch(f"http://{server}/redirect?to=/article", _allowing(server))
    assert page.final_url.endswith("/article")


def test_size_cap_and_http_errors(server: str) -> None:
    with pytest.raises(Rejected, match="exceeds"):
        fetch(f"http://{server}/big", _allowing(server, max_bytes=50_000))
    with pytest.raises(Rejected, match="HTTP 404"):
        fetch(f"http://{server}/missing", _allowing(server))


def test_ingest_urls(db: Database, server: str) -> None:
    options = IngestOptions(workers=1, fetch=_allowing(server))
    report = ingest(
        db, [f"http://{server}/article", f"http://{server}/feed", "http://10.0.0.1/secret"], options
    )
    assert len(report.added) == 3
    assert [r.code for r in report.rejected] == ["E014"]
    page = next(a for a in db.articles() if a.format == "html")
    assert page.title == "Council backs tram extension"
    assert page.url == f"http://{server}/article"  # where it was fetched from
    assert page.outlet == "Daily Ledger"
