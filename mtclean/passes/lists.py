"""Enumerations joined with the Chinese enumeration comma ``、``.

``A 、 B 、 C And other D`` → ``A, B, C and other D``.  (The capital letters
of the items are the casing pass's business: ``、`` is evidence it uses.)
When MT loses the ``、`` between two pinyin names, they are glued into one
word (``BeijingShanghai``), and become a list again: ``Beijing, Shanghai``.
"""

from __future__ import annotations

import regex

from mtclean.passes.evidence import talks_about_punctuation
from mtclean.rules import Context, Pass, regex_rule
from mtclean.words import pinyin_name

#: A Chinese character: a ``、`` between two of them is Chinese text's own mark.
_HAN = regex.compile(r"\p{Han}")


@regex_rule("lists.enumeration-comma", r"[ \t]*、[ \t]*", needs=["、"])
def enumeration_comma(match: regex.Match[str], context: Context) -> str | None:
    """``、`` between list items becomes a comma.

    >>> clean("Volvo 、 Proton 、 geely 、 Led the g And other brands")
    'Volvo, Proton, Geely, Lynk & Co and other brands'

    Between two Chinese characters it belongs to Chinese quoted in the
    English (a gloss in brackets, a list of dish names), where it is the
    right mark: it stays, as ``chinese.mark`` leaves such a ``，``.

    >>> clean("Green tea is pan-fired or steamed (炒青、蒸青) before rolling.")
    'Green tea is pan-fired or steamed (炒青、蒸青) before rolling.'
    """
    text, start = match.string, match.start()
    if start and _HAN.match(text, start - 1) and _HAN.match(text, match.end()):
        return None
    if talks_about_punctuation(text):
        return None  # "the enumeration comma (、)": a guide to the marks shows it
    return ", "


@regex_rule("lists.and-other", r"(?<=、[^、\n]{1,80}?[ \t])And(?=[ \t]+other\b)", needs=["、"])
def and_other(match: regex.Match[str], context: Context) -> str:
    """等 at the end of a ``、`` list: ``A 、 B And other C`` → ``A, B and other C``.

    >>> clean("energy 、 Sharing And other ideas")
    'energy, sharing and other ideas'
    """
    return "and"


# The parts of a glued word: ``BeijingShanghai`` → ``Beijing``, ``Shanghai``.
_PART = regex.compile(r"\p{Lu}\p{Ll}+")


@regex_rule(
    "lists.glued-names",
    r"(?=\p{Lu})(?<![\w@#/\\.$'’-])(?:\p{Lu}\p{Ll}+){2,4}\b(?![@/'’(-]|\.\w)",
    # From the capital, rarer than a lower-case letter: re tries fewer places (twice as fast).
    cue=r"[A-Z](?<=[a-z][A-Z])[a-z]",
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
    return ", ".join(parts) if all(pinyin_name(part) for part in parts) else None


LISTS = Pass("lists", (enumeration_comma, and_other, glued_names))
