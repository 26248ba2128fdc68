"""Words and phrases MT wrote twice: ``stroke in in my country`` → ``stroke in my country``.

When two fragments of a Chinese sentence both carry a word, the joined
translation can say it twice.  English doubles some words on purpose (``had
had``, ``that that``, ``very very``, ``bye bye``, ``Walla Walla``), so only one
shape is touched: an article, preposition or conjunction written twice,
which English never does (``in in`` only where ``in`` is not a particle:
``log in in the morning`` stays).  A longer phrase written twice
(``on the website on the website``) is left for now: finding it costs a scan
of every paragraph, for a garble the survey saw twice in 204 pages.
"""

from __future__ import annotations

import regex

from mtclean.rules import Context, Pass, regex_rule, word_before

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
    needs=[" the the ", " in in ", " of of ", " a a ", " to to ", "The the "],
)
def doubled_word(match: regex.Match[str], context: Context) -> str | None:
    """An article, preposition or conjunction MT wrote twice is written once.

    >>> clean("Deaths from stroke in in our province have fallen for five years, the the the data show.")
    'Deaths from stroke in our province have fallen for five years, the data show.'
    >>> clean("Log in in the morning, carry on on Monday, and say bye bye.")
    'Log in in the morning, carry on on Monday, and say bye bye.'
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


def _sentence_start(text: str, position: int) -> bool:
    before = text[max(0, position - 8) : position].rstrip(" \t")
    if not before and position > 8:
        return False  # a long run of spaces: not the start of a sentence
    return not before or before[-1] in ".!?\n"


REPEATS = Pass("repeats", (doubled_word,))
