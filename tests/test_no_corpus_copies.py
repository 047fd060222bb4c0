"""The rules come from the law and practice, not from the scored documents: no run of 80 or more
characters of a document in ../shared/corpus may appear in the repository's sources, data or fixtures."""

from __future__ import annotations

import json
import re
import subprocess
import unicodedata
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
WINDOW = 80
TEXT_SUFFIXES = {".py", ".toml", ".csv", ".txt", ".json", ".html", ".md", ".js", ".css", ".yaml", ".yml", ".xml"}


# Text the law prescribes word for word (Quốc hiệu, Tiêu ngữ) and rule lines are not anyone's wording: they
# are cut out on both sides, so that only the surrounding, drafted text can count as a copy.
_PRESCRIBED = re.compile(
    r"c[ộo]ng h[òo]à? x[ãa] h[ộo]i ch[ủu] ngh[ĩi]a vi[ệe]t nam|[đd][ộo]c l[ậa]p\s*[-–]\s*t[ựu] do\s*[-–]\s*h[ạa]nh ph[úu]c"
    r"|[-_=*.]{3,}"
)


def _norm(s: str) -> str:
    s = " ".join(unicodedata.normalize("NFC", s).lower().split())
    return _PRESCRIBED.sub(" ¶ ", s)


def _strings(value: object):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def _corpus_texts(corpus: Path):
    for path in corpus.rglob("*"):
        if not path.is_file():
            continue
        if path.suffix == ".txt":
            yield path.read_text(encoding="utf-8", errors="replace")
        elif path.name.endswith(".gold.json"):
            yield from _strings(json.loads(path.read_text(encoding="utf-8")))
        elif path.suffix == ".docx":
            with zipfile.ZipFile(path) as z:
                xml = z.read("word/document.xml").decode("utf-8", errors="replace")
            yield re.sub(r"<[^>]+>", "", re.sub(r"</w:p>", "\n", xml))
        elif path.suffix == ".pdf":
            pdfium = pytest.importorskip("pypdfium2")
            pdf = pdfium.PdfDocument(str(path))
            yield "\n".join(page.get_textpage().get_text_range() for page in pdf)


def _windows(s: str):
    return {s[i : i + WINDOW] for i in range(0, max(0, len(s) - WINDOW + 1))}


def _repo_files() -> list[Path]:
    out = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout.split("\n")
    files = [ROOT / f for f in out if f]
    return [f for f in files if f.is_file() and f.suffix in TEXT_SUFFIXES and f.name != Path(__file__).name]


def test_no_run_of_80_characters_copied_from_the_corpus(shared_dir: Path) -> None:
    corpus_windows: set[str] = set()
    for text in _corpus_texts(shared_dir / "corpus"):
        corpus_windows |= _windows(_norm(text))
    copies = []
    for path in _repo_files():
        text = _norm(path.read_text(encoding="utf-8", errors="replace"))
        for i in range(0, max(0, len(text) - WINDOW + 1)):
            if text[i : i + WINDOW] in corpus_windows:
                copies.append(f"{path.relative_to(ROOT)}: {text[i : i + WINDOW]!r}")
                break
    assert not copies, "copied from ../shared/corpus:\n" + "\n".join(copies)
