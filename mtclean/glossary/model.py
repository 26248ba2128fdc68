"""Glossary entries: the data model, loading and the schema checks.

A glossary file is a YAML list of entries, one per name or phrase::

    - name: Lynk & Co               # the official English form, written as is
      zh: 领克
      kind: brand
      wrong: [Lingke, Led the g]    # never ordinary English: replaced anywhere
      ambiguous: []                 # ordinary English: replaced with context only
      context: []                   # words that are evidence for `ambiguous`
      examples:                     # each is run as a test
        - garbled: based on Lingke energy saving platform CMA
          clean: based on Lynk & Co energy saving platform CMA
      keep: []                      # sentences that must come through unchanged
      source: https://...

``docs/glossary.md`` is the contributor's guide to this format.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - PyYAML without libyaml
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

KINDS = ("brand", "company", "product", "app", "media", "person", "organisation", "place", "term", "phrase")
_REQUIRED = ("name", "kind", "wrong", "examples", "source")
_KNOWN = frozenset(_REQUIRED) | {"zh", "ambiguous", "context", "keep", "notes"}


class GlossaryError(ValueError):
    """A glossary file that cannot be loaded; the message names file and entry."""


@dataclass(frozen=True)
class Example:
    """A garbled sentence and what cleaning must make of it."""

    garbled: str
    clean: str


@dataclass(frozen=True)
class Entry:
    """One name or phrase and the wrong renderings MT makes of it."""

    name: str
    kind: str
    wrong: tuple[str, ...]
    ambiguous: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    examples: tuple[Example, ...] = ()
    keep: tuple[str, ...] = ()
    zh: str = ""
    source: str = ""
    origin: str = ""  # "file:line", for error messages

    @property
    def renderings(self) -> tuple[str, ...]:
        """Every wrong rendering, safe ones first."""
        return self.wrong + self.ambiguous


def _strings(value: Any, where: str, field: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
        raise GlossaryError(f"{where}: '{field}' must be a list of non-empty strings")
    return tuple(value)


def _entry(raw: Any, where: str) -> Entry:
    if not isinstance(raw, Mapping):
        raise GlossaryError(f"{where}: an entry must be a mapping, got {type(raw).__name__}")
    missing = [key for key in _REQUIRED if key not in raw]
    if missing:
        raise GlossaryError(f"{where}: missing {', '.join(missing)}")
    unknown = sorted(set(raw) - _KNOWN)
    if unknown:
        raise GlossaryError(f"{where}: unknown field {', '.join(unknown)}")
    name = raw["name"]
    if not isinstance(name, str) or not name.strip():
        raise GlossaryError(f"{where}: 'name' must be a non-empty string")
    where = f"{where} ({name})"
    if raw["kind"] not in KINDS:
        raise GlossaryError(f"{where}: kind {raw['kind']!r} is not one of {', '.join(KINDS)}")
    examples = []
    for example in raw["examples"] or []:
        if not isinstance(example, Mapping) or set(example) != {"garbled", "clean"}:
            raise GlossaryError(f"{where}: each example needs exactly 'garbled' and 'clean'")
        examples.append(Example(str(example["garbled"]), str(example["clean"])))
    if not examples:
        raise GlossaryError(f"{where}: at least one example is required")
    wrong = _strings(raw["wrong"], where, "wrong")
    ambiguous = _strings(raw.get("ambiguous"), where, "ambiguous")
    context = _strings(raw.get("context"), where, "context")
    if not wrong and not ambiguous:
        raise GlossaryError(f"{where}: no wrong rendering in 'wrong' or 'ambiguous'")
    if ambiguous and not context:
        raise GlossaryError(f"{where}: ambiguous renderings need 'context' words")
    return Entry(
        name=name,
        kind=raw["kind"],
        wrong=wrong,
        ambiguous=ambiguous,
        context=context,
        examples=tuple(examples),
        keep=_strings(raw.get("keep"), where, "keep"),
        zh=str(raw.get("zh") or ""),
        source=str(raw["source"]),
        origin=where,
    )


class _LineLoader(_Loader):
    """A YAML loader that remembers the line of each mapping, for messages."""


def _mapping_with_line(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping = {str(key): value for key, value in loader.construct_mapping(node, deep=True).items()}
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_with_line)


def load_file(path: Path) -> Iterator[Entry]:
    """The entries of one glossary file.

    Raises :class:`GlossaryError` naming the file, line and entry on any error.
    """
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise GlossaryError(f"{path}: {error}") from error
    if raw is None:
        return
    if not isinstance(raw, list):
        raise GlossaryError(f"{path}: a glossary file must be a YAML list of entries")
    for item in raw:
        line = item.pop("__line__", "?") if isinstance(item, dict) else "?"
        if isinstance(item, dict):
            for example in item.get("examples") or []:
                if isinstance(example, dict):
                    example.pop("__line__", None)
        yield _entry(item, f"{path}:{line}")


def load_files(paths: Iterable[Path]) -> list[Entry]:
    """All entries of ``paths``, in order."""
    return [entry for path in paths for entry in load_file(path)]


def data_files() -> list[Path]:
    """The glossary files shipped with mtclean."""
    return sorted((Path(__file__).parent / "data").glob("*.yaml"))
