"""The sổ theo dõi .xlsx: written, read back with openpyxl cell by cell, and imported again."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

import pytest
from openpyxl import load_workbook

from chidao.reports.writers.register import COLUMNS, HEADER_ROW, RegisterRow, read_register, write_register
from tests.reports.samples import REGISTER

AS_OF = dt.date(2026, 11, 26)


@pytest.fixture(scope="module")
def xlsx() -> bytes:
    return write_register(REGISTER, "Sổ theo dõi nhiệm vụ", AS_OF)


def test_cells_are_full_text_real_dates_or_blank(xlsx: bytes) -> None:
    ws = load_workbook(io.BytesIO(xlsx)).active
    assert ws["A1"].value == "SỔ THEO DÕI NHIỆM VỤ"
    assert ws["A2"].value == "(Số liệu đến ngày 26/11/2026)"
    assert [c.value for c in ws[HEADER_ROW]] == [title for _, title, _ in COLUMNS]
    for i, row in enumerate(REGISTER, start=1):
        cells = [c.value for c in ws[HEADER_ROW + i]]
        expected: list[object] = []
        for name, _, _ in COLUMNS:
            value = i if name == "stt" else getattr(row, name)
            if isinstance(value, dt.date):
                value = dt.datetime.combine(value, dt.time())  # openpyxl reads dates back as datetimes
            expected.append(value if value not in ("", None) else None)
        assert cells == expected, i
    assert ws.cell(HEADER_ROW + 3, 10).value is None  # no deadline → blank, never 01/01/1970
    assert ws.cell(HEADER_ROW + 1, 10).number_format == "DD/MM/YYYY"


def test_filter_and_frozen_header(xlsx: bytes) -> None:
    ws = load_workbook(io.BytesIO(xlsx)).active
    assert ws.freeze_panes == f"A{HEADER_ROW + 1}"
    assert ws.auto_filter.ref == f"A{HEADER_ROW}:Q{HEADER_ROW + len(REGISTER)}"


def test_round_trip_import_gives_the_same_rows(xlsx: bytes) -> None:
    result = read_register(xlsx, "so-theo-doi.xlsx")
    assert result.refused == [] and result.missing_columns == []
    assert [row for _, row in result.rows] == REGISTER
    assert [line for line, _ in result.rows] == [5, 6, 7]


CSV_HEADER = '"Số, ký hiệu văn bản",Nội dung nhiệm vụ,Đơn vị chủ trì,Hạn hiện hành,Vai trò\n'


@pytest.mark.parametrize(
    ("line", "row", "reasons"),
    [
        ('"12/TB-UBND","Rà soát hồ sơ","Sở Tư pháp","15/12/2026",""',
         RegisterRow(number="12/TB-UBND", task="Rà soát hồ sơ", leads="Sở Tư pháp", unit="Sở Tư pháp",
                     due=dt.date(2026, 12, 15)), None),
        ('"12/TB-UBND","Rà soát hồ sơ","Sở Tư pháp","2026-12-15","Phối hợp"',
         RegisterRow(number="12/TB-UBND", task="Rà soát hồ sơ", leads="Sở Tư pháp", unit="Sở Tư pháp",
                     role="Phối hợp", due=dt.date(2026, 12, 15)), None),
        ('"12/TB-UBND","","Sở Tư pháp","31/02/2026",""', None,
         ["Hạn hiện hành: “31/02/2026” không phải ngày hợp lệ (dd/mm/yyyy)", "thiếu nội dung nhiệm vụ"]),
        ('"12/TB-UBND","Rà soát hồ sơ","","","Theo dõi"', None,
         ["thiếu đơn vị chủ trì", "vai trò “Theo dõi” không hợp lệ (Chủ trì hoặc Phối hợp)"]),
    ],
)  # fmt: skip
def test_csv_import(line: str, row: RegisterRow | None, reasons: list[str] | None) -> None:
    result = read_register((CSV_HEADER + line + "\n").encode("utf-8-sig"), "nhap.csv")
    if row is not None:
        assert [r for _, r in result.rows] == [dataclasses.replace(row)]
        assert result.refused == []
    else:
        assert result.rows == []
        assert [(r.line, r.reasons) for r in result.refused] == [(2, reasons)]


def test_missing_required_column_is_reported() -> None:
    result = read_register('"Số, ký hiệu văn bản",Nội dung nhiệm vụ\n1/TB,Việc\n'.encode(), "x.csv")
    assert result.missing_columns == ["Đơn vị chủ trì"]
    assert result.rows == []
