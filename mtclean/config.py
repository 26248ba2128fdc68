"""Settings from ``[tool.mtclean]`` in the nearest ``pyproject.toml``.

The command line looks for ``pyproject.toml`` in the current directory and
then in each parent, and takes the first one that has a ``[tool.mtclean]``
table, as black and codespell do.  Keys are the long option names (``date-style``
or ``date_style``); flags given on the command line win.  Glossary paths are
relative to the ``pyproject.toml`` that names them.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

#: The keys ``[tool.mtclean]`` accepts, and whether each holds a list of strings.
KEYS: dict[str, type] = {
    "only": list,
    "disable": list,
    "glossary": list,
    "include": list,
    "exclude": list,
    "date-style": str,
    "encoding": str,
    "jobs": int,
}


_NAMES = {int: "an integer", str: "a string"}


class ConfigError(Exception):
    """A ``[tool.mtclean]`` table that cannot be used; the message names the file."""


def find(start: Path) -> Path | None:
    """The nearest ``pyproject.toml`` at or above ``start`` with a ``[tool.mtclean]`` table."""
    for directory in [start, *start.parents]:
        candidate = directory / "pyproject.toml"
        if candidate.is_file() and "mtclean" in _load(candidate).get("tool", {}):
            return candidate
    return None


def load(path: Path) -> dict[str, Any]:
    """The settings of ``path``'s ``[tool.mtclean]``, keyed by option name with underscores.

    Comma-separated strings are accepted for list settings; glossary paths
    are made absolute.
    """
    table = _load(path).get("tool", {}).get("mtclean", {})
    settings: dict[str, Any] = {}
    for key, value in table.items():
        name = key.replace("_", "-")
        if name not in KEYS:
            raise ConfigError(f"{path}: [tool.mtclean]: unknown key {key!r} (known: {', '.join(KEYS)})")
        kind = KEYS[name]
        if kind is list and isinstance(value, str):
            value = [part.strip() for part in value.split(",") if part.strip()]
        if kind is list:
            if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
                raise ConfigError(f"{path}: [tool.mtclean]: {key} must be a list of strings")
        elif not isinstance(value, kind) or isinstance(value, bool):
            raise ConfigError(f"{path}: [tool.mtclean]: {key} must be {_NAMES[kind]}")
        if name == "glossary":
            value = [str(path.parent / item) for item in value]
        settings[name.replace("-", "_")] = value
    return settings


def _load(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as stream:
            document: dict[str, Any] = tomllib.load(stream)
            return document
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML: {error}") from None
    except OSError as error:
        raise ConfigError(f"{path}: {error.strerror or error}") from None
