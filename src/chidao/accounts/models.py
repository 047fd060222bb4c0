"""Units (a tree with aliases, validity and successors), users with one role and one unit, API tokens."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets

from django.contrib.auth.models import AbstractUser
from django.db import models

from chidao.accounts.matching import search_key


class Unit(models.Model):
    """An organisation unit: Văn phòng UBND tỉnh, a sở, UBND thành phố, UBND cấp xã …"""

    class Kind(models.TextChoices):
        PROVINCE = "province", "Tỉnh (UBND tỉnh)"
        OFFICE = "office", "Văn phòng"
        DEPARTMENT = "department", "Sở, ban, ngành"
        DISTRICT = "district", "UBND cấp huyện"
        COMMUNE = "commune", "UBND cấp xã"
        PARTY = "party", "Cơ quan Đảng"
        OTHER = "other", "Khác"

    code = models.SlugField("mã", max_length=64, unique=True)
    name = models.CharField("tên", max_length=255)
    short_name = models.CharField("tên viết tắt", max_length=64, blank=True)
    kind = models.CharField("loại", max_length=16, choices=Kind.choices, default=Kind.DEPARTMENT)
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.PROTECT, related_name="children")
    valid_from = models.DateField("hiệu lực từ", null=True, blank=True)
    valid_to = models.DateField("hiệu lực đến", null=True, blank=True)
    successor = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="predecessors",
        verbose_name="đơn vị kế thừa",
    )
    is_group = models.BooleanField("nhóm đơn vị", default=False, help_text="e.g. `các sở, ngành liên quan`")
    members = models.ManyToManyField("self", blank=True, symmetrical=False, related_name="groups")
    folded = models.CharField(max_length=255, editable=False, db_index=True, default="")

    class Meta:
        ordering = ("name",)
        verbose_name = "đơn vị"

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        self.folded = search_key(self.name)
        super().save(*args, **kwargs)

    def is_valid_on(self, day: dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (self.valid_to is None or day <= self.valid_to)


class UnitAlias(models.Model):
    """Another way documents write a unit: `UBND TP Lạng Sơn`, `Sở KH&ĐT`."""

    unit = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="aliases")
    text = models.CharField(max_length=255)
    folded = models.CharField(max_length=255, editable=False, db_index=True, default="")

    class Meta:
        unique_together = (("unit", "text"),)

    def __str__(self) -> str:
        return self.text

    def save(self, *args, **kwargs) -> None:
        self.folded = search_key(self.text)
        super().save(*args, **kwargs)


class User(AbstractUser):
    """A person: one role, one unit. `full_name` keeps Vietnamese order (họ, đệm, tên)."""

    class Role(models.TextChoices):
        ADMIN = "admin", "Quản trị"
        CLERK = "clerk", "Văn thư / chuyên viên theo dõi"
        LEADER = "leader", "Lãnh đạo"
        OFFICER = "officer", "Cán bộ đơn vị"

    role = models.CharField("vai trò", max_length=16, choices=Role.choices, default=Role.OFFICER)
    unit = models.ForeignKey(Unit, null=True, blank=True, on_delete=models.PROTECT, related_name="users")
    full_name = models.CharField("họ và tên", max_length=255, blank=True)
    title = models.CharField("chức vụ", max_length=255, blank=True)
    can_read_secret = models.BooleanField("được xem văn bản mật", default=False)

    def __str__(self) -> str:
        return self.full_name or self.username

    @property
    def display_name(self) -> str:
        return self.full_name or self.username

    def has_role(self, *roles: str) -> bool:
        return self.is_active and self.role in roles


class ApiToken(models.Model):
    """A bearer token for the REST API; only its SHA-256 is stored."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="api_tokens")
    digest = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()

    @staticmethod
    def hash(token: str) -> str:
        return hashlib.sha256(token.encode()).hexdigest()

    @classmethod
    def issue(cls, user: User, days: int) -> str:
        from django.utils import timezone

        token = secrets.token_urlsafe(32)
        cls.objects.create(user=user, digest=cls.hash(token), expires_at=timezone.now() + dt.timedelta(days=days))
        return token
