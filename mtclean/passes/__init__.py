"""The passes, and the one list that says which run by default and in what order.

Order matters:

1. ``unicode`` first, so every later pass sees real characters, then
   ``markup``, so that no pass reads a tokenised tag's words as prose,
   ``apostrophes``, while the garble it needs as evidence is still there, and
   ``boilerplate``, so page furniture (a breadcrumb, a byline) is gone before
   anything reads the paragraph's first words;
2. ``glossary`` before casing, so names are right (``geely`` → ``Geely``)
   before anything decides what is a proper noun;
3. ``dates`` and ``numbers``, whose patterns contain capitalised words
   (``Japan``, ``Many``) that casing must not see first;
4. ``enumerators`` numbers Chinese list items the English way before casing
   reads the word after the number;
5. ``casing`` while the garble's spaced punctuation is still there as
   evidence;
6. ``phrases`` after casing, so the clause after a calque is already lowered;
7. ``lists``, ``chinese``, ``punctuation`` and ``quotes`` last, removing the
   evidence; ``residual`` (opt-in) between ``chinese`` and ``punctuation``,
   so that ``（吉利）`` is already a bracket and the punctuation pass tidies
   the spaces it leaves; ``repeats`` once the Chinese marks are English ones
   (``、a a`` is ``, a a`` by then, as a second run would see it); ``tokens``
   (names, identifiers and numbers MT split with a space) just before
   ``punctuation``, once casing has seen the text;
8. ``spacing`` last: the spaces MT lost or doubled between words are judged
   on the line as every other pass leaves it, so a second run decides the same.

Rules in :data:`OPT_IN` are listed here but run only when a pipeline names
them in ``enable``.
"""

from __future__ import annotations

from mtclean.passes.apostrophes import APOSTROPHES
from mtclean.passes.boilerplate import BOILERPLATE
from mtclean.passes.casing import CASING
from mtclean.passes.chinese import CHINESE
from mtclean.passes.dates import DATES
from mtclean.passes.enumerators import ENUMERATORS
from mtclean.passes.glossary import GLOSSARY, PHRASES
from mtclean.passes.lists import LISTS
from mtclean.passes.markup import MARKUP
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
    MARKUP,
    APOSTROPHES,
    BOILERPLATE,
    GLOSSARY,
    DATES,
    NUMBERS,
    ENUMERATORS,
    CASING,
    PHRASES,
    LISTS,
    CHINESE,
    RESIDUAL,
    REPEATS,
    TOKENS,
    PUNCTUATION,
    QUOTES,
    SPACING,
)

#: Rules that are off unless a pipeline enables them: ``Pipeline(enable=[...])``.
OPT_IN: frozenset[str] = frozenset({"residual.cjk"})


def all_rules() -> list[Rule]:
    """Every rule of the default passes, in pipeline order."""
    return [rule for pass_ in DEFAULT_PASSES for rule in pass_.rules]
