"""Every generated document as (file name, media type, bytes): one function per export, called by
the web pages, the API and `chidao export` alike."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from chidao.accounts.matching import search_key
from chidao.config.clock import today
from chidao.registry.models import Document
from chidao.reports import queries
from chidao.reports.models import OrganisationProfile
from chidao.reports.writers.appendix import write_appendix
from chidao.reports.writers.dondoc import write_dondoc
from chidao.reports.writers.register import write_register
from chidao.reports.writers.report import PeriodReport, write_report_docx, write_report_xlsx
from chidao.reports.writers.tiepthu import write_tiepthu_docx, write_tiepthu_xlsx

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FORMATS = {"docx": DOCX, "xlsx": XLSX}


class ExportError(ValueError):
    """A request that cannot be exported (bad format, unknown unit); the message is Vietnamese."""


@dataclass(frozen=True)
class Export:
    filename: str
    media_type: str
    content: bytes


def _slug(text: str) -> str:
    return search_key(text).replace(" ", "-") or "van-ban"


def _format(fmt: str, allowed: tuple[str, ...]) -> str:
    fmt = fmt.lower().lstrip(".")
    if fmt not in allowed:
        raise ExportError(f"Định dạng “{fmt}” không hỗ trợ; chọn {' hoặc '.join(allowed)}.")
    return fmt


def register(user: Any = None, include_secret: bool = False) -> Export:
    as_of = today()
    rows = queries.register_rows(as_of, user, include_secret)
    content = write_register(rows, "Sổ theo dõi nhiệm vụ", as_of)
    return Export(f"so-theo-doi-{as_of:%Y%m%d}.xlsx", XLSX, content)


def report(date_from: dt.date, date_to: dt.date, fmt: str = "docx", user: Any = None) -> Export:
    fmt = _format(fmt, ("docx", "xlsx"))
    if date_to < date_from:
        raise ExportError("Ngày kết thúc kỳ báo cáo phải sau ngày bắt đầu.")
    as_of = min(date_to, today())
    data = PeriodReport(
        profile=OrganisationProfile.current().to_profile(),
        date_from=date_from,
        date_to=date_to,
        as_of=as_of,
        outcomes=queries.outcomes(date_from, date_to, as_of, user),
    )
    content = write_report_docx(data) if fmt == "docx" else write_report_xlsx(data)
    return Export(f"bao-cao-{date_from:%Y%m%d}-{date_to:%Y%m%d}.{fmt}", FORMATS[fmt], content)


def dondoc(unit: str, user: Any = None) -> Export:
    try:
        target = queries.find_unit(unit)
    except LookupError as e:
        raise ExportError(str(e)) from e
    row = OrganisationProfile.current()
    letter = queries.overdue_letter(row.to_profile(), row.report_working_days, target, today(), user)
    if not letter.tasks:
        raise ExportError(f"{target.name} không có nhiệm vụ quá hạn: không cần công văn đôn đốc.")
    return Export(
        f"don-doc-{_slug(target.code or target.name)}-{today():%Y%m%d}.docx", DOCX, write_dondoc(letter)
    )


def appendix(reference: str, user: Any = None) -> Export:
    reference = reference.strip()
    if not reference:
        raise ExportError("Cần số, ký hiệu văn bản (vd: 62-NQ/TU).")
    profile = OrganisationProfile.current().to_profile()
    content = write_appendix(profile, reference, queries.citing_documents(reference, user))
    return Export(f"phu-luc-{_slug(reference)}.docx", DOCX, content)


def tiepthu(document_id: int, fmt: str = "docx", user: Any = None) -> Export:
    fmt = _format(fmt, ("docx", "xlsx"))
    doc = queries.visible_documents(user).filter(pk=document_id).first()
    if doc is None:
        raise ExportError(f"Không có văn bản #{document_id} (hoặc bạn không được xem văn bản này).")
    if not doc.tasks.exists():
        raise ExportError(f"Văn bản {doc} chưa có nhiệm vụ được xác nhận.")
    profile = OrganisationProfile.current().to_profile()
    draft, source, comments = queries.tiepthu(doc, profile)
    if fmt == "docx":
        content = write_tiepthu_docx(profile, draft, source, comments)
    else:
        content = write_tiepthu_xlsx(draft, source, comments)
    return Export(f"tiep-thu-giai-trinh-{_slug(str(doc))}.{fmt}", FORMATS[fmt], content)


def document_choices(user: Any = None) -> list[Document]:
    """Documents with confirmed tasks, newest first (for the tiếp thu form)."""
    return list(
        queries.visible_documents(user).filter(tasks__isnull=False).distinct().order_by("-date", "-id")[:200]
    )
