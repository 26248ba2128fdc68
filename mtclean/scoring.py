"""The garble score: how much machine-translation evidence a text shows.

The score reuses the passes: a text is run through the pipeline's
``explain`` and every change counts as evidence, weighted by the *signal*
its rule belongs to.  There is no second set of patterns to drift apart from
the ones that clean.  Three more kinds of evidence change nothing in the text:

* renderings of the glossary that the judge left alone for want of evidence
  (``Bian Xiao``, ``millet``, ``the warehouse``), which the glossary pass
  notes in the document's memo as it goes: ordinary English or a real name
  as often as garble, so they weigh little (signal ``ambiguous``);
* translationese markers (``netizens``, ``microblog hot search``,
  ``Data map source:``; :mod:`mtclean.markers`);
* translationese shapes, families of sentence shapes such as a comma
  followed by a new subject or a sentence opened by ``At present,``
  (:mod:`mtclean.shapes`): English writers use each now and then, so they
  count only in a text of :data:`MIN_SHAPE_WORDS` words or more, where a
  rate means something (signal ``shapes``);
* the document as a whole: the share of its paragraphs that show any
  evidence (``paragraphs``, for a text of three paragraphs or more) and the number of signals seen in two paragraphs
  or more (``repeated``), and the number of different rules and markers
  that gave evidence (``kinds``), both at most :data:`REPEATED_CAP`: machine
  translation leaves scars of many kinds all over a page, a writer's slip
  is one thing in one place.

Signals from changes, ambiguous renderings, markers and shapes count per 100 words;
the document signals count once.  The score is the sum of each signal times
its weight.  The weights, the default threshold and the operating points
(thresholds for chosen precisions) are data, in ``mtclean/data/detector.toml``,
fitted on the training split of the corpora by
``tools/calibrate_detector.py`` (``docs/evaluation.md`` shows how, and the
figures).
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import islice
from operator import itemgetter
from typing import Any, NamedTuple

import regex

from mtclean import markers, shapes
from mtclean.edits import Change, Record
from mtclean.glossary.matcher import literal_pattern
from mtclean.passes.glossary import LEFT_ALONE

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

#: The signals, in the order of the weights in the data file.
SIGNALS = (
    "glossary",
    "numbers",
    "casing",
    "characters",
    "furniture",
    "apostrophes",
    "tokens",
    "weak",
    "spacing",
    "ambiguous",
    "markers",
    "shapes",
    "paragraphs",
    "repeated",
    "kinds",
)
#: The signals of the whole document, counted once rather than per 100 words.
DOCUMENT_SIGNALS = ("paragraphs", "repeated", "kinds")
#: The fewest paragraphs for which the share of paragraphs with evidence counts (one slip
#: in a one-paragraph text would otherwise be a share of 1).
MIN_PARAGRAPHS = 3
#: The fewest words of a text in which shapes count (a keep sentence, a short note: one comma
#: splice there is a writer's choice, not a rate).
MIN_SHAPE_WORDS = 90
#: Rules that count as one kind of evidence: the two halves of one artefact (a full-width
#: pair, ``《Xinhua News》``, is one scar, not two), and a glossary repair however its
#: evidence was found (a rendering repaired once on its sentence's evidence and once on
#: the document's is one kind of scar, not two).
_KIND_OF = {
    "chinese.closing": "chinese.opening",
    "glossary.name-in-context": "glossary.name",
    "glossary.name-in-document": "glossary.name",
}
#: The most repeated signals, and the most kinds of evidence, that count.
REPEATED_CAP = 5

#: The signal of a change by its pass (a change of spacing alone is always ``spacing``).
_PASS_SIGNALS = {
    "glossary": "glossary",
    "phrases": "glossary",
    "dates": "numbers",
    "numbers": "numbers",
    "enumerators": "numbers",
    "lists": "numbers",
    "casing": "casing",
    "unicode": "characters",
    "chinese": "characters",
    "residual": "characters",
    "markup": "characters",
    "boilerplate": "furniture",
    "apostrophes": "apostrophes",
    "tokens": "tokens",
    "repeats": "tokens",
}
#: Rules whose changes are weaker evidence than their pass's: typography a writer may use.
_WEAK_RULES = frozenset(
    (
        "casing.paragraph-start",
        "casing.quote-start",
        "punctuation.doubled-mark",
        "unicode.full-width",
        "quotes.duplicate-name",
        # "to to", "the the": a writer's slip as often as MT's.
        "repeats.doubled-word",
        # "Your location:Home > About": the navigation of a Chinese site's template, above
        # careful English (a bank's, a university's) as often as above MT.
        "boilerplate.location-label",
        # "grew 20~30%": the range mark Chinese writers type in their own English too.
        "tokens.tilde-range",
        # "□ Yes ?No": a tick an encoding lost, on a careful report as on any other.
        "chinese.lost-tick",
    )
)
#: Signals that show garble in a paragraph (for the document signals).  Casing is not one:
#: a tokeniser's spaced comma before a capitalised name looks like a garbled fragment start;
#: nor are shapes, which English writers use too, only less often; nor is a lost apostrophe,
#: which a PDF's extraction and casual writing leave too.
_STRONG = frozenset(SIGNALS) - {
    "weak",
    "spacing",
    "casing",
    "ambiguous",
    "shapes",
    "apostrophes",
    *DOCUMENT_SIGNALS,
}

# Possessive throughout: what follows a word's letters always matches (at worst, nothing), so
# nothing is ever given back, and ``re`` need not keep the places to give back to.
_ASCII_WORD = re.compile(r"[A-Za-z0-9]++(?:'[A-Za-z]++|(?<=[0-9])[.,][0-9]++)*+")
# Text in Latin-1, the Latin Extended blocks, General Punctuation and the
# Chinese and full-width punctuation marks (English with curly quotes and
# dashes, and most garble): the letters and numbers of ``_WORD`` spelt out for
# :mod:`re`, which counts them twice as fast (tests check the classes).
LATIN_RANGES = "\x00-\u024f\u2000-\u206f\u3000-\u3004\u3008-\u3020\u3030\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65"
_LATIN = re.compile(f"[{LATIN_RANGES}]*")
_LATIN_LETTER = "A-Za-zªµºÀ-ÖØ-öø-ɏ"
_LATIN_NUMBER = "0-9²³¹¼-¾"
_LATIN_WORD = re.compile(
    rf"[{_LATIN_LETTER}{_LATIN_NUMBER}]++(?:['’][{_LATIN_LETTER}]++|(?<=[{_LATIN_NUMBER}])[.,][{_LATIN_NUMBER}]++)*+"
)
_WORD = regex.compile(r"[[\p{L}\p{N}]--\p{Han}]+(?:['’]\p{L}+|(?<=\p{N})[.,]\p{N}+)*", regex.VERSION1)
# The same words, each found as an empty group: ``findall`` then lists the one empty string
# instead of making a string of every word, which only the count is wanted of.
_ASCII_COUNTED = re.compile(_ASCII_WORD.pattern + "()")
_LATIN_COUNTED = re.compile(_LATIN_WORD.pattern + "()")
_HAN = regex.compile(r"\p{Han}")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


@dataclass(frozen=True)
class Detector:
    """The calibrated detector: a weight per signal, the default threshold, and operating points.

    ``points`` maps a precision measured on the held-out split to the lowest
    threshold that reached it (and the recall there), for ``is_garbled(precision=...)``.
    """

    weights: dict[str, float]
    threshold: float
    points: tuple[tuple[float, float, float], ...]
    provenance: dict[str, Any]


def _load(data: dict[str, Any]) -> Detector:
    weights = {name: float(value) for name, value in data["weights"].items()}
    missing = [name for name in SIGNALS if name not in weights]
    if missing:
        raise ValueError(f"detector data: no weight for {', '.join(missing)}")
    points = tuple(
        sorted(
            (float(p["precision"]), float(p["threshold"]), float(p["recall"])) for p in data.get("points", [])
        )
    )
    return Detector(weights, float(data["threshold"]), points, dict(data.get("provenance", {})))


@cache
def detector() -> Detector:
    """The shipped detector, from ``mtclean/data/detector.toml``."""
    source = resources.files("mtclean") / "data" / "detector.toml"
    return _load(tomllib.loads(source.read_text(encoding="utf-8")))


#: The default threshold of :func:`mtclean.is_garbled`, from the data file.
THRESHOLD = detector().threshold
#: The weight of a change that only adds or removes spaces, whatever its rule.
SPACING = detector().weights["spacing"]


def threshold_for(precision: float) -> float:
    """The threshold of the stored operating point with the lowest precision at least ``precision``.

    >>> threshold_for(0.97) == THRESHOLD
    True
    """
    for reached, threshold, _ in detector().points:
        if reached >= precision:
            return threshold
    raise ValueError(f"no stored operating point reaches precision {precision}")


def signal(rule: str) -> str:
    """The signal a change by ``rule`` counts for (unless it changes spacing alone).

    >>> signal("glossary.name"), signal("dates.month-day"), signal("casing.quote-start")
    ('glossary', 'numbers', 'weak')
    """
    if rule in _WEAK_RULES:
        return "weak"
    return _PASS_SIGNALS.get(rule.partition(".")[0], "weak")


def weight(rule: str) -> float:
    """The evidence one change by ``rule`` gives (one that is not spacing alone)."""
    return detector().weights[signal(rule)]


def words(text: str) -> int:
    """The number of words in ``text`` (each Chinese character counts as one).

    >>> words("NetEase Auto, August 9: it's 18,000 cars.")
    7
    """
    if text.isascii():  # the same count, with a cheaper expression
        return len(_ASCII_COUNTED.findall(text))
    if _LATIN.fullmatch(text):
        return len(_LATIN_COUNTED.findall(text))
    return len(_WORD.findall(text)) + len(_HAN.findall(text))


def has_words(text: str, count: int) -> bool:
    """Whether ``text`` holds at least ``count`` :func:`words`, counting no further than that.

    >>> has_words("NetEase Auto, August 9", 4), has_words("NetEase Auto", 3)
    (True, False)
    """
    if text.isascii():
        found = _ASCII_WORD.finditer(text)
    elif _LATIN.fullmatch(text):
        found = _LATIN_WORD.finditer(text)
    else:
        return words(text) >= count
    return sum(1 for _ in islice(found, count)) >= count


def _only_spacing(before: str, after: str) -> bool:
    if not before.strip() and not after.strip():  # most spacing changes: one space in or out
        return True
    return "".join(before.split()) == "".join(after.split())


def _signal_of(change: Change) -> str:
    """The signal of ``change``: ``spacing`` if it changes spaces alone, ``casing`` if a name's case alone.

    A name written in lower case (``official weibo account``) is a writer's
    choice as often as MT's: it weighs what a change of case weighs, not
    what a literal rendering (``millet`` for Xiaomi) does.

    >>> _signal_of(Change("glossary.name", 0, 5, "weibo", "Weibo")), _signal_of(Change("glossary.name", 0, 6, "millet", "Xiaomi"))
    ('casing', 'glossary')
    """
    return _signal_of_record(change.rule, change.before, change.after)


#: The signal of each rule seen so far: :func:`signal` of it, looked up once (a long text's
#: thousands of changes come from a few dozen rules).
_SIGNAL_OF: dict[str, str] = {}


def _signal_of_record(rule: str, before: str, after: str) -> str:
    """The signal of a change by ``rule`` of ``before`` into ``after`` (see :func:`_signal_of`)."""
    if _only_spacing(before, after):
        return "spacing"
    found = _SIGNAL_OF.get(rule)
    if found is None:
        found = _SIGNAL_OF[rule] = signal(rule)
    if found == "glossary" and before.lower() == after.lower():
        return "casing"
    return found


def _records(changes: Iterable[Change]) -> list[Record]:
    """The fields of each of ``changes``, as the pipeline records them."""
    return [(c.rule, c.start, c.end, c.before, c.after, c.evidence) for c in changes]


def evidence(changes: Iterable[Change]) -> float:
    """The summed weight of ``changes``; any change of spacing alone weighs :data:`SPACING`.

    A tokeniser spaces clock times (``4 : 30``) as it spaces commas, so the
    date rule that closes them up gives no more evidence than the comma rule.
    """
    return sum(detector().weights[_signal_of(change)] for change in changes)


class Evidence(NamedTuple):
    """One piece of evidence: its signal, the name shown to the user, and where it starts.

    A named tuple, not a frozen dataclass: a page gives thousands, and a
    tuple is made several times faster.
    """

    signal: str
    name: str
    start: int


def left_alone(memo: Mapping[str, object]) -> list[str]:
    """The entries of the ambiguous renderings the glossary left alone, from an explanation's memo."""
    found = memo.get(LEFT_ALONE)
    return sorted(str(name) for name, _ in found) if isinstance(found, set) else []


def collect(text: str, changes: Sequence[Change], ambiguous: Iterable[str] = ()) -> list[Evidence]:
    """Every piece of evidence in ``text``: its changes, markers, shapes and the ``ambiguous`` renderings left alone.

    ``ambiguous`` names the entry of each (:func:`left_alone`); their place
    is not known, so they count for no paragraph.  A *shared* marker, one
    that careful Chinese-authored English writes too (``netizens``), counts
    only where the text shows other strong evidence.  Shapes count only in
    a text of :data:`MIN_SHAPE_WORDS` words or more.

    >>> [item.name for item in collect("Netizens praised it.", [])]
    []
    >>> [item.name for item in collect("Netizens praised the dry goods sharing.", [])]
    ['marker.dry-goods', 'marker.netizens']
    """
    return list(map(Evidence, *_collect(text, _records(changes), ambiguous)[0]))


#: Evidence as three lists, its signals, names and starts: :func:`measure_records` makes no
#: object per piece (a text of a megabyte gives ten thousand, which the cyclic garbage collector
#: would look at, and count towards its next full collection, as long as they live).
_Columns = tuple[list[str], list[str], list[int]]


_Keys = list[tuple[int, str]]


class _KeyScan:
    """One scan of a lower-cased text for the keys of the markers and of the shapes at once.

    Each looks for its keys at word starts with a trie of them (a scan
    cost about as much as cleaning's whole glossary pass on a page); one
    trie of both sets finds at each place the longest key of either, and
    the longest key of each set at that place is a start of it.
    """

    def __init__(self, marker_keys: frozenset[str], shape_keys: frozenset[str]) -> None:
        def longest(key: str, keys: frozenset[str]) -> str | None:
            return next((key[:size] for size in range(len(key), 0, -1) if key[:size] in keys), None)

        every = marker_keys | shape_keys
        of = {key: (longest(key, marker_keys), longest(key, shape_keys)) for key in every}
        #: For each key of either set that starts with a key of the markers, the longest such key;
        #: the same for the shapes.
        self._marker_key = {key: marker for key, (marker, _) in of.items() if marker is not None}
        self._shape_key = {key: shape for key, (_, shape) in of.items() if shape is not None}
        trie = literal_pattern(every) if every else "(?!)"
        # The shapes' scan takes a place after any character but an ASCII letter or digit, the
        # markers' not after an underscore either (the text is lower-cased: no capitals are left).
        self._scan = re.compile(f"[^a-z0-9](?=({trie}))")
        self._first = re.compile(f"(?=({trie}))")

    def find(self, folded: str) -> tuple[_Keys, _Keys]:
        """The keys of the markers and those of the shapes in ``folded``, as their own scans find them."""
        first = self._first.match(folded)
        found = [(0, first[1])] if first is not None else []
        # A match is the one character before the key: it ends where the key starts.
        found += [(match.end(), match[1]) for match in self._scan.finditer(folded)]
        marker_of, shape_of = self._marker_key, self._shape_key
        marker_keys = [
            (place, marker_of[key])
            for place, key in found
            if key in marker_of and (not place or folded[place - 1] != "_")
        ]
        shape_keys = [(place, shape_of[key]) for place, key in found if key in shape_of]
        return marker_keys, shape_keys


@cache
def _key_scan() -> _KeyScan:
    return _KeyScan(markers.default().scan_keys, shapes.default().scan_keys)


def _collect(text: str, records: Sequence[Record], ambiguous: Iterable[str]) -> tuple[_Columns, int | None]:
    """What :func:`collect` finds, as columns, from the changes' records (:data:`mtclean.edits.Record`).

    And the text's :func:`words`, if they were counted (to know whether its shapes count).
    """
    signals = [_signal_of_record(rule, before, after) for rule, _, _, before, after, _ in records]
    names = list(map(itemgetter(0), records))
    starts = list(map(itemgetter(1), records))
    count = None

    def add(signal: str, found: Iterable[tuple[str, int]]) -> None:
        for name, start in found:
            signals.append(signal)
            names.append(name)
            starts.append(start)

    folded = text.lower()  # the markers and the shapes both look for their keys in it
    marker_keys, shape_keys = _key_scan().find(folded) if len(folded) == len(text) else (None, None)
    # A phrase presented as a word ("the so-called melon-eating masses") is taught, not used by MT.
    hits = [
        hit for hit in markers.find(text, folded, marker_keys) if not markers.taught(text, hit.start, hit.end)
    ]
    shared = markers.default().shared
    add("markers", ((f"marker.{hit.marker}", hit.start) for hit in hits if hit.marker not in shared))
    if any(found in _STRONG for found in signals):
        add("markers", ((f"marker.{hit.marker}", hit.start) for hit in hits if hit.marker in shared))
    shaped = shapes.find(text, folded, shape_keys)
    if shaped:
        # Counted whole, not up to MIN_SHAPE_WORDS as has_words() does: a text with shapes is
        # mostly a long one, whose score needs the count anyway.
        count = words(text)
        if count >= MIN_SHAPE_WORDS:
            add("shapes", ((f"shape.{hit.shape}", hit.start) for hit in shaped))
    add("ambiguous", ((f"ambiguous.{name}", -1) for name in ambiguous))
    return (signals, names, starts), count


def features(text: str, found: Sequence[Evidence], count: int | None = None) -> dict[str, float]:
    """The value of every signal: counts per 100 words, and the document signals.

    >>> features("a b\\n\\nc d", [Evidence("glossary", "glossary.name", 0), Evidence("glossary", "glossary.name", 5)])["repeated"]
    1.0
    >>> features("a 《b》", [Evidence("characters", "chinese.opening", 2), Evidence("characters", "chinese.closing", 4)])["kinds"]
    1.0
    """
    columns = ([item.signal for item in found], [item.name for item in found], [item.start for item in found])
    return _features(text, columns, words(text) if count is None else count)


def _features(text: str, found: _Columns, count: int) -> dict[str, float]:
    """What :func:`features` gives, of evidence as columns."""
    signals, names, starts = found
    scale = 100 / count if count else 0.0
    values = dict.fromkeys(SIGNALS, 0.0)
    for found_signal in signals:
        values[found_signal] += scale
    breaks = [match.end() for match in _PARAGRAPH_BREAK.finditer(text)]
    bounds = zip([0, *breaks], [*breaks, len(text)], strict=True)
    paragraphs = sum(1 for start, end in bounds if text[start:end].strip())
    seen: dict[str, set[int]] = {}
    for found_signal, name, start in zip(signals, names, starts, strict=True):
        if found_signal in _STRONG:
            seen.setdefault(_KIND_OF.get(name, name), set()).add(bisect_right(breaks, start))
    with_evidence = set().union(*seen.values()) if seen else set()
    values["paragraphs"] = len(with_evidence) / paragraphs if paragraphs >= MIN_PARAGRAPHS and count else 0.0
    values["repeated"] = float(min(REPEATED_CAP, sum(1 for where in seen.values() if len(where) > 1)))
    values["kinds"] = float(min(REPEATED_CAP, len(seen)))
    return values


@dataclass(frozen=True)
class Score:
    """A garble score and the signals that produced it.

    ``signals`` pairs each rule, marker or document signal that gave evidence
    with its share of the score, strongest first, so a user can see why a
    page was flagged.
    """

    value: float
    signals: tuple[tuple[str, float], ...]

    def top(self, count: int = 3) -> str:
        """The ``count`` strongest signals as ``rule 1.23, rule 0.5`` ("" if none).

        >>> Score(6.5, (("glossary.name", 6.0), ("casing.fragment-start", 0.5))).top(1)
        'glossary.name 6.00'
        """
        return ", ".join(f"{rule} {value:.2f}" for rule, value in self.signals[:count])


def measure(text: str, changes: Sequence[Change], ambiguous: Iterable[str] = ()) -> Score:
    """The :class:`Score` of ``text``, given the changes cleaning it makes and the ambiguous renderings it left alone."""
    return measure_records(text, _records(changes), ambiguous)


def measure_records(text: str, records: Sequence[Record], ambiguous: Iterable[str] = ()) -> Score:
    """:func:`measure`, given the changes as records (:meth:`mtclean.Pipeline._recorded`), not :class:`Change` objects."""
    found, count = _collect(text, records, ambiguous)
    kinds, names, _ = found
    if not kinds:
        return Score(0.0, ())
    weights = detector().weights
    if count is None:
        count = words(text)
    scale = 100 / count if count else 0.0
    by_name: dict[str, float] = {}
    for name, found_signal in zip(names, kinds, strict=True):
        by_name[name] = by_name.get(name, 0.0) + weights[found_signal] * scale
    values = _features(text, found, count)
    for name in DOCUMENT_SIGNALS:
        if values[name] and weights[name]:
            by_name[f"document.{name}"] = weights[name] * values[name]
    signals = sorted(
        ((name, round(value, 2)) for name, value in by_name.items() if value), key=lambda s: -s[1]
    )
    return Score(round(sum(by_name.values()), 2), tuple(signals))
