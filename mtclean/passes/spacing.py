"""Spaces MT lost or doubled between words: ``gas.On the`` → ``gas. On the``.

Machine translation joins the fragments it translated one by one, and the
seams show: a full stop or comma with no space after it (``shares.Previously``,
``In fact,The two``), a heading number glued to its title (``1.Prepare``), a
per cent sign glued to the next word (``7.25%of``), a bracket glued to the word
it explains (``the G3(compact SUV)``), or two spaces between two words
(``blood sugar  often``).  Each rule asks for a shape that English prose
never has and that code, URLs and numbers never take: the words on both sides
are ordinary words (``list.Add`` in code is left alone because ``Add`` does not
start sentences), the next word starts a sentence, and protected spans (URLs,
file names, code) are never touched.
"""

from __future__ import annotations

import regex

from mtclean.passes.evidence import shows_garble
from mtclean.rules import Context, Pass, per_paragraph, regex_rule
from mtclean.words import FUNCTION_WORDS, english_words, is_common

#: Words that start a sentence or clause in MT output: a full stop or comma
#: glued to one of these is a seam, not a name (``Node.js``) or code (``list.Add``).
STARTERS = FUNCTION_WORDS | frozenset(
    "according after also although among as based because before below besides but currently during even every "
    "finally first furthermore however if in its last later let many meanwhile moreover most next now "
    "once only please previously second since so some still then there therefore thus today "
    "until what when where whereby wherein whether while yesterday yet".split()
)


#: Go packages and collections whose members are starters too (``time.Now``,
#: ``time.Since``, ``list.First``, ``items.Where``): code, not a seam.
CODE_RECEIVERS = frozenset(
    "time list items query results source array collection values keys sequence numbers rows".split()
)
CODE_MEMBERS = frozenset("Now Since Until After Before First Last Where Any All Then Next Some Every".split())


# A capitalised word after the one matched: the two words are a name.
_NAME_GOES_ON = regex.compile(r"(?<![ \t])[ \t]+\p{Lu}")
# A lower-case word after the one matched: a clause goes on (``Cup.In the match``).
_CLAUSE_GOES_ON = regex.compile(r"(?<![ \t])[ \t]+\p{Ll}")
#: Words that open a sentence MT glued to a name's full stop (``Shanggang.In the``) and
#: that no library names a member (unlike ``From``, ``First`` or ``Now``).
_OPENERS_AFTER_NAME = frozenset(
    "In At On The This It He She They We According During However Meanwhile But".split()
)


#: The label of a field, from the start of its line to its colon: one to three words, the first capitalised.
_FIELD_LABEL = regex.compile(r"(?<![ \t])[ \t]*+\p{Lu}[\p{L}'’-]*+(?:[ \t]\p{L}[\p{L}'’-]*+){0,2}[ \t]*+")
#: A field's short value after the first word matched: at most three more words, to the end of the line.
_FIELD_VALUE = regex.compile(r"(?<![ \t])(?:[ \t]++[^\s.!?]++){0,3}+[ \t]*+(?:\n|\Z)")


def _names_a_wiki_page(text: str, colon: int) -> bool:
    """Whether the words that end at ``colon`` are a wiki's namespace (``Template``, ``User talk``).

    >>> _names_a_wiki_page("see Template:Use", 12)
    True
    >>> _names_a_wiki_page("Xinhua News:The", 11)
    False
    """
    return _WIKI_NAMESPACE.search(text, max(0, colon - 20), colon) is not None


def _opens_a_field(text: str, colon: int) -> bool:
    """Whether the text from the start of the line to ``colon`` is a field's label (looked for 80 characters back).

    >>> _opens_a_field("Era:Tang\\nFirst Monarch:Emperor", 22)
    True
    >>> _opens_a_field("It was on CCTV News:This", 19)
    False
    """
    newline = text.rfind("\n", max(0, colon - 80), colon)
    if newline < 0 and colon > 80:
        return False
    return _FIELD_LABEL.fullmatch(text, newline + 1, colon) is not None


#: A wiki page's namespace just before its colon (``Template:Use``, ``Help:Contents``,
#: ``User talk:Example``): a page's name, not a label before a sentence MT glued.
_WIKI_NAMESPACE = regex.compile(
    r"(?<!\w)(?:Category|Draft|File|Help|MediaWiki|Module|Portal|Special|Talk|Template|User|Wikipedia|Wiktionary)"
    r"(?:[ \t]talk)?\Z"
)


#: After a year glued to a starter, a space and a word: prose, never a row of comma-separated values.
_SPACE_THEN_WORD = regex.compile(r"[ \t]\p{L}")
#: A comma glued to the word after it: two on a line make it a row of values.
_GLUED_COMMA = regex.compile(r"[\p{L}\p{N}],\p{L}")
#: A company's legal suffix whose full stop MT glued to the ``of`` naming its seat.
_COMPANY_SUFFIXES = frozenset({"Inc", "Co", "Ltd", "Corp"})


def _after_year(text: str, start: int, end: int, mark: str, word: str) -> str | None:
    """A comma MT glued between a year and the next clause (``In 2021,After the ban``) gets its space.

    Only before a starter followed by a space and a word, on a line with no
    other comma glued to a word: a row of comma-separated values is left alone.

    >>> _after_year("In 2021,After the ban", 7, 13, ",", "After")
    ', after'
    >>> _after_year("2019,After,Before", 4, 10, ",", "After") is None
    True
    """
    if mark != "," or not _starter(word) or not _SPACE_THEN_WORD.match(text, end):
        return None
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    if len(_GLUED_COMMA.findall(line)) > 1:
        return None
    return f", {word.lower()}"


def _starter(word: str) -> bool:
    return word.lower() in STARTERS


@regex_rule(
    "spacing.after-mark",
    r"(?:(?<![ \t])[ \t]+)?(?P<mark>[.,;:])(?<=(?<![\w.@/\\{$=-])(?P<before>\p{L}\p{Ll}+|(?:19|20)\d\d)[ \t]*[.,;:])"
    r"(?P<word>\p{Lu}\p{Ll}+)\b(?![(.=\[<:/@_'’}-])",
    cue=r"[.,;:][A-Z][a-z]",
)
def after_mark(match: regex.Match[str], context: Context) -> str | None:
    """A full stop, comma, semicolon or colon MT glued to the next sentence gets its space.

    After a comma or semicolon the next word is a clause's first word, so it
    loses the capital MT gave it (``In fact,The`` → ``In fact, the``,
    ``assists,Let us`` → ``assists, let us``): none of these words is a name.  A full stop needs a lower-case word before it (``Math.Max`` and
    ``Node.Js`` are names); a colon needs a word of three letters or more
    (``re:Invent``, ``Re:Zero`` are names).

    >>> clean("It now holds all the shares.Previously, the founder kept 15%.")
    'It now holds all the shares. Previously, the founder kept 15%.'
    >>> clean("In fact,The two apps open each other's links,Let us see. The brand ranked first .And it grew.")
    "In fact, the two apps open each other's links, let us see. The brand ranked first. And it grew."
    >>> clean("CCTV News:This week the first crabs reached the market.")
    'CCTV News: This week the first crabs reached the market.'
    >>> clean("Call list.Add to append, or see AWS re:Invent and Math.Max in the docs.")
    'Call list.Add to append, or see AWS re:Invent and Math.Max in the docs.'

    Once a paragraph glues sentences that way, a sentence glued with another
    word is MT's seam too, unless the paragraph shows code.

    >>> clean("The genre became popular.Worthy of note, the audience.After that it grew.")
    'The genre became popular. Worthy of note, the audience. After that it grew.'
    >>> clean("Wrap it with errors.New and then strings.Split the rest.")
    'Wrap it with errors.New and then strings.Split the rest.'

    A member of a Go package or a collection that is also a starter
    (:data:`CODE_MEMBERS`) after such a name (:data:`CODE_RECEIVERS`) is code.

    >>> clean("In Go, time.Now returns the time; list.First takes the head.")
    'In Go, time.Now returns the time; list.First takes the head.'

    A variable to substitute (``${binary:Version}``) and an argument
    (``Name=tag:Stack``) are code too.

    >>> clean("Depend on (= ${binary:Version}) instead, or filter on Name=tag:Stack,Values=prod.")
    'Depend on (= ${binary:Version}) instead, or filter on Name=tag:Stack,Values=prod.'

    ``The`` before a capitalised word after a comma begins a name in a list
    of names glued by commas (an address, an affiliation), not a clause.

    >>> clean("Key Laboratory of Optics,The Institute of Physics,Beijing")
    'Key Laboratory of Optics,The Institute of Physics,Beijing'

    A colon after the label that opens a line, before a short value that
    ends the line with no sentence's end, is a field of an infobox copied
    as ``Label:Value`` lines, not a sentence MT glued.

    >>> clean("First Monarch:Emperor Gaozu\\nStyle:His Imperial Majesty")
    'First Monarch:Emperor Gaozu\\nStyle:His Imperial Majesty'

    A wiki's namespace glued to a page's title names that page
    (``Help:Contents``, ``Template:Use dmy dates``, ``User talk:Example``).

    >>> clean("See Help:Contents, Category:Tang poets and User talk:Example first.")
    'See Help:Contents, Category:Tang poets and User talk:Example first.'
    """
    before, mark, word = match["before"], match["mark"], match["word"]
    if mark in ",;" and word == "The" and _NAME_GOES_ON.match(match.string, match.end()):
        return None
    if before.isdigit():
        return _after_year(match.string, match.start(), match.end(), mark, word)
    if mark == "." and word == "Of" and before in _COMPANY_SUFFIXES:
        return ". of"  # "Gree Electric Appliances Inc.Of Zhuhai": the company's seat, not a sentence
    if mark == ":":
        if len(before) < 3 or not (before[0].isupper() or is_common(before)) or not is_common(word):
            return None
        if _opens_a_field(match.string, match.start()) and _FIELD_VALUE.match(match.string, match.end()):
            return None  # "Royal Title:Emperor": an infobox's field on its own line
        if _names_a_wiki_page(match.string, match.start()):
            return None  # "Template:Use dmy dates": a wiki page's namespace and title
        return f": {word}"
    if not _starter(word):
        if mark in ".;" and _glued_prose(match.string) and (mark == ";" or before[0].islower()):
            return f"{mark} {word}"
        return None
    if mark == ".":
        if before in CODE_RECEIVERS and word in CODE_MEMBERS:
            return None
        if before[0].isupper() and not (
            word in _OPENERS_AFTER_NAME
            and _glued_prose(match.string)
            and _CLAUSE_GOES_ON.match(match.string, match.end())
        ):
            return None  # "Math.Max": a name's member, unless the paragraph glues its sentences
        return f". {word}"
    return f"{mark} {word.lower()}"


#: Words a comma MT glued to the next fragment runs into (``details,please``):
#: the starters, and the words the fragments of a shop's page begin with.
_AFTER_COMMA = STARTERS | frozenset({"please", "pls", "more", "like"})


@regex_rule(
    "spacing.after-comma",
    r"(?:(?<![ \t])[ \t]+)?,(?<=(?<![\w.@/\\{$=,'’-])(?:\p{L}\p{Ll}+|\d+)[ \t]*,)(?=(?P<word>\p{Ll}{2,})\b(?![,(.=\[<:/@_'’}-]))",
    cue=r",[a-z][a-z]",
)
def after_comma(match: regex.Match[str], context: Context) -> str | None:
    """A comma MT glued to the next lower-case fragment gets its space: ``details,please leave`` → ``details, please leave``.

    Only before a word that begins a clause (``and``, ``the``, ``we``,
    ``for``, ``please``), between two words that no other comma is glued
    to: a row of data (``name,age,city``) and a tag list chain their commas.
    In a paragraph that glues a sentence to the one before it with a word
    that starts sentences (``shopping.Among them``), the seams are MT's (or a
    converter's that dropped the spaces after full-width marks), and a comma
    glued to any lower-case word gets its space too.

    >>> clean("If you want to know more details,please leave a message here,we will reply soon.")
    'If you want to know more details, please leave a message here, we will reply soon.'
    >>> clean("Sales grew online.Among them,shoes sold best,bags came second.")
    'Sales grew online. Among them, shoes sold best, bags came second.'
    >>> clean("In this film ,the hero sings.")
    'In this film, the hero sings.'
    >>> clean("It opened on May 3,and 2,000 people came.")
    'It opened on May 3, and 2,000 people came.'
    >>> clean("The columns are name,age,city and the tags red,green.")
    'The columns are name,age,city and the tags red,green.'
    """
    return ", " if match["word"] in _AFTER_COMMA or _glued_prose(match.string) else None


# A sentence MT glued to the one before it with a word that starts sentences
# (``audience.After the``): evidence that the paragraph's other seams are MT's too.
_STARTER_SEAM = regex.compile(
    r"(?<![\w.@/-])(?P<before>\p{Ll}{2,})\.(?P<word>\p{Lu}\p{Ll}+)(?=[ \t,]+\p{Ll})"
)
# Code in a paragraph: a call, a subscript, an assignment, an identifier, a brace.
_CODE_SHAPE = regex.compile(r"\w\(|[\[\]{}=<>_`#]|\p{Ll}\p{Lu}")


def _seams_glued(text: str) -> bool:
    """Whether ``text`` glues a sentence that opens with a starter to the one before, and shows no code."""
    return _CODE_SHAPE.search(text) is None and any(
        _starter(seam["word"]) and not (seam["before"] in CODE_RECEIVERS and seam["word"] in CODE_MEMBERS)
        for seam in _STARTER_SEAM.finditer(text)
    )


_glued_prose = per_paragraph(_seams_glued)


@regex_rule(
    "spacing.after-sentence",
    r"(?:[?!](?<=\p{Ll}{2}[?!])(?=I\b|\p{Lu}\p{Ll}+)|\.(?<=\)\.|(?<![\w.,:/-])\d{1,4}(?:\.\d+)?\.)(?=\p{Lu}\p{Ll}+)"
    r"|\.(?<=[\p{L}!?][”\"]\.)(?=(?:\p{Lu}\p{Ll}+|A)\b))"
    r"(?=\p{L}+[ \t]+\p{Ll})",
    # One cue per mark, each opening with it (together, ``re`` tried both branches at every full stop).
    cue=(r"\?(?<=[a-z]\?)[A-Z]", r"!(?<=[a-z]!)[A-Z]", r"\.(?<=[)\d”\"]\.)[A-Z]"),
)
def after_sentence(match: regex.Match[str], context: Context) -> str | None:
    """A sentence MT glued to a question, an exclamation, a bracket, a quote or a number before it gets its space.

    After ``?`` or ``!`` that end a word (``mean?Are up-limit stocks``); after
    the full stop of a sentence that ends with a bracket (``(May 5th).These``)
    or a number standing alone (``in 2020.New projects``), where
    :func:`after_mark` asks for a word.  The next word starts a sentence:
    a capital, then a space and a lower-case word.

    >>> clean("What does it mean?Are such stocks good?I checked it twice.")
    'What does it mean? Are such stocks good? I checked it twice.'
    >>> clean("It was reported on Friday (May 5th).These ships are new. It opened in 2020.New lines followed.")
    'It was reported on Friday (May 5th). These ships are new. It opened in 2020. New lines followed.'

    After a closing quote MT's full stop is glued to the next sentence too
    (``praised his “bravery”.A tenant said``); a curly quote is prose's,
    never code's.

    >>> clean("Readers praised the “bravery”.A tenant said so, calling it “practical”.Others agreed with him.")
    'Readers praised the “bravery”. A tenant said so, calling it “practical”. Others agreed with him.'

    After a straight closing quote the seam is MT's where the next word
    starts sentences, or the paragraph glues its sentences that way: a
    string's member in code (``"abc".Length is 3``) is neither.

    >>> clean('It tells of "Golden Jade".He saw the end of "smoke".At first it was a rock.')
    'It tells of "Golden Jade". He saw the end of "smoke". At first it was a rock.'
    >>> clean('In C#, "abc".Length is 3 and "x".Trim does nothing; name = "abc".Then runs.')
    'In C#, "abc".Length is 3 and "x".Trim does nothing; name = "abc".Then runs.'

    Code and references keep their marks: a call, a ternary, a section's
    letter, a version.

    >>> clean("Call items.first().Value here, see 3.A for details, or x?Value in the template.")
    'Call items.first().Value here, see 3.A for details, or x?Value in the template.'
    """
    mark = match.group()
    if mark == "." and match.string[match.start() - 1] == '"':
        word = regex.match(r"\p{L}+", match.string[match.end() :])
        opening = match.string.rfind('"', 0, match.start() - 1)
        if opening < 0 or (opening > 0 and not match.string[opening - 1].isspace()):
            return None  # no opening quote after a space: a string in code, or a stray mark
        if word is None or _CODE_SHAPE.search(match.string) is not None:
            return None  # a paragraph with code: an assignment, a call, a brace
        return ". " if _starter(word.group()) or _glued_prose(match.string) else None
    if mark == ".":
        text = match.string
        if text[match.start() - 1] == ")":
            opening = text.rfind("(", 0, match.start())
            inside = text[opening + 1 : match.start() - 1]
            if opening < 0 or "(" in inside or not regex.search(r"\w[ \t]+\w", inside):
                return None  # a call, not a sentence's closing bracket
    return f"{mark} "


@regex_rule(
    "spacing.heading-number",
    r"(?m)^(?P<number>\d{1,2})\.(?=\p{Lu}\p{Ll}+\b)",
    cue=r"\.(?<=\d\.)[A-Z][a-z]",
)
def heading_number(match: regex.Match[str], context: Context) -> str:
    """A step or section number glued to its title at the start of a line: ``1.Prepare`` → ``1. Prepare``.

    >>> clean("1.Prepare the ribs.\\n2.Boil the water.")
    '1. Prepare the ribs.\\n2. Boil the water.'
    >>> clean("Version 1.2 shipped.")
    'Version 1.2 shipped.'
    """
    return f"{match['number']}. "


#: A recipe's step label at a line's start, glued to its number and its text: ``Step3:Add the``.  The
#: text goes on past its first word: a label with one word after it is a log's or code's (``Step1:Build``).
_GLUED_STEP = regex.compile(r"(?m)^[ \t]*+Step\d{1,2}:(?=\p{Lu}\p{Ll}+[ \t]+\p{L})")
#: How many lines of a text open with a glued step label, counted once per text.
_glued_steps = per_paragraph(lambda text: len(_GLUED_STEP.findall(text)))


@regex_rule(
    "spacing.step-number",
    r"(?m)^[ \t]*+Step\K(?P<number>\d{1,2}):(?=\p{Lu}\p{Ll}+\b)",
    cue=r"Step\d{1,2}:[A-Z][a-z]",
)
def step_number(match: regex.Match[str], context: Context) -> str | None:
    """A recipe's step label glued to its number and its text gets its spaces: ``Step1:Wash`` → ``Step 1: Wash``.

    The step pages of a recipe mirror write every step so, one a line; a
    line of its own is not enough (``Step1:Init`` may be a label in code),
    so at least two lines of the document must open this way with more
    than one word after the label (``Step1:Build`` is a log's line).

    >>> clean("Step1:Wash the pork and cut it up.\\nStep2:Bring cold water to a boil.")
    'Step 1: Wash the pork and cut it up.\\nStep 2: Bring cold water to a boil.'
    >>> clean("Step1:Init is the label the loop jumps to.")
    'Step1:Init is the label the loop jumps to.'
    >>> clean("Step1:Build\\nStep2:Test")
    'Step1:Build\\nStep2:Test'
    """
    if _glued_steps(context.document or match.string) < 2:
        return None
    return f" {match['number']}: "


#: A line's opening item number in brackets, ``(2)`` or ``2)``, glued to its text or spaced.
_BRACKET_ITEM = regex.compile(r"(?m)^[ \t]*+\(?+(?P<number>\d{1,2})\)")
#: The mark in the token after the number that makes it a file name, a path or a key, not prose.
_NAME_MARK = regex.compile(r"\.\p{L}|[/\\_=@:]\S")


def _item_numbers(text: str) -> frozenset[int]:
    """The numbers of ``text``'s lines that open with a bracketed item number."""
    return frozenset(int(found["number"]) for found in _BRACKET_ITEM.finditer(text))


#: The item numbers of the paragraph, found once per paragraph.
_bracket_items = per_paragraph(_item_numbers)
#: The item numbers of the whole document, in a cache of their own: asked for between the
#: paragraph's, a shared one-slot cache would scan the document again at every match.
_document_bracket_items = per_paragraph(_item_numbers)


@regex_rule(
    "spacing.bracket-number",
    r"(?m)^[ \t]*+(?P<label>\((?P<number>\d{1,2})\)|(?<![(\w])(?P<number>\d{1,2})\))(?=\p{Lu}|\d)",
    cue=(r"\)(?<=\d\))[A-Z0-9]",),
)
def bracket_number(match: regex.Match[str], context: Context) -> str | None:
    """An item number in brackets glued to its text at a line's start gets its space: ``2)Steps`` → ``2) Steps``.

    Chinese writes ``（2）`` and ``2）`` before an item with no space; MT
    keeps the glue (``1)Requirements for enabling``, ``(1)Mount Tianmen``,
    ``(2)89 ~ 75 points``).  The item must sit in a list: a line of the same
    paragraph opens with the number before or after it.

    >>> clean("1)Requirements: a verified phone\\n2)Steps to enable it: open Security")
    '1) Requirements: a verified phone\\n2) Steps to enable it: open Security'
    >>> clean("(1) 100 points is grade A;\\n(2)89 points is grade B.")
    '(1) 100 points is grade A;\\n(2) 89 points is grade B.'

    A hospital guide writes each item as a paragraph of its own
    (``1) Telephone: …``, a blank line, ``2)Network: …``): the number before
    or after it may open a line of another paragraph of the page.

    >>> clean("1) Telephone: call 114 to book.\\n\\n2)Network: book on the website.")
    '1) Telephone: call 114 to book.\\n\\n2) Network: book on the website.'

    A lone glued number (a formula's label, a call in a listing), a lower-case
    word and a number inside a line keep their glue.

    >>> clean("(1)Mount Tianmen is the first stop.")
    '(1)Mount Tianmen is the first stop.'
    >>> clean("1)a first item\\n2)b second item\\nSee f(1)Then and x(2)3 here.")
    '1)a first item\\n2)b second item\\nSee f(1)Then and x(2)3 here.'
    """
    number = int(match["number"])
    siblings = {number - 1, number + 1}
    if not siblings & _bracket_items(match.string) and not (
        context.document and siblings & _document_bracket_items(context.document)
    ):
        return None
    token = match.string[match.end() : match.end() + 80].split(None, 1)[0]
    if _NAME_MARK.search(token):
        return None  # a file name, a path or a key: ``(1)Notes.txt``, ``1)src/main``
    return f"{match['label']} "


@regex_rule(
    "spacing.after-percent",
    r"%(?<=\d%)(?=(?P<word>\p{Ll}{2,})\b)|p(?<=\dp)(?=ercent\b)",
    needs=["%", "percent"],
)
def after_percent(match: regex.Match[str], context: Context) -> str | None:
    """A per cent sign or ``percent`` glued to its neighbours gets its space.

    >>> clean("The bond pays 7.25%of face value, up 3.1percent on last year.")
    'The bond pays 7.25% of face value, up 3.1 percent on last year.'
    >>> clean("Set width: 50%px in the template; 20%off is a coupon code.")
    'Set width: 50%px in the template; 20%off is a coupon code.'
    """
    word = match["word"]
    if word is None:
        return " p"
    return "% " if word in FUNCTION_WORDS or word in ("month", "year") else None


@regex_rule(
    "spacing.number-scale",
    r"(?<=(?<![\p{L}\p{N}_.,/\\#@&=:-])\d{1,4}(?:\.\d{1,3})?)(?P<scale>million|billion|trillion)\b(?![-_./@:'’]\w)",
    cue=r"\d(?:million|billion|trillion)",
)
def number_scale(match: regex.Match[str], context: Context) -> str:
    """``million``, ``billion`` or ``trillion`` MT glued to its number gets its space: ``13million`` → ``13 million``.

    The engine writes 万 and 亿 sums that way (``exceeded 13million``,
    ``more than 50million yuan``, ``142million kW``); English never glues
    them.  Only a number of one to four digits (with its decimals) that no
    letter, path, handle or other number runs into, and a scale word that
    ends there: identifiers (``top1million``, ``1million_rows``), paths
    (``/data/5million.csv``), hashtags (``#1million``) and ``2millionth``
    stay.

    >>> clean("Passenger trips exceeded 13million, and profit topped 1.5billion yuan.")
    'Passenger trips exceeded 13 million, and profit topped 1.5 billion yuan.'
    >>> clean("Load top1million, 1million_rows, /data/5million.csv, #1million and the 2millionth fan.")
    'Load top1million, 1million_rows, /data/5million.csv, #1million and the 2millionth fan.'
    """
    return f" {match['scale']}"


@regex_rule(
    "spacing.after-percent-mark",
    r"(?P<mark>[.,;])(?<=\d[ \t]?(?:%|°[CF]|℃|℉)[.,;])(?P<word>\p{Lu}\p{Ll}+)\b(?![(.=\[<:/@_'’}-])",
    cue=(r"%[.,;][A-Z][a-z]", r"(?:°[CF]|℃|℉)[.,;][A-Z][a-z]"),
)
def after_percent_mark(match: regex.Match[str], context: Context) -> str | None:
    """A full stop, comma or semicolon MT glued between a percentage and the next sentence gets its space.

    The seam :func:`after_mark` mends after a word, after a per cent sign
    (``exceeded 80 %.The``), and only before a word that starts a sentence or
    a clause (:data:`STARTERS`): after a comma or semicolon it loses its capital.

    >>> clean("The rate passed 80 %.The plan ended, and costs fell 5%,However the fee stayed.")
    'The rate passed 80 %. The plan ended, and costs fell 5%, however the fee stayed.'
    >>> clean("Sales rose 5%.Acme said so, and 3%.NET is a name.")
    'Sales rose 5%.Acme said so, and 3%.NET is a name.'

    A temperature's degree sign ends its number as the per cent sign does
    (``around 7°C.The``, ``minus 5℃.During the day``).

    >>> clean("Nights fall to minus 5°C.During the day it is near 7℃.The wind drops.")
    'Nights fall to minus 5°C. During the day it is near 7℃. The wind drops.'
    >>> clean("Keep it at 5°C.Acme says so; set 20°C.Max in the file.")
    'Keep it at 5°C.Acme says so; set 20°C.Max in the file.'
    """
    mark, word = match["mark"], match["word"]
    if not _starter(word):
        return None
    return f". {word}" if mark == "." else f"{mark} {word.lower()}"


@regex_rule(
    "spacing.before-bracket",
    r"\((?<=[\p{L}\p{N}]{2}\()(?<![\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]\()(?=\p{L}+(?:[ \t]+\p{L}+)+\))",
    cue=r"\([^\W\d_]+[ \t][^\W\d_]",
)
def before_bracket(match: regex.Match[str], context: Context) -> str:
    """A bracket MT glued to the word it explains: ``the G3(compact SUV)`` → ``the G3 (compact SUV)``.

    Code calls a function with arguments separated by commas, never with
    words separated by spaces, so only the second shape is touched.

    >>> clean("Its first car, the G3(compact SUV), sold well.")
    'Its first car, the G3 (compact SUV), sold well.'
    >>> clean("Call print(x) or len(items, key) here.")
    'Call print(x) or len(items, key) here.'

    Chinese puts no space before a bracket: a gloss after Chinese text stays.

    >>> clean("The chorus 我的歌(My Song) returns.")
    'The chorus 我的歌(My Song) returns.'
    """
    return " ("


@regex_rule("spacing.after-plus", r",(?<=\p{Ll}\+,)(?=\p{Ll})", needs=["+,"])
def after_plus(match: regex.Match[str], context: Context) -> str:
    """A comma MT glued between two items that end in a plus gets its space: ``current+,fixed+`` → ``current+, fixed+``.

    >>> clean("Products fall into current+,fixed+,net value and structured types.")
    'Products fall into current+, fixed+, net value and structured types.'
    >>> clean("The sum 3+,4 and the list [a+, b] stay.")
    'The sum 3+,4 and the list [a+, b] stay.'
    """
    return ", "


#: A percentage, an operand of a score formula (``40%``, ``12.5%``).
_PERCENT_OPERAND = r"\d+(?:\.\d+)?%"
#: The end of the sentence around a glued operator: the next full stop, semicolon or line end.
_SENTENCE_END = regex.compile(r"[^\n]*?(?:[.!?;](?:\s|\Z)|\n|\Z)")
#: The marks after which a sentence begins (with the space that follows them).
_SENTENCE_STARTS = (". ", "! ", "? ", "; ", "\n")
#: What a formula's sentence has besides the operator: an equals sign between words or numbers.
_EQUALS = regex.compile(r"(?<=[\p{L}\d%)][ \t]?)=(?=[ \t]?[\p{L}\d(])")
#: Words after ``20%+`` that read it as "20% or more" (``20%+ of users``): English, not a formula.
_OR_MORE_WORDS = FUNCTION_WORDS | frozenset({"growth", "returns", "off", "more", "margin", "margins"})


#: A percentage that weights an operand (``×60%``): the only percentage a glued plus follows in a score
#: formula; a bare one before a plus is English (``grew 12%+ year on year``) or a sum (``5%+2% = 7%``).
_WEIGHTED_PERCENT = regex.compile(r"[×÷][ \t]?\d+(?:\.\d+)?%\Z")

#: What a word glued to a plus has when it is a file name, an address or code: never an operand.
_NOT_AN_OPERAND = regex.compile(r"\.\p{L}|[/\\_@:=<>]")


def _in_formula(text: str, start: int, end: int) -> bool:
    """Whether the sentence around ``text[start:end]`` is a formula: an equals sign and a percentage."""
    reach = max(0, start - 300)
    opening = max(text.rfind(mark, reach, start) for mark in _SENTENCE_STARTS)
    closing = _SENTENCE_END.match(text, end, min(len(text), end + 300))
    sentence = text[opening + 1 if opening >= 0 else reach : closing.end() if closing else end]
    return "%" in sentence and _EQUALS.search(sentence) is not None


@regex_rule(
    "spacing.formula-operator",
    r"(?:\+(?<=(?<![\p{L}\d_+.])(?:\p{Ll}{3,40}|\d{1,3}(?:\.\d{1,3})?%)\+)(?![+=])[ \t]?(?=\p{Ll}{3}|"
    + _PERCENT_OPERAND
    + r")"
    r"|(?<=[\p{L})][ \t]?)(?P<chain>[×÷]\d+(?:\.\d+)?(?:[×÷]\d+(?:\.\d+)?)*+%))",
    needs=["+", "×", "÷"],
)
def formula_operator(match: regex.Match[str], context: Context) -> str | None:
    """A plus, times or divided-by sign MT glued into a score formula gets its spaces.

    Chinese writes a formula without spaces (``笔试成绩×60%+面试成绩×40%``) and
    MT keeps its operators glued to the words it translates around them:
    ``written test score ×60%+ interview score ×40%`` → ``written test score
    × 60% + interview score × 40%``.  Only in a sentence that is a formula
    (an equals sign and a percentage), and only between the operands a score
    formula has: lower-case words and percentages.

    >>> clean("Total score = written test score ×60%+ interview score ×40%.")
    'Total score = written test score × 60% + interview score × 40%.'
    >>> clean("The total = 65% of the written score+35% of the interview score.")
    'The total = 65% of the written score + 35% of the interview score.'
    >>> clean("Written score = (ability score+aptitude score) ÷3×40%, and total = written score+interview score.")
    'Written score = (ability score + aptitude score) ÷ 3 × 40%, and total = written score + interview score.'

    Code, names and English shorthand keep their signs: ``C++``, ``Disney+``,
    ``i+1``, a count with no percentage, ``20%+ of users`` (20% or more).

    >>> clean("In C++ set total = price+tax; Disney+ costs 10% more = fine.")
    'In C++ set total = price+tax; Disney+ costs 10% more = fine.'
    >>> clean("Aim for 20%+ of users = a win; a 3×4% grid; the score ×60% is high.")
    'Aim for 20%+ of users = a win; a 3×4% grid; the score ×60% is high.'
    """
    text = match.string
    if not _in_formula(text, match.start(), match.end()):
        return None
    chain = match["chain"]
    if chain is not None:
        spaced = regex.sub(r"[ \t]*([×÷])[ \t]*", r" \1 ", chain).strip()
        glued = match.start() > 0 and not text[match.start() - 1].isspace()
        return (" " if glued else "") + spaced
    reach = max(0, match.start() - 60)
    token_start = (
        max(text.rfind(" ", reach, match.start()), text.rfind("\n", reach, match.start()), reach - 1) + 1
    )
    token = regex.match(r"\S*", text[token_start : match.end() + 60])
    if token is not None and _NOT_AN_OPERAND.search(token.group()):
        return None  # a file name or an address: ``notes+todo.md``, ``a+b/c``
    following = regex.match(r"[ \t]?(\p{L}+)", text[match.end() : match.end() + 40])
    before = text[max(0, match.start() - 1)]
    if before == "%" and following is not None and following.group(1).lower() in _OR_MORE_WORDS:
        return None
    if before == "%" and _WEIGHTED_PERCENT.search(text, max(0, match.start() - 20), match.start()) is None:
        return None  # ``grew 12%+ year on year``, ``5%+2% = 7%``: English shorthand and sums
    return " + "


#: Auxiliaries and determiners that never begin a camel-case identifier
#: (``isEmpty``, ``toString``, ``anInteger``, ``theseTokens`` do, and are not here).
GLUE_WORDS = ("be", "been", "being", "are", "were", "their", "our", "very", "than", "whose", "those")
_GLUE = "|".join(GLUE_WORDS)
# Their first letters: the pattern begins with them, which the engine scans for fast.
_GLUE_FIRST = "".join(sorted({word[0] for word in GLUE_WORDS}))


@regex_rule(
    "spacing.after-glue-word",
    rf"(?=[{_GLUE_FIRST}])(?<![\w.@#/\\$-])(?P<glue>{_GLUE})(?P<word>\p{{Lu}}\p{{Ll}}{{2,}})\b(?![(.=\[<:/@_'’-])",
    # From the capital, then the glue word's last two letters behind it (a wider net, twice as fast).
    cue=r"[A-Z](?<=(?:be|en|ng|re|ir|ur|ry|an|se)[A-Z])[a-z]",
)
def after_glue_word(match: regex.Match[str], context: Context) -> str:
    """An auxiliary or determiner MT glued to the fragment after it gets its space: ``to beInvestments`` → ``to be investments``.

    MT capitalises each fragment it translated on its own, and where a page's
    markup cut a sentence the seam loses its space too.  Only after a word
    that no identifier begins with; the capital goes unless the word is a name.

    >>> clean("Flats used to beInvestments for many parents, and ourBeijing office agreed.")
    'Flats used to be investments for many parents, and our Beijing office agreed.'
    >>> clean("Call isEmpty, toString and anInteger; follow @beHappy and see ourTeam.com.")
    'Call isEmpty, toString and anInteger; follow @beHappy and see ourTeam.com.'
    """
    word = match["word"]
    return f"{match['glue']} {word.lower() if is_common(word) else word}"


#: Words that open a sentence, which MT (or a page that lost its paragraph's
#: markup) glues to the last word of the sentence or heading before.
GLUED_OPENERS = "The This These Those There It When If After Because Although While However And But We They He She As In With Do".split()
_OPENER = "|".join(GLUED_OPENERS)
#: The openers grouped by capital, each group opening with it and looking behind it for the
#: lower-case letter the opener is glued to: ``re`` skips ahead to the capitals, where
#: ``[a-z](?:The|This|…)`` was tried at every lower-case letter (ten times slower).
_OPENER_CUE = "|".join(
    rf"{capital}(?<=[a-z]{capital})(?:{'|'.join(word[1:] for word in GLUED_OPENERS if word[0] == capital)})[ \t]"
    for capital in dict.fromkeys(word[0] for word in GLUED_OPENERS)
)
#: The opener's own word after it, where the opener is also the tail of a compound
#: (``loggedIn``, ``startsWith``, ``toDo``): only a sentence's next word counts.
_NEXT_AFTER = {
    "In": frozenset(
        "a an the this that these those its their his her our my your some many most recent addition fact "
        "contrast order general particular short summary terms case other each every such".split()
    ),
    "With": frozenset(
        "a an the this that these its their his her our my your more less such regard respect".split()
    ),
    "Do": frozenset({"not"}),
    # ``fixIt``, ``makeIt``: the verb a sentence has after ``It``.
    "It": frozenset(
        "is was has had can could will would may might must should needs need grows likes takes makes does "
        "did also often still only becomes became seems looks".split()
    ),
}
#: Openers that also end an API's name after its verb (``fadeIn``, ``endsWith``, ``insertAfter``,
#: ``saveAs``, ``skipIf``, ``runWhen``): only a phrase no name goes on with (``In contrast``,
#: ``With regard``) or garble elsewhere in the paragraph tells a seam from a name in prose.
_PARTICLES = frozenset("In With After As If When While".split())
_ONLY_A_SENTENCE = {
    "In": frozenset("contrast addition fact recent short summary general particular terms order".split()),
    "With": frozenset("regard respect".split()),
}


def _english(word: str) -> bool:
    """Whether ``word`` is an English word, or one with ``-s``, ``-ed`` or ``-ing`` (``watering``, ``sliced``).

    >>> _english("summer"), _english("watering"), _english("sliced"), _english("config")
    (True, True, True, False)
    """
    words = english_words()
    if word in words:
        return True
    for ending in ("ing", "ed", "es", "s"):
        if word.endswith(ending):
            stem = word[: -len(ending)]
            if len(stem) >= 3 and (stem in words or stem + "e" in words):
                return True
    return False


#: Words no sentence or heading ends with: before a capital they begin a compound (``hasThe``).
_NEVER_LAST = FUNCTION_WORDS | frozenset(
    "whether if when while because although does did do may might must shall such each every any no whose".split()
)
#: Code in a paragraph: a call, a subscript, an assignment, a tag, a brace (an item number glued
#: to a heading, ``environment(1) Soil``, is no call).
_CODE_MARKS = regex.compile(r"\w\((?!\d{1,2}\)[ \t]*\p{Lu})|[\[\]{}=<>_`#]")


@regex_rule(
    "spacing.glued-sentence",
    rf"(?=(?P<opener>{_OPENER})[ \t]+(?P<next>[\p{{L}}\d][\p{{L}}'’]*))"
    r"(?<=(?<![\w.@/#\\'’$-])(?P<word>\p{Ll}{3,}))",
    cue=_OPENER_CUE,
)
def glued_sentence(match: regex.Match[str], context: Context) -> str | None:
    """A sentence MT glued to the word that ended the one before gets its full stop: ``on averageThere are`` → ``on average. There are``.

    Where a page's markup ended a heading or a paragraph, the copy lost the
    break and the stop with it (``Pruning timeThe plant grows``).  Only an
    ordinary English word in lower case, alone (not the tail of a name or
    an identifier), before a word that opens a sentence and then a space:
    ``PowerPoint``, ``LinkedIn`` and ``eBay`` begin with a capital or one
    letter.  A word after which the same capitalised word ends a compound
    (``loggedIn``, ``startsWith``) needs the next word a sentence has; the
    words :data:`GLUE_WORDS` take the fragment after them instead.

    >>> clean("Tourism stayed high all week, on averageThere were crowds at every gate.")
    'Tourism stayed high all week, on average. There were crowds at every gate.'
    >>> clean("2. Pruning timeThe plant grows fast in spring.\\n3. Watering in summerIt needs water daily.")
    '2. Pruning time. The plant grows fast in spring.\\n3. Watering in summer. It needs water daily.'
    >>> clean("The user stays loggedIn until noon; check startsWith to see if eBay and iPhone match.")
    'The user stays loggedIn until noon; check startsWith to see if eBay and iPhone match.'

    A paragraph with code in it keeps its identifiers.

    >>> clean("Set fooThe value = 3 and call barIt now(x).")
    'Set fooThe value = 3 and call barIt now(x).'

    ``In``, ``With``, ``If``, ``When``, ``While``, ``After`` and ``As`` also
    end methods' names (``takeWhile``, ``skipIf``): glued to a word, they need
    garble in the document or a phrase only a sentence opens; ``It`` needs the
    verb a sentence has after it.

    >>> clean("Call takeWhile in the handler, or fixIt in the editor.")
    'Call takeWhile in the handler, or fixIt in the editor.'
    """
    word, opener = match["word"], match["opener"]
    if word in GLUE_WORDS or word in _NEVER_LAST or not _english(word):
        return None
    allowed = _NEXT_AFTER.get(opener)
    following = match["next"]
    if allowed is not None:
        if following not in allowed:
            return None
    elif opener not in ("The", "This", "These", "Those") and not (following[0].islower() or following == "I"):
        return None
    if _CODE_MARKS.search(match.string) is not None:
        return None
    if (
        opener in _PARTICLES
        and following not in _ONLY_A_SENTENCE.get(opener, ())
        and not _document_shows_garble(context, match.string)
    ):
        return None
    return ". "


def _document_shows_garble(context: Context, text: str) -> bool:
    """Whether the document (or ``text``, the paragraph, if none is known) shows MT garble (found once).

    The earlier passes have mended the paragraph's own garble by now; the
    document as it came in still shows it.
    """
    if not context.document:
        return shows_garble(text)
    memo = context.memo.get("spacing.glued-sentence")
    if not isinstance(memo, bool):
        memo = context.memo["spacing.glued-sentence"] = shows_garble(context.document)
    return memo


#: A word glued by a colon to the number after it (``is:1715``, ``Mathematics:15:00``): the label and its value.
_COLON_NUMBER = (
    r":(?<=(?<![\w.@/\\:$=#-])(?P<word>\p{L}\p{Ll}+):)"
    r"(?=(?P<number>(?:[01]?\d|2[0-3]):[0-5]\d(?:[-–~](?:[01]?\d|2[0-3]):[0-5]\d)?|\d[\d,]*+(?:\.\d+)?+)"
    r"(?![\w:/@-]|\.[\w/]|,\d))"
)
#: What ends a label's value in a calculation or a timetable: a clause's mark, the line's end or a unit.
_VALUE_END = regex.compile(
    r"[ \t]*+(?:[.;,)]|\n|\Z)|[ \t]++(?:yuan|RMB|years?|months?|days?|hours?|minutes?|points?|percent|times)\b"
)
_GLUED_LABELS = regex.compile(_COLON_NUMBER)


def _short_value(text: str, start: int) -> bool:
    """Whether the line goes on from ``start`` with a field's short value: a number and at most three more words.

    >>> _short_value("Height:180 cm\\nWeight", 7), _short_value("It is:15 years. Then", 6)
    (True, False)
    """
    end = text.find("\n", start, start + 80)
    if end < 0:
        if len(text) > start + 80:
            return False
        end = len(text)
    words = text[start:end].split()
    return len(words) <= 4 and not any(mark in word for word in words[1:] for mark in ".!?")


@per_paragraph
def _glued_labels(text: str) -> int:
    """How many English words of ``text`` a colon glues to a number."""
    return sum(1 for match in _GLUED_LABELS.finditer(text) if _a_label(match))


def _a_label(match: regex.Match[str]) -> bool:
    """Whether the colon ``match`` found glues an English word to a value a mark, the line's end or a unit ends."""
    return _english(match["word"].lower()) and _VALUE_END.match(match.string, match.end("number")) is not None


@regex_rule("spacing.colon-number", _COLON_NUMBER, cue=r":(?<=[a-z]:)\d")
def colon_number(match: regex.Match[str], context: Context) -> str | None:
    """A colon MT glued to the number after a word gets its space, where the paragraph does it twice: ``is:1715`` → ``is: 1715``.

    The Q&A mirrors' calculators and timetables keep the colon the Chinese
    text had between a label and its value and lose the space after it.
    Only an English word before the colon, a number after it (a clock time
    too) that a clause's mark, the line's end or a unit ends, at least two
    such labels in the paragraph, and no code in it: an image's tag
    (``httpd:2.4``), keys of a command (``image:2 and tag:3``), an ARN's
    field, a version (``rv:47.0``) or a field of a ``Label:Value`` list alone
    on its line are left.

    >>> clean("The loan life is:15 years; the first interest paid is:1715 yuan.")
    'The loan life is: 15 years; the first interest paid is: 1715 yuan.'
    >>> clean("Mathematics:15: 00-17: 00; Chemistry:9: 00- 1 1: 30.")
    'Mathematics: 15:00-17:00; Chemistry: 9:00-11:30.'
    >>> clean("Run httpd:2.4 and amazonlinux:2; set version:2.0 once, with ratio:3 in `cfg` ([x]).")
    'Run httpd:2.4 and amazonlinux:2; set version:2.0 once, with ratio:3 in `cfg` ([x]).'
    >>> clean("Pull image:2 and tag:3 first, then graph:1234 and graph:5678.")
    'Pull image:2 and tag:3 first, then graph:1234 and graph:5678.'
    >>> clean("Height:180 cm\\nWeight:75 kg\\nBorn:1990")
    'Height:180 cm\\nWeight:75 kg\\nBorn:1990'
    """
    if not _a_label(match) or _glued_labels(match.string) < 2:
        return None  # "image:2 and tag:3 from": keys and values of a command
    if _CODE_MARKS.search(match.string) is not None:
        return None
    if _opens_a_field(match.string, match.start()) and _short_value(match.string, match.end()):
        return None  # "Height:180 cm\nWeight:75 kg": an infobox's fields, one a line
    return ": "


_LINE = regex.compile(r"[^\n]*")
# A gap between two words or numbers: the spaces later passes leave around
# marks (``、  month`` becoming ``, month``) must not change the count.
_GAP = regex.compile(r"(?<=[\p{L}\p{N}])[ ]{2,}(?=[\p{L}\p{N}])")
_WORD = regex.compile(r"\p{L}+")
_INDENT = regex.compile(r"(?<![ \t])[ \t]+[\p{L}\p{N}]")
_TAB = regex.compile(r"(?<=[\p{L}\p{N}])[ ]*\t[ \t]*(?=[\p{L}\p{N}])")
#: A line's label and number before its text: ``Article 1``, ``Chapter IV``, ``Rule 3.``,
#: or its number alone (``99.1   Press release``, a filing's index of exhibits).
_LABEL = regex.compile(r"(?:\p{Lu}\p{Ll}*+[ \t]++(?:\d++|[IVXLC]++)|\d++(?:\.\d++)*+)[.:]?+")
_HAN = regex.compile(r"\p{Han}")
#: A changelog's reference to a patch, bug or issue by its number (``Patch 936169``, ``SF 695861``).
_REFERENCE = regex.compile(r"(?:Patch|(?:Python[ ]|SF[ ])?Bug|Issue|SF|PR|bpo)[ ]?[-#]?\d")
#: What makes a word an identifier: a capital inside it or an underscore (``ByDelimiter``, ``max_len``).
_IDENTIFIER = regex.compile(r"\p{Ll}\p{Lu}|_")
#: Two spaces after a full stop, before the next sentence: a typist's style (three where
#: a copy ran its paragraphs together: ``on Youtube.   This episode``).
_TWO_AFTER_A_STOP = regex.compile(r"[.!?][ ]{2,3}(?=\p{Lu})")


@regex_rule(
    "spacing.between-words",
    r"[ ]{2,3}(?<=[\p{L}\p{N}][ ]{2,3})(?=\p{L})",
    needs=["  "],
)
def between_words(match: regex.Match[str], context: Context) -> str | None:
    """Two or three spaces MT left between two words of a sentence become one.

    Only in a line of prose: a line with at least six words, not indented,
    without a tab and with no other wide gap (columns of a table are
    aligned with spaces, so a line with two gaps is left as it is).  Two
    spaces after a full stop are a typing style, not garble, and a writer
    who types them slips two in between words too (that paragraph is left
    as it is); so are two spaces after a line's label and number
    (``Article 1  This Law``, the published layout of Chinese laws in
    English), and between two Chinese characters (which no space separates
    as words).

    >>> clean("High blood sugar  often has no early symptoms, so regular checks matter.")
    'High blood sugar often has no early symptoms, so regular checks matter.'
    >>> clean("Q3  105.1\\nName  Age  City and the rest of the table row\\nIt ended.  Then it began again.")
    'Q3  105.1\\nName  Age  City and the rest of the table row\\nIt ended.  Then it began again.'
    >>> clean("Article 12  A tenant may end the lease with one month of notice.")
    'Article 12  A tenant may end the lease with one month of notice.'
    >>> clean("99.1   Press release announcing the results for the second quarter")
    '99.1   Press release announcing the results for the second quarter'

    A gap after an identifier (``ByDelimiter``, ``max_len``) is the seam
    between two cells of a table of options a copy flattened.

    >>> clean("ByDelimiter  with the delimiter set to a single space")
    'ByDelimiter  with the delimiter set to a single space'

    A changelog sets the reference to a patch or a bug apart the same way.

    >>> clean("- Faster start-up of the shell window  Patch 4471 Jane Roe")
    '- Faster start-up of the shell window  Patch 4471 Jane Roe'
    """
    text, start, end = match.string, match.start(), match.end()
    line = text.rfind("\n", 0, start) + 1
    if line not in _prose_lines(text) or _LABEL.fullmatch(text, line, start):
        return None
    if _REFERENCE.match(text, end):
        return None  # a changelog's credit set apart: "extension  Patch 936169 Noam Raphael"
    word = text[max(line, start - 60) : start].rpartition(" ")[2]
    if _IDENTIFIER.search(word):
        return None  # "ByDelimiter  with": a table's cell, then the next one
    return None if _HAN.match(text, start - 1) and _HAN.match(text, end) else " "


def _is_prose(line: str) -> bool:
    """A line of prose with one wide gap: six words or more, not indented, no tab, one gap."""
    if _INDENT.match(line) or _TAB.search(line) or len(_WORD.findall(line)) < 6:
        return False
    return len(_GAP.findall(line)) == 1


#: The start of each line of a paragraph that is prose with one wide gap, found once per paragraph;
#: none in a paragraph whose writer types two spaces after a full stop, and slips two in elsewhere.
_prose_lines = per_paragraph(
    lambda text: (
        frozenset(
            line.start() for line in _LINE.finditer(text) if "  " in line.group() and _is_prose(line.group())
        )
        if not _TWO_AFTER_A_STOP.search(text)
        else frozenset()
    )
)


@regex_rule(
    "spacing.doubled-stop",
    r"[ \t]*+\.(?<=\p{L}[ \t]*+\.)[ \t]+\.(?![ \t]*\.)(?=[ \t]*(?:\n|\Z)|[ \t]+[\p{Lu}\d\"“‘(\[])",
    needs=[". ."],
)
def doubled_stop(match: regex.Match[str], context: Context) -> str:
    """A sentence's full stop that MT wrote twice, apart, is written once: ``irritation. .`` → ``irritation.``.

    Only where a sentence ends (before a capital, a number or the line's
    end): English spaces its dots in threes and fours.  It runs last, on the
    marks as the punctuation pass leaves them (``and 。 . .`` is ``and. .``
    only once the doubled mark is gone).

    >>> clean("Chew slowly to spare the stomach. .\\nDrink less strong tea. . It helps.")
    'Chew slowly to spare the stomach.\\nDrink less strong tea. It helps.'
    >>> clean("Wait. . . then go. He said no. . . .")
    'Wait. . . then go. He said no. . . .'
    """
    return "."


SPACING = Pass(
    "spacing",
    (
        after_mark,
        after_comma,
        after_sentence,
        heading_number,
        step_number,
        bracket_number,
        after_percent,
        number_scale,
        after_percent_mark,
        before_bracket,
        after_plus,
        formula_operator,
        glued_sentence,
        after_glue_word,
        colon_number,
        between_words,
        doubled_stop,
    ),
)
