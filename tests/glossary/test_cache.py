"""The compiled glossary in the user's cache: used while a file is unchanged, rebuilt otherwise."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from samples import ZORBLAT

import mtclean
from mtclean.glossary import cache
from mtclean.glossary.model import Entry, GlossaryError, load_file

ENTRY = ZORBLAT


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path


class Reader:
    """Reads YAML as the loader does, counting the reads."""

    def __init__(self) -> None:
        self.reads = 0

    def __call__(self, path: Path) -> list[Entry]:
        self.reads += 1
        return list(load_file(path))


def write(home: Path, text: str = ENTRY) -> Path:
    path = home / "companies.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_second_load_comes_from_the_cache_and_equals_the_yaml(home: Path) -> None:
    path = write(home)
    reader = Reader()
    first = cache.load(path, reader)
    second = cache.load(path, reader)
    assert reader.reads == 1
    assert second == first == list(load_file(path))
    assert [(entry.path, entry.line) for entry in second] == [(entry.path, entry.line) for entry in first]


def test_the_cached_form_leaves_out_the_line_of_every_value(home: Path) -> None:
    """Only ``glossary check``, which reads the YAML itself, reports a value's line; an entry falls back to its own."""
    path = write(home)
    first = cache.load(path, Reader())
    second = cache.load(path, Reader())
    assert first[0].lines and first[0].line_of("wrong") != first[0].line
    assert not second[0].lines
    assert second[0].line_of("wrong") == second[0].line == first[0].line
    assert list((home / "cache" / "mtclean" / "glossary").glob("*.pickle"))


@pytest.mark.parametrize("change", ["content", "mtime", "version"])
def test_a_change_rebuilds_the_cached_form(home: Path, monkeypatch: pytest.MonkeyPatch, change: str) -> None:
    path = write(home)
    reader = Reader()
    cache.load(path, reader)
    if change == "content":
        write(
            home,
            ENTRY.replace("sold more cars", "sold more vans").replace(
                "Motors sold more cars", "Motors sold more vans"
            ),
        )
    elif change == "mtime":
        status = path.stat()
        os.utime(path, ns=(status.st_atime_ns, status.st_mtime_ns + 1_000_000_000))
    else:
        monkeypatch.setattr(mtclean, "__version__", "99.0")
    entries = cache.load(path, reader)
    assert reader.reads == 2
    assert entries == list(load_file(path))


def test_an_unwritable_cache_directory_means_no_cache(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (home / "not-a-directory").write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "not-a-directory"))
    path = write(home)
    reader = Reader()
    assert cache.load(path, reader) == cache.load(path, reader) == list(load_file(path))
    assert reader.reads == 2


def test_a_broken_file_raises_and_is_not_cached(home: Path) -> None:
    path = write(home, ENTRY.replace("kind: company", "kind: car"))
    with pytest.raises(GlossaryError, match="kind 'car'"):
        cache.load(path, Reader())
    assert not list((home / "cache").rglob("*.pickle"))


def test_a_corrupt_cached_form_is_rebuilt(home: Path) -> None:
    path = write(home)
    reader = Reader()
    cache.load(path, reader)
    (stored,) = (home / "cache").rglob("*.pickle")
    stored.write_bytes(b"not a pickle")
    assert cache.load(path, reader) == list(load_file(path))
    assert reader.reads == 2


def test_the_cache_directory_follows_xdg_cache_home(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert cache.directory() == home / "cache" / "mtclean" / "glossary"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(home / "user"))
    assert cache.directory() == home / "user" / ".cache" / "mtclean" / "glossary"
