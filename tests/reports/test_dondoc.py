"""The công văn đôn đốc: Decree 30 form facts in the .docx, and read back by the parser and checker."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from docx import Document as open_docx
from docx.shared import Pt

from chidao.reports.writers.dondoc import item_text, write_dondoc
from chidao.reports.writers.profile import TaskLine
from tests.reports.samples import LETTER, PROFILE, TASKS


@pytest.fixture(scope="module")
def docx_bytes() -> bytes:
    return write_dondoc(LETTER)


def test_page_fonts_and_page_numbers(docx_bytes: bytes) -> None:
    doc = open_docx(io.BytesIO(docx_bytes))
    s = doc.sections[0]
    mm = [
        round(v.mm)
        for v in (s.page_width, s.page_height, s.top_margin, s.bottom_margin, s.left_margin, s.right_margin)
    ]
    assert mm == [210, 297, 20, 20, 30, 15]
    assert doc.styles["Normal"].font.name == "Times New Roman"
    assert s.different_first_page_header_footer  # no page number on page 1
    assert "PAGE" in s.header._element.xml
    assert not s.first_page_header.paragraphs or not s.first_page_header.paragraphs[0].text


def test_header_and_signature_tables(docx_bytes: bytes) -> None:
    doc = open_docx(io.BytesIO(docx_bytes))
    head, sign = doc.tables
    cells = [[c.text for c in row.cells] for row in head.rows]
    assert cells[0][0].split("\n")[:2] == ["ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN"]
    assert cells[0][1].split("\n")[:2] == [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
    ]
    assert cells[1][0].split("\n") == ["Số:      /UBND-VP", "V/v đôn đốc thực hiện nhiệm vụ"]
    assert cells[1][1] == "Lạng Sơn, ngày 26 tháng 11 năm 2026"
    issuer_run = head.rows[0].cells[0].paragraphs[0].runs[0]
    assert issuer_run.bold and issuer_run.font.size == Pt(13)
    date_run = head.rows[1].cells[1].paragraphs[0].runs[0]
    assert date_run.italic
    left, right = (c.text.split("\n") for c in sign.rows[0].cells)
    assert left == [
        "Nơi nhận:",
        "- Như trên;",
        "- Chủ tịch, các PCT UBND tỉnh;",
        "- C, PCVP UBND tỉnh;",
        "- Lưu: VT, TH.",
    ]
    assert [line for line in right if line] == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Hoàng Văn Nam"]


def test_body_lists_each_task_with_source_deadline_and_delay(docx_bytes: bytes) -> None:
    texts = [p.text for p in open_docx(io.BytesIO(docx_bytes)).paragraphs]
    assert "Kính gửi: Sở Tài chính." in texts
    assert "Ủy ban nhân dân tỉnh yêu cầu Sở Tài chính khẩn trương thực hiện các nhiệm vụ sau:" in texts
    assert f"1. {item_text(TASKS[0])}." in texts
    assert texts[-1].endswith("trước ngày 03/12/2026./.")


@pytest.mark.parametrize(
    ("task", "expected"),
    [
        (TaskLine("Báo cáo tiến độ.", "Công văn số 12/UBND-KT", dt.date(2026, 1, 5), 3),
         "Báo cáo tiến độ (giao tại Công văn số 12/UBND-KT; hạn hoàn thành: 05/01/2026; quá hạn 3 ngày)"),
        (TaskLine("Rà soát hồ sơ"), "Rà soát hồ sơ (chưa có thời hạn)"),
    ],
)  # fmt: skip
def test_item_text(task: TaskLine, expected: str) -> None:
    assert item_text(task) == expected


def test_blank_date_is_left_for_the_clerk() -> None:
    from chidao.reports.writers.decree30 import date_line

    assert date_line("Lạng Sơn", None).startswith("Lạng Sơn, ngày      tháng")
    assert date_line("Hà Nội", dt.date(2026, 2, 5)) == "Hà Nội, ngày 05 tháng 02 năm 2026"
    assert date_line("Hà Nội", dt.date(2026, 3, 15)) == "Hà Nội, ngày 15 tháng 3 năm 2026"


# -- read back by `chidao parse` / `chidao check` -----------------------------------------------------


@pytest.fixture(scope="module")
def parsed(docx_bytes: bytes):  # type: ignore[no-untyped-def]
    from chidao.documents import parse

    try:
        return parse(docx_bytes, name="dondoc.docx")
    except ImportError as e:  # a parser step still being written in this working tree
        pytest.skip(f"parser incomplete: {e}")


def test_parser_reads_back_the_header(parsed) -> None:  # type: ignore[no-untyped-def]
    assert parsed.issuer is not None and parsed.issuer.name == PROFILE.issuer.upper()
    assert parsed.type is not None and parsed.type.code == "CV"
    assert parsed.subject is not None and parsed.subject.text == "đôn đốc thực hiện nhiệm vụ"
    assert parsed.date is not None and parsed.date.as_date() == LETTER.date
    assert [a.name for a in parsed.addressees] == ["Sở Tài chính"]
    assert parsed.number is not None and parsed.number.seq is None and parsed.number.symbol == "UBND-VP"


def test_parser_reads_back_the_closing(parsed) -> None:  # type: ignore[no-untyped-def]
    assert [r.text for r in parsed.recipients] == ["Như trên", *PROFILE.cc]
    assert parsed.archive is not None and parsed.archive.holders[:2] == ["VT", "TH"]
    sig = parsed.signatures[0]
    assert [(a.marker, a.of) for a in sig.authority] == [("KT.", "CHỦ TỊCH")]
    assert (sig.title, sig.name) == ("PHÓ CHỦ TỊCH", "Hoàng Văn Nam")


def test_parser_reads_back_the_tasks(parsed) -> None:  # type: ignore[no-untyped-def]
    texts = [t.text for t in parsed.tasks]
    for n, task in enumerate(TASKS, start=1):
        assert any(item_text(task) in text for text in texts), (n, texts)
    listed = [t for t in parsed.tasks if any(item_text(x) in t.text for x in TASKS)]
    assert all(t.assignees == ["Sở Tài chính"] for t in listed)


def test_checker_reports_no_error_and_no_presentation_fault(parsed) -> None:  # type: ignore[no-untyped-def]
    from chidao.documents.check import check_document

    findings = check_document(parsed, today=dt.date(2026, 11, 26))
    bad = [
        f for f in findings if f.severity == "error" or f.rule.startswith(("layout", "presentation", "font"))
    ]
    assert bad == []
