"""On the dev conclusion notice (a lossy text export of an unissued copy) the checker reports what a
careful reader sees: blank number and day, lost header, `đồng chí đồng chí`, `đề khẩn trương`."""

from __future__ import annotations

from pathlib import Path

import pytest

from chidao.documents import parse
from chidao.documents.check import check_document


def test_dev_notice_findings(shared_dir: Path) -> None:
    doc = parse(shared_dir / "corpus" / "dev" / "000.txt", check=False)
    found = {f.rule: f for f in check_document(doc)}
    for rule in ("number.seq-missing", "date.day-missing", "header.issuer-missing", "header.national-motto",
                 "text.repeated-word", "text.confusable"):
        assert rule in found, rule
    assert all(f.severity != "error" for f in found.values())
    assert found["number.seq-missing"].severity == "info"
    words = {rule: doc.text[f.span[0] : f.span[1]] for rule, f in found.items() if f.span}
    assert words["text.repeated-word"] == "đồng chí đồng chí"
    assert words["text.confusable"].startswith("đề khẩn")
    assert words["number.seq-missing"].startswith("Số:")
    assert "tháng 5 năm 2020" in words["date.day-missing"]


@pytest.mark.slow
def test_no_error_on_published_dev_documents(shared_dir: Path) -> None:
    dev = shared_dir / "corpus" / "dev"
    errors = []
    for path in sorted(p for p in dev.iterdir() if p.suffix in {".txt", ".docx", ".pdf"}):
        doc = parse(path, check=False)
        errors += [(path.name, f.rule) for f in check_document(doc) if f.severity == "error"]
    assert errors == []
