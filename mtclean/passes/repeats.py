"""Words and phrases MT wrote twice: ``stroke in in my country`` → ``stroke in my country``.

When two fragments of a Chinese sentence both carry a word, the joined
translation can say it twice.  English doubles some words on purpose (``had
had``, ``that that``, ``very very``, ``bye bye``, ``Walla Walla``), so only three
shapes are touched: an article, preposition or conjunction written twice,
which English never does (``in in`` only where ``in`` is not a particle:
``log in in the morning`` stays); ``Province`` written twice after a
province's name (``Taiwan Province Province``); and a phrase of a
preposition, ``the`` and up to four words written twice in a row (``on the
website on the website``),
found by a cue that costs next to nothing (the same word after ``the``
twice within 90 characters, which :mod:`re` finds from the literal ``the``).
"""

from __future__ import annotations

import regex

from mtclean.rules import Context, Pass, regex_rule, word_before
from mtclean.words import FUNCTION_WORDS

#: Words that are never doubled in English, whatever the sentence.
NEVER_DOUBLED = (
    "the",
    "a",
    "an",
    "of",
    "in",
    "on",
    "at",
    "for",
    "with",
    "from",
    "by",
    "into",
    "and",
    "or",
    "to",
    "if",
)
#: Verbs whose particle (``log in``, ``carry on``) may be followed by the same word as a preposition.
PARTICLE_VERBS = frozenset(
    "be been being break breaks broke bring brings brought built call calls came carry carries check checks "
    "come comes dig drop drops fill fills fit get gets give gives go goes going hand hands hold holds join "
    "joins kick kicks let lets live lives lock locks log logs logged look looks move moves pass passes plug "
    "plugs pull pulls put puts ring run runs send sends set sets settle sign signs sit sits stand stands "
    "stay stays step steps take takes took turn turns walk walks went work works".split()
)


@regex_rule(
    "repeats.doubled-word",
    r"\b(?P<word>(?i:" + "|".join(NEVER_DOUBLED) + r"))(?P<repeats>(?:[ \t]+(?P=word)\b)+)",
    flags=regex.IGNORECASE,
    # The doubles the survey met; the rule fixes any word of NEVER_DOUBLED once triggered.
    needs=[" the the ", " in in ", " of of ", " a a ", " to to ", "The the ", "If if ", "If If ", " if if "],
)
def doubled_word(match: regex.Match[str], context: Context) -> str | None:
    """An article, preposition or conjunction MT wrote twice is written once.

    >>> clean("Deaths from stroke in in our province have fallen for five years, the the the data show.")
    'Deaths from stroke in our province have fallen for five years, the data show.'
    >>> clean("Log in in the morning, carry on on Monday, and say bye bye.")
    'Log in in the morning, carry on on Monday, and say bye bye.'
    >>> clean("If If you forget a task, the week slips.")
    'If you forget a task, the week slips.'
    """
    word = match["word"]
    repeats = set(match["repeats"].split())
    if repeats != {word.lower()} or (
        word != word.lower() and not _sentence_start(match.string, match.start())
    ):
        return None  # "Plan A a decade ago": a capital that does not start a sentence is a name
    if word.lower() in ("in", "on", "by") and word_before(match).lower().strip(",;:") in PARTICLE_VERBS:
        return None
    return word


@regex_rule(
    "repeats.doubled-province",
    r"\b(?P<word>Province|province)(?:[ \t]+(?P=word)\b)+",
    needs=[" Province Province", " province province"],
)
def doubled_province(match: regex.Match[str], context: Context) -> str:
    """``Province`` written twice after a province's name is written once.

    MT renders 台湾省 as ``Taiwan Province`` and then adds the 省 again; the
    survey met ``Taiwan Province Province`` on four sites (food, games, sports
    and postpartum-care pages).  English never writes the word twice in a
    row, whereas it does double ``City`` and ``County`` (``Kansas City City
    Hall``, ``Orange County County Clerk``), which stay.

    >>> clean("The custom came from Taiwan Province Province, where it is 20 years old.")
    'The custom came from Taiwan Province, where it is 20 years old.'
    >>> clean("Kansas City City Hall and the Province, Province House and all.")
    'Kansas City City Hall and the Province, Province House and all.'
    """
    return match["word"]


def _sentence_start(text: str, position: int) -> bool:
    before = text[max(0, position - 8) : position].rstrip(" \t")
    if not before and position > 8:
        return False  # a long run of spaces: not the start of a sentence
    return not before or before[-1] in ".!?\n"


#: The prepositions that open a phrase MT writes twice (``on the website on the website``);
#: not ``of``, which English repeats on purpose (``the mother of the mother of the bride``).
PHRASE_PREPOSITIONS = ("on", "in", "at", "for", "with", "from", "by", "to", "into")
_PREPOSITION = "(?:" + "|".join(PHRASE_PREPOSITIONS) + ")"


# Gaps of at most three spaces and words of at most 20 letters, so that the cue
# below (which looks 90 characters ahead) finds every phrase the rule does.
_GAP = r"[ \t]{1,3}"
_WORD = r"\p{L}{1,20}"
_WORDS_AFTER_THE = rf"{_GAP}the{_GAP}(?P<w1>{_WORD})(?:{_GAP}(?P<w2>{_WORD}))?(?:{_GAP}(?P<w3>{_WORD}))?(?:{_GAP}(?P<w4>{_WORD}))?"
_SAME_WORDS = rf"{_GAP}the{_GAP}(?P=w1)(?(w2){_GAP}(?P=w2))(?(w3){_GAP}(?P=w3))(?(w4){_GAP}(?P=w4))"


@regex_rule(
    "repeats.doubled-phrase",
    rf"(?=[oiaftbw])\b(?P<phrase>(?P<preposition>{_PREPOSITION}){_WORDS_AFTER_THE})"
    rf"{_GAP}(?P=preposition){_SAME_WORDS}(?![\w'’-])",
    # The first word after "the" again after another "the" within 90 characters:
    # re finds the literal "the" first, so the scan costs next to nothing.
    cue=r"the[ \t]{1,3}(\w{1,20})[ \t].{0,90}the[ \t]{1,3}\1\b",
)
def doubled_phrase(match: regex.Match[str], context: Context) -> str | None:
    """A phrase of a preposition, ``the`` and a few words that MT wrote twice is written once.

    Only where the second phrase ends there: before a mark, the end, or a
    function word.  Before a noun it may be another thing (``in the box in
    the box room``).

    >>> clean("The bureau posted the data on the official website on the official website on Wednesday.")
    'The bureau posted the data on the official website on Wednesday.'
    >>> clean("In the end, in the end it rained; put it in the box in the box room.")
    'In the end, in the end it rained; put it in the box in the box room.'
    """
    following = _NEXT_WORD.match(match.string, match.end())
    if following is not None and following[1].lower() not in _PHRASE_ENDS:
        return None
    return match["phrase"]


_NEXT_WORD = regex.compile(r"(?<![ \t])[ \t]++([\w'’-]++)")
# The words that may follow a phrase that ends: what starts another phrase or clause.
_PHRASE_ENDS = (
    FUNCTION_WORDS | frozenset(PHRASE_PREPOSITIONS) | frozenset("after before during since until".split())
)


REPEATS = Pass("repeats", (doubled_word, doubled_province, doubled_phrase))
