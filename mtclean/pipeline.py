"""The pipeline: paragraphs, language gate, protection, passes in order.

::

    text ─► paragraphs (lossless) ─► English? ─► protected spans ─►
        pass 1 ─► pass 2 ─► … ─► cleaned paragraph + [Change]

Each pass proposes :class:`~mtclean.edits.Edit` objects for a paragraph; the
pipeline keeps those that touch no protected span and overlap no other,
applies them, and records each as a :class:`~mtclean.edits.Change` located
in the input text.  The language gate and the protected spans are worked
out when the first pass proposes an edit (the result is the same, and a
paragraph no pass would touch never pays for them).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from operator import itemgetter
from typing import Literal

import regex

from mtclean import edits, language, paragraphs, protect
from mtclean.edits import Change, Edit, Explanation, OffsetMap, Record, Span
from mtclean.glossary import Glossary, load_glossary
from mtclean.html import clean_html, explain_html
from mtclean.passes import DEFAULT_PASSES, OPT_IN
from mtclean.passes.casing import lower_case_openings
from mtclean.rules import Context, Options, Pass
from mtclean.words import proper_nouns

#: Characters of text the streaming API cleans as one document (1 Mi).
WINDOW = 1 << 20

#: Input formats: plain text and Markdown are cleaned alike (code and link
#: targets are protected spans); HTML has only its text nodes cleaned.
Format = Literal["text", "markdown", "html"]


class Pipeline:
    """An ordered set of passes with the settings they run under.

    >>> Pipeline().clean("booming , The cooperation")
    'booming, the cooperation'

    ``passes`` defaults to :data:`mtclean.passes.DEFAULT_PASSES`; ``disable``
    names passes (``"casing"``) or rules (``"casing.fragment-start"``) to
    skip; ``enable`` names opt-in rules to run (:data:`mtclean.passes.OPT_IN`,
    such as ``"residual.cjk"``); ``protect`` adds regular expressions whose
    matches no pass may touch.
    """

    def __init__(
        self,
        passes: Sequence[Pass] | None = None,
        *,
        glossary: Glossary | None = None,
        options: Options | None = None,
        disable: Iterable[str] = (),
        enable: Iterable[str] = (),
        protect: Iterable[str | regex.Pattern[str]] = (),
    ) -> None:
        enabled = frozenset(enable)
        if enabled - OPT_IN:
            raise ValueError(f"not an opt-in rule: {', '.join(sorted(enabled - OPT_IN))}")
        disabled = frozenset(disable) | (OPT_IN - enabled)
        # A pass is left out when it, or every one of its rules, is disabled
        # (the opt-in ``residual`` pass by default): it would scan for nothing.
        self.passes = tuple(
            p
            for p in (DEFAULT_PASSES if passes is None else passes)
            if p.name not in disabled and not (p.rules and all(rule.name in disabled for rule in p.rules))
        )
        self.disabled = disabled
        self.glossary = glossary if glossary is not None else load_glossary()
        self.options = options or Options()
        self.protect = tuple(regex.compile(p) if isinstance(p, str) else p for p in protect)

    def clean(self, text: str, format: Format = "text") -> str:
        """``text`` with every artifact the passes know how to fix, fixed.

        With ``format="html"`` only the text nodes of the document are cleaned
        (see :func:`mtclean.html.clean_html`); the markup comes back byte for byte.
        """
        if format == "html":
            return clean_html(text, self)
        return "".join(self._clean_text(text, self._context(text), record=False)[0])

    def clean_fragments(self, fragments: Sequence[str], *, html: bool = False) -> list[str]:
        """Clean pieces of one document separately, with the document's context.

        Each fragment is cleaned on its own (no rule reaches across two), but
        evidence about names is gathered from all of them, as for one text.
        ``html`` says the fragments are the text nodes of an HTML page.
        """
        return [explanation.text for explanation in self._fragments(fragments, record=False, html=html)]

    def explain_fragments(self, fragments: Sequence[str], *, html: bool = False) -> list[Explanation]:
        """Like :meth:`clean_fragments`, with each fragment's changes located in the fragment."""
        return self._fragments(fragments, record=True, html=html)

    def _fragments(self, fragments: Sequence[str], *, record: bool, html: bool) -> list[Explanation]:
        # A fragment (an HTML text node) need not begin a paragraph: its
        # lower-case start is no evidence of garble.
        context = self._context("\n\n".join(fragments), paragraphs=False, html=html)
        explanations = []
        for fragment in fragments:
            output, records, residue = self._clean_text(fragment, context, record=record)
            explanations.append(Explanation("".join(output), _changes(records), residue))
        return explanations

    def _context(self, document: str, *, paragraphs: bool = True, html: bool = False) -> Context:
        """The context of a document: the settings, the names it shows and its lower-case openings.

        ``paragraphs`` says whether the pieces of ``document`` that will be
        cleaned are its paragraphs; ``html`` that they are text nodes of a page.
        """
        memo: dict[str, object] = {}  # the document's, where the passes keep what they work out once
        openings = lower_case_openings(document, memo) if paragraphs else 0
        return Context(
            self.glossary, self.options, proper_nouns(document), openings, document, memo, html=html
        )

    def explain(self, text: str, format: Format = "text") -> Explanation:
        """The cleaned text and the list of changes, each with its rule.

        With ``format="html"`` the changes are located in the HTML source
        and lie in its text nodes (see :func:`mtclean.html.explain_html`).
        """
        if format == "html":
            return explain_html(text, self)
        context = self._context(text)
        output, records, residue = self._clean_text(text, context, record=True)
        return Explanation("".join(output), _changes(records), residue, context.memo)

    def _recorded(self, text: str) -> tuple[list[Record], dict[str, object]]:
        """What :func:`mtclean.score` reads of :meth:`explain`: the changes as records, and the memo.

        Each record holds a :class:`~mtclean.edits.Change`'s fields in their
        order (``Change(*record)`` is the change :meth:`explain` lists).  A
        tuple of strings and numbers is left alone by the cyclic garbage
        collector after its first look at it, a ``Change`` is not: the
        thousands of a long text, alive until they are scored, made every
        other ``score()`` of a megabyte pay a full collection.

        >>> records, _ = Pipeline()._recorded("booming , The cooperation")
        >>> [Change(*record) for record in records] == Pipeline().explain("booming , The cooperation").changes
        True
        """
        context = self._context(text)
        return self._clean_text(text, context, record=True)[1], context.memo

    def _clean_text(
        self, text: str, context: Context, *, record: bool
    ) -> tuple[list[str], list[Record], list[Span]]:
        """The cleaned paragraphs and separators, and (if ``record``) the changes (as records) and residual CJK."""
        output: list[str] = []
        changes: list[Record] = []
        residue: list[Span] = []
        offset = out_offset = 0
        # The indentation a paragraph must exceed to belong to the literal block
        # that a paragraph ending in "::" opened (reStructuredText), left as it is.
        literal: int | None = None
        for paragraph, separator in paragraphs.split(text):
            in_literal_block = literal is not None and paragraphs.indentation(paragraph) > literal
            if paragraph.strip() and not in_literal_block:
                literal = paragraphs.literal_block_indent(paragraph)
            cleaned, found, cjk = self._clean_paragraph(
                paragraph, context, record, offset, literal=in_literal_block
            )
            offset += len(paragraph) + len(separator)
            if paragraph.strip() and not cleaned:
                # A paragraph removed whole (page furniture) takes a separator with it,
                # or the text would open with a blank line or hold two in a row.
                if separator:
                    if found:
                        found[-1] = _widened(found[-1], after=separator)
                    separator = ""
                else:  # the text's last paragraph: the blank lines before it go
                    dropped = ""
                    while output and not output[-1].strip():
                        dropped = output.pop() + dropped
                    out_offset -= len(dropped)
                    if found and dropped:
                        found[0] = _widened(found[0], before=dropped)
            output.append(cleaned)
            output.append(separator)
            changes.extend(found)
            residue.extend((start + out_offset, end + out_offset) for start, end in cjk)
            out_offset += len(cleaned) + len(separator)
        return output, changes, residue

    def clean_stream(self, chunks: Iterable[str], *, window: int = WINDOW) -> Iterator[str]:
        """Clean text that arrives in pieces, holding about ``window`` characters.

        The text is cut into windows of whole paragraphs (see
        :func:`windows`) and each is cleaned as a document, so a text shorter
        than ``window`` comes out exactly as :meth:`clean` would make it; a
        longer one differs only where a name's evidence (a capitalised word
        mid-sentence) lies in another window.

        >>> "".join(Pipeline().clean_stream(["booming , The ", "cooperation"]))
        'booming, the cooperation'
        """
        for text in windows(chunks, window):
            yield self.clean(text)

    def _clean_paragraph(
        self, paragraph: str, context: Context, record: bool, offset: int = 0, *, literal: bool = False
    ) -> tuple[str, list[Record], list[Span]]:
        """The cleaned paragraph, its changes (as records) located ``offset`` characters into the text, and its residual CJK.

        A paragraph of a ``literal`` block (code, output, a file's contents) is left as it is.
        """
        # The language gate and the protected spans are worked out only when a
        # pass first proposes an edit or CJK is left to report: most clean
        # paragraphs never need them.
        if literal or not paragraph.strip():
            return paragraph, [], []
        state = _State(paragraph, record, offset)
        passes, disabled = self.passes, self.disabled
        for _ in range(_MAX_ROUNDS):
            for pass_ in passes:
                seen = state.text
                proposed = state.find(pass_, context, disabled)
                if proposed:  # most passes propose nothing for most paragraphs
                    if state.protected is None and not self._gate(state, context):
                        return paragraph, [], []
                    state.apply(proposed)
                if pass_.settles:
                    state.quiet[pass_.name] = seen if state.text is seen else None
            if state.text == paragraph or not self._unsettled(state, context):
                break
        if not record:
            return state.text, [], []
        state.changes.sort(key=_START_END)
        # residual_cjk() returns at once on ASCII; a run survives if no protected span covers it.
        cjk = language.residual_cjk(state.text)
        if cjk and state.protected is None and not self._gate(state, context):
            return paragraph, [], []
        residue = [span for span in cjk if edits.select([Edit(*span, "", "")], state.protected or [])]
        return state.text, state.changes, residue

    def _gate(self, state: _State, context: Context) -> bool:
        """Whether the (still untouched) paragraph is English; if so, find its protected spans."""
        paragraph = state.text
        if not language.is_english(paragraph):
            return False
        state.protected = protect.find(paragraph, self.protect, markup_garble=not context.html)
        state.atomic = protect.find_numbers(paragraph)
        return True

    def _unsettled(self, state: _State, context: Context) -> bool:
        """Whether a ``settles`` pass would change the cleaned text again.

        A pass that changed nothing in the text as it now stands is not
        asked again: a pass is a function of the paragraph and the document
        (``Context.memo`` holds what it works out from the whole document,
        the same whenever asked), so it would find the same nothing.
        """
        protected = state.protected
        assert protected is not None, "the text changed, so it passed the gate"
        return any(
            edits.select(state.find(pass_, context, self.disabled), protected, state.atomic)
            for pass_ in self.passes
            if pass_.settles and state.quiet.get(pass_.name) is not state.text
        )


#: A record's start and end: the order of the changes of a paragraph.
_START_END = itemgetter(1, 2)


def _changes(records: list[Record]) -> list[Change]:
    """The changes of ``records`` (made once the text is cleaned, not as each edit is applied)."""
    return [Change(*record) for record in records]


def _widened(change: Record, *, before: str = "", after: str = "") -> Record:
    """``change`` taking in the text ``before`` and ``after`` it: the separator removed with its paragraph."""
    rule, start, end, replaced, replacement, evidence = change
    return rule, start - len(before), end + len(after), before + replaced + after, replacement, evidence


def windows(chunks: Iterable[str], size: int = WINDOW) -> Iterator[str]:
    r"""Join the paragraphs of ``"".join(chunks)`` into texts of about ``size`` characters.

    A window closes after the paragraph that brings it to ``size`` or more,
    so where the windows fall depends on the text alone, not on how it was
    cut into chunks.

    >>> list(windows(["One.\n\nTwo.\n\nThree, four.\n\nFive."], size=12))
    ['One.\n\nTwo.\n\n', 'Three, four.\n\n', 'Five.']
    """
    window: list[str] = []
    length = 0
    for paragraph, separator in paragraphs.split_stream(chunks, longest=size):
        window += (paragraph, separator)
        length += len(paragraph) + len(separator)
        if length >= size:
            yield "".join(window)
            window, length = [], 0
    if window:
        yield "".join(window)


#: Rounds of passes over one paragraph at most (see ``Pass.settles``).
_MAX_ROUNDS = 3


class _State:
    """A paragraph being cleaned: its text, protected and atomic spans, and changes so far."""

    def __init__(self, paragraph: str, record: bool, offset: int = 0) -> None:
        self.text = paragraph
        #: Whether to keep a :class:`Change` for every applied edit (``explain``).
        self.record = record
        #: Where the paragraph starts in the text: a change is located in the text at once,
        #: not made again, moved, once the paragraph is done.
        self.offset = offset
        #: ``None`` until the paragraph has passed the language gate.
        self.protected: list[Span] | None = None
        self.atomic: list[Span] = []
        #: The changes so far, as records (:data:`mtclean.edits.Record`).
        self.changes: list[Record] = []
        #: For each ``settles`` pass, the text it last looked at if it changed nothing
        #: there (the very string: the text is a new string after any change).
        self.quiet: dict[str, str | None] = {}
        #: Each applied pass's edits, or their map once made, to locate later changes in the paragraph.
        self._history: list[OffsetMap | list[Edit]] = []
        #: Whether an edit wrote a line break, which may have made a blank line
        #: (``markup.paragraph-break``): from then on each pass sees the new
        #: paragraphs one by one, as the next cleaning will, so that cleaning
        #: stays idempotent.
        self.broken = False

    def find(self, pass_: Pass, context: Context, disabled: frozenset[str]) -> list[Edit]:
        """The edits ``pass_`` proposes, paragraph by paragraph if the text now holds several."""
        if not self.broken:
            return pass_.find(self.text, context, disabled)
        found: list[Edit] = []
        start = 0
        for paragraph, separator in paragraphs.split(self.text):
            if paragraph.strip():
                found.extend(
                    Edit(edit.start + start, edit.end + start, edit.replacement, edit.rule)
                    for edit in pass_.find(paragraph, context, disabled)
                )
            start += len(paragraph) + len(separator)
        return found

    def apply(self, proposed: list[Edit]) -> None:
        """Apply one pass's edits, recording the changes in the paragraph's coordinates."""
        if not proposed or self.protected is None:
            return
        chosen = edits.select(proposed, self.protected, self.atomic)
        if not chosen:
            return
        if self.record:
            self._record(chosen)
        self.broken = self.broken or any("\n" in edit.replacement for edit in chosen)
        if self.protected or self.atomic:
            offsets = OffsetMap(chosen)
            self.protected = offsets.shift_spans(self.protected)
            self.atomic = offsets.shift_spans(self.atomic)
            if self.record:
                self._history.append(offsets)
        elif self.record:  # its map is made if a later pass's change needs it (most never do)
            self._history.append(chosen)
        self.text = edits.apply(self.text, chosen)

    def _record(self, chosen: list[Edit]) -> None:
        """Keep a record of each edit's change, located in the untouched paragraph (and so in the text)."""
        offset = self.offset
        history = self._history
        text = self.text
        append = self.changes.append
        if not history:  # the first pass to change the paragraph: its coordinates are the paragraph's
            self.changes += [
                (
                    edit.rule,
                    edit.start + offset,
                    max(edit.start, edit.end) + offset,
                    text[edit.start : edit.end],
                    edit.replacement,
                    edit.evidence,
                )
                for edit in chosen
            ]
            return
        maps = [
            earlier if isinstance(earlier, OffsetMap) else OffsetMap(earlier) for earlier in reversed(history)
        ]
        history[:] = maps[::-1]
        for edit in chosen:
            start, end = edit.start, edit.end
            for earlier in maps:
                start = earlier.old_position(start, is_end=False)
                end = earlier.old_position(end, is_end=True)
            append(
                (
                    edit.rule,
                    start + offset,
                    max(start, end) + offset,
                    text[edit.start : edit.end],
                    edit.replacement,
                    edit.evidence,
                )
            )
