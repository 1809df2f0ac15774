"""Bytes to text for real-world files: BOMs, UTF-16 without a BOM, cp1252, and mixed files
(UTF-8 with stray cp1252 bytes, the usual result of pasting between editors)."""

from __future__ import annotations

import codecs
import unicodedata

from newsprism.errors import Rejected

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    """Decode each byte UTF-8 rejects as cp1252 (latin-1 for its five undefined bytes)."""
    assert isinstance(error, UnicodeDecodeError)
    bad = error.object[error.start : error.end]
    return bad.decode("cp1252", errors="ignore") or bad.decode("latin-1"), error.end


codecs.register_error("newsprism-cp1252", _cp1252_fallback)


def decode(data: bytes, declared: str | None = None) -> str:
    """Decode ``data``; ``declared`` is a charset from HTTP or markup, trusted after a BOM."""
    text = _decode(data, declared)
    if "\x00" in text:
        raise Rejected("E008")
    return unicodedata.normalize("NFC", text)


def _decode(data: bytes, declared: str | None) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    if utf16 := utf16_without_bom(data):
        return data.decode(utf16, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared and _known(declared) and _known(declared) != "utf-8":
        return data.decode(declared, errors="replace")
    if _has_utf8_sequences(data):
        return data.decode("utf-8", errors="newsprism-cp1252")
    return _guess(data)


def utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM: NUL in (nearly) every other byte, on one side only."""
    head = data[:4096]
    if len(head) < 4:
        return None
    even, odd = head[0::2].count(0) / len(head[0::2]), head[1::2].count(0) / len(head[1::2])
    if odd > 0.4 and even < 0.05:
        return "utf-16-le"
    if even > 0.4 and odd < 0.05:
        return "utf-16-be"
    return None


def _has_utf8_sequences(data: bytes) -> bool:
    """True when the data holds valid multi-byte UTF-8 (so the invalid bytes are strays)."""
    text = data.decode("utf-8", errors="ignore")
    return any(ord(ch) > 0x7F for ch in text)


def _guess(data: bytes) -> str:
    """No valid UTF-8 at all: cp1252 when it reads as Western text, else charset-normalizer.

    Detectors guess wrong on short Western texts (a few accented letters and curly quotes read
    as Baltic or Turkish code pages), while cp1251 or Greek text read as cp1252 turns nearly
    every letter into an accented Latin one; the share of non-ASCII letters tells them apart.
    """
    from charset_normalizer import from_bytes

    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and _non_ascii_letter_share(western) < 0.2:
        return western
    best = from_bytes(data[:200_000]).best()
    if best is not None and best.encoding not in {"utf_8", "ascii"}:
        try:
            return data.decode(best.encoding)
        except (UnicodeDecodeError, LookupError):
            pass
    return data.decode("cp1252", errors="newsprism-cp1252")


def _known(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _non_ascii_letter_share(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha()]
    return sum(1 for ch in letters if ord(ch) > 0x7F) / max(1, len(letters))
