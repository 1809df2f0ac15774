"""Publication dates from the many forms metadata gives them in."""

from __future__ import annotations

import calendar
import datetime as dt
import email.utils
import re
import time

# English month names and abbreviations, lower case -> 1-12 (shared by the readers of dates)
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9  # AP style writes "Sept."
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})")
# Unix seconds or milliseconds, as JSON dumps give them
_EPOCH = re.compile(r"^\d{10}(?:\d{3})?(?:\.\d+)?$")
_FORMATS = (
    "%Y%m%d",
    "%B %d, %Y",
    "%b %d, %Y",
    "%d %B %Y",
    "%d %b %Y",
    "%Y/%m/%d",
    "%d.%m.%Y",
    "%b. %d, %Y",
)


def parse_date(value: object) -> dt.date | None:
    """A date from ISO text, RFC 2822 text, common English forms, or a time.struct_time."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, time.struct_time):
        return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _from_epoch(float(value))
    return _parse_text(str(value).strip())


def _from_epoch(seconds: float) -> dt.date | None:
    """A Unix timestamp (milliseconds when too large for seconds) as a UTC date; None when it
    falls outside 1990-2100, where a number is more likely an id than a date."""
    if seconds > 1e11:
        seconds /= 1000
    try:
        day = dt.datetime.fromtimestamp(seconds, dt.UTC).date()
    except (OverflowError, OSError, ValueError):
        return None
    return day if 1990 <= day.year <= 2100 else None


def _parse_text(text: str) -> dt.date | None:
    if not text:
        return None
    if _EPOCH.match(text):
        return _from_epoch(float(text))
    if m := _ISO.match(text):
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    for fmt in _FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def parse_iso_option(value: str | None) -> dt.date | None:
    """Strict ISO for command-line options, where a guess would silently mislead."""
    if value is None:
        return None
    from newsprism.errors import NewsprismError

    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise NewsprismError("E105", value=value) from exc


def iso_at(day: dt.date, granularity: str | None) -> str | None:
    """``day`` in ISO 8601 at the precision the text gave: "2018-10-26", "2018-10" for a
    month, "1996" for a year. A week has no such form that sorts with the others, so None."""
    if granularity in (None, "day"):
        return day.isoformat()
    if granularity == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if granularity == "year":
        return f"{day.year:04d}"
    return None


def agree(a: str, b: str) -> bool:
    """Two ISO dates of any precision agree when one holds the other ("2018" and
    "2018-10-26" do; "2018-10-25" and "2018-10-26" do not)."""
    return a.startswith(b) or b.startswith(a)
