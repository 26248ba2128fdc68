"""The glossary: official names and phrases, and how MT renders them wrongly.

:class:`Glossary` loads entries (see :mod:`mtclean.glossary.model` for the
format), compiles one :class:`~mtclean.glossary.matcher.Matcher` for names
and one for phrases, and answers which entry a matched span belongs to.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

import regex

from mtclean.glossary.matcher import Matcher, normalise
from mtclean.glossary.model import Entry, GlossaryError, data_files, load_files

__all__ = ["Entry", "Glossary", "GlossaryError", "Hit", "load_glossary"]


@dataclass(frozen=True)
class Hit:
    """A matched rendering: the entry it belongs to and how it was matched.

    ``ambiguous`` says whether the rendering is ordinary English (and so
    needs context evidence); ``capitalised`` whether it matched only because
    its first letter was capitalised (allowed at the start of a sentence).
    """

    entry: Entry
    ambiguous: bool
    capitalised: bool


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


class Glossary:
    """A set of entries, compiled for fast matching."""

    def __init__(self, entries: Sequence[Entry]) -> None:
        self.entries: tuple[Entry, ...] = tuple(entries)
        self._lookup: dict[str, Hit] = {}
        for entry in self.entries:
            for rendering in entry.renderings:
                hit = Hit(entry, ambiguous=rendering in entry.ambiguous, capitalised=False)
                self._lookup.setdefault(normalise(rendering), hit)
        for entry in self.entries:
            for rendering in entry.renderings:
                variant = normalise(_capitalise(rendering))
                if variant not in self._lookup:
                    hit = Hit(entry, ambiguous=rendering in entry.ambiguous, capitalised=True)
                    self._lookup[variant] = hit

    @classmethod
    def from_files(cls, paths: Iterable[Path]) -> Glossary:
        """Load a glossary from YAML files (raises :class:`GlossaryError`)."""
        return cls(load_files(paths))

    def _matcher(self, phrases: bool) -> Matcher:
        return Matcher(key for key, hit in self._lookup.items() if (hit.entry.kind == "phrase") == phrases)

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
        return self._lookup.get(normalise(matched))

    @cached_property
    def name_words(self) -> frozenset[str]:
        """Every capitalised word of every official name: never lowered by casing."""
        return frozenset(
            word
            for entry in self.entries
            if entry.kind != "phrase"
            for word in regex.findall(r"\w+", entry.name)
            if word[:1].isupper()
        )


@cache
def load_glossary(*paths: Path) -> Glossary:
    """The shipped glossary plus the files in ``paths`` (cached)."""
    return Glossary.from_files([*data_files(), *paths])
