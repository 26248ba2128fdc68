"""A compiled matcher for many literal renderings at once.

All renderings are merged into one trie-shaped regular expression, so the
cost of a scan grows with the length of the text, not with the number of
entries (an ``a|b|c`` alternation of 100,000 renderings would be tried one
by one at every position).  The pattern is compiled with the standard
library's :mod:`re`, whose alternation dispatches on the next character: on
a trie that keeps the scan as fast for 100,000 renderings as for 100
(``bench/glossary_scaling.py`` measures it), where the ``regex`` module
slows down several hundred times.  Inside a rendering a space matches any run of
spaces, and a space before a punctuation mark may also be absent, because MT
output spaces punctuation inconsistently.

Compiling the trie of thousands of renderings takes a good part of a second,
which a one-line input should not pay.  So the whole pattern of a matcher of
more than :data:`MANY` renderings is compiled once the matcher has been given
more than :data:`SHORT` characters in all;
until then a text is matched with the branch of the trie for each character
that starts a word in it, each branch compiled on first need.  Both find
exactly the same matches.
The glossary's two matchers are named, and their whole patterns, once
compiled, are kept in the user's cache directory (:func:`mtclean.glossary.cache.pattern`)
until the renderings or this module change: a later process reads them in
about 25 ms, so a named matcher takes its whole pattern from there once it
has been given more than :data:`CACHED_SHORT` characters.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from functools import cached_property
from pathlib import Path
from typing import Any

_END = ""  # the trie key that marks the end of a rendering
_OPTIONAL_SPACE = "  "  # the trie key of an optional space before a mark
_PUNCTUATION = frozenset(",.;:!?、，。")
_MARKS = tuple(sorted(_PUNCTUATION))
# What normalise() changes: a run of spaces, another space character, a
# space before a mark, or a space at either end.
# A typographic apostrophe (U+2019) is read as the ASCII one renderings are listed with.
_UNNORMAL = re.compile(r"\s\s|[^\S ]| [,.;:!?、，。]|^ | $|\u2019")
#: Until it has scanned this many characters in all, a large matcher goes branch by branch (see above).
SHORT = 4096
#: After this many characters, a large named matcher takes its whole pattern from the cache if it is there:
#: reading it costs as much as compiling a few dozen branches.
CACHED_SHORT = 512
#: A matcher of more renderings than this is large: its whole pattern is slow to compile.
MANY = 400
_BEFORE = r"(?<![\w&])"
_AFTER = r"(?![\w&])"
# Where a rendering may start: a character that no word character or "&" precedes.
_WORD_START = re.compile(_BEFORE + r"\S")


def normalise(text: str) -> str:
    """The lookup key of a matched span: single spaces, none before punctuation, ASCII apostrophes.

    >>> normalise("according to  the understanding of ,")
    'according to the understanding of,'
    """
    if _UNNORMAL.search(text) is None:  # most renderings and matches: nothing to do
        return text
    text = " ".join(text.split()).replace("\u2019", "'")
    for mark in _PUNCTUATION:
        text = text.replace(" " + mark, mark)
    return text


def _atom(key: str) -> str:
    if key == _OPTIONAL_SPACE:
        return r"\s*"
    if key == " ":
        return r"\s+"
    if key == "'":  # "King's Glory" also as pages typeset it, "King’s Glory"
        return "['\u2019]"
    return re.escape(key)


def _pattern(node: dict[str, Any], *, exact: bool = False) -> str:
    """The regex for a trie node: greedy, so the longest rendering wins.

    ``exact`` matches each character as it is (a space is one space).
    """
    ends_here = _END in node
    branches = []
    for key, child in sorted((key, value) for key, value in node.items() if key != _END):
        branches.append((re.escape(key) if exact else _atom(key)) + _pattern(child, exact=exact))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:
        return "(?:" + body + ")?"
    return body


def _trie(keys: Iterable[str], *, exact: bool = False) -> dict[str, Any]:
    """The trie of normalised renderings, one character a level; a mark may follow an optional space.

    ``exact`` leaves out the optional spaces.
    """
    trie: dict[str, Any] = {}
    for key in keys:
        node = trie
        for character in key:
            if character in _PUNCTUATION and node is not trie and not exact:
                node = node.setdefault(_OPTIONAL_SPACE, {})
            node = node.setdefault(character, {})
        node[_END] = True
    return trie


def literal_pattern(strings: Iterable[str]) -> str:
    r"""A regular expression (for :mod:`re`) matching any of ``strings`` exactly, the longest first.

    A trie, not an alternation: the scan costs the same for a thousand strings as for ten.

    >>> literal_pattern(["hot search", "hot spot", "hot"])
    'hot(?:\\ s(?:earch|pot))?'
    """
    return _pattern(_trie(strings, exact=True), exact=True)


class Matcher:
    """Finds every listed rendering in a text, longest first, word-bounded."""

    def __init__(self, renderings: Iterable[str], *, cache: str | None = None) -> None:
        #: The name under which a large matcher's compiled pattern is kept (see :func:`cache.pattern`).
        self._cache = cache
        #: The normalised renderings by their first two characters (or their one).
        self._by_start: dict[str, list[str]] = {}
        count = 0
        for rendering in renderings:
            key = normalise(rendering)
            if key:
                self._by_start.setdefault(key[:2], []).append(key)
                count += 1
        self._branches: dict[tuple[str, ...], re.Pattern[str] | None] = {}
        #: Characters scanned so far; a small matcher counts as having scanned enough.
        self._scanned = 0 if count > MANY else SHORT
        #: Whether the cache was asked for the whole pattern compiled.
        self._looked = False

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """The whole trie as one pattern (compiled on first use; a large named one kept compiled in the cache)."""

        def source() -> str:
            return _BEFORE + (_pattern(_trie(self._keys)) or r"(?!)") + _AFTER

        if self._cache is None or len(self._keys) <= MANY:
            return re.compile(source())
        from mtclean.glossary import cache

        return cache.pattern(self._cache, self._cache_key, source)

    @cached_property
    def _keys(self) -> list[str]:
        return [key for keys in self._by_start.values() for key in keys]

    @cached_property
    def _cache_key(self) -> str:
        """What the pattern is made from: the renderings (in any order: the trie sorts them) and this module's code."""
        digest = hashlib.sha256(Path(__file__).read_bytes())
        digest.update("\n".join(sorted(self._keys)).encode())
        return digest.hexdigest()

    def _cached(self) -> bool:
        """Whether the whole pattern was found compiled in the cache (looked for once; then it is :attr:`pattern`)."""
        if self._cache is None or self._looked:
            return False
        self._looked = True
        from mtclean.glossary import cache

        found = cache.stored_pattern(self._cache, self._cache_key)
        if found is None:
            return False
        self.__dict__["pattern"] = found
        return True

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Non-overlapping matches, left to right."""
        if "pattern" not in self.__dict__:
            self._scanned += len(text)
            if self._scanned <= SHORT and (self._scanned <= CACHED_SHORT or not self._cached()):
                return self._by_branch(text)
        return self.pattern.finditer(text)

    def _by_branch(self, text: str) -> Iterator[re.Match[str]]:
        """What ``pattern.finditer`` finds, from the branches of the trie for the words' first two characters."""
        end = 0
        for start in _WORD_START.finditer(text):
            position = start.start()
            if position < end:
                continue
            branch = self._branch(text[position : position + 2])
            match = branch.match(text, position) if branch is not None else None
            if match is not None:
                yield match
                end = match.end()

    def _branch(self, start: str) -> re.Pattern[str] | None:
        """The pattern of the renderings that can match where the text begins with ``start``.

        Those that begin with its first character alone, or with both; after a
        space, also those whose second character is a mark (the space before a
        mark is optional).
        """
        first = start[:1]
        wanted = [first]
        if len(start) == 2:
            second = " " if start[1].isspace() else start[1]
            wanted.append(first + second)
            if second == " ":
                wanted.extend(first + mark for mark in _MARKS)
        groups = tuple(group for group in wanted if group in self._by_start)
        if groups not in self._branches:
            keys = [key for group in groups for key in self._by_start[group]]
            self._branches[groups] = re.compile(_BEFORE + _pattern(_trie(keys)) + _AFTER) if keys else None
        return self._branches[groups]
