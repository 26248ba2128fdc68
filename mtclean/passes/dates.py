"""Tokenised dates: ``8 month 9 Japan`` → ``August 9``.

MT renders 年 as ``year``, 月 as ``month`` and 日/号 as ``Japan``, ``Number``
or ``day``.  Every rule writes dates in the user's :class:`~mtclean.rules.Options`
style: ``August 9, 2021`` (``"month-first"``, the default) or ``9 August 2021``
(``"day-first"``).

Durations (``4 year 8 month 20 day``, ``2 years 8 months``) and correctly
written dates never match: a year must have four digits, months and days must
be in range and make a real calendar date, nothing may precede the month
that makes the numbers a duration, and the lower-case day word ``day`` (the
one clean English also uses for lengths of time, ``a 3 month 2 day course``)
counts only where a date is expected.
"""

from __future__ import annotations

import calendar

import regex

from mtclean.passes.times import clock_time, glued_to, split_hour
from mtclean.rules import Context, Options, Pass, regex_rule

MONTHS = ("January February March April May June July August September October November December").split()
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# The groups of a tokenised date; ``n`` tells the first date of a range ("")
# from the second ("2").
_YEAR = r"(?P<year{n}>1[0-9]{{3}}|2[0-9]{{3}})[ \t]+[Yy]ear(?:[ \t]+of)?[ \t]+"
_MONTH = r"(?P<month{n}>1[0-2]|0?[1-9])[ \t]+month[ \t]+"
_DAY = r"(?P<day{n}>3[01]|[12][0-9]|0?[1-9])"
# 日/号 as a word.  "Japan" is not a day word where it begins a name.
_DAY_WORD = (
    r"(?P<word{n}>Japan(?!['’]s\b|-\p{{L}}|[ \t]+(?:Airlines|Airways|Post|Rail|Railways|Times|Tobacco)\b)"
    r"|Number|[Dd]ay)\b"
)
# "4 years 8 month 20 day" and "week 3 month 2 day" are lengths of time; a digit or a
# comma glued to a number before ("1,2021 year") is part of another number, a spaced
# comma (MT's "，2021年": " ,2021 year") is not.
_NOT_A_DURATION = (
    r"(?<![\d.]|(?<![ \t]),|\d[ \t]+(?:years?|weeks?|days?)[ \t]+|\b(?:[Ww]eeks?|[Dd]ays?)[ \t]+)"
)
# Every date begins with a digit.  Said first, it lets the engine skip to the
# next digit instead of trying the look-behinds at every position: the same
# matches, ten times faster on English (docs/performance.md).  The patterns
# that begin with a four-digit year are fast without it (and slower with it).
_AT_DIGIT = r"(?=\d)"


def _date(n: str = "", *, year: str = "optional", word: str = "required") -> str:
    """The pattern of one tokenised date, its groups suffixed with ``n``."""
    parts = {"optional": f"(?:{_YEAR})?", "required": _YEAR, "none": ""}[year]
    pattern = parts + _MONTH + _DAY
    day_word = rf"[ \t]+{_DAY_WORD}"
    pattern += {"optional": f"(?:{day_word})?", "required": day_word, "none": r"\b"}[word]
    return pattern.format(n=n)


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


def _number(match: regex.Match[str], group: str) -> int | None:
    value = match.groupdict().get(group)
    return int(value) if value else None


def _is_real(month: int, day: int, year: int | None) -> bool:
    """Whether the day exists in that month (29 February in any year without one)."""
    return day <= calendar.monthrange(year or 2020, month)[1]


# Where the lower-case "day" may end a date: before punctuation, the end, a
# capitalised word, a range, or a part of the day.
_AFTER_DAY = regex.compile(
    r"(?<![ \t])(?:[ \t]*(?:[,.;:!?，。；：)）]|\Z)|[ \t]+\p{Lu}|[ \t]*(?:[-–~]|to|and)[ \t]*\d"
    r"|[ \t]+(?:morning|afternoon|evening|night|noon|midnight)\b)"
)
# ...and where it may begin one: after a garbled comma, a weekday, a word
# that introduces a date, or "to"/"and" after another date; or at the start of a sentence or inside brackets
# when a garbled mark (" ,", " )" or "，") follows.
_BEFORE_DAY = regex.compile(
    r"(?:[，、]|[ \t],|\b(?:[Oo]n|[Ss]ince|[Ff]rom|[Uu]ntil|[Tt]ill|[Bb]efore|[Aa]s[ \t]+of|[Dd]ated|[Rr]eported"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?)|(?:Japan|Number|[Dd]ay|\d)[ \t]+(?:to|and|or))[ \t]*\Z"
)
_LOOK_BACK = 200  # characters before a date that _SENTENCE_START and _BEFORE_DAY read
_SENTENCE_START = regex.compile(r"(?:\A|[.!?。！？(（])[ \t]*\Z")
_GARBLED_MARK = regex.compile(r"(?<![ \t])(?:[ \t]+[,.;:)](?:\s|\Z)|[ \t]*[，。；：）])")


def _is_date(match: regex.Match[str], n: str = "") -> bool:
    """Whether the numbers of one date are a real date and not a length of time."""
    month, day = _number(match, "month" + n), _number(match, "day" + n)
    assert month is not None and day is not None
    if not _is_real(month, day, _number(match, "year" + n)):
        return False
    word = match.groupdict().get("word" + n)
    if word in ("day", "Day") and not match.groupdict().get("year" + n):
        # What comes before is read from a window, not the whole prefix (linear time).
        start, end = match.start("month" + n), match.end("word" + n)
        before = match.string[max(0, start - _LOOK_BACK) : start]
        if _SENTENCE_START.search(before):
            return bool(_GARBLED_MARK.match(match.string, end))
        return bool(_BEFORE_DAY.search(before) and _AFTER_DAY.match(match.string, end))
    return True


# Where "8 month 9" without a day word may end: before a capitalised word
# (a dateline's "Reported") or a garbled comma, but not before a day word.
_BARE_END = regex.compile(
    r"(?<![ \t])(?=[ \t]+\p{Lu}|[ \t]+[,;](?:\s|\Z)|[ \t]*[，；])(?![ \t]+(?:Japan|Number|Day)\b)"
)


def _written(match: regex.Match[str], context: Context, n: str = "") -> str:
    return format_date(
        context.options,
        _number(match, "month" + n) or 1,
        _number(match, "day" + n),
        _number(match, "year" + n),
    )


@regex_rule(
    "dates.weekday",
    rf"{_AT_DIGIT}\b{_NOT_A_DURATION}{_date()}[ \t]*[(（][ \t]*(?P<weekday>{'|'.join(WEEKDAYS)})[ \t]*[)）]",
    needs=[" month "],
)
def weekday(match: regex.Match[str], context: Context) -> str | None:
    """A date with its weekday in brackets reads ``Monday, August 9``.

    >>> clean("The launch is on 8 month 9 Japan ( Monday ) in Hangzhou .")
    'The launch is on Monday, August 9 in Hangzhou.'
    >>> clean("The launch is on Monday, August 9 (Monday in Europe).")
    'The launch is on Monday, August 9 (Monday in Europe).'
    """
    if not _is_real(_number(match, "month") or 1, _number(match, "day") or 1, _number(match, "year")):
        return None
    date = _written(match, context)
    return (
        f"{match['weekday']} {date}"
        if context.options.date_style == "day-first"
        else f"{match['weekday']}, {date}"
    )


@regex_rule(
    "dates.range",
    rf"{_AT_DIGIT}\b{_NOT_A_DURATION}{_date(word='optional')}"
    r"(?:[ \t]*[-–~～][ \t]*|[ \t]+(?P<joiner>to|and|until|till)[ \t]+)"
    rf"(?:{_date('2', year='optional')}|(?P<day2>3[01]|[12][0-9]|0?[1-9])[ \t]+{_DAY_WORD.format(n='2')})",
    needs=[" month "],
)
def date_range(match: regex.Match[str], context: Context) -> str | None:
    """Two dates joined, sharing what the second leaves out: ``October 1 to 7``.

    >>> clean("The holiday runs from 10 month 1 Japan to 7 Japan .")
    'The holiday runs from October 1 to 7.'
    >>> clean("Voting: 2021 year 3 month 1 Japan - 4 month 2 Japan .")
    'Voting: March 1 to April 2, 2021.'
    >>> clean("The course lasts 3 month to 2 days.")
    'The course lasts 3 month to 2 days.'
    """
    year, month, day = _number(match, "year"), _number(match, "month"), _number(match, "day")
    year2, month2, day2 = _number(match, "year2"), _number(match, "month2"), _number(match, "day2")
    assert month is not None and day is not None and day2 is not None
    if (year2 and not year) or not _is_date(match) or (month2 and not _is_date(match, "2")):
        return None
    if not month2 and match["word2"] in ("day", "Day") and not _AFTER_DAY.match(match.string, match.end()):
        return None
    year2, month2 = year2 or year, month2 or month
    if not _is_real(month2, day2, year2) or (year2 or 0, month2, day2) <= (year or 0, month, day):
        return None
    joiner = match["joiner"] or "to"
    first, last = MONTHS[month - 1], MONTHS[month2 - 1]
    if year != year2:
        start, end = (
            format_date(context.options, month, day, year),
            format_date(context.options, month2, day2, year2),
        )
        return f"{start} {joiner} {end}"
    suffix = f" {year}" if year else ""
    if context.options.date_style == "day-first":
        start = f"{day}" if month == month2 else f"{day} {first}"
        return f"{start} {joiner} {day2} {last}{suffix}"
    end = f"{day2}" if month == month2 else f"{last} {day2}"
    return f"{first} {day} {joiner} {end}{',' if suffix else ''}{suffix}"


@regex_rule(
    "dates.year-month-day",
    rf"\b{_NOT_A_DURATION}{_date(year='required', word='optional')}",
    needs=[" month "],
)
def year_month_day(match: regex.Match[str], context: Context) -> str | None:
    """`2021 year 1 month 14 Japan` → `January 14, 2021` (or `14 January 2021`).

    >>> clean("2021 year 1 month 14 Japan , Renault released its plan .")
    'January 14, 2021, Renault released its plan.'
    >>> clean("The form says 2021 year 2 month 30 day.")
    'The form says 2021 year 2 month 30 day.'
    """
    if not match["word"] and not _BARE_END.match(match.string, match.end()):
        return None
    return _written(match, context) if _is_date(match) else None


@regex_rule("dates.month-day", rf"{_AT_DIGIT}\b{_NOT_A_DURATION}{_date(year='none')}", needs=[" month "])
def month_day(match: regex.Match[str], context: Context) -> str | None:
    """`8 month 9 Japan` (or `Number`, or `day` where a date belongs) → `August 9`.

    >>> clean("The deal was signed on 8 month 9 Japan .")
    'The deal was signed on August 9.'
    >>> clean("It lasted 4 year 8 month 20 day in all.")
    'It lasted 4 year 8 month 20 day in all.'
    >>> clean("She booked a 3 month 2 day course.")
    'She booked a 3 month 2 day course.'
    """
    return _written(match, context) if _is_date(match) else None


@regex_rule(
    "dates.month-day-bare",
    rf"{_AT_DIGIT}(?<!\b(?:[Aa]n?|[Tt]he|[Ee]ach|[Ee]very|[Pp]er|[Ff]or)[ \t]+)\b{_NOT_A_DURATION}{_date(year='none', word='none')}"
    + _BARE_END.pattern,
    needs=[" month "],
)
def month_day_bare(match: regex.Match[str], context: Context) -> str | None:
    """`8 month 9` with no day word, in a dateline → `August 9`.

    >>> clean("Netease car 8 month 9 Reported")
    'NetEase Auto August 9 Reported'
    >>> clean("a 3 month 2 week course, and a 12 month 3 phase plan")
    'a 3 month 2 week course, and a 12 month 3 phase plan'
    """
    return _written(match, context) if _is_date(match) else None


@regex_rule(
    "dates.year-month",
    r"(?<![\d.,][ \t]*)\b" + _YEAR.format(n="") + r"(?P<month>1[0-2]|0?[1-9])[ \t]+month\b(?![ \t]*\d)",
    needs=[" month"],
)
def year_month(match: regex.Match[str], context: Context) -> str:
    """`2021 year 3 month` → `March 2021`.

    >>> clean("Sales began in 2021 year 3 month .")
    'Sales began in March 2021.'
    >>> clean("A 2021 year-3 plan.")
    'A 2021 year-3 plan.'
    """
    return format_date(context.options, int(match["month"]), None, int(match["year"]))


# What may follow "2021 year" when 年 was translated on its own: punctuation,
# the end, a capitalised word, a clause, or a second year.
_AFTER_YEAR = (
    r"(?=[ \t]*(?:[,.](?!\d)|[;:!?，。；：！？、)）]|\Z)|[ \t]+\p{Lu}"
    r"|[ \t]+(?:the|it|its|we|they|he|she|there|this|these|our|their|when|is|was|will|has|had)\b"
    r"|[ \t]+(?:to|and|or)[ \t]+[12][0-9]{3}[ \t]+year\b)"
)


@regex_rule(
    "dates.year",
    r"(?<![\d.,][ \t]*|\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Ee]ach|[Ee]very|[Pp]er|[Oo]ne|[Ff]iscal|[Ff]inancial"
    r"|[Tt]ax|[Ss]chool|[Aa]cademic|[Cc]alendar|[Mm]odel|[Ll]ight|[Ll]eap)[ \t]+)"
    r"\b(?P<year>1[0-9]{3}|2[0-9]{3})[ \t]+year\b(?![-'’])" + _AFTER_YEAR,
    needs=[" year"],
)
def year(match: regex.Match[str], context: Context) -> str:
    """年 after a year on its own: ``In 2021 year ,`` → ``In 2021,``.

    >>> clean("In 2020 year , sales doubled ; 2021 year to 2023 year was calmer .")
    'In 2020, sales doubled; 2021 to 2023 was calmer.'
    >>> clean("The 2021 year was hard, and a 2000 year old tree fell in 2000 year cycles.")
    'The 2021 year was hard, and a 2000 year old tree fell in 2000 year cycles.'
    """
    return match["year"]


_MONTH_NAME = "|".join(MONTHS)


@regex_rule(
    "dates.in-full-date",
    rf"\b(?P<in>[Ii]n)(?=[ \t]+(?:{_MONTH_NAME})[ \t]+(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?,?[ \t]+[12][0-9]{{3}}\b(?![.,]?\d))",
    cue=rf"n(?<=[Ii]n)(?<!\w[Ii]n)[ \t]+(?:{_MONTH_NAME})[ \t]+\d",  # from the ``n``: a literal, not a class
)
def in_full_date(match: regex.Match[str], context: Context) -> str:
    """A whole date takes ``on``, not ``in`` (于…日 read word for word): ``founded in October 10, 1925``.

    A month alone, a month and a year, or a number that is not a day keep ``in``.

    >>> clean("The museum was founded in October 10, 1925 , in the old palace .")
    'The museum was founded on October 10, 1925, in the old palace.'
    >>> clean("In 2021 year 1 month 14 Japan , the plant opened .")
    'On January 14, 2021, the plant opened.'
    >>> clean("Sales rose in March 3,000 units; in May 2020 and in June 12 months later they fell.")
    'Sales rose in March 3,000 units; in May 2020 and in June 12 months later they fell.'
    """
    return "On" if match["in"] == "In" else "on"


#: ``settles``: the rules read their surroundings (what follows ``2021 year``),
#: which later passes change (``after 2025`` from ``2025 Years later``, ``、`` to
#: ``,``); see ``Pass.settles``.
DATES = Pass(
    "dates",
    (
        weekday,
        date_range,
        year_month_day,
        month_day,
        month_day_bare,
        year_month,
        year,
        glued_to,
        split_hour,
        clock_time,
        in_full_date,
    ),
    settles=True,
)
