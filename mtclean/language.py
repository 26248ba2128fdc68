"""The language gate: only English paragraphs are cleaned.

A cheap test decides almost every paragraph: a paragraph whose letters are
mostly CJK (a Chinese original) or that has no Latin letters at all is not
English; a paragraph of plain ASCII words with enough English function words
is English.  Only what remains ambiguous (Latin text with accented letters or
few English function words: French, German, Spanish...) goes to
``langdetect``, seeded so that its answers are deterministic, and only on a
bounded sample.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from mtclean.words import FUNCTION_WORDS

_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
_LATIN = regex.compile(r"\p{Latin}")
_WORD = regex.compile(r"[A-Za-z']+")
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
    words = _WORD.findall(paragraph)
    if len(words) < 8:
        return True  # too short to tell; every rule needs garble evidence anyway
    function_words = sum(word.lower() in FUNCTION_WORDS for word in words)
    share = 0.1 if paragraph.isascii() else 0.25
    if function_words >= len(words) * share:
        return True
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
