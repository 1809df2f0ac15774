"""A publication date from a dateline near the top of an undated article.

Text exports of web pages keep the page's date as a short line under the headline: "Posted
Dec 23, 2012 4:42 PM EDT", "9 September 2013 Last updated at 14:39 GMT", "Published: 09th June
2013", "11/30/09 05:40 PM ET". When the input gives no date (no header, metadata, feed or
option), such a line is the best evidence of when the article was published, and without a
date relative expressions ("on Monday") stay unresolved and stories lose their time window.

The rule is deliberately narrow, because a wrong date is worse than none:
- only the first four paragraphs, each at most 100 characters, and not a sentence (a line
  ending in a full stop is prose: "He was born on July 4, 1976.");
- the date must carry a year, and numeric dates only count when day and month cannot be
  swapped (30/11/09 yes, 04/09/2012 no: the US and European readings disagree);
- little else may be on the line: besides times, time zones, weekdays and words such as
  "posted" or "updated", at most two other words (a place or an agency: "Reuters").
The first date on the line wins: in "on July 13, 2009, updated July 29, 2009" it is the
publication, not the update.
"""

from __future__ import annotations

import datetime as dt
import re

from newsprism.dates import MONTHS
from newsprism.textutil import paragraphs

_MONTHS = {**MONTHS, "sept": 9}  # "Sept. 18" is common in datelines
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_PATTERNS = (
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),  # Dec 23, 2012
    re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),  # 9 September 2013
    re.compile(r"\b(?P<year>(?:19|20)\d\d)\s*-\s*(?P<month>\d{1,2})\s*-\s*(?P<day>\d{1,2})\b"),
)
# Separators may be spaced, as in tokenised text ("11 / 30 / 09").
_NUMERIC = re.compile(r"\b(?P<a>\d{1,2})\s*([/.])\s*(?P<b>\d{1,2})\s*\2\s*(?P<y>\d{4}|\d{2})\b")
_FILLER = frozenset(
    "posted published updated last edited on at by am pm a.m p.m gmt utc et est edt ct cst cdt "
    "mt mst mdt pt pst pdt bst cet cest ist hkt aest uk date time mon tue tues wed thu thur "
    "thurs fri sat sun monday tuesday wednesday thursday friday saturday sunday".split()
)
_WORD = re.compile(r"[^\W\d_][\w.'’-]*", re.UNICODE)
_MAX_OTHER_WORDS = 2
_MAX_CHARS = 100


def dateline_date(text: str, today: dt.date | None = None) -> dt.date | None:
    """The date of the first dateline among the first paragraphs of ``text``, if any."""
    now = today or dt.date.today()
    latest = now + dt.timedelta(days=1)  # time zones run ahead
    for paragraph in paragraphs(text[:2000])[:4]:
        found = _line_date(paragraph.strip(), now.year)
        if found is not None and found <= latest:
            return found
    return None


def _line_date(line: str, this_year: int) -> dt.date | None:
    if not line or len(line) > _MAX_CHARS or line.endswith("."):
        return None
    candidates = [(m.start(), m, _from_words(m)) for p in _PATTERNS if (m := p.search(line))]
    if m := _NUMERIC.search(line):
        candidates.append((m.start(), m, _from_numbers(m, this_year)))
    dated = sorted((c for c in candidates if c[2] is not None), key=lambda c: c[0])
    if not dated:
        return None
    _, match, found = dated[0]
    rest = line[: match.start()] + " " + line[match.end() :]
    others = [
        w
        for w in _WORD.findall(rest)
        if len(w.strip(".")) > 1 and w.lower().strip(".:,") not in _FILLER
    ]
    return found if len(others) <= _MAX_OTHER_WORDS else None


def _from_words(match: re.Match[str]) -> dt.date | None:
    month = match["month"]
    number = int(month) if month.isdigit() else _MONTHS[month.lower().rstrip(".")]
    return _date(int(match["year"]), number, int(match["day"]))


def _from_numbers(match: re.Match[str], this_year: int) -> dt.date | None:
    a, b, year = int(match["a"]), int(match["b"]), int(match["y"])
    if year < 100:
        year += 2000 if year <= this_year % 100 + 1 else 1900
    if a > 12 >= b:
        return _date(year, b, a)  # day first: 16/08/2011
    if b > 12 >= a or a == b:
        return _date(year, a, b)  # month first: 11/30/09; 4/4/2012 reads the same both ways
    return None


def _date(year: int, month: int, day: int) -> dt.date | None:
    if year < 1900:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
