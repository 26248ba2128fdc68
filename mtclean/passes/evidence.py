"""Patterns of garble evidence shared by several passes.

Clean English never puts a space before a comma or a full stop that ends a
word; MT output does it everywhere.  The casing pass uses that space as its
evidence and the punctuation pass removes it, so both must agree on exactly
when it counts.
"""

from __future__ import annotations


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
