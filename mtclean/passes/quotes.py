"""Quotation marks and brackets: spaces inside and outside them, duplicated names.

``“ text ”`` → ``“text”``; ``" text "`` → ``"text"``; ``said“We`` → ``said
“We``; ``( note )`` → ``(note)``; and ``Renault (Renault)``, what MT makes
of a Chinese name followed by its English original, → ``Renault``.
"""

from __future__ import annotations

import regex

from mtclean.rules import Context, Pass, regex_rule

# Some patterns consume the mark before the spaces or the position they
# match, and "\K" drops it from the match: a pattern that begins with a
# rare character is scanned for it, one that begins with a look-behind is
# tried at every position (docs/performance.md).  The matches are the same.


@regex_rule("quotes.space-inside", r"“\K[ \t]+(?=\S)|(?<=\S)[ \t]+(?=”)", needs=["“ ", " ”"])
def space_inside_quotes(match: regex.Match[str], context: Context) -> str:
    """No space just inside curly quotation marks.

    >>> clean("the Renault group “Renaulution plan ” in two markets")
    'the Renault group “Renaulution plan” in two markets'
    """
    return ""


@regex_rule("quotes.space-outside", r"(?=“)(?<=[\p{L})])|”\K(?=\p{L})", needs=["“", "”"])
def space_outside_quotes(match: regex.Match[str], context: Context) -> str:
    """A space between a word and the curly quotation mark next to it.

    >>> clean("Li Shufu said“We will grow.”Then he left.")
    'Li Shufu said “We will grow.” Then he left.'
    """
    return " "


@regex_rule(
    "quotes.straight-space-inside",
    r'"(?P<lead>[ \t]*)(?P<inner>[^"\n]*?)(?P<trail>[ \t]*)"',
    needs=['" ', ' "'],
)
def straight_space_inside(match: regex.Match[str], context: Context) -> str | None:
    """No space just inside a pair of straight quotation marks.

    The marks are paired from the start of the paragraph; a paragraph with
    an odd number of them is left alone, and so is a quoted blank (``" "``).

    >>> clean('He called it " the ideal partner " in public.')
    'He called it "the ideal partner" in public.'
    >>> clean('Split on " " and then on ",".')
    'Split on " " and then on ",".'
    """
    if match.string.count('"') % 2 or not match["inner"]:
        return None
    return '"' + match["inner"] + '"'


_INSIDE_ROUND = r"(?:[^()\n]|\([^()\n]*\))*"
_INSIDE_SQUARE = r"[^\[\]\n]*"
# The long lookbehinds that check for the opening bracket come after the
# spaces and the closing bracket: checked at every position, they cost ten
# times more (docs/performance.md).


@regex_rule(
    "quotes.space-inside-brackets",
    rf"\(\K[ \t]+(?=[\w“\"]{_INSIDE_ROUND}\))"
    rf"|(?<=[\w.”\"%])[ \t]+(?=\))(?<=\({_INSIDE_ROUND}[\w.”\"%][ \t]+)"
    rf"|\[\K[ \t]+(?=\p{{L}}{_INSIDE_SQUARE}\])"
    rf"|(?<=[\w.%])[ \t]+(?=\])(?<=\[{_INSIDE_SQUARE}\p{{L}}{_INSIDE_SQUARE}[\w.%][ \t]+)",
    needs=["( ", " )", "[ ", " ]"],
)
def space_inside_brackets(match: regex.Match[str], context: Context) -> str:
    """No space just inside a pair of round or square brackets.

    A square pair must hold a word, so a Markdown task box ``[ ]`` stays.

    >>> clean("It is based on ( strong consistency ) rules [see table 2 ].")
    'It is based on (strong consistency) rules [see table 2].'
    >>> clean("- [ ] write the tests")
    '- [ ] write the tests'
    """
    return ""


@regex_rule(
    "quotes.duplicate-name",
    r"[ \t]*\([ \t]*(?P<inner>[^()\n]{1,60}?)[ \t]*\)(?:[ \t]*\([ \t]*(?i:(?P=inner))[ \t]*\))*",
    needs=["("],
)
def duplicate_name(match: regex.Match[str], context: Context) -> str | None:
    """A name followed by itself in brackets keeps one copy.

    >>> clean("The deal with Renault (Renault) was signed.")
    'The deal with Renault was signed.'
    >>> clean("Renault (the French carmaker) signed.")
    'Renault (the French carmaker) signed.'
    >>> clean("Shares of Nio (NIO) rose.")
    'Shares of Nio (NIO) rose.'
    """
    inner = match["inner"]
    # The name and the character before it; not the whole prefix (linear time).
    before = match.string[max(0, match.start() - len(inner) - 1) : match.start()]
    if not inner[:1].isupper() or not before.casefold().endswith(inner.casefold()):
        return None
    if inner.isupper() and not before.endswith(inner):
        return None  # a ticker or an acronym: "Nio (NIO)"
    start = len(before) - len(inner)
    if start > 0 and (before[start - 1].isalnum() or before[start - 1] in "&-_"):
        return None
    return ""


QUOTES = Pass(
    "quotes",
    (
        space_inside_quotes,
        space_outside_quotes,
        straight_space_inside,
        space_inside_brackets,
        duplicate_name,
    ),
)
