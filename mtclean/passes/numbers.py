"""Chinese number units and quantity calques.

万 (ten thousand) comes out as ``10000`` and 亿 (a hundred million) as
``100 million`` after the number they multiply; 多 (more than) as ``Many``
after it.  The rules require the tell-tale shape (a number, then the unit
word, then a lower-case noun), so a plain ``10000`` is never touched.
"""

from __future__ import annotations

from decimal import Decimal

import regex

from mtclean.rules import Context, Pass, regex_rule

_NUMBER = r"(?P<number>\d+(?:\.\d+)?)"
_SENTENCE_START = regex.compile(r"(?:\A|[.!?。！？][”\"’']?)[ \t]*\Z")


def _at_sentence_start(match: regex.Match[str]) -> bool:
    return _SENTENCE_START.search(match.string, 0, match.start()) is not None


def _capitalise_if_sentence_start(match: regex.Match[str], text: str) -> str:
    return text[:1].upper() + text[1:] if _at_sentence_start(match) else text


def format_quantity(value: Decimal) -> str:
    """A quantity written the way an English news editor would.

    >>> format_quantity(Decimal(180000)), format_quantity(Decimal(1200000000))
    ('180,000', '1.2 billion')
    >>> format_quantity(Decimal(1000000)), format_quantity(Decimal("35000.0"))
    ('1 million', '35,000')
    """
    for size, word in (
        (Decimal(10) ** 12, "trillion"),
        (Decimal(10) ** 9, "billion"),
        (Decimal(10) ** 6, "million"),
    ):
        if value >= size:
            scaled = (value / size).normalize()
            return f"{scaled:f} {word}"
    value = value.normalize()
    if value == value.to_integral_value():
        return f"{int(value):,}"
    return f"{value:,f}"


@regex_rule(
    "numbers.wan",
    rf"\b{_NUMBER}[ \t]+10000(?=[ \t]+(?:yuan\b|RMB\b|\p{{Ll}}))",
    needs=[" 10000"],
)
def wan(match: regex.Match[str], context: Context) -> str:
    """万 read as ``10000``: ``18 10000 employees`` → ``180,000 employees``.

    >>> clean("The group has 18 10000 employees.")
    'The group has 180,000 employees.'
    >>> clean("Over 10000 people attended.")
    'Over 10000 people attended.'
    """
    return format_quantity(Decimal(match["number"]) * 10000)


@regex_rule(
    "numbers.yi",
    rf"\b{_NUMBER}[ \t]+100[ \t]+million\b(?=[ \t]+(?:yuan\b|RMB\b|\p{{Ll}}))",
    needs=[" 100 million"],
)
def yi(match: regex.Match[str], context: Context) -> str:
    """亿 read as ``100 million``: ``1.2 100 million yuan`` → ``120 million yuan``.

    >>> clean("Revenue reached 1.2 100 million yuan.")
    'Revenue reached 120 million yuan.'
    """
    return format_quantity(Decimal(match["number"]) * 100_000_000)


@regex_rule("numbers.many", rf"\b{_NUMBER}[ \t]+Many[ \t]+(?=\p{{Ll}})", needs=[" Many "])
def many(match: regex.Match[str], context: Context) -> str:
    """多 read as ``Many``: ``130 Many countries`` → ``more than 130 countries``.

    >>> clean("It sells cars in 130 Many countries.")
    'It sells cars in more than 130 countries.'
    """
    return _capitalise_if_sentence_start(match, f"more than {match['number']} ")


@regex_rule("numbers.years-later", r"\b(?P<year>[12]\d{3})[ \t]+Years[ \t]+later\b", needs=[" Years later"])
def years_later(match: regex.Match[str], context: Context) -> str:
    """以后 after a year: ``2025 Years later is`` → ``after 2025 is``.

    >>> clean("2025 Years later is the stage of change.")
    'After 2025 is the stage of change.'
    """
    return _capitalise_if_sentence_start(match, f"after {match['year']}")


@regex_rule(
    "numbers.the-year-is", r"\b(?P<year>[12]\d{3})[ \t]+The[ \t]+year[ \t]+is\b", needs=[" The year is"]
)
def the_year_is(match: regex.Match[str], context: Context) -> str:
    """年是 after a year: ``to 2023 The year is`` → ``to 2023 is``.

    >>> clean("From now to 2023 The year is the revival stage.")
    'From now to 2023 is the revival stage.'
    """
    return f"{match['year']} is"


@regex_rule(
    "numbers.history-of-years",
    r"\b[Hh]ave[ \t]+(?P<number>\d+)[ \t]+(?P<noun>(?:[\w'’-]+[ \t]+){1,4}?)with[ \t]+a[ \t]+history[ \t]+of[ \t]+years\b",
    needs=["history of years"],
)
def history_of_years(match: regex.Match[str], context: Context) -> str:
    """有N年历史的X: ``Have 120 French carmaker with a history of years`` → ``the 120-year-old French carmaker``.

    >>> clean("Have 120 French carmaker with a history of years Renault Group signed.")
    'The 120-year-old French carmaker Renault Group signed.'
    """
    noun = " ".join(match["noun"].split())
    return _capitalise_if_sentence_start(match, f"the {match['number']}-year-old {noun}")


NUMBERS = Pass("numbers", (wan, yi, many, years_later, the_year_is, history_of_years))
