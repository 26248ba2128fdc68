from __future__ import annotations

import gc
import json
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

import mtclean
from mtclean import __version__, cli
from mtclean.cli import main
from mtclean.passes import all_rules

GARBLED = "booming , The cooperation grows .\n"
CLEANED = "booming, the cooperation grows.\n"
CORPORA = sorted((Path(__file__).parent.parent / "corpora").glob("*/*.txt"))


def run(*args: str, stdin: bytes = b"", cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "mtclean", *args], input=stdin, capture_output=True, check=False, cwd=cwd
    )


def write(path: Path, text: str) -> Path:
    path.write_bytes(text.encode("utf-8"))
    return path


# --- inputs and outputs -----------------------------------------------------


def test_a_file_is_cleaned_to_stdout_and_left_alone(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", GARBLED)
    result = run(str(path))
    assert (result.returncode, result.stdout, result.stderr) == (0, CLEANED.encode(), b"")
    assert path.read_text(encoding="utf-8") == GARBLED


def test_stdin_is_read_with_a_dash_or_no_argument() -> None:
    for args in (["-"], []):
        result = run(*args, stdin=GARBLED.encode())
        assert result.returncode == 0
        assert result.stdout == CLEANED.encode()


def test_several_files_are_cleaned_in_order(tmp_path: Path) -> None:
    first = write(tmp_path / "1.txt", "one , The end .\n")
    second = write(tmp_path / "2.txt", "two , The end .\n")
    assert run(str(first), str(second)).stdout == b"One, the end.\nTwo, the end.\n"


def test_in_place_rewrites_each_file_and_keeps_its_permissions(tmp_path: Path) -> None:
    first = write(tmp_path / "1.txt", GARBLED)
    second = write(tmp_path / "2.txt", "two , The end .\n")
    first.chmod(0o640)
    result = run("-i", str(first), str(second))
    assert (result.returncode, result.stdout) == (0, b"")
    assert first.read_text(encoding="utf-8") == CLEANED
    assert second.read_text(encoding="utf-8") == "Two, the end.\n"
    assert stat.S_IMODE(first.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["1.txt", "2.txt"]


def test_in_place_leaves_a_clean_file_untouched(tmp_path: Path) -> None:
    path = write(tmp_path / "clean.txt", CLEANED)
    before = path.stat()
    assert run("-i", str(path)).returncode == 0
    after = path.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


def test_in_place_on_stdin_is_an_input_error() -> None:
    result = run("-i", "-", stdin=GARBLED.encode())
    assert result.returncode == 2
    assert b"standard input cannot be rewritten" in result.stderr


def test_output_writes_to_the_named_file(tmp_path: Path) -> None:
    source = write(tmp_path / "a.txt", GARBLED)
    result = run("-o", str(tmp_path / "out.txt"), str(source))
    assert (result.returncode, result.stdout) == (0, b"")
    assert (tmp_path / "out.txt").read_text(encoding="utf-8") == CLEANED
    assert source.read_text(encoding="utf-8") == GARBLED


def test_a_bom_and_crlf_line_endings_survive_in_place(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfbooming , The end .\r\n\r\nNext .\r\nline two\n")
    assert run("-i", str(path)).returncode == 0
    assert path.read_bytes() == b"\xef\xbb\xbfbooming, the end.\r\n\r\nNext.\r\nline two\n"


def test_a_file_that_is_only_a_bom_keeps_it(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf")
    assert run(str(path)).stdout == b"\xef\xbb\xbf"


def test_another_encoding_is_read_and_written_back(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("café , The end .\n".encode("latin-1"))
    result = run("--encoding", "latin-1", "-i", str(path))
    assert result.returncode == 0
    assert path.read_bytes() == "café, the end.\n".encode("latin-1")


def test_an_unknown_encoding_is_a_usage_error() -> None:
    result = run("--encoding", "no-such-codec", stdin=b"x")
    assert result.returncode == 2
    assert b"unknown encoding 'no-such-codec'" in result.stderr


def test_a_missing_file_is_one_clear_line_and_exit_2() -> None:
    result = run("no-such-file.txt")
    assert result.returncode == 2
    assert result.stderr.decode().strip() == "mtclean: no-such-file.txt: no such file"


def test_invalid_utf8_names_the_file_and_offset_and_leaves_it_untouched(tmp_path: Path) -> None:
    data = GARBLED.encode() * 3 + b"caf\xe9 , The end"
    path = tmp_path / "latin1.txt"
    path.write_bytes(data)
    for args in ([str(path)], ["-i", str(path)]):
        result = run(*args)
        assert result.returncode == 2
        offset = len(GARBLED.encode()) * 3 + 3
        assert (
            result.stderr.decode().strip()
            == f"mtclean: {path}: not valid UTF-8: byte 0xe9 at offset {offset}"
        )
        assert result.stdout == b""
        assert path.read_bytes() == data
    assert sorted(p.name for p in tmp_path.iterdir()) == ["latin1.txt"]


def test_invalid_utf8_on_stdin_gives_the_offset() -> None:
    result = run(stdin=b"ok \xff")
    assert result.returncode == 2
    assert result.stderr.decode().strip() == "mtclean: <stdin>: not valid UTF-8: byte 0xff at offset 3"


def test_a_binary_file_is_skipped_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "image.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0 , The")
    result = run("-i", str(path))
    assert result.returncode == 0
    assert result.stderr.decode().strip() == f"mtclean: {path}: binary file, skipped"
    assert path.read_bytes() == b"\x89PNG\r\n\x1a\n\0\0\0 , The"
    assert run("-q", str(path)).stderr == b""


def test_good_files_are_still_cleaned_when_another_fails(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", GARBLED)
    result = run("missing.txt", str(path))
    assert result.returncode == 2
    assert result.stdout == CLEANED.encode()


# --- directories ------------------------------------------------------------


def test_a_directory_needs_recursive(tmp_path: Path) -> None:
    result = run(str(tmp_path))
    assert result.returncode == 2
    assert "is a directory (use -r" in result.stderr.decode()


def test_recursive_cleans_matching_files_and_skips_hidden_and_excluded(tmp_path: Path) -> None:
    for name in ["a.txt", "sub/b.txt", "sub/c.md", ".git/d.txt", "vendor/e.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        write(tmp_path / name, GARBLED)
    result = run("-r", "-i", "--include", "*.txt", "--exclude", "vendor", str(tmp_path))
    assert result.returncode == 0
    cleaned = {p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file()}
    cleaned = {name for name in cleaned if (tmp_path / name).read_text(encoding="utf-8") == CLEANED}
    assert cleaned == {"a.txt", "sub/b.txt"}


# --- modes ------------------------------------------------------------------


def test_check_exits_1_when_something_would_change_and_writes_nothing(tmp_path: Path) -> None:
    dirty = write(tmp_path / "dirty.txt", GARBLED)
    clean = write(tmp_path / "clean.txt", CLEANED)
    result = run("--check", str(clean), str(dirty))
    assert (result.returncode, result.stdout) == (1, b"")
    assert result.stderr.decode() == f"mtclean: would clean {dirty}\n"
    assert dirty.read_text(encoding="utf-8") == GARBLED
    assert run("--check", str(clean)).returncode == 0
    assert run("--check", "-q", str(dirty)).stderr == b""


def test_check_with_an_input_error_exits_2(tmp_path: Path) -> None:
    dirty = write(tmp_path / "dirty.txt", GARBLED)
    assert run("--check", str(dirty), "missing.txt").returncode == 2


def test_diff_prints_a_unified_diff_with_whole_file_line_numbers(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "Fine.\n\nAlso fine.\n\n" + GARBLED)
    result = run("--diff", str(path))
    assert result.returncode == 0
    assert result.stdout.decode() == (
        f"--- {path}\t(original)\n+++ {path}\t(cleaned)\n"
        "@@ -2,4 +2,4 @@\n \n Also fine.\n \n-booming , The cooperation grows .\n+booming, the cooperation grows.\n"
    )
    assert path.read_text(encoding="utf-8").endswith(GARBLED)


def test_diff_marks_a_missing_final_newline_and_colours_on_request(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", GARBLED.strip())
    plain = run("--diff", str(path)).stdout.decode()
    assert plain.endswith("+booming, the cooperation grows.\n\\ No newline at end of file\n")
    coloured = run("--diff", "--color", "always", str(path)).stdout.decode()
    assert "\x1b[31m-booming , The cooperation grows .\x1b[0m" in coloured
    assert "\x1b[" not in plain


def test_the_diff_applies_with_patch(tmp_path: Path) -> None:
    text = "".join(path.read_text(encoding="utf-8") + "\n\n" for path in CORPORA[-3:])
    path = write(tmp_path / "a.txt", text)
    diff = run("--diff", str(path)).stdout
    patch = subprocess.run(
        ["patch", "-s", "-o", str(tmp_path / "patched"), str(path)], input=diff, check=False
    )
    if patch.returncode == 127:
        pytest.skip("no patch program")
    assert (tmp_path / "patched").read_text(encoding="utf-8") == mtclean.clean(text)


def test_explain_prints_each_change_located_in_the_input(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "Fine.\n\n" + GARBLED)
    result = run("--explain", str(path))
    assert result.returncode == 0
    assert result.stdout.decode().splitlines() == [
        f"{path}:3:8 punctuation.space-before ' ' → ''",
        f"{path}:3:11 casing.fragment-start 'The' → 'the'",
        f"{path}:3:32 punctuation.space-before ' ' → ''",
    ]


def test_explain_names_the_evidence_of_a_change_made_on_the_document(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "Honor sold phones.\n\nHuawei sold its Glory brand.\n")
    result = run("--explain", str(path))
    assert result.stdout.decode().splitlines() == [
        f"{path}:3:17 glossary.name-in-document 'Glory' → 'Honor' "
        "(evidence: the name 'Honor' in sentence 1 of the document: \"Honor sold phones.\")"
    ]


def test_explain_with_in_place_rewrites_and_reports(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", GARBLED)
    result = run("--explain", "-i", str(path))
    assert len(result.stdout.splitlines()) == 3
    assert path.read_text(encoding="utf-8") == CLEANED


@pytest.mark.parametrize(
    "args, message",
    [
        (["-i", "-o", "x"], "-i and -o cannot be used together"),
        (["--check", "-i"], "cannot be used with -i or -o"),
        (["--diff", "--explain"], "--diff and --explain cannot be used together"),
        (["--field", "text"], "--field NAME goes with --jsonl"),
        (["--only", "nonsense"], "--only: unknown pass 'nonsense'"),
        (["--disable", "casing.nonsense"], "--disable: unknown pass or rule 'casing.nonsense'"),
        (["-j", "-1"], "-j needs a number"),
    ],
)
def test_impossible_option_combinations_are_usage_errors(args: list[str], message: str) -> None:
    result = run(*args, stdin=GARBLED.encode())
    assert result.returncode == 2
    assert message in result.stderr.decode()


def test_an_unknown_option_is_exit_2() -> None:
    assert run("--no-such-option").returncode == 2


# --- rules ------------------------------------------------------------------


def test_list_rules_names_every_rule() -> None:
    result = run("--list-rules")
    assert result.returncode == 0
    listed = {line.split()[0] for line in result.stdout.decode().splitlines() if line.startswith("  ")}
    assert listed == {rule.name for rule in all_rules()}


def test_only_and_disable_choose_passes_and_rules() -> None:
    garbled = GARBLED.encode()
    assert run("--only", "casing", stdin=garbled).stdout == b"booming , the cooperation grows .\n"
    assert run("--disable", "casing", stdin=garbled).stdout == b"booming, The cooperation grows.\n"
    assert (
        run("--disable", "casing.fragment-start", stdin=garbled).stdout
        == b"booming, The cooperation grows.\n"
    )
    assert (
        run("--disable", "punctuation,casing", stdin=garbled).stdout == b"booming , The cooperation grows .\n"
    )


def test_date_style(tmp_path: Path) -> None:
    garbled = b"2021 year 1 month 14 Japan , Renault Group officially released\n"
    assert run(stdin=garbled).stdout.startswith(b"January 14, 2021, Renault")
    assert run("--date-style", "day-first", stdin=garbled).stdout.startswith(b"14 January 2021, Renault")


GLOSSARY = """\
- name: Zorblax Motors
  kind: company
  wrong: [Zorblah Motors]
  examples:
    - garbled: Zorblah Motors sold more cars .
      clean: Zorblax Motors sold more cars.
  source: https://example.com/zorblax
"""


def test_glossary_files_add_entries(tmp_path: Path) -> None:
    glossary = write(tmp_path / "mine.yaml", GLOSSARY)
    garbled = b"Zorblah Motors sold more cars .\n"
    assert run(stdin=garbled).stdout == b"Zorblah Motors sold more cars.\n"
    assert run("--glossary", str(glossary), stdin=garbled).stdout == b"Zorblax Motors sold more cars.\n"


def test_a_broken_glossary_is_a_usage_error(tmp_path: Path) -> None:
    glossary = write(tmp_path / "bad.yaml", "- name: [unclosed\n")
    result = run("--glossary", str(glossary), stdin=GARBLED.encode())
    assert result.returncode == 2
    assert str(glossary) in result.stderr.decode()


# --- JSON Lines -------------------------------------------------------------


def test_jsonl_cleans_one_field_and_keeps_the_rest(tmp_path: Path) -> None:
    records = [
        '{"id": 1, "text": "booming , The cooperation grows .", "src": "繁荣"}\n',
        '{"id":2,"text":"Already clean.","note":"x"}\r\n',
        "\n",
        '{"id": 3, "text": null}\n',
    ]
    path = write(tmp_path / "a.jsonl", "".join(records))
    result = run("--jsonl", "--field", "text", str(path))
    assert result.returncode == 0
    lines = result.stdout.decode().splitlines(keepends=True)
    assert json.loads(lines[0]) == {"id": 1, "text": "booming, the cooperation grows.", "src": "繁荣"}
    assert list(json.loads(lines[0])) == ["id", "text", "src"]
    assert lines[1:] == records[1:]


def test_jsonl_records_are_lines_ending_in_a_newline_only(tmp_path: Path) -> None:
    record = '{"text": "one\u2028two three , The end"}\n'
    path = write(tmp_path / "a.jsonl", record)
    result = run("--jsonl", "--field", "text", str(path))
    assert result.returncode == 0
    assert json.loads(result.stdout) == {"text": "one\u2028two three, the end"}


def test_jsonl_explain_names_the_record_line(tmp_path: Path) -> None:
    path = write(tmp_path / "a.jsonl", '{"text": "fine"}\n{"text": "booming , The end"}\n')
    result = run("--jsonl", "--field", "text", "--explain", str(path))
    assert result.stdout.decode().splitlines()[0] == f"{path}:2:8 punctuation.space-before ' ' → ''"


@pytest.mark.parametrize(
    "line, message",
    [
        ("not json", "line 2: not valid JSON"),
        ("[1]", "line 2: the record is not a JSON object"),
        ('{"other": 1}', "line 2: the record has no field 'text'"),
    ],
)
def test_jsonl_errors_name_the_file_and_line_and_leave_it_untouched(
    tmp_path: Path, line: str, message: str
) -> None:
    data = '{"text": "booming , The end"}\n' + line + "\n"
    path = write(tmp_path / "a.jsonl", data)
    result = run("-i", "--jsonl", "--field", "text", str(path))
    assert result.returncode == 2
    assert f"mtclean: {path}: {message}" in result.stderr.decode()
    assert path.read_text(encoding="utf-8") == data


# --- jobs, quiet, version, progress ----------------------------------------


def corpus_text() -> str:
    return "".join(path.read_text(encoding="utf-8") + "\n\n" for path in CORPORA)


def test_jobs_give_the_same_output_in_the_same_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    monkeypatch.setattr(cli, "WINDOW", 3000)
    path = write(tmp_path / "a.txt", corpus_text())
    outputs = []
    for jobs in ("1", "2"):
        assert main(["-j", jobs, str(path)]) == 0
        outputs.append(capsysbinary.readouterr().out)
    assert outputs[0] == outputs[1]
    assert outputs[0].decode() == "".join(mtclean.Pipeline().clean_stream([corpus_text()], window=3000))


def test_jobs_with_jsonl_keep_the_record_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    monkeypatch.setattr(cli, "BATCH", 200)
    records = [json.dumps({"n": n, "text": f"item {n} , The end ."}) + "\n" for n in range(60)]
    path = write(tmp_path / "a.jsonl", "".join(records))
    assert main(["-j", "2", "--jsonl", "--field", "text", str(path)]) == 0
    lines = capsysbinary.readouterr().out.decode().splitlines()
    assert [json.loads(line) for line in lines] == [
        {"n": n, "text": f"Item {n}, the end."} for n in range(60)
    ]


def test_a_run_freezes_what_lives_as_long_as_the_process_and_thaws_it_at_the_end(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    """The glossary and the modules are left out of the collector's scans (and shared by forked workers) while a run lasts."""
    frozen: list[int] = []
    clean_unit = cli._clean_unit

    def counting(unit: cli.Unit) -> cli.Result:
        frozen.append(gc.get_freeze_count())
        return clean_unit(unit)

    monkeypatch.setattr(cli, "_clean_unit", counting)
    path = write(tmp_path / "a.txt", GARBLED)
    assert main([str(path), str(path)]) == 0
    assert capsysbinary.readouterr().out == 2 * CLEANED.encode()
    assert len(frozen) == 2 and min(frozen) > 10_000
    assert gc.get_freeze_count() == 0


def test_jobs_from_the_command_line(tmp_path: Path) -> None:
    first = write(tmp_path / "1.txt", GARBLED)
    second = write(tmp_path / "2.txt", "two , The end .\n")
    for jobs in ("2", "0"):
        result = run("-j", jobs, str(first), str(second))
        assert (result.returncode, result.stdout) == (0, CLEANED.encode() + b"Two, the end.\n")


def test_quiet_and_version() -> None:
    assert run("-q", stdin=GARBLED.encode()).stdout == CLEANED.encode()
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.decode().strip() == f"mtclean {__version__}"


class Terminal:
    """A stand-in for stderr that says it is a terminal."""

    def __init__(self) -> None:
        self.text = ""

    def write(self, text: str) -> int:
        self.text += text
        return len(text)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    "quiet, terminal, shown", [(False, True, True), (True, True, False), (False, False, False)]
)
def test_a_progress_bar_only_on_a_terminal_and_never_with_quiet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, quiet: bool, terminal: bool, shown: bool
) -> None:
    path = write(tmp_path / "a.txt", GARBLED * 10)
    monkeypatch.setattr(cli, "PROGRESS_THRESHOLD", 100)
    stderr = Terminal()
    monkeypatch.setattr(stderr, "isatty", lambda: terminal)
    monkeypatch.setattr(sys, "stderr", stderr)
    assert main(["-o", str(tmp_path / "out"), *(["-q"] if quiet else []), str(path)]) == 0
    assert ("a.txt" in stderr.text and "B/s" in stderr.text) == shown


def test_a_small_file_gets_no_progress_bar(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "a.txt", GARBLED)
    stderr = Terminal()
    monkeypatch.setattr(sys, "stderr", stderr)
    assert main(["-o", str(tmp_path / "out"), str(path)]) == 0
    assert stderr.text == ""


# --- atomic rewrites --------------------------------------------------------


@pytest.mark.parametrize("target", ["fsync", "replace"])
def test_a_failure_while_rewriting_leaves_the_original(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], target: str
) -> None:
    path = write(tmp_path / "a.txt", GARBLED)

    def fail(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, target, fail)
    assert main(["-i", str(path)]) == 2
    assert capsys.readouterr().err == f"mtclean: {path}: No space left on device\n"
    assert path.read_text(encoding="utf-8") == GARBLED
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_a_failure_while_writing_output_leaves_no_partial_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path / "a.txt", GARBLED)
    monkeypatch.setattr(os, "fsync", lambda descriptor: (_ for _ in ()).throw(OSError(5, "I/O error")))
    assert main(["-o", str(tmp_path / "out.txt"), str(path)]) == 2
    assert capsys.readouterr().err == f"mtclean: {tmp_path / 'out.txt'}: I/O error\n"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_an_output_in_a_missing_directory_is_an_input_error(tmp_path: Path) -> None:
    result = run("-o", str(tmp_path / "no" / "out.txt"), stdin=GARBLED.encode())
    assert result.returncode == 2
    assert result.stderr.decode().startswith(
        f"mtclean: {tmp_path / 'no' / 'out.txt'}: cannot write beside it"
    )


@pytest.mark.parametrize("signal_number", [signal.SIGKILL, signal.SIGTERM])
def test_killing_a_rewrite_leaves_the_old_file_or_the_new_one(tmp_path: Path, signal_number: int) -> None:
    text = corpus_text() * 8
    path = write(tmp_path / "big.txt", text)
    new = mtclean.clean(text)
    for delay in (0.3, 0.8, 1.5):
        path.write_text(text, encoding="utf-8")
        process = subprocess.Popen([sys.executable, "-m", "mtclean", "-i", str(path)])
        time.sleep(delay)
        process.send_signal(signal_number)
        process.wait()
        assert path.read_text(encoding="utf-8") in (text, new)
        if signal_number == signal.SIGTERM:
            assert [p.name for p in tmp_path.iterdir()] == ["big.txt"]


# --- documentation and hooks ------------------------------------------------

ROOT = Path(__file__).parent.parent


def test_docs_cli_documents_every_option() -> None:
    docs = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    options = {
        option
        for action in cli._parser()._actions
        for option in action.option_strings
        if option not in ("-h", "--help")
    }
    assert {option for option in options if f"`{option}" not in docs} == set()


def test_the_explain_example_in_the_docs_is_true() -> None:
    docs = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    block = docs.split("$ echo 'booming , The cooperation grows .' | mtclean --explain\n")[1].split("```")[0]
    assert run("--explain", stdin=GARBLED.encode()).stdout.decode() == block


def test_the_pre_commit_hooks_check_and_fix(tmp_path: Path) -> None:
    import shlex

    import yaml

    hooks = {hook["id"]: hook for hook in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())}
    path = write(tmp_path / "a.txt", GARBLED)
    check = run(*shlex.split(hooks["mtclean"]["entry"])[1:], str(path))
    assert check.returncode == 1
    assert b"+booming, the cooperation grows." in check.stdout
    fix = run(*shlex.split(hooks["mtclean-fix"]["entry"])[1:], str(path))
    assert (fix.returncode, path.read_text(encoding="utf-8")) == (0, CLEANED)


def test_html_format_cleans_only_text_nodes(tmp_path: Path) -> None:
    path = write(tmp_path / "a.html", '<p title="a , b">booming , The deal\n\n<code>x , y</code></p>\n')
    result = run("--format", "html", str(path))
    assert result.stdout == b'<p title="a , b">booming, the deal\n\n<code>x , y</code></p>\n'
    assert b'title="a , b"' in run("--format", "markdown", str(path)).stdout
    assert run("--format", "html", "--jsonl", "--field", "text", str(path)).returncode == 2


def test_html_changes_are_explained_at_their_place_in_the_source(tmp_path: Path) -> None:
    path = write(tmp_path / "a.html", '<h1>Title</h1>\n<p title="a , b">booming , The deal</p>\n')
    lines = run("--format", "html", "--explain", str(path)).stdout.decode().splitlines()
    assert lines == [
        f"{path}:2:25 punctuation.space-before ' ' → ''",
        f"{path}:2:28 casing.fragment-start 'The' → 'the'",
    ]


def test_score_prints_one_line_per_input(tmp_path: Path) -> None:
    garbled = write(tmp_path / "g.txt", "Netease car 8 month 9 Japan , Lingke released its sales data .\n")
    clean = write(tmp_path / "c.txt", CLEANED)
    lines = run("--score", str(garbled), str(clean)).stdout.decode().splitlines()
    assert [line.split("\t")[0] for line in lines] == [str(garbled), str(clean)]
    assert float(lines[0].split("\t")[1]) > float(lines[1].split("\t")[1])
    assert run("--score", "-i", str(clean)).returncode == 2


def test_score_of_an_html_page_counts_its_text_nodes(tmp_path: Path) -> None:
    garbled = "Netease car 8 month 9 Japan , Lingke released its sales data ."
    page = write(tmp_path / "p.html", f'<p class="a , b">{garbled}</p>\n')
    line = run("--score", "--format", "html", str(page)).stdout.decode()
    assert line.startswith(f"{page}\t{mtclean.score(garbled):.2f}\tglossary.name ")


def test_score_names_the_three_strongest_signals(tmp_path: Path) -> None:
    garbled = write(tmp_path / "g.txt", "Netease car 8 month 9 Japan , Lingke released its sales data .\n")
    clean = write(tmp_path / "c.txt", CLEANED)
    first, second = run("--score", str(garbled), str(clean)).stdout.decode().splitlines()
    signals = first.split("\t")[2]
    assert signals.split(", ")[0].startswith("glossary.name ")
    assert len(signals.split(", ")) == 3
    assert second.split("\t")[1:] == ["0.00"]


def test_score_of_json_lines_is_per_record(tmp_path: Path) -> None:
    records = '{"text": "NetEase Auto reported the deal."}\n\n{"text": "Lingke sold 8 month 9 Japan ."}\n'
    path = write(tmp_path / "a.jsonl", records)
    lines = run("--score", "--jsonl", str(path)).stdout.decode().splitlines()
    assert [line.split("\t")[0] for line in lines] == [f"{path}:1", f"{path}:3"]
    assert float(lines[0].split("\t")[1]) == 0
    assert float(lines[1].split("\t")[1]) > 3


def test_jsonl_without_field_cleans_the_text_field(tmp_path: Path) -> None:
    path = write(tmp_path / "a.jsonl", '{"id": 1, "text": "booming , The end"}\n')
    assert run("--jsonl", str(path)).stdout.decode() == '{"id": 1, "text": "booming, the end"}\n'
