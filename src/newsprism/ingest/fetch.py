"""Fetching URLs without becoming a proxy into the machine's own network.

Every hop (the first request and each redirect) is resolved and checked: loopback, private,
link-local (cloud metadata at 169.254.169.254), multicast, reserved and unspecified addresses
are refused. The connection then goes to the very address that was checked (the Host header
and TLS SNI keep the name), so a DNS answer that changes between check and connect (DNS
rebinding) cannot slip through. Environment proxies are ignored for the same reason.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit, urlunsplit

from newsprism.errors import Rejected
from newsprism.options import FetchOptions

_DEFAULT_PORTS = {"http": 80, "https": 443}


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str
    final_url: str
    content: bytes
    content_type: str


def fetch(url: str, options: FetchOptions) -> Fetched:
    """GET ``url`` following redirects, each hop re-checked; raises ``Rejected``."""
    import httpx

    current = url
    with httpx.Client(timeout=options.timeout, follow_redirects=False, trust_env=False) as client:
        for _ in range(options.max_redirects + 1):
            address = check_url(current, options)
            status, location, body, content_type = _get(client, current, address, options)
            if location is None:
                if status >= 400:
                    raise Rejected("E015", url=current, detail=f"HTTP {status}")
                return Fetched(url, current, body, content_type)
            current = urljoin(current, location)
    raise Rejected("E015", url=url, detail=f"more than {options.max_redirects} redirects")


def check_url(url: str, options: FetchOptions) -> str:
    """The public address to connect to for ``url``; raises ``Rejected`` for anything else."""
    try:
        parts = urlsplit(url)
        port = parts.port or _DEFAULT_PORTS.get(parts.scheme, 0)
    except ValueError as exc:
        raise Rejected("E014", url=url, detail=f"malformed URL ({exc})") from exc
    if parts.scheme not in _DEFAULT_PORTS or not parts.hostname:
        raise Rejected("E014", url=url, detail="only http:// and https:// URLs are fetched")
    addresses = _resolve(url, parts.hostname, port)
    if f"{parts.hostname}:{port}" in options.allowed_hosts:
        return addresses[0]
    for address in addresses:
        if not is_public_address(address):
            detail = f"{parts.hostname} is {address}, a private, loopback or reserved address"
            raise Rejected("E014", url=url, detail=detail)
    return addresses[0]


def is_public_address(address: str) -> bool:
    ip = ipaddress.ip_address(address)
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not (ip.is_multicast or ip.is_reserved or ip.is_unspecified)


def _resolve(url: str, host: str, port: int) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise Rejected("E015", url=url, detail=f"cannot resolve {host}: {exc}") from exc
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def _get(
    client: object, url: str, address: str, options: FetchOptions
) -> tuple[int, str | None, bytes, str]:
    """One request pinned to ``address``: (status, redirect location, body, content type)."""
    import httpx

    assert isinstance(client, httpx.Client)
    parts = urlsplit(url)
    host = f"[{address}]" if ":" in address else address
    pinned = urlunsplit(
        (
            parts.scheme,
            f"{host}:{parts.port or _DEFAULT_PORTS[parts.scheme]}",
            parts.path or "/",
            parts.query,
            "",
        )
    )
    headers = {"Host": parts.netloc.rsplit("@", 1)[-1], "User-Agent": options.user_agent}
    extensions = {"sni_hostname": parts.hostname} if parts.scheme == "https" else {}
    try:
        with client.stream("GET", pinned, headers=headers, extensions=extensions) as response:
            if response.is_redirect and "location" in response.headers:
                return response.status_code, response.headers["location"], b"", ""
            body = _read_capped(response, url, options.max_bytes)
            return response.status_code, None, body, response.headers.get("content-type", "")
    except httpx.HTTPError as exc:
        raise Rejected("E015", url=url, detail=str(exc) or type(exc).__name__) from exc


def _read_capped(response: object, url: str, limit: int) -> bytes:
    """The decoded body, stopping at ``limit`` bytes (a compressed bomb stops there too)."""
    import httpx

    assert isinstance(response, httpx.Response)
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > limit:
            raise Rejected("E015", url=url, detail=f"the response exceeds {limit:,} bytes")
        chunks.append(chunk)
    return b"".join(chunks)
