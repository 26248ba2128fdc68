"""Translationese shapes: sentence shapes machine translation from Chinese writes often, counted as evidence.

A *shape* is a family of instances, not a phrase: a comma followed by a new
subject (``..., it has three lakes``), a sentence that opens with a Chinese
news frame (``At present,``, ``In recent years,``), a list closed by ``and
other`` + its noun, ``pay attention to``.  English writers use each now and
then; fluent machine translation uses them all the time, thinly but evenly.
So a shape only counts as a rate, in a text long enough for one
(:data:`mtclean.scoring.MIN_SHAPE_WORDS`), and never changes text.

The shapes live in ``mtclean/data/shapes.yaml``, each a few regular
expressions with examples in which it is found and ``keep`` sentences in
which it is not.  Every expression starts with a literal and runs over the
lower-cased text, and so every match starts with one of a few literal *keys*
(:func:`keys`): one scan of the text finds the keys of all the shapes at
once, and each expression is tried only where one of its keys is (a scan
per expression cost a page's score more than the markers' scan did).
Where a match may start (a word's or
a sentence's start) and the *guard* (a comma splice does not count in a
sentence opened by ``If``, ``After`` or ``In 1958``) are checked on the few
matches only.

>>> [(hit.shape, hit.text) for hit in find("Prices fell in May, this is the first drop. At present, sales are flat.")]
[('comma-splice', ', this is'), ('frame-initial', 'At present')]
>>> find("If it rains, it is wet. The shop is at present closed.")
[]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from mtclean.glossary.matcher import literal_pattern
from mtclean.glossary.model import safe_load
from mtclean.words import common_words

_TOP_FIELDS = frozenset(("openers", "time_words", "shapes"))
_FIELDS = frozenset(("name", "patterns", "start", "guard", "examples", "keep", "measured", "notes"))
_STARTS = ("word", "sentence", "paragraph", "clause", "any")
#: A literal start of two characters or more (a letter, a digit, a space, a comma, a semicolon or an apostrophe).
_LITERAL_START = re.compile(r"[a-z0-9 ,;']{2}")
#: What ends the sentence before a sentence start: a stop and spaces, or a line break.
_SENTENCE_END = re.compile(r"(?:\n|[.!?][\"”’)]?[ \t]+)\Z")
_WORD = re.compile(r"\w+")
#: What a key is written with: the characters that stand for themselves in an expression.
_LITERAL = frozenset("abcdefghijklmnopqrstuvwxyz0123456789 ,;'")
#: The most keys one expression is given (its alternatives multiply them).
_MOST_KEYS = 32
#: How far back a guard looks for the start of a sentence.
_REACH = 400
#: A sentence glued to the one before it (``said.The``, ``year."Driven``, ``time?Both``): a
#: stop, perhaps a closing quote, and a capitalised word with no space between.
#: The stop comes first and the letters before it are looked behind for from there: :mod:`re`
#: then skips to the next stop in C instead of trying a look-behind at every character.
_GLUED = re.compile(r"[.!?;](?<=[a-z]{2}[.!?;])[\"”’]?([A-Z][a-z]+)(?=[ ,])")
#: A sentence boundary written with its space (``said. The``).
_SPACED = re.compile(r"[.!?;](?<=[a-z][.!?;])[\"”’]?[ \t]+[A-Z][a-z]")
#: The word before a glued stop: a plain word, not a path, a host or an identifier.
_PLAIN_WORD = re.compile(r"[A-Za-z]?[a-z]+")
#: The fewest glued stops that count, and the least share of a text's sentence boundaries
#: they must be: a page whose paragraphs a scraper joined glues one boundary in two or three
#: (``Friday.The`` where a paragraph ended), a machine-translation farm glues nearly all.
GLUED_MIN = 3
GLUED_SHARE = 0.6
#: A conjunction that opens a subordinate clause inside a sentence: the comma that closes its
#: clause joins nothing (``they said that if we went, we would see nothing``).
_SUBORDINATOR = re.compile(
    r"\b(?:if|when|whenever|although|though|because(?! of\b)|while|unless|until|whether|as soon as|as long as)\b",
    re.IGNORECASE,
)


def _opens_paragraph(text: str, start: int) -> bool:
    """Whether ``start`` opens a paragraph: only spaces before it on its line, and the line before blank or ended.

    A line before that ends in a letter, a digit or a comma is a hard-wrapped
    sentence going on (``the terms of sections 1, 2,`` + ``7, and 8 survive``),
    so the line at ``start`` opens nothing.  Looks back at most :data:`_REACH`
    characters.

    >>> _opens_paragraph("Keep warm.\\n2, eat less salt", 11), _opens_paragraph("sections 1, 2,\\n7, and 8", 15)
    (True, False)
    """
    reach = max(0, start - _REACH)
    line = text.rfind("\n", reach, start)
    if text[line + 1 if line >= 0 else reach : start].strip(" \t"):
        return False
    if line < 0:
        return reach == 0
    before = text[reach:line].rstrip(" \t\r")
    return not before or before.endswith("\n") or not (before[-1].isalnum() or before[-1] == ",")


def _opens_capital_clause(text: str, start: int) -> bool:
    """Whether the semicolon at ``start`` follows a word and the clause after it opens with a capital.

    Machine translation keeps the capital of each Chinese clause it joins
    with a semicolon (``the rate is 4.21%; The average rate``); English
    capitalises there only a name or ``I``, which the shape's words leave out.
    The semicolon must follow a lower-case letter, a digit or a closing mark,
    so a list of abbreviations (``Mand.; Cant.``, ``Co.; The``) opens
    nothing; the shape's words are no titles or labels (``Ma; President``),
    and a capital that goes on into a title (``; The Times``) is a name's.

    >>> _opens_capital_clause("rain fell; The road shut", 9), _opens_capital_clause("rain fell; the road", 9)
    (True, False)
    >>> _opens_capital_clause("Hengda Co.; The firm", 10), _opens_capital_clause("Reuters; The Times said", 7)
    (False, False)
    """
    before = text[start - 1 : start]
    if not before or not (before.islower() or before.isdigit() or before in ')%"”’'):
        return False
    words = text[start + 1 : start + 40].split(maxsplit=2)
    # "; The Times reported": the capital goes on into a title or a name, which English capitalises.
    return len(words) > 1 and words[0][:1].isupper() and not words[1][:1].isupper()


class ShapeError(ValueError):
    """A shapes file that cannot be loaded."""


@dataclass(frozen=True)
class Shape:
    """One translationese shape: its expressions, where a match may start, and sentences that show it."""

    name: str
    patterns: tuple[str, ...]
    examples: tuple[str, ...]
    keep: tuple[str, ...]
    start: str = "word"
    guard: bool = False
    measured: str = ""
    notes: str = ""


@dataclass(frozen=True)
class Hit:
    """A shape found in a text."""

    shape: str
    start: int
    text: str


def path() -> Path:
    """The shipped shapes file."""
    return Path(str(resources.files("mtclean") / "data" / "shapes.yaml"))


def _strings(item: dict[str, Any], field: str) -> tuple[str, ...]:
    value = item.get(field)
    if not isinstance(value, list) or not all(isinstance(s, str) and s for s in value):
        raise ShapeError(f"shape {item.get('name')!r}: {field} must be a list of non-empty strings")
    return tuple(value)


def read(file: Path) -> tuple[frozenset[str], frozenset[str], list[Shape]]:
    """The openers, the time words and the shapes of ``file``; raises :class:`ShapeError` if its schema is wrong."""
    data = safe_load(file.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("shapes"), list):
        raise ShapeError(f"{file}: a shapes file is a mapping with openers and a list of shapes")
    unknown_top = sorted(set(data) - _TOP_FIELDS)
    if unknown_top:
        raise ShapeError(f"{file}: unknown fields {unknown_top}")
    openers = frozenset(_strings(data, "openers"))
    time_words = frozenset(_strings(data, "time_words")) if "time_words" in data else frozenset()
    shapes = []
    for item in data["shapes"]:
        if not isinstance(item, dict):
            raise ShapeError(f"{file}: every shape is a mapping")
        unknown = sorted(set(item) - _FIELDS)
        if unknown or "name" not in item or item.get("start", "word") not in _STARTS:
            raise ShapeError(f"shape {item.get('name')!r}: unknown fields {unknown} or a wrong start")
        patterns = _strings(item, "patterns")
        slow = [pattern for pattern in patterns if not _LITERAL_START.match(pattern)]
        if slow:
            raise ShapeError(f"shape {item['name']!r}: {slow[0]!r} does not start with a lower-case literal")
        shapes.append(
            Shape(
                str(item["name"]),
                patterns,
                _strings(item, "examples"),
                _strings(item, "keep"),
                str(item.get("start", "word")),
                bool(item.get("guard", False)),
                str(item.get("measured", "")),
                str(item.get("notes", "")),
            )
        )
    return openers, time_words, shapes


def _structure(pattern: str) -> list[tuple[int, str, int]]:
    """Each character of ``pattern`` that is no escape and in no class, with its group depth.

    The depth of ``(`` and ``)`` is the depth outside their group.
    """
    found, depth, index = [], 0, 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":  # a class: its brackets, bars and parentheses are characters
            index += 2 if pattern[index + 1 : index + 2] == "^" else 1
            index += 1  # a "]" first in a class stands for itself
            while index < len(pattern) and pattern[index] != "]":
                index += 2 if pattern[index] == "\\" else 1
            index += 1
            continue
        if char == ")":
            depth -= 1
        found.append((index, char, depth))
        if char == "(":
            depth += 1
        index += 1
    return found


def _literal(text: str) -> tuple[str, bool]:
    """The literal start of ``text`` (without a last letter a quantifier makes optional), and whether it is all of it."""
    size = 0
    while size < len(text) and text[size] in _LITERAL:
        size += 1
    if size < len(text) and text[size] in "?*{":
        return text[: size - 1], False
    return text[:size], size == len(text)


def keys(pattern: str) -> tuple[str, ...]:
    """Literals one of which every match of ``pattern`` starts with; none if a match may start otherwise.

    The pattern's literal start, and after it the alternatives of a group,
    as long as they are literals (at most :data:`_MOST_KEYS` keys).

    >>> keys("at th(?:is|at) time"), keys("pays? attention"), keys(", (?:it|we(?:re)?) [a-z]")
    (('at this time', 'at that time'), ('pay',), (', it', ', we'))
    >>> keys("in (?:a|b)c|d"), keys("in (?:recent years|addition(?! to))"), keys("(?:one|[ab]c)")
    ((), ('in recent years', 'in addition'), ())
    """
    structure = _structure(pattern)
    if any(char == "|" and not depth for _, char, depth in structure):
        return ()
    found, index = [""], 0
    while True:
        head, _ = _literal(pattern[index:])
        found = [key + head for key in found]
        index += len(head)
        if not pattern.startswith("(?:", index):  # the end, an operator, or a letter made optional
            break
        end = next(place for place, char, depth in structure if place > index and char == ")" and not depth)
        if pattern[end + 1 : end + 2] in ("?", "*", "{"):
            break
        bars = [
            place for place, char, depth in structure if index < place < end and char == "|" and depth == 1
        ]
        alternatives = [
            pattern[start + 1 : stop] for start, stop in zip([index + 2, *bars], [*bars, end], strict=True)
        ]
        heads = [_literal(alternative) for alternative in alternatives]
        if len(found) * len(heads) > _MOST_KEYS:
            break
        found = [key + head for key in found for head, _ in heads]
        index = end + 1
        if not all(whole for _, whole in heads):
            break
    return tuple(found) if all(found) else ()


def _refrain(text: str, opening: int, start: int) -> bool:
    """Whether the clause after the comma at ``start`` repeats the first two words of the clause before it.

    A song's or a speech's refrain (``We shall overcome, we shall overcome``)
    repeats a clause word for word; a comma splice starts a new one (``The
    bus was late, I want a bike``).

    >>> text = "We shall overcome, we shall overcome some day."
    >>> _refrain(text, 0, text.index(",")), _refrain("The bus was late, I want a bike.", 0, 16)
    (True, False)
    """
    clause = text.rfind(",", opening, start) + 1 or opening
    before = _WORD.findall(text[clause:start].lower())[:2]
    after = _WORD.findall(text[start : start + 80].lower())[:2]
    return len(before) == 2 and before == after


class Shapes:
    """A set of shapes, each of its expressions compiled on its own, all found by one scan for their keys (:func:`keys`)."""

    def __init__(self, openers: frozenset[str], time_words: frozenset[str], shapes: list[Shape]) -> None:
        self.openers = openers
        #: The openers of several words (``The next day``), matched with the word after them.
        self._phrases = tuple(f"{opener}{end}" for opener in openers if " " in opener for end in " ,")
        self.time_words = time_words
        self.shapes = shapes
        self._compiled = [(shape, re.compile(pattern)) for shape in shapes for pattern in shape.patterns]
        # The scan looks at word starts only: one character that is no ASCII letter or digit,
        # then a key.  A key that opens with a mark (a comma splice's ", it ") is found as the
        # rest of it after that mark.  An expression with no keys, or one that may start inside
        # a word, is run over the whole text (``_loose``).
        own: dict[str, set[tuple[int, str]]] = {}
        self._loose: list[int] = []
        for index, (shape, pattern) in enumerate(self._compiled):
            found = keys(pattern.pattern)
            if not found or (shape.start == "any" and any(key[0].isalnum() for key in found)):
                self._loose.append(index)
            for key in found if index not in self._loose else ():
                mark, rest = ("", key) if key[0].isalnum() else (key[0], key[1:])
                own.setdefault(rest, set()).add((index, mark))
        #: For each key the scan finds, the expressions it stands for (also those of every shorter
        #: key it starts with) and the mark each needs before it ("" for none).
        self._expressions_of = {
            key: sorted(set().union(*(own.get(key[:size], ()) for size in range(1, len(key) + 1))))
            for key in own
        }
        trie = literal_pattern(self._expressions_of) if own else "(?!)"
        self._scan = re.compile(f"[^a-z0-9](?=({trie}))")
        self._first = re.compile(f"(?=({trie}))")

    def _starts_right(self, shape: Shape, text: str, start: int) -> bool:
        if shape.start == "word":
            return not (start and text[start - 1].isalnum())
        if shape.start == "sentence":
            return text[start].isupper() and (
                not start or bool(_SENTENCE_END.search(text, max(0, start - 4), start))
            )
        if shape.start == "paragraph":
            return _opens_paragraph(text, start)
        if shape.start == "clause":
            return _opens_capital_clause(text, start)
        return True

    def _opens(self, text: str, opening: int, start: int) -> bool:
        """Whether the words from ``opening`` to ``start`` open with an opener, a participle or a short adverbial."""
        first = _WORD.search(text, opening, start)
        if first is None:
            return False
        word = first.group()
        participle = (len(word) > 5 and word.endswith("ing")) or (len(word) > 4 and word.endswith("ed"))
        if word in self.openers or (word[:1].isupper() and participle):
            return True
        before = text[first.start() : start]
        if before.startswith(self._phrases):
            return True
        if "," in before:
            return False
        words = _WORD.findall(before.lower())
        if len(words) == 1:
            # One word is no clause ("Currently, there are"), nor is a year ("2019, it was"); a
            # list's number is a Chinese list's 1、 ("1, You need a permit").
            return words[0].isalpha() or (len(words[0]) == 4 and words[0].isdigit())
        return len(words) <= 4 and all(w in self.time_words or w.isdigit() for w in words)

    def _guarded(self, text: str, start: int) -> bool:
        """Whether the sentence holding ``start``, or its clause after a colon, opens as an opener does.

        A participle opens a phrase before the subject as an opener does
        (``Lifting my head, I saw the moon``; ``Located in the hills, it
        is``); so do an opener of several words (``The next day,``), a short
        time phrase made only of time words (``Last week,``, ``Half a year
        ago,``) and one word alone (``Supposedly,``, ``Currently,``).  A
        subordinate clause opened inside the sentence ends at the comma too
        (``they said that if we went, we would see nothing``), and a
        quotation opened with ``“`` inside a sentence starts a sentence of
        its own.  The sentence's start is looked for at most :data:`_REACH`
        characters back, so a text of many hits and no stops is not scanned
        once per hit.
        """
        reach = max(0, start - _REACH)
        opening = max(reach - 1, *(text.rfind(mark, reach, start) for mark in ".!?\n")) + 1
        quote = text.rfind("“", opening, start)
        if quote >= 0 and "”" not in text[quote:start]:
            opening = quote + 1
        colon = text.rfind(":", opening, start)
        if self._opens(text, opening, start) or (colon >= 0 and self._opens(text, colon + 1, start)):
            return True
        before = text[opening:start]
        return _SUBORDINATOR.search(before, before.rfind(",") + 1) is not None or _refrain(
            text, opening, start
        )

    @property
    def scan_keys(self) -> frozenset[str]:
        """The keys the scan looks for at word starts (see ``__init__``), for a scan shared with other keys."""
        return frozenset(self._expressions_of)

    def _places(self, folded: str, found: list[tuple[int, str]] | None = None) -> dict[int, list[int]]:
        """Where each expression may match in ``folded``: the places of its keys, by one scan (unless ``found``)."""
        places: dict[int, list[int]] = {index: [] for index in self._loose}
        if found is None:
            first = self._first.match(folded)
            found = [(0, first.group(1))] if first is not None else []
            found += [(match.start() + 1, match.group(1)) for match in self._scan.finditer(folded)]
        for place, key in found:
            for index, mark in self._expressions_of[key]:
                if not mark:
                    places.setdefault(index, []).append(place)
                elif place and folded[place - 1] == mark:
                    places.setdefault(index, []).append(place - 1)
        return places

    def find(
        self, text: str, folded: str | None = None, keys: list[tuple[int, str]] | None = None
    ) -> list[Hit]:
        """Every shape in ``text``, in order; a match that starts inside an earlier one does not count.

        ``folded`` is ``text.lower()`` if the caller has it, and ``keys`` what
        the scan for the keys would find in it, if the caller scanned for
        these keys and others at once: the place and the longest of
        :attr:`scan_keys` at each place that opens the text or follows a
        character other than an ASCII letter or digit, in order.

        Each expression is tried where one of its keys is found (:meth:`_places`),
        as :func:`re.finditer` would try it: no match of an expression starts
        inside its match before.
        """
        if folded is None or len(folded) != len(text):
            folded, keys = self._folded(text), None
        found = []
        for index, places in sorted(self._places(folded, keys).items()):
            shape, pattern = self._compiled[index]
            if index in self._loose:
                matches = list(pattern.finditer(folded))
            else:
                matches, end = [], 0
                for place in sorted(places):
                    match = pattern.match(folded, place) if place >= end else None
                    if match is not None:
                        matches.append(match)
                        end = match.end()
            found += [
                (match.start(), match.end(), index)
                for match in matches
                if self._starts_right(shape, text, match.start())
                and not (shape.guard and self._guarded(text, match.start()))
            ]
        return self._hits(text, found)

    def find_each(self, text: str) -> list[Hit]:
        """What :meth:`find` finds, each expression run over the whole text (slower; for the tests)."""
        folded = self._folded(text)
        found = [
            (match.start(), match.end(), index)
            for index, (shape, pattern) in enumerate(self._compiled)
            for match in pattern.finditer(folded)
            if self._starts_right(shape, text, match.start())
            and not (shape.guard and self._guarded(text, match.start()))
        ]
        return self._hits(text, found)

    @staticmethod
    def _folded(text: str) -> str:
        folded = text.lower()
        if len(folded) != len(text):  # a letter whose lower case is longer (İ): the places shift
            folded = "".join(char.lower()[0] for char in text)
        return folded

    def _hits(self, text: str, found: list[tuple[int, int, int]]) -> list[Hit]:
        """The hits of the matches ``found`` (start, end, expression), a match inside an earlier one left out.

        Matches that start and end alike are taken in the order of the expressions.
        """
        hits, end = [], 0
        for start, stop, index in sorted(found):
            if start >= end:
                hits.append(Hit(self._compiled[index][0].name, start, text[start:stop]))
                end = stop
        return hits


@cache
def default() -> Shapes:
    """The shipped shapes."""
    return Shapes(*read(path()))


def glued_stops(text: str) -> list[Hit]:
    """Sentences glued to the sentence before them (``said.The``), where a text glues most of its boundaries.

    Machine translation of Chinese prose, whose full stop takes no space,
    leaves the next sentence glued to the stop on whole pages; English
    written as English glues one now and then, where a scraper joined two
    paragraphs.  So they count only where there are :data:`GLUED_MIN` or
    more and they are at least :data:`GLUED_SHARE` of the text's sentence
    boundaries.  The word after the stop must be an ordinary English word
    and the word before it a plain word, so code (``obj.Println``), hosts and
    paths do not count.

    >>> text = "Sales rose.The firm grew.It hired staff.Prices fell."
    >>> [hit.text for hit in glued_stops(text)]
    ['.The', '.It', '.Prices']
    >>> glued_stops("Sales rose. The firm grew.It hired staff. Prices fell. Costs rose.They said.So")
    []
    """
    found = []
    for match in _GLUED.finditer(text):
        if match.group(1).lower() not in common_words():
            continue
        # The word before the stop: the last of the 40 characters before it (a bounded look back).
        word = text[max(0, match.start() - 40) : match.start()].rsplit(maxsplit=1)[-1:]
        if word and _PLAIN_WORD.fullmatch(word[0]):
            found.append(Hit("glued-stop", match.start(), match.group(0)))
    if len(found) < GLUED_MIN:
        return []
    spaced = sum(1 for _ in _SPACED.finditer(text))
    return found if len(found) >= GLUED_SHARE * (len(found) + spaced) else []


def find(text: str, folded: str | None = None, keys: list[tuple[int, str]] | None = None) -> list[Hit]:
    """Every shipped shape in ``text``, and its glued stops (:func:`glued_stops`), in order.

    ``folded`` is ``text.lower()`` if the caller has it; ``keys`` is what the
    scan for the keys would find in it (see :meth:`Shapes.find`).
    """
    hits = default().find(text, folded, keys)
    glued = glued_stops(text)
    return sorted(hits + glued, key=lambda hit: hit.start) if glued else hits
