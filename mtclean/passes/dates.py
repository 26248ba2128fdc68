"""Tokenised dates: ``8 month 9 Japan`` → ``August 9``.

MT renders 年 as ``year``, 月 as ``month`` and 日/号 as ``Japan``, ``Number``
or ``day``.  Durations (``4 year 8 month 20 day``, ``2 years 8 months``) and
correctly written dates never match: a year must have four digits, months
and days must be in range, and a day word must follow or nothing that makes
the numbers a duration.
"""

from __future__ import annotations

import regex

from mtclean.rules import Context, Options, Pass, regex_rule

MONTHS = ("January February March April May June July August September October November December").split()

_DAY_WORD = r"(?:Japan|Number|[Dd]ay)\b"
_NOT_A_DURATION = r"(?<!\d[ \t]+years?[ \t]+)"
_YEAR = r"(?P<year>1[0-9]{3}|2[0-9]{3})"
_MONTH = r"(?P<month>1[0-2]|0?[1-9])"
_DAY = r"(?P<day>3[01]|[12][0-9]|0?[1-9])"


def format_date(options: Options, month: int, day: int | None = None, year: int | None = None) -> str:
    """A date written in the user's style.

    >>> format_date(Options(), 1, 14, 2021), format_date(Options("day-first"), 1, 14, 2021)
    ('January 14, 2021', '14 January 2021')
    """
    name = MONTHS[month - 1]
    if day is None:
        return f"{name} {year}" if year else name
    if options.date_style == "day-first":
        return f"{day} {name} {year}" if year else f"{day} {name}"
    return f"{name} {day}, {year}" if year else f"{name} {day}"


def _date(match: regex.Match[str], context: Context) -> str:
    groups = match.groupdict()
    year = int(groups["year"]) if groups.get("year") else None
    day = int(groups["day"]) if groups.get("day") else None
    return format_date(context.options, int(groups["month"]), day, year)


@regex_rule(
    "dates.year-month-day",
    rf"\b{_YEAR}[ \t]+year[ \t]+{_MONTH}[ \t]+month[ \t]+{_DAY}[ \t]+{_DAY_WORD}",
    needs=[" month "],
)
def year_month_day(match: regex.Match[str], context: Context) -> str:
    """`2021 year 1 month 14 Japan` → `January 14, 2021`.

    >>> clean("2021 year 1 month 14 Japan , Renault released its plan .")
    'January 14, 2021, Renault released its plan.'
    """
    return _date(match, context)


@regex_rule(
    "dates.month-day",
    rf"\b{_NOT_A_DURATION}{_MONTH}[ \t]+month[ \t]+{_DAY}[ \t]+(?:Japan|Number|Day|(?<=\b[Oo]n[ \t]+\S+[ \t]+month[ \t]+\S+[ \t]+)day)\b",
    needs=[" month "],
)
def month_day(match: regex.Match[str], context: Context) -> str:
    """`8 month 9 Japan` (or `Number`, `Day`) → `August 9`.

    Without a year, a lower-case ``day`` reads as a duration (``1 month 1
    day``) unless ``on`` comes before the date.

    >>> clean("The deal was signed on 8 month 9 Japan .")
    'The deal was signed on August 9.'
    >>> clean("It lasted 4 year 8 month 20 day in all.")
    'It lasted 4 year 8 month 20 day in all.'
    >>> clean("The talks lasted 1 month 1 day, and on 3 month 5 day they ended.")
    'The talks lasted 1 month 1 day, and on March 5 they ended.'
    """
    return _date(match, context)


@regex_rule(
    "dates.month-day-bare",
    rf"\b{_NOT_A_DURATION}{_MONTH}[ \t]+month[ \t]+{_DAY}\b"
    r"(?![ \t]*(?:[-–.,:/]?\d|Japan\b|Number\b|[Dd]ay|years?\b|months?\b|weeks?\b|days?\b|hours?\b|minutes?\b))"
    r"(?=[ \t]+\p{Lu}|[ \t]*[,.;)]|[ \t]*\Z)",
    needs=[" month "],
)
def month_day_bare(match: regex.Match[str], context: Context) -> str:
    """`8 month 9` with no day word, in a dateline → `August 9`.

    >>> clean("Netease car 8 month 9 Reported")
    'NetEase Auto August 9 Reported'
    >>> clean("a 3 month 2 week course")
    'a 3 month 2 week course'
    >>> clean("Within 1 month 20 dealers had signed up.")
    'Within 1 month 20 dealers had signed up.'
    """
    return _date(match, context)


@regex_rule(
    "dates.year-month",
    rf"\b{_YEAR}[ \t]+year[ \t]+{_MONTH}[ \t]+month\b(?![ \t]*\d)",
    needs=[" month"],
)
def year_month(match: regex.Match[str], context: Context) -> str:
    """`2021 year 3 month` → `March 2021`.

    >>> clean("Sales began in 2021 year 3 month .")
    'Sales began in March 2021.'
    """
    return _date(match, context)


DATES = Pass("dates", (year_month_day, month_day, month_day_bare, year_month))
