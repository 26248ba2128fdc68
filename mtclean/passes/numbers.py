"""Chinese number units: 万 and 亿 multiplied out.

万 (ten thousand) comes out as ``10000`` or ``Wan`` and 亿 (a hundred million)
as ``100 million`` after the number they multiply: ``18 10000 employees`` is
``180,000 employees``.  The rules require the tell-tale shape (a number, then
the unit word, then ``yuan``, ``RMB`` or a plural noun), so a plain ``10000``
or ``200 million`` is never touched; nor is a number after a label (``Table 2
10000 samples``), a year (``In 2021 10000 people``), a count of things of
10000 each (``2 10000 mAh batteries``), or a number that is part of a longer
one.  The quantity calques (``130 Many countries``)
live in :mod:`mtclean.passes.quantities`; both modules make the ``numbers``
pass.
"""

from __future__ import annotations

from decimal import Decimal

import regex

from mtclean.passes.evidence import shows_garble
from mtclean.passes.quantities import LABEL_BEFORE, QUANTITY_RULES, capitalise_at_sentence_start
from mtclean.rules import Context, Pass, regex_rule

# The multiplier: "18", "3.5", "1,200"; never part of a longer number.
_MULTIPLIER = r"(?<![\d.,]|\d[ \t]+)(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,4}(?:\.\d+)?)"
_MANY = r"(?:(?P<many>Many)[ \t]+)?"
# "the 3 Wan sisters" are a family called Wan.
_NOT_A_FAMILY = (
    r"(?![ \t]+(?:sisters?|brothers?|family|families|twins|cousins|children|kids|boys|girls|siblings)\b)"
)
# A currency before the number ("RMB 3.5 10000"), kept as it is.
_CURRENCY = r"(?P<currency>(?:RMB|CNY|HK\$|US\$|[$¥￥€£])[ \t]*)?"
# After the unit: a currency word or a lower-case noun; after a currency, anything but a number.
_AFTER_UNIT = r"(?(currency)(?![ \t]*\d)|(?=[ \t]+(?:yuan\b|RMB\b|\p{Ll})))"
# After a whole number, the noun must be a plural or a currency: "2 10000 mAh
# batteries" and "2 10000 word essays" are two things of 10000 each.
_COUNTED = regex.compile(
    r"(?<![ \t])[ \t]+(?:yuan|RMB|CNY|people|(?!(?:this|was|has|its|is|us|his|plus|less|unless|across|perhaps|always|thus"
    r"|whereas|besides|minus|versus)\b)\p{Ll}+s)\b"
)


def format_quantity(value: Decimal) -> str:
    """A quantity written the way an English news editor would.

    Millions and larger are written with the word when that takes at most two
    decimals (``1.25 million``), otherwise in full with separators.

    >>> format_quantity(Decimal(180000)), format_quantity(Decimal(1200000000))
    ('180,000', '1.2 billion')
    >>> format_quantity(Decimal(1000000)), format_quantity(Decimal("35000.0"))
    ('1 million', '35,000')
    >>> format_quantity(Decimal(1234500))
    '1,234,500'
    """
    for size, word in (
        (Decimal(10) ** 12, "trillion"),
        (Decimal(10) ** 9, "billion"),
        (Decimal(10) ** 6, "million"),
    ):
        if value >= size:
            scaled = (value / size).normalize()
            if -scaled.as_tuple().exponent <= 2:  # type: ignore[operator]
                return f"{scaled:f} {word}"
            break
    value = value.normalize()
    if value == value.to_integral_value():
        return f"{int(value):,}"
    return f"{value:,f}"


def _is_year(number: str) -> bool:
    """Whether ``number`` reads as a year (1900-2099) rather than a multiplier."""
    return number.isdigit() and 1900 <= int(number) <= 2099


def _multiplied(match: regex.Match[str], unit: int) -> str | None:
    """The multiplied-out quantity, or ``None`` where the number is not a multiplier."""
    number = match["number"]
    if _is_year(number):
        return None  # "In 2021 10000 people attended": a year, then a number
    whole = "." not in number and not match["many"] and not match["currency"]
    if whole and not _COUNTED.match(match.string, match.end()):
        return None
    text = (match["currency"] or "") + format_quantity(Decimal(number.replace(",", "")) * unit)
    if match["many"]:
        return capitalise_at_sentence_start(match, f"more than {text}")
    return text


@regex_rule(
    "numbers.wan",
    rf"{LABEL_BEFORE}{_CURRENCY}\b{_MULTIPLIER}[ \t]+{_MANY}"
    rf"(?:10000|[Ww]an{_NOT_A_FAMILY}|(?P<spelled>[Tt]en[ \t]+thousand))\b(?![-,.]\d|-){_AFTER_UNIT}",
    needs=[" 10000", " Wan ", " wan ", " Ten thousand", " ten thousand"],
)
def wan(match: regex.Match[str], context: Context) -> str | None:
    """万 read as ``10000``, ``Wan`` or ``ten thousand``: ``18 10000 employees`` → ``180,000 employees``.

    >>> clean("The group has 18 10000 employees and 10 Wan instances.")
    'The group has 180,000 employees and 100,000 instances.'
    >>> clean("Over 10000 people came in 2021 10000 buses, with 2 10000 mAh batteries.")
    'Over 10000 people came in 2021 10000 buses, with 2 10000 mAh batteries.'

    Spelt out, only after a decimal or as a fragment with its own capital:
    ``3 ten thousand yen notes`` are three notes.

    >>> clean("It sold 18.46 ten thousand units and 3 Ten thousand cars , The firm said.")
    'It sold 184,600 units and 30,000 cars, the firm said.'
    >>> clean("She kept 3 ten thousand yen notes and 2 Ten thousand page novels.")
    'She kept 3 ten thousand yen notes and 2 Ten thousand page novels.'
    """
    if not _spelt_out_garbled(match):
        return None
    return _multiplied(match, 10_000)


def _spelt_out_garbled(match: regex.Match[str]) -> bool:
    """Whether a unit spelt out (``ten thousand``, ``hundred million``) follows its number as MT's calque.

    After a decimal (``18.46 ten thousand``), or written as a fragment with
    its own capital (``3 Ten thousand``) in a paragraph that shows MT's
    marks.
    """
    spelled = match["spelled"]
    return not spelled or "." in match["number"] or (spelled[:1].isupper() and shows_garble(match.string))


@regex_rule(
    "numbers.wan-after-noun",
    rf"{LABEL_BEFORE}\b{_MULTIPLIER}[ \t]+The[ \t]+(?P<noun>\p{{Ll}}+(?:[ \t]+\p{{Ll}}+){{0,2}}?)"
    r"[ \t]+of[ \t]+Wan\b(?![ \t]*[\p{Lu}\d'’-])",
    needs=[" of Wan"],
)
def wan_after_noun(match: regex.Match[str], context: Context) -> str | None:
    """万 cut from its number by the noun: ``20 The users of Wan`` → ``200,000 users``.

    MT renders ``2万的用户`` fragment by fragment: the number, ``The`` and the
    noun, then ``of Wan``.  Only that shape counts: a capitalised ``Wan``
    right after ``of``, a plural noun of at most three lower-case words, and
    no name after ``Wan`` (``the friends of Wan Gang``).

    >>> clean("The game drew 20 The users of Wan in a week.")
    'The game drew 200,000 users in a week.'
    >>> clean("He met 20 The friends of Wan Gang, and 3 The sons of Wan.")
    'He met 20 The friends of Wan Gang, and 30,000 sons.'
    >>> clean("In 2020 The users of Wan met. Chapter 3 The Sons of Wan begins.")
    'In 2020 The users of Wan met. Chapter 3 The Sons of Wan begins.'
    """
    noun = " ".join(match["noun"].split())
    last = noun.rsplit(" ", 1)[-1]
    if last != "people" and (not last.endswith("s") or last.endswith(("ss", "us", "is"))):
        return None  # "20 The class of Wan": not a count of things
    number = match["number"]
    if _is_year(number):
        return None  # "In 2020 The users of Wan": a year
    return f"{format_quantity(Decimal(number.replace(',', '')) * 10_000)} {noun}"


@regex_rule(
    "numbers.yi",
    rf"{LABEL_BEFORE}{_CURRENCY}\b{_MULTIPLIER}[ \t]+{_MANY}(?P<wan>10000[ \t]+)?"
    r"(?:100|(?P<spelled>(?:[Oo]ne|[Aa])[ \t]+hundred|[Hh]undred))[ \t]+million\b(?!-)" + _AFTER_UNIT,
    needs=[" 100 million", " hundred million", " Hundred million"],
)
def yi(match: regex.Match[str], context: Context) -> str | None:
    """亿 read as ``100 million`` or ``hundred million``: ``1.2 100 million yuan`` → ``120 million yuan``.

    >>> clean("Revenue reached 1.2 100 million yuan from 2 100 million users.")
    'Revenue reached 120 million yuan from 200 million users.'
    >>> clean("It has 200 million users and made the top 2 100 million-dollar deals.")
    'It has 200 million users and made the top 2 100 million-dollar deals.'
    >>> clean("Sales were 3.7 One hundred million yuan, or 3.7 hundred million yuan.")
    'Sales were 370 million yuan, or 370 million yuan.'
    >>> clean("They spent 2 hundred million dollars.")
    'They spent 2 hundred million dollars.'
    """
    if not _spelt_out_garbled(match):
        return None
    return _multiplied(match, 100_000_000 * (10_000 if match["wan"] else 1))


_SCALES = {"billion": 1_000_000_000, "million": 1_000_000, "thousand": 1_000}


@regex_rule(
    "numbers.scale-pair",
    r"(?<![\d.,])(?P<high>\d{1,3})[ \t]+(?P<scale>billion|million|thousand)[ \t]+(?P<and>and[ \t]+)?"
    r"(?P<low>\d{1,3})(?:[ \t]+(?:(?P<low_scale>million)|(?P<low_scale>thousand)(?:[ \t]+and[ \t]+(?P<rest>\d{1,3}))?))?\b"
    r"(?![.,]\d|[ \t]+(?:billion|million|thousand|hundred)\b)",
    needs=[" billion ", " million ", " thousand "],
)
def scale_pair(match: regex.Match[str], context: Context) -> str | None:
    """亿, 万 and 千 read out one by one: ``3 billion 500 million`` → ``3.5 billion``.

    The second part must be of a smaller scale than the first (``1 million
    260 thousand units``, ``3 billion 500 million yuan``) or, after ``thousand
    and``, a number of hundreds (``2 thousand and 700 sets``).

    >>> clean("Pre-orders reached 3 million 200 thousand units, and 61 million 120 thousand phones shipped.")
    'Pre-orders reached 3.2 million units, and 61.12 million phones shipped.'
    >>> clean("The city will invest 3 billion 500 million yuan in 2 thousand and 700 flats.")
    'The city will invest 3.5 billion yuan in 2,700 flats.'
    >>> clean("It sold 3 million units and 200 thousand more in May, between 5 thousand and 10 thousand a day.")
    'It sold 3 million units and 200 thousand more in May, between 5 thousand and 10 thousand a day.'

    Three parts are one number too, the hundreds after ``thousand and``:
    ``25 million 317 thousand and 900`` is 25,317,900 (never ``25,317,000 and 900``).

    >>> clean("The city received 25 million 317 thousand and 900 visitors.")
    'The city received 25,317,900 visitors.'

    After ``thousand and`` only hundreds are read on: ``50 thousand and 15
    months`` is a sum and a time.

    >>> clean("He lent 50 thousand and 15 months later got half back.")
    'He lent 50 thousand and 15 months later got half back.'
    """
    high = _SCALES[match["scale"]]
    low = _SCALES[match["low_scale"]] if match["low_scale"] else 1
    if match["and"]:
        if match["scale"] != "thousand" or match["low_scale"]:
            return None  # "2 million and 300 thousand" is a sum, or two numbers
        if len(match["low"]) != 3:
            return None  # "lent 50 thousand and 15 months later": 千 and its hundreds, or two counts
    elif low >= high or low == 1:
        return None
    if match["rest"] is not None and len(match["rest"]) != 3:
        return None  # "2 million 400 thousand and 15 days": a number and a time
    value = Decimal(match["high"]) * high + Decimal(match["low"]) * low + Decimal(match["rest"] or 0)
    return format_quantity(value)


#: Counted nouns after ``W`` (万 written the way Chinese web slang writes it):
#: never watts, which are counted in front of a device (``a 60W charger``).
_W_NOUNS = r"(?:rows|records|users|fans|followers|views|plays|downloads|players|people|yuan|visits|orders)"


@regex_rule(
    "numbers.wan-letter",
    r"(?<![\d.,])(?P<number>\d{1,5}(?:\.\d+)?)W(?=[ \t]+" + _W_NOUNS + r"\b)",
    cue=r"W[ \t]+" + _W_NOUNS + r"\b",
)
def wan_letter(match: regex.Match[str], context: Context) -> str:
    """万 written ``W`` before a counted noun: ``2000W rows`` → ``20 million rows``.

    >>> clean("The table has 2000W rows and 1.5W fans follow the account.")
    'The table has 20 million rows and 15,000 fans follow the account.'
    >>> clean("A 60W charger and a 100W adapter are included.")
    'A 60W charger and a 100W adapter are included.'
    """
    return format_quantity(Decimal(match["number"]) * 10_000)


@regex_rule(
    "numbers.wan-fused",
    LABEL_BEFORE
    + r"(?<![\d.,\-\u2013/:]|\d[ \t])(?P<number>\d{1,4}\.\d{0,2}[1-9])0,000\b(?![.,]?\d)"
    + r"(?=[ \t]+(?:yuan\b|RMB\b|\p{Ll}+s\b))",
    cue=r"\.\d{0,2}[1-9]0,000\b",
)
def wan_fused(match: regex.Match[str], context: Context) -> str:
    """万 fused onto a decimal as ``0,000``: ``0.79万辆`` read ``0.790,000 vehicles`` → ``7,900 vehicles``.

    A decimal point followed by a group of thousands is no English number:
    MT wrote the decimal, then the ``0,000`` of 万 after it.  Only before
    ``yuan``, ``RMB`` or a plural noun, and never as the second end of a
    range (``2498-34.980,000``, whose first end lost its point) or after a
    decimal comma.

    >>> clean("Weekly sales reached 0.790,000 vehicles, and the car costs 12.50,000 yuan.")
    'Weekly sales reached 7,900 vehicles, and the car costs 125,000 yuan.'
    >>> clean("It costs 2498-34.980,000 yuan; the file is v1.2,000 lines and 0.790,000.")
    'It costs 2498-34.980,000 yuan; the file is v1.2,000 lines and 0.790,000.'
    """
    return format_quantity(Decimal(match["number"]) * 10_000)


#: Words of power: a number of ``W`` in their sentence is watts (``a 60W charger``).
_POWER = regex.compile(
    r"\b(?:watts?|charg\w*|adapters?|power\w*|output|bulbs?|lamps?|lights?|motors?|solar|panels?|batter\w+"
    r"|heaters?|speakers?|lasers?|supply|inverters?|amplifiers?|kW|kWh|volts?|amps?)\b",
    regex.IGNORECASE,
)
#: Words of borrowing and pay: a sum of ``W`` in their sentence is money (``the loan is 28W``).
_LOAN = regex.compile(
    r"\b(?:loans?|mortgages?|salary|salaries|down[ \t]+payments?|provident[ \t]+fund|borrow\w*)\b",
    regex.IGNORECASE,
)
_SENTENCE_END = regex.compile(r"[.!?。！？](?=\s|\Z)")
_SENTENCE_START = regex.compile(r"(?r)[.!?。！？]\s")


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` that holds ``text[start:end]``."""
    before = _SENTENCE_START.search(text, 0, start)
    after = _SENTENCE_END.search(text, end)
    return text[before.end() if before else 0 : after.end() if after else len(text)]


@regex_rule(
    "numbers.wan-letter-sum",
    r"(?=\d)(?<![\d.,])(?P<number>\d{1,4}(?:\.\d+)?)W(?![\w-])",
    # A "W" right after a digit: far rarer than the words of a loan.
    cue=r"W(?<=\dW)(?![\w-])",
)
def wan_letter_sum(match: regex.Match[str], context: Context) -> str | None:
    """万 written ``W`` in a sentence about a loan or pay: ``the loan limit is 60W`` → ``600,000``.

    Only where the sentence speaks of borrowing or pay (a loan, a mortgage,
    a salary, a down payment) and of nothing electric, whose ``W`` is watts.

    >>> clean("The loan limit is 60W for a couple, and a salary of 1.2W a month qualifies.")
    'The loan limit is 600,000 for a couple, and a salary of 12,000 a month qualifies.'
    >>> clean("A loan bought him a 60W charger. The loan paid for 100W of output.")
    'A loan bought him a 60W charger. The loan paid for 100W of output.'
    """
    sentence = _sentence_around(match.string, match.start(), match.end())
    if not _LOAN.search(sentence) or _POWER.search(sentence):
        return None
    return format_quantity(Decimal(match["number"]) * 10_000)


_MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"


@regex_rule(
    "numbers.stray-one-born",
    r"(?:(?<=\p{L})(?P<comma>,)[ \t]*|(?<=[ \t(]))1born\b(?![./_@-]\w)"
    rf"(?=[ \t]+(?:in|on)[ \t]+(?:{_MONTH_NAMES}|\d))"
    rf"(?:(?P<date>[ \t]+on[ \t]+(?:{_MONTH_NAMES})[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,[ \t]*)(?P<year>9\d\d)\b(?![\d.,]\d))?",
    cue=r"1born\b",
)
def stray_one_born(match: regex.Match[str], context: Context) -> str:
    """The 1 of a birth year that MT moved in front of ``born`` goes back: ``male,1born in August 1956`` → ``male, born in August 1956``.

    A judgment's party (``男，1966年8月20日出生``) is read with the year's 1
    glued to ``born``; where the year then lacks it (``August 20th, 966``)
    the 1 is put back there.

    >>> clean("Appellee Ye, female,1born on August 20th, 966, lives in Fuqing.")
    'Appellee Ye, female, born on August 20th, 1966, lives in Fuqing.'
    >>> clean("Plaintiff Chen, male,1born in August 1956, Han nationality.")
    'Plaintiff Chen, male, born in August 1956, Han nationality.'

    A name, a handle or a file that holds ``1born`` is left (``@1born``,
    ``team1born``, ``1born.png``), and so is a bare ``1born`` that no birth
    date follows (``the user 1born``, ``mike,1born,sara``): the garble is
    always followed by ``in``/``on`` and a month or a year.

    >>> clean("Follow @1born or team1born and open 1born.png there.")
    'Follow @1born or team1born and open 1born.png there.'
    """
    prefix = ", " if match["comma"] else ""
    if match["year"]:
        return f"{prefix}born{match['date']}1{match['year']}"
    return f"{prefix}born"


#: ``settles``: the rules read their surroundings (what follows a number),
#: which later passes and the dates pass change; see ``Pass.settles``.
NUMBERS = Pass(
    "numbers",
    (
        wan,
        wan_after_noun,
        yi,
        scale_pair,
        wan_letter,
        wan_fused,
        wan_letter_sum,
        stray_one_born,
        *QUANTITY_RULES,
    ),
    settles=True,
)
