"""Translationese markers: phrases fluent English does not write, counted as garble evidence.

A marker is a calqued phrase or a piece of page furniture seen on real
machine-translated pages (``netizens``, ``microblog hot search``,
``Data map source:``).  Markers only *score*: they never
change text (:mod:`mtclean.scoring`).  They live in ``mtclean/data/markers.yaml``,
each with examples in which it counts, ``keep`` sentences of ordinary English
in which no marker counts, and the survey page that shows it; ``mtclean
glossary check`` validates the file (:func:`problems`).

Markers are cheap to look for: the words of one lower-cased copy of the
text are collected once, a phrase is looked for as a substring only if its
longest word is among them, and only the markers found run their regular
expression (:class:`Markers`).

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

from mtclean.glossary.model import Problem
from mtclean.words import common_words

_FIELDS = frozenset(("name", "phrases", "examples", "keep", "source", "notes", "line_end"))
_REQUIRED = ("name", "phrases", "examples", "keep", "source")
_NAME = regex.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
#: The words of a text that may anchor a key: four letters or digits or more (shorter ones are
#: common, and skipping them halves the cost of the split).
_TOKEN = re.compile(r"[a-z0-9]{4,}")


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
    data = yaml.safe_load(file.read_text(encoding="utf-8"))
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
            )
        )
    return markers


def _pattern(phrase: str, line_end: bool) -> str:
    """The regular expression of one phrase: its first letter either case, bounded where it is a letter."""
    first, rest = phrase[0], regex.escape(phrase[1:])
    head = f"[{first}{first.upper()}]" if first.islower() else regex.escape(first)
    before = r"(?<![\w])" if phrase[0].isalnum() and not line_end else ""
    after = r"[ \t]*(?=\n|\Z)" if line_end else r"(?![\w])" if phrase[-1].isalnum() else ""
    return before + head + rest + after


def _keys(phrases: Iterable[str]) -> list[str]:
    """The lower-cased ``phrases`` that contain no other: one of them is in every text where a phrase is.

    >>> _keys(["Current location -", "Current location:", "hot search", "hot search list"])
    ['current location -', 'current location:', 'hot search']
    """
    keys = {phrase.lower().strip() for phrase in phrases}
    return sorted(key for key in keys if not any(other != key and other in key for other in keys))


def _anchor(key: str, phrases: Iterable[str], line_end: bool) -> str | None:
    """The longest word (of four characters or more) of ``key`` that is whole wherever a phrase occurs (or None).

    A word is whole unless a letter or digit touches it in the key, it ends
    the key where a phrase goes on with a letter (``netizen`` of
    ``netizens``), or it starts the key of a phrase that may be glued to the
    word before it (``line_end``: ``5000Copy the code``).

    >>> _anchor("hot search", ["hot search list", "hot search"], False)
    'search'
    >>> _anchor("netizen", ["netizens", "netizen"], False) is None
    True
    >>> _anchor("copy the code", ["Copy the code"], True)
    'code'
    """
    folded = [phrase.lower().strip() for phrase in phrases]
    whole = []
    for token in _TOKEN.finditer(key):
        start, end = token.span()
        glued_before = key[start - 1].isalnum() if start else line_end
        glued_after = (
            key[end].isalnum()
            if end < len(key)
            else any(
                len(phrase) > end and phrase[end].isalnum() for phrase in folded if phrase.startswith(key)
            )
        )
        if not glued_before and not glued_after:
            whole.append(token.group())
    return max(whole, key=len) if whole else None


class Markers:
    """A set of markers, compiled for a cheap search.

    Each marker is one regular expression of its phrases.  A text is first
    lower-cased and split into its words of four characters or more once; a
    key of a marker (a phrase that contains no other of the marker's) is
    looked for as a plain substring only if its longest whole word is among
    them (a set intersection, almost always empty on clean text), and only
    the markers whose keys occur run their expression.  With 41 markers
    that costs a third of searching every key in every text.
    """

    def __init__(self, markers: Iterable[Marker]) -> None:
        self.markers = list(markers)
        self._patterns = [
            regex.compile(
                "|".join(
                    _pattern(phrase, marker.line_end)
                    for phrase in sorted(marker.phrases, key=len, reverse=True)
                )
            )
            for marker in self.markers
        ]
        #: What to look for: each marker's phrases lower-cased, none that contains another.
        self._keys = [
            (key, index) for index, marker in enumerate(self.markers) for key in _keys(marker.phrases)
        ]
        #: The keys by the word that must be in a text for the key to be in it, and the keys without one.
        self._by_anchor: dict[str, list[tuple[str, int]]] = {}
        self._unanchored: list[tuple[str, int]] = []
        for key, index in self._keys:
            marker = self.markers[index]
            anchor = _anchor(key, marker.phrases, marker.line_end)
            if anchor is None:
                self._unanchored.append((key, index))
            else:
                self._by_anchor.setdefault(anchor, []).append((key, index))

    def find(self, text: str) -> list[Hit]:
        """Every marker in ``text``, in order."""
        folded = text.lower()
        anchored = self._by_anchor.keys() & set(_TOKEN.findall(folded))
        candidates = [pair for word in anchored for pair in self._by_anchor[word]] + self._unanchored
        present = sorted({index for key, index in candidates if key in folded})
        hits = [
            Hit(self.markers[index].name, match.start(), match.end(), match.group())
            for index in present
            for match in self._patterns[index].finditer(text)
        ]
        return sorted(hits, key=lambda hit: hit.start)


@cache
def default() -> Markers:
    """The shipped markers."""
    return Markers(read(path()))


def find(text: str) -> list[Hit]:
    """Every shipped marker in ``text``, in order."""
    return default().find(text)


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
