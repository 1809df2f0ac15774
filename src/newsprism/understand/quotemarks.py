"""Quoted passages found from quotation marks alone, before any parsing.

Handles curly and straight double quotes, guillemets, and the newspaper convention that a quote
running over several paragraphs re-opens each paragraph without closing the previous one. An
unbalanced mark never breaks the rest: an unclosed quote ends with its paragraph, or where the
next quotation plainly opens (a straight mark between a space and a word), less an
attribution the writer put before it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

_OPEN = {"“": "”", "«": "»", "„": "“", '"': '"'}
_CLOSE = {"”", "»", '"'}
# Characters that open a quotation, those of the typewriter pairs ('' and ``) included.
OPENING_MARKS = "\"“«„'`"
_PARAGRAPH = re.compile(r"\n\s*\n")
_SAID = "said|says|added|adds|wrote|writes|explained|continued"  # a writer's words of saying
_SAYING = rf"{_SAID}|told|asked"  # and the cues that name whom, or ask
# A quotation mark. The typewriter pairs of older newswire archives (two apostrophes, two
# backticks) count as one double mark; the alternation tries a pair before a single character.
_MARK = re.compile(r"''|``|[“”«»„\"]")


@dataclass(frozen=True, slots=True)
class Quoted:
    start: int  # first character inside the marks
    end: int  # one past the last character inside the marks
    closed: bool
    continues: bool  # re-opened at the start of the next paragraph (same speaker)


# A markup tag left in the text (`<tweet tweet-author="@x" tweet-date="May 9">`): the marks
# around its attribute values quote nobody. It must open with a letter or "/" after "<", so
# "x < y" is not one.
_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>\n]{0,400})?/?>")


def quoted_spans(text: str) -> list[Quoted]:
    spans: list[Quoted] = []
    tags = [(m.start(), m.end()) for m in _TAG.finditer(text)] if "<" in text else []
    for start, end in _paragraphs(text):
        carried = bool(spans) and not spans[-1].closed and _blank(text, spans[-1].end, start)
        spans.extend(_in_paragraph(text, start, end, carried, tags))
    return _mark_continuations(text, spans)


def _blank(text: str, start: int, end: int) -> bool:
    return not text[start:end].strip()


def quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges inside quotation marks, sorted and disjoint: a speaker's words, not
    the outlet's."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted((m.start, m.end) for m in quoted_spans(text)):
        if merged and start < merged[-1][1]:  # a quote nested in another
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def inside(at: int, ranges: list[tuple[int, int]]) -> bool:
    """Whether offset ``at`` lies in one of ``ranges`` (sorted and disjoint, as
    ``quoted_ranges`` gives them), by one bisection."""
    i = bisect.bisect_right(ranges, (at, float("inf"))) - 1
    return i >= 0 and ranges[i][0] <= at < ranges[i][1]


def _paragraphs(text: str) -> list[tuple[int, int]]:
    bounds, last = [], 0
    for m in _PARAGRAPH.finditer(text):
        bounds.append((last, m.start()))
        last = m.end()
    bounds.append((last, len(text)))
    return bounds


def _in_paragraph(
    text: str,
    start: int,
    end: int,
    carried: bool = False,
    tags: list[tuple[int, int]] | None = None,
) -> list[Quoted]:
    """The quoted spans of one paragraph. ``carried``: the paragraph before ended inside a
    quotation left open; if this one's first mark can only close, the quotation runs on
    from its start (`"... a bunch of malarkey.` / `... Not a single thing he said is
    accurate."`, a quotation split in two paragraphs at its ellipsis)."""
    spans: list[Quoted] = []
    # Only the marks matter, so jump from one to the next instead of reading every character.
    marks = [m for m in _MARK.finditer(text, start, end) if not inside(m.start(), tags or [])]
    first = marks[0] if marks else None
    closes_first = first is not None and (
        first.group() == "”" or not _can_open(text, first.start(), start, end, len(first.group()))
    )
    opened: int | None = start if carried and closes_first else None
    skip_to = -1
    # Whether the open quotation began where another was left unclosed: a guess, inside
    # which no quotation is read as nested (it would only stretch a wrong reading).
    guessed = opened is not None
    for n, m in enumerate(marks):
        if n <= skip_to:
            continue  # the closing mark of a quotation nested in the open one
        i, width = m.start(), m.end() - m.start()
        ch = '"' if width == 2 else m.group()
        if opened is not None and (ch in _CLOSE or (ch == "“" and text[opened - 1] == "“")):
            if (ch == "“" and not _closes_anyway(text, i, end)) or _only_opens(
                text, i, start, end, width
            ):
                nested = None if guessed else _nested(text, marks, n, opened, end)
                if nested is not None:
                    skip_to, closes_outer = nested
                    if closes_outer:
                        spans.append(Quoted(opened, marks[skip_to].start(), True, False))
                        opened = None
                    continue
                # A new opening while one is open: the first was never closed.
                spans.append(Quoted(opened, _unclosed_end(text, opened, i), False, False))
                opened, guessed = i + width, True
            else:
                if i > opened:
                    spans.append(Quoted(opened, i, True, False))
                opened = None
        elif opened is None and ch in _OPEN and _can_open(text, i, start, end, width):
            opened, guessed = i + width, False
    if opened is not None and opened < end:
        spans.append(Quoted(opened, _trim_end(text, opened, end), False, False))
    return [s for s in spans if s.end > s.start]


def _closes_anyway(text: str, i: int, end: int) -> bool:
    """An opening curly mark typed where the closing one belongs: glued to the word before
    it (`the film “Frozen“ and the books`), or followed by who said it (`... want to go ,
    “ said the Republican Jim Jordan`)."""
    glued = i > 0 and not text[i - 1].isspace() and (i + 1 >= end or not text[i + 1].isalnum())
    return glued or bool(_ATTRIBUTION.match(text, i + 1))


# Words of saying right after a closing mark: the quotation has ended (`“equity,” tweeted
# conservative activist ...`).
_CUE_AFTER = re.compile(rf"\s*(?:{_SAYING}|tweeted|posted)\b")
_NESTED_WORDS = 6
_NESTED_REACH = 400  # characters from the outer quotation's start to the inner one's


def _nested(
    text: str, marks: list[re.Match[str]], n: int, opened: int, end: int
) -> tuple[int, bool] | None:
    """A quotation inside the open one, written with the same marks: `"As my mother would
    say, "God love her." Look, I meant what I said." Biden replied.` The next mark closes
    this short inner one (a term or a saying of a few words, inside a sentence) and the
    outer quotation runs on. The writer closed both with that mark where words of saying
    follow it (`“This is the endpoint of “equity,” tweeted ...`), where the mark after it
    opens a quotation, or where the paragraph ends. Not after a sentence's end or an
    attribution (`... comments, Graham said. "He is ...`), where the first quotation's
    closing mark was left out; nor across a line break or far into the outer quotation.
    Returns the inner closing mark's index and whether it closes the outer one too."""
    i, width = marks[n].start(), marks[n].end() - marks[n].start()
    if n + 1 >= len(marks) or i == 0 or not text[i - 1].isspace() or i - opened > _NESTED_REACH:
        return None
    before = text[opened:i].rstrip()
    if (
        not before
        or before[-1] in ".!?:"
        or "\n" in before
        or _unclosed_end(text, opened, i) < len(before) + opened
    ):
        return None
    close = marks[n + 1]
    if close.group() not in {"”", '"'} or (marks[n].group() == '"') != (close.group() == '"'):
        return None
    words = text[i + width : close.start()].split()
    if not 1 <= len(words) <= _NESTED_WORDS:
        return None
    after = close.end()
    following = marks[n + 2] if n + 2 < len(marks) else None
    opens_next = following is not None and (
        following.group() in {"“", "«", "„"}
        or _only_opens(text, following.start(), 0, end, following.end() - following.start())
    )
    closes_outer = opens_next or bool(_CUE_AFTER.match(text, after)) or not text[after:end].strip()
    return n + 1, closes_outer


def _can_open(text: str, i: int, start: int, end: int, width: int = 1) -> bool:
    """A straight quote opens only at a word's start: `"Yes`, not `5" screen` or `a"b`. In
    text tokenised word by word (PAC's corpus: `said . " I welcome this . "`) a mark stands
    apart on both sides; one with a word after the space opens there."""
    if text[i] not in {'"', "'", "`"}:
        return True
    before = text[i - 1] if i > start else " "
    after = text[i + width] if i + width < end else " "
    if before.isalnum():
        return False
    if not after.isspace():
        return True
    spaced = before.isspace() and text[i] == '"' and width == 1
    return spaced and _word_after_space(text, i + 1, end) and not _ATTRIBUTION.match(text, i + 1)


def _word_after_space(text: str, i: int, end: int) -> bool:
    """One space, then a word or an opening mark: not the end of a line or paragraph."""
    return i + 1 < end and text[i] == " " and (text[i + 1].isalnum() or text[i + 1] in "“‘'…")


# Who said it, right after a mark: that mark closed a quotation, though it stands apart like
# one that opens (`... necessary . " The Times reported that ...`, `" Giuliani said .`). A
# tokenised text that lost a paragraph break, and with it a re-opening mark, would otherwise
# read its narrative as quotations and its quotations as narrative. The same holds for an
# opening curly mark typed where the closing one belongs (PAC: `... want to go , “ said the
# Republican Jim Jordan`), which had made the next 1,200 characters of narrative his words.
_ATTRIBUTION = re.compile(
    rf" (?:(?:[A-Z][\w.’'-]*|the|The) ){{1,4}}(?:{_SAYING}|reported|reports|noted)\b|"
    rf" (?:he|she|they|He|She|They) (?:{_SAYING})\b|"
    rf" (?:{_SAYING}) (?:[A-Z]|the |an? )"
)


def _only_opens(text: str, i: int, start: int, end: int, width: int) -> bool:
    """A straight mark after a space and before a word (` "He's`) opens; it cannot close
    the quote before it, whose closing mark the writer left out."""
    if text[i] != '"' or width != 1 or i == start or i + 1 >= end:
        return False
    return text[i - 1].isspace() and (text[i + 1].isalnum() or text[i + 1] in "'‘…")


# The attribution a writer put after a quotation whose closing mark is missing:
# `"He's made comments, Graham said. "He's getting ...`.
_TRAILING_CUE = re.compile(
    r",\s+(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}|he|she|they)\s+"
    rf"(?:{_SAID}|told \w+(?: \w+)?)\.?\s*$"
)


def _unclosed_end(text: str, start: int, end: int) -> int:
    end = _trim_end(text, start, end)
    cue = _TRAILING_CUE.search(text, start, end)
    return cue.start() if cue else end


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
            and text[span.end : following.start].rstrip(OPENING_MARKS).strip() == ""
        )
        out.append(Quoted(span.start, span.end, span.closed, continues))
    return out
