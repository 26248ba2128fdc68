from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from mtclean import __version__
from mtclean.cli import main

GARBLED = "booming , The cooperation grows .\n"
CLEANED = "booming, the cooperation grows.\n"


def run(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "mtclean", *args], input=stdin, capture_output=True, check=False
    )


def test_a_file_is_cleaned_to_stdout(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    path = tmp_path / "a.txt"
    path.write_text(GARBLED, encoding="utf-8")
    assert main([str(path)]) == 0
    assert capsysbinary.readouterr().out == CLEANED.encode()
    assert path.read_text(encoding="utf-8") == GARBLED


def test_stdin_is_read_with_a_dash_or_no_argument() -> None:
    for args in (["-"], []):
        result = run(*args, stdin=GARBLED.encode())
        assert result.returncode == 0
        assert result.stdout == CLEANED.encode()


def test_several_files_are_cleaned_in_order(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    first, second = tmp_path / "1.txt", tmp_path / "2.txt"
    first.write_text("one , The end .\n", encoding="utf-8")
    second.write_text("two , The end .\n", encoding="utf-8")
    assert main([str(first), str(second)]) == 0
    assert capsysbinary.readouterr().out == b"One, the end.\nTwo, the end.\n"


def test_a_bom_and_crlf_line_endings_survive(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfbooming , The end .\r\n\r\nNext .\r\n")
    assert main([str(path)]) == 0
    assert capsysbinary.readouterr().out == b"\xef\xbb\xbfbooming, the end.\r\n\r\nNext.\r\n"


def test_a_missing_file_is_one_clear_line_and_exit_2() -> None:
    result = run("no-such-file.txt")
    assert result.returncode == 2
    assert result.stderr.decode().strip() == "mtclean: no-such-file.txt: no such file"


def test_undecodable_bytes_name_the_file_and_offset(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes(b"caf\xe9 , The end")
    result = run(str(path))
    assert result.returncode == 2
    assert result.stderr.decode().strip() == f"mtclean: {path}: not valid UTF-8: byte 0xe9 at offset 3"
    assert "Traceback" not in result.stderr.decode()


def test_a_directory_is_an_input_error(tmp_path: Path) -> None:
    result = run(str(tmp_path))
    assert result.returncode == 2
    assert "is a directory" in result.stderr.decode()


def test_good_files_are_still_cleaned_when_another_fails(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(GARBLED, encoding="utf-8")
    result = run("missing.txt", str(path))
    assert result.returncode == 2
    assert result.stdout == CLEANED.encode()


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.decode().strip() == f"mtclean {__version__}"


def test_html_format_cleans_only_text_nodes(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    path = tmp_path / "a.html"
    path.write_text('<p title="a , b">booming , The deal <code>x , y</code></p>\n', encoding="utf-8")
    assert main(["--format", "html", str(path)]) == 0
    assert capsysbinary.readouterr().out == b'<p title="a , b">booming, the deal <code>x , y</code></p>\n'
    assert main(["--format", "markdown", str(path)]) == 0
    assert b'title="a , b"' in capsysbinary.readouterr().out
