"""Fixtures of the appraisal page's tests."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def _collect_garbage() -> Iterator[None]:
    """Windows of these tests hold thousands of snapshot rows in reference cycles; collect
    them here rather than in the middle of a later test that counts references."""
    yield
    gc.collect()
