"""Casing-only places: Chinese place names that MT leaves in lower case are repaired, and only there."""

from __future__ import annotations

from pathlib import Path

import pytest

import mtclean
from mtclean.glossary import load_glossary
from mtclean.glossary.check import check
from mtclean.glossary.model import casing_only, lower_case_variant

CITIES = sorted(
    (entry for entry in load_glossary().entries if casing_only(entry) and entry.path.endswith("cities.yaml")),
    key=lambda entry: entry.name,
)

PLACE = """\
- name: Moxiaoqiu
  zh: 莫小丘
  kind: place
  wrong: []
  source: https://example.org/moxiaoqiu
"""


def problems_of(tmp_path: Path, text: str, name: str = "places.yaml") -> list[str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return [str(problem) for problem in check([path]) if problem.path == str(path)]


def test_a_casing_only_place_needs_no_rendering_but_must_repair_its_lower_case(tmp_path: Path) -> None:
    # Banana is English in lower case, Xia is shorter than four letters: neither repairs anything.
    text = "\n".join((PLACE.replace("Moxiaoqiu", "Banana"), PLACE, PLACE.replace("Moxiaoqiu", "Xia")))
    found = problems_of(tmp_path, text)
    assert [problem.split(": ")[1] for problem in found if "it repairs nothing" in problem] == [
        "Banana",
        "Xia",
    ]
    assert not any("Moxiaoqiu" in problem for problem in found), found


def test_a_company_with_no_rendering_is_still_refused(tmp_path: Path) -> None:
    text = PLACE.replace("kind: place", "kind: company")
    found = problems_of(tmp_path, text, "companies.yaml")
    assert any("no wrong rendering" in problem for problem in found), found
    assert any("missing examples" in problem for problem in found), found


def test_the_family_is_there() -> None:
    names = {entry.name for entry in CITIES}
    assert len(CITIES) > 300
    assert {"Linyi", "Hangzhou", "Shenzhen", "Xuhui", "Wuhan", "Jiangyang", "Xiashan"} <= names
    # English writes these in lower case: never listed.
    assert not names & {"Shanghai", "Wuhu", "Hami", "Shaoxing", "Baise", "Humen"}


@pytest.mark.parametrize("entry", CITIES, ids=lambda entry: entry.name)
def test_each_place_in_lower_case_is_repaired_in_running_text(entry: object) -> None:
    name = entry.name  # type: ignore[attr-defined]
    lower = lower_case_variant(entry)  # type: ignore[arg-type]
    assert lower == name.lower()
    garbled = f"Our reporter visited {lower} last week , and the factory there reopened ."
    assert mtclean.clean(garbled) == f"Our reporter visited {name} last week, and the factory there reopened."


@pytest.mark.parametrize(
    "garbled, clean",
    [
        (
            "The plant in linyi opened , and hangzhou and shenzhen agreed.",
            "The plant in Linyi opened, and Hangzhou and Shenzhen agreed.",
        ),
        (
            "Rents in xuhui district fell again this spring.",
            "Rents in Xuhui district fell again this spring.",
        ),
        ("A new bridge in jiangyang links both banks .", "A new bridge in Jiangyang links both banks."),
        ("Wuhan and changsha share a rail line.", "Wuhan and Changsha share a rail line."),
    ],
)
def test_garbled_lower_case_places_are_repaired(garbled: str, clean: str) -> None:
    assert mtclean.clean(garbled) == clean


@pytest.mark.parametrize(
    "text",
    [
        "The city portal hangzhou.gov.cn lists every bus route.",
        "Write to press@shenzhen-news.example if the link breaks.",
        "Follow @shenzhen and #wuhan for the latest pictures.",
        "Save the table as linyi_2024.csv before you upload it.",
        "Open data/chengdu/routes.json to see the schedule.",
        "The variable `nanjing_total` holds the yearly count.",
        "https://example.org/travel/xiamen-old-town-guide",
        "travel guides: hangzhou, suzhou and nanjing",
        "Pirates used to shanghai sailors in the old ports.",
        "Wuhu, we finally made it to the top of the hill!",
        "A slice of hami melon came with the rice.",
    ],
)
def test_kept(text: str) -> None:
    assert mtclean.clean(text) == text


@pytest.mark.parametrize(
    "text",
    ["Set TARGET=shenzhen before the run.", 'Write city="wuhan" in the file.', "Use city='linyi' here."],
)
def test_a_city_assigned_as_a_value_keeps_its_case(text: str) -> None:
    assert mtclean.clean(text) == text


@pytest.mark.parametrize(
    "text",
    [
        'Call get_weather("wuhan") to fetch the forecast.',
        'The reply was {"city": "hangzhou", "id": 42}.',
        "The lookup returns 'nanjing' for the code 025.",
        "Pass --city wuhan to the script.",
        "Run the tool with -c shenzhen and read the log.",
        'The reply was {"brand": "xiaomi", "model": "14"}.',
    ],
)
def test_a_city_in_a_string_literal_or_after_an_option_keeps_its_case(text: str) -> None:
    assert mtclean.clean(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "A spoonful of chaozhou chili oil lifts a bowl of congee.",
        "Steep the fujian white tea at 80 degrees for three minutes.",
        "Serve the shantou beef balls in a clear broth.",
        "Slice the fuling zha cai thin and add it to the soup.",
        "I keep tianjin preserved vegetable in a clay jar.",
        "The hainan chicken rice at the food court is good.",
        "She spoons guizhou chili crisp over fried eggs.",
        "The suzhou mooncakes have a flaky crust.",
    ],
)
def test_a_dish_named_for_a_place_in_lower_case_keeps_its_case(text: str) -> None:
    assert mtclean.clean(text) == text


@pytest.mark.parametrize(
    "garbled, clean",
    [
        ('He said "we moved to wuhan" and left .', 'He said "we moved to Wuhan" and left.'),
        ("The linyi city government said so .", "The Linyi city government said so."),
        ("Farmers in fujian grow tea on the hills .", "Farmers in Fujian grow tea on the hills."),
    ],
)
def test_the_guards_leave_running_text_repaired(garbled: str, clean: str) -> None:
    assert mtclean.clean(garbled) == clean
