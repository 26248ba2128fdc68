"""Names, terms and phrase calques from the glossary data files.

Two passes share this logic: ``glossary`` (names and domain terms, run early
so later passes see the right proper nouns) and ``phrases`` (calques such as
``according to the understanding of ,``, run after casing so the clause that
follows them is already in lower case).
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from mtclean.edits import Edit, OffsetMap, apply
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

    The evidence is one of the entry's context words in the same sentence.
    Without it the text is left alone.

    >>> clean("The lutes Eletre is built in Wuhan.")
    'The Lotus Eletre is built in Wuhan.'
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

_SENTENCE_END = regex.compile(r"[。！？]|[.!?](?!\w)")
_GLOSS_LEAD = r"[ \t]*(?:[(“\"‘:,][ \t]*|(?:,[ \t]*)?(?:which[ \t]+(?:translates|means)[ \t]+(?:to|as)|meaning|literally|or)[ \t]+)?\Z"


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence that ``text[start:end]`` stands in."""
    ends = list(_SENTENCE_END.finditer(text, 0, start))
    left = ends[-1].end() if ends else 0
    stop = _SENTENCE_END.search(text, end)
    return text[left : stop.end() if stop else len(text)]


def _has_evidence(hit: Hit, text: str, start: int, end: int) -> bool:
    sentence = _sentence(text, start, end)
    return any(
        regex.search(r"(?<!\w)" + regex.escape(word) + r"(?!\w)", sentence) for word in hit.entry.context
    )


def _is_gloss(hit: Hit, text: str, start: int) -> bool:
    """Whether the rendering explains the official name written just before it."""
    return regex.search(regex.escape(hit.entry.name) + _GLOSS_LEAD, text[:start]) is not None


def _at_sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or not before[-1].isalnum()


def _edits(text: str, context: Context, phrases: bool) -> Iterator[Edit]:
    glossary = context.glossary
    matcher = glossary.phrases if phrases else glossary.names
    found = []
    for match in matcher.finditer(text):
        hit = glossary.hit(match.group())
        if hit is None or (hit.capitalised and not _at_sentence_start(text, match.start())):
            continue
        if _is_gloss(hit, text, match.start()):
            continue  # "NIO (Weilai)", "Hongqi (red flag)"
        found.append((match, hit))
    # Judge context evidence on the text as it will read once the safe
    # renderings are fixed, so that "geely ... lutes" gives the same answer
    # now as after "geely" has become "Geely" (idempotence).
    safe = [Edit(*m.span(), hit.entry.name, "") for m, hit in found if not hit.ambiguous]
    evidence_text = apply(text, safe)
    offsets = OffsetMap(safe)
    for match, hit in found:
        start, end = match.span()
        if hit.ambiguous:
            shift = offsets.shift_span((start, end))
            if not _has_evidence(hit, evidence_text, *shift):
                continue
        name = hit.entry.name
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
