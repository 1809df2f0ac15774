"""Quoted passages found from quotation marks alone, before any parsing.

Handles curly and straight double quotes, guillemets, and the newspaper convention that a quote
running over several paragraphs re-opens each paragraph without closing the previous one. An
unbalanced mark never breaks the rest: an unclosed quote ends with its paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_OPEN = {"“": "”", "«": "»", "„": "“", '"': '"'}
_CLOSE = {"”", "»", '"'}
_PARAGRAPH = re.compile(r"\n\s*\n")
# A quotation mark. The typewriter pairs of older newswire archives (two apostrophes, two
# backticks) count as one double mark; the alternation tries a pair before a single character.
_MARK = re.compile(r"''|``|[“”«»„\"]")


@dataclass(frozen=True, slots=True)
class Quoted:
    start: int  # first character inside the marks
    end: int  # one past the last character inside the marks
    closed: bool
    continues: bool  # re-opened at the start of the next paragraph (same speaker)


def quoted_spans(text: str) -> list[Quoted]:
    spans: list[Quoted] = []
    for start, end in _paragraphs(text):
        spans.extend(_in_paragraph(text, start, end))
    return _mark_continuations(text, spans)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    bounds, last = [], 0
    for m in _PARAGRAPH.finditer(text):
        bounds.append((last, m.start()))
        last = m.end()
    bounds.append((last, len(text)))
    return bounds


def _in_paragraph(text: str, start: int, end: int) -> list[Quoted]:
    spans: list[Quoted] = []
    opened: int | None = None
    # Only the marks matter, so jump from one to the next instead of reading every character.
    for m in _MARK.finditer(text, start, end):
        i, width = m.start(), m.end() - m.start()
        ch = '"' if width == 2 else m.group()
        if opened is not None and (ch in _CLOSE or (ch == "“" and text[opened - 1] == "“")):
            if ch == "“":  # a new opening while one is open: the first was never closed
                spans.append(Quoted(opened, _trim_end(text, opened, i), False, False))
                opened = i + 1
            else:
                if i > opened:
                    spans.append(Quoted(opened, i, True, False))
                opened = None
        elif opened is None and ch in _OPEN and _can_open(text, i, start, end, width):
            opened = i + width
    if opened is not None and opened < end:
        spans.append(Quoted(opened, _trim_end(text, opened, end), False, False))
    return [s for s in spans if s.end > s.start]


def _can_open(text: str, i: int, start: int, end: int, width: int = 1) -> bool:
    """A straight quote opens only at a word's start: `"Yes`, not `5" screen` or `a"b`."""
    if text[i] not in {'"', "'", "`"}:
        return True
    before = text[i - 1] if i > start else " "
    after = text[i + width] if i + width < end else " "
    return not before.isalnum() and not after.isspace()


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _mark_continuations(text: str, spans: list[Quoted]) -> list[Quoted]:
    """An unclosed quote followed by a paragraph that opens with a quote mark continues there."""
    out = []
    for i, span in enumerate(spans):
        following = spans[i + 1] if i + 1 < len(spans) else None
        continues = (
            not span.closed
            and following is not None
            and text[span.end : following.start].rstrip("\"“«„'`").strip() == ""
        )
        out.append(Quoted(span.start, span.end, span.closed, continues))
    return out
