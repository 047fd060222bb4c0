"""`chidao.documents.parse` is the public verb: importing the library's packages must never rebind it."""

from __future__ import annotations

import importlib
import pkgutil

import chidao.documents


def test_parse_verb_is_a_function_after_every_module_is_imported() -> None:
    for info in pkgutil.walk_packages(chidao.documents.__path__, "chidao.documents."):
        if ".ocr" not in info.name:
            importlib.import_module(info.name)
    from chidao.documents import parse

    doc = parse("Số: 15/TB-UBND\n".encode(), name="x.txt")
    assert doc.number is not None and doc.number.symbol == "TB-UBND"
