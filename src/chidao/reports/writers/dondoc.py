"""Công văn đôn đốc thực hiện nhiệm vụ (.docx, Decree 30 form, ND30 PL III Mẫu 1.5).

Shape: header table; `Kính gửi: <unit>.`; a paragraph stating the follow-up; a lead-in addressed
to the unit (`… yêu cầu <unit> khẩn trương thực hiện các nhiệm vụ sau:`) and one numbered item per
overdue task (its source document, deadline and days overdue in brackets); the reporting date;
signature and Nơi nhận (`Như trên` first, `Lưu: VT, …` last). The number is left blank for the
văn thư: an unissued copy.
"""

from __future__ import annotations

from chidao.reports.writers import decree30 as d30
from chidao.reports.writers.profile import Letter, TaskLine


def item_text(task: TaskLine) -> str:
    """`<task> (giao tại <source>; hạn hoàn thành: 15/10/2026; quá hạn 42 ngày)`."""
    notes = []
    if task.source:
        notes.append(f"giao tại {task.source}")
    notes.append(f"hạn hoàn thành: {d30.vn_date(task.due)}" if task.due else "chưa có thời hạn")
    if task.days_overdue > 0:
        notes.append(f"quá hạn {task.days_overdue} ngày")
    return f"{task.text.strip().rstrip('.;:')} ({'; '.join(notes)})"


def write_dondoc(letter: Letter) -> bytes:
    """The .docx bytes of the letter."""
    profile = letter.profile
    doc = d30.new_document()
    d30.header(doc, profile, "CV", letter.date, vv=letter.subject, year=letter.report_by.year)
    d30.para(doc, f"Kính gửi: {letter.unit}.", size=14, align="center", before=18, after=12)
    me = profile.self_name
    count = len(letter.tasks)
    as_of = d30.vn_date(letter.date) if letter.date else "nay"
    monitor = f" của {profile.monitoring_unit}" if profile.monitoring_unit else ""
    d30.body(
        doc,
        f"Theo kết quả theo dõi{monitor}, đến ngày {as_of}, {letter.unit} còn {count:02d} nhiệm vụ "
        f"do {me} giao đã quá thời hạn nhưng chưa hoàn thành.",
    )
    d30.body(doc, f"{me} yêu cầu {letter.unit} khẩn trương thực hiện các nhiệm vụ sau:")
    for n, task in enumerate(letter.tasks, start=1):
        d30.body(doc, f"{n}. {item_text(task)}.")
    via = f" (qua {profile.monitoring_unit})" if profile.monitoring_unit else ""
    d30.body(
        doc,
        f"{letter.unit} báo cáo kết quả thực hiện các nhiệm vụ trên về {me}{via} "
        f"trước ngày {d30.vn_date(letter.report_by)}./.",
        after=0,
    )
    d30.signature(doc, profile, ["Như trên", *profile.cc, *letter.extra_recipients])
    return d30.to_bytes(doc)
