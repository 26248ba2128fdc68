"""Numbers MT split with a space, for the ``tokens`` pass: years, phone numbers, decimals.

``the 20 12 gala`` → ``the 2012 gala``; ``099 1-2835471`` → ``0991-2835471``;
``1. 1- 1.2 times`` → ``1.1-1.2 times``; ``2 1 1 universities`` → ``211
universities``.  Two bare numbers side by side are no English, but a list or
a table has them, so each rule asks for the one shape the split number has:
a year after ``the``, ``in`` or ``since`` and before a word, a Chinese area
code before a hyphenated number, a decimal range with its hyphen, the names
of China's university projects.
"""

from __future__ import annotations

import regex

from mtclean.passes.dates import MONTHS
from mtclean.rules import Context, line_around, per_paragraph, regex_rule, word_before

# Words after which a number is a year before a lower-case word ("in 20 15 rules
# changed"); the words a count follows ("of 20 12 were late") are left out.
_BEFORE_YEAR = frozenset({"the", "in", "since"})
# Words after which a number is a year when a comma or a full stop ends its clause
# ("the first half of 20 17.", "from 2006 to 20 10, the town"): a count goes on.
_BEFORE_YEAR_AT_CLAUSE_END = _BEFORE_YEAR | {"of", "from", "to", "until", "after", "before"}
# A date's month and day before its year: "before July 3, 20 16".
_MONTH_DAY = regex.compile(rf"\b(?:{'|'.join(MONTHS)})[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,[ \t]*\Z")
# A month alone before its year: "bought in August 20 14", "On March 20 19, she".
_MONTH = regex.compile(rf"\b(?:{'|'.join(MONTHS)})[ \t]+\Z")
# Words after a month's year that go on with the clause, never a count of the
# month's day ("from July 20 13 onward", "in August 20 14 and sold"): a digit after
# "and" or "to" is a second day ("August 20 14 and 15"), so it is looked at too.
_AFTER_MONTH_YEAR = frozenset({"and", "to", "until", "till", "onward", "onwards"})
_DIGIT_NEXT = regex.compile(r"(?<![ \t])[ \t]+\p{Ll}+[ \t]+\d")  # from a run's start only: linear
# A year alone in its brackets: not a call's argument (``f(20 12)``) nor a cycle
# of a permutation (``(20 12)(3 4)``).
#: A unit or a counted noun after the second number: the first counts pieces of that size
#: (``the 20 12 cm pieces``, ``the 20 15 kg bags``); a year is followed by none of these.
_MEASURE_AFTER = frozenset(
    (
        "cm mm km kg mg ml kb mb gb tb kw kwh mph ft inch inches feet yards metres meters miles"
        " grams kilos kilograms litres liters pounds lbs ounces oz hours hrs minutes mins seconds"
        " secs days weeks months years percent yuan dollars euros degrees"
    ).split()
)
_BRACKETED = regex.compile(r"(?:\A|[^\w)])\((?:\d\d[ \t]+\d\d|\d{3}[ \t]+\d)\)(?!\()")


#: A year split after its century (``20 12``), before its last digit (``202 1``) or
#: both (``20 1 1``: the mirror spaces the ones off a number).
_SPLIT_YEAR_DIGITS = (
    r"(?<![\d,.])(?:(?P<century>19|20)[ \t]+(?P<year>\d\d)|(?P<century>19\d|20[0-3])[ \t]+(?P<year>\d)"
    r"|(?P<century>19|20)[ \t]+(?P<tens>\d)[ \t]+(?P<year>\d)(?![ \t]*[.,]\d))"
)
_SPLIT_YEAR_CUES = (
    r"19[ \t]\d\d",
    r"20[ \t]\d\d",
    r"19\d[ \t]\d",
    r"20[0-3][ \t]\d",
    r"(?:19|20)[ \t]\d[ \t]\d",
)
# The calque of 年 after a split year ("dates back to 20 1 1 year"), not an age ("20 12 year olds").
_YEAR_WORD_AFTER = regex.compile(r"[ \t]+year\b(?![ \t-]*olds?\b)")


def _joined_year(match: regex.Match[str]) -> str:
    """The year a ``_SPLIT_YEAR`` match spells, its pieces joined (``20 1 1`` → ``2011``)."""
    return f"{match['century']}{match['tens'] or ''}{match['year']}"


_SPLIT_YEAR_PATTERN = (
    _SPLIT_YEAR_DIGITS
    + r"(?=[ \t]+(?P<word>\p{Ll}{2,})|[ \t]*[,;](?![ \t]*\d)|[ \t]*\.(?:\s|\Z)|(?P<bracket>\)))"
)
_SPLIT_YEAR = regex.compile(_SPLIT_YEAR_PATTERN)


@regex_rule("tokens.split-year", _SPLIT_YEAR_PATTERN, cue=_SPLIT_YEAR_CUES)
def split_year(match: regex.Match[str], context: Context) -> str | None:
    """A year split after its century is joined: ``the 20 12 gala`` → ``the 2012 gala``.

    >>> clean("It was the best skit of the 20 12 gala, and in 20 15 rules changed.")
    'It was the best skit of the 2012 gala, and in 2015 rules changed.'
    >>> clean("Of 20 12 were late; the 20 15-minute slots and the 20 12 Street bus stay.")
    'Of 20 12 were late; the 20 15-minute slots and the 20 12 Street bus stay.'
    >>> clean("Cut the 20 12 cm pieces; in 20 15 days the glue sets.")
    'Cut the 20 12 cm pieces; in 20 15 days the glue sets.'

    A year that ends its clause may follow more words, and a date's month and day.

    >>> clean("From 2006 to 20 10, the town grew; apply before July 3, 20 16.")
    'From 2006 to 2010, the town grew; apply before July 3, 2016.'
    >>> clean("Out of 20 12, 14 or 16 seats, choose one; on July 3, 20 16-year-olds ran.")
    'Out of 20 12, 14 or 16 seats, choose one; on July 3, 20 16-year-olds ran.'

    A year in brackets, as a Chinese case number opens (``(20 14) Min Zhong
    No. 67``), and a month's year before a clause's end or a word that
    goes on with it; never a month's day and a count (``August 20 14
    people``, ``August 20 14 and 15``).

    >>> clean("The judgment (20 14) Min Zhong No. 67 was served in August 20 14 and read out.")
    'The judgment (2014) Min Zhong No. 67 was served in August 2014 and read out.'
    >>> clean("On August 20 14 people came, on May 20 12 and 13 more; (20 12 8) is a cell.")
    'On August 20 14 people came, on May 20 12 and 13 more; (20 12 8) is a cell.'
    >>> clean("The cycles (20 12)(3 4) and the call f(20 12) stay.")
    'The cycles (20 12)(3 4) and the call f(20 12) stay.'

    The mirror splits a year before its last digit too (``in 202 1 the
    rules``, ``before May 1, 202 1.``), and the same places tell it.

    The mirror spaces the ones off a number too (``20 1 1``), and writes the
    calque of 年 after a year (``at the end of 20 1 1 year``): a count of
    children (``20 12 year olds``) stays.

    >>> clean("In 20 1 1, sales fell; at the end of 20 12 year they rose.")
    'In 2011, sales fell; at the end of 2012 they rose.'
    >>> clean("Of the 20 12 year olds, 20 1 1 and 3 0 2 were the scores.")
    'Of the 20 12 year olds, 20 1 1 and 3 0 2 were the scores.'

    >>> clean("In 202 1 the rules changed; the summer of 202 1, and before May 1, 202 1.")
    'In 2021 the rules changed; the summer of 2021, and before May 1, 2021.'
    >>> clean("Of 202 1 were late; room 202 1 is free; the 204 5 plan and f(202 1) stay.")
    'Of 202 1 were late; room 202 1 is free; the 204 5 plan and f(202 1) stay.'
    """
    return _joined_year(match) if _known_year(match) else None


def _known_year(match: regex.Match[str]) -> bool:
    """Whether the split year of a ``_SPLIT_YEAR`` match stands where only a year can."""
    if int(_joined_year(match)) > 2039:
        return False
    text = match.string
    if match["word"] == "year":
        # "at the end of 20 1 1 year": the calque of 年 names it a year; "the 20 12
        # year olds" are twenty children of twelve.
        return _YEAR_WORD_AFTER.match(text, match.end()) is not None
    if match["bracket"] is not None:
        return _BRACKETED.match(text[max(0, match.start() - 2) : match.end() + 2]) is not None
    after_month = _MONTH.search(text, max(0, match.start() - 12), match.start()) is not None
    before = word_before(match, 12).lower()
    if match["word"] is not None:
        if match["word"] in _MEASURE_AFTER:
            return False
        known = before in _BEFORE_YEAR or (
            after_month
            and match["word"] in _AFTER_MONTH_YEAR
            and _DIGIT_NEXT.match(text, match.end()) is None
        )
    elif after_month:
        known = True
    else:
        known = before in _BEFORE_YEAR_AT_CLAUSE_END or (
            _MONTH_DAY.search(match.string, max(0, match.start() - 24), match.start()) is not None
        )
    return known


#: Another pair of numbers split by a space on the line: a table's row, not a sentence.
_NUMBER_PAIR = regex.compile(r"(?<![\d.,])\d+[ \t]+\d+(?![\d.,])")
#: What follows a year that opens a sentence: a name and another word (``20 13 Liang Jun
#: came``), or ``and`` and a month whose name was lost (``20 12 and 12 are listed``).
_OPENING_YEAR_AFTER = r"(?=[ \t]+(?:\p{Lu}\p{Ll}+[ \t]+\p{L}|and[ \t]+\d{1,2}[ \t]+\p{Ll}))"


def _document_splits_years(context: Context, text: str) -> bool:
    """Whether the document splits a year where only a year can stand (``in 20 15 rules``; found once)."""
    memo = context.memo.get("tokens.split-year-opening")
    if not isinstance(memo, bool):
        document = context.document or text
        memo = context.memo["tokens.split-year-opening"] = any(
            _known_year(found) for found in _SPLIT_YEAR.finditer(document)
        )
    return memo


@regex_rule(
    "tokens.split-year-opening",
    r"(?m)(?<=^[ \t]*+|[.!?][ \t]+|[\"“])" + _SPLIT_YEAR_DIGITS + _OPENING_YEAR_AFTER,
    cue=_SPLIT_YEAR_CUES,
)
def split_year_opening(match: regex.Match[str], context: Context) -> str | None:
    """A split year that opens a line, a sentence or a title is joined once the document splits years elsewhere.

    The Q&A mirror that writes ``in the summer of 202 1.`` writes its
    heading ``202 1 Will it rain`` the same way.  A year there is told by
    what follows: a name and a word, or ``and`` with a month's number.  On
    its own, a line opening with two numbers may be a table's row, so the
    document must split a year where only a year stands (``in 20 15
    rules``, ``of 202 1.``), and no other pair of numbers shares the line.

    >>> clean("Is 202 1 Will it rain? Rain was heavy in the summer of 202 1.")
    'Is 202 1 Will it rain? Rain was heavy in the summer of 2021.'
    >>> clean("202 1 Will it rain in summer?\\nRain was heavy in the summer of 202 1.")
    '2021 Will it rain in summer?\\nRain was heavy in the summer of 2021.'
    >>> clean("20 13 Liang Jun came to town. He stayed in 20 14 and left.")
    '2013 Liang Jun came to town. He stayed in 2014 and left.'

    Without a split year in a year's place elsewhere, or on a table's row, it stays.

    >>> clean("20 13 Liang Jun came to town.")
    '20 13 Liang Jun came to town.'
    >>> clean("Rank and points:\\n20 13 Beijing Guoan 4 1\\nIt fell in 20 15 after the season.")
    'Rank and points:\\n20 13 Beijing Guoan 4 1\\nIt fell in 2015 after the season.'
    """
    if int(_joined_year(match)) > 2039 or not _document_splits_years(context, match.string):
        return None
    text = match.string
    line_start, line_end = line_around(text, match.start(), match.end())
    line_start, line_end = max(line_start, match.start() - 120), min(line_end, match.end() + 120)
    for pair in _NUMBER_PAIR.finditer(text, line_start, line_end):
        if pair.start() == match.start():
            continue
        year = _SPLIT_YEAR.match(text, pair.start())
        if year is None or not _known_year(year):
            return None  # a row of a table flattened into text
    return _joined_year(match)


# A decade's year: 1800s to 2030s.
_DECADE = r"(?:1[89]\d0|20[0-3]0)"


@regex_rule(
    "tokens.split-decade",
    rf"(?<=\b(?:the|The|early|late|mid|mid-)[ \t]+{_DECADE})[ \t]+(?=s(?![\p{{L}}\d'’-]|\.\d))",
    cue=r"0[ \t]+s\b",
)
def split_decade(match: regex.Match[str], context: Context) -> str:
    """A decade MT split before its ``s`` is joined: ``in the 1990 s,`` → ``in the 1990s,``.

    Only a round year after ``the``, ``early``, ``late`` or ``mid``: a time
    in seconds is no decade (``a 1990 s run``, ``after 1980 s``).

    >>> clean("Hotels in the city were few in the 1990 s, and in the late 1980 s too.")
    'Hotels in the city were few in the 1990s, and in the late 1980s too.'
    >>> clean("The timer stopped after 1990 s, and the 1995 s mark was missed.")
    'The timer stopped after 1990 s, and the 1995 s mark was missed.'
    """
    return ""


@regex_rule(
    "tokens.glued-decade",
    rf"(?<=(?<![\w#@./-])(?:the|The|in|In|since|early|late|mid))(?={_DECADE}s\b(?![\w/@-]|\.\w))",
    cue=r"0s(?:(?<=[a-z]1[89]\d0s)|(?<=[a-z]20[0-3]0s))",  # from the ``0s``, the decade behind it
)
def glued_decade(match: regex.Match[str], context: Context) -> str:
    """A decade MT glued to the word before it is spaced: ``trends in the1980s`` → ``trends in the 1980s``.

    Not in a handle, tag, file or web address (``@the1980s``, ``#the1990s``, ``the1980s.com``).

    >>> clean("New consumer groups appeared in the1980s and grew since1990s reforms.")
    'New consumer groups appeared in the 1980s and grew since 1990s reforms.'
    >>> clean("Follow @the1980s and #in1990s or visit the1980s.com and then1980s.")
    'Follow @the1980s and #in1990s or visit the1980s.com and then1980s.'
    """
    return " "


def _ordinal_suffix(number: int) -> str:
    if 11 <= number % 100 <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")


@regex_rule(
    "tokens.split-ordinal",
    r"(?<![\w.,:/-])(?P<number>\d{1,3})\K[ \t]+(?=(?P<suffix>st|nd|rd|th)\b(?![\w'’-]))",
    # From each suffix, a digit or a space behind its space: ``re`` tried every digit.
    cue=tuple(rf"{suffix}\b(?<=[\d \t][ \t]{suffix})" for suffix in ("st", "nd", "rd", "th")),
)
def split_ordinal(match: regex.Match[str], context: Context) -> str | None:
    """An ordinal MT split before its suffix is joined: ``on the 4 th, 5 th and 6 th`` → ``on the 4th, 5th and 6th``.

    Only the suffix the number takes (``2 nd``, ``11 th``, not ``2 th``), and
    ``st`` only after ``the`` (``14 st`` is a weight in stones).

    >>> clean("Rooms were asked about on the 4 th, 5 th and 6 th, and the 1 st and 22 nd too.")
    'Rooms were asked about on the 4th, 5th and 6th, and the 1st and 22nd too.'
    >>> clean("He weighed 14 st at 21 st and the 2 th line is a typo.")
    'He weighed 14 st at 21 st and the 2 th line is a typo.'
    """
    suffix = match["suffix"]
    if _ordinal_suffix(int(match["number"])) != suffix:
        return None
    start = match.start() - len(match["number"])
    if suffix == "st" and match.string[max(0, start - 12) : start].split()[-1:] not in (["the"], ["The"]):
        return None  # "14 st": a weight
    return ""


# A year, whole or split by MT into two or three pieces: "2006", "20 10", "20 1 1", "202 1".
_YEAR = r"(?:19|20)(?:\d\d|[ \t]+\d\d|[ \t]+\d[ \t]+\d|\d[ \t]+\d)"


@regex_rule(
    "tokens.split-year-range",
    rf"(?<![\d,.])(?P<first>{_YEAR})(?P<joiner>[ \t]+(?:to|and)[ \t]+)(?P<second>{_YEAR})"
    r"(?!\d|[.,]\d|[:/%-]|[ \t]*,?[ \t]*\d)",
    cue=(r"19\d?[ \t]+\d", r"20\d?[ \t]+\d"),  # each from its two digits
)
def split_year_range(match: regex.Match[str], context: Context) -> str | None:
    """A range of years of which MT split one or both is joined: ``from 20 1 1 to 20 15`` → ``from 2011 to 2015``.

    Only after ``from`` or ``between``, and with the later year last.

    >>> clean("From 20 1 1 to 20 15 the plan ran; it ran from 20 1 9 to 2020 too.")
    'From 2011 to 2015 the plan ran; it ran from 2019 to 2020 too.'
    >>> clean("Scores went from 20 15 to 20 12 and between 19 20 and 19 7 points.")
    'Scores went from 20 15 to 20 12 and between 19 20 and 19 7 points.'
    """
    if word_before(match, 12).lower() not in ("from", "between"):
        return None
    first, second = ("".join(match[name].split()) for name in ("first", "second"))
    if first == match["first"] and second == match["second"]:
        return None
    if not 1900 <= int(first) < int(second) <= 2039:
        return None
    return f"{first}{match['joiner']}{second}"


@regex_rule(
    "tokens.split-phone",
    r"(?<![\d-])0\d{2}\K[ \t]+(?=\d-\d{7,8}(?![\d-]))",
    cue=r"0\d\d[ \t]+\d-",
)
def split_phone(match: regex.Match[str], context: Context) -> str:
    """A Chinese phone number split inside its area code is joined: ``099 1-2835471`` → ``0991-2835471``.

    >>> clean("For tours, call the visitor centre on 099 1-2835471.")
    'For tours, call the visitor centre on 0991-2835471.'
    >>> clean("Rooms 099 and 1-2 are free; call 010-12345678.")
    'Rooms 099 and 1-2 are free; call 010-12345678.'
    """
    return ""


@regex_rule(
    "tokens.split-decimal-range",
    r"(?<![\d.])(?P<whole>\d{1,3})\.[ \t]+(?P<fraction>\d+)-[ \t]*(?=\d+\.\d+\b)",
    cue=r"\.[ \t]+\d+-",
)
def split_decimal_range(match: regex.Match[str], context: Context) -> str:
    """A decimal range MT split after its first point is joined: ``1. 1- 1.2 times`` → ``1.1-1.2 times``.

    >>> clean("The filing ratio is usually 1. 1- 1.2 times the plan.")
    'The filing ratio is usually 1.1-1.2 times the plan.'
    >>> clean("He left in 2019. 3-4 people stayed, and 5. 6-7 is a step.")
    'He left in 2019. 3-4 people stayed, and 5. 6-7 is a step.'
    """
    return f"{match['whole']}.{match['fraction']}-"


# What a range of quantities is in: a unit, a percentage or degrees.
_RANGE_UNIT = (
    r"(?:%|℃|°|(?:cm|mm|km|m|kg|mg|g|ml|mu|meters?|metres?|centimeters?|millimeters?|kilometers?|grams?"
    r"|kilograms?|tons?|yuan|times|degrees?|minutes?|hours?|days?|weeks?|months?|years?)\b)"
)


#: The unit after a range, then the end of its line.
_ALONE_ON_ITS_LINE = regex.compile(rf"(?<![ \t])[ \t]*+{_RANGE_UNIT}[ \t]*+(?:\n|\Z)")


@regex_rule(
    "tokens.spaced-range",
    r"(?<![\w.,]|(?<!\p{L}):)(?P<first>\d+(?:\.\d+)?)(?P<dash>-[ \t]+|[ \t]+~[ \t]*|~[ \t]+)(?P<second>\d+(?:\.\d+)?)"
    rf"(?=(?:[ \t]*|-(?=\p{{Ll}}+-\p{{Ll}})){_RANGE_UNIT})"
    r"|(?<![\w.,]|(?<!\p{L}):)(?P<first>[012]?\d:[0-5]\d)(?P<dash>-[ \t]+)(?P<second>[012]?\d:[0-5]\d)\b(?!:)",
    # From the hyphen or the tilde, the digit (or a second space) behind: ``re`` tried every digit.
    cue=(r"-[ \t](?<=\d-[ \t])", r"~(?:(?<=\d[ \t]~)|(?<=[ \t][ \t]~)|(?<=\d~)[ \t])"),
)
def spaced_range(match: regex.Match[str], context: Context) -> str | None:
    """A range MT spaced after its dash, or around its tilde, is written as one: ``3.5- 12 cm`` → ``3.5-12 cm``.

    The tilde, which Chinese writes for a range, becomes an en dash as the
    full-width one does; a range of clock times needs no unit.

    >>> clean("Leaves 3.5- 12 cm long; water every 3 ~ 6 days; open 8:00- 17:00.")
    'Leaves 3.5-12 cm long; water every 3–6 days; open 8:00-17:00.'
    >>> clean("Python 3.6- 3.8 works; pre- and 3- 4 plans; x = 5- 3 and ~/notes 2 ~ 3 more.")
    'Python 3.6- 3.8 works; pre- and 3- 4 plans; x = 5- 3 and ~/notes 2 ~ 3 more.'

    A range before a unit joined to it by a hyphen (``1- 12-month-old``) is
    one too.

    >>> clean("Feeding tips for a 1- 12-month-old baby, and for 2- 3-year-old children.")
    'Feeding tips for a 1-12-month-old baby, and for 2-3-year-old children.'

    A tilde range alone on its line is a cell of a table the writer laid
    out that way (a manual's battery levels: ``Above 80%``, ``80 ~20%``).

    >>> clean("Battery level\\nAbove 80%\\n80 ~20%\\nBelow 20%")
    'Battery level\\nAbove 80%\\n80 ~20%\\nBelow 20%'
    """
    if "~" in match["dash"] and _ALONE_ON_ITS_LINE.match(match.string, match.end()):
        line_start = match.string.rfind("\n", max(0, match.start() - 20), match.start()) + 1
        if not match.string[line_start : match.start()].strip(" \t"):
            return None  # "80 ~20%" on a line of its own: a table's cell
    dash = "–" if "~" in match["dash"] else "-"
    return f"{match['first']}{dash}{match['second']}"


#: A unit a range writes after each of its ends (``4% ~ 5%``, ``15 ° C ~20 ° C``, ``20℃ ~ 30℃``).
_RANGE_END_UNIT = r"(?:%|℃|℉|[ \t]?°[ \t]?[CF](?![\w'’-]))"
#: A tilde between two numbers, as a range writes it, glued or spaced (``80~89``, ``100 ~ 90``),
#: the first perhaps with its unit (``4% ~ 5%``).
_TILDE_BETWEEN_NUMBERS = regex.compile(r"(?<=\d" + _RANGE_END_UNIT + r"?[ \t]{0,2})~(?=[ \t]{0,2}\d)")
#: Whether every tilde of the paragraph stands between two numbers, counted once per paragraph.
_tildes_only_in_ranges = per_paragraph(
    lambda text: text.count("~") == len(_TILDE_BETWEEN_NUMBERS.findall(text))
)


@regex_rule(
    "tokens.tilde-range",
    r"(?<![\w.,/~-]|\d[ \t])(?P<first>\d{1,6}(?:\.\d+)?)[ \t]{0,2}~[ \t]{0,2}(?P<second>\d{1,6}(?:\.\d+)?)"
    r"(?![\d.,]*\d|\.\p{L}|[ \t]*~|/)",
    needs=["~"],
)
def tilde_range(match: regex.Match[str], context: Context) -> str | None:
    """A range of numbers written with the Chinese tilde gets an en dash: ``good 80~89`` → ``good 80–89``.

    Chinese writes a range with ``～`` or ``~`` (``80~89``, ``100 ~ 90``);
    English writes an en dash.  :func:`spaced_range` mends a spaced tilde
    before a unit; the exam and weather pages of the Q&A mirror also glue it
    (``30~50mm``) or leave a score range without a unit (``100 ~ 90 points``,
    ``74 ~ 60 is grade C``).

    >>> clean("Grades: good 80~89, fair 70~79; rain of 30~50mm; 100 ~ 90 points is an A.")
    'Grades: good 80–89, fair 70–79; rain of 30–50mm; 100–90 points is an A.'

    A paragraph that writes a tilde anywhere else (``~20`` for "about", a
    home directory ``~/notes``, ``HEAD~2``) keeps all its tildes, and so does
    a range alone on its line (a table's cell) or a split number's piece.

    >>> clean("It costs 15~30 yuan, or about ~20 yuan; see ~/notes 2 ~ 3 more.")
    'It costs 15~30 yuan, or about ~20 yuan; see ~/notes 2 ~ 3 more.'
    >>> clean("Level\\n75~25\\nAmber")
    'Level\\n75~25\\nAmber'
    >>> clean("On May 3 1~8 was the range; commit d86b824~40, v1.2~3.4.5 and scan 1~2.png stay.")
    'On May 3 1~8 was the range; commit d86b824~40, v1.2~3.4.5 and scan 1~2.png stay.'
    """
    text = match.string
    if not _tildes_only_in_ranges(text):
        return None
    line_start, line_end = line_around(text, match.start(), match.end())
    if not text[line_start : match.start()].strip() and len(text[match.end() : line_end].split()) <= 1:
        return None  # a table's cell: the range, perhaps with its unit, is the whole line
    return f"{match['first']}–{match['second']}"


def _unit(written: str) -> str:
    """A range end's unit as English writes it: the degree sign against its scale (``° C`` → ``°C``)."""
    return written.replace(" ", "").replace("\t", "")


@regex_rule(
    "punctuation.unit-range",
    r"(?<![\w.,/~-])(?P<first>\d{1,4}(?:\.\d+)?)(?P<unit>" + _RANGE_END_UNIT + r")"
    r"(?:[ \t]+~[ \t]*|~[ \t]+)"
    r"(?P<second>\d{1,4}(?:\.\d+)?)(?P<again>" + _RANGE_END_UNIT + r")(?![\d.,]*\d|[ \t]*~)",
    cue=(r"[%℃℉][ \t]*~", r"°[ \t]?[CF][ \t]*~"),
)
def unit_range(match: regex.Match[str], context: Context) -> str | None:
    """A spaced tilde between two ends that each carry the same unit gets an en dash: ``4% ~ 5%`` → ``4%–5%``.

    Chinese writes a range with a tilde and repeats the unit at both ends
    (``4%～5%``, ``15℃～20℃``); MT keeps the tilde and spaces it.
    :func:`tilde_range` and :func:`spaced_range` join bare numbers; a
    unit between the first number and the tilde kept them apart.  The rule
    runs in the ``punctuation`` pass, once the ``tokens`` pass has joined a
    split end (``2 1℃``) and closed a spaced degree sign.  Only a
    tilde with a space beside it, between a per cent or a temperature and
    the same unit again, in a paragraph whose every tilde stands between
    numbers; a degree sign spaced as a word is closed up on the way
    (``15 ° C ~20 ° C`` → ``15°C–20°C``).

    >>> clean("Roads take 4% ~ 5% of the land; keep the beds at 15 ° C ~20 ° C at night.")
    'Roads take 4%–5% of the land; keep the beds at 15°C–20°C at night.'

    A tilde that means "about" elsewhere in the paragraph, units that
    differ, and a glued tilde the writer chose are left alone.

    >>> clean("It rose 4% ~5% or so, about ~6% at most; 20% ~ 30°C; 20℃~30℃.")
    'It rose 4% ~5% or so, about ~6% at most; 20% ~ 30°C; 20℃~30℃.'
    """
    unit = _unit(match["unit"])
    if unit != _unit(match["again"]) or not _tildes_only_in_ranges(match.string):
        return None
    return f"{match['first']}{unit}–{match['second']}{unit}"


#: A noun that makes the split number before it the name of a university project.
_PROJECT_NOUN = regex.compile(
    r"(?<![ \t])[ \t]++(?:[Uu]niversit|[Cc]olleges?\b|[Pp]roject\b|[Ee]ngineering\b|[Ii]nstitutions?\b|[Ss]chools?\b)"
)
#: ``Project 2 1 1``, ``non-2 1 1``, ``985 and 2 1 1``: the name by what stands before it.
_PROJECT_BEFORE = regex.compile(
    r"(?:\b[Pp]roject[ \t]+|(?<![\w-])non-|\b(?:985|211)(?:[ \t]*[,、/][ \t]*|[ \t]+(?:and|or)[ \t]+))\Z"
)
#: ``2 1 1, 985 Colleges``, ``2 1 1 and 985``: the name by the other project after it.
_PROJECT_AFTER = regex.compile(r"(?<![ \t])[ \t]*+(?:[,、/][ \t]*+|(?:and|or)[ \t]++)(?:985|211)\b")
#: The split numbers themselves, a whole number apart from any other digit.
_SPLIT_PROJECT = r"(?<![\d.,])(?:(?<=\bnon-)|(?<!-))(?:2[ \t]+1[ \t]+1|9[ \t]+8[ \t]+5)(?![ \t]*\d|[.,]\d|%)"
_SPLIT_PROJECT_ANYWHERE = regex.compile(_SPLIT_PROJECT)
#: Another run of three or more single digits: on the same line, a table's row (``Science 2 1 1 Engineering 3 0 2``).
#: How far along its line a row's other counts are looked for (a row is short; a long line stays linear).
_ROW_REACH = 120
_DIGIT_ROW = regex.compile(r"(?<![\d.,])\d(?:[ \t]+\d){2,}(?![\d.,])")
#: A word of the universities' world, for a split name the document confirms elsewhere.
_ABOUT_UNIVERSITIES = regex.compile(r"\b(?:[Uu]niversit|[Cc]olleges?\b|[Ii]nstitutions\b|985\b|211\b)")


def _in_digit_row(text: str, start: int, end: int) -> bool:
    """Whether the line of the split number at ``start:end`` holds another run of single digits that no project names.

    A table flattened into text gives each row its counts digit by digit
    (``Science 2 1 1 Engineering 3 0 2``); the Q&A mirror splits the
    projects' numbers, never a row of others beside them.
    """
    reach_start, reach_end = max(0, start - _ROW_REACH), min(len(text), end + _ROW_REACH)
    line_start = text.rfind("\n", reach_start, start)
    line_start = reach_start if line_start < 0 else line_start + 1
    line_end = text.find("\n", end, reach_end)
    line_end = reach_end if line_end < 0 else line_end
    for found in _DIGIT_ROW.finditer(text, line_start, line_end):
        if found.start() == start or "".join(found.group().split()) in ("211", "985"):
            continue
        return True
    return False


def _names_a_project(text: str, start: int, end: int) -> bool:
    """Whether the split number at ``start:end`` stands where only the project's name can."""
    return (
        _PROJECT_NOUN.match(text, end) is not None
        or _PROJECT_BEFORE.search(text, max(0, start - 16), start) is not None
        or _PROJECT_AFTER.match(text, end) is not None
    )


#: The project's name written whole where only the name can stand: ``Project 211``, ``211 universities``.
_WHOLE_PROJECT = regex.compile(
    r"\b(?:[Pp]roject[ \t]+(?P<number>211|985)\b|(?P<number>211|985)[ \t]+"
    r"(?:[Pp]roject\b|[Uu]niversit|[Cc]olleges?\b|[Ss]chools?\b|[Ii]nstitutions?\b))"
)


def _document_names_a_project(context: Context, text: str) -> frozenset[str]:
    """The projects (``"211"``, ``"985"``) the document names where only a name can stand, split or whole (found once)."""
    memo = context.memo.get("tokens.university-project")
    if not isinstance(memo, frozenset):
        document = context.document or text
        named = {
            "".join(found.group().split())
            for found in _SPLIT_PROJECT_ANYWHERE.finditer(document)
            if _names_a_project(document, found.start(), found.end())
            and not _in_digit_row(document, found.start(), found.end())
        }
        named |= {found["number"] for found in _WHOLE_PROJECT.finditer(document)}
        memo = context.memo["tokens.university-project"] = frozenset(named)
    return memo


@regex_rule(
    "tokens.university-project",
    _SPLIT_PROJECT,
    cue=(r"2[ \t]+1[ \t]+1", r"9[ \t]+8[ \t]+5"),
)
def university_project(match: regex.Match[str], context: Context) -> str | None:
    """China's university projects 211 and 985, split digit by digit, are joined.

    Before a noun of the universities' world, after ``Project`` or ``non-``,
    or beside the other project's number:

    >>> clean("Most 2 1 1 universities and all 9 8 5 universities raised their cutoffs.")
    'Most 211 universities and all 985 universities raised their cutoffs.'
    >>> clean("Both 985 and 2 1 1 institutions, and non-2 1 1 schools, were listed.")
    'Both 985 and 211 institutions, and non-211 schools, were listed.'
    >>> clean("The count went 2 1 1 and then stopped; 9 8 5 people voted.")
    'The count went 2 1 1 and then stopped; 9 8 5 people voted.'

    Once the document writes the name where only the name can stand, split
    or whole (``Project 211``), the same split number in a paragraph about
    universities is the name too (the Q&A mirror that splits it once splits
    it everywhere).

    >>> clean("Few students get into 2 1 1 at all, said the 985 university's dean. Most 2 1 1 colleges are public.")
    "Few students get into 211 at all, said the 985 university's dean. Most 211 colleges are public."
    >>> clean("Project 211 began in 1995. 2 1 1 refers to about 100 universities.")
    'Project 211 began in 1995. 211 refers to about 100 universities.'
    >>> clean("A 985 university student scored 2 1 1 in the three rounds.")
    'A 985 university student scored 2 1 1 in the three rounds.'

    A row of a table flattened into text, with other runs of single digits
    on its line, is no project's name:

    >>> clean("Medals: Science 2 1 1 Engineering 3 0 2 Law 1 1 0")
    'Medals: Science 2 1 1 Engineering 3 0 2 Law 1 1 0'
    """
    text = match.string
    joined = regex.sub(r"[ \t]+", "", match.group())
    if _in_digit_row(text, match.start(), match.end()):
        return None
    if not _names_a_project(text, match.start(), match.end()) and (
        _ABOUT_UNIVERSITIES.search(text) is None or joined not in _document_names_a_project(context, text)
    ):
        return None
    return joined


@regex_rule(
    "tokens.split-century",
    r"(?<![\d.,-])2[ \t]+1(?:[ \t]*st)?(?=[ \t]+[Cc]entur(?:y|ies)\b(?!-))",
    cue=r"2[ \t]+1",
)
def split_century(match: regex.Match[str], context: Context) -> str:
    """The 21st century, which the Q&A mirror writes with its ones split off, is joined: ``2 1 century`` → ``21st century``.

    >>> clean("The plan served universities facing the 2 1 century, and the 2 1st century too.")
    'The plan served universities facing the 21st century, and the 21st century too.'
    >>> clean("Read chapters 2 1 and 3; the 21 century-old trees; 12 1 century marks.")
    'Read chapters 2 1 and 3; the 21 century-old trees; 12 1 century marks.'
    """
    return "21st"


#: A list item numbered 10 or 12 at the start of a line, in the shape of the split 11.
_ITEM_BESIDE = {
    ".": regex.compile(r"(?m)^[ \t]*1[02]\.[ \t]*\p{L}"),
    ")": regex.compile(r"(?m)^[ \t]*\(1[02]\)[ \t]*\p{L}"),
}


@regex_rule(
    "tokens.split-item-number",
    r"(?m)^[ \t]*+(?P<open>\(?)\K1[ \t]+1(?=(?P<close>[.)])[ \t]*\p{L})",
    cue=r"1[ \t]+1[.)]",
)
def split_item_number(match: regex.Match[str], context: Context) -> str | None:
    """A list's eleventh item, numbered with its ones split apart, is joined: ``1 1. Rest`` → ``11. Rest``.

    Only between items of the same shape numbered 10 or 12 in the document
    (the Q&A mirror writes 11 as ``1 1``); an outline's ``1 1.`` stays.

    >>> clean("10. Soak the rice.\\n1 1. Boil it for 40 minutes.\\n12. Serve it warm.")
    '10. Soak the rice.\\n11. Boil it for 40 minutes.\\n12. Serve it warm.'
    >>> clean("(10) Rest the jaw.\\n\\n(1 1) Eat soft food only.")
    '(10) Rest the jaw.\\n\\n(11) Eat soft food only.'
    >>> clean("1 1. Boil it for 40 minutes.\\n2. Serve it.")
    '1 1. Boil it for 40 minutes.\\n2. Serve it.'
    """
    close = match["close"]
    if (close == ")") != (match["open"] == "("):
        return None
    if _ITEM_BESIDE[close].search(context.document or match.string) is None:
        return None
    return "11"


@regex_rule(
    "tokens.split-route-number",
    r"(?<=\b(?:[Bb]us|[Bb]uses|[Rr]oute|[Rr]outes|[Ll]ine|[Ll]ines)[ \t]+)(?P<head>\d)[ \t]+(?P<tail>\d{1,2})"
    r"(?=[ \t]+(?:or|and)[ \t]+(?P<other>\d{2,3})\b)",
    # From ``or`` and ``and``, a digit or a space behind their space: ``re`` tried every digit.
    cue=(r"or(?<=[\d \t][ \t]or)[ \t]+\d", r"and(?<=[\d \t][ \t]and)[ \t]+\d"),
)
def split_route_number(match: regex.Match[str], context: Context) -> str | None:
    """A bus or metro line's number split by a space is joined, beside a line of as many digits.

    >>> clean("Take bus 3 13 or 528 to the bazaar.")
    'Take bus 313 or 528 to the bazaar.'
    >>> clean("Take bus 3 13 or 5 to the bazaar, or line 2 4 and 6.")
    'Take bus 3 13 or 5 to the bazaar, or line 2 4 and 6.'
    """
    joined = match["head"] + match["tail"]
    return joined if len(joined) == len(match["other"]) else None


_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen"
).split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
#: The value of each number word an identifier's spelled-out digits are made of.
NUMBER_WORDS: dict[str, int] = {
    **{word: value for value, word in enumerate(_UNITS)},
    **{word: 10 * value for value, word in enumerate(_TENS, 2)},
}
_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_NUMBER_WORD = "(?:" + "|".join(sorted([*NUMBER_WORDS, "hundred", *_SCALES], key=len, reverse=True)) + ")"


def spelled_value(words: list[str]) -> int | None:
    """The number that ``words`` (lower case, ``and`` left out) spell, or ``None`` if they spell none.

    >>> spelled_value(["sixty", "seven", "million", "three", "hundred", "ninety", "three", "thousand"])
    67393000
    >>> spelled_value(["twenty", "one"]), spelled_value(["one", "two"]), spelled_value(["thousand"])
    (21, None, None)
    """
    total = current = 0
    last = ""  # what the previous word was: "unit", "ten", "hundred" or "scale"
    scale_above = 10**12
    for word in words:
        if word in NUMBER_WORDS:
            value = NUMBER_WORDS[word]
            kind = "ten" if value >= 20 else "unit"
            if last == "unit" or (last == "ten" and (kind == "ten" or value >= 10)):
                return None  # "one two", "twenty thirty", "twenty eleven"
            current += value
        elif word == "hundred":
            if last != "unit" or current >= 10:
                return None
            current *= 100
            kind = "hundred"
        else:
            scale = _SCALES[word]
            if not current or scale >= scale_above:
                return None
            total, current, scale_above = total + current * scale, 0, scale
            kind = "scale"
        last = kind
    return total + current if last else None


@regex_rule(
    "tokens.spelled-digits",
    r"_(?<=(?<![\w.])\p{L}[\p{L}\d]*(?:_[\p{L}\d]+)*_)[ \t]+\K(?P<number>"
    + _NUMBER_WORD
    + r"(?:(?:[ \t]+|-)(?:and[ \t]+)?"
    + _NUMBER_WORD
    + r")+)\b(?![\w-])",
    needs=["_ "],
)
def spelled_digits(match: regex.Match[str], context: Context) -> str | None:
    """The digits of an identifier that MT spelled out are written as digits: ``m0_ twenty-one`` → ``m0_21``.

    Only a number of two words or more after an identifier's underscore
    and a space (the space is the split; ``tokens.identifier`` joins it).

    >>> clean("Thanks to the user m0_ sixty-seven million three hundred and ninety-three thousand.")
    'Thanks to the user m0_67393000.'
    >>> clean("Name the steps step_ one and step_ two, or say one two three.")
    'Name the steps step_one and step_two, or say one two three.'
    """
    words = [word for word in regex.split(r"[ \t-]+", match["number"].lower()) if word != "and"]
    value = spelled_value(words)
    return None if value is None else str(value)


# Words and marks a value of temperature or a share follows ("is 1 1.3 degrees",
# "20℃ ~ 2 1℃", "= 1 1.23%"): a reading, never a list of numbers.
_BEFORE_VALUE = regex.compile(
    r"(?:\b(?:is|was|are|were|of|about|around|reach(?:es|ed)?|to|at|than)|[~～=-])[ \t]*\Z", regex.IGNORECASE
)


@regex_rule(
    "tokens.split-one-value",
    r"(?<![\d.,])(?P<tens>[1-9])[ \t]+(?P<value>1(?:\.\d+(?:[ \t]+1)?)?)(?=[ \t]*(?:℃|°C|%|degrees?\b))",
    cue=(r"[1-9][ \t]1(?:\.\d+)?(?:[ \t]1)?[ \t]*(?:℃|°C|%|degree)",),
)
def split_one_value(match: regex.Match[str], context: Context) -> str | None:
    """A reading whose 1 the Q&A mirror wrote apart is joined: ``is 1 1.3 degrees`` → ``is 11.3 degrees``.

    Only a digit and a lone ``1`` (with its decimals) before degrees or a
    percentage, after a verb, ``of``, ``about``, a range's tilde or dash or
    an equals sign: two readings side by side are no English there.

    >>> clean("March averages 1 1.3 degrees and April is 2 1.3 degrees; highs of 20℃ ~ 2 1℃.")
    'March averages 11.3 degrees and April is 21.3 degrees; highs of 20℃–21℃.'

    A share whose last 1 is spaced off too is joined whole (``higher than 6
    1.2 1%`` → ``higher than 61.21%``).

    >>> clean("The share rose to 69.28%, higher than 6 1.2 1% a year before.")
    'The share rose to 69.28%, higher than 61.21% a year before.'

    A date's day before a reading, a table's row and a grade stay.

    >>> clean("On April 2 1.3 degrees fell; rows 3 1% and 5 1.2%; grade 2 1℃ units.")
    'On April 2 1.3 degrees fell; rows 3 1% and 5 1.2%; grade 2 1℃ units.'
    """
    if _BEFORE_VALUE.search(match.string, max(0, match.start() - 12), match.start()) is None:
        before = word_before(match, 16).lower()
        if before not in {"averages", "average", "rose", "fell", "dropped", "climbed"}:
            return None
    return f"{match['tens']}{''.join(match['value'].split())}"


#: Words that go on with a clause after a range of days (``June 2 1 ~ 22 in the city``),
#: never a count's noun (``June 2, 1~22 people``) nor a unit (``1~22℃``).
_AFTER_DAY_RANGE = regex.compile(
    r"(?:[ \t]*+(?:[,.;:!?)\]]|\n|\Z)|[ \t]++(?:and|in|at|during|there|the|will|is|are|was|were|this|from|when"
    r"|while|with|it|its|or|we|you|they|for|across|over|along)\b(?![-'’]))"
)


@regex_rule(
    "tokens.split-day-range",
    rf"(?<=\b(?:{'|'.join(MONTHS)})[ \t]+)(?P<head>1[ \t]+[0-9]|[23][ \t]+1)"
    r"(?P<joiner>[ \t]*[~～–-][ \t]*|[ \t]+to[ \t]+)(?P<second>[123]?[0-9])(?!\d|[.,:/]\w|[%℃°]|(?:st|nd|rd|th)?\p{L})",
    cue=(r"[123][ \t]+[0-9][ \t]*[~～–-]", r"[123][ \t]+[0-9][ \t]+to[ \t]"),
)
def split_day_range(match: regex.Match[str], context: Context) -> str | None:
    """A range of days whose first day the Q&A mirror split at its 1 is joined: ``June 2 1 ~ 22`` → ``June 21–22``.

    Only after a month's name, with the second day later in the month, and
    before the clause goes on or ends: a date's day, then a range of counts
    or degrees (``June 2, 1~22℃``), is no such range.

    >>> clean("Showers are likely on June 2 1 ~ 22 in the city, and from May 1 1 to 14 the fair runs.")
    'Showers are likely on June 21–22 in the city, and from May 11 to 14 the fair runs.'
    >>> clean("On May 2 1 ~ 22 people came; June 3 1-2 and July 1 1 to 5 stay; so does June 2 1-22.txt.")
    'On May 2 1 ~ 22 people came; June 3 1-2 and July 1 1 to 5 stay; so does June 2 1-22.txt.'
    """
    first = int("".join(match["head"].split()))
    second = int(match["second"])
    if not first < second <= 31 or _AFTER_DAY_RANGE.match(match.string, match.end()) is None:
        return None
    joiner = "–" if "~" in match["joiner"] or "～" in match["joiner"] else match["joiner"].strip(" \t")
    joiner = f" {joiner} " if joiner == "to" else joiner
    return f"{first}{joiner}{second}"


#: Months with no 31st: ``June 3 1`` is no date.
_SHORT_MONTHS = frozenset({"February", "April", "June", "September", "November"})


@regex_rule(
    "tokens.split-day",
    rf"(?<=\b(?P<month>{'|'.join(MONTHS)})[ \t]+)(?P<tens>[123])[ \t]+1"
    r"(?=[ \t]*[)\]]|[ \t]*[.;](?:\s|\Z)|,?[ \t]+(?:19|20)[ \t]?\d\d(?!\d)|[ \t]+(?:20)?65438\b"
    r"|,[ \t]*(?:19|20)[ \t]?\d\d(?!\d)|[ \t]+(?:was|were)\b"
    r"|[ \t]+of[ \t]+(?:that|this|the[ \t]+same|each|every|last|next)[ \t]+year\b)",
    cue=r"[123][ \t]+1(?:[ \t]*[).;\]]|(?:,[ \t]*|[ \t]+)\d|[ \t]+(?:was|were|of)\b)",
)
def split_day(match: regex.Match[str], context: Context) -> str | None:
    """A date's day whose 1 the Q&A mirror wrote apart is joined: ``before August 3 1 of that year`` → ``August 31``.

    The mirror that writes 11 as ``1 1`` splits the 11th, 21st and 31st the
    same way.  Only after a month's name and before what ends a date: a
    year, ``of that year``, a closing bracket, a clause's end, or ``was``;
    a day with a count after it (``May 2 1 person``, ``June 2 1 ~ 22``) is
    left to the rules that know its shape, and a 31st in a month without
    one stays.

    >>> clean("Children who turn six before August 3 1 of that year (including August 3 1) may enrol.")
    'Children who turn six before August 31 of that year (including August 31) may enrol.'
    >>> clean("The hall opened on February 2 1 2019, and the fair on May 1 1, 2020.")
    'The hall opened on February 21 2019, and the fair on May 11, 2020.'
    >>> clean("On May 2 1 person came; June 3 1. April 3 1 was cold; see May 3 1-2 and July 2 1 kg.")
    'On May 2 1 person came; June 3 1. April 3 1 was cold; see May 3 1-2 and July 2 1 kg.'
    """
    if match["tens"] == "3" and match["month"] in _SHORT_MONTHS:
        return None
    return f"{match['tens']}1"
