"""How English presents a phrase it talks about rather than uses.

Writing about China names the calques it explains (``the so-called
melon-eating masses``, ``In Chinese slang, cutting leeks means``,
``lanwei lou, or rotten-tail buildings``, ``"rotten tail buildings", as they
are known``); machine translation uses them.  The glossary pass leaves such
a rendering alone and the markers do not count it as evidence: both ask
this module.
"""

from __future__ import annotations

import regex

from mtclean.words import pinyin_name, scans_as_pinyin

#: After a phrase, what presents it as a term: "is a slang term for", "was the word".
TERM_AFTER = (
    r"[ \t]+(?:is|was)[ \t]+(?:a|an|the)[ \t]+(?:[\w-]++[ \t]+){0,2}?"
    r"(?:term|word|phrase|expression|slang|buzzword|neologism|coinage)\b"
)
#: After a phrase (and its closing quote), the name it goes by: '", as they are known in Chinese'.
KNOWN_AFTER = (
    r"[ \t]*+,[ \t]*+as[ \t]+(?:they|it|these|this|he|she)[ \t]+(?:are|is|were|was)[ \t]+"
    r"(?:(?:widely|commonly|often|popularly|also|locally)[ \t]+)?(?:known|called)\b"
)
#: The words that present a word or a phrase just before it: "the phrase small fresh meat".
TERM_LEAD = regex.compile(
    r"(?:\b(?i:the|a|this|that)[ \t]+(?:(?:Chinese|slang|internet|Internet|popular|new|buzz)[ \t]+)?"
    r"(?:term|phrase|expression|slang|buzzword|word|label)"
    # "In Chinese slang, cutting leeks means ...": the slang it belongs to, named first.
    r"|\b(?i:in)[ \t]+(?:(?:Chinese|Mandarin|internet|Internet|online|investor|investors'|market|stock-market)[ \t]+)?"
    r"(?:slang|parlance|jargon)"
    # "the so-called rotten-tail buildings", "netizens call themselves the melon-eating masses".
    r"|\b(?i:so-called)|\bcall(?:s|ed)?[ \t]+(?:themselves|itself|ourselves)(?:[ \t]+(?:the|a|an))?"
    r")[ \t]*+,?[ \t]*+[“‘\"']?\Z"
)
#: ", or" right before a phrase: the words before it may be the pinyin it translates.
_OR_BEFORE = regex.compile(r",[ \t]+or[ \t]+(?:the[ \t]+)?[“‘\"']?\Z")


def pinyin_offered_before(text: str, left: int, start: int) -> bool:
    """Whether pinyin stands just before ``, or`` and the phrase at ``start``: ``lanwei lou, or rotten-tail buildings``.

    The writer gives the Chinese word and then its literal English, so the
    calque is taught, not used.  Up to four words before the comma (not
    before ``left``) must scan as pinyin, and one of them must be no English
    word.

    >>> pinyin_offered_before("Known as lanwei lou, or rotten-tail buildings", 0, 24)
    True
    >>> pinyin_offered_before("Tea, coffee, or rotten-tail buildings", 0, 16)
    False
    """
    found = _OR_BEFORE.search(text, max(left, start - 16), start)
    if found is None:
        return False
    taken: list[str] = []
    for word in reversed(text[max(left, found.start() - 48) : found.start()].split()):
        if len(taken) == 4 or not scans_as_pinyin(word):
            break
        taken.append(word)
    return any(pinyin_name(word, tell=False) for word in taken)
