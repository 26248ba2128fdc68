"""Translationese markers: the data file validates, examples count, keep sentences never do."""

from __future__ import annotations

from pathlib import Path

import pytest

import mtclean
from mtclean import markers
from mtclean.glossary.check import check

MARKERS = markers.default().markers
EXAMPLES = [(marker.name, example) for marker in MARKERS for example in marker.examples]
KEEP = [sentence for marker in MARKERS for sentence in marker.keep]


def test_the_shipped_markers_validate() -> None:
    assert markers.problems() == []


@pytest.mark.parametrize(("name", "example"), EXAMPLES, ids=[f"{n}-{i}" for i, (n, _) in enumerate(EXAMPLES)])
def test_an_example_counts_for_its_marker(name: str, example: str) -> None:
    assert name in {hit.marker for hit in markers.find(example)}
    beside = " The dry goods sharing helped." if name in markers.default().shared else ""
    assert f"marker.{name}" in dict(mtclean.score_details(example + beside).signals)


def test_a_shared_marker_counts_only_beside_other_evidence() -> None:
    alone = "Young netizens across China joined the survey."
    assert markers.find(alone) and "netizens" in markers.default().shared
    assert mtclean.score(alone) == 0
    beside = mtclean.score_details(alone + " The dry goods sharing was useful.")
    assert {"marker.netizens", "marker.dry-goods"} <= set(dict(beside.signals))


@pytest.mark.parametrize("sentence", KEEP)
def test_a_keep_sentence_shows_no_marker_and_is_not_flagged(sentence: str) -> None:
    assert markers.find(sentence) == []
    assert mtclean.clean(sentence) == sentence
    assert not mtclean.is_garbled(sentence)


def test_markers_never_change_text() -> None:
    text = "Netizens praised the dry goods sharing."
    assert mtclean.clean(text) == text
    assert mtclean.score(text) > 0


def test_a_phrase_matches_with_a_capital_first_letter_but_not_inside_a_word() -> None:
    assert [hit.text for hit in markers.find("Netizens and netizens")] == ["Netizens", "netizens"]
    assert markers.find("supernetizens") == []


def test_a_line_end_marker_counts_glued_to_code_but_not_before_more_words() -> None:
    assert [hit.marker for hit in markers.find("timeout: 5000Copy the code\nnext")] == ["copy-the-code"]
    assert markers.find("Copy the code below into a file.") == []


def test_mistakes_in_a_markers_file_are_reported(tmp_path: Path) -> None:
    path = tmp_path / "markers.yaml"
    path.write_text(
        """- name: zebra
  phrases: [zebra crossing]
  examples: [The zebra crossing was busy.]
  keep: [A zebra crossing.]
  source: https://example.com/a
- name: Apple
  phrases: [zebra crossing]
  examples: [Nothing here.]
  keep: []
  source: example.com
""",
        encoding="utf-8",
    )
    messages = [problem.message for problem in markers.problems(path)]
    assert any("not sorted" in message for message in messages)
    assert any("lower-case words" in message for message in messages)
    assert any("is not a URL" in message for message in messages)
    assert any("also a phrase of" in message for message in messages)
    assert any("does not show the marker" in message for message in messages)
    assert any("keep sentence" in message for message in messages)
    assert markers.problems(path)[0].line == 1


def test_a_markers_file_with_a_wrong_schema_is_one_problem(tmp_path: Path) -> None:
    path = tmp_path / "markers.yaml"
    path.write_text("- name: x\n  phrases: [x]\n", encoding="utf-8")
    (problem,) = markers.problems(path)
    assert "missing" in problem.message


def test_glossary_check_validates_the_markers(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = tmp_path / "markers.yaml"
    path.write_text("[]\n[", encoding="utf-8")
    monkeypatch.setattr(markers, "path", lambda: path)
    assert any(problem.path == str(path) for problem in check(sentences=False))


def test_the_one_scan_finds_what_each_marker_s_expression_finds() -> None:
    # Markers.find looks for the phrases' starts in one scan and runs a
    # marker's expression only there; it must find exactly what running
    # every present marker's expression over the whole text finds.
    compiled = markers.default()
    corpora = Path(__file__).parent.parent / "corpora"
    texts = [path.read_text(encoding="utf-8") for path in sorted(corpora.glob("**/*.txt"))]
    texts += [text for marker in compiled.markers for text in (*marker.examples, *marker.keep)]
    texts += ["Netizens said: netizens, NETIZENS and xnetizens.", "İstanbul netizens said"]
    # A phrase that opens with a quote or a bracket is found by its first word, one character on.
    texts += [
        '"ashore" at the start, glued x"ashore", “double carbon” and (reporter Li) too',
        'ashore" (reporter',
    ]
    for text in texts:
        assert compiled.find(text) == compiled._find_by_marker(text, text.lower()), text[:80]


def test_a_phrase_split_by_an_unquoted_comma_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "markers.yaml"
    path.write_text(
        """- name: worries
  phrases: [urgent, difficult and worrying]
  examples: [The difficult and worrying cases came first.]
  keep: [Nothing here.]
  source: https://example.com/a
""",
        encoding="utf-8",
    )
    (problem,) = markers.problems(path)
    assert "'urgent' is a common English word" in problem.message


def _every_hit(text: str) -> list[tuple[str, int]]:
    """What each marker's expression finds in ``text`` when every marker runs over the whole text."""
    shipped = markers.default()
    return sorted(
        (marker.name, match.start())
        for index, marker in enumerate(shipped.markers)
        for match in shipped.pattern(index).finditer(text)
    )


INDEX_TEXTS = [
    *(example for _, example in EXAMPLES),
    "timeout: 5000Copy the code\nSET NAMES utf8;Copy the code",
    "NETIZENS and netizen's posts; the netizens' anger",
    "(Our reporter Liu Xin) and (This reporter Zhou)",
    *(
        path.read_text(encoding="utf-8")
        for path in sorted((Path(__file__).parent.parent / "corpora/detection/garbled").glob("*.txt"))
    ),
]


@pytest.mark.parametrize("text", INDEX_TEXTS, ids=[f"text-{i}" for i in range(len(INDEX_TEXTS))])
def test_the_one_scan_loses_no_hit(text: str) -> None:
    assert sorted((hit.marker, hit.start) for hit in markers.find(text)) == _every_hit(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "The network's head anchors rotated on the evening bulletin after the election.",
        "The official mall hours are ten to nine, and the car park closes at ten.",
    ],
)
def test_livestream_words_that_careful_english_writes_do_not_flag_alone(sentence: str) -> None:
    # harm-hunt15: each scored above 25 while it counted on its own.
    assert markers.find(sentence)
    assert mtclean.score(sentence) == 0


def test_bare_index_students_of_an_outbreak_do_not_flag_alone() -> None:
    # harm-hunt17: epidemiology calls a school outbreak's first cases its index students (26.8 before).
    outbreak = (
        "The index students in later waves were traced through school records, the epidemiologists reported."
    )
    assert [hit.marker for hit in markers.find(outbreak)] == ["index-students-plain"]
    assert mtclean.score(outbreak) == 0
    quota = "The admission line of the index students was fifteen points below the city's line."
    assert "marker.index-students" in dict(mtclean.score_details(quota).signals)


@pytest.mark.parametrize(
    "sentence",
    [
        "The county launched a month-long hidden danger investigation at chemical plants after the blast.",
        "Inspectors completed the rectification of hidden dangers at 300 construction sites, the bureau said.",
        "Brands now spend more on private domain traffic, building chat groups of loyal customers.",
        "The traffic dividend of the early mobile internet has faded, analysts at the brokerage said.",
    ],
)
def test_terms_that_china_s_own_english_writes_do_not_flag_alone(sentence: str) -> None:
    # harm-hunt17: official work-safety English and marketing English about China write these; each scored 19-29 alone.
    assert markers.find(sentence)
    assert mtclean.score(sentence) == 0


@pytest.mark.parametrize(
    "sentence",
    [
        "So-called rotten-tail buildings, the towers left by bankrupt developers, stand empty.",
        'Unfinished "rotten tail buildings", as they are known in Chinese, dot the city.',
        "Known as lanwei lou, or rotten-tail buildings, the unfinished projects hurt buyers.",
        "Young people online call themselves the melon-eating masses, happy bystanders of gossip.",
    ],
)
def test_a_calque_taught_as_a_word_is_no_evidence(sentence: str) -> None:
    # harm-hunt17: English explaining Chinese slang names the calque as a term; each scored 20-35.
    assert markers.find(sentence)
    assert mtclean.score(sentence) == 0
    assert mtclean.clean(sentence) == sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Hard decorations like glass baubles can break, so hang them high on the tree where toddlers cannot reach.",
        "Royal icing sets into a hard decoration, while buttercream stays soft, so pipe the flowers a day ahead.",
    ],
)
def test_hard_decorations_of_trees_and_cakes_do_not_flag_alone(sentence: str) -> None:
    # harm-hunt18: Christmas and baking English writes the phrase; each scored 21 while it counted alone.
    assert [hit.marker for hit in markers.find(sentence)] == ["hard-decoration"]
    assert mtclean.score(sentence) == 0


def test_a_renovation_s_soft_and_hard_decoration_still_counts() -> None:
    sentence = (
        "The budget is split between soft and hard decoration, and owners often overspend on the first."
    )
    assert "marker.decoration-calques" in dict(mtclean.score_details(sentence).signals)


def test_a_calque_used_plainly_still_counts() -> None:
    assert mtclean.score("The rotten-tail buildings in the city still have no buyers.") > 4.39
