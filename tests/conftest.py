"""Shared test set-up: the doctest namespace, the Hypothesis profiles and a private glossary cache."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

import mtclean

# The glossary keeps a compiled form of its files in the user's cache directory
# (mtclean/glossary/cache.py): the tests use their own, removed at exit.
_CACHE = tempfile.mkdtemp(prefix="mtclean-test-cache-")
os.environ["XDG_CACHE_HOME"] = _CACHE
atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)

settings.register_profile("dev", max_examples=100, deadline=None)
settings.register_profile(
    "ci", max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
# The fuzz tests (tests/fuzz) under this profile: CI runs them so in a step of their own.
settings.register_profile(
    "fuzz", max_examples=10_000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))


@pytest.fixture(autouse=True)
def _doctest_namespace(doctest_namespace: dict[str, Any]) -> None:
    """Rule docstrings show examples as ``clean(...)``: make it available."""
    doctest_namespace["clean"] = mtclean.clean
