"""The garble score: how much machine-translation evidence a text shows.

The score reuses the passes: a text is run through the pipeline's
``explain`` and every change counts as evidence, weighted by what its rule
says about the text.  There is no second set of patterns to drift apart from
the ones that clean.

Weights (per change):

* **3** — a name, term or phrase calque from the glossary (``Lingke``,
  ``new crown``, ``according to the understanding of``): most real garble is
  fluent-looking text with literal names, and these renderings are never
  ordinary English (or only with context evidence);
* **2** — a tokenised date or number (``8 month 9 Japan``, ``1.8 10000``) or
  a ``、`` list: shapes no English writer or tokeniser produces;
* **1** — a clause capitalised after a garbled separator, a sentence starting
  in lower case after a spaced full stop, Chinese punctuation, mojibake;
* **0.5** — weaker casing and typography evidence (a paragraph or quotation
  starting in lower case, a doubled mark, full-width letters, duplicated
  names in brackets);
* **0.02** — spacing only, whatever the rule (``booming , the``, ``( x )``,
  ``Renault 's``, ``4 : 30``):
  tokenised English (Penn Treebank style) is spaced like this on purpose and
  is not machine translation, so spacing alone never makes a text garbled.

The score is the weighted evidence per 100 words.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import regex

from mtclean.edits import Change

#: The weight of a change that only adds or removes spaces, whatever its rule.
SPACING = 0.02

#: Weight of a change by its rule, or failing that by its pass.
WEIGHTS: dict[str, float] = {
    "glossary": 3.0,
    "phrases": 3.0,
    "dates": 2.0,
    "numbers": 2.0,
    "lists": 2.0,
    "casing": 1.0,
    "chinese": 1.0,
    "unicode": 1.0,
    "punctuation": SPACING,
    "quotes": SPACING,
    "casing.paragraph-start": 0.5,
    "casing.quote-start": 0.5,
    "punctuation.doubled-mark": 0.5,
    "unicode.full-width": 0.5,
    "quotes.duplicate-name": 0.5,
}

#: The default threshold of :func:`mtclean.is_garbled`, in evidence per 100 words.
THRESHOLD = 3.0

_WORD = regex.compile(r"[[\p{L}\p{N}]--\p{Han}]+(?:['’]\p{L}+|(?<=\p{N})[.,]\p{N}+)*", regex.VERSION1)
_HAN = regex.compile(r"\p{Han}")


def weight(rule: str) -> float:
    """The evidence one change by ``rule`` gives.

    >>> weight("glossary.name"), weight("casing.quote-start"), weight("punctuation.space-before")
    (3.0, 0.5, 0.02)
    """
    return WEIGHTS.get(rule, WEIGHTS.get(rule.partition(".")[0], 1.0))


def words(text: str) -> int:
    """The number of words in ``text`` (each Chinese character counts as one).

    >>> words("NetEase Auto, August 9: it's 18,000 cars.")
    7
    """
    return len(_WORD.findall(text)) + len(_HAN.findall(text))


def evidence(changes: Iterable[Change]) -> float:
    """The summed weight of ``changes``; any change of spacing alone weighs :data:`SPACING`.

    A tokeniser spaces clock times (``4 : 30``) as it spaces commas, so the
    date rule that closes them up gives no more evidence than the comma rule.

    >>> evidence([Change("dates.clock-time", 3, 9, "4 : 30", "4:30"), Change("glossary.name", 0, 2, "a", "b")])
    3.02
    """
    return sum(SPACING if _only_spacing(change) else weight(change.rule) for change in changes)


def _only_spacing(change: Change) -> bool:
    return "".join(change.before.split()) == "".join(change.after.split())


@dataclass(frozen=True)
class Score:
    """A garble score and the signals that produced it.

    ``signals`` pairs each rule that gave evidence with its share of the
    score (evidence per 100 words), strongest first, so a user can see why a
    page was flagged.
    """

    value: float
    signals: tuple[tuple[str, float], ...]

    def top(self, count: int = 3) -> str:
        """The ``count`` strongest signals as ``rule 1.23, rule 0.5`` ("" if none).

        >>> Score(6.5, (("glossary.name", 6.0), ("casing.fragment-start", 0.5))).top(1)
        'glossary.name 6.00'
        """
        return ", ".join(f"{rule} {value:.2f}" for rule, value in self.signals[:count])


def measure(text: str, changes: Iterable[Change]) -> Score:
    """The :class:`Score` of ``text``, given the changes cleaning it makes.

    >>> measure("a b c d", [Change("glossary.name", 0, 1, "a", "A"), Change("casing.fragment-start", 2, 3, "b", "B")])
    Score(value=100.0, signals=(('glossary.name', 75.0), ('casing.fragment-start', 25.0)))
    """
    count = words(text)
    by_rule: dict[str, float] = {}
    for change in changes:
        by_rule[change.rule] = by_rule.get(change.rule, 0.0) + evidence([change])
    scale = 100 / count if count else 0.0
    signals = sorted(
        ((rule, round(value * scale, 2)) for rule, value in by_rule.items()), key=lambda s: -s[1]
    )
    return Score(round(sum(by_rule.values()) * scale, 2), tuple(signals))
