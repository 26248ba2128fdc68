"""Rules and passes: the vocabulary every pass module is written in.

A :class:`Rule` is a named fix with a docstring that shows its examples as
doctests (run by the test suite, and read by the docs).  Most rules are a
regular expression plus a function that decides the replacement for one
match (:class:`RegexRule`, made with the :func:`regex_rule` decorator).  A
:class:`Pass` is an ordered group of rules for one family of artifacts; it
looks at a paragraph and returns :class:`~mtclean.edits.Edit` objects.
"""

from __future__ import annotations

import ast
import importlib
import pickle
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Literal, TypeVar

import regex

from mtclean.edits import Edit

if TYPE_CHECKING:
    from mtclean.glossary import Glossary

DateStyle = Literal["month-first", "day-first"]


@dataclass(frozen=True)
class Options:
    """User settings that change what rules write (never whether they are safe).

    ``date_style`` chooses ``August 9, 2021`` (``"month-first"``, the default)
    or ``9 August 2021`` (``"day-first"``).
    """

    date_style: DateStyle = "month-first"


@dataclass(frozen=True)
class Context:
    """What a pass may know besides the paragraph itself.

    ``proper_nouns`` holds words seen capitalised mid-sentence elsewhere in the
    document: evidence that lowering them would damage a name.
    ``lower_case_openings`` counts the paragraphs of the document that open a
    sentence of prose in lower case (see
    :func:`mtclean.passes.casing.opens_in_lower_case`): several of them are
    evidence of garble, one is an excerpt.  It is 0 when the pieces cleaned
    are not paragraphs (the text nodes of an HTML page).
    ``document`` is the whole text the paragraph belongs to ("" if unknown),
    and ``memo`` holds what a pass works out about that document, once, on
    first need (keyed by the pass's name): the glossary's discourse evidence.
    ``html`` tells that the text is a text node of an HTML page
    (``format="html"``), whose markup is real, not garble.
    """

    glossary: Glossary
    options: Options = field(default_factory=Options)
    proper_nouns: frozenset[str] = frozenset()
    lower_case_openings: int = 0
    document: str = field(default="", repr=False)
    memo: dict[str, object] = field(default_factory=dict, compare=False, repr=False)
    html: bool = False


Replace = Callable[["regex.Match[str]", Context], "str | None"]


#: Lower-case letters by how rare they are in English text, rarest first.
_LETTERS_BY_RARITY = "zqxjkvbpygfwmucldrhsnioate"
#: Characters too common for :mod:`re` to gain by skipping ahead to them.
_TOO_COMMON = frozenset(" \tetaoinshrdlcum")
#: The most characters a trigger's needles may open with to be searched one pattern per
#: character: each then opens with a literal, which :mod:`re` skips ahead to far faster than
#: to the class of first characters an alternation opens with (two needles of two
#: characters cost half as much so); with more, the calls cost more than they save.
_SEPARATE_ANCHORS = 4


def _rarity(char: str) -> int:
    """How common ``char`` is in English text, roughly: marks 0, digits 1, capitals 2, then letters."""
    if char in " \t":
        return 99
    if char.isdigit():
        return 1
    if char.isupper():
        return 2
    return 3 + _LETTERS_BY_RARITY.find(char) if char.isalpha() else 0


def _anchored(needle: str) -> str | None:
    r"""``needle`` as a pattern that opens with its rarest character, or None if every character is common.

    The characters before it are checked behind it, and a space or a tab
    stands for either, as in :meth:`Trigger.found`.

    >>> _anchored(" ,"), _anchored("Yuan"), _anchored(" near ")
    (',(?<=[ \\t],)', 'Y(?:uan)', None)
    """
    at = min(range(len(needle)), key=lambda index: _rarity(needle[index]))
    if needle[at] in _TOO_COMMON:
        return None

    def literal(text: str) -> str:
        return "".join(r"[ \t]" if char in " \t" else re.escape(char) for char in text)

    behind = f"(?<={literal(needle[: at + 1])})" if at else ""
    after = literal(needle[at + 1 :])
    return re.escape(needle[at]) + behind + (f"(?:{after})" if after else "")


#: Characters that open no literal in a pattern.
_NOT_LITERAL = frozenset(".^$*+?{}[]()|\\")


def _opening_literal(pattern: str) -> str | None:
    r"""The literal character every match of ``pattern`` opens with (as written), or None if there is none to tell.

    Only a hint for grouping cues (a wrong one costs speed, never a match):
    a pattern with an alternation outside brackets, or whose first
    character is optional, has none.

    >>> _opening_literal(r"2[ \t]+1"), _opening_literal(r"\.[ \t]+\d"), _opening_literal(r"K[Mm]|Nm")
    ('2', '\\.', None)
    >>> _opening_literal(r"\d:\d"), _opening_literal("a?b"), _opening_literal(r"\A[ \t]*x")
    (None, None, None)
    """
    if pattern[:1] == "\\" and len(pattern) > 1 and not pattern[1].isalnum():
        literal = pattern[:2]
    elif pattern[:1] and pattern[0] not in _NOT_LITERAL:
        literal = pattern[0]
    else:
        return None
    if pattern[len(literal) : len(literal) + 1] in ("?", "*", "{", "|"):
        return None
    depth, escaped, in_class = 0, False, False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return None
    return literal


def _needle_patterns(groups: list[list[str]]) -> tuple[re.Pattern[str], ...]:
    """One pattern per group of anchored needles if there are few groups, else one of them all."""
    if len(groups) <= _SEPARATE_ANCHORS:
        return tuple(re.compile("|".join(group)) for group in groups)
    return (re.compile("|".join(pattern for group in groups for pattern in group)),)


@dataclass(frozen=True)
class Trigger:
    r"""What a paragraph must contain for some rules to be worth running.

    Any of ``needles`` (substrings) or a match of one of ``cues`` (patterns
    for :mod:`re`).  A needle with a rare character (a mark, a digit, a
    capital, an uncommon letter) is found by one pattern of them all, each
    opening with that character: :mod:`re` skips ahead to the characters
    an alternation can open with, far faster than forty ``in`` tests; when
    they open with a few characters only, by one pattern per character,
    each of which :mod:`re` skips ahead to faster still; the
    needles of common letters and spaces only are found with ``in``.  The
    cues are searched one by one, except that cues opening with the same
    literal character are one alternation (``2[ \t]+1`` and ``20[ \t]\d\d``):
    it keeps that character for :mod:`re` to skip ahead to, and one call
    costs a quarter of four.  Joined into one alternation, cues opening
    with different characters would lose what makes each fast, and cost
    several times their sum.

    >>> trigger = Trigger.of(needs=[" month", " month ", " year"], cues=[r"\d:\d"])
    >>> trigger.needles, trigger.found("in 3 months"), trigger.found("at 4:30"), trigger.found("ok")
    ((' year', ' month'), True, True, False)
    """

    needles: tuple[str, ...]
    cues: tuple[re.Pattern[str], ...] = ()
    #: The needles with a rare character, as one pattern, or one per character they open with
    #: (``_rare_wide``: those whose rare character is not ASCII).
    _rare: tuple[re.Pattern[str], ...] = field(init=False, repr=False, compare=False)
    _rare_wide: tuple[re.Pattern[str], ...] = field(init=False, repr=False, compare=False)
    #: The other needles, found with ``in``.
    _common: tuple[str, ...] = field(init=False, repr=False, compare=False)
    #: The cues, those that open with the same literal character joined into one pattern.
    _cue_groups: tuple[re.Pattern[str], ...] = field(init=False, repr=False, compare=False)
    #: The ``search`` of every pattern asked of any text (``_rare``, then ``_cue_groups``), and
    #: of those asked only of a text with a character outside ASCII (``_rare_wide``): a trigger
    #: is asked of every paragraph by each pass and rule, and a loop over bound methods costs
    #: a quarter less than attribute look-ups and a generator passed to ``any``.
    _searches: tuple[Callable[[str], re.Match[str] | None], ...] = field(
        init=False, repr=False, compare=False
    )
    _wide_searches: tuple[Callable[[str], re.Match[str] | None], ...] = field(
        init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        anchored = {needle: _anchored(needle) for needle in self.needles}
        by_anchor: dict[str, list[str]] = {}
        for pattern in anchored.values():
            if pattern is not None:  # grouped by the character it opens with (escaped or not)
                by_anchor.setdefault(pattern[:2] if pattern.startswith("\\") else pattern[:1], []).append(
                    pattern
                )
        # Those that open with a character outside ASCII are asked only of a text that has one.
        narrow = [group for anchor, group in by_anchor.items() if anchor.isascii()]
        wide = [group for anchor, group in by_anchor.items() if not anchor.isascii()]
        object.__setattr__(self, "_rare", _needle_patterns(narrow))
        object.__setattr__(self, "_rare_wide", _needle_patterns(wide))
        common = (needle.replace("\t", " ") for needle, pattern in anchored.items() if pattern is None)
        object.__setattr__(self, "_common", tuple(common))
        by_literal: dict[str | None, list[re.Pattern[str]]] = {}
        for cue in self.cues:
            # (Not a cue with global flags or groups, which a backreference may count.)
            literal = (
                _opening_literal(cue.pattern) if not cue.flags & ~re.UNICODE and not cue.groups else None
            )
            by_literal.setdefault(literal, []).append(cue)
        cue_groups = [
            cue
            for literal, group in by_literal.items()
            for cue in (
                group
                if literal is None or len(group) == 1
                else [re.compile("|".join(f"(?:{c.pattern})" for c in group))]
            )
        ]
        object.__setattr__(self, "_cue_groups", tuple(cue_groups))
        object.__setattr__(self, "_searches", tuple(pattern.search for pattern in (*self._rare, *cue_groups)))
        object.__setattr__(self, "_wide_searches", tuple(pattern.search for pattern in self._rare_wide))

    @classmethod
    def of(cls, needs: Iterable[str] = (), cues: Iterable[str] = ()) -> Trigger:
        """The trigger for any of ``needs`` or ``cues``.

        A needle that contains another is left out: wherever it occurs, so
        does the shorter one.
        """
        unique = sorted(set(needs), key=lambda needle: (len(needle), needle))
        needles = tuple(
            needle for needle in unique if not any(other in needle for other in unique if other != needle)
        )
        return cls(needles, tuple(re.compile(cue) for cue in dict.fromkeys(cues)))

    def found(self, text: str) -> bool:
        r"""Whether ``text`` has any of the needles or a match of the cue.

        A space in a needle also stands for a tab, as ``[ \t]`` does in the
        rules' patterns.

        >>> Trigger.of(needs=[" month "]).found("8\tmonth\t9")
        True
        """
        # The needles with a rare character and the cues first, in one loop: the answer is
        # the same in any order, and these are the cheapest questions.
        for search in self._searches:
            if search(text) is not None:
                return True
        if self._wide_searches and not text.isascii():  # a flag, not a scan
            for search in self._wide_searches:
                if search(text) is not None:
                    return True
        common = self._common
        if common:
            haystack = text.replace("\t", " ") if "\t" in text else text
            return any(map(haystack.__contains__, common))  # the loop runs in C
        return False


@dataclass(frozen=True)
class Rule:
    """A named fix.  ``name`` is ``"<pass>.<rule>"``; the docstring documents it."""

    name: str
    doc: str

    @property
    def summary(self) -> str:
        """The first line of the rule's documentation."""
        return self.doc.strip().splitlines()[0] if self.doc.strip() else ""

    @property
    def examples(self) -> list[tuple[str, str]]:
        """``(before, after)`` pairs taken from the doctests in the docstring."""
        pairs = []
        import doctest  # only the docs and the tests ask for examples

        for example in doctest.DocTestParser().get_examples(self.doc):
            source = example.source.strip()
            if source.startswith("clean(") and example.want.strip():
                before = ast.literal_eval(source[len("clean(") : -1])
                after = ast.literal_eval(example.want.strip())
                pairs.append((before, after))
        return pairs


@dataclass(frozen=True)
class RegexRule(Rule):
    """A rule that proposes one edit per match of ``pattern``.

    ``replace`` returns the replacement for the whole match, or ``None`` to
    leave that match alone.  ``needs`` lists substrings of which at least one
    must occur in the paragraph for the pattern to be worth running; when
    they are too common to tell (a comma), ``cue`` is instead a cheap
    pattern (for :mod:`re`) that finds something every match contains, or
    several such patterns (a tuple), searched one by one: each can open
    with its own literal, which :mod:`re` skips ahead to, where one
    alternation of them would be tried at every character of its branches'
    first characters.

    ``also`` is a second, independent gate checked after the trigger:
    patterns for :mod:`re` of which one must be found as well, because
    every match contains a match of one.  A rule whose trigger is evidence
    found in most garbled paragraphs (a spaced comma) gives there the shape
    of the word it edits (``dont``), so that its pattern, which no literal
    opens, scans only the paragraphs that hold such a word.
    """

    #: The pattern's source, compiled (with ``flags``) the first time the rule runs.
    source: str = field(repr=False)
    replace: Replace = field(repr=False)
    needs: tuple[str, ...] = ()
    cue: str | tuple[str, ...] | None = None
    flags: int = 0
    also: tuple[str, ...] = ()
    #: ``cue``, or else ``needs``; ``None`` for a rule that runs on every paragraph.
    trigger: Trigger | None = field(init=False, repr=False, compare=False)
    #: ``also``, compiled (``None`` without it).
    also_trigger: Trigger | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.cue is not None:
            trigger: Trigger | None = Trigger.of(cues=[self.cue] if isinstance(self.cue, str) else self.cue)
        else:
            trigger = Trigger.of(needs=self.needs) if self.needs else None
        object.__setattr__(self, "trigger", trigger)
        object.__setattr__(self, "also_trigger", Trigger.of(cues=self.also) if self.also else None)

    @cached_property
    def pattern(self) -> regex.Pattern[str]:
        """The compiled pattern.

        Compiled on first use: most rules never run on a short input (their
        trigger is not found), and compiling them all would cost every
        ``mtclean`` command a good part of its start-up time.
        """
        return regex.compile(self.source, self.flags | regex.VERSION1)

    def __reduce__(self) -> tuple[Callable[[str, str], RegexRule], tuple[str, str]]:
        """Pickle by reference (module and name): the replacement function is not picklable."""
        module = self.replace.__module__
        try:
            found = _module_rule(module, self.name)
        except LookupError:
            found = None
        if found is not self:
            raise pickle.PicklingError(f"rule {self.name!r} is not a module-level name of {module}")
        return _module_rule, (module, self.name)

    def find(self, text: str, context: Context) -> list[Edit]:
        """Edits for every match in ``text`` that the rule wants to change."""
        if self.trigger is not None and not self.trigger.found(text):
            return []
        if self.also_trigger is not None and not self.also_trigger.found(text):
            return []
        return self._edits(text, context)

    def _edits(self, text: str, context: Context) -> list[Edit]:
        """What :meth:`find` returns once both gates are passed (:meth:`Pass.find` asks them itself)."""
        found = []
        for match in self.pattern.finditer(text):
            replacement = self.replace(match, context)
            if replacement is not None and replacement != match.group():
                found.append(Edit(match.start(), match.end(), replacement, self.name))
        return found


def _module_rule(module: str, name: str) -> RegexRule:
    """The rule called ``name`` among the module-level names of ``module``."""
    for value in vars(importlib.import_module(module)).values():
        if isinstance(value, RegexRule) and value.name == name:
            return value
    raise LookupError(f"no rule {name!r} in {module}")


def regex_rule(
    name: str,
    pattern: str,
    *,
    flags: int = 0,
    needs: Sequence[str] = (),
    cue: str | Sequence[str] | None = None,
    also: Sequence[str] = (),
) -> Callable[[Replace], RegexRule]:
    """Decorate a replacement function to make a :class:`RegexRule`.

    The function's docstring becomes the rule's documentation.
    """

    def make(replace: Replace) -> RegexRule:
        return RegexRule(
            name=name,
            doc=replace.__doc__ or "",
            source=pattern,
            replace=replace,
            needs=tuple(needs),
            cue=cue if cue is None or isinstance(cue, str) else tuple(cue),
            flags=flags,
            also=tuple(also),
        )

    return make


_T = TypeVar("_T")


def per_paragraph(compute: Callable[[str], _T]) -> Callable[[str], _T]:
    """``compute``, worked out once for the paragraph a pass is working on.

    A replacement function that needs a fact about the whole paragraph (the
    numbers of its list items, which of its lines are prose) asks for it at
    every match; working it out each time would make many matches quadratic.
    The result for the last paragraph asked about is kept (by identity).

    >>> calls = []
    >>> count = per_paragraph(lambda text: calls.append(text) or len(text))
    >>> text = "one paragraph"
    >>> count(text), count(text), len(calls)
    (13, 13, 1)
    """
    last: list[tuple[str, _T]] = []

    def cached(text: str) -> _T:
        if not last or last[0][0] is not text:
            last[:] = [(text, compute(text))]
        return last[0][1]

    return cached


def word_before(match: regex.Match[str], reach: int = 64) -> str:
    """The word just before ``match``, looking back at most ``reach`` characters.

    Bounded, so a replacement function that asks at every match stays linear.

    >>> word_before(regex.search("t", "can t"))
    'can'
    """
    words = match.string[max(0, match.start() - reach) : match.start()].split()
    return words[-1] if words else ""


def line_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the line of ``text`` that holds ``text[start:end]`` (without its line break).

    >>> text = "one\\ntwo three\\nfour"
    >>> line_around(text, 8, 13), text[slice(*line_around(text, 8, 13))]
    ((4, 13), 'two three')
    """
    line_end = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if line_end < 0 else line_end


def substitute(template: str) -> Replace:
    """A replacement function that expands ``template`` (``\\1``, ``\\g<name>``)."""

    def replace(match: regex.Match[str], context: Context) -> str:
        return match.expand(template)

    return replace


Finder = Callable[[str, Context], Iterable[Edit]]


@dataclass(frozen=True)
class Pass:
    """An ordered group of rules for one family of artifacts.

    By default a pass runs each of its :class:`RegexRule` objects over the
    paragraph.  A pass with its own logic (the glossary) gives ``finder``
    instead and lists the rules it reports in ``rules``.

    ``settles`` marks a pass whose decisions depend on its surroundings in
    ways other passes can change (ftfy's mojibake detection): if it would
    change the cleaned paragraph, the pipeline runs all passes once more, so
    that cleaning stays idempotent.
    """

    name: str
    rules: tuple[Rule, ...]
    finder: Finder | None = None
    settles: bool = False
    #: Any rule's trigger, when every rule has one: a paragraph
    #: without a match is skipped by the whole pass in one scan.
    trigger: Trigger | None = field(init=False, repr=False, compare=False)
    #: The rules the pass runs itself (a pass with a finder lists the rules it reports).
    _regex_rules: tuple[RegexRule, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        rules = [rule for rule in self.rules if isinstance(rule, RegexRule)]
        object.__setattr__(self, "_regex_rules", tuple(rules))
        triggers = [rule.trigger for rule in rules if rule.trigger is not None]
        gated = self.finder is None and len(triggers) == len(rules) > 0
        trigger = (
            Trigger.of(
                needs=[needle for trigger in triggers for needle in trigger.needles],
                cues=[cue.pattern for trigger in triggers for cue in trigger.cues],
            )
            if gated
            else None
        )
        object.__setattr__(self, "trigger", trigger)

    def find(self, text: str, context: Context, disabled: frozenset[str] = frozenset()) -> list[Edit]:
        """All the edits this pass proposes for ``text``, minus disabled rules."""
        if self.trigger is not None and not self.trigger.found(text):
            return []
        if self.finder is not None:
            return [edit for edit in self.finder(text, context) if edit.rule not in disabled]
        found: list[Edit] = []
        # RegexRule.find, its gates asked here: most rules stop at them, and a call less
        # for each of a pass's rules on every paragraph is worth the repetition.
        for rule in self._regex_rules:
            if disabled and rule.name in disabled:
                continue
            trigger = rule.trigger
            if trigger is not None and not trigger.found(text):
                continue
            also = rule.also_trigger
            if also is not None and not also.found(text):
                continue
            found += rule._edits(text, context)
        return found
