"""Translationese markers: phrases fluent English does not write, counted as garble evidence.

A marker is a calqued phrase or a piece of page furniture seen on real
machine-translated pages (``netizens``, ``microblog hot search``,
``Data map source:``).  Markers only *score*: they never
change text (:mod:`mtclean.scoring`).  They live in ``mtclean/data/markers.yaml``,
each with examples in which it counts, ``keep`` sentences of ordinary English
in which no marker counts, and the survey page that shows it; ``mtclean
glossary check`` validates the file (:func:`problems`).

Markers are cheap to look for: one lower-cased copy of the text is scanned
once for the places where a phrase may start, and a marker's regular
expression runs only there (:class:`Markers`).

>>> [(hit.marker, hit.text) for hit in find("Netizens said the dry goods sharing was useful.")]
[('netizens', 'Netizens'), ('dry-goods', 'dry goods sharing')]
>>> find("Internet users said the dry goods store was useful.")
[]
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import regex
import yaml

from mtclean.glossary.matcher import literal_pattern
from mtclean.glossary.model import Problem, safe_load
from mtclean.talked import KNOWN_AFTER, TERM_AFTER, TERM_LEAD, pinyin_offered_before
from mtclean.words import common_words

_FIELDS = frozenset(("name", "phrases", "examples", "keep", "source", "notes", "line_end", "shared"))
_REQUIRED = ("name", "phrases", "examples", "keep", "source")
_NAME = regex.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


class MarkerError(ValueError):
    """A markers file that cannot be loaded."""


@dataclass(frozen=True)
class Marker:
    """One translationese marker: its phrases, and sentences that show where it counts."""

    name: str
    phrases: tuple[str, ...]
    examples: tuple[str, ...]
    keep: tuple[str, ...]
    source: str
    line_end: bool = False
    notes: str = ""
    #: Careful Chinese-authored English writes it too (``netizens``): it counts only beside other evidence.
    shared: bool = False


@dataclass(frozen=True)
class Hit:
    """A marker found in a text."""

    marker: str
    start: int
    end: int
    text: str


def path() -> Path:
    """The shipped markers file."""
    return Path(str(resources.files("mtclean") / "data" / "markers.yaml"))


def _strings(value: Any, field: str, name: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(item, str) and item for item in value):
        raise MarkerError(f"marker {name!r}: {field} must be a list of non-empty strings")
    return tuple(value)


def read(file: Path) -> list[Marker]:
    """The markers of ``file``; raises :class:`MarkerError` if its schema is wrong."""
    data = safe_load(file.read_text(encoding="utf-8"))
    if not isinstance(data, list):
        raise MarkerError(f"{file}: a markers file is a YAML list")
    markers = []
    for item in data:
        if not isinstance(item, dict):
            raise MarkerError(f"{file}: every marker is a mapping")
        name = str(item.get("name", ""))
        missing = [field for field in _REQUIRED if field not in item]
        unknown = sorted(set(item) - _FIELDS)
        if missing or unknown:
            raise MarkerError(f"marker {name!r}: missing {missing}, unknown {unknown}")
        markers.append(
            Marker(
                name=name,
                phrases=_strings(item["phrases"], "phrases", name),
                examples=_strings(item["examples"], "examples", name),
                keep=_strings(item["keep"], "keep", name),
                source=str(item["source"]),
                line_end=bool(item.get("line_end", False)),
                notes=str(item.get("notes", "")),
                shared=bool(item.get("shared", False)),
            )
        )
    return markers


def _pattern(phrase: str, line_end: bool) -> str:
    """The regular expression of one phrase: its first letter either case, bounded where it is a letter."""
    first, rest = phrase[0], regex.escape(phrase[1:])
    head = f"[{first}{first.upper()}]" if first.islower() else regex.escape(first)
    # A number's phrase may be glued to the digits before it (`2065438+` holds `65438+`).
    before = (
        ""
        if line_end or not phrase[0].isalnum()
        else r"(?<![^\W\d])"
        if phrase[0].isdigit()
        else r"(?<![\w])"
    )
    after = r"[ \t]*(?=\n|\Z)" if line_end else r"(?![\w])" if phrase[-1].isalnum() else ""
    return before + head + rest + after


def _common_start(first: str, second: str) -> str:
    size = 0
    while size < min(len(first), len(second)) and first[size] == second[size]:
        size += 1
    return first[:size]


def _keys(phrases: Iterable[str]) -> list[str]:
    """Starts of the lower-cased ``phrases``, fewer than them, one of which each phrase starts with.

    >>> _keys(["Current location -", "Current location:", "hot search", "hot search list", "so-called"])
    ['current location', 'hot search', 'so-called']
    """
    keys: set[str] = set()
    for phrase in sorted({phrase.lower() for phrase in phrases}):
        shared = next((key for key in keys if len(_common_start(key, phrase)) >= 8), None)
        if shared is not None:
            keys.remove(shared)
            phrase = _common_start(shared, phrase)
        keys.add(phrase)
    return sorted(key for key in keys if not any(other != key and key.startswith(other) for other in keys))


#: Marks that may open a phrase before its first word (a quote, a bracket).
_OPENERS = frozenset('"“([【')


class Markers:
    """A set of markers, compiled for a cheap search.

    Each marker is one regular expression of its phrases; a text is first
    lower-cased and scanned once for the starts of the phrases (the *keys*),
    and each marker's expression is tried only where one of its keys starts.
    """

    def __init__(self, markers: Iterable[Marker]) -> None:
        self.markers = list(markers)
        #: The names of the markers that count only beside other evidence (:attr:`Marker.shared`).
        self.shared = frozenset(marker.name for marker in self.markers if marker.shared)
        #: Each marker's expression, compiled when a text first holds one of its keys.
        self._patterns: list[regex.Pattern[str] | None] = [None] * len(self.markers)
        #: What to look for: each marker's phrases lower-cased, those with a common start of
        #: several characters by that start, and none that contains another.
        self._keys = [
            (key, index) for index, marker in enumerate(self.markers) for key in _keys(marker.phrases)
        ]
        # Keys of phrases that start a word (their expression looks behind for
        # a word character) are found by one scan of a trie of them, at word
        # starts; a key found there also stands for every shorter key it
        # starts with.  A key that opens with a quote or a bracket before a
        # word (`"ashore"`) is found by its word, one character later.  The
        # few others (a line-end marker, `/kloc-`, a number's `65438+` that
        # may be glued to digits) are found one by one.
        scanned: list[tuple[str, int, int]] = []
        self._loose: list[tuple[str, int]] = []
        for key, index in self._keys:
            if self.markers[index].line_end or key[:1].isdigit():
                self._loose.append((key, index))
            elif key[:1].isalnum():
                scanned.append((key, index, 0))
            elif key[:1] in _OPENERS and key[1:2].isalnum():
                scanned.append((key[1:], index, 1))
            else:
                self._loose.append((key, index))
        #: For each key of the scan, the markers it stands for and how far before it their phrase starts.
        own: dict[str, set[tuple[int, int]]] = {}
        for key, index, shift in scanned:
            own.setdefault(key, set()).add((index, shift))
        self._markers_of = {
            key: sorted(set().union(*(own.get(key[:size], ()) for size in range(1, len(key) + 1))))
            for key in own
        }
        # Only ASCII word characters rule out a start here: the marker's own
        # expression (Unicode \w) decides the rest.  The scan takes the
        # character before a key rather than looking behind for it, so that
        # :mod:`re` skips the letters of a word in C; a key at the text's
        # start is looked for on its own.
        trie = literal_pattern(self._markers_of)
        self._scan = re.compile(r"[^A-Za-z0-9_](?=(" + trie + "))")
        self._first = re.compile("(?=(" + trie + "))")

    def pattern(self, index: int) -> regex.Pattern[str]:
        """The expression of marker ``index``: its phrases, longest first (compiled on first need).

        Compiling all of them up front cost a first ``score()`` a fifth of a second.
        """
        pattern = self._patterns[index]
        if pattern is None:
            marker = self.markers[index]
            phrases = sorted(marker.phrases, key=len, reverse=True)
            pattern = self._patterns[index] = regex.compile(
                "|".join(_pattern(phrase, marker.line_end) for phrase in phrases)
            )
        return pattern

    @property
    def scan_keys(self) -> frozenset[str]:
        """The keys the scan looks for at word starts (see ``__init__``), for a scan shared with other keys."""
        return frozenset(self._markers_of)

    def find(
        self, text: str, folded: str | None = None, keys: list[tuple[int, str]] | None = None
    ) -> list[Hit]:
        """Every marker in ``text``, in order; ``folded`` is ``text.lower()`` if the caller has it.

        Where a phrase may start is found by one scan of the lower-cased text
        (see ``__init__``), and a marker's expression is tried only there: a
        long text is not scanned once per marker.  ``keys`` is what that scan
        would find, if the caller scanned ``folded`` for these keys and others
        at once: the place and the longest of :attr:`scan_keys` at each place
        that opens the text or follows a character other than an ASCII letter,
        digit or underscore, in order.
        """
        folded = text.lower() if folded is None else folded
        if len(folded) != len(text):  # a letter whose lower case is longer (İ): the places shift
            return self._find_by_marker(text, folded)
        starts: dict[int, set[int]] = {}
        if self._markers_of:
            if keys is None:
                first = self._first.match(folded)
                keys = [(0, first.group(1))] if first is not None else []
                keys += [(found.start() + 1, found.group(1)) for found in self._scan.finditer(folded)]
            for place, key in keys:
                for index, shift in self._markers_of[key]:
                    if place >= shift:
                        starts.setdefault(index, set()).add(place - shift)
        for key, index in self._loose:
            position = folded.find(key)
            while position != -1:
                starts.setdefault(index, set()).add(position)
                position = folded.find(key, position + 1)
        hits = []
        for index, positions in starts.items():
            pattern, end = self.pattern(index), -1
            for position in sorted(positions):
                # As finditer would: no match overlaps the one before it.
                match = pattern.match(text, position) if position >= end else None
                if match is not None:
                    hits.append(Hit(self.markers[index].name, position, match.end(), match.group()))
                    end = match.end()
        return sorted(hits, key=lambda hit: hit.start)

    def _find_by_marker(self, text: str, folded: str) -> list[Hit]:
        """What :meth:`find` finds, each present marker's expression run over the whole text."""
        present = sorted({index for key, index in self._keys if key in folded})
        hits = [
            Hit(self.markers[index].name, match.start(), match.end(), match.group())
            for index in present
            for match in self.pattern(index).finditer(text)
        ]
        return sorted(hits, key=lambda hit: hit.start)


@cache
def default() -> Markers:
    """The shipped markers."""
    return Markers(read(path()))


# After a phrase, the words that present it as a word being taught, not used: "is a slang term
# for", '"rotten tail buildings", as they are known'.
# (Matched right after a phrase's last letter: never from inside a run of spaces.)
_TAUGHT_AFTER = regex.compile(r"(?<![ \t])[”’\"']?(?:" + TERM_AFTER + "|" + KNOWN_AFTER + ")")


def taught(text: str, start: int, end: int) -> bool:
    """Whether the phrase at ``start:end`` is presented as a word, not used: English explaining Chinese slang.

    Writing about China names its calques as terms (``the so-called
    melon-eating masses``, ``lanwei lou, or rotten-tail buildings``,
    ``"rotten tail buildings", as they are known``); MT uses them.  Such a
    hit is no evidence of MT.

    >>> text = "Known as lanwei lou, or rotten-tail buildings, the towers stand empty."
    >>> taught(text, 24, 45), taught("The rotten-tail buildings stand empty.", 4, 25)
    (True, False)
    """
    return (
        TERM_LEAD.search(text, max(0, start - 48), start) is not None
        or _TAUGHT_AFTER.match(text, end, end + 80) is not None
        or pinyin_offered_before(text, 0, start)
    )


def find(text: str, folded: str | None = None, keys: list[tuple[int, str]] | None = None) -> list[Hit]:
    """Every shipped marker in ``text``, in order; ``folded`` is ``text.lower()`` if the caller has it.

    ``keys`` is what the scan for the keys would find (see :meth:`Markers.find`).
    """
    return default().find(text, folded, keys)


def problems(file: Path | None = None) -> list[Problem]:
    """Every mistake in a markers file (the shipped one by default), for ``mtclean glossary check``.

    A marker needs a name of lower-case words and hyphens, a URL as its
    source, examples in which it is found, and keep sentences in which no
    marker is found; markers are sorted by name and have distinct phrases,
    none of them one common English word (which YAML makes of a phrase with
    a comma left unquoted: ``[urgent, difficult and worrying]``).
    """
    file = file or path()
    where = str(file)
    try:
        file_text = file.read_text(encoding="utf-8")
        markers = read(file)
    except (MarkerError, yaml.YAMLError) as error:
        return [Problem(where, 0, "", str(error))]
    found: list[Problem] = []
    compiled = Markers(markers)
    lines = {
        match.group(1): file_text.count("\n", 0, match.start()) + 1
        for match in regex.finditer(r"(?m)^- name: *(\S+)", file_text)
    }
    seen: dict[str, str] = {}
    for index, marker in enumerate(markers):

        def problem(message: str, name: str = marker.name) -> None:
            found.append(Problem(where, lines.get(name, 0), name, message))

        if not _NAME.fullmatch(marker.name):
            problem("a marker's name is lower-case words joined by hyphens")
        if index and marker.name < markers[index - 1].name:
            problem(f"markers are not sorted by name: {marker.name!r} after {markers[index - 1].name!r}")
        if not marker.source.startswith(("https://", "http://")):
            problem(f"source {marker.source!r} is not a URL")
        for phrase in marker.phrases:
            if phrase in seen:
                problem(f"phrase {phrase!r} is also a phrase of {seen[phrase]!r}")
            seen[phrase] = marker.name
            if phrase.lower() in common_words():
                problem(
                    f"phrase {phrase!r} is a common English word (a comma in an unquoted phrase splits it)"
                )
        for example in marker.examples:
            if marker.name not in {hit.marker for hit in compiled.find(example)}:
                problem(f"example {example!r} does not show the marker")
        for sentence in marker.keep:
            hits = compiled.find(sentence)
            if hits:
                problem(f"keep sentence {sentence!r} shows the marker {hits[0].marker!r} ({hits[0].text!r})")
    return found
