from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import mtclean
from mtclean import language
from mtclean.language import SAMPLE, is_english, sample


@pytest.mark.parametrize(
    "paragraph",
    [
        "吉利控股集团与雷诺集团签署了合作备忘录，双方将共同开发混合动力车型。",
        "Le groupe Renault et Geely ont signé un accord : les deux parties vont coopérer !",
        "Die beiden Unternehmen wollen gemeinsam Hybridfahrzeuge entwickeln , sagte er .",
        "El acuerdo entre las dos empresas se firmó el lunes , según la prensa .",
    ],
)
def test_non_english_paragraphs_pass_through_untouched(paragraph: str) -> None:
    assert not is_english(paragraph)
    assert mtclean.clean(paragraph) == paragraph


@pytest.mark.parametrize(
    "paragraph",
    [
        "The hybrid market in Asia is booming , The cooperation will grow .",
        "Renault and Geely signed a memorandum of understanding on hybrid cars.",
        "Short line",
    ],
)
def test_english_and_garbled_english_are_cleaned(paragraph: str) -> None:
    assert is_english(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Группа Renault и Geely подписали соглашение о сотрудничестве , сообщает пресса .",
        "وقعت مجموعة رينو وجيلي اتفاقية تعاون , حسب الصحافة .",
        "Η Renault και η Geely υπέγραψαν συμφωνία συνεργασίας , είπε .",
        "ルノーとジーリーは提携に合意した , と発表した .",
        "12345 , 678 .",
    ],
)
def test_other_scripts_and_letterless_paragraphs_pass_through(paragraph: str) -> None:
    assert not is_english(paragraph)
    assert mtclean.clean(paragraph) == paragraph


def test_a_few_cjk_words_leave_a_paragraph_english() -> None:
    assert is_english("Geely (吉利) and Renault signed an agreement , The two sides will cooperate .")


def test_a_long_paragraph_is_judged_on_a_bounded_sample() -> None:
    french = "Le groupe Renault et Geely ont signé un accord de coopération pour les deux marques. "
    english = "The two sides will jointly develop hybrid models for the Korean market. "
    assert len(sample(french * 1000)) == SAMPLE
    assert not is_english(french * 1000)
    assert is_english(english * 1000)
    # the slices come from the whole paragraph, not only its start
    assert "END" in sample("x" * 100_000 + "END")


def test_langdetect_is_asked_only_about_a_bounded_sample(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(language, "_detect", lambda text: asked.append(text) or "en")
    # Half common English words, half not: the cheap tests cannot decide.
    ambiguous = "the zorgs blim frabs of quux "
    assert is_english(ambiguous * 100)
    assert asked and all(len(text) <= language.DETECT_SAMPLE for text in asked)
    asked.clear()
    assert is_english("The two sides will jointly develop hybrid models for the Korean market.")
    assert not asked  # a clean English paragraph never reaches langdetect


def test_langdetect_answers_are_deterministic() -> None:
    text = "Kultura et natura sunt in mundo , sed homines non semper vident"
    language._detect.cache_clear()
    first = language._detect(text)
    language._detect.cache_clear()
    assert language._detect(text) == first


@given(st.text(alphabet="aZz09_'’ -.\téA", max_size=40))
def test_the_ascii_word_pattern_finds_what_the_general_one_does(text: str) -> None:
    ascii_text = text.encode("ascii", "ignore").decode()
    assert language.lower_words(ascii_text) == language._LOWER_WORD.findall(ascii_text)


def test_frequent_english_words_that_are_names_too_count_as_english() -> None:
    # "small" (a surname) and "didn" are not common words, which casing relies on.
    assert is_english("Renault didn ' t open a small café .")
    assert not is_english("Renault n'a pas ouvert de petit café à Lyon depuis des années.")


@given(st.text(max_size=60))
def test_letters_are_counted_by_script_as_the_script_patterns_count_them(text: str) -> None:
    latin = len(language._LATIN.findall(text))
    cjk = len(language._CJK.findall(text))
    assert language.letter_counts(text) == (latin, cjk, len(language._LETTER.findall(text)) - latin - cjk)
