"""OCR tests need Tesseract with the Vietnamese model: they skip without it, except in CI (CI=true),
where a missing engine is a failure."""

from __future__ import annotations

import os

import pytest

from chidao.documents.ocr import engine


@pytest.fixture
def tesseract() -> None:
    reason = engine.missing()
    if reason is None:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI must run the OCR tests: {reason}")
    pytest.skip(f"OCR tests skipped: {reason}")


@pytest.fixture(autouse=True, scope="session")
def _cache_dir(tmp_path_factory):
    """Readings are cached in a folder of the test session, never in ./data/cache."""
    old = os.environ.get("CHIDAO_CACHE_DIR")
    os.environ["CHIDAO_CACHE_DIR"] = str(tmp_path_factory.mktemp("ocr-cache"))
    yield
    if old is None:
        os.environ.pop("CHIDAO_CACHE_DIR", None)
    else:
        os.environ["CHIDAO_CACHE_DIR"] = old
