"""Reading and writing files without losing anything.

Text is decoded as strict UTF-8 with universal newlines *off*, so CRLF and
mixed line endings reach the passes (which never touch them) and are written
back as they were; a byte-order mark is set aside and restored.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

BOM = "\ufeff"


class InputError(Exception):
    """An input that cannot be read; the message names the file and the cause."""


@dataclass(frozen=True)
class Document:
    """A decoded input: its text without the BOM, and whether it had one."""

    name: str
    text: str
    bom: bool = False

    def render(self, text: str) -> str:
        """``text`` as it should be written back (the BOM restored)."""
        return BOM + text if self.bom else text


def decode(name: str, data: bytes) -> Document:
    """Decode ``data`` as UTF-8, or raise :class:`InputError` saying where it fails.

    >>> decode("a.txt", b"\\xef\\xbb\\xbfHi\\r\\n")
    Document(name='a.txt', text='Hi\\r\\n', bom=True)
    >>> decode("b.txt", b"ok \\xff")
    Traceback (most recent call last):
    ...
    mtclean.io.InputError: b.txt: not valid UTF-8: byte 0xff at offset 3
    """
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        byte = data[error.start]
        raise InputError(f"{name}: not valid UTF-8: byte 0x{byte:02x} at offset {error.start}") from None
    if text.startswith(BOM):
        return Document(name, text[1:], bom=True)
    return Document(name, text)


def read(path: str) -> Document:
    """Read a file (``-`` is standard input)."""
    if path == "-":
        return decode("<stdin>", sys.stdin.buffer.read())
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except OSError as error:
        raise InputError(f"{path}: {error.strerror or error}") from None
    return decode(path, data)
