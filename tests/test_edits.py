from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from mtclean.edits import Edit, OffsetMap, apply, select


def test_select_drops_edits_that_touch_a_protected_span() -> None:
    edits = [Edit(0, 2, "x", "r.a"), Edit(5, 7, "y", "r.b"), Edit(10, 10, "z", "r.c")]
    assert select(edits, [(6, 12)]) == [Edit(0, 2, "x", "r.a")]


def test_select_keeps_edits_that_only_border_a_protected_span() -> None:
    edits = [Edit(2, 4, "", "r.a"), Edit(8, 9, "", "r.b"), Edit(4, 4, "!", "r.c")]
    assert select(edits, [(4, 8)]) == [Edit(2, 4, "", "r.a"), Edit(4, 4, "!", "r.c"), Edit(8, 9, "", "r.b")]


def test_select_prefers_the_earlier_then_the_longer_edit() -> None:
    edits = [Edit(3, 5, "b", "r.b"), Edit(3, 8, "long", "r.long"), Edit(1, 4, "a", "r.a")]
    assert select(edits, []) == [Edit(1, 4, "a", "r.a")]
    assert select(edits[:2], []) == [Edit(3, 8, "long", "r.long")]


def test_apply_replaces_inserts_and_deletes() -> None:
    assert apply("abcdef", [Edit(0, 1, "A", "r"), Edit(2, 2, "-", "r"), Edit(4, 6, "", "r")]) == "Ab-cd"


@st.composite
def text_and_edits(draw: st.DrawFn) -> tuple[str, list[Edit]]:
    text = draw(st.text(alphabet="ab ,.", max_size=30))
    points = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8)))
    edits = [
        Edit(start, end, draw(st.text(alphabet="XY", max_size=3)), "r")
        for start, end in zip(points[::2], points[1::2], strict=False)
    ]
    return text, select(edits, [])


@given(text_and_edits())
def test_offset_map_sends_untouched_text_back_to_where_it_came_from(case: tuple[str, list[Edit]]) -> None:
    text, edits = case
    new = apply(text, edits)
    offsets = OffsetMap(edits)
    shift = 0
    boundaries = [0]
    for edit in edits:
        boundaries += [edit.start, edit.end]
    # every character that no edit touched maps back to the same character
    touched = {i for edit in edits for i in range(edit.start, edit.end)}
    for old in range(len(text)):
        if old in touched:
            continue
        before = sum(len(e.replacement) - (e.end - e.start) for e in edits if e.end <= old)
        new_position = old + before
        assert new[new_position] == text[old]
        assert offsets.old_position(new_position, is_end=False) == old
    assert shift == 0


def test_shift_span_moves_a_protected_span_past_earlier_edits() -> None:
    offsets = OffsetMap([Edit(0, 3, "", "r"), Edit(10, 10, "xy", "r")])
    assert offsets.shift_span((5, 8)) == (2, 5)
