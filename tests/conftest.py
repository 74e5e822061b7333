"""Shared fixtures: a real SQLite file per test, Qt offscreen before Qt loads."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SHARED = ROOT.parent / "shared"
FIXTURES = SHARED / "fixtures"

import models  # noqa: E402
from models import db as dbmod  # noqa: E402
from models.base import Actor  # noqa: E402


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "desk.db"


@pytest.fixture
def db(db_path: Path):
    """A freshly migrated database file under tmp_path, bound to the models."""
    database = models.open(db_path)
    yield database
    dbmod.close()


@pytest.fixture
def actor() -> Actor:
    return Actor(None, "测试员")


@pytest.fixture
def fixtures_dir() -> Path:
    if not FIXTURES.is_dir():
        pytest.skip("../shared/fixtures is not beside this checkout")
    return FIXTURES
