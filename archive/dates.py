"""Dates as people write them in metadata: a year, a month or a day."""
from __future__ import annotations

import datetime as dt
import email.utils
import re


def parse_date(value: str) -> tuple[dt.date, str]:
    """'2016' / '2016-05' / '2016-05-12' -> (date, precision). Raises ValueError."""
    value = value.strip()
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", value)
    if not m:
        raise ValueError(f"{value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    if day:
        return dt.date(year, int(month), int(day)), "day"
    if month:
        return dt.date(year, int(month), 1), "month"
    return dt.date(year, 1, 1), "year"


def format_date(date: dt.date | None, precision: str | None) -> str:
    """The inverse of parse_date: '2016', '2016-05' or '2016-05-12' ('' for no date)."""
    if date is None:
        return ""
    if precision == "year":
        return f"{date.year:04d}"
    if precision == "month":
        return f"{date.year:04d}-{date.month:02d}"
    return date.isoformat()


def parse_source_date(value: str | None) -> tuple[dt.date, str] | None:
    """A date as feeds and pages write it (ISO 8601, RFC 822, or day first with / or .);
    None if unreadable."""
    if not value:
        return None
    value = value.strip()
    m = re.match(r"\d{4}(-\d{1,2}(-\d{1,2})?)?(?![\d])", value)
    if m:
        try:
            return parse_date(m.group(0))
        except ValueError:
            return None
    m = re.match(r"(\d{1,2})[./](\d{1,2})[./](\d{4})(?![\d])", value)
    if m:  # 25/05/2025, 25.05.2025: day first, as Turkey and Europe write it (month first only when it must be)
        a, b, year = (int(x) for x in m.groups())
        day, month = (b, a) if b > 12 >= a else (a, b)
        try:
            return dt.date(year, month, day), "day"
        except ValueError:
            return None
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return (parsed.date(), "day") if parsed else None


# PDF's own format appeared in 1993: an earlier "creation date" is a writer's default.
FIRST_FILE_YEAR = 1993


def parse_file_date(value: str | None) -> dt.date | None:
    """A file's creation date from its metadata: a PDF's `D:20160602120000+02'00'`, a
    DOCX's `2016-06-02T10:00:00Z`; None if unreadable, before FIRST_FILE_YEAR or after
    next year."""
    m = re.match(r"\s*(?:D:)?(\d{4})-?(\d{2})-?(\d{2})", value or "")
    if not m:
        return None
    try:
        day = dt.date(*(int(g) for g in m.groups()))
    except ValueError:
        return None
    return day if FIRST_FILE_YEAR <= day.year <= dt.date.today().year + 1 else None
