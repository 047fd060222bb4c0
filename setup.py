"""The optional compiled build: with `CHIDAO_COMPILE=1`, the modules of the text parse are compiled to C by mypyc.

    CHIDAO_COMPILE=1 .venv/bin/pip wheel --no-build-isolation --no-deps -w dist .    # or: make compiled

Everything else (metadata, dependencies, package data) is in pyproject.toml; without the variable this file adds
nothing and the package stays pure Python, which is what `make test` and `make demo` install (editable). The
compiled modules are the same source, type-checked by mypy, run as C: the parse's output is byte-identical
(`make compiled` compares a snapshot of every output) and it runs about 1.3-1.4 times as fast
(docs/parse-speed.md). OCR, the CLI and the Django apps stay Python: their time is spent in Tesseract, the
terminal and the database.
"""

from __future__ import annotations

import os
from pathlib import Path

from setuptools import setup

ROOT = Path(__file__).resolve().parent

# Globs under src/chidao/documents: the path of a document through `chidao.documents.parse` (tests/
# test_compiled_build.py checks that a .txt parse loads nothing else but package files).
COMPILED = [
    "text.py",
    "alternation.py",
    "glued.py",
    "spaced_letters.py",
    "legacy.py",
    "model.py",
    "pipeline.py",
    "extract/*.py",
    "parts/*.py",
    "check/__init__.py",
    "check/rule.py",
    "check/scan.py",
    "check/rules/*.py",
    "data/*.py",
    "ocr/lexicon.py",
    "readers/*.py",
]
# Left as Python: LibreOffice's runner (its time is the subprocess's, and its tests replace its functions, which
# compiled callers would not see).
KEPT_PYTHON = {"readers/office.py"}


def compiled_paths() -> list[str]:
    """The source files of the compiled build, relative to the project root (mypyc names the modules from them)."""
    base = ROOT / "src" / "chidao" / "documents"
    paths = {p for pattern in COMPILED for p in base.glob(pattern)} - {base / kept for kept in KEPT_PYTHON}
    return sorted(str(p.relative_to(ROOT)) for p in paths)


def ext_modules() -> list[object]:
    if os.environ.get("CHIDAO_COMPILE") != "1":
        return []
    from mypyc.build import mypycify  # only the compiled build needs mypy (a test extra) at build time

    return list(mypycify(compiled_paths(), opt_level="3", multi_file=True))


if __name__ == "__main__":  # as setuptools runs it; tests import it for the list
    setup(ext_modules=ext_modules(), options={"build_ext": {"parallel": os.cpu_count() or 1}})
