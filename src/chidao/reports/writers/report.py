"""Báo cáo kết quả thực hiện nhiệm vụ for a period, as .docx (Decree 30 báo cáo) and .xlsx.

Both carry: the per-unit table of the QĐ 42 classes, the rates with their formulas, the overdue
list, and the charts of the on-time rate by unit and by month (PNG in the .docx, native charts in
the .xlsx, whose rate cells are Excel formulas over the count cells).
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field

from docx.shared import Mm
from openpyxl import Workbook
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from chidao.reports import stats
from chidao.reports.writers import charts
from chidao.reports.writers import decree30 as d30
from chidao.reports.writers.profile import OrgProfile
from chidao.reports.writers.register import DATE_FORMAT


@dataclass(frozen=True)
class PeriodReport:
    profile: OrgProfile
    date_from: dt.date
    date_to: dt.date
    as_of: dt.date  # the day outcomes were classified (min of date_to and today)
    outcomes: list[stats.Outcome]
    date: dt.date | None = None  # of the report itself; None leaves it to the văn thư
    recipients: tuple[str, ...] = field(default=())

    @property
    def subject(self) -> str:
        return (
            f"Kết quả thực hiện nhiệm vụ do {self.profile.self_name} giao "
            f"từ ngày {d30.vn_date(self.date_from)} đến ngày {d30.vn_date(self.date_to)}"
        )


UNIT_HEADERS = [
    "STT", "Đơn vị chủ trì", "Tổng số", "Đến hạn", "HT đúng hạn", "HT quá hạn",
    "Đang thực hiện trong hạn", "Quá hạn chưa HT", "Không có thời hạn", "Tỷ lệ HT đúng hạn", "Đề nghị (thống kê riêng)",
]  # fmt: skip
OVERDUE_HEADERS = ["STT", "Nhiệm vụ", "Văn bản giao", "Đơn vị chủ trì", "Hạn hiện hành", "Số ngày quá hạn"]


def _unit_cells(t: stats.Tally) -> list[object]:
    return [t.label, t.total, t.due, t.done_on_time, t.done_late, t.on_track, t.overdue, t.no_deadline]


def _overdue(report: PeriodReport) -> list[stats.Outcome]:
    late = [o for o in report.outcomes if o.klass == "overdue" and not o.is_request]
    return sorted(late, key=lambda o: (-o.days_overdue, o.unit))


def unit_chart(units: list[stats.Tally]) -> charts.Chart:
    items = [(t.label, t.on_time_rate, f"{t.done_on_time}/{t.due}") for t in units]
    return charts.bars("Tỷ lệ hoàn thành đúng hạn theo đơn vị", items)


def month_chart(months: list[stats.Tally]) -> charts.Chart:
    return charts.trend(
        "Tỷ lệ hoàn thành đúng hạn theo tháng (theo hạn)", [(m.label, m.on_time_rate) for m in months]
    )


def write_report_docx(report: PeriodReport) -> bytes:
    profile = report.profile
    units, total = stats.by_unit(report.outcomes)
    months = stats.by_month(report.outcomes)
    doc = d30.new_document()
    d30.header(doc, profile, "BC", report.date, year=report.as_of.year)
    d30.title(doc, "BÁO CÁO", report.subject)
    d30.para(doc, "I. KẾT QUẢ CHUNG", bold=True, after=6)
    d30.body(
        doc,
        f"Tính đến ngày {d30.vn_date(report.as_of)}, tổng số nhiệm vụ theo dõi trong kỳ là {total.total}, "
        f"trong đó {total.due} nhiệm vụ đã đến hạn: hoàn thành đúng hạn {total.done_on_time}, hoàn thành "
        f"quá hạn {total.done_late}, quá hạn chưa hoàn thành {total.overdue}; {total.on_track} nhiệm vụ "
        f"đang thực hiện trong hạn; {total.no_deadline} nhiệm vụ không có thời hạn; "
        f"{total.requests} nội dung đề nghị được thống kê riêng.",
    )
    d30.body(
        doc,
        f"Tỷ lệ hoàn thành đúng hạn {stats.percent(total.on_time_rate)}; tỷ lệ hoàn thành "
        f"{stats.percent(total.completion_rate)}; tỷ lệ quá hạn {stats.percent(total.overdue_rate)}.",
    )
    for formula in stats.FORMULAS.values():
        d30.para(doc, f"- {formula}.", size=12, italic=True, align="left", indent_first=10)
    d30.para(doc, "II. KẾT QUẢ THEO ĐƠN VỊ", bold=True, before=6, after=6)
    rows = [
        [str(i), *map(str, _unit_cells(t)), stats.percent(t.on_time_rate), str(t.requests)]
        for i, t in enumerate(units, start=1)
    ]
    rows.append(["", *map(str, _unit_cells(total)), stats.percent(total.on_time_rate), str(total.requests)])
    d30.grid(doc, UNIT_HEADERS, rows, [11, 30, 14, 12, 13, 13, 16, 14, 14, 15, 14], size=10)
    for chart in (unit_chart(units), month_chart(months)):
        d30.para(doc, "", after=6)
        doc.add_picture(io.BytesIO(charts.to_png(chart)), width=Mm(160))
    d30.para(doc, "III. NHIỆM VỤ QUÁ HẠN CHƯA HOÀN THÀNH", bold=True, before=6, after=6)
    late = _overdue(report)
    if late:
        d30.grid(
            doc,
            OVERDUE_HEADERS,
            [
                [str(i), o.text, o.source, o.unit, d30.vn_date(o.due), str(o.days_overdue)]
                for i, o in enumerate(late, start=1)
            ],
            [12, 56, 33, 28, 22, 14],
            size=11,
        )
    else:
        d30.body(doc, "Không có nhiệm vụ quá hạn chưa hoàn thành.")
    d30.para(doc, "", after=6)
    d30.body(doc, f"Trên đây là báo cáo kết quả thực hiện nhiệm vụ của {profile.self_name}./.", after=0)
    d30.signature(doc, profile, report.recipients)
    return d30.to_bytes(doc)


def write_report_xlsx(report: PeriodReport) -> bytes:
    units, total = stats.by_unit(report.outcomes)
    months = stats.by_month(report.outcomes)
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Theo đơn vị"
    ws["A1"] = "BÁO CÁO " + report.subject.upper()
    ws["A2"] = f"(Số liệu đến ngày {d30.vn_date(report.as_of)})"
    ws["A1"].font = Font(bold=True, size=13)
    header_row = 4
    _header(ws, header_row, UNIT_HEADERS)
    first = header_row + 1
    for i, t in enumerate([*units, total]):
        r = first + i
        ws.cell(r, 1, i + 1 if t is not total else None)
        for j, value in enumerate(_unit_cells(t), start=2):
            ws.cell(r, j, value)
        ws.cell(r, 10, f'=IF(D{r}=0,"",E{r}/D{r})').number_format = "0.0%"
        ws.cell(r, 11, t.requests)
    last = first + len(units)
    for j in range(3, 10):
        col = get_column_letter(j)
        ws.cell(last, j, f"=SUM({col}{first}:{col}{last - 1})")
    ws.cell(last, 2).font = Font(bold=True)
    notes = last + 2
    for k, formula in enumerate(stats.FORMULAS.values()):
        ws.cell(notes + k, 2, formula).font = Font(italic=True)
    _widths(ws, [6, 36, 10, 10, 12, 12, 14, 14, 14, 14, 14])
    ws.freeze_panes = ws.cell(first, 3)
    if units:
        chart = BarChart()
        chart.type = "bar"
        chart.title = "Tỷ lệ hoàn thành đúng hạn theo đơn vị"
        chart.add_data(Reference(ws, min_col=10, min_row=header_row, max_row=last - 1), titles_from_data=True)
        chart.set_categories(Reference(ws, min_col=2, min_row=first, max_row=last - 1))
        chart.y_axis.number_format = "0%"
        chart.y_axis.scaling.min, chart.y_axis.scaling.max = 0, 1
        ws.add_chart(chart, f"B{notes + 6}")

    wm = wb.create_sheet("Theo tháng")
    _header(
        wm,
        1,
        ["Tháng (theo hạn)", "Đến hạn", "HT đúng hạn", "HT quá hạn", "Quá hạn chưa HT", "Tỷ lệ HT đúng hạn"],
    )
    for i, m in enumerate(months, start=2):
        for j, value in enumerate([m.label, m.due, m.done_on_time, m.done_late, m.overdue], start=1):
            wm.cell(i, j, value)
        wm.cell(i, 6, f'=IF(B{i}=0,"",C{i}/B{i})').number_format = "0.0%"
    _widths(wm, [16, 10, 12, 12, 14, 16])
    if months:
        line = LineChart()
        line.title = "Tỷ lệ hoàn thành đúng hạn theo tháng"
        line.add_data(Reference(wm, min_col=6, min_row=1, max_row=len(months) + 1), titles_from_data=True)
        line.set_categories(Reference(wm, min_col=1, min_row=2, max_row=len(months) + 1))
        line.y_axis.number_format = "0%"
        wm.add_chart(line, "H2")

    wo = wb.create_sheet("Quá hạn")
    _header(wo, 1, OVERDUE_HEADERS)
    for i, o in enumerate(_overdue(report), start=1):
        for j, value in enumerate([i, o.text, o.source, o.unit, o.due, o.days_overdue], start=1):
            cell = wo.cell(i + 1, j, value)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        wo.cell(i + 1, 5).number_format = DATE_FORMAT
    _widths(wo, [6, 70, 36, 28, 14, 12])
    wo.freeze_panes = "A2"
    wo.auto_filter.ref = f"A1:F{max(2, wo.max_row)}"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _header(ws: object, row: int, titles: list[str]) -> None:
    for j, title in enumerate(titles, start=1):
        cell = ws.cell(row, j, title)  # type: ignore[attr-defined]
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")


def _widths(ws: object, widths: list[int]) -> None:
    for j, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = width  # type: ignore[attr-defined]
