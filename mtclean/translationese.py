"""Translationese: how much a text's function words read like translation from Chinese.

Translated English uses the small words of the language differently from
English written as English (Baroni & Bernardini 2006; Koppel & Ordan 2011;
Volansky et al. 2015): more ``the``, ``of`` and ``that``, fewer pronouns and
contractions, longer sentences, more nominalisations.  This module measures
those rates in one walk over a text's words and sentence stops:

* the relative frequency of each function word of
  ``mtclean/data/function-words.txt`` (NLTK's English stop words and a few
  more; per 100 words);
* a few marks per 100 words (commas, stops, quotation marks, brackets ...);
* cheap document features: pronouns and contractions per 100 words, the
  mean length of a sentence and its spread, the share of function words and
  their type/token ratio, sentences opened by a conjunction, ``be`` + ``-ed``
  and ``-tion``/``-ment`` words per sentence, ``of the`` per 100 words, and
  numbers, capitalised words and letters per word.

A logistic regression over them (``mtclean/data/translationese.toml``,
written by ``tools/train_translationese.py`` from the training split of
``corpora/detection``) gives a log-odds; :func:`value` is that log-odds,
at least 0 and at most the data file's ``cap``, for a text of ``min_words``
words or more, and 0 for a shorter one, where the rates are noise.  The
detector (:mod:`mtclean.scoring`) counts it as the signal ``translationese``,
once per document: evidence that adds to the scars and shapes of a page,
never a verdict on its own (the cap times the signal's weight stays under
the default threshold).

>>> value("Short texts carry no rate.")
0.0
"""

from __future__ import annotations

import math
import re
import sys
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import chain
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

#: A word (letters with one apostrophe inside) or a number.
_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?|[0-9]+(?:[.,][0-9]+)*")
_NUMBER = re.compile(r"(?<![A-Za-z0-9])[0-9]")
_CAPITAL = re.compile(r"(?<![A-Za-z'’])[A-Z]")
#: What ends a sentence: a stop or a line break.
_SENTENCE_END = re.compile(r"[.!?\n]")
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being) [a-z]+ed\b")
#: The marks counted, by the name their feature takes.
MARKS = {
    "comma": ",",
    "stop": ".",
    "semicolon": ";",
    "colon": ":",
    "question": "?",
    "exclamation": "!",
    "quote": '"',
    "bracket": "(",
    "hyphen": "-",
    "dash": "—",
    "apostrophe": "'",
}
_PRONOUNS = frozenset("i me my we our us you your he him his she her they them their it its".split())
_CONJUNCTIONS = frozenset("and but so or yet".split())
_CONTRACTION = re.compile(
    r"(?:n['’]t|['’](?:re|ll|ve|m|d))$|^(?:it|that|there|he|she|what|who|here|let)['’]s$"
)
_NOMINAL_ENDINGS = ("tion", "tions", "ment", "ments")
#: The document features, after the words and the marks.
DOCUMENT_FEATURES = (
    "pronouns",
    "contractions",
    "sentence-length",
    "sentence-spread",
    "function-types",
    "function-share",
    "conjunction-openings",
    "passives",
    "nominalisations",
    "of-the",
    "numbers",
    "capitals",
    "word-length",
)


def function_words() -> tuple[str, ...]:
    """The function words of ``mtclean/data/function-words.txt``, in the file's order."""
    source = resources.files("mtclean") / "data" / "function-words.txt"
    lines = (line.split("#", 1)[0].strip() for line in source.read_text(encoding="utf-8").splitlines())
    return tuple(line for line in lines if line)


def feature_names() -> tuple[str, ...]:
    """Every feature's name: ``word:<w>`` per function word, ``mark:<name>`` per mark, then the document features."""
    return (
        *(f"word:{word}" for word in function_words()),
        *(f"mark:{name}" for name in MARKS),
        *DOCUMENT_FEATURES,
    )


@cache
def _words() -> frozenset[str]:
    return frozenset(function_words())


def features(text: str) -> tuple[dict[str, float], int]:
    """The features of ``text`` (only those that are not 0) and its number of words.

    >>> values, count = features("The cat sat on the mat. It's mine, and I'm glad.")
    >>> count, round(values["word:the"], 2), round(values["contractions"], 2), values["sentence-length"]
    (11, 18.18, 18.18, 5.5)
    """
    sentences = [found for found in map(_WORD.findall, _SENTENCE_END.split(text)) if found]
    words = list(chain.from_iterable(sentences))
    count = len(words)
    if not count:
        return {}, 0
    scale = 100 / count
    lowered = " ".join(words).lower()
    counts = Counter(lowered.split())
    function = _words()
    values = {f"word:{word}": n * scale for word, n in counts.items() if word in function}
    for name, mark in MARKS.items():
        if mark in text:
            values[f"mark:{name}"] = text.count(mark) * scale
    lengths = [len(found) for found in sentences]
    mean = count / len(lengths)
    function_tokens = sum(n for word, n in counts.items() if word in function)
    values |= {
        "pronouns": sum(counts[word] for word in _PRONOUNS) * scale,
        "contractions": sum(
            n for word, n in counts.items() if ("'" in word or "’" in word) and _CONTRACTION.search(word)
        )
        * scale,
        "sentence-length": mean,
        "sentence-spread": math.sqrt(sum((length - mean) ** 2 for length in lengths) / len(lengths)) / mean,
        "function-types": sum(1 for word in counts if word in function) / function_tokens
        if function_tokens
        else 0.0,
        "function-share": function_tokens * scale,
        "conjunction-openings": sum(1 for found in sentences if found[0].lower() in _CONJUNCTIONS)
        * 100
        / len(lengths),
        "passives": len(_PASSIVE.findall(lowered)) / len(lengths),
        "nominalisations": sum(
            n for word, n in counts.items() if len(word) > 5 and word.endswith(_NOMINAL_ENDINGS)
        )
        / len(lengths),
        "of-the": f" {lowered} ".count(" of the ") * scale,
        "numbers": len(_NUMBER.findall(text)) * scale,
        "capitals": len(_CAPITAL.findall(text)) * scale,
        "word-length": (len(lowered) - count + 1) / count,
    }
    return {name: value for name, value in values.items() if value}, count


@dataclass(frozen=True)
class Model:
    """The fitted regression: per feature its weight, mean and scale (standardised); the intercept; the limits of :func:`value`.

    Features the training documents hardly showed weigh 0 and are left out
    (``tools/train_translationese.py``): the corpus has almost no
    contractions, so what it would learn of them is its writers' habits.
    """

    terms: tuple[tuple[str, float, float, float], ...]
    bias: float
    min_words: int
    cap: float
    provenance: dict[str, Any]

    def log_odds(self, values: dict[str, float]) -> float:
        """The log-odds that the text of ``values`` is translationese."""
        return self.bias + sum(
            weight * (values.get(name, 0.0) - mean) / scale for name, weight, mean, scale in self.terms
        )


def load(data: dict[str, Any]) -> Model:
    """The model of a data file's contents (features of weight 0 are left out of the sum).

    Raises :class:`ValueError` when a feature has no weight, mean or scale, or a scale is not positive.
    """
    names = feature_names()
    tables = [data.get(table, {}) for table in ("weights", "means", "scales")]
    missing = [name for name in names if any(name not in table for table in tables)]
    if missing or any(float(tables[2][name]) <= 0 for name in names):
        raise ValueError(
            f"translationese data: no weight, mean or positive scale for {', '.join(missing) or 'a feature'}"
        )
    weights, means, scales = ({name: float(table[name]) for name in names} for table in tables)
    terms = tuple((name, weights[name], means[name], scales[name]) for name in names if weights[name])
    return Model(
        terms,
        float(data["bias"]),
        int(data["min_words"]),
        float(data["cap"]),
        dict(data.get("provenance", {})),
    )


@cache
def model() -> Model:
    """The shipped model, from ``mtclean/data/translationese.toml``."""
    source = resources.files("mtclean") / "data" / "translationese.toml"
    return load(tomllib.loads(source.read_text(encoding="utf-8")))


def value(text: str) -> float:
    """The translationese signal of ``text``: its log-odds, between 0 and the cap, or 0 if it is too short."""
    values, count = features(text)
    shipped = model()
    if count < shipped.min_words:
        return 0.0
    return min(shipped.cap, max(0.0, shipped.log_odds(values)))
