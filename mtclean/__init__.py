"""mtclean: repair garbled Chinese-to-English machine translation.

>>> import mtclean
>>> mtclean.clean("Netease car 8 month 9 Japan , The two sides signed .")
'NetEase Auto August 9, the two sides signed.'

:func:`clean` returns the repaired text; :func:`explain` also returns every
change with the rule that made it; :func:`score` and :func:`is_garbled` measure
how garbled a text is, for filtering corpora; :class:`Pipeline` builds a cleaner from
chosen passes and settings.  Clean English comes back unchanged.
"""

from __future__ import annotations

from functools import cache

from mtclean import scoring
from mtclean.edits import Change, Edit, Explanation
from mtclean.glossary import Glossary, load_glossary
from mtclean.html import text_nodes
from mtclean.pipeline import Format, Pipeline
from mtclean.rules import Context, Options, Pass, Rule, regex_rule

__all__ = [
    "Change",
    "Context",
    "Edit",
    "Explanation",
    "Format",
    "Glossary",
    "Options",
    "Pass",
    "Pipeline",
    "Rule",
    "__version__",
    "clean",
    "explain",
    "is_garbled",
    "load_glossary",
    "regex_rule",
    "score",
    "score_details",
]

__version__ = "0.1.0"


@cache
def _default_pipeline() -> Pipeline:
    return Pipeline()


def clean(text: str, format: Format = "text") -> str:
    """Repair the machine-translation artifacts in ``text`` with the default pipeline.

    ``format="html"`` cleans only the text nodes of an HTML document.
    """
    return _default_pipeline().clean(text, format)


def explain(text: str, format: Format = "text") -> Explanation:
    """Like :func:`clean`, and also list every change with its rule name.

    With ``format="html"`` the changes are located in the HTML source.

    >>> result = explain("booming , The cooperation")
    >>> result.text
    'booming, the cooperation'
    >>> [(change.rule, change.before, change.after) for change in result.changes]
    [('punctuation.space-before', ' ', ''), ('casing.fragment-start', 'The', 'the')]
    """
    return _default_pipeline().explain(text, format)


def score(text: str, format: Format = "text") -> float:
    """The garble score of ``text``: machine-translation evidence per 100 words.

    Every change :func:`explain` would make counts, weighted by the signal
    its rule belongs to, and so do translationese markers, glossary
    renderings left alone and scars repeated across paragraphs (see
    :mod:`mtclean.scoring`; the weights are calibrated on the corpora): a
    glossary name counts much, spacing alone almost nothing, so tokenised
    English scores low.  With ``format="html"``
    only the text nodes count, changes and words alike.

    >>> score("Netease car 8 month 9 Japan , Lingke released its sales data .") > 10
    True
    >>> score("NetEase Auto, August 9: Lynk & Co released its sales data.")
    0.0
    >>> score("The firm , which sells cars , released its data .") < 1
    True
    """
    return score_details(text, format).value


def score_details(text: str, format: Format = "text") -> scoring.Score:
    """The garble score of ``text`` with the signals behind it, strongest first.

    >>> details = score_details("Netease car 8 month 9 Japan , Lingke released its sales data .")
    >>> names = [name for name, _ in details.signals]
    >>> names[0], "dates.month-day" in names
    ('glossary.name', True)
    """
    if format == "html":
        explanation = explain(text, format)
        text = "\n\n".join(text[start:end] for start, end in text_nodes(text))
        return scoring.measure(text, explanation.changes, scoring.left_alone(explanation.memo))
    # The changes as records, not Change objects: see Pipeline._recorded.
    records, memo = _default_pipeline()._recorded(text)
    return scoring.measure_records(text, records, scoring.left_alone(memo))


def is_garbled(
    text: str, threshold: float | None = None, format: Format = "text", *, precision: float | None = None
) -> bool:
    """Whether ``text`` reads as garbled machine translation: ``score(text) >= threshold``.

    For filtering a crawl.  The default threshold is calibrated on the
    held-out split of the team's detection corpus for a precision of at
    least 0.97 (``mtclean/data/detector.toml``; ``mtclean eval`` reports how
    well it does).  ``precision=`` picks instead the threshold of a stored
    operating point that reached at least that precision (0.9, 0.95, 0.97,
    0.99 or 1.0; a higher precision flags fewer documents); ``threshold=``
    sets one directly.

    >>> is_garbled("Netease car 8 month 9 Japan , Lingke released its sales data .")
    True
    >>> is_garbled("The firm , which sells cars , released its data .")
    False
    """
    if threshold is None:
        threshold = scoring.THRESHOLD if precision is None else scoring.threshold_for(precision)
    return score(text, format) >= threshold
