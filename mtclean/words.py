"""English word knowledge the casing rules rely on.

:func:`is_common` answers "is this an ordinary English word that is lower case
by nature?" from ``data/common-words.txt`` (made by
``tools/make_common_words.py``: frequent words that a case-preserving
dictionary never lists capitalised).  :func:`proper_nouns` collects the
document's own evidence: words written capitalised right after a lower-case
word, which only a name is.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files

import regex

#: English function words: frequent, and never names.
FUNCTION_WORDS = frozenset(
    "the a an and or of to in on for with by at from as is are was were be been has have had "
    "it its this that these those which who will would can could should not but than their "
    "they we he she his her our you your i".split()
)
#: File extensions that are never English words, so ``tar. gz`` is one name.
EXTENSIONS = frozenset(
    "gz tgz bz2 xz js ts tsx jsx py pyc deb rpm exe dll json yaml yml xml csv pdf png jpg jpeg gif "
    "svg md sh bat css scss php toml ini cfg txt html htm apk ipa dmg iso whl docx xlsx xls pptx ppt "
    "mp3 mp4 wav mkv webp rar".split()
)
_MID_SENTENCE_CAPITAL = regex.compile(r"(?<=\b[a-z][a-z'’]*[ \t]+)(\p{Lu}[\p{Ll}'’]+)\b")


@cache
def common_words() -> frozenset[str]:
    """The shipped list of ordinary lower-case English words."""
    return _word_list("common-words.txt")


@cache
def english_words() -> frozenset[str]:
    """Words the language gate counts as English: the common words and ``data/english-words.txt``.

    The second list (made by ``tools/make_gate_words.py``) adds frequent
    English words that casing must not rely on, because they are names too
    (``small``, ``Small``), and the stems of negative contractions (``didn``).

    >>> "small" in english_words(), "small" in common_words(), "de" in english_words()
    (True, False, False)
    """
    return common_words() | _word_list("english-words.txt")


@cache
def pinyin_lookalikes() -> frozenset[str]:
    """English words that scan as pinyin names (``china``, ``cache``), from ``data/pinyin-lookalikes.txt``.

    Made by ``tools/make_pinyin_lookalikes.py`` from wordfreq; :func:`pinyin_name` refuses them.
    """
    return _word_list("pinyin-lookalikes.txt")


def _word_list(name: str) -> frozenset[str]:
    text = files("mtclean.data").joinpath(name).read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def is_common(word: str) -> bool:
    """Whether ``word`` (in any case) is an ordinary lower-case English word.

    >>> is_common("The"), is_common("sharing"), is_common("China"), is_common("Proton")
    (True, True, False, False)
    """
    return word.lower() in common_words()


def proper_nouns(text: str) -> frozenset[str]:
    """Capitalised words that follow a lower-case word somewhere in ``text``.

    Function words are left out: garbled text capitalises them anywhere.

    >>> sorted(proper_nouns("Exports to China rose , The firm said ."))
    ['China']
    """
    return frozenset(
        word for word in _MID_SENTENCE_CAPITAL.findall(text) if word.lower() not in FUNCTION_WORDS
    )


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
# A syllable without an initial, which opens a name or follows its apostrophe.
_BARE_SYLLABLE = "ang|eng|ai|ei|ao|ou|an|en|er|a|o|e"
# A pinyin name of two syllables or more (``beijing``, ``anhui``).
_PINYIN_NAME = re.compile(rf"(?:{_SYLLABLE}|{_BARE_SYLLABLE}){_SYLLABLE}+")
_ONE_SYLLABLE = re.compile(_SYLLABLE)
# What follows the apostrophe in a pinyin name: a bare syllable, then any (``an``, ``anmen``).
_AFTER_APOSTROPHE = re.compile(rf"(?:{_BARE_SYLLABLE}){_SYLLABLE}*")


def pinyin_apostrophe_name(before: str, after: str) -> bool:
    """Whether ``before'after`` is a pinyin name that writes an apostrophe between its syllables.

    ``before`` is one syllable with its initial (``Xi``, ``Chang``), ``after``
    opens with a syllable without one (``an``, ``anmen``).

    >>> pinyin_apostrophe_name("Xi", "an"), pinyin_apostrophe_name("Di", "anmen"), pinyin_apostrophe_name("Get", "em")
    (True, True, False)
    """
    return (
        _ONE_SYLLABLE.fullmatch(before.lower()) is not None and _AFTER_APOSTROPHE.fullmatch(after) is not None
    )


# Letters that pinyin writes and English names seldom do: ``Anna`` and
# ``Maria`` scan as pinyin too, ``Shenzhen`` and ``Beijing`` show it.
_PINYIN_TELL = re.compile(r"zh|ch|sh|[xqj]|ng|ao|ou|ui|iu|uo")


#: Any run of pinyin syllables, which a bare syllable may open (``le``, ``shi``, ``weilai``).
_SYLLABLES = re.compile(rf"(?:{_SYLLABLE}|{_BARE_SYLLABLE}){_SYLLABLE}*")


def scans_as_pinyin(word: str) -> bool:
    """Whether ``word`` is spelt as pinyin syllables, English word or not (``Le``, ``Shi``, ``Weilai``).

    >>> scans_as_pinyin("Shi"), scans_as_pinyin("Snack")
    (True, False)
    """
    return _SYLLABLES.fullmatch(word.lower()) is not None


def pinyin_name(word: str, *, tell: bool = True) -> bool:
    """Whether ``word`` reads as a pinyin name and as no English word.

    With ``tell`` it must also hold a letter pinyin writes and English names
    seldom do (``Maria`` scans as pinyin).

    >>> pinyin_name("Shenzhen"), pinyin_name("Maria"), pinyin_name("Bingo"), pinyin_name("Japan")
    (True, False, False, False)
    >>> pinyin_name("Yiheyuan"), pinyin_name("Yiheyuan", tell=False)
    (False, True)

    English words that scan as pinyin (``China``, ``Cache``, ``Chance``;
    ``data/pinyin-lookalikes.txt``, made by ``tools/make_pinyin_lookalikes.py``)
    are not pinyin names:

    >>> pinyin_name("China"), pinyin_name("Cache"), pinyin_name("Sichuan")
    (False, False, True)
    """
    lower = word.lower()
    return (
        _PINYIN_NAME.fullmatch(lower) is not None
        and (not tell or _PINYIN_TELL.search(lower) is not None)
        and lower not in english_words()
        and lower not in pinyin_lookalikes()
    )
