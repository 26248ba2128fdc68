"""Tokenised clean English is put back together exactly.

MT garble spaces every punctuation mark; a tokeniser does the same to clean
English.  Cleaning the tokenised text must give back the original, for
sentences drawn from the grammar in ``strategies.py``.
"""

from __future__ import annotations

import regex
from hypothesis import example, given, settings
from strategies import english_document

import mtclean

# A mark at the end of a token ("grow." "said," "(MoU)" "grow.”"), split off
# one at a time, outermost first; a token that is an abbreviation keeps its
# full stop, and marks inside a token ("3.14", "10,000", "4:30") stay.
_TRAILING = regex.compile(r"(?<=\S)([,.;:!?)\]”\"])\Z")
_LEADING = regex.compile(r"\A([(\[“\"])(?=\S)")
_POSSESSIVE = regex.compile(r"(?<=\w)(['’]s)\Z")
_ABBREVIATION = regex.compile(r"\A(?:\p{L}\.){2,}\Z|\A(?:Mr|Mrs|Ms|Dr|St|Co|Ltd|Inc|Jr|Sr|etc|vs|No)\.\Z")


def _split_token(token: str) -> list[str]:
    before: list[str] = []
    after: list[str] = []
    while match := _LEADING.search(token):
        before.append(match.group(1))
        token = token[1:]
    while (match := _TRAILING.search(token)) and not _ABBREVIATION.match(token):
        after.insert(0, match.group(1))
        token = token[:-1]
    if match := _POSSESSIVE.search(token):
        after.insert(0, match.group(1))
        token = token[: match.start()]
    return [*before, token, *after] if token else [*before, *after]


def tokenise(text: str) -> str:
    """Space every punctuation mark at a token's edge, the way MT garble does.

    >>> print(tokenise('He said, “We will grow.” Geely\\'s plan (MoU) costs 10,000.'))
    He said , “ We will grow . ” Geely 's plan ( MoU ) costs 10,000 .
    """
    return "\n\n".join(
        " ".join(part for token in paragraph.split(" ") for part in _split_token(token))
        for paragraph in text.split("\n\n")
    )


@settings(max_examples=300, deadline=None)
@given(english_document())
# Two of its five lower-case words were common words, and langdetect called
# it Catalan: the gate now counts frequent English words that are names too.
@example("Renault didn't open a small café.")
def test_tokenised_clean_english_is_restored(doc: str) -> None:
    assert mtclean.clean(tokenise(doc)) == doc
