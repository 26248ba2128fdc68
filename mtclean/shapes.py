"""Translationese shapes: sentence shapes machine translation from Chinese writes often, counted as evidence.

A *shape* is a family of instances, not a phrase: a comma followed by a new
subject (``..., it has three lakes``), a sentence that opens with a Chinese
news frame (``At present,``, ``It is understood that``), ``not only ... but
also``, a list closed by ``and other`` + its noun, a quoted term with the
clause's comma outside the marks.  English writers use each now and then;
fluent machine translation uses them all the time, thinly but evenly.  So a
shape only counts as a rate, in a text long enough for one
(:data:`mtclean.scoring.MIN_SHAPE_WORDS`), and never changes text.

The shapes live in ``mtclean/data/shapes.yaml``, each one regular expression
with examples in which it is found and ``keep`` sentences in which it is not;
all of them are compiled into one expression, so a text is scanned once.

>>> [(hit.shape, hit.text) for hit in find("Prices fell in May, this is the first drop. At present, sales are flat.")]
[('comma-splice', ', this is'), ('frame-initial', 'At present')]
>>> find("Prices fell in May, the first drop in two years.")
[]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import yaml

_FIELDS = frozenset(("name", "pattern", "examples", "keep", "measured", "notes"))


class ShapeError(ValueError):
    """A shapes file that cannot be loaded."""


@dataclass(frozen=True)
class Shape:
    """One translationese shape: its expression, and sentences that show where it is found."""

    name: str
    pattern: str
    examples: tuple[str, ...]
    keep: tuple[str, ...]
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


def read(file: Path) -> list[Shape]:
    """The shapes of ``file``; raises :class:`ShapeError` if its schema is wrong."""
    data = yaml.safe_load(file.read_text(encoding="utf-8"))
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise ShapeError(f"{file}: a shapes file is a YAML list of mappings")
    shapes = []
    for item in data:
        name = str(item.get("name", ""))
        unknown = sorted(set(item) - _FIELDS)
        missing = [field for field in ("name", "pattern", "examples", "keep") if field not in item]
        if missing or unknown:
            raise ShapeError(f"shape {name!r}: missing {missing}, unknown {unknown}")
        lists = [item[field] for field in ("examples", "keep")]
        if not all(isinstance(value, list) and all(isinstance(s, str) for s in value) for value in lists):
            raise ShapeError(f"shape {name!r}: examples and keep must be lists of strings")
        shapes.append(
            Shape(
                name,
                str(item["pattern"]),
                tuple(item["examples"]),
                tuple(item["keep"]),
                str(item.get("measured", "")),
                str(item.get("notes", "")),
            )
        )
    return shapes


class Shapes:
    """A set of shapes compiled into one expression, each shape a named group of it."""

    def __init__(self, shapes: list[Shape]) -> None:
        self.shapes = shapes
        self._names = {f"s{index}": shape.name for index, shape in enumerate(shapes)}
        # A shape's inline flags ((?m)) apply to the whole expression: every shape is multi-line.
        self._pattern = re.compile(
            "|".join(f"(?P<s{index}>{shape.pattern.removeprefix('(?m)')})" for index, shape in enumerate(shapes)),
            re.MULTILINE,
        )

    def find(self, text: str) -> list[Hit]:
        """Every shape in ``text``, in order (no two overlapping)."""
        return [
            Hit(self._names[str(match.lastgroup)], match.start(), match.group())
            for match in self._pattern.finditer(text)
        ]


@cache
def default() -> Shapes:
    """The shipped shapes."""
    return Shapes(read(path()))


def find(text: str) -> list[Hit]:
    """Every shipped shape in ``text``, in order."""
    return default().find(text)
