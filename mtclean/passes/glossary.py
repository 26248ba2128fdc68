"""Names, terms and phrase calques from the glossary data files.

Two passes share this logic: ``glossary`` (names and domain terms, run early
so later passes see the right proper nouns) and ``phrases`` (calques such as
``according to the understanding of ,``, run after casing so the clause that
follows them is already in lower case).
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from mtclean.edits import Edit
from mtclean.glossary import Hit
from mtclean.rules import Context, Pass, Rule

NAME = Rule(
    "glossary.name",
    """A wrong rendering that is never ordinary English becomes the official name.

    >>> clean("based on Lingke energy saving platform CMA")
    'based on Lynk & Co energy saving platform CMA'
    >>> clean("Netease car reported the deal.")
    'NetEase Auto reported the deal.'
    """,
)
NAME_IN_CONTEXT = Rule(
    "glossary.name-in-context",
    """An ambiguous rendering becomes the official name only with evidence nearby.

    The evidence is one of the entry's context words within the same
    sentence, at most 15 words away.  Without it the text is left alone.

    >>> clean("Geely bought a stake in lutes in 2017.")
    'Geely bought a stake in Lotus in 2017.'
    >>> clean("The museum shows lutes and viols.")
    'The museum shows lutes and viols.'
    """,
)
PHRASE = Rule(
    "phrases.calque",
    """A word-for-word calque becomes the English idiom.

    >>> clean("according to the understanding of , The two sides will work together .")
    'It is understood that the two sides will work together.'
    """,
)

_WINDOW_WORDS = 15
_GLOSS_CHARACTERS = 60
_SENTENCE_END = regex.compile(r"[.!?。！？]\s")
_WORD = regex.compile(r"\S+")


def _window(text: str, start: int, end: int) -> str:
    """The words around ``text[start:end]`` within its sentence, at most 15 each side."""
    left = text[:start]
    ends = list(_SENTENCE_END.finditer(left))
    left = left[ends[-1].end() :] if ends else left
    right = text[end:]
    stop = _SENTENCE_END.search(right)
    right = right[: stop.start() + 1] if stop else right
    return " ".join([*_WORD.findall(left)[-_WINDOW_WORDS:], "…", *_WORD.findall(right)[:_WINDOW_WORDS]])


def _has_evidence(hit: Hit, text: str, start: int, end: int) -> bool:
    window = _window(text, start, end)
    return any(
        regex.search(r"(?<!\w)" + regex.escape(word) + r"(?!\w)", window) for word in hit.entry.context
    )


def _at_sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or not before[-1].isalnum()


def _edits(text: str, context: Context, phrases: bool) -> Iterator[Edit]:
    glossary = context.glossary
    matcher = glossary.phrases if phrases else glossary.names
    for match in matcher.finditer(text):
        hit = glossary.hit(match.group())
        if hit is None:
            continue
        start, end = match.span()
        if hit.capitalised and not _at_sentence_start(text, start):
            continue
        name = hit.entry.name
        if name in text[max(0, start - _GLOSS_CHARACTERS) : start]:
            continue  # a gloss: "NIO (Weilai)", "Hongqi (red flag)"
        if hit.ambiguous and not _has_evidence(hit, text, start, end):
            continue
        if phrases:
            replacement = name[:1].upper() + name[1:] if match.group()[:1].isupper() else name
            rule = PHRASE.name
        else:
            replacement = name
            rule = NAME_IN_CONTEXT.name if hit.ambiguous else NAME.name
        if replacement != match.group():
            yield Edit(start, end, replacement, rule)


def find_names(text: str, context: Context) -> Iterator[Edit]:
    """Edits that put the official name in place of a wrong rendering."""
    return _edits(text, context, phrases=False)


def find_phrases(text: str, context: Context) -> Iterator[Edit]:
    """Edits that replace phrase calques."""
    return _edits(text, context, phrases=True)


GLOSSARY = Pass("glossary", (NAME, NAME_IN_CONTEXT), finder=find_names)
PHRASES = Pass("phrases", (PHRASE,), finder=find_phrases)
