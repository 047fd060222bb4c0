"""The library's contract: JSON Schema validity on the real dev corpus, spans that index the text, no Django."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chidao.documents import parse, parse_text
from chidao.documents.model import Document
from chidao.documents.time_limit import time_limit

SRC = Path(__file__).resolve().parents[2] / "src" / "chidao" / "documents"


def _spans(value: object, path: str = "$"):
    """Every (path, span) pair in a to_dict() tree."""
    if isinstance(value, dict):
        for key, v in value.items():
            if key.endswith("span") and v is not None and not key.endswith("spans"):
                yield f"{path}.{key}", v
            elif key.endswith("spans") and isinstance(v, list):
                for i, s in enumerate(v):
                    yield f"{path}.{key}[{i}]", s
            else:
                yield from _spans(v, f"{path}.{key}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _spans(v, f"{path}[{i}]")


def assert_spans_index_text(doc: Document) -> None:
    out = doc.to_dict()
    n = len(doc.text)
    for where, span in _spans(out):
        assert isinstance(span, list) and len(span) == 2, where
        start, end = span
        assert 0 <= start <= end <= n, f"{where} = {span} outside text of length {n}"


def _dev_files(shared: Path) -> list[Path]:
    return sorted(p for p in (shared / "corpus" / "dev").iterdir() if not p.name.endswith(".json") and p.suffix != ".csv")


def test_dev_corpus_output_validates_against_schema(shared_dir: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((shared_dir / "schema" / "document.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    for path in _dev_files(shared_dir):
        doc = parse(path)
        errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(doc.to_dict())]
        assert not errors, f"{path.name}: {errors[:5]}"
        assert_spans_index_text(doc)


_vi_text = st.text(
    alphabet=st.sampled_from(list("aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạấầẩẫậềếểễệọộờớởỡợừứửữự ĐƯỜNGỦY0123456789/-.,:;()\n\t–*|\"'")),
    max_size=600,
)
_SAMPLE_LINES = [
    "ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
    "Số: /TB-UBND", "Số: 12/2024/QĐ-UBND", "Số 62-NQ/TU", "Lạng Sơn, ngày   tháng 5 năm 2020", "THÔNG BÁO",
    "V/v đôn đốc", "Kính gửi:", "- Sở Tài chính;", "1. Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính.",
    "Nơi nhận:", "- Lưu: VT, KT(HV).", "TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG", "Nguyễn Văn A", "",
    "UBND tỉnh yêu cầu UBND thành phố thực hiện một số nội dung sau:", "- Hoàn thành trước ngày 15/6/2020.",
    "ĐẢNG CỘNG SẢN VIỆT NAM", "T/M BAN THƯỜNG VỤ", "| a | b |", "**THÔNG BÁO**", "Quý II/2020", "hằng tháng",
    "Căn cứ Kết luận số 12-KL/TU ngày 3/5/2025 của Ban Thường vụ Tỉnh ủy;", "Thực hiện Chỉ thị số 05-CT/TU,",
    "Đảng ủy UBND tỉnh giao các chi bộ thực hiện.", "STT\tNội dung\tCơ quan chủ trì\tThời gian",
]
_doc_lines = st.lists(st.sampled_from(_SAMPLE_LINES), max_size=40)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(_vi_text, _doc_lines.map("\n".join)))
def test_any_text_parses_and_spans_index_text(text: str) -> None:
    doc = parse_text(text)
    assert_spans_index_text(doc)
    json.loads(doc.to_json())


def _glue(lines: list[tuple[str, int]]) -> str:
    """The lines joined, each with its k-th space dropped (none when k < 0), as a PDF text layer drops the space
    between two words (`Căn cứkết luận`, `Đảng uỷUBND`): near a line's start, where the markers are read."""
    glued = []
    for line, k in lines:
        spaces = [at for at, c in enumerate(line) if c == " "]
        if k >= 0 and spaces:
            at = spaces[k % len(spaces)]
            line = line[:at] + line[at + 1 :]
        glued.append(line)
    return "\n".join(glued)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(_SAMPLE_LINES), st.integers(-1, 2)), max_size=40))
def test_text_with_glued_words_parses_and_ends(lines: list[tuple[str, int]]) -> None:
    """Every parse ends, however the words of a text layer run together; a hang would stop a whole batch."""
    with time_limit(30):  # raises TimeLimitExceeded: a loop that does not advance
        doc = parse_text(_glue(lines))
    assert_spans_index_text(doc)


def test_library_never_imports_django() -> None:
    code = (
        "import sys, chidao.documents as d, chidao.documents.cli;"
        "d.parse_text('Số: 1/TB-UBND\\nTHÔNG BÁO\\n');"
        "bad = [m for m in sys.modules if m == 'django' or m.startswith('django.')];"
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
    offenders = [p for p in SRC.rglob("*.py") if "import django" in p.read_text() or "from django" in p.read_text()]
    assert not offenders, offenders
