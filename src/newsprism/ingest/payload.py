"""Bytes in, safely: size caps, gzip (bombs and truncation), and binary sniffing."""

from __future__ import annotations

import gzip
import io
import zlib
from pathlib import Path

from newsprism.errors import Rejected
from newsprism.ingest.decode import utf16_without_bom

GZIP_MAGIC = b"\x1f\x8b"

# Magic numbers of common non-text files people drop into a news folder by mistake.
_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF document"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\x7fELF", "executable"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ", "xz archive"),
    (b"SQLite format 3", "SQLite database"),
    (b"RIFF", "RIFF media file"),
    (b"\x00\x00\x00\x18ftyp", "MP4 video"),
    (b"\x00\x00\x00\x20ftyp", "MP4 video"),
)


def read_file(path: Path, max_bytes: int) -> bytes:
    """Read a file whole, refusing oversize files before reading them."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise Rejected("E005", size=size, limit=max_bytes)
        with path.open("rb") as handle:
            return handle.read(max_bytes + 1)
    except OSError as exc:
        raise Rejected("E002", detail=exc.strerror or str(exc)) from exc


def gunzip(data: bytes, max_bytes: int) -> bytes:
    """Decompress (multi-member) gzip data, stopping at ``max_bytes`` of output."""
    out = io.BytesIO()
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            while chunk := stream.read(1 << 16):
                out.write(chunk)
                if out.tell() > max_bytes:
                    raise Rejected("E006", limit=max_bytes)
    except (EOFError, OSError, zlib.error) as exc:
        raise Rejected("E007", detail=str(exc) or type(exc).__name__) from exc
    return out.getvalue()


def maybe_gunzip(data: bytes, max_bytes: int) -> bytes:
    """Undo gzip, whatever the file's name says: the magic bytes decide."""
    return gunzip(data, max_bytes) if data.startswith(GZIP_MAGIC) else data


def binary_kind(data: bytes) -> str | None:
    """Name the binary format if ``data`` is clearly not text; None when it may be text."""
    for magic, kind in _BINARY_MAGIC:
        if data.startswith(magic):
            return kind
    head = data[:4096]
    if not head:
        return None
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or utf16_without_bom(head):
        return None
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    if b"\x00" in head or controls / len(head) > 0.05:
        return "unknown binary data"
    return None
