from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mtclean.io import InputError, Reader, Writer, atomic_write, is_binary


class Trickle(io.RawIOBase):
    """A stream that hands out its bytes a few at a time, splitting characters."""

    def __init__(self, data: bytes, step: int) -> None:
        self.data, self.step, self.position = data, step, 0

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        chunk = self.data[self.position : self.position + self.step]
        self.position += len(chunk)
        return chunk


@given(st.text(), st.integers(1, 7), st.sampled_from(["utf-8", "utf-16", "latin-1", "utf-8-sig"]))
def test_reading_and_writing_give_back_the_bytes(text: str, step: int, encoding: str) -> None:
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        return
    reader = Reader(Trickle(data, step), "t", encoding)  # type: ignore[arg-type]
    out = io.BytesIO()
    writer = Writer(out, "t", reader.encoding)
    for piece in reader:
        writer.bom = reader.bom
        writer.write(piece)
    writer.bom = reader.bom
    writer.close()
    assert out.getvalue() == data


@given(st.binary(max_size=30), st.binary(max_size=30), st.integers(1, 7))
def test_a_bad_byte_is_reported_at_its_offset_however_the_stream_is_cut(
    before: bytes, after: bytes, step: int
) -> None:
    prefix = before.decode("utf-8", errors="ignore").encode("utf-8")
    reader = Reader(Trickle(prefix + b"\xff" + after, step), "t")  # type: ignore[arg-type]
    with pytest.raises(InputError, match=f"t: not valid UTF-8: byte 0xff at offset {len(prefix)}$"):
        list(reader)


def test_nul_bytes_mark_a_binary_file_except_in_utf16(tmp_path: Path) -> None:
    path = tmp_path / "a"
    path.write_bytes("text".encode("utf-16"))
    assert is_binary(path, "utf-8")
    assert not is_binary(path, "utf-16")


def test_an_atomic_write_to_a_new_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    mask = os.umask(0o022)
    try:
        with atomic_write(tmp_path / "new.txt") as stream:
            stream.write(b"x")
    finally:
        os.umask(mask)
    assert (tmp_path / "new.txt").stat().st_mode & 0o777 == 0o644


def test_an_atomic_write_through_a_symlink_rewrites_the_target(tmp_path: Path) -> None:
    (tmp_path / "real.txt").write_bytes(b"old")
    (tmp_path / "link.txt").symlink_to("real.txt")
    with atomic_write(tmp_path / "link.txt") as stream:
        stream.write(b"new")
    assert (tmp_path / "link.txt").is_symlink()
    assert (tmp_path / "real.txt").read_bytes() == b"new"


def test_an_error_inside_an_atomic_write_keeps_the_old_file(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_write(path) as stream:
        stream.write(b"half")
        raise RuntimeError
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_text_the_encoding_cannot_hold_is_an_input_error() -> None:
    writer = Writer(io.BytesIO(), "out.txt", "ascii")
    with pytest.raises(InputError, match=r"out\.txt: the cleaned text has '→', which ascii cannot encode"):
        writer.write("a → b")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="only root can give files away")
def test_an_atomic_write_keeps_the_owner(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"old")
    os.chown(path, 1234, 5678)
    with atomic_write(path) as stream:
        stream.write(b"new")
    assert (path.stat().st_uid, path.stat().st_gid) == (1234, 5678)
