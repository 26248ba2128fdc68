from __future__ import annotations

from pathlib import Path

import pytest

import mtclean
from mtclean.glossary import Glossary, GlossaryError
from mtclean.glossary.model import load_file, read_file

GOOD = """\
- name: Haval
  kind: brand
  wrong: [Hafu]
  ambiguous: [Harvard]
  context: [H6, SUV]
  examples:
    - garbled: The Hafu H6 sold well.
      clean: The Haval H6 sold well.
  source: https://en.wikipedia.org/wiki/Haval
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "brands.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_valid_file_loads(tmp_path: Path) -> None:
    (entry,) = load_file(write(tmp_path, GOOD))
    assert entry.name == "Haval"
    assert entry.renderings == ("Hafu", "Harvard")


@pytest.mark.parametrize(
    "broken, message",
    [
        (GOOD.replace("  kind: brand\n", ""), "missing kind"),
        (GOOD.replace("kind: brand", "kind: car"), "kind 'car'"),
        (GOOD.replace("  context: [H6, SUV]\n", ""), "need 'context'"),
        (GOOD.replace("  source:", "  sauce:"), "unknown field sauce"),
        (GOOD.replace("  source:", "  sauce:"), "missing source"),
        (GOOD.replace("wrong: [Hafu]", "wrong: Hafu"), "'wrong' must be a list"),
        (GOOD + "  colour: red\n", "unknown field colour"),
        ("- name: [unclosed\n", "brands.yaml"),
    ],
)
def test_errors_name_the_file_line_and_entry(tmp_path: Path, broken: str, message: str) -> None:
    _entries, problems = read_file(write(tmp_path, broken))
    assert any(message in str(problem) and "brands.yaml" in str(problem) for problem in problems), problems
    with pytest.raises(GlossaryError, match=r"brands\.yaml"):
        list(load_file(write(tmp_path, broken)))


def test_error_messages_carry_the_line_of_the_entry(tmp_path: Path) -> None:
    text = GOOD + GOOD.replace("Haval", "Other").replace("kind: brand", "kind: nope")
    with pytest.raises(GlossaryError, match=r"brands\.yaml:11: Other: kind 'nope'"):
        list(load_file(write(tmp_path, text)))


def test_ambiguous_renderings_need_context_evidence(tmp_path: Path) -> None:
    glossary = Glossary.from_files([write(tmp_path, GOOD)])
    pipeline = mtclean.Pipeline(glossary=glossary)
    assert pipeline.clean("The Harvard H6 is an SUV.") == "The Haval H6 is an SUV."
    assert pipeline.clean("She studied at Harvard for two years.") == "She studied at Harvard for two years."


def test_a_gloss_of_the_name_is_left_alone(tmp_path: Path) -> None:
    glossary = Glossary.from_files([write(tmp_path, GOOD)])
    pipeline = mtclean.Pipeline(glossary=glossary)
    assert pipeline.clean("Haval (Hafu in pinyin) sells the H6.") == "Haval (Hafu in pinyin) sells the H6."


HERO = """\
- name: League of Legends
  kind: product
  wrong: [Hero Alliance]
  examples:
    - garbled: Hero Alliance is played by millions .
      clean: League of Legends is played by millions.
  source: https://en.wikipedia.org/wiki/League_of_Legends
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        ("They play hero Alliance every night.", "They play League of Legends every night."),
        ("They play Hero alliance every night.", "They play League of Legends every night."),
        ("THE HERO ALLIANCE FINALS ARE SOLD OUT.", "THE League of Legends FINALS ARE SOLD OUT."),
        # English casings of a phrase of English words are left alone.
        ("A hero alliance formed in the comic.", "A hero alliance formed in the comic."),
        ("Hero alliances form in many comics.", "Hero alliances form in many comics."),
        ("Hero alliance stories sell well.", "Hero alliance stories sell well."),
    ],
)
def test_case_variants_of_a_safe_rendering_made_of_english_words(
    tmp_path: Path, text: str, expected: str
) -> None:
    path = tmp_path / "products.yaml"
    path.write_text(HERO, encoding="utf-8")
    pipeline = mtclean.Pipeline(glossary=Glossary.from_files([path]))
    assert pipeline.clean(text) == expected
