"""Sample inputs for the writer tests: a fictional province office, its tasks and documents
(our own wording, modelled on real conclusion notices; no corpus text)."""

from __future__ import annotations

import datetime as dt

from chidao.reports.stats import Outcome
from chidao.reports.writers.appendix import CitingDocument
from chidao.reports.writers.profile import Letter, OrgProfile, TaskLine
from chidao.reports.writers.register import RegisterRow
from chidao.reports.writers.tiepthu import Comment

D = dt.date
PROFILE = OrgProfile(
    issuer="Ủy ban nhân dân tỉnh Lạng Sơn",
    place="Lạng Sơn",
    issuer_code="UBND",
    office_code="VP",
    authority=(("KT.", "CHỦ TỊCH"),),
    signer_title="PHÓ CHỦ TỊCH",
    signer_name="Hoàng Văn Nam",
    cc=("Chủ tịch, các PCT UBND tỉnh", "C, PCVP UBND tỉnh"),
    archive=("VT", "TH"),
    short_name="Ủy ban nhân dân tỉnh",
    monitoring_unit="Văn phòng Ủy ban nhân dân tỉnh",
)

TASKS = [
    TaskLine(
        "Chủ trì, phối hợp với các sở, ngành liên quan rà soát, đề xuất phương án bố trí vốn đối ứng "
        "cho các dự án giao thông trọng điểm",
        "Thông báo số 215/TB-UBND ngày 14/8/2026 của Ủy ban nhân dân tỉnh",
        D(2026, 10, 15),
        42,
    ),
    TaskLine(
        "Tham mưu Ủy ban nhân dân tỉnh ban hành quy định phân cấp quản lý tài sản công tại các cơ quan, "
        "đơn vị thuộc tỉnh",
        "Kế hoạch số 88/KH-UBND ngày 02/4/2026 của Ủy ban nhân dân tỉnh",
        D(2026, 9, 30),
        57,
    ),
]
LETTER = Letter(
    profile=PROFILE, unit="Sở Tài chính", date=D(2026, 11, 26), report_by=D(2026, 12, 3), tasks=TASKS
)

REGISTER = [
    RegisterRow(
        number="215/TB-UBND",
        doc_date=D(2026, 8, 14),
        subject="Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc về tiến độ các dự án giao thông",
        task=TASKS[0].text,
        leads="Sở Tài chính",
        coordinators="Sở Xây dựng; Sở Nông nghiệp và Môi trường",
        unit="Sở Tài chính",
        role="Chủ trì",
        original_due=D(2026, 10, 15),
        due=D(2026, 10, 15),
        state="Đang thực hiện",
        timeliness="Đang thực hiện quá hạn",
        key="T1-A1",
    ),
    RegisterRow(
        number="215/TB-UBND",
        doc_date=D(2026, 8, 14),
        subject="Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc về tiến độ các dự án giao thông",
        task=TASKS[0].text,
        leads="Sở Tài chính",
        coordinators="Sở Xây dựng; Sở Nông nghiệp và Môi trường",
        unit="Sở Xây dựng",
        role="Phối hợp",
        original_due=D(2026, 10, 15),
        due=D(2026, 10, 15),
        state="Hoàn thành",
        timeliness="Hoàn thành đúng hạn",
        completed_on=D(2026, 10, 2),
        evidence="Công văn số 1702/SXD-KHTC ngày 02/10/2026",
        key="T1-A2",
    ),
    RegisterRow(
        number="88/KH-UBND",
        doc_date=D(2026, 4, 2),
        subject="Triển khai thực hiện Nghị quyết số 62-NQ/TU của Ban Thường vụ Tỉnh ủy",
        task="Xây dựng cơ sở dữ liệu về đất đai dùng chung của tỉnh",
        leads="Sở Nông nghiệp và Môi trường",
        unit="Sở Nông nghiệp và Môi trường",
        state="Mới",
        timeliness="Không có thời hạn",
        notes="Nhiệm vụ thường xuyên",
        key="T2-A3",
    ),
]

OUTCOMES = [
    Outcome(
        "Sở Tài chính",
        "overdue",
        D(2026, 10, 15),
        None,
        days_overdue=42,
        text=TASKS[0].text,
        source="215/TB-UBND",
    ),
    Outcome("Sở Tài chính", "done_on_time", D(2026, 9, 30), D(2026, 9, 28)),
    Outcome("Sở Tài chính", "done_late", D(2026, 9, 15), D(2026, 9, 20)),
    Outcome("Sở Xây dựng", "done_on_time", D(2026, 10, 31), D(2026, 10, 30)),
    Outcome("Sở Xây dựng", "on_track", D(2026, 12, 15), None),
    Outcome("Sở Xây dựng", "no_deadline", None, None),
    Outcome("Mặt trận Tổ quốc tỉnh", "overdue", D(2026, 10, 1), None, is_request=True, days_overdue=56),
    Outcome("Sở Xây dựng", None, D(2026, 10, 1), None),  # cancelled: no class, not counted
]

CITING = [
    CitingDocument(
        "88/KH-UBND", D(2026, 4, 2), "Ủy ban nhân dân tỉnh", "triển khai thực hiện Nghị quyết", "Kế hoạch"
    ),
    CitingDocument("1456/UBND-KT", D(2026, 9, 5), "Ủy ban nhân dân tỉnh", "V/v đẩy nhanh tiến độ thực hiện"),
]

COMMENTS = [
    Comment(
        "Trang 4, khoản 1, mục II",
        "Ủy ban nhân dân tỉnh",
        "Bổ sung số liệu đánh giá kết quả giai đoạn 2021-2025",
        "Tiếp thu: đã bổ sung tại khoản 1 mục II của dự thảo",
    ),
    Comment("mục III", "Ủy ban nhân dân tỉnh", "Làm rõ nguồn vốn thực hiện các dự án ưu tiên"),
]
