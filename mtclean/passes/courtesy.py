"""字 read as "word": a historical figure's courtesy name, calqued.

Chinese biographies give a person's courtesy name (字) right after the name
and dates: 李白（701-762），字太白.  MT writes 字 as its everyday sense,
"word": ``Li Bai (701-762), the word Taibai``, ``whose word is Taibai``,
``Bai Juyi's word is Letian``.  English writes ``courtesy name``.

"Word" is one of the commonest nouns of English, so the rule fires only in
the biography's own frame: a pinyin name (two or three words, or one word
followed by dates in brackets) opening the sentence or followed by its
dates, then the calque, then a name that scans as pinyin and is no English
word, then the end of the clause.  ``a man whose word is law``, ``For Zhu
Xi, the word Li meant principle`` and ``the word Dao`` in prose about
Chinese words are left alone.  The phrases pass runs it (after casing, as
the glossary's phrase calques).
"""

from __future__ import annotations

import regex

from mtclean.rules import Context, regex_rule
from mtclean.words import common_words, pinyin_name, scans_as_pinyin

#: What follows the calque: the courtesy name (one or two capitalised words), then the clause's end.
_NAME_AFTER = regex.compile(
    r"[ \t](?P<name>\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?)(?=[,.;:)]|[ \t](?:and|was|who|is)\b|$)"
)
#: What precedes ", the word" or ", whose word": the person's name, then optional dates in brackets.
_PERSON_BEFORE = regex.compile(
    r"(?:^|(?<=[.!?][ \t]|\n))(?P<person>\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+){0,2})"
    r"(?P<dates>[ \t]?\([^()\n]{1,40}\))?(?:,[ \t]*)?\Z"
)
_NAME_BEFORE_DATES = regex.compile(
    r"(?P<person>\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+){0,2})(?P<dates>[ \t]?\([^()\n]{1,40}\))(?:,[ \t]*)?\Z"
)
#: A gloss right after the name: prose explaining a Chinese word (``Liangzhi, meaning innate knowing``).
#: (Matched right after the name's last letter: never from inside a run of spaces.)
_GLOSS_AFTER = regex.compile(
    r"(?<![ \t]),?[ \t]+(?:meaning|which[ \t]+means|literally|i\.e\.|that[ \t]+is|usually[ \t]+rendered|often[ \t]+translated)\b"
)
_POSSESSOR = regex.compile(r"(?P<person>\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+){1,2})\Z")
#: How far back the person's name is looked for.
_REACH = 80


def _courtesy_name(name: str) -> bool:
    """Whether ``name`` reads as a pinyin courtesy name and as no English word."""
    words = name.split()
    if not all(scans_as_pinyin(word) for word in words):
        return False
    if len(words) == 1:
        return pinyin_name(words[0], tell=False)
    common = common_words()
    return not any(word.lower() in common for word in words)


def _person(name: str, *, dated: bool) -> bool:
    """Whether ``name`` reads as a Chinese person's name (a lone word only with dates)."""
    words = name.split()
    return (len(words) >= 2 or dated) and all(scans_as_pinyin(word) for word in words)


@regex_rule(
    "phrases.courtesy-name", r"(?:\bwhose|,[ \t]the|['’]s)[ \t]word\b(?P<is>[ \t]is\b)?", needs=[" word"]
)
def courtesy_name(match: regex.Match[str], context: Context) -> str | None:
    """字 calqued as "word" after a historical figure's name becomes "courtesy name".

    >>> clean("Li Bai (701-762), whose word is Taibai, was born in Suyab.")
    'Li Bai (701-762), whose courtesy name is Taibai, was born in Suyab.'
    >>> clean("Du Fu (712-770), the word Zimei, was a poet of the Tang Dynasty.")
    'Du Fu (712-770), courtesy name Zimei, was a poet of the Tang Dynasty.'
    >>> clean("Guan Yu's word is Yunchang, and he came from Hedong.")
    "Guan Yu's courtesy name is Yunchang, and he came from Hedong."

    A man whose word is law, a word about a word, a name that is English:

    >>> clean("He was a general whose word is Law in his camp.")
    'He was a general whose word is Law in his camp.'
    >>> clean("For Zhu Xi, the word Li, which means principle, is central.")
    'For Zhu Xi, the word Li, which means principle, is central.'
    >>> clean("Li Na's word is Final, the coach said.")
    "Li Na's word is Final, the coach said."

    A word a sinologist glosses, or one that is the subject of its own clause:

    >>> clean("Wang Yangming's word is Liangzhi, meaning innate knowing.")
    "Wang Yangming's word is Liangzhi, meaning innate knowing."
    >>> clean("Zhou Dunyi (1017-1073), the word Taiji was given a new sense.")
    'Zhou Dunyi (1017-1073), the word Taiji was given a new sense.'
    """
    text = match.string
    after = _NAME_AFTER.match(text, match.end())
    if after is None or not _courtesy_name(after["name"]):
        return None
    if _GLOSS_AFTER.match(text, after.end()):
        return None
    lead = match.group()
    if lead[0] == "," and not match["is"] and text[after.end() : after.end() + 1] in " \t":
        # MT sets the courtesy name off with a comma (字子美，…); ", the word Taiji was given a
        # new sense" makes the word the subject of its clause: prose about the word.
        return None
    before = text[max(0, match.start() - _REACH) : match.start()]
    if lead[0] in "'’":
        found = _POSSESSOR.search(before)
        if found is None or not _person(found["person"], dated=False):
            return None
        return f"{lead[:2]} courtesy name" + (" is" if match["is"] else "")
    found = _PERSON_BEFORE.search(before) or _NAME_BEFORE_DATES.search(before)
    if found is None:
        return None
    dated = found["dates"] is not None
    if not _person(found["person"], dated=dated):
        return None
    if lead.startswith("whose"):
        return "whose courtesy name" + (" is" if match["is"] else "")
    # ", the word is Zimei" and ", the word Zimei" both become ", courtesy name Zimei".
    return ", courtesy name"
