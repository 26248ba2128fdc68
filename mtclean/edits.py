"""Edits: what a pass proposes, and the one function that applies them.

A pass never returns a new string.  It returns :class:`Edit` objects, each
naming the rule that wants the change; the pipeline decides which edits are
applied (none may touch a protected span, none may overlap another) and keeps
a record of every applied one as a :class:`Change`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

Span = tuple[int, int]
#: A :class:`Change`'s fields in their order (rule, start, end, before, after, evidence), as the
#: pipeline records them: ``Change(*record)`` is the change.
Record = tuple[str, int, int, str, str, str]


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``text[start:end]`` by ``replacement``, on behalf of ``rule``.

    ``start == end`` is an insertion.  ``rule`` is a dotted name such as
    ``"dates.month-day"``; the part before the dot is the pass.
    ``evidence`` says, for a rule that decides on evidence found elsewhere
    in the document, where that evidence is ("" otherwise).
    """

    start: int
    end: int
    replacement: str
    rule: str
    evidence: str = field(default="", repr=False)


@dataclass(frozen=True, slots=True)
class Change:
    """An applied edit, as :func:`mtclean.explain` reports it.

    ``start`` and ``end`` locate the change in the *input* text; ``before`` is
    the text the rule replaced (as the pass saw it) and ``after`` what it
    wrote instead.  ``evidence`` is the edit's evidence from elsewhere in the
    document (``glossary.name-in-document`` names the sentence), or "".
    """

    rule: str
    start: int
    end: int
    before: str
    after: str
    evidence: str = ""

    def moved(self, offset: int) -> Change:
        """The same change ``offset`` characters further on."""
        return Change(
            self.rule, self.start + offset, self.end + offset, self.before, self.after, self.evidence
        )


def touches(edit: Edit, span: Span) -> bool:
    """Whether ``edit`` would alter or split the protected ``span``.

    >>> touches(Edit(3, 5, "", "r"), (4, 9)), touches(Edit(0, 4, "", "r"), (4, 9))
    (True, False)
    >>> touches(Edit(6, 6, "x", "r"), (4, 9))   # an insertion inside the span
    True
    """
    start, end = span
    if edit.start == edit.end:
        return start < edit.start < end
    return edit.start < end and start < edit.end


def select(edits: Iterable[Edit], protected: Sequence[Span], atomic: Sequence[Span] = ()) -> list[Edit]:
    """Keep the edits that touch no protected span and overlap no earlier one.

    Edits are taken in order of position; of two overlapping edits the one
    that starts first wins, and at the same start the longer one.  An edit
    may replace an ``atomic`` span whole, but not begin or end inside one.
    Both lists of spans must be sorted and free of overlaps (as
    :func:`mtclean.protect.merge` and :func:`mtclean.protect.find_numbers`
    return them); each test is a binary search.

    >>> select([Edit(0, 5, "x", "r"), Edit(6, 7, "", "r")], [], atomic=[(0, 5), (6, 9)])
    [Edit(start=0, end=5, replacement='x', rule='r')]
    """
    protected_starts = [start for start, _ in protected]
    atomic_starts = [start for start, _ in atomic]
    chosen: list[Edit] = []
    last_end = -1
    for edit in sorted(edits, key=_order):
        if edit.start < last_end or (edit.start == last_end and chosen and chosen[-1].start == edit.start):
            continue
        if protected and _inside(
            protected, protected_starts, edit.start, edit.end if edit.end > edit.start else None
        ):
            continue
        if atomic and (
            _inside(atomic, atomic_starts, edit.start) or _inside(atomic, atomic_starts, edit.end)
        ):
            continue
        chosen.append(edit)
        last_end = edit.end
    return chosen


def _order(edit: Edit) -> tuple[int, int]:
    """Edits by start, and the longer first at the same start."""
    return edit.start, edit.start - edit.end


def _inside(spans: Sequence[Span], starts: Sequence[int], start: int, end: int | None = None) -> bool:
    """Whether ``start`` lies strictly inside a span, or ``[start, end)`` overlaps one."""
    index = bisect_left(starts, start if end is None else end) - 1
    if index < 0:
        return False
    span_start, span_end = spans[index]
    if end is None:
        return span_start < start < span_end
    return start < span_end


def apply(text: str, edits: Sequence[Edit]) -> str:
    """Apply sorted, non-overlapping ``edits`` to ``text``.

    >>> apply("booming , The", [Edit(7, 8, "", "p"), Edit(10, 11, "t", "c")])
    'booming, the'
    """
    parts: list[str] = []
    position = 0
    for edit in edits:
        parts.append(text[position : edit.start])
        parts.append(edit.replacement)
        position = edit.end
    parts.append(text[position:])
    return "".join(parts)


class OffsetMap:
    """Maps positions in an edited text back to the text before the edits."""

    def __init__(self, edits: Sequence[Edit]) -> None:
        self._new_starts: list[int] = []
        self._edits = list(edits)
        self._old_ends = [edit.end for edit in self._edits]
        self._shifts = [0]  # _shifts[i]: the shift made by the first i edits
        shift = 0
        for edit in self._edits:
            self._new_starts.append(edit.start + shift)
            shift += len(edit.replacement) - (edit.end - edit.start)
            self._shifts.append(shift)

    def old_position(self, position: int, *, is_end: bool) -> int:
        """The position in the old text that ``position`` in the new one came from.

        A position inside a replacement maps to the start of the replaced span
        (or its end, for the end of a range).
        """
        index = bisect_right(self._new_starts, position) - 1
        if index < 0:
            return position
        edit = self._edits[index]
        new_start = self._new_starts[index]
        new_end = new_start + len(edit.replacement)
        if position >= new_end and not (is_end and position == new_end == new_start):
            return edit.end + (position - new_end)
        return edit.end if is_end and position > new_start else edit.start

    def shift_spans(self, spans: Sequence[Span]) -> list[Span]:
        """Where sorted, non-overlapping spans lie in the new text, in one sweep.

        A span that an edit replaced (wholly, as :func:`select` allows only for
        atomic spans) is gone and left out.

        >>> OffsetMap([Edit(0, 1, "ab", "r"), Edit(4, 6, "", "r")]).shift_spans([(2, 3), (4, 6), (7, 9)])
        [(3, 4), (6, 8)]
        """
        shifted: list[Span] = []
        shift = 0
        index = 0
        edits = self._edits
        for start, end in spans:
            while index < len(edits) and edits[index].end <= start:
                shift += len(edits[index].replacement) - (edits[index].end - edits[index].start)
                index += 1
            if index < len(edits) and edits[index].start < end and edits[index].end > edits[index].start:
                continue
            shifted.append((start + shift, end + shift))
        return shifted

    def replaced(self) -> list[Span]:
        """Where each edit's replacement lies in the new text.

        >>> OffsetMap([Edit(0, 1, "ab", "r"), Edit(4, 6, "xyz", "r")]).replaced()
        [(0, 2), (5, 8)]
        """
        return [
            (start, start + len(edit.replacement))
            for start, edit in zip(self._new_starts, self._edits, strict=True)
        ]

    def shift_span(self, span: Span) -> Span:
        """Where an untouched span of the old text lies in the new text (a binary search)."""
        start, end = span
        shift = self._shifts[bisect_right(self._old_ends, start)]
        return start + shift, end + shift


@dataclass(frozen=True)
class Explanation:
    """The cleaned text and every change made to get there, in input order.

    ``residual_cjk`` lists the spans of ``text`` (the cleaned text) that still
    hold CJK letters inside a paragraph cleaned as English: untranslated
    words, such as ``吉利`` in ``Geely (吉利) said``.  Protected spans are not
    reported.
    """

    text: str
    changes: list[Change]
    residual_cjk: list[Span] = field(default_factory=list)
    #: What the passes worked out about the document (``Context.memo``), for the garble score.
    memo: dict[str, object] = field(default_factory=dict, compare=False, repr=False)
