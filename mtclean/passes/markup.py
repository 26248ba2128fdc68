"""HTML tags translated as words: ``said. < / p > < p > when`` → a paragraph break.

When a web page is machine-translated as plain text, its markup comes out
tokenised like the words around it: ``< / p > < p >`` between sentences,
``< a target = "_ blank" href=" https://x.com/a "> new cars < / a >`` around
a link's words.  A tag is garble only in that spaced shape (a space after
``<`` or after its ``/``; see :data:`mtclean.protect.SPACED_TAG`), with an
HTML element's name and, if it has attributes, only ``name="value"``
attributes: so ``<p>``, ``<a href="x">`` (real markup, a protected span),
``a < b and c > d``, ``x < 5 > y`` and ``<= 3`` never match.  A bare opening
tag that could be a comparison (``a < b > c``) needs more evidence: for a
paragraph tag, a sentence before it or the edge of a line; for an inline tag,
a spaced closing tag of the same element after it.

Tags next to each other (``< / a > < / p > < p >``) are handled as one run.
The text nodes of an HTML page (``format="html"``) are the page's own words,
so the pass leaves them alone; code spans are protected as everywhere.  The
pass runs right after ``unicode``, before any pass reads the tags' attribute
words (``target``, ``blank``) as prose.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from mtclean.edits import Edit
from mtclean.protect import BLOCK_ELEMENTS, SPACED_TAG, SPACED_TAG_NEEDLES
from mtclean.rules import Context, Pass, Rule, per_paragraph, regex_rule

PARAGRAPH_BREAK = Rule(
    "markup.paragraph-break",
    """Spaced paragraph and line-break tags become a paragraph break.

    Between two sentences the tags become a blank line and the next sentence
    starts with a capital, as a careful editor writes it; at the edge of a
    line they go; inside a sentence they become a space.

    >>> clean("The phone sold out. < / P > < p > when it comes back, it costs more.")
    'The phone sold out.\\n\\nWhen it comes back, it costs more.'
    >>> clean("< p > Stir the sauce. < br / > Serve hot. < / p >")
    'Stir the sauce.\\n\\nServe hot.'
    >>> clean("Prices rose. < / p >< p > analysts expect more.")
    'Prices rose.\\n\\nAnalysts expect more.'
    >>> clean("If i < p > j, swap them; <p>real tags</p> stay.")
    'If i < p > j, swap them; <p>real tags</p> stay.'
    """,
)
INLINE_TAG = Rule(
    "markup.inline-tag",
    """A spaced inline tag is removed; the words it wrapped stay.

    >>> clean('See < a target = "_ blank" href=" https://x.com/a "> new cars < / a > here.')
    'See new cars here.'
    >>> clean('It is < span style = "color: red" > hot < / span >, < b > very < / b > hot.')
    'It is hot, very hot.'
    >>> clean("If a < b and c > d, or a < b > c, then <b>stop</b>.")
    'If a < b and c > d, or a < b > c, then <b>stop</b>.'

    A bare opening tag that opens a line, glued to the heading it wraps, is
    markup too: a comparison needs a term on its left.

    >>> clean("< span>Manufacturing process\\n\\nEach mattress is sewn by hand.")
    'Manufacturing process\\n\\nEach mattress is sewn by hand.'
    """,
)

_TAG = regex.compile(SPACED_TAG, regex.VERSION1)
# The needles of a spaced tag as one pattern, which opens with ``<`` for ``re`` to skip ahead
# to: one scan of the paragraph instead of four ``in`` tests from a generator.
_TAG_NEEDLES = re.compile("|".join(map(re.escape, SPACED_TAG_NEEDLES)))
# A sentence's end: the mark and up to a few closing quotes and brackets.
_SPACES = " \t\r\n"
_SENTENCE_END = regex.compile(r"[.!?…][”\"’')\]]{0,6}\Z")
_LOWER_WORD = regex.compile(r"\p{Ll}+\b")
# After these a removed tag leaves no space: "cars < / a >." → "cars."; "(< b > x" → "(x".
_NO_SPACE_AFTER = "([{“‘"
_NO_SPACE_BEFORE = ",.;:!?)]}”’"


def find_markup(text: str, context: Context) -> Iterator[Edit]:
    """Edits that remove tokenised tags, or turn a run of paragraph tags into a break."""
    if context.html or _TAG_NEEDLES.search(text) is None:
        return
    found = list(_TAG.finditer(text))
    # Where each element's last spaced closing tag ends: a bare opening tag before it is markup.
    last_close = {tag["name"].lower(): tag.end() for tag in found if tag["close"]}
    # A bare inline tag with no closing tag after it may be a comparison ("a < b > c"): not a tag.
    tags = [
        tag
        for tag in found
        if _marked(tag)
        or tag["name"].lower() in BLOCK_ELEMENTS
        or last_close.get(tag["name"].lower(), 0) > tag.end()
        or _opens_a_line(text, tag)
    ]
    # A closing, self-closing or attributed tag shows that the paragraph's markup was tokenised.
    tokenised = any(_marked(tag) for tag in tags)
    blank = "\r\n\r\n" if "\r\n" in text else "\n\n"
    for run in _runs(text, tags):
        edit = _edit(text, run, last_close, tokenised, blank)
        if edit is not None:
            yield edit


def find_markup_and_entities(text: str, context: Context) -> Iterator[Edit]:
    """The pass's edits: tokenised tags, then entities that lost their ampersand and paragraph ends that lost their tag's start."""
    yield from find_markup(text, context)
    if not context.html:
        yield from entity_name.find(text, context)
        yield from bracket_entity_remnant.find(text, context)
        yield from paragraph_end_remnant.find(text, context)


# Typographic entities a page's MT kept as words.  None of these names ends an
# English word, so ``ldquo;`` (or ``& ldquo;``) is never prose; ``&ldquo;``
# itself is a protected span (an entity a text may be showing) and ``&amp;ldquo;``
# is how a text shows one, so neither is touched.
_ENTITY_CHARACTERS = {
    "ldquo": "\u201c",
    "rdquo": "\u201d",
    "lsquo": "\u2018",
    "rsquo": "\u2019",
    "mdash": "\u2014",
    "ndash": "\u2013",
    "hellip": "\u2026",
    "middot": "\u00b7",
    "laquo": "\u00ab",
    "raquo": "\u00bb",
}
# A name MT capitalised, as it does a sentence's first word (``Ldquo;`` after a
# colon): no English word is spelt so either, and the name's other letters stay
# lower case, so an acronym's ``NBSP;`` in a table of names is not one.
_ENTITY_NAMES = "|".join(
    f"[{name[0]}{name[0].upper()}]{name[1:]}" for name in sorted(_ENTITY_CHARACTERS, key=len, reverse=True)
)
#: Words of a text about markup itself, which writes an entity's name to talk about it.
#: Also the words that name what an entity stands for or what it lacks: ``Nbsp; stands for a
#: non-breaking space``, ``without the ampersand``, ``the names of the curly quotes``.
_TALKS_ABOUT_ENTITIES = regex.compile(
    r"\b(?:[Ee]ntit(?:y|ies)|HTML|XML|[Ee]scap(?:e|ed|es|ing)|[Mm]arkup|[Aa]mpersands?|[Nn]on-breaking"
    r"|[Cc]url(?:y|ed)[ \t]+(?:quotes?|quotation[ \t]+marks)|stands?[ \t]+for)\b"
)
#: Whether the paragraph talks about markup, worked out once per paragraph.
_talks_about_entities = per_paragraph(lambda text: _TALKS_ABOUT_ENTITIES.search(text) is not None)


@regex_rule(
    "markup.entity-name",
    rf"(?<!&amp;)(?<!&)(?:&[ \t]+)?(?P<name>{_ENTITY_NAMES});"
    r"|(?P<spaces>(?:(?<![ \t])[ \t]+)?(?<!&amp;)(?<!&)(?:&[ \t]*)?[nN]bsp;(?:[ \t]*(?:&[ \t]*)?[nN]bsp;)*[ \t]*)",
    needs=[
        f"{first}{name[1:]};"
        for name in (*_ENTITY_CHARACTERS, "nbsp")
        for first in (name[0], name[0].upper())
    ],
)
def entity_name(match: regex.Match[str], context: Context) -> str | None:
    """An HTML entity the MT kept without its ampersand (``ldquo;``, ``nbsp;``) is the character it names.

    >>> clean("The shop calls it ldquo;the lucky cuprdquo; and sells out by noon.")
    'The shop calls it \u201cthe lucky cup\u201d and sells out by noon.'
    >>> clean("Entry:nbsp;nbsp;20 yuan per person.")
    'Entry: 20 yuan per person.'
    >>> clean("In HTML, &amp;nbsp; keeps two words on one line.")
    'In HTML, &amp;nbsp; keeps two words on one line.'

    MT capitalises a name that opens its clause as it does a word
    (``says: Ldquo;``); the name is the same.

    >>> clean("The guide says: Ldquo;Book a week aheadRdquo; and it is right.")
    'The guide says: \u201cBook a week ahead\u201d and it is right.'

    A paragraph that talks about entities names them as they are written.

    >>> clean("A typo left the entity hellip; where the ellipsis belongs.")
    'A typo left the entity hellip; where the ellipsis belongs.'
    """
    if _talks_about_entities(match.string):
        return None
    name = match["name"]
    if name is not None:
        return _ENTITY_CHARACTERS[name.lower()]
    text = match.string
    start, end = match.span()
    # A run of non-breaking spaces is one space between words, none at a line's edge or before a mark.
    if start == 0 or end == len(text) or text[start - 1] in "\r\n" or text[end] in "\r\n,.;:!?)]}":
        return ""
    return " "


@regex_rule(
    "markup.bracket-entity-remnant",
    # ``>;`` between spaces (never ``int>;`` closing a template, nor the ``>;)`` of a face),
    # or ``& gt`` / ``& lt`` spaced off their ampersand, between spaces.
    r"(?<=[\p{L}\p{N}\p{P}][ \t])(?:>;|&[ \t]+(?P<name>gt|lt);?)(?=[ \t]+[\p{L}\p{N}\p{Pi}\"'_])",
    needs=[" >; ", "& gt", "& lt"],
)
def bracket_entity_remnant(match: regex.Match[str], context: Context) -> str | None:
    """What MT left of ``&gt;`` or ``&lt;`` between two words is the bracket it names.

    Phone help pages write a menu path with ``>``; the page's MT kept the
    entity's semicolon after the bracket (``Settings >; Security``) or the
    entity's name spaced off its ampersand (``App & gt Rules``).

    >>> clean("Go to Settings >; Security > Blocking and turn it on.")
    'Go to Settings > Security > Blocking and turn it on.'
    >>> clean("Open Messages & gt Blocking rules and add the keyword.")
    'Open Messages > Blocking rules and add the keyword.'

    A template closed before a semicolon, a face, a full entity, a paragraph
    about markup and an HTML page stay.

    >>> clean("Declare std::vector<int>; then fill it. Nice try >;) See &gt; in the source.")
    'Declare std::vector<int>; then fill it. Nice try >;) See &gt; in the source.'

    Without the entity's semicolon, a menu path names a capitalised item on one
    side, and a comparison a number after: between two words in lower case the
    marks are a shell line's or a lexer's tokens (``grep foo >; echo``).

    >>> clean("Run grep foo >; echo done and the shell complains.")
    'Run grep foo >; echo done and the shell complains.'
    """
    text = match.string
    if _talks_about_entities(text):
        return None
    name = match["name"]
    if not match.group().endswith("t;") and not _names_an_item(text, *match.span()):
        return None
    return "<" if name == "lt" else ">"


#: What opens the word after a remnant in a menu path or a comparison.
#: A lone capital after it is a face's (``>; D``), not an item's.
_ITEM_AFTER_REMNANT = regex.compile(r"(?<![ \t])[ \t]++(?:\p{Lu}\p{L}|[\p{N}\p{Pi}\"'_])")


def _names_an_item(text: str, start: int, end: int) -> bool:
    """Whether a capitalised word (a menu item's) stands on either side of a remnant, or a number after it."""
    if _ITEM_AFTER_REMNANT.match(text, end):
        return True
    words = text[max(0, start - 40) : start].split()
    return bool(words) and words[-1][0].isupper()


@regex_rule(
    "markup.paragraph-end-remnant",
    # Not a p-value cut at a line's end in a PDF's text (``significant at p>`` then ``0.05``).
    r"[ \t]+p>(?<=[\p{L}\p{N}%℃°)”\"’'.!?][ \t]+p>)(?=[ \t]*(?:\r?\n(?![ \t]*\d*[.·]\d)|\Z))",
    needs=[" p>", "\tp>"],
)
def paragraph_end_remnant(match: regex.Match[str], context: Context) -> str | None:
    """What a page's MT left of a paragraph's closing tag (``</p>`` as `` p>``) at a line's end goes.

    The sentence it closed lost its full stop with the tag's start, so one
    is written unless a mark already ends it.

    >>> clean("It takes root in about a month p>\\nWater it twice a week. p>")
    'It takes root in about a month.\\nWater it twice a week.'
    >>> clean("In CSS, div > p> matches nothing, and <p>tags</p> stay.")
    'In CSS, div > p> matches nothing, and <p>tags</p> stay.'
    >>> clean("The gap was not significant at p>\\n0.05 in either group.")
    'The gap was not significant at p>\\n0.05 in either group.'

    No sentence ends with a word such as ``at`` or ``with``: after one, the
    ``p>`` opens a comparison whose value the line lost (``at p>``).

    >>> clean("The gap was not significant at p>")
    'The gap was not significant at p>'
    """
    word = _WORD_BEFORE.search(match.string, max(0, match.start() - 12), match.start())
    if word is not None and word.group().lower() in _NEVER_ENDS_A_SENTENCE:
        return None
    before = match.string[match.start() - 1]
    return "" if before in ".!?" else "."


_WORD_BEFORE = regex.compile(r"(?<![\p{L}])\p{L}++\Z")
#: Words no sentence ends with (``it``, ``on`` and ``in`` may: ``Water it``, ``log in``).
_NEVER_ENDS_A_SENTENCE = frozenset(
    "the a an and or of for with by at from than but if when where while whereas because is are was were".split()
)


def _opens_a_line(text: str, tag: regex.Match[str]) -> bool:
    """Whether the bare ``tag`` opens its line, glued to the word after it (``< span>Manufacturing``).

    A comparison needs a term on its left, so a tag that opens a line is
    markup, when a word follows it with no space (as ``<span>`` runs into
    the heading it wraps).

    >>> [_opens_a_line(text, tag) for text in ("< span>Process", "a < b > c", "< b > c") for tag in _TAG.finditer(text)]
    [True, False, False]
    """
    start = tag.start()
    return (start == 0 or text[start - 1] == "\n") and text[tag.end() : tag.end() + 1].isalpha()


def _marked(tag: regex.Match[str]) -> bool:
    """Whether ``tag`` is a closing, self-closing or attributed tag: never a comparison."""
    return bool(tag["close"] or tag["self"] or tag["attributes"])


def _runs(text: str, tags: list[regex.Match[str]]) -> Iterator[list[regex.Match[str]]]:
    """``tags`` in runs of tags separated only by spaces."""
    run: list[regex.Match[str]] = []
    for tag in tags:
        if run and _space_after(text, run[-1].end()) != tag.start():
            yield run
            run = []
        run.append(tag)
    if run:
        yield run


def _space_after(text: str, position: int) -> int:
    """Where the run of spaces and line breaks at ``position`` ends."""
    while position < len(text) and text[position] in _SPACES:
        position += 1
    return position


def _edit(
    text: str, run: list[regex.Match[str]], last_close: dict[str, int], tokenised: bool, blank: str
) -> Edit | None:
    """The edit for one run of tags, or ``None`` where a bare tag may be a comparison.

    A bare paragraph or line-break tag is markup if a spaced closing tag of
    its element follows, after a sentence, at the edge of a line, or in a
    ``tokenised`` paragraph (one with a closing, self-closing or attributed
    spaced tag, which cannot be a comparison).
    """
    start = run[0].start()
    while start > 0 and text[start - 1] in _SPACES:
        start -= 1
    end = _space_after(text, run[-1].end())
    space = text[start:end]  # the tags hold no line break
    at_edge = start == 0 or end == len(text)
    after_sentence = _SENTENCE_END.search(text, max(0, start - 8), start) is not None
    block = any(tag["name"].lower() in BLOCK_ELEMENTS for tag in run)
    context = tokenised or at_edge or after_sentence or "\n" in space
    for tag in run:
        name = tag["name"].lower()
        if not (_marked(tag) or last_close.get(name, 0) > tag.end() or context):
            return None  # "i < p > j": a comparison
    rule = PARAGRAPH_BREAK.name if block else INLINE_TAG.name
    if at_edge:
        return Edit(start, end, "", rule)
    if block and after_sentence:
        if _LOWER_WORD.match(text, end) is not None:
            return Edit(start, end + 1, blank + text[end].upper(), rule)
        return Edit(start, end, blank, rule)
    if "\n" in space:
        return Edit(start, end, "\r\n" if "\r\n" in space else "\n", rule)
    if text[start - 1] in _NO_SPACE_AFTER or text[end] in _NO_SPACE_BEFORE:
        return Edit(start, end, "", rule)
    return Edit(start, end, " ", rule)


#: ``settles``: whether a tag ends a sentence depends on the marks before it,
#: which the punctuation and quotes passes tidy; see ``Pass.settles``.
MARKUP = Pass(
    "markup",
    (PARAGRAPH_BREAK, INLINE_TAG, entity_name, bracket_entity_remnant, paragraph_end_remnant),
    finder=find_markup_and_entities,
    settles=True,
)
