"""Enumerations joined with the Chinese enumeration comma ``、``.

``A 、 B 、 C And other D`` → ``A, B, C and other D``.  (The capital letters
of the items are the casing pass's business: ``、`` is evidence it uses.)
"""

from __future__ import annotations

import regex

from mtclean.rules import Context, Pass, regex_rule


@regex_rule("lists.enumeration-comma", r"[ \t]*、[ \t]*", needs=["、"])
def enumeration_comma(match: regex.Match[str], context: Context) -> str:
    """``、`` between list items becomes a comma.

    >>> clean("Volvo 、 Proton 、 geely 、 Led the g And other brands")
    'Volvo, Proton, Geely, Lynk & Co and other brands'
    """
    return ", "


@regex_rule("lists.and-other", r"(?<=、[^、\n]{1,80}?[ \t])And(?=[ \t]+other\b)", needs=["、"])
def and_other(match: regex.Match[str], context: Context) -> str:
    """等 at the end of a ``、`` list: ``A 、 B And other C`` → ``A, B and other C``.

    >>> clean("energy 、 Sharing And other ideas")
    'energy, sharing and other ideas'
    """
    return "and"


LISTS = Pass("lists", (enumeration_comma, and_other))
