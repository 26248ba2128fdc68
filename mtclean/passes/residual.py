"""Residual CJK: untranslated Chinese, Japanese or Korean words left in English.

``Geely（吉利）said`` keeps ``吉利`` after translation.  ``explain`` always
reports such words (:attr:`mtclean.Explanation.residual_cjk`); this pass
removes them, and is off by default (:data:`mtclean.passes.OPT_IN`): often the
original word is wanted (``Geely is written 吉利``).  Turn it on with
``Pipeline(enable=["residual.cjk"])``.
"""

from __future__ import annotations

import regex

from mtclean.language import CJK_LETTERS
from mtclean.rules import Context, Pass, regex_rule

_RUN = rf"[{CJK_LETTERS}]+(?:[ \t]+[{CJK_LETTERS}]+)*"
_NO_SPACE_AFTER = set("([{“‘\"'")
_NO_SPACE_BEFORE = set(")]}”’\"',.;:!?")


@regex_rule(
    "residual.cjk",
    rf"(?:(?<![ \t])[ \t]+)?(?:\({_RUN}\)|（{_RUN}）|{_RUN})[ \t]*",
)
def cjk(match: regex.Match[str], context: Context) -> str:
    """Untranslated CJK words are removed, with their brackets (opt-in).

    The examples use ``Pipeline(enable=["residual.cjk"]).clean``:

    >>> clean("Geely（吉利）said the deal 合作 was signed.")
    'Geely said the deal was signed.'
    >>> clean("Geely is named after 吉利, a word for luck.")
    'Geely is named after, a word for luck.'
    """
    text = match.string
    before = text[match.start() - 1] if match.start() else "\n"
    after = text[match.end()] if match.end() < len(text) else "\n"
    if before.isspace() or after.isspace() or before in _NO_SPACE_AFTER or after in _NO_SPACE_BEFORE:
        return ""
    return " "


RESIDUAL = Pass("residual", (cjk,))
