"""A compiled form of glossary files, so that a big glossary loads fast.

Reading YAML with the line of every value costs about a third of a
millisecond an entry; a glossary of thousands of entries would make every
``mtclean`` run start slowly.  :func:`load` keeps the entries of each file,
once read, pickled in the user's cache directory (``$XDG_CACHE_HOME/mtclean``
or ``~/.cache/mtclean``) and reads that instead while the file is unchanged
(as black keeps its cache: unpickling the entries is about twice as fast as
decoding them from JSON, and the directory is the user's own).

A cached form is used only if it was made from a file with the same path,
size, modification time and content (a SHA-256 of the bytes), by the same
version of mtclean and of this format; anything else reads the YAML again
and replaces it.  When the cache directory cannot be written, nothing is
cached and the YAML is read each time.  ``mtclean glossary check`` never
uses the cache: it reads the YAML itself.  So the cached form leaves out
the line of every value of an entry (``Entry.lines``), which only the
check's messages use: those tables were three quarters of the time spent
unpickling (0.09 s of a start-up limited to 0.5 s, with 4,000 entries),
and an entry read from the cache reports its own line instead.

:func:`pattern` keeps the compiled form of a large regular expression there
too: the trie of the glossary's names (:mod:`mtclean.glossary.matcher`)
takes :mod:`re` about 0.8 s to build, parse and compile, every process,
which weighs on ``-j`` most (each worker pays it before its first window).
What :mod:`re` compiles is a list of integers for its C engine; that list
is kept, with everything it was made from in the key, and handed to the
engine again, which checks it as it does any code.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import dataclasses
import hashlib
import os
import pickle
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mtclean.glossary.model import Entry

#: Bump when the cached form of an entry changes.
FORMAT = 4
#: Bump when the cached form of a pattern changes.
PATTERN_FORMAT = 1


def directory() -> Path:
    """Where cached glossaries are kept: ``$XDG_CACHE_HOME/mtclean/glossary`` or ``~/.cache/mtclean/glossary``."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "mtclean" / "glossary"


def _key(path: Path, data: bytes) -> str:
    from mtclean import __version__

    status = path.stat()
    digest = hashlib.sha256(data).hexdigest()
    return f"{__version__}|{FORMAT}|{path}|{status.st_size}|{status.st_mtime_ns}|{digest}"


def load(path: Path, read: Callable[[Path], list[Entry]]) -> list[Entry]:
    """The entries of the glossary file ``path``: from the cache if it is current, else ``read(path)``.

    ``read`` raises on a broken file, which is then not cached.
    """
    try:
        data = path.read_bytes()
        key = _key(path, data)
    except OSError:
        return read(path)
    cached = directory() / (hashlib.sha256(str(path.resolve()).encode()).hexdigest() + ".pickle")
    try:
        stored = pickle.loads(cached.read_bytes())
        if stored["key"] == key:
            return list(stored["entries"])
    except Exception:
        pass
    entries = read(path)
    _store(cached, {"key": key, "entries": [dataclasses.replace(entry, lines={}) for entry in entries]})
    return entries


def _store(target: Path, value: dict[str, Any]) -> None:
    """Pickle ``value`` to ``target`` atomically; give up quietly if the directory is not writable."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as stream:
                pickle.dump(value, stream, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, target)
        except BaseException:
            os.unlink(temporary)
            raise
    except OSError:
        return


def pattern(name: str, key: str, source: Callable[[], str]) -> re.Pattern[str]:
    """``re.compile(source())``, from the compiled form cached under ``name`` while it was made for ``key``.

    ``key`` must name everything the pattern's text is made from (the
    caller's data and code): ``source`` is not called when the cached form
    is current.  The key also holds the versions of Python, of its regular
    expression engine and of mtclean.  Where :mod:`re`'s compiler is not the
    one this was written for (before Python 3.11), or anything fails, the
    pattern is compiled as usual.
    """
    compiler = getattr(re, "_compiler", None)
    parser = getattr(re, "_parser", None)
    if compiler is None or parser is None:
        return re.compile(source())
    found = stored_pattern(name, key)
    if found is not None:
        return found
    text = source()
    try:
        parsed = parser.parse(text, 0)
        state = parsed.state
        indexgroup: list[str | None] = [None] * state.groups
        for group, index in state.groupdict.items():
            indexgroup[index] = group
        # The same steps as re._compiler.compile, the code's opcodes made plain integers.
        parts = (
            state.flags,
            [int(code) for code in compiler._code(parsed, 0)],
            state.groups - 1,
            dict(state.groupdict),
            tuple(indexgroup),
        )
        compiled: re.Pattern[str] = _sre.compile(text, *parts)
    except Exception:
        return re.compile(text)
    _store(_pattern_path(name), {"key": _pattern_key(key), "pattern": text, "parts": parts})
    return compiled


def stored_pattern(name: str, key: str) -> re.Pattern[str] | None:
    """The pattern cached under ``name`` for ``key`` (see :func:`pattern`), or ``None`` if there is none current."""
    try:
        stored = pickle.loads(_pattern_path(name).read_bytes())
        if stored["key"] == _pattern_key(key):
            return _sre.compile(stored["pattern"], *stored["parts"])  # type: ignore[no-any-return]
    except Exception:
        pass
    return None


def _pattern_path(name: str) -> Path:
    return directory().parent / "patterns" / f"{name}.pickle"


def _pattern_key(key: str) -> str:
    from mtclean import __version__

    return f"{__version__}|{PATTERN_FORMAT}|{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}|{key}"
