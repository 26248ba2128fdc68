"""The passes, and the one list that says which run by default and in what order.

Order matters:

1. ``unicode`` first, so every later pass sees real characters;
2. ``glossary`` before casing, so names are right (``geely`` → ``Geely``)
   before anything decides what is a proper noun;
3. ``dates`` and ``numbers``, whose patterns contain capitalised words
   (``Japan``, ``Many``) that casing must not see first;
4. ``spacing`` puts back the spaces MT lost between fragments
   (``shares.Previously``), so that casing sees ordinary sentence breaks;
5. ``casing`` while the garble's spaced punctuation is still there as
   evidence;
6. ``phrases`` after casing, so the clause after a calque is already lowered,
   and ``repeats`` once the names are in place;
7. ``lists``, ``chinese``, ``punctuation`` and ``quotes`` last, removing the
   evidence; ``residual`` (opt-in) between ``chinese`` and ``punctuation``,
   so that ``（吉利）`` is already a bracket and the punctuation pass tidies
   the spaces it leaves; ``tokens`` (names, identifiers and numbers MT split
   with a space) just before ``punctuation``, once casing has seen the text.

Rules in :data:`OPT_IN` are listed here but run only when a pipeline names
them in ``enable``.
"""

from __future__ import annotations

from mtclean.passes.casing import CASING
from mtclean.passes.chinese import CHINESE
from mtclean.passes.dates import DATES
from mtclean.passes.glossary import GLOSSARY, PHRASES
from mtclean.passes.lists import LISTS
from mtclean.passes.numbers import NUMBERS
from mtclean.passes.punctuation import PUNCTUATION
from mtclean.passes.quotes import QUOTES
from mtclean.passes.repeats import REPEATS
from mtclean.passes.residual import RESIDUAL
from mtclean.passes.spacing import SPACING
from mtclean.passes.tokens import TOKENS
from mtclean.passes.unicode import UNICODE
from mtclean.rules import Pass, Rule

DEFAULT_PASSES: tuple[Pass, ...] = (
    UNICODE,
    GLOSSARY,
    DATES,
    NUMBERS,
    SPACING,
    CASING,
    PHRASES,
    REPEATS,
    LISTS,
    CHINESE,
    RESIDUAL,
    TOKENS,
    PUNCTUATION,
    QUOTES,
)

#: Rules that are off unless a pipeline enables them: ``Pipeline(enable=[...])``.
OPT_IN: frozenset[str] = frozenset({"residual.cjk"})


def all_rules() -> list[Rule]:
    """Every rule of the default passes, in pipeline order."""
    return [rule for pass_ in DEFAULT_PASSES for rule in pass_.rules]
