"""Enumerations joined with the Chinese enumeration comma ``、``.

``A 、 B 、 C And other D`` → ``A, B, C and other D``.  (The capital letters
of the items are the casing pass's business: ``、`` is evidence it uses.)
When MT loses the ``、`` between two pinyin names, they are glued into one
word (``BeijingShanghai``), and become a list again: ``Beijing, Shanghai``.
"""

from __future__ import annotations

import re

import regex

from mtclean.rules import Context, Pass, regex_rule
from mtclean.words import english_words


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


# A pinyin syllable with its initial: ``j``, ``q`` and ``x`` only before an
# ``i`` or ``u`` final, a lone ``o`` only after ``b``, ``p``, ``m``, ``f``,
# ``w`` (``Japan`` and ``Chicago`` do not scan).  A syllable without an
# initial (``an``, ``er``) only starts a name: inside one, pinyin writes an
# apostrophe before it (``Xi'an``).  A little wider than the table of real
# syllables, which the tell-tale letters below narrow again.
_SYLLABLE = (
    r"(?:[jqx](?:iang|iong|ian|iao|ing|ia|ie|in|iu|uan|ue|un|i|u)"
    r"|(?:zh|ch|sh|[bpmfdtnlgkhrzcsyw])"
    r"(?:iang|iong|uang|ang|eng|ing|ong|uai|uan|ian|iao|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|a|e|i|u)"
    r"|[bpmfw]o)"
)
# A pinyin name of two syllables or more (``beijing``, ``anhui``).
_PINYIN_NAME = re.compile(rf"(?:{_SYLLABLE}|ang|eng|ai|ei|ao|ou|an|en|er|a|o|e){_SYLLABLE}+")
# Letters that pinyin writes and English names seldom do: ``Anna`` and
# ``Maria`` scan as pinyin too, ``Shenzhen`` and ``Beijing`` show it.
_PINYIN_TELL = re.compile(r"zh|ch|sh|[xqj]|ng|ao|ou|ui|iu|uo")
# The parts of a glued word: ``BeijingShanghai`` → ``Beijing``, ``Shanghai``.
_PART = regex.compile(r"\p{Lu}\p{Ll}+")


def _pinyin_name(word: str) -> bool:
    """Whether ``word`` reads as a pinyin name and as no English word.

    >>> _pinyin_name("Shenzhen"), _pinyin_name("Maria"), _pinyin_name("Bingo"), _pinyin_name("Japan")
    (True, False, False, False)
    """
    lower = word.lower()
    return (
        _PINYIN_NAME.fullmatch(lower) is not None
        and _PINYIN_TELL.search(lower) is not None
        and lower not in english_words()
    )


@regex_rule(
    "lists.glued-names",
    r"(?=\p{Lu})(?<![\w@#/\\.$'’-])(?:\p{Lu}\p{Ll}+){2,4}\b(?![@/'’(-]|\.\w)",
    cue=r"[a-z][A-Z][a-z]",
)
def glued_names(match: regex.Match[str], context: Context) -> str | None:
    """Pinyin names MT glued together where it lost the ``、`` between them become a list.

    Every part must read as a pinyin name of two syllables or more, with a
    letter pinyin writes and English names seldom do, and be no English
    word: camel-case names of English parts (``PayPal``, ``YouTube``,
    ``AnnaMaria``) and one-syllable pinyin (``WeChat``, ``TaoBao``) stay.
    Handles, hashtags, domains and identifiers are not whole words here.

    >>> clean("Of the four cities, BeijingShanghai rose and GuangzhouShenzhen fell.")
    'Of the four cities, Beijing, Shanghai rose and Guangzhou, Shenzhen fell.'
    >>> clean("She paid with PayPal, watched YouTube, wrote to AnnaMaria and used #BeijingShanghai.")
    'She paid with PayPal, watched YouTube, wrote to AnnaMaria and used #BeijingShanghai.'
    """
    parts = _PART.findall(match.group())
    return ", ".join(parts) if all(_pinyin_name(part) for part in parts) else None


LISTS = Pass("lists", (enumeration_comma, and_other, glued_names))
