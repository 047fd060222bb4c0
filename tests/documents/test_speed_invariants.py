"""What keeps the parser fast, checked without timing anything: rule tables and gazetteers are read and
compiled once per process, never per document, and the regex prefilter is built once."""

from __future__ import annotations

import csv
import re
import tomllib
from collections.abc import Callable
from typing import Any

import pytest

from chidao.documents import parse
from chidao.documents.extract import deadlines
from chidao.documents.extract.prefilter import with_first_chars
from tests.fixtures.make_fixtures import build_docx, unicode_runs
from tests.fixtures.samples import sample_notice


def _counting(calls: list[str], name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        calls.append(name)
        return fn(*args, **kwargs)

    return wrapper


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_no_table_is_read_per_document(fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    def data(seq: str) -> bytes:
        notice = sample_notice(seq=seq, items=12)
        return notice.text().encode() if fmt == "txt" else build_docx(notice, unicode_runs)

    parse(data("1"), name=f"first.{fmt}")  # the first document loads what every later one shares
    calls: list[str] = []
    monkeypatch.setattr(tomllib, "load", _counting(calls, "tomllib.load", tomllib.load))
    monkeypatch.setattr(tomllib, "loads", _counting(calls, "tomllib.loads", tomllib.loads))
    monkeypatch.setattr(csv, "DictReader", _counting(calls, "csv.DictReader", csv.DictReader))
    doc = parse(data("2"), name=f"second.{fmt}")
    assert doc.tasks  # the document went through every step
    assert calls == []


def test_deadline_trigger_scan_is_built_once() -> None:
    deadlines.find_deadline("Hoàn thành trước ngày 15/6/2025.")
    deadlines.find_deadline("Báo cáo hằng tháng.")
    assert deadlines.trigger_scan.cache_info().currsize == 1


@pytest.mark.parametrize("pattern", [r"(?<!\w)(?:trong|trước)\s+quý", r"\d+/\d+", r"(?:a|b)?"])
def test_first_chars_pattern_is_compiled_once(pattern: str) -> None:
    compiled = re.compile(pattern, re.IGNORECASE)
    assert with_first_chars(compiled) is with_first_chars(compiled)
