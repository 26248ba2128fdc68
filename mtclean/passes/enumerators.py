"""Item numbers of Chinese lists: ``1、 Eat less`` → ``1. Eat less``; ``Two 、 Install`` → ``2. Install``.

Chinese numbers the items of a list ``1、2、`` and the sections of a text
``一、二、``; MT leaves the ``、`` (or turns it into a comma) and reads ``二``
as the word ``Two``.  English writes ``1.`` and ``2.``.  The rules run before
casing, so the word after the number keeps its case: a capital at the start
of an item, lower case inside a sentence (``three things: 1. mutual
exclusion, 2. no deadlock``).  A ``、`` between numbers (``pages 3、5、7``) is a
list of numbers, not of items, and is left to the lists pass.
"""

from __future__ import annotations

import regex

from mtclean.rules import Context, Pass, per_paragraph, regex_rule

NUMERALS = ("One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten")


@regex_rule(
    "enumerators.item-number",
    # Where an item begins: a line's or a sentence's start, or after a mark; never
    # after a word, whose number it is ("MIX 4 、 the tablet" lists a model).
    r"(?<=(?:\A|[\n.;:!?。；：，,(（])[ \t]*)\b(?P<number>\d{1,2})[ \t]*、[ \t]*(?=\p{L})",
    needs=["、"],
)
def item_number(match: regex.Match[str], context: Context) -> str:
    """A list item numbered ``1、`` is numbered ``1.``.

    >>> clean("The clinic gives three tips. 1、 Eat less fried food; 2、 sleep before eleven.")
    'The clinic gives three tips. 1. Eat less fried food; 2. sleep before eleven.'
    >>> clean("See pages 3、5、7 of the report.")
    'See pages 3, 5, 7 of the report.'
    >>> clean("They showed the MIX 4 、 the Pad 5 、 and a speaker.")
    'They showed the MIX 4, the Pad 5, and a speaker.'
    """
    return f"{match['number']}. "


@regex_rule(
    "enumerators.letter-item",
    # At a line's start only, before a word (``A 、 B 、 C`` lists letters, not items).
    r"(?m)^[ \t]*+\K(?P<letter>[A-H])[ \t]*、[ \t]*(?=\p{L}{2})",
    needs=["、"],
)
def letter_item(match: regex.Match[str], context: Context) -> str:
    """A list item lettered ``A、`` is lettered ``A.``.

    Chinese letters the items of a list ``A、B、`` as it numbers them ``1、2、``;
    left to the lists pass, the ``、`` became a comma and casing lowered the
    item's first word (``A, orders paid``).

    >>> clean("Rules:\\nA、 Orders paid before noon ship that day.\\nB、 Refunds take a week.")
    'Rules:\\nA. Orders paid before noon ship that day.\\nB. Refunds take a week.'
    >>> clean("A 、 B 、 C are the three grades.")
    'A, B, C are the three grades.'
    """
    return f"{match['letter']}. "


_NUMERAL_WORD = "|".join(NUMERALS)
#: Roman numerals from 1 to 10, as a document's sections are numbered (``I.``, ``II.``).
ROMANS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
#: A line a Chinese numeral read as a word opens, with its mark: ``Two 、``, ``Three.``, ``Four,``.
#: Only a heading's line counts: one that does not end like a sentence.
_WORD_SECTION = regex.compile(
    rf"(?m)^[ \t]{{0,8}}+(?P<numeral>{_NUMERAL_WORD})(?:[ \t]*[、.]|,)[ \t]*\p{{L}}[^\n]*+(?<![.!?。,;])$"
)
#: A line a Roman numeral opens: ``I. ID card processing``, ``II、 Materials``.
_ROMAN_SECTION = regex.compile(rf"(?m)^[ \t]{{0,8}}+(?P<roman>{'|'.join(ROMANS)})[ \t]*[.、][ \t]*\p{{L}}")
#: A line a numeral word opens with a comma or a mark, as a counted line of a spoken list does (``Two, check the bags``).
_COUNTED_LINE = regex.compile(rf"(?:(?<![ \t])[ \t]+)?(?:{_NUMERAL_WORD})(?:[ \t]*[、.]|,)")
#: How long a heading's line may run, and how long one that ends with a colon (``... are as follows:``).
_HEADING_REACH, _COLON_HEADING_REACH = 60, 100


def _section_siblings(document: str) -> tuple[frozenset[int], frozenset[int]]:
    """The numbers of the sections the document's lines open: with a numeral word, with a Roman numeral."""
    words = frozenset(NUMERALS.index(found["numeral"]) + 1 for found in _WORD_SECTION.finditer(document))
    romans = frozenset(ROMANS.index(found["roman"]) + 1 for found in _ROMAN_SECTION.finditer(document))
    return words, romans


#: The sections of the document being cleaned, found once per document.
_document_sections = per_paragraph(_section_siblings)


@regex_rule(
    "enumerators.section-number",
    rf"(?m)^[ \t]{{0,8}}+\K(?P<numeral>{_NUMERAL_WORD})(?:[ \t]*(?P<mark>[、.])|(?P<comma>,))[ \t]*"
    r"(?P<first>\p{L})(?=(?P<rest>[^\n]*+)$)",
    cue=rf"(?:{_NUMERAL_WORD})(?:[ \t]*[、.]|,)",
)
def section_number(match: regex.Match[str], context: Context) -> str | None:
    """A section heading numbered with a Chinese numeral read as a word: ``Two 、 Install`` → ``2. Install``.

    Only on a heading's line: short, and not ending like a sentence.

    >>> clean("Two 、 Install the driver\\n\\nDownload the package first.")
    '2. Install the driver\\n\\nDownload the package first.'
    >>> clean("One. Two. Three. Go!\\nTen. That is the count we need.")
    'One. Two. Three. Go!\\nTen. That is the count we need.'

    MT also writes the ``、`` as a comma (``Two, orchard planning``), and a
    heading that introduces a list may run longer and end with a colon
    (``Two. The materials you need are as follows:``).  Either needs a
    sibling: another line of the document opening the section before or
    after it, with a numeral word or a Roman numeral.  The heading then
    takes a capital, and a Roman numeral when its siblings have one.

    >>> clean("Two, site planning\\nKeep roads short.\\n\\nThree, soil improvement\\nPlough in autumn.")
    '2. Site planning\\nKeep roads short.\\n\\n3. Soil improvement\\nPlough in autumn.'
    >>> clean("I. How to apply:\\nGo to the office.\\nTwo. The papers that an applicant must bring with the form are these:")
    'I. How to apply:\\nGo to the office.\\nII. The papers that an applicant must bring with the form are these:'

    A lone line, a count in a sentence and a line of numbers stay, and so
    do comma lines that follow one another with no text between: a heading
    has its section's text under it, whereas a spoken list, a poem or a
    blurb counts line after line (``One, check your passport.`` /
    ``Two, check the baggage rules``).

    >>> clean("Pack light.\\nOne, check your passport.\\nTwo, check the baggage rules\\nThree, arrive early\\n\\nBye.")
    'Pack light.\\nOne, check your passport.\\nTwo, check the baggage rules\\nThree, arrive early\\n\\nBye.'

    >>> clean("Two, please.\\nTwo, three, four.\\nFive, maybe six, came.")
    'Two, please.\\nTwo, three, four.\\nFive, maybe six, came.'
    >>> clean("Two, site planning\\nKeep roads short.")
    'Two, site planning\\nKeep roads short.'
    """
    following = (match["first"] + match["rest"]).split(None, 1)[0].strip(".,")
    if following.capitalize() in NUMERALS:
        return None
    number = NUMERALS.index(match["numeral"]) + 1
    first, line = match["first"], (match["first"] + match["rest"]).rstrip()
    if line.endswith((".", "!", "?", "。", ",", ";")):
        return None
    short = len(line) <= _HEADING_REACH
    plain = match["mark"] is not None and short and first.isupper() and match["rest"][:1].islower()
    if not plain:
        colon_heading = match["mark"] is not None and line.endswith((":", "："))
        if not (short or (colon_heading and len(line) <= _COLON_HEADING_REACH)):
            return None
        if match["comma"] is not None and _next_to_counted_line(match.string, match.start()):
            return None  # a spoken list or a verse counted line by line, not a heading over its section
        words, romans = _document_sections(context.document or match.string)
        neighbours = {number - 1, number + 1}
        if not neighbours & (words | romans):
            return None
        if neighbours & romans and not neighbours & words:
            return f"{ROMANS[number - 1]}. {first.upper()}"
    return f"{number}. {first.upper()}"


def _next_to_counted_line(text: str, start: int) -> bool:
    """Whether the line just above or just below the one at ``start`` also opens with a counted numeral word."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    if line_start > 0:
        above = text.rfind("\n", 0, line_start - 1) + 1
        if _COUNTED_LINE.match(text, above, line_start - 1) is not None:
            return True
    if line_end >= 0:
        below_end = text.find("\n", line_end + 1)
        if _COUNTED_LINE.match(text, line_end + 1, len(text) if below_end < 0 else below_end) is not None:
            return True
    return False


#: The Chinese digits a section number is written with.
_HAN_DIGITS = {digit: value for value, digit in enumerate("一二三四五六七八九", 1)}
#: A Chinese numeral from 1 to 99: ``三``, ``十一``, ``二十``, ``二十四``.
_HAN_NUMERAL = r"(?:[二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])"


def han_value(numeral: str) -> int:
    """The value of a Chinese numeral from 1 to 99.

    >>> [han_value(numeral) for numeral in ("三", "十", "十四", "二十", "九十九")]
    [3, 10, 14, 20, 99]
    """
    if "十" not in numeral:
        return _HAN_DIGITS[numeral]
    tens, _, ones = numeral.partition("十")
    return 10 * _HAN_DIGITS.get(tens, 1) + _HAN_DIGITS.get(ones, 0)


@regex_rule(
    "enumerators.han-number",
    r"(?m)^[ \t]*+\K(?:(?P<numeral>" + _HAN_NUMERAL + r")[ \t]*、|\((?P<bracketed>" + _HAN_NUMERAL + r")\))"
    r"[ \t]*(?=\p{Latin}[^\p{Han}\n]*+$)",
    cue=r"[一二三四五六七八九十](?:[ \t]*、|\))[ \t]*[A-Za-z]",
)
def han_number(match: regex.Match[str], context: Context) -> str:
    """A section or item MT left numbered with a Chinese numeral is numbered in digits: ``一、 Release`` → ``1. Release``.

    MT translates the line and keeps its ``一、``, ``十一、`` or ``(一)``;
    left to the lists pass, the ``、`` became a comma and casing lowered
    the item's first word (``一, release``).  Only at a line's start, and
    only when the rest of the line is English: a Chinese line keeps its
    numbering.

    >>> clean("Steps:\\n一、 Release the notice;\\n十一、 Sign the letter.\\n(二)Guiding ideas.")
    'Steps:\\n1. Release the notice;\\n11. Sign the letter.\\n(2) Guiding ideas.'
    >>> clean("一、总则 (General rules)\\n二、Scope 范围")
    '一、总则 (General rules)\\n二、Scope 范围'
    """
    if match["bracketed"] is not None:
        return f"({han_value(match['bracketed'])}) "
    return f"{han_value(match['numeral'])}. "


# An item numbered ``1,`` begins at the paragraph's start, a line's start
# (indented a little at most), or after a full stop, a colon or a semicolon;
# looked for behind the digit, so a run of spaces is not scanned again and again.
_ITEM_NUMBER = r"(?P<number>[1-9])(?<=(?:\A[ \t]{0,8}|[.;:][ \t]|\n[ \t]{0,8})[1-9])"
_COMMA_ITEM = regex.compile(_ITEM_NUMBER + r"[,，][ \t]+(?=\p{L})")
# An item of the same list numbered the English way, at a line's start: ``2. Cook``.
_DOT_ITEM = regex.compile(r"(?m)^[ \t]*+(?P<number>[1-9])\.[ \t]+(?=\p{L})")
# One in a sentence, after a colon or a semicolon: ``; 2. Repay the loan``.
_INLINE_DOT_ITEM = regex.compile(r"[;:][ \t]++(?P<number>[1-9])\.[ \t]+(?=\p{L})")
# One after a sentence's full stop, before a capital: ``form. 3. Fill in the``.
_SENTENCE_DOT_ITEM = regex.compile(r"(?<=[.!?][ \t]{1,2})(?P<number>[1-9])\.[ \t]+(?=\p{Lu})")
# A line's item reads as prose: three words in a row, and no comma glued to
# the next word (``1,apple,red`` is a row of data, not an item).
_THREE_WORDS = regex.compile(r"(?<!\p{L})\p{L}++[ \t]\p{L}++[ \t]\p{L}")
_GLUED_COMMA = regex.compile(r",[^\s\d]")


def _line_from(text: str, start: int) -> str:
    end = text.find("\n", start)
    return text[start : end if end >= 0 else len(text)]


def _prose_item(text: str, start: int) -> bool:
    """Whether the line of ``text`` from ``start`` reads as an item of prose, not a row of data."""
    line = _line_from(text, start)
    return _THREE_WORDS.search(line) is not None and _GLUED_COMMA.search(line) is None


# A short item of words: ``deed tax``, ``deed tax; pay 5% of the price``, ``creature``.
_SHORT_ITEM = regex.compile(r"\p{L}++(?:[ \t]\p{L}++)*+(?:[;:.][^\n]*+)?+")


def _item_line(text: str, start: int) -> bool:
    """Whether the line of ``text`` from ``start`` is words (a heading or a short item), not a row of data."""
    line = _line_from(text, start)
    return _SHORT_ITEM.fullmatch(line) is not None and _GLUED_COMMA.search(line) is None


@regex_rule(
    "enumerators.comma-number",
    _ITEM_NUMBER + r"[,，][ \t]+(?P<first>\p{L})",
    # A sequence has an item after a mark, a line break or at the paragraph's start: one cue
    # each, so that each opens with what ``re`` can skip ahead to (a ``\A`` branch in an
    # alternation made it try every position).
    cue=(
        r"\A[ \t]*[1-9][,，][ \t]+[A-Za-z]",
        r"\n[ \t]*[1-9][,，][ \t]+[A-Za-z]",
        r",(?<=[.;:][ \t][1-9],)[ \t]+[A-Za-z]",
        r"，(?<=[.;:][ \t][1-9]，)[ \t]+[A-Za-z]",
    ),
)
def comma_number(match: regex.Match[str], context: Context) -> str | None:
    """Items MT numbered ``1,`` and ``2,`` (the ``、`` already a comma) are numbered ``1.`` and ``2.``.

    Only when the paragraph numbers at least two items in sequence this way,
    each at the start of a sentence or after a colon or semicolon.

    >>> clean("1, check the fees before you buy. 2, hold for at least a year.")
    '1. Check the fees before you buy. 2. Hold for at least a year.'
    >>> clean("The loan can be used to: 1, buy new housing; 2, buy resale housing.")
    'The loan can be used to: 1. buy new housing; 2. buy resale housing.'
    >>> clean("It may pay for: 1, buying a home; 2. Repaying a loan; 3, renting a flat.")
    'It may pay for: 1. buying a home; 2. Repaying a loan; 3. renting a flat.'
    >>> clean("In 2019, sales rose. 1, however, is a lonely number.")
    'In 2019, sales rose. 1, however, is a lonely number.'

    An item at a line's start may sit in a list whose other items MT numbered
    the English way (``2. Cook the bacon``); it starts with a capital.  Its
    line must read as prose, so rows of data keep their commas.

    >>> clean("Steps:\\n1, wash the potatoes and drain them.\\n2. Cut the bacon into pieces.")
    'Steps:\\n1. Wash the potatoes and drain them.\\n2. Cut the bacon into pieces.'
    >>> clean("id,name,colour\\n1, apple,red\\n2, pear,green")
    'id,name,colour\\n1, apple,red\\n2, pear,green'

    A short item, a heading of words (``1, deed tax``), needs a neighbour
    numbered the English way.

    >>> clean("1, deed tax\\nThe buyer pays it.\\n2. Stamp duty\\nEach side pays half.")
    '1. Deed tax\\nThe buyer pays it.\\n2. Stamp duty\\nEach side pays half.'
    >>> clean("rank, name\\n1, Lee\\n2, Park")
    'rank, name\\n1, Lee\\n2, Park'

    An item in a run of sentences numbered the English way lost its full stop
    to a comma too, when the items before and after it are numbered with dots.

    >>> clean("The steps: 1. Bring the form. 2. Fill it in. 3, check the data. 4. Pay the fee.")
    'The steps: 1. Bring the form. 2. Fill it in. 3. Check the data. 4. Pay the fee.'
    >>> clean("It cost 2. 3, however, was the price of a ticket. 4. The end.")
    'It cost 2. 3, however, was the price of a ticket. 4. The end.'

    Items that each open a paragraph of their own are a list too.

    >>> clean("1, feed small meals\\n\\nA kitten eats four times a day.\\n\\n2, clean bowls\\n\\nWash them daily.")
    '1. Feed small meals\\n\\nA kitten eats four times a day.\\n\\n2. Clean bowls\\n\\nWash them daily.'
    """
    text = match.string
    number = int(match["number"])
    line_start = text.rfind("\n", 0, match.start()) + 1
    at_line_start = not text[line_start : match.start()].strip()
    siblings = _comma_items(text) | _inline_dot_items(text)
    if at_line_start:
        # An item opening its paragraph has its neighbours in the paragraphs around it.
        opening = _opening_items(context.document) if line_start == 0 else frozenset()
        # A short item (``1, deed tax``) needs a neighbour numbered the English way, or opening a paragraph.
        if not _prose_item(text, match.start("first")) and not (
            {number - 1, number + 1} & (_dot_items(text) | opening) and _item_line(text, match.start("first"))
        ):
            return None
        siblings = siblings | _dot_items(text) | opening
    elif match["first"].isupper():
        return None
    elif not ({number - 1, number + 1} & siblings):
        # An item among sentences numbered the English way (``3. Fill in the form. 4, check
        # the data. 5. Pay``): both neighbours, or the second after the first, are such items.
        sentence_items = _sentence_dot_items(text)
        wanted = {number + 1} if number == 1 else {number - 1, number + 1}
        if not wanted <= sentence_items:
            return None
        siblings = siblings | sentence_items
    if not ({number - 1, number + 1} & siblings):
        return None
    before = text[max(0, match.start() - 8) : match.start()].rstrip()
    capital = at_line_start or not before or before.endswith(".")
    first = match["first"].upper() if capital else match["first"]
    return f"{number}. {first}"


#: The numbers of the items numbered ``1,`` in a paragraph, found once per paragraph.
_comma_items = per_paragraph(
    lambda text: frozenset(int(item["number"]) for item in _COMMA_ITEM.finditer(text))
)
#: The numbers of the items numbered ``1.`` at a line's start, found once per paragraph.
_dot_items = per_paragraph(lambda text: frozenset(int(item["number"]) for item in _DOT_ITEM.finditer(text)))
#: An item numbered ``1,`` or ``1.`` that opens a paragraph of the document.
_OPENING_ITEM = regex.compile(r"(?:\A|\n[ \t]*+\n)[ \t]*+(?P<number>[1-9])[.,，][ \t]+(?=\p{L})")
#: The numbers of the items that open the document's paragraphs, found once per document.
_opening_items = per_paragraph(
    lambda document: frozenset(int(item["number"]) for item in _OPENING_ITEM.finditer(document))
)
#: The numbers of the items numbered ``1.`` after a sentence's full stop, found once per paragraph.
_sentence_dot_items = per_paragraph(
    lambda text: frozenset(int(item["number"]) for item in _SENTENCE_DOT_ITEM.finditer(text))
)
#: The numbers of the items numbered ``1.`` after a colon or a semicolon, found once per paragraph.
_inline_dot_items = per_paragraph(
    lambda text: frozenset(int(item["number"]) for item in _INLINE_DOT_ITEM.finditer(text))
)


#: The numbers MT writes as words in an item's brackets: ``(seven)``, ``(twelve)``.
BRACKET_NUMERALS = tuple(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty".split()
)
_NUMERAL = "|".join(f"[{word[0]}{word[0].upper()}]{word[1:]}" for word in BRACKET_NUMERALS)
# An item numbered in brackets at a line's start, with a digit or a word: ``(5) Applicants``, ``(six) the``.
_BRACKET_ITEM = regex.compile(
    rf"(?m)^[ \t]*+\((?:(?P<number>\d{{1,2}})|(?P<numeral>{_NUMERAL}))\)[ \t]*+\p{{L}}"
)


@regex_rule(
    "enumerators.word-in-brackets",
    rf"(?m)^[ \t]*+\((?P<numeral>{_NUMERAL})\)[ \t]*+(?P<first>\p{{L}})",
    # One pattern that starts at the bracket: forty needles found with ``in`` cost thirty times more.
    cue=rf"\((?:{_NUMERAL})\)",
)
def word_in_brackets(match: regex.Match[str], context: Context) -> str | None:
    """An item MT numbered ``(seven)`` among items numbered ``(6)`` is numbered ``(7)``.

    Chinese numbers a text's items ``（一）（二）``; MT writes some as digits and
    some as words.  Only at a line's start, and only when the document
    numbers the item before or after it in brackets at a line's start too,
    one of its items with a digit; the item's first letter is then a capital,
    like its neighbours'.

    >>> clean("(5) Applicants must be healthy.\\n(six) the applicant must hold a degree.")
    '(5) Applicants must be healthy.\\n(6) The applicant must hold a degree.'
    >>> clean("(one) more time, the crowd sang.\\n(two) more songs, they begged.")
    '(one) more time, the crowd sang.\\n(two) more songs, they begged.'
    """
    number = BRACKET_NUMERALS.index(match["numeral"].lower()) + 1
    digits, words = _bracket_items(context.document or match.string)
    if not digits or not {number - 1, number + 1} & (digits | words):
        return None
    return f"{match.group()[: match.start('numeral') - match.start()]}{number}) {match['first'].upper()}"


def _bracket_items(document: str) -> tuple[frozenset[int], frozenset[int]]:
    """The numbers of the items numbered in brackets at a line's start in ``document``: with digits, with words."""
    digits, words = set(), set()
    for item in _BRACKET_ITEM.finditer(document):
        if item["number"] is not None:
            digits.add(int(item["number"]))
        else:
            words.add(BRACKET_NUMERALS.index(item["numeral"].lower()) + 1)
    return frozenset(digits), frozenset(words)


ENUMERATORS = Pass(
    "enumerators", (item_number, letter_item, han_number, section_number, comma_number, word_in_brackets)
)
