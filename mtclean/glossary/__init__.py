"""The glossary: official names, terms and phrases, and how MT renders them wrongly.

:class:`Glossary` loads entries (see :mod:`mtclean.glossary.model` for the
format), compiles one :class:`~mtclean.glossary.matcher.Matcher` for names
and terms and one for phrases, and answers which entry a matched span
belongs to.  The evidence rules of an entry (its context words, neighbours
and vetoes) are compiled once, the first time one of its renderings is
found, into an :class:`EntryRules`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import regex

from mtclean.glossary.matcher import Matcher, normalise
from mtclean.glossary.model import (
    NAME_KINDS,
    Entry,
    GlossaryError,
    case_variants,
    data_files,
    load_files,
    lower_case_variant,
)
from mtclean.words import FUNCTION_WORDS, english_words, is_common

__all__ = ["Entry", "EntryRules", "Glossary", "GlossaryError", "Hit", "load_glossary"]


@dataclass(frozen=True)
class Hit:
    """A matched rendering: the entry it belongs to and how it was matched.

    ``ambiguous`` says whether the rendering is ordinary English (and so
    needs evidence); ``capitalised`` whether it matched only because its
    first letter was capitalised (allowed at the start of a sentence or
    clause); ``plural`` whether it is the plural of another rendering;
    ``mid_sentence`` whether it is an ambiguous rendering capitalised away
    from such a start (``Its Glory brand``), which only the document's
    evidence may open; ``case_variant`` whether it is another casing of a
    safe rendering (:func:`~mtclean.glossary.model.case_variants`), and
    ``mid_sentence_only`` whether that casing counts only away from the
    start of a sentence or clause; ``list_only`` whether it is one of the
    entry's ``in_lists`` renderings, replaced only as an item of a list
    beside another name garbled (``glossary.name-in-list``).
    """

    entry: Entry
    ambiguous: bool
    capitalised: bool
    plural: bool = False
    mid_sentence: bool = False
    case_variant: bool = False
    mid_sentence_only: bool = False
    list_only: bool = False


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _words(words: Iterable[str]) -> str:
    """An alternation of ``words`` as written, and capitalised if written in lower case."""
    variants = set()
    for word in words:
        variants.add(word)
        variants.add(_capitalise(word))
    return "|".join(re.escape(word) for word in sorted(variants, key=lambda w: (-len(w), w)))


#: A name of one word (letters, digits and apostrophes).
_ONE_WORD = regex.compile(r"[\w'’]+")
#: A model code: letters, then (after an optional dot) a digit, then letters and digits.
_CODE = re.compile(r"([A-Za-z]{1,6})\.?\d[A-Za-z\d]*\+?")


WORDS = re.compile(r"\w+")
#: Every ASCII character that :data:`WORDS` does not match, mapped to a space.
_ASCII_NOT_WORD = str.maketrans({chr(code): " " for code in range(128) if not WORDS.fullmatch(chr(code))})


def word_set(text: str) -> set[str]:
    """The words of ``text`` (:data:`WORDS`), as a set.

    An ASCII text's words are the pieces left between spaces once every
    other character that is not a word character is a space: ``str.translate``
    and ``str.split`` do that a third faster than the pattern.

    >>> sorted(word_set("Geely's SUV, the X-7 (2024)"))
    ['2024', '7', 'Geely', 'SUV', 'X', 's', 'the']
    """
    if text.isascii():
        return set(text.translate(_ASCII_NOT_WORD).split())
    return set(WORDS.findall(text))


def _trigger(variant: str) -> str:
    """The word of a case variant that is rarest in English text: the one its search waits for.

    A word that is not English (pinyin), else one in upper case or
    capitalised after the first word, else the longest.

    >>> _trigger("lingke automobile"), _trigger("box Horse"), _trigger("HERO ALLIANCE"), _trigger("Led The G")
    ('lingke', 'Horse', 'ALLIANCE', 'Led')
    """
    every: list[str] = WORDS.findall(variant)
    words = [word for word in every if word.lower() not in FUNCTION_WORDS] or every
    if not words:
        return ""
    known = english_words()
    for word in words:
        if word.isalpha() and word.lower() not in known and len(word) > 1:
            return word
    unusual = [
        word
        for index, word in enumerate(words)
        if len(word) > 1 and (word.isupper() or (index and word[:1].isupper()))
    ]
    return max(unusual or words, key=len)


def _least_needs(trigger: str, keys: Iterable[str]) -> dict[str, list[frozenset[str]]] | None:
    """The words besides ``trigger`` that one of ``keys`` needs in a text, the fewest sets that tell.

    A key is found only where all its words are; the text holds ``trigger``
    already.  A set of words that holds another listed set tells nothing
    more, so it is left out.  Each set is filed under its least word, so
    that a text is tested only against the sets one of its words opens;
    ``None`` if one key needs no other word (any text with the trigger may
    hold it).

    >>> _least_needs("lingke", ["lingke", "Lingke auto"]) is None
    True
    >>> _least_needs("Hero", ["Hero Alliance", "Hero Alliance cup", "Hero League"])
    {'Alliance': [frozenset({'Alliance'})], 'League': [frozenset({'League'})]}
    """
    every = {frozenset(WORDS.findall(key)) - {trigger} for key in keys}
    if frozenset() in every:
        return None
    needs: dict[str, list[frozenset[str]]] = {}
    for need in sorted(every, key=sorted):
        if not any(other < need for other in every):
            needs.setdefault(min(need), []).append(need)
    return needs


class EntryRules:
    """The compiled evidence rules of one entry.

    Every pattern is compiled here once, so that judging a match costs a few
    anchored regex calls and no compilation.
    """

    def __init__(self, entry: Entry) -> None:
        self.entry = entry
        self.context = self._compile(r"(?<![\w&])(?:{})(?![\w&])", entry.context)
        self.not_context = self._compile(r"(?<![\w&])(?:{})(?![\w&])", entry.not_context)
        # "Harvard H6", "FAW public": a word touching the rendering across one
        # run of spaces or a hyphen.
        self.adjacent_before = self._compile(r"(?<=(?<![\w&])(?:{})(?:[ \t]+|-))", entry.adjacent)
        self.adjacent_after = self._compile(r"(?:[ \t]+|-)(?:{})(?![\w&])", entry.adjacent)
        self.not_before = self._compile(r"[ \t]*(?:{})(?![\w&])", entry.not_before)
        self.not_after = self._compile(r"(?<=(?<![\w&])(?:{})[ \t]*)", entry.not_after)
        #: The letters of the entry's model codes (``L`` of ``L9``, ``ID`` of ``ID.4``):
        #: a code after a rendering with these letters belongs to the entry's family.
        self.code_prefixes = frozenset(
            found.group(1) for word in (*entry.adjacent, *entry.context) if (found := _CODE.fullmatch(word))
        )
        #: The official name and its Chinese: what a gloss explains.
        self.anchors = (entry.name, entry.zh) if entry.zh else (entry.name,)
        forms = [re.escape(anchor) for anchor in self.anchors]
        #: A Chinese name of three characters or more also counts with one of them written
        #: another way (周杰倫 for 周杰伦: a page in traditional characters), so the
        #: substrings that announce an anchor are its characters.
        self.anchor_cues: tuple[str, ...] = self.anchors
        zh = entry.zh
        if len(zh) >= 3:
            # Any character stands for the one written another way: a class of the Han blocks
            # would cost re several milliseconds to compile, for each entry judged.
            forms += [re.escape(zh[:i]) + r"\S" + re.escape(zh[i + 1 :]) for i in range(len(zh))]
            self.anchor_cues = (*self.anchors, *zh)
        self.anchor = re.compile("|".join(forms))

    @staticmethod
    def _compile(template: str, words: Sequence[str]) -> regex.Pattern[str] | None:
        if not words:
            return None
        return regex.compile(template.format(_words(words)))

    def adjacent(self, text: str, start: int, end: int) -> bool:
        """Whether an adjacent word touches ``text[start:end]`` on either side."""
        assert self.adjacent_before is not None and self.adjacent_after is not None
        return bool(self.adjacent_before.match(text, start) or self.adjacent_after.match(text, end))

    def vetoed_by_neighbour(self, text: str, start: int, end: int) -> bool:
        """Whether a ``not_before`` word follows or a ``not_after`` word precedes."""
        return bool(
            (self.not_before is not None and self.not_before.match(text, end))
            or (self.not_after is not None and self.not_after.match(text, start))
        )


#: Words remembered as seen by :meth:`Glossary.variants` at most (a corpus's vocabulary can be large).
_SEEN_WORDS = 200_000


class Glossary:
    """A set of entries, compiled for fast matching."""

    def __init__(self, entries: Sequence[Entry]) -> None:
        self.entries: tuple[Entry, ...] = tuple(entries)
        self._lookup: dict[str, Hit] = {}
        self._rules: dict[int, EntryRules] = {}
        plurals = {
            id(entry): entry.plural_renderings() if entry.plural else frozenset() for entry in self.entries
        }
        for capitalised in (False, True):
            for entry in self.entries:
                for rendering in (*entry.renderings, *entry.in_lists):
                    key = normalise(_capitalise(rendering) if capitalised else rendering)
                    # ``xiaomi`` capitalised is the name itself: nothing to replace, and no garble.
                    if capitalised and key in self._official_keys:
                        continue
                    if key not in self._lookup:
                        list_only = rendering not in entry.renderings
                        ambiguous = list_only or rendering in entry.ambiguous
                        plural = rendering in plurals[id(entry)]
                        self._lookup[key] = Hit(entry, ambiguous, capitalised, plural, list_only=list_only)
        #: Each trigger word's matcher of variants, with the other words its variants need
        #: (:func:`_least_needs`) with the words those sets are filed under; ``None`` if one of
        #: them needs the trigger word alone.
        self._variant_matchers: dict[
            str, tuple[Matcher, tuple[dict[str, list[frozenset[str]]], frozenset[str]] | None]
        ] = {}
        #: Case variants of safe renderings of names, by the word their search waits for
        #: (worked out on first need: :meth:`_expand`); they stay out of the trie,
        #: which would then explore lower-case pinyin at every lower-case word.
        self._variants: dict[str, dict[str, Hit]] = {}
        self._variant_lookup: dict[str, Hit] = {}
        #: The lower-case words whose renderings' variants are in ``_variants``.
        self._expanded: set[str] = set()
        #: The keys of ``_variants``: the words a variant's search waits for.
        self._triggers: set[str] = set()
        #: Words of the texts looked at so far (their renderings' variants are worked out).
        self._seen_words: set[str] = set()
        self._expanded_renderings: set[tuple[int, str]] = set()

    @cached_property
    def _variant_sources(self) -> dict[str, list[tuple[Entry, str]]]:
        """The safe renderings of names, by each of their words in lower case.

        The official name of an entry whose name matches in lower case
        (:func:`~mtclean.glossary.model.lower_case_variant`) is one too, with
        that casing alone.  A case variant's search waits for one of its words (:func:`_trigger`),
        and that word, in lower case, is a word of the rendering: so the
        variants of a rendering need only be worked out once the text holds
        one of its words in some casing.  Working out every variant of a big
        glossary up front would cost a one-line input a tenth of a second.
        """
        sources: dict[str, list[tuple[Entry, str]]] = {}
        for entry in self.entries:
            if entry.kind in NAME_KINDS:
                lower = lower_case_variant(entry)
                for rendering in entry.wrong if lower is None else (*entry.wrong, entry.name):
                    for word in dict.fromkeys(WORDS.findall(rendering.lower())):
                        sources.setdefault(word, []).append((entry, rendering))
        return sources

    @cached_property
    def company_names(self) -> frozenset[str]:
        """The official names of companies, brands, apps and media that are not ordinary English words (``Huawei``, not ``Apple``)."""
        return frozenset(
            entry.name
            for entry in self.entries
            if entry.kind in ("company", "brand", "app", "media")
            and " " not in entry.name
            and not is_common(entry.name)
        )

    @cached_property
    def _official_keys(self) -> frozenset[str]:
        """The official names, also in capitals: companies style their names so (``HUAWEI phone``, ``HONOR``)."""
        return frozenset(
            normalise(name) for entry in self.entries for name in (entry.name, entry.name.upper())
        )

    def _expand(self, words: Iterable[str]) -> None:
        """Work out the case variants of the renderings that hold any of ``words`` (in lower case)."""
        for word in words:
            self._expanded.add(word)
            for entry, rendering in self._variant_sources[word]:
                if (id(entry), rendering) in self._expanded_renderings:
                    continue
                self._expanded_renderings.add((id(entry), rendering))
                variants = {rendering.lower(): False} if rendering == entry.name else case_variants(rendering)
                for variant, mid_sentence_only in variants.items():
                    key = normalise(variant)
                    trigger = _trigger(key)
                    if trigger and key not in self._lookup and key not in self._official_keys:
                        hit = Hit(entry, False, False, case_variant=True, mid_sentence_only=mid_sentence_only)
                        if self._variants.setdefault(trigger, {}).setdefault(key, hit) is hit:
                            self._variant_lookup.setdefault(key, hit)
                            self._triggers.add(trigger)

    def __reduce__(self) -> tuple[Callable[..., Glossary], tuple[Any, ...]]:
        """Pickle the shipped glossary by reference, any other by its entries.

        Worker processes rebuild the compiled matchers and rules themselves
        (the rules cache is keyed by object identity, which pickling breaks).
        """
        if self is load_glossary():
            return load_glossary, ()
        return Glossary, (self.entries,)

    @classmethod
    def from_files(cls, paths: Iterable[Path], *, cached: bool = False) -> Glossary:
        """Load a glossary from YAML files (raises :class:`GlossaryError`).

        ``cached`` reads unchanged files from their compiled form in the
        user's cache directory (:mod:`mtclean.glossary.cache`).
        """
        return cls(load_files(paths, cached=cached))

    def _matcher(self, phrases: bool) -> Matcher:
        return Matcher(
            (key for key, hit in self._lookup.items() if (hit.entry.kind == "phrase") == phrases),
            cache="phrases" if phrases else "names",
        )

    def variants(self, text: str) -> list[re.Match[str]]:
        """Matches of case variants in ``text``, left to right, longest first at one position.

        The words of the text not seen before are looked up, in lower case,
        among the words of safe renderings (whose variants are then worked
        out), and the text's words are intersected with the variants'
        trigger words (set operations, whatever the size of the glossary):
        only the variants whose word occurs are looked for, and only if
        every word of one of them occurs (a match is its words, spaced
        otherwise at most): ``yuan`` or ``China`` alone starts no search.
        """
        words = word_set(text)
        unseen = words - self._seen_words
        if unseen:
            if len(self._seen_words) > _SEEN_WORDS:
                self._seen_words.clear()
            self._seen_words |= unseen
            sources = self._variant_sources
            fresh = {word for word in {word.lower() for word in unseen} - self._expanded if word in sources}
            if fresh:
                self._expand(sorted(fresh))
        found: list[re.Match[str]] = []
        for word in words & self._triggers:
            search = self._variant_matchers.get(word)
            if search is None:
                keys = self._variants[word]
                needs = _least_needs(word, keys)
                search = self._variant_matchers[word] = (
                    Matcher(keys),
                    None if needs is None else (needs, frozenset(needs)),
                )
            matcher, filed = search
            if filed is not None:
                needs, opening = filed
                # The words of the text that open a set of needs (most texts hold none).
                opened = words & opening
                if not opened or not any(need <= words for other in opened for need in needs[other]):
                    continue
            found.extend(matcher.finditer(text))
        if len(found) > 1:
            found.sort(key=lambda match: (match.start(), -match.end()))
        return found

    @cached_property
    def names(self) -> Matcher:
        """The matcher for every rendering of a name or term."""
        return self._matcher(phrases=False)

    @cached_property
    def phrases(self) -> Matcher:
        """The matcher for every rendering of a phrase calque."""
        return self._matcher(phrases=True)

    def hit(self, matched: str) -> Hit | None:
        """The entry behind a span the matchers found."""
        hit = self._lookup.get(matched)  # most matches are a key as they stand
        if hit is None:
            key = normalise(matched)
            hit = self._lookup.get(key) or self._variant_lookup.get(key)
        return hit

    def rules(self, entry: Entry) -> EntryRules:
        """The compiled evidence rules of ``entry`` (compiled on first use)."""
        rules = self._rules.get(id(entry))
        if rules is None:
            rules = self._rules[id(entry)] = EntryRules(entry)
        return rules

    @cached_property
    def name_words(self) -> frozenset[str]:
        """Official names of one word, which casing must never lower (``Lotus``, ``Haval``).

        A word of a longer name (``Range`` of ``Range Rover``, ``Standard`` of
        ``Standard Chartered``) is an ordinary word elsewhere: casing keeps it
        only where the whole name follows (:meth:`name_at`), or a glossary of
        thousands of names would keep half the language from being lowered.
        """
        return frozenset(
            entry.name
            for entry in self.entries
            if entry.kind not in ("phrase", "term")
            and entry.name[:1].isupper()
            and _ONE_WORD.fullmatch(entry.name)
            and entry.name.lower() not in FUNCTION_WORDS
        )

    @cached_property
    def names_by_first_word(self) -> dict[str, tuple[str, ...]]:
        """Multi-word official names, keyed by their first word.

        Casing keeps ``University`` in ``University of Science and
        Technology of China`` only because the whole name follows it.
        """
        by_word: dict[str, list[str]] = {}
        for entry in self.entries:
            if entry.kind == "phrase" or " " not in entry.name:
                continue
            by_word.setdefault(entry.name.split(" ", 1)[0], []).append(entry.name)
        return {word: tuple(names) for word, names in by_word.items()}

    def name_at(self, text: str, position: int) -> bool:
        """Whether a multi-word official name starts at ``position``."""
        first = text[position : position + 40].split(" ", 1)[0]
        return any(text.startswith(name, position) for name in self.names_by_first_word.get(first, ()))


@functools.cache
def load_glossary(*paths: Path) -> Glossary:
    """The shipped glossary plus the files in ``paths`` (cached)."""
    return Glossary.from_files([*data_files(), *paths], cached=True)
