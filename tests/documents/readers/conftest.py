from __future__ import annotations

from pathlib import Path

import pytest

FILES = Path(__file__).resolve().parents[2] / "fixtures" / "files"


@pytest.fixture(scope="session")
def files() -> Path:
    return FILES
