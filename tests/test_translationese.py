"""The translationese signal: its data file, its rates, and the limits that keep it from flagging alone."""

from __future__ import annotations

import pytest

from mtclean import scoring, translationese

NEWS = (
    "In recent years, the development of the tourism industry of the county has achieved remarkable "
    "results. The county has continuously improved the construction of the infrastructure of the scenic "
    "spots, and the number of the tourists has increased year by year. It is understood that the relevant "
    "departments will further strengthen the management of the market and improve the quality of the "
    "service of the scenic areas. "
)


def test_the_data_file_validates() -> None:
    model = translationese.model()
    assert model.min_words >= 100 and model.cap > 0 and model.terms
    assert {name for name, *_ in model.terms} <= set(translationese.feature_names())


def test_a_data_file_without_a_feature_is_rejected() -> None:
    with pytest.raises(ValueError, match="no weight, mean or positive scale"):
        translationese.load(
            {"bias": 0.0, "min_words": 120, "cap": 5.0, "weights": {}, "means": {}, "scales": {}}
        )


def test_the_function_words_are_lower_case_and_unique() -> None:
    words = translationese.function_words()
    assert len(words) == len(set(words)) > 150
    assert all(word == word.lower() and word.isalpha() for word in words)


def test_a_short_text_gives_nothing_and_a_long_one_a_bounded_value() -> None:
    assert translationese.features(NEWS)[1] < translationese.model().min_words
    assert translationese.value(NEWS) == 0.0
    assert 0.0 < translationese.value(NEWS * 3) <= translationese.model().cap


def test_rates_do_not_depend_on_the_length_of_the_text() -> None:
    once, twice = translationese.features(NEWS)[0], translationese.features(NEWS * 2)[0]
    assert once["word:the"] == pytest.approx(twice["word:the"])
    assert once["of-the"] == pytest.approx(twice["of-the"])


def test_the_signal_alone_never_reaches_the_threshold() -> None:
    weight = scoring.detector().weights["translationese"]
    assert weight * translationese.model().cap < scoring.THRESHOLD
