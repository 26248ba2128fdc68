"""tools/harm_scan.py: every change mtclean makes to installed English documents, by rule."""

from __future__ import annotations

import gzip
from pathlib import Path
from types import ModuleType

import pytest
from tool_modules import load_tool


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    return load_tool("harm_scan")


def test_it_reports_the_changes_by_rule_and_the_documents_left_alone(
    tool: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "README.md").write_text("Install it with pip, then run the tests.\n", encoding="utf-8")
    package = tmp_path / "demo-1.0.dist-info"
    package.mkdir()
    (package / "METADATA").write_text("The parser is fast , and it is small .\n", encoding="utf-8")
    (tmp_path / "changelog.Debian.gz").write_bytes(gzip.compress(b"  * Fix the build.\n"))
    (tmp_path / "notes.txt").write_text("Not a document by its name , so never read .\n", encoding="utf-8")
    assert tool.main([str(tmp_path), "--show", "1"]) == 0
    out = capsys.readouterr().out
    assert "     2 changes in    1 documents  punctuation.space-before" in out
    assert "The parser is fast , and it is small ." in out
    assert out.rstrip().endswith("2 of 3 documents unchanged")


def test_it_reads_each_document_once_and_skips_what_is_not_utf8(tool: ModuleType, tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("One document.\n", encoding="utf-8")
    (tmp_path / "README.rst").write_bytes(b"\xff\xfe not UTF-8")
    (tmp_path / "NEWS").symlink_to(tmp_path / "README.md")
    found = list(tool.documents([tmp_path], limit=10))
    assert [path.name for path, _ in found] == ["NEWS"]
    assert list(tool.documents([tmp_path], limit=0)) == []
