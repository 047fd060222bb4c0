"""Golden cases: our own sample documents with expected values written by hand.

Each `cases/<slug>.<txt|docx|pdf|doc>` has `cases/<slug>.expected.json`. Only the keys the expected JSON gives
are compared: dicts key by key (recursively), lists element by element with the same length (lists of
items with a `text` — tasks, recipients — are matched by text, in any order). The expectations
are written by reading the sample, never by copying the parser's output.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from chidao.documents import parse

CASES = Path(__file__).parent / "cases"
# Cases the parser does not read right yet, each named for the gap it shows: kept so that the gap stays known and
# so that a fix moves its case into `cases/` (a strict xfail fails the day the case passes).
PENDING = Path(__file__).parent / "cases_pending"
SUFFIXES = (".txt", ".docx", ".pdf", ".doc", ".png", ".jpg", ".tif")


def _cases(folder: Path = CASES) -> list[Any]:
    out = []
    for expected in sorted(folder.glob("*.expected.json")):
        slug = expected.name.removesuffix(".expected.json")
        inputs = [p for p in folder.glob(slug + ".*") if p.suffix in SUFFIXES]
        marks = []
        in_ci = os.environ.get("CI") == "true"  # in CI every case must run
        if inputs and inputs[0].suffix == ".doc" and not in_ci:
            marks.append(pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed"))
        if inputs and inputs[0].suffix in (".png", ".jpg", ".tif") and not in_ci:
            marks.append(pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract is not installed"))
        out.append(pytest.param(inputs[0] if inputs else None, expected, id=slug, marks=marks))
    return out


def _compare(expected: Any, actual: Any, path: str, problems: list[str]) -> None:
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            problems.append(f"{path}: expected an object, got {actual!r}")
            return
        for key, value in expected.items():
            _compare(value, actual.get(key), f"{path}.{key}", problems)
    elif isinstance(expected, list):
        if not isinstance(actual, list):
            problems.append(f"{path}: expected a list, got {actual!r}")
            return
        if len(expected) != len(actual):
            problems.append(f"{path}: expected {len(expected)} items, got {len(actual)}: {actual!r}")
        if expected and all(isinstance(e, dict) and "text" in e for e in expected):
            # Items named by their text (tasks, recipients) are matched by text, in any order.
            by_text = {a.get("text"): a for a in actual if isinstance(a, dict)}
            for i, e in enumerate(expected):
                if e["text"] not in by_text:
                    problems.append(f"{path}[{i}]: no item with text {e['text']!r}")
                else:
                    _compare(e, by_text[e["text"]], f"{path}[{e['text'][:30]!r}]", problems)
            return
        for i, (e, a) in enumerate(zip(expected, actual, strict=False)):
            _compare(e, a, f"{path}[{i}]", problems)
    elif expected != actual:
        problems.append(f"{path}: expected {expected!r}, got {actual!r}")


@pytest.mark.parametrize(("source", "expected_path"), _cases())
def test_golden_case(source: Path | None, expected_path: Path) -> None:
    assert source is not None, f"no input file beside {expected_path.name}"
    doc = parse(source)
    actual = doc.to_dict()
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    problems: list[str] = []
    _compare(expected, actual, "$", problems)
    assert not problems, "\n".join(problems)


@pytest.mark.xfail(strict=True, reason="a known gap of the parser (cases_pending/)")
@pytest.mark.parametrize(("source", "expected_path"), _cases(PENDING))
def test_pending_case(source: Path | None, expected_path: Path) -> None:
    test_golden_case(source, expected_path)


def test_there_are_enough_cases() -> None:
    assert len(list(CASES.glob("*.expected.json"))) >= 30
