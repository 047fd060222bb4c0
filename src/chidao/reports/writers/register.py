"""Sổ theo dõi nhiệm vụ as .xlsx: one row per assignment, full text, real dates or blank (never
01/01/1970), an auto-filter and a frozen header; and the reader of the same layout (or of a CSV with
the same column titles) that returns the rows and a list of refused rows with Vietnamese reasons.

CSV import: UTF-8 (with or without BOM), comma-separated, first line = the column titles of
`COLUMNS` (any order; `STT`, `Mã` and the computed columns may be left out); dates `dd/mm/yyyy` or
ISO `yyyy-mm-dd`.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass, field, fields

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

SHEET = "Sổ theo dõi"
DATE_FORMAT = "DD/MM/YYYY"


@dataclass(frozen=True)
class RegisterRow:
    """One assignment of one task, as the register prints it."""

    number: str = ""  # số, ký hiệu of the source document: `215/TB-UBND`
    doc_date: dt.date | None = None
    subject: str = ""  # trích yếu of the source document
    task: str = ""
    leads: str = ""  # all lead units of the task, `; `-separated
    coordinators: str = ""
    unit: str = ""  # this row's unit
    role: str = "Chủ trì"  # Chủ trì | Phối hợp
    original_due: dt.date | None = None
    due: dt.date | None = None
    state: str = ""  # Mới, Đang thực hiện, …
    timeliness: str = ""  # Hoàn thành đúng hạn, Đang thực hiện quá hạn, …
    completed_on: dt.date | None = None
    evidence: str = ""
    notes: str = ""
    key: str = ""  # stable identifier for re-import (`T12-A30`)


# (field, column title, width)
COLUMNS: tuple[tuple[str, str, int], ...] = (
    ("stt", "STT", 6),
    ("number", "Số, ký hiệu văn bản", 16),
    ("doc_date", "Ngày văn bản", 12),
    ("subject", "Trích yếu văn bản", 36),
    ("task", "Nội dung nhiệm vụ", 60),
    ("leads", "Đơn vị chủ trì", 24),
    ("coordinators", "Đơn vị phối hợp", 24),
    ("unit", "Đơn vị thực hiện", 24),
    ("role", "Vai trò", 10),
    ("original_due", "Hạn ban đầu", 12),
    ("due", "Hạn hiện hành", 12),
    ("state", "Trạng thái", 16),
    ("timeliness", "Tiến độ", 22),
    ("completed_on", "Ngày hoàn thành", 12),
    ("evidence", "Kết quả, văn bản báo cáo", 36),
    ("notes", "Ghi chú", 24),
    ("key", "Mã", 12),
)
_DATES = {"doc_date", "original_due", "due", "completed_on"}
_TITLES = {title: name for name, title, _ in COLUMNS}
HEADER_ROW = 4


def write_register(rows: list[RegisterRow], title: str, as_of: dt.date) -> bytes:
    """The workbook: title, `đến ngày …`, the header on row 4 (frozen, filtered), one row per assignment."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = SHEET
    last = get_column_letter(len(COLUMNS))
    ws["A1"] = title.upper()
    ws["A1"].font = Font(name="Times New Roman", bold=True, size=14)
    ws.merge_cells(f"A1:{last}1")
    ws["A2"] = f"(Số liệu đến ngày {as_of:%d/%m/%Y})"
    ws["A2"].font = Font(name="Times New Roman", italic=True, size=12)
    ws.merge_cells(f"A2:{last}2")
    for cell in (ws["A1"], ws["A2"]):
        cell.alignment = Alignment(horizontal="center")
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for col, (_, header, width) in enumerate(COLUMNS, start=1):
        cell = ws.cell(row=HEADER_ROW, column=col, value=header)
        cell.font = Font(name="Times New Roman", bold=True, size=12)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = border
        ws.column_dimensions[get_column_letter(col)].width = width
    for i, row in enumerate(rows, start=1):
        r = HEADER_ROW + i
        for col, (name, _, _) in enumerate(COLUMNS, start=1):
            value = i if name == "stt" else getattr(row, name)
            cell = ws.cell(row=r, column=col, value=value if value not in ("", None) else None)
            cell.font = Font(name="Times New Roman", size=12)
            cell.alignment = Alignment(vertical="top", wrap_text=True)
            cell.border = border
            if name in _DATES:
                cell.number_format = DATE_FORMAT
    ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=1)
    ws.auto_filter.ref = f"A{HEADER_ROW}:{last}{HEADER_ROW + max(len(rows), 1)}"
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


@dataclass
class Refused:
    """A row the import did not take, with its line number and the reasons (Vietnamese)."""

    line: int
    reasons: list[str]
    values: dict[str, str] = field(default_factory=dict)


@dataclass
class ReadResult:
    rows: list[tuple[int, RegisterRow]] = field(default_factory=list)  # (line number, row)
    refused: list[Refused] = field(default_factory=list)
    missing_columns: list[str] = field(default_factory=list)


def read_register(data: bytes, name: str = "") -> ReadResult:
    """Read an .xlsx of the register layout, or a CSV with the same column titles."""
    if name.lower().endswith(".csv") or not data.startswith(b"PK"):
        text = data.decode("utf-8-sig")
        table: list[list[object]] = [list(r) for r in csv.reader(io.StringIO(text))]
    else:
        wb = load_workbook(io.BytesIO(data), data_only=True)
        ws = wb[SHEET] if SHEET in wb.sheetnames else wb.worksheets[0]
        table = [list(r) for r in ws.iter_rows(values_only=True)]
    return _read_table(table)


def _read_table(table: list[list[object]]) -> ReadResult:
    result = ReadResult()
    header_at = next(
        (i for i, r in enumerate(table) if any(str(v or "").strip() == "Nội dung nhiệm vụ" for v in r)), None
    )
    if header_at is None:
        result.missing_columns = ["Nội dung nhiệm vụ"]
        return result
    positions = {
        _TITLES[str(v).strip()]: j for j, v in enumerate(table[header_at]) if str(v or "").strip() in _TITLES
    }
    required = ("task", "leads")
    result.missing_columns = [t for n, t, _ in COLUMNS if n in required and n not in positions]
    if result.missing_columns:
        return result
    names = {f.name for f in fields(RegisterRow)}
    for i, raw in enumerate(table[header_at + 1 :], start=header_at + 2):
        values = {n: raw[j] if j < len(raw) else None for n, j in positions.items()}
        if all(v in (None, "") for k, v in values.items() if k != "stt"):
            continue
        reasons: list[str] = []
        kwargs: dict[str, object] = {}
        for n, v in values.items():
            if n not in names:
                continue
            if n in _DATES:
                try:
                    kwargs[n] = _date(v)
                except ValueError:
                    reasons.append(f"{_label(n)}: “{v}” không phải ngày hợp lệ (dd/mm/yyyy)")
            else:
                kwargs[n] = "" if v is None else str(v).strip()
        if not kwargs.get("task"):
            reasons.append("thiếu nội dung nhiệm vụ")
        if not kwargs.get("leads"):
            reasons.append("thiếu đơn vị chủ trì")
        if kwargs.get("role") and kwargs["role"] not in ("Chủ trì", "Phối hợp"):
            reasons.append(f"vai trò “{kwargs['role']}” không hợp lệ (Chủ trì hoặc Phối hợp)")
        if reasons:
            result.refused.append(
                Refused(i, reasons, {k: "" if v is None else str(v) for k, v in values.items()})
            )
            continue
        if not kwargs.get("role"):
            kwargs["role"] = "Chủ trì"
        if not kwargs.get("unit"):
            kwargs["unit"] = str(kwargs["leads"]).split(";")[0].strip()
        result.rows.append((i, RegisterRow(**kwargs)))  # type: ignore[arg-type]
    return result


def _label(name: str) -> str:
    return next(t for n, t, _ in COLUMNS if n == name)


def _date(value: object) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    if "-" in text and text[:4].isdigit():
        return dt.date.fromisoformat(text[:10])
    day, month, year = (int(p) for p in text.replace(".", "/").replace("-", "/").split("/"))
    return dt.date(year, month, day)
