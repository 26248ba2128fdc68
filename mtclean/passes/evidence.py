"""Patterns of garble evidence shared by several passes.

Clean English never puts a space before a comma or a full stop that ends a
word; MT output does it everywhere.  The casing pass uses that space as its
evidence and the punctuation pass removes it, so both must agree on exactly
when it counts.
"""

from __future__ import annotations

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
    _AFTER_WORD
    + _NOT_DOT_ARGUMENT
    + r"[ \t]+(?=(?P<mark>[,.;:!?])(?:\s|\Z|[”’\"“‘]))"
    + _NOT_RATIO
    + r"(?![.][ \t]*[.])"
    + r"(?![.][ \t]+(?:and|or)[ \t]+\.\.)"  # the directory entries "." and ".."
)
