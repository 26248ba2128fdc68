from __future__ import annotations

import pytest

import mtclean
from mtclean.language import is_english


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
