"""The garble score: evidence from the passes, spacing weighing little."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from strategies import english_document

import mtclean
from mtclean import markers, scoring, shapes
from mtclean.cli import main
from mtclean.edits import Change
from mtclean.scoring import SIGNALS, SPACING, THRESHOLD, detector, evidence, threshold_for, weight, words

CORPORA = Path(__file__).parent.parent / "corpora"
CLEAN = sorted((CORPORA / "clean").glob("*.txt"))
DETECTION_CLEAN = sorted((CORPORA / "detection" / "clean").glob("*.txt"))
GARBLED = sorted(CORPORA.glob("*/*.garbled.txt"))


def test_clean_english_scores_zero() -> None:
    assert mtclean.score("NetEase Auto reported on August 9 that Lynk & Co sold 18,000 cars.") == 0


def test_one_spaced_comma_is_not_garbled() -> None:
    text = "The company , based in Hangzhou, sold more cars this year."
    assert 0 < mtclean.score(text) < THRESHOLD
    assert not mtclean.is_garbled(text)


def test_a_writers_doubled_word_alone_is_not_garbled() -> None:
    text = "The guide shows how to to rotate the keys. Each key is kept for a year and then retired."
    assert mtclean.clean(text) != text  # the slip is repaired
    assert not mtclean.is_garbled(text)


def test_a_literal_name_alone_makes_a_short_text_garbled() -> None:
    assert mtclean.is_garbled("Lingke sold more cars in Sweden this year than last year.")


def test_the_threshold_can_be_chosen() -> None:
    text = "The company , based in Hangzhou, sold more cars this year."
    assert mtclean.is_garbled(text, threshold=0.01)


def test_a_text_without_words_scores_zero() -> None:
    assert mtclean.score("") == 0
    assert mtclean.score(" , . ") == 0


def test_a_change_of_spacing_alone_weighs_little_whatever_its_rule() -> None:
    assert evidence([Change("dates.clock-time", 0, 6, "4 : 30", "4:30")]) == SPACING
    assert evidence([Change("dates.month-day", 0, 15, "8 month 9 Japan", "August 9")]) == weight(
        "dates.month-day"
    )


def test_every_rule_has_a_positive_weight() -> None:
    from mtclean.passes import all_rules

    assert all(weight(rule.name) > 0 for rule in all_rules())


def test_words_are_counted_like_a_reader_would() -> None:
    assert words("It's 18,000 cars, 1.5 times more.") == 6
    assert words("网易汽车 reports") == 5
    assert words("Café’s “déjà vu”, ½.5 — it’s 2¹") == 6


def test_the_latin_word_classes_are_the_unicode_ones() -> None:
    # words() counts Latin text with re and explicit classes; they must be \p{L} and \p{N} there.
    import regex

    letters, numbers = regex.compile(r"\p{L}"), regex.compile(r"\p{N}")
    latin_letter = regex.compile(f"[{scoring._LATIN_LETTER}]")
    latin_number = regex.compile(f"[{scoring._LATIN_NUMBER}]")
    latin = regex.compile(f"[{scoring.LATIN_RANGES}]")
    for character in (chr(code) for code in range(0x10000) if latin.match(chr(code))):
        code = ord(character)
        assert bool(latin_letter.match(character)) == bool(letters.match(character)), hex(code)
        assert bool(latin_number.match(character)) == bool(numbers.match(character)), hex(code)


@given(english_document())
@settings(max_examples=100)
def test_the_latin_count_is_the_general_count(text: str) -> None:
    text = text.replace("'", "’") + " ½.5 déjà、《2¹》"
    assume(scoring._LATIN.fullmatch(text))
    assert words(text) == len(scoring._WORD.findall(text))


@pytest.mark.parametrize("path", GARBLED, ids=lambda path: path.name)
def test_every_garbled_document_is_garbled(path: Path) -> None:
    assert mtclean.is_garbled(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", CLEAN, ids=lambda path: path.name)
def test_tokenised_clean_english_is_not_garbled(path: Path) -> None:
    moses = pytest.importorskip("sacremoses").MosesTokenizer(lang="en")
    text = path.read_text(encoding="utf-8")
    tokenised = "\n".join(moses.tokenize(line, escape=False, return_str=True) for line in text.split("\n"))
    assert tokenised != text
    assert not mtclean.is_garbled(tokenised)


def test_the_command_prints_a_score_per_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    garbled, clean = tmp_path / "g.txt", tmp_path / "c.txt"
    garbled.write_text("Netease car 8 month 9 Japan , Lingke released its data .\n", encoding="utf-8")
    clean.write_text("NetEase Auto released its data.\n", encoding="utf-8")
    assert main(["--score", str(garbled), str(clean)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(f"{garbled}\t") and float(lines[0].split("\t")[1]) >= THRESHOLD
    assert lines[1] == f"{clean}\t0.00"


def test_an_html_page_is_scored_on_its_text_nodes() -> None:
    garbled = "Netease car 8 month 9 Japan , Lingke released its sales data ."
    page = f'<html><body><p class="a , b">{garbled}</p><code>x , y . z</code></body></html>'
    assert mtclean.score(page, "html") == mtclean.score(garbled)
    clean_page = '<p data-x="Lingke , 8 month 9 Japan">NetEase Auto reported the sales.</p>'
    assert mtclean.score(clean_page, "html") == 0.0
    assert not mtclean.is_garbled(clean_page, format="html")


def test_the_detector_data_validates() -> None:
    data = detector()
    assert set(data.weights) == set(SIGNALS)
    assert all(value >= 0 for value in data.weights.values())
    assert data.threshold == THRESHOLD > 0
    assert [precision for precision, _, _ in data.points] == sorted(
        precision for precision, _, _ in data.points
    )
    assert threshold_for(0.97) == THRESHOLD
    assert data.provenance["held_out_precision"] >= 0.97


def test_a_higher_precision_never_lowers_the_threshold() -> None:
    thresholds = [threshold for _, threshold, _ in detector().points]
    assert thresholds == sorted(thresholds)
    text = "Netizens said the company , based in Hangzhou, sold more cars."
    assert mtclean.is_garbled(text, precision=0.9) >= mtclean.is_garbled(text, precision=1.0)
    with pytest.raises(ValueError, match="no stored operating point"):
        mtclean.is_garbled(text, precision=1.5)


@pytest.mark.parametrize("path", CLEAN + DETECTION_CLEAN, ids=lambda path: path.name)
def test_clean_english_is_never_flagged(path: Path) -> None:
    assert not mtclean.is_garbled(path.read_text(encoding="utf-8"))


def test_no_keep_sentence_of_the_glossary_is_flagged() -> None:
    flagged = [s for entry in mtclean.load_glossary().entries for s in entry.keep if mtclean.is_garbled(s)]
    assert flagged == []


@settings(max_examples=60, deadline=None)
@given(english_document())
def test_well_formed_english_is_never_flagged(text: str) -> None:
    assert not mtclean.is_garbled(text)


def test_a_marker_adds_evidence_without_a_change() -> None:
    text = "Reporters learned from the launch in Beijing that the new phone sold out on Monday."
    details = mtclean.score_details(text)
    assert mtclean.explain(text).changes == []
    assert details.signals[0][0] == "marker.reporter-learned" and details.value > 0


def test_an_ambiguous_rendering_left_alone_weighs_less_than_a_safe_one() -> None:
    ambiguous = mtclean.score_details("Millet porridge is a breakfast staple in the north of the country.")
    safe = mtclean.score_details("Lingke porridge is a breakfast staple in the north of the country.")
    assert [name for name, _ in ambiguous.signals] == ["ambiguous.Xiaomi"]
    assert 0 < ambiguous.value < safe.value


def test_the_same_scar_in_two_paragraphs_is_repeated_evidence() -> None:
    one = "Lingke sold more cars.\n\nThe firm opened a plant.\n\nIt hired staff.\n\nSales rose."
    two = "Lingke sold more cars.\n\nLingke opened a plant.\n\nIt hired staff.\n\nSales rose."
    found_one = scoring.collect(one, mtclean.explain(one).changes)
    found_two = scoring.collect(two, mtclean.explain(two).changes)
    assert scoring.features(one, found_one)["repeated"] == 0
    assert scoring.features(two, found_two)["repeated"] == 1
    assert scoring.features(one, found_one)["paragraphs"] == 0.25
    assert scoring.features(two, found_two)["paragraphs"] == 0.5


def test_the_share_of_paragraphs_needs_three_paragraphs() -> None:
    text = "Lingke sold more cars.\n\nThe firm opened a plant."
    assert scoring.features(text, scoring.collect(text, mtclean.explain(text).changes))["paragraphs"] == 0


def test_spacing_and_weak_evidence_make_no_paragraph_garbled() -> None:
    text = "The firm , based in Hangzhou, sold cars.\n\nIt grew."
    found = scoring.collect(text, mtclean.explain(text).changes)
    assert [item.signal for item in found] == ["spacing"]
    assert scoring.features(text, found)["paragraphs"] == 0


def test_a_chinese_sites_location_label_alone_does_not_flag_a_careful_page() -> None:
    # A real bank's English page (harm-hunt8): one label above four careful paragraphs was
    # a garbled paragraph, a kind of evidence and so a flag.  Our own text of that shape:
    paragraphs = [
        "The bank's board met four times this year and approved the new risk policy.",
        "In addition, it set up a committee on consumer rights, chaired by an independent director.",
        "Two directors retired in March, and the shareholders elected their successors in June.",
        "The audit committee reviewed the interim accounts with the external auditors in August.",
    ]
    text = "Your location:Home > Investor Relations > Governance\n\n" + "\n\n".join(paragraphs)
    assert mtclean.clean(text).startswith("You are here: Home > Investor Relations > Governance\n\n")
    found = scoring.collect(text, mtclean.explain(text).changes)
    assert [item.signal for item in found] == ["weak"]
    features = scoring.features(text, found)
    assert features["paragraphs"] == features["kinds"] == 0
    assert not mtclean.is_garbled(text)


@pytest.mark.parametrize(
    "scar",
    [
        "Revenue grew about 20~30% in the year, the company said.",  # a range typed the Chinese way
        "Whether the accounts were audited: □ Yes ?No",  # a tick lost to its encoding
    ],
)
def test_a_chinese_writers_typography_alone_does_not_flag_a_careful_page(scar: str) -> None:
    # A solar maker's English news page (harm-hunt17) wrote one range as 20~30%: repaired, it
    # was a garbled paragraph and a kind of evidence, and flagged four careful paragraphs.
    paragraphs = [
        "The company turned its attention to back-contact cells and began shipping modules last year.",
        "Its cell shipments in the first half already exceeded half of the total of the year before.",
        "In a filing, it said net profit rose and operating income more than doubled.",
        scar,
    ]
    text = "\n\n".join(paragraphs)
    found = scoring.collect(text, mtclean.explain(text).changes)
    assert [item.signal for item in found] == ["weak"]
    features = scoring.features(text, found)
    assert features["paragraphs"] == features["kinds"] == 0
    assert not mtclean.is_garbled(text)


SPLICED = "The park opened in May, it has three lakes and a small zoo. "


def test_shapes_count_only_in_a_text_long_enough_for_a_rate() -> None:
    short = SPLICED * 2
    long = SPLICED * 8
    assert words(short) < scoring.MIN_SHAPE_WORDS <= words(long)
    assert mtclean.score(short) == 0
    assert dict(mtclean.score_details(long).signals)["shape.comma-splice"] > 0


def test_the_words_counted_for_the_shapes_are_the_ones_the_score_divides_by() -> None:
    # _collect counts a text's words where it finds shapes, and measure_records() reuses that count.
    for text in (
        SPLICED * 2,
        SPLICED * 8,
        "The café opened in May, it has three lakes and 3,5 km of paths. " * 8,
        "No shape here.",
    ):
        _, count = scoring._collect(text, [], ())
        assert count == (words(text) if shapes.find(text) else None)
    assert scoring._collect("No shape here.", [], ())[1] is None


def test_shapes_are_no_evidence_of_a_garbled_paragraph() -> None:
    text = "\n\n".join([SPLICED * 3] * 3)
    found = scoring.collect(text, mtclean.explain(text).changes)
    assert {item.signal for item in found} == {"shapes"}
    values = scoring.features(text, found)
    assert values["shapes"] > 0 and values["paragraphs"] == values["repeated"] == values["kinds"] == 0


def test_a_name_written_in_lower_case_weighs_as_casing_not_as_a_literal_name() -> None:
    text = (
        "The city posted the new figures on its official weibo account late on Tuesday evening.\n\n"
        "Residents had asked for them for days, and the local paper printed them the next morning.\n\n"
        "Officials said a fuller report would follow once the water had gone down."
    )
    found = scoring.collect(text, mtclean.explain(text).changes)
    assert [item.signal for item in found if item.name == "glossary.name"] == ["casing"]
    assert scoring.features(text, found)["paragraphs"] == 0
    assert not mtclean.is_garbled(text)


@given(english_document())
@settings(max_examples=100)
def test_the_ascii_count_is_the_general_count(text: str) -> None:
    text = text.replace("’", "'").replace("“", '"').replace("”", '"') + " 1,000.5 can't"
    assume(text.isascii())
    assert words(text) == len(scoring._WORD.findall(text))


def _own_scan(scan: re.Pattern[str], first: re.Pattern[str], folded: str) -> list[tuple[int, str]]:
    """What a scan of its own for its keys finds (the markers' or the shapes')."""
    opening = first.match(folded)
    found = [(0, opening.group(1))] if opening is not None else []
    return found + [(match.start() + 1, match.group(1)) for match in scan.finditer(folded)]


def _assert_one_scan_is_both_scans(text: str) -> None:
    folded = text.lower()
    if len(folded) != len(text):  # the places shift: each looks on its own
        return
    marker_keys, shape_keys = scoring._key_scan().find(folded)
    shipped_markers, shipped_shapes = markers.default(), shapes.default()
    assert marker_keys == _own_scan(shipped_markers._scan, shipped_markers._first, folded)
    assert shape_keys == _own_scan(shipped_shapes._scan, shipped_shapes._first, folded)
    assert markers.find(text, folded, marker_keys) == markers.find(text)
    assert shapes.find(text, folded, shape_keys) == shapes.find(text)


def _scan_texts() -> list[str]:
    texts = [path.read_text(encoding="utf-8") for path in sorted(CORPORA.glob("**/*.txt"))]
    texts.append(
        "\n\n".join(path.read_text(encoding="utf-8") for path in sorted(CORPORA.glob("detection/*/*.txt")))
    )
    texts += [text for marker in markers.default().markers for text in (*marker.examples, *marker.keep)]
    texts += [text for shape in shapes.default().shapes for text in (*shape.examples, *shape.keep)]
    texts += [
        "x_netizens and _at present, in recent years_ netizens said; At present, it is",
        "In recent years, netizens said it. (reporter Li) “double carbon”, it can be seen",
    ]
    return texts


def test_one_scan_for_the_markers_and_the_shapes_finds_what_their_own_scans_find() -> None:
    for text in _scan_texts():
        _assert_one_scan_is_both_scans(text)


#: The keys of both scans, and the characters before a key that decide whether it starts a word.
_KEYS = sorted(markers.default().scan_keys | shapes.default().scan_keys)
_BEFORE_KEY = [" ", ", ", ".", "\n", "_", "x", "9", "é", "(", "“", '"', ""]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(_BEFORE_KEY), st.sampled_from(_KEYS), st.sampled_from(["lower", "title", "upper"])
        ),
        max_size=16,
    )
)
def test_one_scan_agrees_with_both_scans_on_texts_of_keys(parts: list[tuple[str, str, str]]) -> None:
    _assert_one_scan_is_both_scans("".join(before + getattr(key, case)() for before, key, case in parts))


def test_a_glossary_repair_is_one_kind_of_evidence_however_it_was_judged() -> None:
    found = [
        scoring.Evidence("glossary", "glossary.name-in-context", 0),
        scoring.Evidence("glossary", "glossary.name-in-document", 4),
        scoring.Evidence("glossary", "glossary.name", 8),
    ]
    assert scoring.features("a b c d e f g h i", found)["kinds"] == 1.0
    other = [*found, scoring.Evidence("characters", "chinese.opening", 2)]
    assert scoring.features("a b c d e f g h i", other)["kinds"] == 2.0
