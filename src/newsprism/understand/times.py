"""Time expressions resolved to days against the article's publication date.

News writes relative time: "on Monday", "Monday evening", "last week", "tomorrow". A weekday
means the most recent such day on or before the reference date, unless the clause is about
the future ("will travel on Tuesday", "to travel on Tuesday"), then the next one. Inside a
quote the reference is the day the words were said, when the article gives it (see
``analyze.resolve_quote_times``); without a publication date nothing relative is resolved.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import replace

from spacy.tokens import Doc, Span

from newsprism.dates import MONTHS as _MONTHS
from newsprism.understand.lexicon import NUMBER_WORDS
from newsprism.understand.records import Anchor, Granularity, TimeExpression, TimeKind
from newsprism.understand.records import Span as Evidence

_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_DAY_WORDS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
_SAME_DAY = re.compile(r"\b(earlier|later) (in the day|today)|\bthis (morning|afternoon|evening)\b")
_DURATION = re.compile(r"\b(hours?|minutes?|days|weeks|months|years|decades?)\b", re.IGNORECASE)
_RELATIVE_UNIT = re.compile(r"\b(last|this|next|past|coming)\s+(week|month|year)\b", re.I)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_FUTURE_AUX = {"will", "shall", "'ll", "to", "going"}


# "that October": the month of the year the narrative is in, not the one nearest
# publication (BASIL: Christie "was seen that October praising Obama", in 2012, had been
# dated October 2015 in an article of June 2015).
_THAT_MONTH = re.compile(
    r"(?:that|same)\s+(?:" + "|".join(m for m in calendar.month_name if m) + ")",
    re.IGNORECASE,
)
# "On July 22 that year", "later that year", "the following year": the year the narrative
# is in (NYT on Roger Stone: "between June and July 2016 ... On July 22 that year, WikiLeaks
# released its first batch" had been dated July 2019, after the article).
_THAT_YEAR = re.compile(
    r"\b(that|the same|the following|the next|the previous|the prior) year\b", re.IGNORECASE
)
_YEAR_STEP = {"following": 1, "next": 1, "previous": -1, "prior": -1}
_NARRATIVE = re.compile(
    r"\b(that|the same|the|the next|the following|the previous) (day|morning|evening|night)\b|"
    r"\b(earlier|later) (in the day|that day)\b|\bthe day (before|after)\b",
    re.IGNORECASE,
)


def find_times(doc: Doc, published: dt.date | None) -> list[TimeExpression]:
    """Every DATE/TIME expression, resolved against publication, or against the day the
    narrative is on for "that day", "earlier in the day", and a time right after a day."""
    out: list[TimeExpression] = []
    past: list[TimeExpression] = []  # what the narrative has reached (future plans aside)
    previous_end = -1
    for ent in doc.ents:
        if ent.label_ not in {"DATE", "TIME"} or _is_age(ent):
            continue
        narrative = last_day(past)
        if narrative and (
            _NARRATIVE.search(ent.text)
            or (ent.label_ == "TIME" and ent.start == previous_end and out[-1].value is not None)
        ):
            time = _on_day(ent, narrative, ent.text.lower())
        elif (that_year := _THAT_YEAR.search(ent.text)) and (then := _last_dated(past)):
            time = _in_year(ent, then, _YEAR_STEP.get(that_year[1].split()[-1].lower(), 0))
        elif _that_month(ent) and (then := _last_dated(past)):
            # the nearest such month to where the narrative is; a year is its own
            time = resolve(ent, then.value)
            if then.granularity == "year" and then.value and time.value:
                time = replace(time, value=time.value.replace(year=then.value.year))
        else:
            time = resolve(ent, published)
        out.append(time)
        if not _is_future(ent):
            past.append(time)
        previous_end = ent.end
    return out


def _in_year(ent: Span, then: TimeExpression, step: int) -> TimeExpression:
    """The expression in the narrative's year (moved by ``step``): its month and day when it
    names them, else the year itself."""
    assert then.value is not None
    year = then.value.year + step
    time = resolve(ent, dt.date(year, 7, 1))
    if time.value is not None and time.granularity in {"day", "month"}:
        value = _date(year, time.value.month, time.value.day)
        return replace(time, value=value) if value else time
    anchor = then.anchor or "publication"  # as sure as the date it counts from
    return replace(time, kind="date", value=dt.date(year, 1, 1), granularity="year", anchor=anchor)


def _last_dated(times: list[TimeExpression]) -> TimeExpression | None:
    """The most recent time the narrative has reached at day, month or year precision."""
    return next(
        (t for t in reversed(times) if t.value and t.granularity in {"day", "month", "year"}),
        None,
    )


def _that_month(ent: Span) -> bool:
    """ "that October", with or without "that" in the span (spaCy leaves it out mid-sentence)."""
    before = ent.doc[ent.start - 1].text if ent.start else ""
    text = ent.text.strip()
    return bool(_THAT_MONTH.fullmatch(text) or _THAT_MONTH.fullmatch(f"{before} {text}"))


def last_day(times: list[TimeExpression], before: int | None = None) -> dt.date | None:
    """The most recent day-precise date the narrative has reached (before an offset)."""
    for t in reversed(times):
        if t.value and t.granularity == "day" and (before is None or t.span.end <= before):
            return t.value
    return None


def anchor_quoted(
    times: list[TimeExpression], quoted: list[tuple[int, int]], doc: Doc
) -> list[TimeExpression]:
    """Relative words inside a quote ("tomorrow") count from the day it was said: the day the
    narrative is on just before the quote, when that is known."""

    def in_quote(t: TimeExpression) -> bool:
        return any(a <= t.span.start < b for a, b in quoted)

    def future(t: TimeExpression) -> bool:
        span = doc.char_span(t.span.start, t.span.end, alignment_mode="expand")
        return span is not None and _is_future(span)

    narrative = [t for t in times if not in_quote(t) and not future(t)]
    out = []
    for t in times:
        inside = in_quote(t)
        said_on = last_day(narrative, before=t.span.start) if inside else None
        if inside and said_on and t.anchor in {"publication", None}:
            span = doc.char_span(t.span.start, t.span.end, alignment_mode="expand")
            if span is not None:
                resolved = resolve(span, said_on, anchor="quote")
                out.append(resolved if resolved.value else t)
                continue
        out.append(t)
    return out


def _on_day(ent: Span, day: dt.date, text: str) -> TimeExpression:
    offset = (
        1
        if re.search(r"\b(next|following|after)\b", text)
        else -1
        if re.search(r"\b(previous|before)\b", text)
        else 0
    )
    evidence = Evidence.of(ent)
    return TimeExpression(
        evidence, _kind(ent), day + dt.timedelta(days=offset), "day", "publication"
    )


def _kind(ent: Span) -> TimeKind:
    return "time" if ent.label_ == "TIME" else "date"


def resolve(ent: Span, reference: dt.date | None, anchor: Anchor = "publication") -> TimeExpression:
    text = ent.text.lower()
    evidence = Evidence.of(ent)
    absolute = _absolute(text, reference, _is_future(ent))
    if absolute is not None:
        return TimeExpression(evidence, "date", absolute[0], absolute[1], "absolute")
    if _DURATION.search(text) and not _RELATIVE_UNIT.search(text) and "ago" not in text:
        return TimeExpression(evidence, "duration", None, None, None)
    kind = _kind(ent)
    if reference is None:
        return TimeExpression(evidence, kind, None, None, None)
    day = _relative_day(text, reference, _is_future(ent))
    if day is not None:
        return TimeExpression(evidence, kind, day[0], day[1], anchor)
    return TimeExpression(evidence, kind, None, None, None)


def _absolute(
    text: str, reference: dt.date | None, future: bool = False
) -> tuple[dt.date, Granularity] | None:
    if m := _ISO.search(text):
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3])), "day"
        except ValueError:
            return None
    words = re.findall(r"[a-z]+|\d+", text)
    month = next((_MONTHS[w] for w in words if w in _MONTHS and len(w) >= 3), None)
    year_match = _YEAR.search(text)
    year = int(year_match[1]) if year_match else (reference.year if reference else None)
    if month is None:
        if year_match and re.fullmatch(r"(in |the year )?\d{4}", text.strip()):
            return dt.date(year or 1, 1, 1), "year"
        return None
    if year is None:
        return None
    day = next((int(w) for w in words if w.isdigit() and 1 <= int(w) <= 31 and len(w) <= 2), None)
    years = [year] if year_match or reference is None else _years_around(reference)
    found = [d for y in years if (d := _date(y, month, day or 1)) is not None]
    if not found:
        return None  # "February 30"
    if reference is not None and len(found) > 1:
        found = _nearest(found, reference, future)
    return (found[0], "day") if day else (found[0], "month")


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _years_around(reference: dt.date) -> list[int]:
    return [reference.year - 1, reference.year, reference.year + 1]


def _nearest(days: list[dt.date], reference: dt.date, future: bool) -> list[dt.date]:
    """A day and month without a year is the one nearest the reference ("January 1" in an
    article of 23 December is nine days later, not a year ago), and not before the reference
    when its clause speaks of the future ("will leave on February 28")."""
    if future:
        days = [d for d in days if d >= reference.replace(day=1)] or days
    return sorted(days, key=lambda d: abs((d - reference).days))


def _relative_day(text: str, ref: dt.date, future: bool) -> tuple[dt.date, Granularity] | None:
    for word, offset in _DAY_WORDS.items():
        if re.search(rf"\b{word}\b", text):
            return ref + dt.timedelta(days=offset), "day"
    if _SAME_DAY.search(text):
        return ref, "day"
    for name, weekday in _WEEKDAYS.items():
        if re.search(rf"\b{name}\b", text):
            return _weekday(ref, weekday, text, future), "day"
    if m := _RELATIVE_UNIT.search(text):
        return _unit(ref, m[1].lower(), m[2].lower())
    if m := re.search(
        r"\b(\d+|a|one|two|three|four|five|six|seven) (day|week|month|year)s? ago", text
    ):
        count = 1 if m[1] == "a" else NUMBER_WORDS.get(m[1]) or int(m[1])
        units: dict[str, Granularity] = {"day": "day", "week": "week", "month": "month"}
        unit = units.get(m[2], "year")
        days = {"day": 1, "week": 7, "month": 30, "year": 365}[unit] * count
        return ref - dt.timedelta(days=days), unit
    return None


def _weekday(ref: dt.date, weekday: int, text: str, future: bool) -> dt.date:
    delta = (ref.weekday() - weekday) % 7
    if "next" in text.split() or (future and delta != 0):
        return ref + dt.timedelta(days=(weekday - ref.weekday()) % 7 or 7)
    if "last" in text.split() and delta == 0:
        delta = 7
    return ref - dt.timedelta(days=delta)


def _unit(ref: dt.date, which: str, unit: str) -> tuple[dt.date, Granularity]:
    step = {"last": -1, "past": -1, "this": 0, "next": 1, "coming": 1}[which]
    if unit == "week":
        monday = ref - dt.timedelta(days=ref.weekday())
        return monday + dt.timedelta(weeks=step), "week"
    if unit == "month":
        month_index = ref.year * 12 + ref.month - 1 + step
        return dt.date(month_index // 12, month_index % 12 + 1, 1), "month"
    return dt.date(ref.year + step, 1, 1), "year"


def _is_future(ent: Span) -> bool:
    """The clause the expression belongs to speaks of the future ("will", "to travel")."""
    verb = ent.root.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head != verb:
        verb = verb.head
    aux = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    return bool(aux & _FUTURE_AUX) or (verb.tag_ == "VB" and verb.dep_ in {"xcomp", "acl", "relcl"})


def _is_age(ent: Span) -> bool:
    """ "21-year-old" is tagged DATE by small models; it is an amount (an age)."""
    return bool(re.search(r"\d+[- ]year[- ]old", ent.text))


def resolve_phrase(text: str, reference: dt.date) -> tuple[dt.date, Granularity] | None:
    """A stored time expression resolved against a reference day learnt later (an undated
    article's date inferred from its story). Read as past, as news mostly looks back."""
    lowered = text.lower()
    return _absolute(lowered, reference) or _relative_day(lowered, reference, False)
