"""The organisation profile: who the generated documents are issued by, configured once."""

from __future__ import annotations

import re

from django.db import models

from chidao.reports.writers.profile import OrgProfile


class OrganisationProfile(models.Model):
    """Issuer, governing body, place, number symbols, signing chain and signer (Decree 30 ô 2, 3, 4, 7)."""

    issuer = models.CharField("cơ quan ban hành", max_length=255, default="Ủy ban nhân dân tỉnh")
    parent = models.CharField("cơ quan chủ quản", max_length=255, blank=True)
    short_name = models.CharField(
        "tên dùng trong văn bản", max_length=255, blank=True, help_text="vd: Ủy ban nhân dân tỉnh"
    )
    place = models.CharField("địa danh", max_length=128, default="")
    issuer_code = models.CharField("viết tắt cơ quan (ký hiệu)", max_length=32, default="UBND")
    office_code = models.CharField("viết tắt đơn vị soạn thảo công văn", max_length=32, default="VP")
    authority = models.TextField(
        "thẩm quyền ký", blank=True, default="KT. CHỦ TỊCH", help_text="mỗi dòng một cấp: `KT. CHỦ TỊCH`"
    )
    signer_title = models.CharField("chức vụ người ký", max_length=128, default="PHÓ CHỦ TỊCH")
    signer_name = models.CharField("họ tên người ký", max_length=128, blank=True)
    cc = models.TextField("nơi nhận thêm", blank=True, help_text="mỗi dòng một nơi nhận, sau “Như trên”")
    archive = models.CharField("lưu", max_length=128, default="VT", help_text="vd: VT, TH")
    monitoring_unit = models.CharField(
        "đơn vị theo dõi", max_length=255, blank=True, help_text="vd: Văn phòng Ủy ban nhân dân tỉnh"
    )
    report_working_days = models.PositiveSmallIntegerField(
        "số ngày làm việc để báo cáo (công văn đôn đốc)", default=5
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "thông tin cơ quan"

    def __str__(self) -> str:
        return self.issuer

    @classmethod
    def current(cls) -> OrganisationProfile:
        """The configured profile (the first row), or an unsaved one derived from the top unit."""
        return cls.objects.order_by("id").first() or cls.from_units()

    @classmethod
    def from_units(cls) -> OrganisationProfile:
        """`UBND tỉnh Lạng Sơn` (the unit without a parent) → issuer `Ủy ban nhân dân tỉnh Lạng Sơn`,
        place `Lạng Sơn`; its office unit monitors, its first leader signs."""
        from chidao.accounts.models import Unit

        top = Unit.objects.filter(parent__isnull=True, is_group=False).order_by("id").first()
        if top is None:
            return cls()
        name = re.sub(r"^UBND\b", "Ủy ban nhân dân", top.name)
        level = re.search(r"\b(?:tỉnh|thành phố|huyện|xã|phường)\s+(.+)$", name)
        office = Unit.objects.filter(parent=top, kind="office").order_by("id").first()
        leader = top.users.filter(role="leader", is_active=True).order_by("id").first()
        return cls(
            signer_name=leader.display_name if leader else "",
            issuer=name,
            short_name=name[: level.start(1)].strip() if level else name,
            place=level.group(1) if level else "",
            monitoring_unit=re.sub(r"\bUBND\b", "Ủy ban nhân dân", office.name) if office else "",
        )

    def to_profile(self) -> OrgProfile:
        authority = []
        for line in self.authority.splitlines():
            marker, _, of = line.strip().partition(" ")
            if marker and of:
                authority.append((marker, of.strip()))
        return OrgProfile(
            issuer=self.issuer,
            parent=self.parent,
            place=self.place,
            issuer_code=self.issuer_code,
            office_code=self.office_code,
            authority=tuple(authority),
            signer_title=self.signer_title,
            signer_name=self.signer_name,
            cc=tuple(line.strip().rstrip(";") for line in self.cc.splitlines() if line.strip()),
            archive=tuple(a.strip() for a in self.archive.split(",") if a.strip()) or ("VT",),
            short_name=self.short_name,
            monitoring_unit=self.monitoring_unit,
        )
