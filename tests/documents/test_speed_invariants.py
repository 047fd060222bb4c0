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


def _written_out_inits() -> list[type]:
    """The dataclasses of the library whose `__init__` is written out (`init=False`): the compiled build compiles
    such an `__init__`, where the one `dataclass` writes runs as Python code."""
    import importlib
    import pkgutil

    import chidao.documents

    found: list[type] = []
    for info in pkgutil.walk_packages(chidao.documents.__path__, "chidao.documents."):
        if ".ocr." in info.name or info.name.endswith((".cli", ".render")):
            continue
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            params = getattr(value, "__dataclass_params__", None)
            if isinstance(value, type) and value.__module__ == info.name and params is not None and not params.init:
                found.append(value)
    return found


@pytest.mark.parametrize("cls", _written_out_inits(), ids=lambda cls: cls.__qualname__)
def test_written_out_init_takes_the_fields(cls: type) -> None:
    """It takes the fields `dataclass` would, in their order, with their defaults (a field filled by a factory:
    None, for which the factory's value is put)."""
    import dataclasses
    import inspect

    if not inspect.isfunction(cls.__init__):
        pytest.skip("compiled: the source build checks it")
    params = list(inspect.signature(cls.__init__).parameters.values())[1:]
    fields = [f for f in dataclasses.fields(cls) if f.init]
    assert [p.name for p in params] == [f.name for f in fields]
    for p, f in zip(params, fields, strict=True):
        if f.default_factory is not dataclasses.MISSING:
            assert p.default is None
        else:
            expected = inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default
            assert p.default == expected, f.name
    instance = cls(*[object() for p in params if p.default is inspect.Parameter.empty])
    for f in dataclasses.fields(cls):
        if f.default_factory is not dataclasses.MISSING:
            assert getattr(instance, f.name) == f.default_factory()
        elif f.default is not dataclasses.MISSING:
            assert getattr(instance, f.name) == f.default
