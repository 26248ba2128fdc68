"""Times of day, part of the ``dates`` pass: ``at 4: 30`` → ``at 4:30``.

MT sometimes puts a space after the colon of a clock time.  A space next to
a colon between numbers is also how people write a ratio or a score
(``3 : 1``) or a numbered label (``Step 4: 30 minutes``), so the rule needs a
word that introduces a time (``at``, ``from``…), ``am``/``pm`` after it, or
a second clock time as the other end of a range.
"""

from __future__ import annotations

import regex

from mtclean.rules import Context, regex_rule

_CLOCK_WORDS = r"(?:[Aa]t|[Ff]rom|[Uu]ntil|[Tt]ill|[Bb]efore|[Aa]fter|[Aa]round|[Aa]bout|[Ss]ince)"
_BEFORE_CLOCK = regex.compile(
    rf"(?:\b{_CLOCK_WORDS}|\d:[ \t]*\d\d[ \t]*(?:[-–~]|to|and))[ \t]+\Z|\d:\d\d[-–~]\Z"
)
_LOOK_BACK = 80  # characters before a clock time where _BEFORE_CLOCK may begin
_AFTER_CLOCK = regex.compile(
    r"(?<![ \t])[ \t]*(?:[ap]m\b|[ap]\.m\.|o['’]clock\b|(?:[-–~]|to)[ \t]*(?:[01]?[0-9]|2[0-3])[ \t]*:[ \t]*[0-5][0-9]\b)",
    regex.I,
)


@regex_rule(
    "dates.clock-time",
    # "(?=\d)" first: the engine skips to the next digit instead of trying the look-behind everywhere.
    r"(?=\d)(?<![\d:.,])(?P<hour>[01]?[0-9]|2[0-3])(?:[ \t]+:[ \t]*|:[ \t]+)(?P<minute>[0-5][0-9])(?![\d:]|[.,]\d)",
    # The colon first: "re" then looks for it alone and does not try every position.
    cue=r":(?:(?<=[ \t]:)[ \t]*|(?<=\d:)[ \t]+)[0-5]\d",
)
def clock_time(match: regex.Match[str], context: Context) -> str | None:
    """A spaced clock time after ``at``, ``from``… or before ``am``/``pm``: ``4: 30`` → ``4:30``.

    >>> clean("The meeting starts at 4: 30 and ends before 6 : 15 pm .")
    'The meeting starts at 4:30 and ends before 6:15 pm.'
    >>> clean("Step 4: 30 minutes of rest. The ratio was 3 : 1.")
    'Step 4: 30 minutes of rest. The ratio was 3 : 1.'
    """
    text = match.string
    # The introducing word is near: searching a bounded window keeps the rule linear.
    window = max(0, match.start() - _LOOK_BACK)
    if _BEFORE_CLOCK.search(text, window, match.start()) or _AFTER_CLOCK.match(text, match.end()):
        return f"{match['hour']}:{match['minute']}"
    return None
