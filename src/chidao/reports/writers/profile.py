"""Plain inputs of the document writers: who issues (the organisation profile) and what they say.

No Django here: the reports app turns its models into these dataclasses, tests build them by hand.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class OrgProfile:
    """The issuing body as printed on every generated document (ô 2, 3, 4, 7, 9b of Decree 30)."""

    issuer: str  # `ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN`; printed in upper case, bold
    place: str  # địa danh: `Lạng Sơn`
    issuer_code: str  # body abbreviation in symbols: `UBND`
    office_code: str = "VP"  # drafting unit of a công văn: `Số: …/UBND-VP`
    parent: str = ""  # cơ quan chủ quản line above the issuer, if any
    authority: tuple[tuple[str, str], ...] = (("KT.", "CHỦ TỊCH"),)  # (marker, of) lines above the title
    signer_title: str = "PHÓ CHỦ TỊCH"
    signer_name: str = ""
    cc: tuple[str, ...] = ()  # Nơi nhận lines after `Như trên`, e.g. `Chủ tịch, các PCT UBND tỉnh`
    archive: tuple[str, ...] = ("VT",)  # `Lưu: VT, TH.`
    short_name: str = ""  # how the body names itself in running text: `Ủy ban nhân dân tỉnh`
    monitoring_unit: str = ""  # who collects the reports: `Văn phòng Ủy ban nhân dân tỉnh`

    def symbol(self, type_code: str) -> str:
        """Ký hiệu: `UBND-VP` for a công văn, `BC-UBND` for a báo cáo (PL I §II.3)."""
        if type_code == "CV":
            return f"{self.issuer_code}-{self.office_code}"
        return f"{type_code}-{self.issuer_code}"

    @property
    def self_name(self) -> str:
        return self.short_name or self.issuer[:1] + self.issuer[1:].lower()


@dataclass(frozen=True)
class TaskLine:
    """One task as a generated document lists it."""

    text: str
    source: str = ""  # `Thông báo số 120/TB-UBND ngày 20/5/2026 của UBND tỉnh`
    due: dt.date | None = None
    days_overdue: int = 0
    lead: str = ""
    state: str = ""


@dataclass(frozen=True)
class Letter:
    """A công văn đôn đốc to one unit."""

    profile: OrgProfile
    unit: str  # Kính gửi
    date: dt.date | None  # None: left blank for the văn thư
    tasks: list[TaskLine]
    report_by: dt.date
    subject: str = "đôn đốc thực hiện nhiệm vụ"
    extra_recipients: tuple[str, ...] = field(default=())
