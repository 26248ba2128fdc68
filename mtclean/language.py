"""The language gate: only English paragraphs are cleaned.

The gate looks at a bounded sample of the paragraph (all of it, up to
``SAMPLE`` characters; beyond that, evenly spaced slices), so its cost does
not grow with the paragraph.  It decides in three steps, cheapest first:

1. **Scripts.**  A sample with no Latin letters, or where CJK letters (a
   Chinese original) or letters of other scripts (Cyrillic, Arabic, Greek…)
   number more than a quarter of the Latin ones, is not English.  A pure
   ASCII sample skips the count.
2. **Common words.**  Otherwise the share of its lower-case words that are
   ordinary English words (``data/common-words.txt``) decides: at least
   half, English; under a quarter (French, German, Spanish…), not English.
   The words counted are the common ones and ``data/english-words.txt``:
   frequent English words that are rare in the other languages written in
   Latin letters (``small``, which the common words leave out because it
   is a name too).
   Fewer than three such words: English, since every rule needs garble
   evidence anyway.
3. **langdetect**, only for what remains, on at most ``DETECT_SAMPLE``
   characters, seeded so that its answers are deterministic, and trusted only
   when it is at least 90% sure (on short texts it can be confidently wrong:
   it calls "Li Shufu didn't sign a joint venture." French).

:func:`residual_cjk` finds the CJK letters left inside an English paragraph:
``explain`` reports them and the opt-in ``residual.cjk`` rule removes them.
"""

from __future__ import annotations

import re
from functools import lru_cache

import regex

from mtclean.words import english_words

CJK_LETTERS = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}"
_CJK = regex.compile(f"[{CJK_LETTERS}]")
_CJK_RUN = regex.compile(f"[{CJK_LETTERS}]+")
_LATIN = regex.compile(r"\p{Latin}")
_LETTER = regex.compile(r"\p{L}")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_ASCII_LETTERS = bytes(range(ord("A"), ord("Z") + 1)) + bytes(range(ord("a"), ord("z") + 1))
# Lower-case words, without a contraction's ending ("didn" of "didn't"):
# names and acronyms say nothing about the language.
_LOWER_WORD = regex.compile(r"(?<![\w'’])\p{Ll}+(?=['’]\p{Ll}+\b|\b)")
# The same on ASCII text, for the standard library's engine: twice as fast.
_ASCII_LOWER_WORD = re.compile(r"(?<![\w'])[a-z]+(?='[a-z]+\b|\b)")
_SURELY_ENGLISH = 0.5
_SURELY_FOREIGN = 0.25
#: Characters of a paragraph the gate looks at, at most.
SAMPLE = 4000
_SLICES = 4
#: Characters handed to langdetect, at most.
DETECT_SAMPLE = 600


def is_english(paragraph: str) -> bool:
    """Whether the cleaning passes should run on ``paragraph``.

    >>> is_english("The two sides , Build innovative partnerships .")
    True
    >>> is_english("吉利控股集团与雷诺集团签署了合作备忘录。")
    False
    >>> is_english("Le groupe Renault et Geely ont signé un accord de coopération.")
    False
    >>> is_english("Группа Renault и Geely подписали соглашение.")
    False

    Inline code and web addresses count for no language: a Chinese sentence
    that points to a module and its documentation is Chinese.

    >>> is_english("更多辅助函数，详见 ``pypinyin.contrib.tone_convert`` 模块的文档 <https://pypinyin.readthedocs.io/zh_CN/master/contrib.html> 。")
    False
    """
    text = sample(paragraph)
    if text.isascii():
        if not any(c.isalpha() for c in text):
            return False
    else:
        latin, cjk, other = letter_counts(_without_code_and_links(text))
        if latin == 0 or cjk * 4 > latin or other * 4 > latin:
            return False
    words = lower_words(text)
    if len(words) < 3:
        return True  # too short to tell; every rule needs garble evidence anyway
    # The words are lower case already: a set lookup each, not is_common().
    english = sum(map(english_words().__contains__, words)) / len(words)
    if english >= _SURELY_ENGLISH:
        return True
    if english < _SURELY_FOREIGN:
        return False
    return _detect(text[:DETECT_SAMPLE]) == "en"


# Inline code and web addresses: letters that are in no language.
_CODE_OR_LINK = regex.compile(
    r"(?<!`)(`++)[^`\n]*+\1|\b(?:[a-z][a-z0-9+.-]{0,31}://|www\.)[^\s<>`]*+", regex.I
)


def _without_code_and_links(text: str) -> str:
    """``text`` without inline code and web addresses, whose letters tell nothing of its language.

    >>> _without_code_and_links("详见 ``tone_convert`` 模块 <https://example.com/zh_CN/a.html>")
    '详见   模块 < >'
    """
    if "`" in text or "://" in text or "www." in text:
        return _CODE_OR_LINK.sub(" ", text)
    return text


def lower_words(text: str) -> list[str]:
    """The lower-case words of ``text``, without a contraction's ending.

    >>> lower_words("Li Shufu didn't sign the MoU")
    ['didn', 'sign', 'the']
    """
    return (_ASCII_LOWER_WORD if text.isascii() else _LOWER_WORD).findall(text)


def letter_counts(text: str) -> tuple[int, int, int]:
    """How many letters of ``text`` are Latin, CJK, and of other scripts.

    ASCII letters are counted on the encoded bytes; only the non-ASCII
    characters, usually a few marks, go through the script patterns.

    >>> letter_counts("Geely 吉利 Ελλάδα, café")
    (9, 2, 6)
    """
    ascii_part = text.encode("ascii", "ignore")
    ascii_letters = len(ascii_part) - len(ascii_part.translate(None, _ASCII_LETTERS))
    rest = "".join(_NON_ASCII.findall(text))
    latin = len(_LATIN.findall(rest))
    cjk = len(_CJK.findall(rest))
    return ascii_letters + latin, cjk, len(_LETTER.findall(rest)) - latin - cjk


def sample(paragraph: str) -> str:
    """``paragraph`` if it is short, else evenly spaced slices of it (``SAMPLE`` characters in all).

    >>> len(sample("word " * 10_000)) == SAMPLE
    True
    """
    if len(paragraph) <= SAMPLE:
        return paragraph
    width = SAMPLE // _SLICES
    step = (len(paragraph) - width) // (_SLICES - 1)
    return "".join(paragraph[i * step : i * step + width] for i in range(_SLICES))


def residual_cjk(text: str) -> list[tuple[int, int]]:
    """The runs of CJK letters in ``text``, as ``(start, end)`` spans.

    >>> residual_cjk("Geely (吉利) and Renault")
    [(7, 9)]
    """
    if text.isascii():
        return []
    return [match.span() for match in _CJK_RUN.finditer(text)]


@lru_cache(maxsize=1024)
def _detect(text: str) -> str:
    """The language langdetect finds with at least 90% confidence, else ``"en"``."""
    from langdetect import DetectorFactory, LangDetectException, detect_langs

    DetectorFactory.seed = 0
    try:
        best = detect_langs(text)[0]
    except LangDetectException:
        return "en"
    return str(best.lang) if best.prob >= 0.9 else "en"
