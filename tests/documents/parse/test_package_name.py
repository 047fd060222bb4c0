"""`chidao.documents.parse` is both the public verb and this package: importing the package must not break
the verb."""

from __future__ import annotations

import importlib


def test_parse_verb_still_works_after_the_package_is_imported() -> None:
    importlib.import_module("chidao.documents.parse.header")
    from chidao.documents import parse

    doc = parse("Số: 15/TB-UBND\n".encode(), name="x.txt")
    assert doc.number is not None and doc.number.symbol == "TB-UBND"
