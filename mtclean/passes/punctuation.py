"""Spaced and Chinese punctuation.

``booming , The`` → ``booming, The``; ``合作。`` → ``合作.``; ``said :“`` →
``said: “``.  A mark is only moved when it stands where English punctuation
never does: a space before a comma or full stop that is followed by a space
(so ``3.14``, ``.5``, ``1 , 000`` in code and emoticons such as ``:)`` are
left alone), and never inside a protected span (URLs, code).
"""

from __future__ import annotations

import regex

from mtclean.passes.evidence import SPACE_BEFORE_MARK
from mtclean.rules import Context, Pass, regex_rule

_CHINESE = {"，": ",", "。": ".", "：": ":", "；": ";", "！": "!", "？": "?"}
_CLOSING = set(")]}”’\"'»")


@regex_rule("punctuation.chinese-mark", r"[ \t]*([，。：；！？])[ \t]*", needs=list(_CHINESE))
def chinese_mark(match: regex.Match[str], context: Context) -> str:
    """A full-width mark becomes its English form, with one space after it.

    >>> clean("Geely and Renault signed an agreement，Build partnerships。")
    'Geely and Renault signed an agreement, build partnerships.'
    """
    mark = _CHINESE[match.group(1)]
    text = match.string
    following = text[match.end() : match.end() + 1]
    if not following or following.isspace() or following in _CLOSING or following in "，。：；！？":
        return mark
    return mark + " "


@regex_rule(
    "punctuation.space-before",
    SPACE_BEFORE_MARK,
    needs=[" ,", " .", " ;", " :", " !", " ?"],
)
def space_before(match: regex.Match[str], context: Context) -> str:
    """No space before ``, . ; : ! ?``.

    >>> clean("The hybrid market is booming , and growing .")
    'The hybrid market is booming, and growing.'
    >>> clean("The ratio was 3 : 1. Run git add . to stage it.")
    'The ratio was 3 : 1. Run git add . to stage it.'
    """
    return ""


@regex_rule("punctuation.space-after-colon", r"(?<=\w[ \t]*:)(?=“)", needs=[":“"])
def space_after_colon(match: regex.Match[str], context: Context) -> str:
    """A colon before an opening quotation mark is followed by a space.

    >>> clean("Li Shufu said :“ We will grow .”")
    'Li Shufu said: “We will grow.”'
    """
    return " "


PUNCTUATION = Pass("punctuation", (chinese_mark, space_before, space_after_colon))
