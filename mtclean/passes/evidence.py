"""Patterns of garble evidence shared by several passes.

Clean English never puts a space before a comma or a full stop that ends a
word; MT output does it everywhere.  The casing pass uses that space as its
evidence and the punctuation pass removes it, so both must agree on exactly
when it counts.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

import regex

from mtclean.rules import per_paragraph


def spaced_mark(marks: str) -> str:
    """A look-ahead for a run of spaces followed by one of ``marks``, at the run's start.

    A pattern that begins with it scans faster (the engine skips most
    positions at once; docs/performance.md).  The second branch checks the
    run's start before the run's length, so a long run of spaces costs
    linear time, not quadratic.
    """
    return rf"(?=[ \t][{marks}]|[ \t](?<![ \t]{{2}})[ \t]+[{marks}])"


# After a word, a closing bracket or quote, or a percent sign...
_AFTER_WORD = r"(?<=[\w)\]”’'\"%])"
# ...but not a shell command whose argument is a lone "." ("run git add . now").
_NOT_DOT_ARGUMENT = (
    r"(?<!\b(?:add|build|cd|cp|find|grep|install|ls|mv|run|rsync|scp|tar|touch))"
    # ...nor one after an option ("pip install -e .", "pytest --rootdir .").
    r"(?!(?<=(?<![^ \t])--?[A-Za-z][\w-]{0,30})[ \t]+\.(?:[ \t]|$))"
)
# Not a mark named after an article ("to match the ? character", "a , separator").
_NOT_NAMED_MARK = r"(?<!(?<![^ \t\n(“\"‘])(?:the|a|an))"
# Not the "3 : 1" of a ratio or score.
_NOT_RATIO = r"(?<!\d[ \t]+(?=:[ \t]*\d))"

#: The spaces before a punctuation mark that ends a word, where English has none.
#: The mark must be followed by a space, a quotation mark or the end, so ".5",
#: ":)", ". . ." and "1 ,000" in code are not evidence.
SPACE_BEFORE_MARK = (
    spaced_mark(",.;:!?")
    + _AFTER_WORD
    + _NOT_DOT_ARGUMENT
    + _NOT_NAMED_MARK
    + r"[ \t]+(?=(?P<mark>[,.;:!?])(?:\s|\Z|[”’\"“‘]))"
    + _NOT_RATIO
    + r"(?![.][ \t]*[.])"
    + r"(?![.][ \t]+(?:and|or)[ \t]+\.\.)"  # the directory entries "." and ".."
    # Not a mark set apart by two spaces or more on each side: the separator of a trail of
    # links ("Home  .  Admission  .  FAQ"), laid out on purpose, where a tokeniser puts one.
    + r"(?!(?<=[ \t]{2})[.:][ \t]{2,}[^\s,.;:!?])"
)

#: A comma, semicolon or colon right after a closing bracket with a space
#: inside it (``( Fast mode ),``): clean English never spaces a bracket so.
SPACED_BRACKET_MARK = r"(?=\))(?<=\w[ \t]+)\)[,;:]"

# A curly mark's shape says which way it faces, but styles differ: some
# published English opens with "”" (”Acme Pay”), German-style text opens with
# "„" and closes with "“".  The direction of one mark is therefore no evidence
# of garble: ” closes only after a “, and “ opens only if it closes no „ and
# the next curly mark, if any, is ” (a quotation may run past an excerpt).
_CURLY = re.compile(r"[“”„]")
#: How far to look for the other mark of a curly pair.
_PAIR_WINDOW = 1000


def _curly_before(text: str, position: int) -> str:
    """The last curly double quotation mark before ``position`` (``""`` if none near)."""
    low = max(0, position - _PAIR_WINDOW)
    last = max(text.rfind(mark, low, position) for mark in "“”„")
    return text[last] if last >= 0 else ""


def curly_opens(text: str, position: int) -> bool:
    """Whether the “ at ``position`` opens a quotation.

    >>> curly_opens("said “ we grow”", 5), curly_opens("said “ we grow", 5), curly_opens("„Acme“ was", 5)
    (True, True, False)
    """
    found = _CURLY.search(text, position + 1, position + _PAIR_WINDOW)
    return (found is None or found.group() == "”") and _curly_before(text, position) != "„"


def curly_closes(text: str, position: int) -> bool:
    """Whether the ” at ``position`` closes a quotation: the last curly mark before it is “.

    >>> curly_closes("“Acme ”", 6), curly_closes("In 2019, ”Acme Pay”", 9)
    (True, False)
    """
    return _curly_before(text, position) == "“"


#: A key of JSON or of a dictionary that ends where the search ends, just before its colon:
#: a quoted name without spaces, at a line's or an object's start or after a comma.  The
#: colon after it is code's (``{"city" : "Hangzhou"}``), not a garbled one.
JSON_KEY = regex.compile(r'(?:^|[{,\s])"[^"\s]{1,60}+"[ \t]*+\Z', regex.MULTILINE)

#: The label that opens an entry of a changelog or a list of revisions, alone before its
#: spaced colon: a version of three parts (``2.10.0``, ``v1.2.3``) or a date (``01/23/2007``,
#: ``2007-01-23``), after a bullet or not.
_ENTRY_LABEL = regex.compile(
    r"(?<![ \t])[ \t]*+(?:[*+-][ \t]++)?(?:v?\d{1,9}+\.\d{1,9}+\.\d{1,9}+[\w.+-]{0,20}+"
    r"|\d{1,4}+([/.-])\d{1,2}+\1\d{1,4}+)[ \t]*+"
)


def after_entry_label(text: str, position: int) -> bool:
    """Whether the colon at or just after ``position`` follows an entry's label alone at its line's start.

    >>> after_entry_label("2.10.0 : faster start", 6), after_entry_label("  * 01/23/2007 : Moved", 14)
    (True, True)
    >>> after_entry_label("It rose 5.2.1 : The plan", 13)
    False
    """
    found = _colon_and_line(text, position, 20, 40)  # a label is short
    return found is not None and _ENTRY_LABEL.fullmatch(text, found[1], found[0]) is not None


def _colon_and_line(text: str, position: int, ahead: int, line_reach: int) -> tuple[int, int] | None:
    """The first colon at most ``ahead`` characters from ``position`` and its line's start.

    ``None`` without a colon, or if the line starts more than ``line_reach``
    characters before the colon (what is looked for is on a short line).

    >>> _colon_and_line("x\\nab : c", 2, 20, 40), _colon_and_line("ab c", 0, 20, 40)
    ((5, 2), None)
    """
    colon = text.find(":", position, position + ahead)
    if colon < 0:
        return None
    line = text.rfind("\n", max(0, colon - line_reach), colon) + 1
    if not line and colon > line_reach:
        return None
    return colon, line


_STRAIGHT_QUOTE = re.compile('"')
# Where one sentence ends and the next begins, outside any quotation mark:
# a full stop, a space, a capital letter (or a line break).
_SENTENCE_BREAK = re.compile(r"[.!?][ \t]+(?=[A-Z])|\n")


@lru_cache(maxsize=16)
def straight_quote_pairs(text: str) -> frozenset[tuple[int, int]]:
    """The positions of the straight double quotation marks that pair up in ``text``.

    A straight mark has no direction of its own, so the marks are paired
    from the start of the paragraph: the first opens, the second closes.
    That is trusted only when the marks pair well: an even number of them,
    no pair across a line break, and no opening mark right after a letter or
    digit (``a 27" screen``: an inch mark, and the pairing after it would be
    upside down).  A mark escaped with a backslash (``"{\\"a\\": 1}"``) is
    inside a string of code or JSON, where nothing pairs as prose.  When the
    whole paragraph does not pair well, each sentence that does keeps its
    pairs; the others have none.

    >>> sorted(straight_quote_pairs('Click " refresh "Then "OK".'))
    [(6, 16), (22, 25)]
    >>> straight_quote_pairs('The 27" and 32" screens, the " Pro " line.')
    frozenset()
    >>> sorted(straight_quote_pairs('The 6" pan is small. Click " refresh "Then reload.'))
    [(27, 37)]
    >>> straight_quote_pairs('Its body is "{\\\\"mode\\\\": \\\\"fast\\\\"}" .')
    frozenset()
    """
    pairs = _pairs(text, 0, len(text))
    if pairs is not None:
        return frozenset(pairs)
    bounds = [0, *(match.end() for match in _SENTENCE_BREAK.finditer(text)), len(text)]
    return frozenset(pair for start, end in pairwise(bounds) for pair in _pairs(text, start, end) or ())


def _pairs(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The straight marks of ``text[start:end]`` paired in order, or ``None`` if they pair badly."""
    positions = [match.start() for match in _STRAIGHT_QUOTE.finditer(text, start, end)]
    if len(positions) % 2 or any(position and text[position - 1] == "\\" for position in positions):
        return None
    pairs = list(zip(positions[::2], positions[1::2], strict=True))
    if any(
        (opening and (text[opening - 1].isalnum() or text[opening - 1] == "_"))
        or "\n" in text[opening:closing]
        for opening, closing in pairs
    ):
        return None
    return pairs


#: A run of Chinese text with its own punctuation (a textbook spaces its
#: characters: ``画 蛇 添 足``).
CJK_RUN = r"[\p{Han}\p{Hiragana}\p{Katakana}·・，、：；！？。\u3000]++(?:[ \t][\p{Han}\p{Hiragana}\p{Katakana}]++)*+"
#: Chinese text between the title, quotation or lenticular marks that quote
#: it: the original of a title a writer gives (``"Bring in the Wine"
#: (《将进酒》)``, ``【画 蛇 添 足】``), which English has no other way to
#: mark; no garble.
QUOTED_CHINESE = rf"[《「『【][ \t]?{CJK_RUN}[ \t]?[》」』】]"
#: The section labels of a structured abstract in a Chinese journal's
#: English (``【Objective】The effects of ... 【Method】Field trials ...``):
#: the journal's house style, written by its authors, not MT's marks.
ABSTRACT_LABEL = (
    r"【[ \t]?(?:Objectives?|Aims?|Purpose|Background|Methods?|Results?|Conclusions?|Significance)[ \t]?】"
)
#: Chinese marks a writer means: quoted Chinese text or an abstract's labels.
MEANT_MARKS = rf"{QUOTED_CHINESE}|{ABSTRACT_LABEL}"

#: Chinese punctuation left in English, which only machine translation writes; not a
#: mark of Chinese quoted in it: between two Chinese characters (``炒青、蒸青``), or
#: ending a Chinese sentence, a mark is the Chinese text's own (as ``chinese.mark``
#: and ``lists.enumeration-comma`` leave it).
CHINESE_MARK_IN_ENGLISH = r"[、，：；](?!(?<=\p{Han}.)\p{Han})|。(?<!\p{Han}。)"

_GARBLE = regex.compile(SPACE_BEFORE_MARK + "|" + CHINESE_MARK_IN_ENGLISH, regex.VERSION1)


def shows_garble(text: str) -> bool:
    """Whether ``text`` shows MT garble that clean English never has.

    A space before a mark that ends a word, or Chinese punctuation: what a
    rule that fixes a writer's possible choice (``dont``) needs besides its
    own shape.

    >>> shows_garble("We dont know , and nor do they."), shows_garble("We dont know, really.")
    (True, False)
    >>> shows_garble("Teas are pan-fired or steamed (炒青、蒸青)."), shows_garble("Tea、coffee")
    (False, True)
    """
    return _GARBLE.search(text) is not None


#: A form's field: an indented label of one or two words, spaces, a colon and a value.
_FORM_FIELD = regex.compile(r"(?<![ \t])[ \t]++\p{Lu}[\p{L}.]*+(?:[ ]\p{L}++)?+[ \t]++:[ \t]++\S[^\n]*+")


def in_a_form(text: str, position: int) -> bool:
    """Whether the line of ``text`` at ``position`` is a form's field next to another field.

    The signature block of a filing aligns its colons (``  By    : /s/ Jane
    Roe``, ``  Title : Director``): the space before each colon is layout,
    no evidence of garble.

    >>> in_a_form("  By    : /s/ Jane Roe\\n  Title : Director", 3), in_a_form("Source : Xinhua", 3)
    (True, False)
    """
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    end = len(text) if end < 0 else end
    if not _FORM_FIELD.fullmatch(text, start, end):
        return False
    before = text.rfind("\n", 0, max(0, start - 1)) + 1
    after = text.find("\n", end + 1)
    after = len(text) if after < 0 else after
    return bool(
        (start and _FORM_FIELD.fullmatch(text, before, start - 1))
        or (end < len(text) and _FORM_FIELD.fullmatch(text, end + 1, after))
    )


def colons_aligned(text: str, position: int) -> bool:
    """Whether the colon at or just after ``position`` stands in the same column as one on a line next to it.

    A list padded by hand to line its colons up (``* classical division     : 2.21
    ms``) sets the space before each colon on purpose; one of the lines must
    pad with two spaces or more.

    >>> text = " * first run    : 2.7 ms\\n * second run   : 2.2 ms\\n * prefilled : 2.3 ms"
    >>> colons_aligned(text, 14), colons_aligned(text, 36), colons_aligned(text, 58)
    (True, True, False)
    >>> colons_aligned("It rose : The plan\\nIt fell : The rest", 7)
    False
    """
    found = _colon_and_line(text, position, 40, 200)  # a padded list's lines are short
    if found is None:
        return False
    colon, start = found
    column = colon - start
    padded = text[max(start, colon - 2) : colon] == "  "
    neighbours = []
    if start:
        before = text.rfind("\n", 0, start - 1) + 1
        neighbours.append(before)
    end = text.find("\n", colon)
    if end >= 0:
        neighbours.append(end + 1)
    return any(
        text[line + column : line + column + 1] == ":"
        and "\n" not in text[line : line + column]
        and (padded or text[max(line, line + column - 2) : line + column] == "  ")
        for line in neighbours
    )


#: Names of punctuation marks: a text that uses them talks about marks and shows them.
_ABOUT_PUNCTUATION = regex.compile(
    r"\b(?:[Pp]unctuation|[Qq]uotation[ ]marks?|[Ee]numeration[ ]comma|[Ff]ull[- ]?width|[Ii]deographic"
    r"|[Cc]orner[ ]brackets?|(?:[Bb]ook(?:[- ]title)?|[Tt]itle)[ ]marks?|[Pp]ause[ ]mark)\b"
)


@per_paragraph
def talks_about_punctuation(text: str) -> bool:
    """Whether ``text`` names punctuation marks: a guide to Chinese punctuation shows its marks on purpose.

    Worked out once per paragraph: the mark rules ask at every mark.

    >>> talks_about_punctuation("The enumeration comma 、 separates the items of a list.")
    True
    >>> talks_about_punctuation("Volvo 、 Proton 、 Geely And other brands")
    False
    """
    return _ABOUT_PUNCTUATION.search(text) is not None


#: A paragraph that talks about tokens or the Penn Treebank.
_ABOUT_TOKENS = regex.compile(r"(?i)token|treebank")


def _shows_tokens(text: str) -> bool:
    """Whether ``text`` talks about tokenising and shows the Treebank's split ``n't``: its spaces are the point.

    An NLP page writes ``can't -> ca n't`` and ``children 's`` or ``it !``
    on purpose; MT never writes ``n't`` as a word beside the word ``token``.

    >>> shows_tokens("The tokenizer turns can't into ca n't and Bob's into Bob 's .")
    True
    >>> shows_tokens("The token price fell , and they do n't know why ."), shows_tokens("I ca n't go .")
    (True, False)
    """
    return (" n't" in text or " n’t" in text) and _ABOUT_TOKENS.search(text) is not None


#: :func:`_shows_tokens`, worked out once per paragraph: the rules that ask it ask at every
#: match, and a paragraph of many matches would otherwise be read once per match.
shows_tokens = per_paragraph(_shows_tokens)
