"""mtclean: repair garbled Chinese-to-English machine translation.

>>> import mtclean
>>> mtclean.clean("Netease car 8 month 9 Japan , The two sides signed .")
'NetEase Auto August 9, the two sides signed.'

:func:`clean` returns the repaired text; :func:`explain` also returns every
change with the rule that made it; :class:`Pipeline` builds a cleaner from
chosen passes and settings.  Clean English comes back unchanged.
"""

from __future__ import annotations

from functools import cache

from mtclean.edits import Change, Edit
from mtclean.glossary import Glossary, load_glossary
from mtclean.pipeline import Explanation, Format, Pipeline
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
    "load_glossary",
    "regex_rule",
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


def explain(text: str) -> Explanation:
    """Like :func:`clean`, and also list every change with its rule name.

    >>> result = explain("booming , The cooperation")
    >>> result.text
    'booming, the cooperation'
    >>> [(change.rule, change.before, change.after) for change in result.changes]
    [('punctuation.space-before', ' ', ''), ('casing.fragment-start', 'The', 'the')]
    """
    return _default_pipeline().explain(text)
