"""Patterns of garble evidence shared by several passes.

Clean English never puts a space before a comma or a full stop that ends a
word; MT output does it everywhere.  The casing pass uses that space as its
evidence and the punctuation pass removes it, so both must agree on exactly
when it counts.
"""

from __future__ import annotations

import regex


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
_NOT_DOT_ARGUMENT = r"(?<!\b(?:add|build|cd|cp|find|grep|install|ls|mv|run|rsync|scp|tar|touch))"
# Not the "3 : 1" of a ratio or score.
_NOT_RATIO = r"(?<!\d[ \t]+(?=:[ \t]*\d))"

#: The spaces before a punctuation mark that ends a word, where English has none.
#: The mark must be followed by a space, a quotation mark or the end, so ".5",
#: ":)", ". . ." and "1 ,000" in code are not evidence.
SPACE_BEFORE_MARK = (
    spaced_mark(",.;:!?")
    + _AFTER_WORD
    + _NOT_DOT_ARGUMENT
    + r"[ \t]+(?=(?P<mark>[,.;:!?])(?:\s|\Z|[”’\"“‘]))"
    + _NOT_RATIO
    + r"(?![.][ \t]*[.])"
    + r"(?![.][ \t]+(?:and|or)[ \t]+\.\.)"  # the directory entries "." and ".."
)

#: Chinese punctuation left in English: only machine translation writes it.
CJK_MARKS = "、，。：；"

_GARBLE = regex.compile(SPACE_BEFORE_MARK + rf"|[{CJK_MARKS}]", regex.VERSION1)


def shows_garble(text: str) -> bool:
    """Whether ``text`` shows MT garble that clean English never has.

    A space before a mark that ends a word, or Chinese punctuation: what a
    rule that fixes a writer's possible choice (``dont``) needs besides its
    own shape.

    >>> shows_garble("We dont know , and nor do they."), shows_garble("We dont know, really.")
    (True, False)
    """
    return _GARBLE.search(text) is not None
