"""Spaced, doubled and misplaced punctuation.

``booming , The`` → ``booming, The``; ``said :“`` → ``said: “``; ``Geely 's``
→ ``Geely's``; ``page : ,`` → ``page:``.  A mark is only moved when it stands
where English punctuation never does: a space before a comma or full stop
that is followed by a space (so ``3.14``, ``.5``, ``. . .``, ``3 : 1`` and
emoticons such as ``:)`` are left alone), and never inside a protected span
(URLs, code).
"""

from __future__ import annotations

import regex

from mtclean.passes.evidence import SPACE_BEFORE_MARK, SPACED_BRACKET_MARK
from mtclean.rules import Context, Pass, regex_rule


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


@regex_rule(
    "punctuation.space-after-garbled-mark",
    r"(?:" + SPACE_BEFORE_MARK + r"[,;:]|" + SPACED_BRACKET_MARK + r")\K[ \t]{2,}(?=\S)",
    needs=[",  ", ";  ", ":  "],
)
def space_after_garbled_mark(match: regex.Match[str], context: Context) -> str:
    """One space, not two, after a comma, semicolon or colon that MT spaced.

    MT often leaves two spaces after a spaced mark (``service ,  The``) or
    after a mark that follows a spaced bracket (``( Fast mode ),  Need``).
    Two spaces after an ordinary mark, or after a full stop (the typewriter
    style), are left alone.

    >>> clean("It was merged ( Fast mode ),  Need to restart the service ,  The cache is cleared .")
    'It was merged (Fast mode), need to restart the service, the cache is cleared.'
    >>> clean("It ended.  Next, we met.  Then, as planned,  we left.")
    'It ended.  Next, we met.  Then, as planned,  we left.'
    """
    return " "


@regex_rule(
    "punctuation.space-after-colon",
    r"(?<=\w[ \t]*:)(?=“)|(?<=\w[ \t]+:)(?=\"[ \t]*\p{L})",
    needs=[":“", ':"'],
)
def space_after_colon(match: regex.Match[str], context: Context) -> str:
    """A colon before an opening quotation mark is followed by a space.

    >>> clean("Li Shufu said :“ We will grow .”")
    'Li Shufu said: “We will grow.”'
    >>> clean('The doctor said :"Rest."')
    'The doctor said: "Rest."'
    >>> clean('The config reads {"a":"b"}.')
    'The config reads {"a":"b"}.'
    """
    return " "


@regex_rule(
    "punctuation.apostrophe-s",
    r"(?<=\w)[ \t]+(?=['’]s\b(?!['’]))|(?<=\w['’])[ \t]+(?=s\b)",
    needs=[" '", " ’", "' s", "’ s"],
)
def apostrophe_s(match: regex.Match[str], context: Context) -> str:
    """No space around the apostrophe of a possessive.

    >>> clean("It is Geely 's plan and Renault’ s too.")
    "It is Geely's plan and Renault’s too."
    >>> clean("The letters 's' and 't' are common.")
    "The letters 's' and 't' are common."
    """
    return ""


@regex_rule(
    "punctuation.doubled-mark",
    r"(?<=\w)[ \t]*(?P<first>[,;:])(?:(?:[ \t]*[,;:])+(?:[ \t]*\.)?|[ \t]*\.)(?=\s|\Z)"
    r"|(?<=\p{L})\.\.(?=[ \t]|\Z)",
    # Each branch begins with a literal, so re stops only at a mark (three times faster).
    cue=r",[ \t]*[,;:.]|;[ \t]*[,;:.]|:[ \t]*[,;:.]|\.\.",
)
def doubled_mark(match: regex.Match[str], context: Context) -> str:
    """Two marks where one is meant keep the stronger: ``page : ,`` → ``page:``.

    >>> clean("See the next page : , then stop..")
    'See the next page: then stop.'
    >>> clean("It went on... and on, e.g., for hours, etc.; then it ended.")
    'It went on... and on, e.g., for hours, etc.; then it ended.'
    """
    return "." if "." in match.group() else match["first"]


PUNCTUATION = Pass(
    "punctuation", (space_before, space_after_garbled_mark, space_after_colon, apostrophe_s, doubled_mark)
)
