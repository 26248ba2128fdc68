"""The compiled glossary in the user's cache: used while a file is unchanged, rebuilt otherwise."""

from __future__ import annotations

import os
import pickle
import re
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


class Source:
    """A pattern's text, counting the times it is asked for."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.calls = 0

    def __call__(self) -> str:
        self.calls += 1
        return self.text


TRIE = r"(?<![\w&])(?:Bei(?:jing|\s+Dian)|Hua(?:wei)?|Zhong\s*,(?:\s+Guan))(?![\w&])"
TEXTS = ["Beijing  Dian", "Huawei, Hua and Zhong , Guan", "Bei Dian&Hua", "Huaweis", ""]


def test_a_pattern_comes_back_from_the_cache_compiled_as_re_compiles_it(home: Path) -> None:
    source = Source(TRIE)
    first = cache.pattern("names", "k1", source)
    second = cache.pattern("names", "k1", source)
    assert source.calls == 1
    assert (home / "cache" / "mtclean" / "patterns" / "names.pickle").is_file()
    fresh = re.compile(TRIE)
    for pattern in (first, second):
        assert (pattern.pattern, pattern.flags, pattern.groups) == (fresh.pattern, fresh.flags, fresh.groups)
        assert [[m.span() for m in pattern.finditer(t)] for t in TEXTS] == [
            [m.span() for m in fresh.finditer(t)] for t in TEXTS
        ]
    assert [m.group() for m in second.finditer(TEXTS[1])] == ["Huawei", "Hua", "Zhong , Guan"]


@pytest.mark.parametrize("change", ["key", "version", "name"])
def test_another_key_compiles_the_pattern_again(
    home: Path, monkeypatch: pytest.MonkeyPatch, change: str
) -> None:
    source = Source(TRIE)
    cache.pattern("names", "k1", source)
    if change == "version":
        monkeypatch.setattr(mtclean, "__version__", "99.0")
    other = Source(TRIE.replace("wei", "xin"))
    pattern = cache.pattern(
        "phrases" if change == "name" else "names", "k2" if change == "key" else "k1", other
    )
    assert other.calls == 1
    assert pattern.search("Huaxin") and not pattern.search("Huawei")


@pytest.mark.parametrize("stored", [b"not a pickle", pickle.dumps({"key": "x"}), None])
def test_a_corrupt_or_invalid_cached_pattern_is_compiled_again(home: Path, stored: bytes | None) -> None:
    cache.pattern("names", "k1", Source(TRIE))
    path = home / "cache" / "mtclean" / "patterns" / "names.pickle"
    if stored is None:  # the right key, code the engine refuses
        value = pickle.loads(path.read_bytes())
        value["parts"] = (value["parts"][0], [17, 4, 0, 2, 2, 1], *value["parts"][2:])
        stored = pickle.dumps(value)
    path.write_bytes(stored)
    source = Source(TRIE)
    assert [m.group() for m in cache.pattern("names", "k1", source).finditer("Huawei")] == ["Huawei"]
    assert source.calls == 1


def test_an_unwritable_cache_directory_still_compiles_the_pattern(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (home / "not-a-directory").write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "not-a-directory"))
    source = Source(TRIE)
    assert cache.pattern("names", "k1", source).search("Huawei")
    assert cache.pattern("names", "k1", source).search("Huawei")
    assert source.calls == 2
