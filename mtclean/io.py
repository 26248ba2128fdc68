"""Reading and writing files without losing anything.

Text is decoded incrementally (strict, in the chosen encoding) with universal
newlines *off*, so CRLF and mixed line endings reach the passes (which never
touch them) and are written back as they were; a byte-order mark is set
aside and restored.  Files are rewritten atomically: the new text goes to a
temporary file beside the original, which is flushed to disk and then
renamed over it, so an interrupted run leaves the old file or the new one,
never a mixture.
"""

from __future__ import annotations

import codecs
import contextlib
import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

BOM = "\ufeff"
#: Bytes read at a time.
CHUNK = 1 << 16
#: A NUL byte this early in a file marks it as binary (the test git uses).
_BINARY_PROBE = 8000


class InputError(Exception):
    """An input that cannot be read or written; the message names the file and the cause."""


def check_encoding(encoding: str) -> str:
    """The canonical name of ``encoding``, or :class:`InputError` if Python does not know it.

    >>> check_encoding("UTF8")
    'utf-8'
    """
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}") from None


class Reader:
    """Decoded text of a byte stream, chunk by chunk.

    Iterating yields the text; a leading BOM is left out and :attr:`bom`
    records it.  Bytes that are not valid in ``encoding`` raise
    :class:`InputError` naming the stream and the byte offset.

    >>> import io
    >>> reader = Reader(io.BytesIO(b"\\xef\\xbb\\xbfHi\\r\\n"), "a.txt")
    >>> list(reader), reader.bom
    (['Hi\\r\\n'], True)
    >>> list(Reader(io.BytesIO(b"ok \\xff"), "b.txt"))
    Traceback (most recent call last):
    ...
    mtclean.io.InputError: b.txt: not valid UTF-8: byte 0xff at offset 3
    """

    def __init__(
        self,
        stream: BinaryIO,
        name: str,
        encoding: str = "utf-8",
        progress: Callable[[int], object] | None = None,
    ) -> None:
        self.stream = stream
        self.name = name
        self.encoding = check_encoding(encoding)
        self.bom = False
        self._progress = progress

    def __iter__(self) -> Iterator[str]:
        decoder = codecs.getincrementaldecoder(self.encoding)(errors="strict")
        offset = 0
        first = True
        # read1 returns what a pipe has now instead of waiting for a full chunk.
        read = getattr(self.stream, "read1", self.stream.read)
        while True:
            data = read(CHUNK)
            final = not data
            pending = len(decoder.getstate()[0])
            try:
                text = decoder.decode(data, final=final)
            except UnicodeDecodeError as error:
                where = offset - pending + error.start
                bad = error.object[error.start]
                raise InputError(
                    f"{self.name}: not valid {self.encoding.upper()}: byte 0x{bad:02x} at offset {where}"
                ) from None
            offset += len(data)
            if self._progress is not None and data:
                self._progress(len(data))
            if first and text:
                first = False
                if text.startswith(BOM):
                    self.bom = True
                    text = text[1:]
            if text:
                yield text
            if final:
                return


def open_file(path: Path) -> BinaryIO:
    """Open ``path`` for reading, turning OS errors into :class:`InputError`."""
    try:
        return path.open("rb")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory (use -r to clean the files in it)") from None
    except OSError as error:
        raise InputError(f"{path}: {error.strerror or error}") from None


def read(path: str, encoding: str = "utf-8") -> str:
    """The whole decoded text of the file ``path``, without its BOM."""
    with open_file(Path(path)) as stream:
        return "".join(Reader(stream, path, encoding))


def is_binary(path: Path, encoding: str) -> bool:
    """Whether ``path`` looks binary: a NUL byte among its first bytes.

    Encodings in which NUL bytes are ordinary (UTF-16, UTF-32) never count.
    """
    if check_encoding(encoding).startswith(("utf-16", "utf-32")):
        return False
    with open_file(path) as stream:
        return b"\0" in stream.read(_BINARY_PROBE)


def validate(path: Path, encoding: str) -> None:
    """Decode the whole of ``path``, raising :class:`InputError` at the first bad byte.

    The command line calls this before writing anything, so a file with a
    bad byte near its end produces no partial output.
    """
    with open_file(path) as stream:
        for _ in Reader(stream, str(path), encoding):
            pass


class Writer:
    """Encode text in ``encoding`` to a binary stream.

    A BOM is written first if :attr:`bom` is true when the first text (or
    :meth:`close`) comes, so it can be set from a :class:`Reader` that has
    only just started.
    """

    def __init__(self, stream: BinaryIO, name: str, encoding: str) -> None:
        self.stream = stream
        self.name = name
        self.bom = False
        self._encoder = codecs.getincrementalencoder(encoding)(errors="strict")
        self._encoding = encoding
        self._started = False

    def write(self, text: str) -> None:
        """Encode and write ``text``."""
        if not self._started:
            self._started = True
            if self.bom:
                text = BOM + text
        try:
            self.stream.write(self._encoder.encode(text))
        except UnicodeEncodeError as error:
            character = error.object[error.start]
            raise InputError(
                f"{self.name}: the cleaned text has {character!r}, which {self._encoding} cannot encode"
            ) from None

    def close(self) -> None:
        """Write what is still due: the BOM of an empty text, the encoder's final bytes."""
        self.write("")
        self.stream.write(self._encoder.encode("", final=True))


@contextlib.contextmanager
def atomic_write(path: Path) -> Iterator[BinaryIO]:
    """A binary file that replaces ``path`` only when the block finishes without error.

    The data goes to a temporary file in the same directory, which is
    flushed, synced to disk, given ``path``'s permissions and owner (or the
    usual permissions for a new file) and renamed over ``path``.  On any error the temporary
    file is removed and ``path`` is left as it was.
    """
    path = Path(os.path.realpath(path))
    try:
        descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as error:
        raise InputError(f"{path}: cannot write beside it: {error.strerror or error}") from None
    try:
        with os.fdopen(descriptor, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        _copy_owner_and_mode(path, temporary)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _copy_owner_and_mode(path: Path, temporary: str) -> None:
    """Give ``temporary`` the permission bits of ``path`` (and its owner, where allowed).

    A new file gets the usual mode under the umask instead.
    """
    try:
        status = path.stat()
    except FileNotFoundError:
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(temporary, 0o666 & ~mask)
        return
    with contextlib.suppress(PermissionError):
        os.chown(temporary, status.st_uid, status.st_gid)
    os.chmod(temporary, stat.S_IMODE(status.st_mode))
