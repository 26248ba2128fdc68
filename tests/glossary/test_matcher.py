from __future__ import annotations

from mtclean.glossary.matcher import Matcher


def spans(matcher: Matcher, text: str) -> list[str]:
    return [match.group() for match in matcher.finditer(text)]


def test_longest_rendering_wins() -> None:
    matcher = Matcher(["Netease", "Netease car"])
    assert spans(matcher, "Netease car and Netease said") == ["Netease car", "Netease"]


def test_matches_are_word_bounded() -> None:
    matcher = Matcher(["Lingke", "geely"])
    assert spans(matcher, "Lingkes geelyx Lingke") == ["Lingke"]


def test_spaces_in_a_rendering_match_any_run_of_spaces_and_optional_space_before_marks() -> None:
    matcher = Matcher(["according to the understanding of ,"])
    assert spans(matcher, "according  to the understanding of, x") == ["according  to the understanding of,"]
    assert spans(matcher, "according to the understanding of , x") == ["according to the understanding of ,"]


def test_many_renderings_compile_to_one_pattern() -> None:
    matcher = Matcher([f"Name{i}" for i in range(2000)])
    assert spans(matcher, "see Name1999 and Name7") == ["Name1999", "Name7"]
