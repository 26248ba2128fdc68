"""The language gate: only English paragraphs are cleaned.

A cheap test decides almost every paragraph: a paragraph whose letters are
mostly CJK (a Chinese original) or that has no Latin letters at all is not
English; otherwise the share of its lower-case words that are ordinary
English words (``data/common-words.txt``) decides: at least half, English;
under a quarter (French, German, Spanish...), not English.  Only what remains
goes to ``langdetect``, seeded so that its answers are deterministic, on a
bounded sample, and trusted only when it is at least 90% sure (on short
texts it can be confidently wrong: it calls "Li Shufu didn't sign a joint
venture." French).
"""

from __future__ import annotations

from functools import lru_cache

import regex

from mtclean.words import is_common

_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
_LATIN = regex.compile(r"\p{Latin}")
# Lower-case words, without a contraction's ending ("didn" of "didn't"):
# names and acronyms say nothing about the language.
_LOWER_WORD = regex.compile(r"(?<![\w'’])\p{Ll}+(?=['’]\p{Ll}+\b|\b)")
_SURELY_ENGLISH = 0.5
_SURELY_FOREIGN = 0.25
_SAMPLE = 600  # characters handed to langdetect


def is_english(paragraph: str) -> bool:
    """Whether the cleaning passes should run on ``paragraph``.

    >>> is_english("The two sides , Build innovative partnerships .")
    True
    >>> is_english("吉利控股集团与雷诺集团签署了合作备忘录。")
    False
    >>> is_english("Le groupe Renault et Geely ont signé un accord de coopération.")
    False
    """
    cjk = len(_CJK.findall(paragraph))
    latin = len(_LATIN.findall(paragraph))
    if latin == 0 or cjk * 4 > latin:
        return False
    words = _LOWER_WORD.findall(paragraph)
    if len(words) < 3:
        return True  # too short to tell; every rule needs garble evidence anyway
    english = sum(map(is_common, words)) / len(words)
    if english >= _SURELY_ENGLISH:
        return True
    if english < _SURELY_FOREIGN:
        return False
    return _detect(paragraph[:_SAMPLE]) == "en"


@lru_cache(maxsize=1024)
def _detect(sample: str) -> str:
    """The language langdetect finds with at least 90% confidence, else ``"en"``."""
    from langdetect import DetectorFactory, LangDetectException, detect_langs

    DetectorFactory.seed = 0
    try:
        best = detect_langs(sample)[0]
    except LangDetectException:
        return "en"
    return str(best.lang) if best.prob >= 0.9 else "en"
