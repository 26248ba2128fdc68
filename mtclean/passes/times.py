"""Times of day, part of the ``dates`` pass: ``at 4: 30`` → ``at 4:30``.

MT sometimes puts a space after the colon of a clock time.  A space next to
a colon between numbers is also how people write a ratio or a score
(``3 : 1``) or a numbered label (``Step 4: 30 minutes``), so the rule needs a
word that introduces a time (``at``, ``from``…), ``am``/``pm`` after it, a
date just before it, or a second clock time as the other end of a range.

Schedules (exam timetables, opening hours) show two more scars of the same
pages: the Q&A mirrors write the digit 1 apart from the digit beside it, so
``11:30`` comes out as ``1 1:30`` at the end of a range, and ``to`` can lose
its space before the second time (``9:00 to17:00``).
"""

from __future__ import annotations

import regex

from mtclean.rules import Context, regex_rule

_CLOCK_WORDS = r"(?:[Aa]t|[Ff]rom|[Uu]ntil|[Tt]ill|[Bb]efore|[Aa]fter|[Aa]round|[Aa]bout|[Ss]ince|[Bb]etween)"
_MONTH_NAMES = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
#: A clock time (spaced or not) and what joins it to the next one of a range.
#: ``or`` only after a time written whole (``8:30 or 9: 00``): ``2: 10 or 3: 15`` may be two labels.
_RANGE_BEFORE = r"\d:(?:[ \t]*[0-5]\d(?:[ \t]*[-–~][ \t]*|[ \t]+(?:to|and)[ \t]+)|[0-5]\d[ \t]+or[ \t]+)"
_BEFORE_CLOCK = regex.compile(
    rf"(?:\b{_CLOCK_WORDS}[ \t]+|{_RANGE_BEFORE}"
    # a date just before: "June 8 14: 45" (the time of 6月8日14:45)
    rf"|\b{_MONTH_NAMES}[ \t]+(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?,?[ \t]+)\Z"
)
_LOOK_BACK = 80  # characters before a clock time where _BEFORE_CLOCK may begin
#: A label that a clock time is the value of: ``check-in time is 14: 00``, ``check-out: 12: 00``,
#: ``business hours are 9: 00``.  ``time`` or ``hours`` needs a verb or a colon after it
#: (``Time 2: 15 minutes`` may be a numbered label), and so does ``check out`` without
#: ``time`` (``Check out 3: 10 new features``); a match's half-time, full-time or extra time
#: is a score.
_TIME_LABEL = regex.compile(
    r"(?:\b[Cc]heck-?(?:in|out)[ \t]+(?:[Tt]ime|[Hh]ours)(?:[ \t]*:|[ \t]+(?:is|are|was|were|will[ \t]+be))?"
    r"|\b[Cc]heck(?:-|[ \t])?(?:in|out)(?:[ \t]*:|[ \t]+(?:is|are|was|were|will[ \t]+be))"
    r"|(?<!\b(?:[Hh]alf|[Ff]ull|[Ee]xtra|[Oo]ver|[Ii]njury|[Ss]toppage)[ \t-])\b(?:[Tt]ime|[Hh]ours)"
    r"(?:[ \t]*:|[ \t]+(?:is|are|was|were|will[ \t]+be)))[ \t]+\Z"
)
#: Words of a clause where two numbers beside a colon are a ratio or a score, never a time.
_NOT_A_TIME = regex.compile(
    r"\b(?:ratios?|proportions?|scores?|odds|scored|won|lost|beat|led|leads?)\b", regex.I
)
#: The hour of a clock time, or 11–19 and 21 with the digit 1 written apart (``1 1``, ``2 1``).
_HOUR = r"(?:[01]?[0-9]|2[0-3]|1[ \t][0-9]|2[ \t]1)"
_AFTER_CLOCK = regex.compile(
    r"(?<![ \t])[ \t]*(?:[ap]m\b|[ap]\.m\.|o['’]clock\b"
    rf"|(?:[-–~]|to|[ \t]and[ \t])[ \t]*{_HOUR}[ \t]*:[ \t]*[0-5][0-9]\b|[ \t]or[ \t]+{_HOUR}:[0-5][0-9]\b)",
    regex.I,
)


@regex_rule(
    "dates.clock-time",
    # "(?=\d)" first: the engine skips to the next digit instead of trying the look-behind everywhere.
    r"(?=\d)(?<![\d.,]|(?<!\p{L}):)(?P<hour>[01]?[0-9]|2[0-3])(?:[ \t]+:[ \t]*|:[ \t]+)(?P<minute>[0-5][0-9])(?![\d:]|[.,]\d)",
    # The colon first: "re" then looks for it alone and does not try every position.
    cue=r":(?:(?<=[ \t]:)[ \t]*|(?<=\d:)[ \t]+)[0-5]\d",
)
def clock_time(match: regex.Match[str], context: Context) -> str | None:
    """A spaced clock time after ``at``, ``from``… or before ``am``/``pm``: ``4: 30`` → ``4:30``.

    >>> clean("The meeting starts at 4: 30 and ends before 6 : 15 pm .")
    'The meeting starts at 4:30 and ends before 6:15 pm.'
    >>> clean("Step 4: 30 minutes of rest. The ratio was 3 : 1.")
    'Step 4: 30 minutes of rest. The ratio was 3 : 1.'

    A range tells a time by the other end (``-``, ``to``, ``and``, ``or``),
    and a date just before it is one too.

    >>> clean("Doors open between 7: 00 and 7: 30, or at 8: 30 or 9: 00; the bell rings on June 8 14: 45.")
    'Doors open between 7:00 and 7:30, or at 8:30 or 9:00; the bell rings on June 8 14:45.'
    >>> clean("Chemistry: 15: 00-17: 00. Scores 2: 10 or 3: 15 decide; Chapter 3: 10 and more.")
    'Chemistry: 15:00-17:00. Scores 2: 10 or 3: 15 decide; Chapter 3: 10 and more.'

    A time a label gives (a hotel's check-in and check-out, a shop's hours)
    after ``is`` or a colon is one too; a score or a ratio in the clause is not.

    >>> clean("The check-in time is 14: 00 and check-out is 12: 00; business hours: 9: 30.")
    'The check-in time is 14:00 and check-out is 12:00; business hours: 9:30.'
    >>> clean("The half-time score is 2: 10; at full time: 21: 14; they led at race time: 5: 20.")
    'The half-time score is 2: 10; at full time: 21: 14; they led at race time: 5: 20.'
    """
    text = match.string
    # The introducing word is near: searching a bounded window keeps the rule linear.
    window = max(0, match.start() - _LOOK_BACK)
    if _BEFORE_CLOCK.search(text, window, match.start()) or _AFTER_CLOCK.match(text, match.end()):
        return f"{match['hour']}:{match['minute']}"
    if (
        _TIME_LABEL.search(text, window, match.start())
        and _NOT_A_TIME.search(text, window, match.start()) is None
    ):
        return f"{match['hour']}:{match['minute']}"
    return None


#: The second time of a range, glued to ``to`` or ``until``: a clock time, then the word.
_RANGE_END_BEFORE = regex.compile(rf"{_RANGE_BEFORE}\Z|\b(?:to|until|till)[ \t]+\Z")
_FROM_CLOCK = regex.compile(r"\b(?:[Ff]rom|[Bb]etween)[ \t]+(?:[01]?[0-9]|2[0-3])[ \t]*:[ \t]*[0-5][0-9]\b")


@regex_rule(
    "dates.split-hour",
    r"(?=[12][ \t]\d)(?<![\d:.,])(?P<hour>1[ \t][0-9]|2[ \t]1)(?P<colon>[ \t]*:[ \t]*)(?P<minute>[0-5][0-9])"
    r"(?![\d:]|[.,]\d)",
    cue=(r"1[ \t]\d[ \t]*:", r"2[ \t]\d[ \t]*:"),
)
def split_hour(match: regex.Match[str], context: Context) -> str | None:
    """An hour the Q&A mirrors split at its 1, at the end of a range: ``9:00- 1 1:30`` → ``9:00-11:30``.

    The hour is read back only where a range expects a time: just after a
    clock time and its dash, ``to``, ``and`` or ``or``, or after ``to`` in a
    clause that began the range with ``from`` or ``between`` and a clock time.

    >>> clean("Chinese runs 9:00- 1 1:30, maths from 9: 00 on June 7 to 1 1: 30.")
    'Chinese runs 9:00-11:30, maths from 9:00 on June 7 to 11:30.'
    >>> clean("Add 1 1:30 cups of stock to 1 1: 4 mixture; the score ran to 1 1:30 by noon.")
    'Add 1 1:30 cups of stock to 1 1: 4 mixture; the score ran to 1 1:30 by noon.'
    """
    text = match.string
    window = max(0, match.start() - _LOOK_BACK)
    before = _RANGE_END_BEFORE.search(text, window, match.start())
    if before is None:
        return None
    if not before.group().startswith(tuple("0123456789")):
        # "from 9: 00 on June 7 to 1 1: 30": the range's first time is earlier in the clause.
        clause = max(text.rfind(mark, window, before.start()) for mark in (". ", "; ", "\n"))
        if not _FROM_CLOCK.search(text, max(window, clause + 1), before.start()):
            return None
    return f"{match['hour'].replace(' ', '').replace(chr(9), '')}:{match['minute']}"


@regex_rule(
    "dates.glued-to",
    r"(?=to\d)(?<=\d:[ \t]*[0-5]\d[ \t]+)to(?=(?:[01]?[0-9]|2[0-3])[ \t]*:[ \t]*[0-5][0-9](?!\d))",
    cue=r"to\d",
)
def glued_to(match: regex.Match[str], context: Context) -> str:
    """``to`` glued to the second time of a range gets its space: ``9:00 to17:00`` → ``9:00 to 17:00``.

    >>> clean("Outlets open from 9: 00 to17: 00 on weekdays.")
    'Outlets open from 9:00 to 17:00 on weekdays.'
    >>> clean("Upgrade from v3.9 to3.11: 45 changes; set it to10:00 mode.")
    'Upgrade from v3.9 to3.11: 45 changes; set it to10:00 mode.'
    """
    return "to "
