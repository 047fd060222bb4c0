"""The compiled build (setup.py, `make compiled`) covers the modules a .txt parse runs, and only existing ones.

A module added to the parse path and left out of `COMPILED` would run as Python inside the compiled build and
quietly slow it; a module on the list that mypyc cannot see (outside mypy's files) would break the build.
"""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# Loaded by a .txt parse but deliberately left as Python: package files that only re-export, and modules whose work
# is done in C already or that a .txt parse only imports.
PURE = {
    "chidao.documents",
    "chidao.documents.readers",
    "chidao.documents.ocr",
    "chidao.documents.readers.office",  # LibreOffice's runner (setup.py KEPT_PYTHON)
    "chidao.documents.check.samples",  # the rules' example documents, built when a rule's examples run (and mypyc
    # 2.4 cannot write the signature of its `layout(text, font=..., size=..., **parts)`)
}


def _compiled_paths() -> list[str]:
    spec = importlib.util.spec_from_file_location("chidao_setup", ROOT / "setup.py")
    assert spec is not None and spec.loader is not None
    setup = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(setup)  # not as __main__: nothing is built
    return setup.compiled_paths()  # type: ignore[no-any-return]


def _module(path: str) -> str:
    parts = Path(path).with_suffix("").parts[1:]  # drop `src`
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def test_compiled_paths_exist_and_are_type_checked() -> None:
    paths = _compiled_paths()
    assert paths, "setup.py lists no module"
    for path in paths:
        assert (ROOT / path).is_file()
        assert path.startswith("src/chidao/documents/"), f"{path} is outside mypy's files (pyproject [tool.mypy])"


@pytest.mark.slow
def test_every_module_of_a_txt_parse_is_compiled() -> None:
    probe = (
        "import json, sys\n"
        "from chidao.documents import parse\n"
        "from tests.fixtures.samples import sample_notice\n"
        "parse(sample_notice(seq='1').text().encode(), name='n.txt')\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith('chidao.documents'))))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True,
        env={"PYTHONPATH": f"{ROOT}{':'}{ROOT / 'src'}", "PATH": ""},
    ).stdout
    loaded = set(json.loads(out.splitlines()[-1]))
    compiled = {_module(p) for p in _compiled_paths()}
    missing = sorted(loaded - compiled - PURE)
    assert not missing, f"loaded by a .txt parse but not in setup.py COMPILED: {missing}"


def test_no_compiled_module_uses_cached_property() -> None:
    """In a class mypyc compiles, `functools.cached_property` no longer caches: every read works the value out
    again (a reading of the whole text, or of numbering.xml, once per use), and the output stays the same, so only
    the time shows it. Compiled modules keep such values in fields filled on first use."""
    decorator = re.compile(r"^\s*@(?:functools\.)?cached_property\b", re.MULTILINE)
    users = [p for p in _compiled_paths() if decorator.search((ROOT / p).read_text(encoding="utf-8"))]
    assert not users, f"cached_property in a module setup.py compiles: {users}"
