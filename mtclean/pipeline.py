"""The pipeline: paragraphs, language gate, protection, passes in order.

::

    text ─► paragraphs (lossless) ─► English? ─► protected spans ─►
        pass 1 ─► pass 2 ─► … ─► cleaned paragraph + [Change]

Each pass proposes :class:`~mtclean.edits.Edit` objects for a paragraph; the
pipeline keeps those that touch no protected span and overlap no other,
applies them, and records each as a :class:`~mtclean.edits.Change` located
in the input text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import regex

from mtclean import edits, language, paragraphs, protect
from mtclean.edits import Change, OffsetMap, Span
from mtclean.glossary import Glossary, load_glossary
from mtclean.passes import DEFAULT_PASSES
from mtclean.rules import Context, Options, Pass
from mtclean.words import proper_nouns


@dataclass(frozen=True)
class Explanation:
    """The cleaned text and every change made to get there, in input order."""

    text: str
    changes: list[Change]


class Pipeline:
    """An ordered set of passes with the settings they run under.

    >>> Pipeline().clean("booming , The cooperation")
    'booming, the cooperation'

    ``passes`` defaults to :data:`mtclean.passes.DEFAULT_PASSES`; ``disable``
    names passes (``"casing"``) or rules (``"casing.fragment-start"``) to
    skip; ``protect`` adds regular expressions whose matches no pass may touch.
    """

    def __init__(
        self,
        passes: Sequence[Pass] | None = None,
        *,
        glossary: Glossary | None = None,
        options: Options | None = None,
        disable: Iterable[str] = (),
        protect: Iterable[str | regex.Pattern[str]] = (),
    ) -> None:
        disabled = frozenset(disable)
        self.passes = tuple(
            p for p in (DEFAULT_PASSES if passes is None else passes) if p.name not in disabled
        )
        self.disabled = disabled
        self.glossary = glossary if glossary is not None else load_glossary()
        self.options = options or Options()
        self.protect = tuple(regex.compile(p) if isinstance(p, str) else p for p in protect)

    def clean(self, text: str) -> str:
        """``text`` with every artifact the passes know how to fix, fixed."""
        return self.explain(text).text

    def explain(self, text: str) -> Explanation:
        """The cleaned text and the list of changes, each with its rule."""
        context = Context(self.glossary, self.options, proper_nouns(text))
        output: list[str] = []
        changes: list[Change] = []
        offset = 0
        for paragraph, separator in paragraphs.split(text):
            cleaned, found = self._clean_paragraph(paragraph, context)
            output.append(cleaned)
            output.append(separator)
            changes.extend(Change(c.rule, c.start + offset, c.end + offset, c.before, c.after) for c in found)
            offset += len(paragraph) + len(separator)
        return Explanation("".join(output), changes)

    def _clean_paragraph(self, paragraph: str, context: Context) -> tuple[str, list[Change]]:
        if not paragraph.strip() or not language.is_english(paragraph):
            return paragraph, []
        state = _State(paragraph, protect.find(paragraph, self.protect), protect.find_numbers(paragraph))
        for _ in range(_MAX_ROUNDS):
            for pass_ in self.passes:
                state.run(pass_, context, self.disabled)
            if state.text == paragraph or not self._unsettled(state, context):
                break
        state.changes.sort(key=lambda change: (change.start, change.end))
        return state.text, state.changes

    def _unsettled(self, state: _State, context: Context) -> bool:
        """Whether a ``settles`` pass would change the cleaned text again."""
        return any(
            edits.select(pass_.find(state.text, context, self.disabled), state.protected, state.atomic)
            for pass_ in self.passes
            if pass_.settles
        )


#: Rounds of passes over one paragraph at most (see ``Pass.settles``).
_MAX_ROUNDS = 3


class _State:
    """A paragraph being cleaned: its text, protected and atomic spans, and changes so far."""

    def __init__(self, paragraph: str, protected: list[Span], atomic: list[Span]) -> None:
        self.text = paragraph
        self.protected = protected
        self.atomic = atomic
        self.changes: list[Change] = []
        self._history: list[OffsetMap] = []

    def run(self, pass_: Pass, context: Context, disabled: frozenset[str]) -> None:
        """Apply one pass, recording its changes in the paragraph's coordinates."""
        chosen = edits.select(pass_.find(self.text, context, disabled), self.protected, self.atomic)
        if not chosen:
            return
        for edit in chosen:
            start, end = edit.start, edit.end
            for earlier in reversed(self._history):
                start = earlier.old_position(start, is_end=False)
                end = earlier.old_position(end, is_end=True)
            before = self.text[edit.start : edit.end]
            self.changes.append(Change(edit.rule, start, max(start, end), before, edit.replacement))
        offsets = OffsetMap(chosen)
        self._history.append(offsets)
        self.protected = offsets.shift_spans(self.protected)
        self.atomic = offsets.shift_spans(self.atomic)
        self.text = edits.apply(self.text, chosen)
