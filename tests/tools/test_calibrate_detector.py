"""tools/calibrate_detector.py: the fit, the operating points and the data file it writes."""

from __future__ import annotations

from types import ModuleType

import pytest
from tool_modules import load_tool

from mtclean import scoring


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    return load_tool("calibrate_detector")


def _row(tool: ModuleType, garbled: bool, **values: float) -> object:
    vector = [values.get(name, 0.0) for name in scoring.SIGNALS]
    return tool.Row("x", vector, garbled, 1.0, False, "", not garbled)


def test_the_fit_weighs_the_separating_signal_most(tool: ModuleType) -> None:
    rows = [_row(tool, True, markers=2.0 + i / 10, spacing=5.0) for i in range(10)]
    rows += [_row(tool, False, spacing=5.0 + i) for i in range(10)]
    weights = dict(zip(scoring.SIGNALS, tool.fit(rows), strict=True))
    assert weights["markers"] > 1
    assert weights["spacing"] == pytest.approx(tool.FLOORS["spacing"])
    assert all(weights[name] >= tool.FLOORS[name] - 1e-9 for name in scoring.SIGNALS)


def test_the_operating_point_is_the_lowest_threshold_above_the_floor_when_recall_drops_after_it(
    tool: ModuleType,
) -> None:
    points = [(1.0, 0.5, 1.0), (2.0, 0.9, 0.9), (3.0, 1.0, 0.8), (4.0, 1.0, 0.5)]
    assert tool.operating_point(points, 0.97, floor=0.0) == (3.0, 1.0, 0.8)
    assert tool.operating_point(points, 0.97, floor=3.5) == (4.0, 1.0, 0.5)
    assert tool.operating_point(points, 0.97, floor=9.0)[0] == float("inf")


def test_the_operating_point_sits_in_the_middle_of_the_thresholds_with_the_same_recall(
    tool: ModuleType,
) -> None:
    # From 3.0 (just above a clean document) to 5.0 (the lowest garbled one above) recall stays 0.8:
    # the middle, 4.0, leaves both a margin, with the precision of the point below it.
    points = [(1.0, 0.5, 1.0), (3.0, 0.98, 0.8), (3.5, 1.0, 0.8), (5.0, 1.0, 0.8), (5.01, 1.0, 0.6)]
    assert tool.operating_point(points, 0.97, floor=0.0) == (4.0, 1.0, 0.8)
    assert tool.operating_point(points, 0.97, floor=3.2) == (4.25, 1.0, 0.8)


def test_the_curve_counts_a_clean_row_as_flagged_up_to_its_score(tool: ModuleType) -> None:
    weights = [1.0 if name == "markers" else 0.0 for name in scoring.SIGNALS]
    rows = [_row(tool, True, markers=3.0), _row(tool, False, markers=2.0)]
    assert tool.curve(rows, weights) == [(2.01, 1.0, 1.0), (3.0, 1.0, 1.0)]
    assert tool.curve(rows, weights, extra=1.5)[0] == (1.5, 0.5, 1.0)
