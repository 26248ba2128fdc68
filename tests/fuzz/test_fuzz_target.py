"""The fuzz target itself runs (without atheris) on a few seeds."""

from __future__ import annotations

import pytest
from fuzz_clean import check


@pytest.mark.parametrize(
    "data",
    [b"", b"booming , The deal https://x.com/a , b", b"\xff\xfe<p>a , b</p>", "吉利，合作 `a , b`".encode()],
)
def test_the_fuzz_target_accepts_seed_inputs(data: bytes) -> None:
    check(data)
