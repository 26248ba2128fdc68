"""``mtclean glossary check`` finds each kind of mistake and says where it is."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from samples import ZORBLAT

from mtclean.glossary import check as check_module
from mtclean.glossary import load_glossary
from mtclean.glossary.check import check
from mtclean.glossary.cli import main

GOOD = ZORBLAT
SECOND = """\
- name: Zorblat Trucks
  kind: company
  wrong: [Zuobula Kache]
  examples:
    - garbled: Zuobula Kache builds trucks .
      clean: Zorblat Trucks builds trucks.
  source: https://example.org/zorblat-trucks
"""


def write(tmp_path: Path, text: str, name: str = "companies.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def problems_of(tmp_path: Path, text: str, name: str = "companies.yaml") -> list[str]:
    path = write(tmp_path, text, name)
    return [str(problem) for problem in check([path]) if problem.path == str(path)]


def test_the_shipped_glossary_has_no_problem() -> None:
    assert [str(problem) for problem in check()] == []


def test_a_good_file_has_no_problem(tmp_path: Path) -> None:
    assert problems_of(tmp_path, GOOD + "\n" + SECOND) == []


@pytest.mark.parametrize(
    "text, line, message",
    [
        # 1. schema
        (GOOD.replace("  kind: company\n", ""), 1, "missing kind"),
        (GOOD.replace("kind: company", "kind: car"), 3, "kind 'car' is not one of"),
        (GOOD.replace("wrong: [Zuobula Qiche]", "wrong: Zuobula Qiche"), 4, "'wrong' must be a list"),
        (GOOD + "  colour: red\n", 13, "unknown field colour"),
        (GOOD.replace("  context: [Zorblat, sedan]\n", ""), 5, "need 'context' or 'adjacent' words"),
        (GOOD.replace("kind: company", "kind: brand"), 3, "kind 'brand' does not belong in companies.yaml"),
        # 2. sorting
        (SECOND + "\n" + GOOD, 9, "not sorted by name: 'Zorblat Motors' comes after 'Zorblat Trucks'"),
        # 3. duplicates
        (
            GOOD + "\n" + GOOD.replace("Zuobula Qiche", "Zuobula Che").replace("left cloth", "left rag"),
            14,
            "duplicate entry",
        ),
        # 4. a wrong rendering that is another entry's official name
        (
            GOOD.replace("wrong: [Zuobula Qiche]", "wrong: [Zuobula Qiche, Geely]"),
            4,
            "'Geely' is the official name of another entry",
        ),
        # 5. two entries claiming the same rendering
        (
            GOOD + "\n" + SECOND.replace("[Zuobula Kache]", "[Zuobula Qiche]"),
            16,
            "'Zuobula Qiche' is also claimed by 'Zorblat Motors'",
        ),
        # 6. a safe rendering that is a common English word
        (
            GOOD.replace("wrong: [Zuobula Qiche]", "wrong: [Zuobula Qiche, river]"),
            4,
            "safe rendering 'river' is a common English word",
        ),
        # 7. an example that does not give its clean text
        (
            GOOD.replace("clean: Zorblat Motors sold", "clean: Zorblat sold"),
            8,
            "example gives 'Zorblat Motors sold more cars this year.'",
        ),
        # 8. a keep sentence that changes
        (
            GOOD.replace("A left cloth lay on the table.", "A left cloth , lay on the table."),
            11,
            "keep sentence changes to",
        ),
    ],
    ids=[
        "missing-field",
        "unknown-kind",
        "wrong-type",
        "unknown-field",
        "ambiguous-without-evidence",
        "kind-in-wrong-file",
        "unsorted",
        "duplicate-entry",
        "rendering-is-another-name",
        "rendering-claimed-twice",
        "safe-common-word",
        "example-fails",
        "keep-changes",
    ],
)
def test_each_mistake_is_found_with_file_line_and_entry(
    tmp_path: Path, text: str, line: int, message: str
) -> None:
    found = problems_of(tmp_path, text)
    path = tmp_path / "companies.yaml"
    matching = [problem for problem in found if message in problem]
    assert matching, found
    assert matching[0].startswith(f"{path}:{line}: "), matching[0]
    if message not in ("missing kind",):
        assert ": Zorblat " in matching[0]


@pytest.mark.parametrize(
    "text, message",
    [
        (
            GOOD.replace("[Zorblat, sedan]", "[Zorblat, millet]"),
            "context word 'millet' is an ambiguous rendering of 'Xiaomi'",
        ),
        (
            GOOD.replace("left cloth", "public"),
            "'public' is a very common word: it needs 'adjacent' evidence",
        ),
        (
            GOOD.replace("  keep:\n    - A left cloth lay on the table.\n", ""),
            "ambiguous renderings need a 'keep' sentence",
        ),
        (
            GOOD.replace("Zuobula Qiche sold more", "Zorblat Motors sold more").replace(
                "this year .", "this year."
            ),
            "example changes nothing",
        ),
        (GOOD.replace("source: https://example.org/zorblat", "source: a friend"), "is not a URL"),
        (
            GOOD.replace("wrong: [Zuobula Qiche]", "wrong: [Zuobula Qiche, Auburn]"),
            "safe rendering 'Auburn' is an English word or name in lower case",
        ),
        (
            GOOD.replace("wrong: [Zuobula Qiche]", "wrong: [Zuobula Qiche, LINGKE]"),
            "'lingke', another casing of safe rendering 'LINGKE', is also 'Lynk & Co''s",
        ),
        (
            GOOD.replace("- name: Zorblat Motors", "- name: Zorblat Motors\n  plural: Zorblat Motorses"),
            "no rendering is a plural",
        ),
        (
            GOOD.replace(
                "    - A left cloth lay on the table.\n",
                "    - A left cloth lay on the table.\n    - The turnover of the two cities rose.\n",
            ),
            "shows the translationese marker 'a-share-calques'",
        ),
    ],
)
def test_further_mistakes_are_found(tmp_path: Path, text: str, message: str) -> None:
    assert any(message in problem for problem in problems_of(tmp_path, text)), problems_of(tmp_path, text)


def test_a_term_with_plural_renderings_needs_a_plural(tmp_path: Path) -> None:
    text = """\
- name: zorb point
  kind: term
  wrong: [zorb pile, zorb piles]
  examples:
    - garbled: The zorb piles are full .
      clean: The zorb points are full.
  source: https://example.org/zorb
"""
    found = problems_of(tmp_path, text, "terms.yaml")
    assert any("'zorb piles' is a plural rendering: give the 'plural' name" in p for p in found), found
    fixed = text.replace("  kind: term\n", "  kind: term\n  plural: zorb points\n")
    assert problems_of(tmp_path, fixed, "terms.yaml") == []


def test_invalid_yaml_names_the_file_and_line(tmp_path: Path) -> None:
    found = problems_of(tmp_path, "- name: [unclosed\n  kind: brand\n")
    assert found and found[0].startswith(f"{tmp_path / 'companies.yaml'}:") and "not valid YAML" in found[0]


def test_cli_check_exits_1_and_prints_each_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, GOOD.replace("wrong: [Zuobula Qiche]", "wrong: [Zuobula Qiche, river]"))
    assert main(["check", str(path)]) == 1
    captured = capsys.readouterr()
    assert f"{path}:4: Zorblat Motors: safe rendering 'river' is a common English word" in captured.out
    # "river" also damages a keep sentence of the shipped glossary, which the check reports too.
    assert (
        "keep sentence changes to 'The GitHub office is next to an old warehouse by the Zorblat Motors.'"
        in captured.out
    )
    # One problem for the rendering, one for each shipped keep sentence that holds the word.
    damaged = [
        sentence
        for entry in load_glossary().entries
        for sentence in entry.keep
        if re.search(r"\briver\b", sentence)
    ]
    assert damaged
    assert f"{1 + len(damaged)} problems found" in captured.err


def test_cli_check_of_the_shipped_glossary_passes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check"]) == 0
    assert capsys.readouterr().out == ""


def test_cli_check_of_a_missing_file_is_exit_2(tmp_path: Path) -> None:
    assert main(["check", str(tmp_path / "nope.yaml")]) == 2


def test_cli_list_prints_one_entry_per_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    kinds = [line.split("\t")[1] for line in lines]
    assert sum(kind not in ("term", "phrase") for kind in kinds) >= 200
    assert sum(kind in ("term", "phrase") for kind in kinds) >= 100
    assert any(
        line.startswith("Haval\tbrand\t") and line.endswith("\tHafu\tHarvard | haver") for line in lines
    )
    domains = {line.split("\t")[2] for line in lines}
    assert {"places", "news", "internet"} <= domains
    assert "Hong Kong\tplace\tplaces\t" in "\n".join(lines)


def test_cli_check_stats_counts_entries_per_domain(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--stats"]) == 0
    rows = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert rows[0] == ["domain", "entries", "safe", "ambiguous"]
    counts = {row[0]: int(row[1]) for row in rows[1:]}
    assert counts["places"] > 0 and counts["news"] > 0
    assert counts["total"] == sum(count for domain, count in counts.items() if domain != "total")
    assert counts["total"] == len(load_glossary().entries)


def test_a_shipped_file_outside_a_domain_folder_is_a_problem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    (data / "cars").mkdir(parents=True)
    placed = write(data / "cars", SECOND)
    loose = write(data, GOOD)
    monkeypatch.setattr(check_module, "data_files", lambda: [placed, loose])
    found = [str(problem) for problem in check()]
    assert any(p.startswith(f"{loose}:0: a shipped glossary file must lie in a domain folder") for p in found)
    assert not any(str(placed) in p and "domain folder" in p for p in found)


def test_cli_list_by_kind(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list", "--kind", "phrase"]) == 0
    assert all(line.split("\t")[1] == "phrase" for line in capsys.readouterr().out.splitlines())


def test_cli_find_searches_names_and_renderings(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["find", "millet"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert any(line.startswith("Xiaomi\tcompany\t") and "phones/companies.yaml:" in line for line in lines)
    assert any(line.startswith("Xiaomi SU7\tproduct\t") for line in lines)
    assert main(["find", "no-such-rendering-anywhere"]) == 1


def test_the_main_command_hands_glossary_over_and_still_cleans_a_file_named_glossary(tmp_path: Path) -> None:
    (tmp_path / "glossary").write_text("booming , The end .\n", encoding="utf-8")
    run = [sys.executable, "-m", "mtclean"]
    listed = subprocess.run([*run, "glossary", "list", "--kind", "place"], capture_output=True, check=False)
    assert listed.returncode == 0 and b"Hong Kong\tplace" in listed.stdout
    cleaned = subprocess.run([*run, "./glossary"], cwd=tmp_path, capture_output=True, check=False)
    assert cleaned.stdout == b"booming, the end.\n"
    cleaned = subprocess.run([*run, "--", "glossary"], cwd=tmp_path, capture_output=True, check=False)
    assert cleaned.stdout == b"booming, the end.\n"
