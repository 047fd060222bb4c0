"""Registered documents: the file, its hash, the parsed `chidao.document/1`, registration (số đến),
độ mật / độ khẩn, and the links between a document and the registered documents it cites."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from chidao.accounts.matching import search_key


class Document(models.Model):
    class State(models.TextChoices):
        QUEUED = "queued", "Đang chờ đọc"
        PARSED = "parsed", "Đã đọc, chờ xác nhận"
        FAILED = "failed", "Không đọc được"
        CONFIRMED = "confirmed", "Đã xác nhận"

    class Direction(models.TextChoices):
        INCOMING = "incoming", "Văn bản đến"
        OUTGOING = "outgoing", "Văn bản đi"
        INTERNAL = "internal", "Nội bộ"

    class Secrecy(models.TextChoices):
        NONE = "", "Thường"
        SECRET = "mat", "Mật"
        TOP_SECRET = "toi_mat", "Tối mật"
        ULTRA_SECRET = "tuyet_mat", "Tuyệt mật"

    class Urgency(models.TextChoices):
        NONE = "", "Thường"
        URGENT = "khan", "Khẩn"
        VERY_URGENT = "thuong_khan", "Thượng khẩn"
        FLASH = "hoa_toc", "Hỏa tốc"

    # the file
    file = models.FileField(upload_to="documents/%Y/%m/", blank=True)
    file_name = models.CharField("tên tệp", max_length=255, blank=True)
    sha256 = models.CharField(max_length=64, db_index=True, blank=True)
    # parsing
    state = models.CharField("trạng thái", max_length=16, choices=State.choices, default=State.QUEUED, db_index=True)
    error = models.TextField(blank=True)
    parsed = models.JSONField("kết quả đọc (chidao.document/1)", null=True, blank=True)
    text = models.TextField("toàn văn", blank=True)
    # the formal parts (copied from `parsed`, editable by the clerk)
    family = models.CharField(max_length=16, blank=True)
    issuer_name = models.CharField("cơ quan ban hành", max_length=255, blank=True)
    issuer_unit = models.ForeignKey(
        "accounts.Unit", null=True, blank=True, on_delete=models.PROTECT, related_name="issued_documents"
    )
    number = models.CharField("số, ký hiệu", max_length=128, blank=True)
    number_key = models.CharField(max_length=128, blank=True, db_index=True)
    type_code = models.CharField("loại văn bản", max_length=16, blank=True, db_index=True)
    type_name = models.CharField(max_length=128, blank=True)
    date = models.DateField("ngày ban hành", null=True, blank=True, db_index=True)
    place = models.CharField("địa danh", max_length=128, blank=True)
    subject = models.TextField("trích yếu", blank=True)
    signer = models.CharField("người ký", max_length=255, blank=True)
    directing_leader = models.CharField("lãnh đạo chỉ đạo", max_length=255, blank=True)
    # registration of incoming documents
    direction = models.CharField(max_length=16, choices=Direction.choices, default=Direction.INCOMING)
    incoming_number = models.PositiveIntegerField("số đến", null=True, blank=True)
    received_on = models.DateField("ngày đến", null=True, blank=True)
    received_from = models.CharField("nơi gửi", max_length=255, blank=True)
    secrecy = models.CharField("độ mật", max_length=16, choices=Secrecy.choices, default="", blank=True)
    urgency = models.CharField("độ khẩn", max_length=16, choices=Urgency.choices, default="", blank=True)
    duplicate_of = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="duplicates"
    )
    search_text = models.TextField(editable=False, default="")
    # who and when
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="uploaded_documents"
    )
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    confirmed_at = models.DateTimeField(null=True, blank=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ("-date", "-id")
        verbose_name = "văn bản"
        indexes = (
            models.Index(fields=["issuer_name", "date"]),
            models.Index(fields=["number_key", "date"]),
        )

    def __str__(self) -> str:
        return self.number or self.file_name or f"#{self.pk}"

    @property
    def is_secret(self) -> bool:
        return bool(self.secrecy)

    def refresh_search_text(self) -> None:
        self.number_key = search_key(self.number)
        parts = [self.number, self.type_name, self.issuer_name, self.subject, self.file_name, self.signer]
        if self.pk:  # the numbers it cites, so that a search for `62-NQ/TU` finds the documents citing it
            parts += list(self.references.exclude(number="").values_list("number", flat=True))
        self.search_text = search_key(" ".join(p for p in parts if p))

    def save(self, *args, **kwargs) -> None:
        self.refresh_search_text()
        super().save(*args, **kwargs)


class Reference(models.Model):
    """A document cited by another (`Nghị quyết số 62-NQ/TU …`), linked when that one is registered."""

    source = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="references")
    text = models.TextField()
    number = models.CharField(max_length=128, blank=True)
    number_key = models.CharField(max_length=128, blank=True, db_index=True)
    date = models.DateField(null=True, blank=True)
    issuer = models.CharField(max_length=255, blank=True)
    target = models.ForeignKey(
        Document, null=True, blank=True, on_delete=models.SET_NULL, related_name="cited_by"
    )
    span_start = models.PositiveIntegerField(null=True, blank=True)
    span_end = models.PositiveIntegerField(null=True, blank=True)

    def save(self, *args, **kwargs) -> None:
        self.number_key = search_key(self.number)
        super().save(*args, **kwargs)

    def __str__(self) -> str:
        return self.number or self.text[:60]
