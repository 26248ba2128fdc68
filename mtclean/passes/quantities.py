"""Quantity calques and mangled digits, part of the ``numbers`` pass.

多 (more than) comes out as ``Many`` after a number, 以上 (or more) as ``the
above``, 以后 after a year as ``Years later``; split digits (``1. 3 times``)
and the placeholders some MT puts for the digit 1 (``65438 05%``, ``/kloc-0/``)
are joined back.  Each rule needs a shape clean English does not have, and
none fires on a number that follows a label (``Chapter 3``, ``No. 5``).
"""

from __future__ import annotations

import regex

from mtclean.passes.evidence import shows_garble
from mtclean.rules import Context, RegexRule, per_paragraph, regex_rule
from mtclean.words import is_common

#: Not after a label whose number is a name, not a quantity: "Table 3", "No. 5".
LABEL_BEFORE = (
    r"(?<!\b(?:[Cc]hapter|[Ss]ection|[Tt]able|[Ff]igure|[Ff]ig\.|[Ss]tep|[Pp]art|[Ll]evel|[Pp]age|[Rr]oom"
    r"|No\.|[Nn]o|[Nn]umber|[Aa]rticle|[Ll]ane|[Rr]oute|[Pp]hase|[Ss]eason|[Ee]pisode|[Vv]ol\.|[Vv]olume"
    r"|[Gg]rade|[Cc]lass|[Tt]eam|[Gg]roup|[Rr]ound|[Gg]ame|[Mm]atch|[Dd]ay|[Ww]eek|[Ll]ine|[Rr]ow|[Ii]tem"
    r"|[Rr]ule|[Bb]ox|[Gg]ate|[Pp]latform|[Ee]xit|[Bb]us|[Ff]light|[Vv]ersion|[Oo]ption|[Mm]ethod|[Mm]odel"
    r"|[Pp]ool|[Rr]ank(?:ed)?|[Pp]lace|[Ss]tage|[Bb]lock|[Uu]nit|[Ff]loor|[Tt]ier|[Aa]partment|[Ff]lat|[Ss]uite"
    r"|[Bb]uilding|[Hh]ouse)[ \t]+)"
)
_NUMBER = r"(?<![\d.,-])(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_SENTENCE_START = regex.compile(r"(?:\A|[.!?。！？][”\"’']?)[ \t]*\Z")


def capitalise_at_sentence_start(match: regex.Match[str], text: str) -> str:
    """``text`` with a capital if the match begins a sentence."""
    if _SENTENCE_START.search(match.string, 0, match.start()) is None:
        return text
    return text[:1].upper() + text[1:]


@regex_rule(
    "numbers.many",
    rf"(?P<than>\b(?:[Mm]ore[ \t]+than|[Oo]ver)[ \t]+)?{LABEL_BEFORE}\b{_NUMBER}[ \t]+Many[ \t]+(?=\p{{Ll}})(?!more[ \t]+than\b)",
    needs=[" Many "],
)
def many(match: regex.Match[str], context: Context) -> str:
    """多 read as ``Many``: ``130 Many countries`` → ``more than 130 countries``.

    >>> clean("It sells cars in 130 Many countries, and over 20 Many models.")
    'It sells cars in more than 130 countries, and over 20 models.'
    >>> clean("See Chapter 3 Many of the tests. Many people came.")
    'See Chapter 3 Many of the tests. Many people came.'
    """
    if match["than"]:
        return f"{match['than']}{match['number']} "
    return capitalise_at_sentence_start(match, f"more than {match['number']} ")


_UNIT = r"(?:years?[ \t]+old|yuan|RMB|people|points|times|km|kilometres|kilometers|metres|meters|units|hours|days|weeks|months)"


@regex_rule(
    "numbers.or-more",
    rf"{LABEL_BEFORE}(?P<aged>(?<=\b[Aa]ged[ \t]+))?\b(?P<quantity>{_NUMBER}(?:[ \t]*%|[ \t]+{_UNIT}\b)?)"
    r"[ \t]+the[ \t]+above\b(?(aged)|(?=[ \t]*(?:[,.;:!?)，。；：）]|\Z)|[ \t]+\p{Lu}))",
    needs=[" the above"],
)
def or_more(match: regex.Match[str], context: Context) -> str:
    """以上 read as ``the above``: ``aged 60 the above ,`` → ``aged 60 or more,``.

    以上 includes the number itself, so ``or more`` keeps the meaning where
    ``more than`` would not.

    >>> clean("Residents aged 60 the above , and firms with 85% the above .")
    'Residents aged 60 or more, and firms with 85% or more.'
    >>> clean("Step 2 the above. Use method 2 the above results show.")
    'Step 2 the above. Use method 2 the above results show.'

    After ``aged`` the number is an age, so whatever follows:

    >>> clean("People aged 60 the above are at higher risk.")
    'People aged 60 or more are at higher risk.'
    >>> clean("Children aged 6 months the above can get the vaccine.")
    'Children aged 6 months or more can get the vaccine.'
    """
    return f"{match['quantity']} or more"


@regex_rule(
    "numbers.nearly",
    r"\b(?P<before>[Pp]ast|[Ll]ast|[Ff]or|[Oo]f|[Ii]n|[Oo]ver|[Aa]fter|[Ww]ithin)[ \t]+near[ \t]+"
    r"(?=\d[\d,.]*[ \t]+(?:years|months|weeks|days|decades|hours)\b)",
    needs=[" near "],
)
def nearly(match: regex.Match[str], context: Context) -> str:
    """近 read as ``near`` before a length of time: ``for near 10 years`` → ``for nearly 10 years``.

    >>> clean("The plant ran for near 10 years.")
    'The plant ran for nearly 10 years.'
    >>> clean("Temperatures stayed near 40 degrees near 10 Downing Street.")
    'Temperatures stayed near 40 degrees near 10 Downing Street.'
    """
    return f"{match['before']} nearly "


@regex_rule(
    "numbers.placeholder-one",
    # The digits after "+ 0" are taken along: "0.3" alone is a number no edit may cut.
    # A page that groups thousands writes it "65,438+0", and glues a number's first digits
    # to it: "2065,438+08" is 2018.
    r"(?<![\w.,+/-])(?P<lead>\d{1,3}(?=65,?438\+0))?65,?438\+[ \t]?0(?P<rest>\d*(?:\.\d+)?)"
    r"|(?<![\w.,+/-])65438[ \t]0(?=\d{0,2}(?:\.\d+)?[ \t]*%|\.\d)"
    # After a number's first digits ("20/kloc-0/9" is 2019), never after a word ("to/kloc-0/").
    r"|(?:(?<![\w/])|(?<=(?<![\w/.,-])\d{1,4}))/kloc-0/(?![A-Za-z_/])"
    # Upper-cased, its last slash lost, after a number's digits: "21/KLOC-0 university" is 211.
    r"|(?<=(?<![\w/.,-])\d{1,4})/KLOC-0(?=[ \t]+\p{Ll})"
    # Upper-cased at a number's start, its first slash lost: "(KLOC-0/40-87 BC)" is 140-87 BC.
    r"|(?<![\w/.,-])KLOC-0/(?=\d)",
    needs=["65438", "65,438+", "/kloc-0/", "/KLOC-0 ", "KLOC-0/"],
)
def placeholder_one(match: regex.Match[str], context: Context) -> str | None:
    """The placeholders ``65438+0`` and ``/kloc-0/`` some MT writes for the digit 1.

    The digits after the placeholder follow the 1: ``65438+05%`` is 15%,
    ``65438+0 million`` one million, ``20/kloc-0/9`` the year 2019; a page
    that groups thousands writes ``65,438+0`` and glues a number's first
    digits before it (``2065,438+08`` is 2018).

    >>> clean("Growth was 65438 05% and /kloc-0/0 stores opened; the tax is 65,438+00%.")
    'Growth was 15% and 10 stores opened; the tax is 10%.'
    >>> clean("Profit rose 65438+ 0.3 times in 20/kloc-0/9, and /kloc-0/.5 times since.")
    'Profit rose 1.3 times in 2019, and 1.5 times since.'
    >>> clean("Sales grew 65,438+07% on 2065,438+08.")
    'Sales grew 17% on 2018.'
    >>> clean("Order 65438 0 items; call 65438 0123; the zip code is 65438.")
    'Order 65438 0 items; call 65438 0123; the zip code is 65438.'
    >>> clean("She went to a 21/KLOC-0 university.")
    'She went to a 211 university.'
    >>> clean("Emperor Wu of Han (KLOC-0/40-87 BC) made the calendar.")
    'Emperor Wu of Han (140-87 BC) made the calendar.'
    >>> clean("Ticket #65438 is open; see /opt/kloc-0/bin, 65438 + 0 and v2/KLOC-0 Release.")
    'Ticket #65438 is open; see /opt/kloc-0/bin, 65438 + 0 and v2/KLOC-0 Release.'
    >>> clean("Set KLOC-0/ as the baseline; the path src/KLOC-0/3 and 2KLOC-0/5 stay.")
    'Set KLOC-0/ as the baseline; the path src/KLOC-0/3 and 2KLOC-0/5 stay.'

    An amount with a second placeholder inside it (``65,438+0,065,438+0,005.04``)
    is left whole: reading the first alone writes a wrong figure, and where
    the second's digits go is a guess.

    >>> clean("The payment is 65,438+0,065,438+0,005.04 yuan; the loan is 65,438+0,904,000.")
    'The payment is 65,438+0,065,438+0,005.04 yuan; the loan is 1,904,000.'
    """
    if _ANOTHER_PLACEHOLDER.match(match.string, match.end()):
        return None
    return (match["lead"] or "") + "1" + (match["rest"] or "")


#: A second placeholder in the same figure, after the one matched.
_ANOTHER_PLACEHOLDER = regex.compile(r"[\d,.]{0,12}?65,?438\+")


@regex_rule(
    "numbers.placeholder-year",
    r"(?<![\w.,+/-])2065,?438\+200(?P<last>\d)(?!\w|[.,]\d|[+/-])",
    needs=["2065438+200", "2065,438+200"],
)
def placeholder_year(match: regex.Match[str], context: Context) -> str:
    """A year of the 2010s that the same MT writes ``2065438+2006``: the year 2016.

    The placeholder stands for the year's 1, and ``200`` and the last digit
    follow it (a page that also writes the year ``20 16`` shows the reading).

    >>> clean("Applicants must be under 35 as of June 30, 2065438+2006.")
    'Applicants must be under 35 as of June 30, 2016.'
    >>> clean("Batch 2065438+2006b and the sum 12065438+2006 stay.")
    'Batch 2065438+2006b and the sum 12065438+2006 stay.'
    """
    return f"201{match['last']}"


# A word that takes a quantity: "rose 1. 3 times", "reached 2. 5 million".
_BEFORE_SPLIT = (
    r"(?<=\b(?:by|of|is|was|are|were|reached|reach|reaches|about|nearly|almost|over|than|at|up|down|rose|fell"
    r"|grew|increased|decreased|dropped|only|just|around|approximately|roughly|hit|exceeded|to)[ \t]+)"
    r"(?<!\d[ \t]+(?:to|-|–)[ \t]+)"
)
# A measure too: a length, an area, a weight or degrees (``drifts 5. 1 km``, ``covers 2. 6 square kilometres``).
_SPLIT_UNIT = (
    r"(?:%|times\b|percent\b|per[ \t]+cent\b|million\b|billion\b|trillion\b|yuan\b|points\b"
    r"|(?:km|cm|mm|kg|m|mu|℃|°C?)(?![\w²³])|(?:square[ \t]+)?(?:kilo|centi|milli)?(?:meters?|metres?)\b"
    r"|tons?\b|tonnes?\b|hectares?\b|degrees?\b)"
)


@regex_rule(
    "numbers.split-decimal",
    rf"{_BEFORE_SPLIT}(?<![\d.,])(?P<whole>\d{{1,3}})(?:[ \t]+\.[ \t]*|\.[ \t]+)(?P<fraction>\d{{1,2}})"
    rf"(?=[ \t]*{_SPLIT_UNIT})",
    # The point first: "re" stops only at a "." instead of trying every position.
    cue=r"\.(?:(?<=\d\.)[ \t]+|(?<=[ \t]\.)[ \t]*)\d",
)
def split_decimal(match: regex.Match[str], context: Context) -> str:
    """A decimal split at its point: ``rose 1. 3 times`` → ``rose 1.3 times``.

    >>> clean("Output rose 1. 3 times and prices by 2 .5%.")
    'Output rose 1.3 times and prices by 2.5%.'
    >>> clean("It began in 2021. 3 million cars sold. The vote was 52 to 48. 3 percent abstained.")
    'It began in 2021. 3 million cars sold. The vote was 52 to 48. 3 percent abstained.'

    A measure's unit is as good a sign (a guide page's ``drifting is 5. 1 km``).

    >>> clean("The rafting route is 5. 1 km and the lake is about 2. 6 square kilometers.")
    'The rafting route is 5.1 km and the lake is about 2.6 square kilometers.'
    >>> clean("The lane was 10. 5 metres from the gate, he said. The dog was 3. 5 kilos.")
    'The lane was 10.5 metres from the gate, he said. The dog was 3. 5 kilos.'
    """
    return f"{match['whole']}.{match['fraction']}"


@regex_rule(
    "numbers.stray-two",
    rf"(?<=\b\p{{Ll}}+[ \t]+){LABEL_BEFORE}(?<![\d.,-])(?P<number>\d{{1,2}})[ \t]+Two[ \t]+(?=\p{{Ll}}+s\b)",
    needs=[" Two "],
)
def stray_two(match: regex.Match[str], context: Context) -> str:
    """A stray ``Two`` between a number and its plural noun: ``covers 7 Two brands`` → ``covers 7 brands``.

    >>> clean("It covers 7 Two brands in all.")
    'It covers 7 brands in all.'
    >>> clean("Formula 1 Two drivers left; it sold 5 Two-seat cars and 3 Two Rivers maps.")
    'Formula 1 Two drivers left; it sold 5 Two-seat cars and 3 Two Rivers maps.'
    """
    return f"{match['number']} "


@regex_rule("numbers.years-later", r"\b(?P<year>[12]\d{3})[ \t]+Years[ \t]+later\b", needs=[" Years later"])
def years_later(match: regex.Match[str], context: Context) -> str:
    """以后 after a year: ``2025 Years later is`` → ``after 2025 is``.

    >>> clean("2025 Years later is the stage of change.")
    'After 2025 is the stage of change.'
    >>> clean("The film 28 Years Later opened, and 2000 years later the city fell.")
    'The film 28 Years Later opened, and 2000 years later the city fell.'
    """
    return capitalise_at_sentence_start(match, f"after {match['year']}")


@regex_rule(
    "numbers.the-year-is", r"\b(?P<year>[12]\d{3})[ \t]+The[ \t]+year[ \t]+is\b", needs=[" The year is"]
)
def the_year_is(match: regex.Match[str], context: Context) -> str:
    """年是 after a year: ``to 2023 The year is`` → ``to 2023 is``.

    >>> clean("From now to 2023 The year is the revival stage.")
    'From now to 2023 is the revival stage.'
    >>> clean("It was 2023. The year is over.")
    'It was 2023. The year is over.'
    """
    return f"{match['year']} is"


@regex_rule(
    "numbers.history-of-years",
    r"\bHave[ \t]+(?P<number>\d+)[ \t]+(?P<noun>(?:[\w'’-]+[ \t]+){1,4}?)with[ \t]+a[ \t]+history[ \t]+of[ \t]+years\b"
    r"(?![ \t]+of\b)",
    needs=["history of years"],
)
def history_of_years(match: regex.Match[str], context: Context) -> str:
    """有N年历史的X: ``Have 120 French carmaker with a history of years`` → ``the 120-year-old French carmaker``.

    ``Have`` is capitalised the way MT starts every fragment.

    >>> clean("Have 120 French carmaker with a history of years Renault Group signed.")
    'The 120-year-old French carmaker Renault Group signed.'
    >>> clean("We have 120 stores with a history of years of growth.")
    'We have 120 stores with a history of years of growth.'
    """
    noun = " ".join(match["noun"].split())
    return capitalise_at_sentence_start(match, f"the {match['number']}-year-old {noun}")


#: What a chip's process node (nanometres, not newton-metres) is said of.
_NODE_NOUNS = r"(?:chips?|process(?:es)?|nodes?|technology|wafers?|processors?|lithography|manufacturing)"


@regex_rule(
    "numbers.unit-case",
    rf"(?:KM|Km(?=[ \t]|[,.;]|\Z)|Nm(?=[ \t]+{_NODE_NOUNS}\b))(?<=(?<![\w.,])\d{{1,6}}(?:\.\d{{1,3}})?[KN][Mm])"
    r"(?![\w/])|\.(?<=(?:\bcode(?:[ \t]+is|:)?|\()[ \t]{0,3}\d{4,6}\.)\K(?:hk|sh|sz|ss)\b(?![\w.])",
    cue=(r"K(?<=\dK)[Mm]", r"N(?<=\dN)m", r"\.(?<=\d\.)(?:hk|sh|sz|ss)"),
)
def unit_case(match: regex.Match[str], context: Context) -> str:
    """A unit or a stock code in the case MT gave it: ``800KM`` → ``800km``, ``7Nm chips`` → ``7nm chips``.

    ``Nm`` is a newton-metre (``300Nm of torque``), so a chip's ``Nm`` is
    lowered only before what a process node is said of; an exchange's suffix
    is upper case after a stock code: ``code 01918.hk`` → ``code 01918.HK``.

    >>> clean("A range of 800KM, 7Nm chips, and stock code 01918.hk, all new.")
    'A range of 800km, 7nm chips, and stock code 01918.HK, all new.'
    >>> clean("It makes 300Nm of torque; see 2048.hk and the 5KMH sign.")
    'It makes 300Nm of torque; see 2048.hk and the 5KMH sign.'
    """
    return match.group().upper() if match.group().islower() else match.group().lower()


#: Energy units MT wrote in capitals after a number (``10GWH``), and how they are written.
#: In lower case only the large units, which no one abbreviates so casually
#: (``15.9gwh``); ``kwh`` is left, as forum English writes it.
_ENERGY_UNITS = {
    "KWH": "kWh",
    "MWH": "MWh",
    "GWH": "GWh",
    "TWH": "TWh",
    "mwh": "MWh",
    "gwh": "GWh",
    "twh": "TWh",
}


@regex_rule(
    "numbers.energy-unit-case",
    r"(?<=(?<![\w.,])\d{1,6}(?:\.\d{1,3})?[ \t]?)(?:[KMGT]WH|[mgt]wh)\b(?![\w/-])",
    needs=["WH", "wh"],
)
def energy_unit_case(match: regex.Match[str], context: Context) -> str:
    """An energy unit MT wrote in capitals (or a large one in lower case) after a number: ``10GWH`` → ``10GWh``, ``60 KWH`` → ``60 kWh``.

    >>> clean("The plant makes 10GWH of cells a year; each pack holds 60 KWH.")
    'The plant makes 10GWh of cells a year; each pack holds 60 kWh.'
    >>> clean("Its cells totalled 15.9gwh, and the grid stored 2 twh; a home uses 9 kwh.")
    'Its cells totalled 15.9GWh, and the grid stored 2 TWh; a home uses 9 kwh.'
    >>> clean("Set GWH=10 in the config, and read the KWH column of the table.")
    'Set GWH=10 in the config, and read the KWH column of the table.'
    """
    return _ENERGY_UNITS[match.group()]


# A year before the word is its dynasty (``by 1279 Yuan forces``), not money.
_YEAR = regex.compile(r"(?:1[0-9]|20)\d\d")


@regex_rule(
    "numbers.yuan-case",
    r"(?<=(?<![\w.,])(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?P<scale>[ \t]+(?:thousand|million|billion|trillion))?[ \t]?)Yuan\b"
    r"(?=(?P<per>/)|[ \t]+\p{Ll}|[ \t]*[,.;:!?)]|[ \t]*\Z)",
    needs=["Yuan"],
)
def yuan_case(match: regex.Match[str], context: Context) -> str | None:
    """The currency MT capitalised after a sum: ``185 Yuan/person`` → ``185 yuan/person``.

    English writes the yuan in lower case, as it writes the dollar.  A
    capitalised word after it makes a name (``3 Yuan Road``), and after a
    year ``Yuan`` is the dynasty (``by 1279 Yuan forces held the south``),
    unless a price follows (``2000 Yuan/month``).

    >>> clean("Tickets are 185 Yuan/person , the bus costs 50 Yuan more, and output hit 500 billion Yuan.")
    'Tickets are 185 yuan/person, the bus costs 50 yuan more, and output hit 500 billion yuan.'
    >>> clean("By 1279 Yuan forces held the south; the shop is at 3 Yuan Road.")
    'By 1279 Yuan forces held the south; the shop is at 3 Yuan Road.'

    A price per person or per month (``元/人``) is MT's; a sum alone in
    capitals is a house style too (tech news writes ``priced at 4299 Yuan
    ($744)``), so it is lowered only in a paragraph that shows MT's garble
    or such a price.

    >>> clean("The base model is priced at 4299 Yuan ($744) in China.")
    'The base model is priced at 4299 Yuan ($744) in China.'
    """
    if not match["per"] and not match["scale"] and _YEAR.fullmatch(match["number"]):
        return None
    if not match["per"] and not _shows_mt(match.string):
        return None  # "priced at 4299 Yuan": a house style, not MT's capital
    return "yuan"


#: Whether a paragraph shows MT's garble or its price per head (``185 Yuan/person``).
_shows_mt = per_paragraph(lambda text: "Yuan/" in text or shows_garble(text))


#: Units a number MT glued to the word before it is measured in (``only12km``).
_UNITS = r"(?:km|kg|cm|mm|m|g|ml|mAh|kWh|kW|W|GB|TB|MB|yuan|hours?|days?|years?|km/h)"


@regex_rule(
    "numbers.glued-measure",
    rf"\d(?<=(?<![\w-])(?P<word>\p{{Lu}}?\p{{Ll}}{{3,}}|\p{{Lu}}\p{{Ll}}{{2}})\d)"
    # a measure, or an amount written with thousands separators (``payment130,000``)
    rf"(?=\d*(?:\.\d+)?[ \t]?{_UNITS}\b|\d{{0,2}}(?:,\d{{3}})++(?!\d|[.,/@-]\w))",
    cue=r"\d(?<=[a-z][a-z]\d)",
)
def glued_measure(match: regex.Match[str], context: Context) -> str | None:
    """A measure MT glued to the word before it gets its space: ``only12km`` → ``only 12km``.

    The word must be an English word, so identifiers (``utf8``, ``base64``,
    ``sha256``) and model names (``abc12km``) stay.  (In this pass, before
    casing, so that casing sees the number as a word on the first run.)

    >>> clean("The village is only12km away and the battery holds about5000mAh.")
    'The village is only 12km away and the battery holds about 5000mAh.'
    >>> clean("Encode it as base64 or utf8, then run step3 in 2 hours.")
    'Encode it as base64 or utf8, then run step3 in 2 hours.'

    A capitalised word (an ingredient's cell of a table flattened to text)
    and an amount written with thousands separators count too; a name's
    model or version (``Nova9``, ``Win10``, ``Python3``) has neither.

    >>> clean("Sugar2g\\nFlour250g\\nThe loan is the price minus the down payment130,000.")
    'Sugar 2g\\nFlour 250g\\nThe loan is the price minus the down payment 130,000.'
    >>> clean("Nova9 and Win10 users run Python3; item1,2 and page10,20 are lists.")
    'Nova9 and Win10 users run Python3; item1,2 and page10,20 are lists.'
    """
    return f" {match.group()}" if is_common(match["word"].lower()) else None


QUANTITY_RULES: tuple[RegexRule, ...] = (
    many,
    or_more,
    nearly,
    placeholder_one,
    placeholder_year,
    split_decimal,
    stray_two,
    years_later,
    the_year_is,
    history_of_years,
    unit_case,
    energy_unit_case,
    yuan_case,
    glued_measure,
)
