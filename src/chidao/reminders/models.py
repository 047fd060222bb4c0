"""Reminders, each recorded once, grouped into one digest per person and day.

The database is the queue (healthchecks style): a reminder row is unique on (recipient, task, kind,
key), so running the job twice, or two workers at once, records it once; a digest is unique per
(recipient, day) and is sent by whoever claims it with a conditional UPDATE on `sent_at`.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models


class Kind(models.TextChoices):
    DUE_SOON = "due_soon", "Sắp đến hạn"
    DUE_TODAY = "due_today", "Đến hạn hôm nay"
    OVERDUE = "overdue", "Quá hạn"
    NOT_ACCEPTED = "not_accepted", "Chưa tiếp nhận"
    ESCALATION = "escalation", "Quá hạn kéo dài (báo cáo lãnh đạo)"


class Digest(models.Model):
    """The day's reminders of one person: shown in the app, sent by e-mail when the person has one."""

    recipient = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="digests")
    day = models.DateField("ngày", db_index=True)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField("đã gửi lúc", null=True, blank=True)
    emailed = models.BooleanField("đã gửi thư", default=False)
    read_at = models.DateTimeField("đã xem lúc", null=True, blank=True)

    class Meta:
        ordering = ("-day", "-id")
        verbose_name = "bản tin nhắc việc"
        constraints = (models.UniqueConstraint(fields=["recipient", "day"], name="digest_one_per_day"),)

    def __str__(self) -> str:
        return f"{self.recipient} · {self.day:%d/%m/%Y}"


class Reminder(models.Model):
    """One reminder about one task for one person; `key` makes it once-only (e.g. `overdue:2026-10-15:1`)."""

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reminders"
    )
    task = models.ForeignKey("tracking.Task", on_delete=models.CASCADE, related_name="reminders")
    assignment = models.ForeignKey("tracking.Assignment", null=True, blank=True, on_delete=models.CASCADE)
    kind = models.CharField(max_length=16, choices=Kind.choices)
    key = models.CharField(max_length=64)
    day = models.DateField(db_index=True)
    detail = models.CharField(max_length=255, blank=True)
    digest = models.ForeignKey(Digest, null=True, blank=True, on_delete=models.CASCADE, related_name="items")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ("kind", "task_id")
        verbose_name = "lời nhắc"
        constraints = (
            models.UniqueConstraint(fields=["recipient", "task", "kind", "key"], name="reminder_once"),
        )

    def __str__(self) -> str:
        return f"{self.get_kind_display()} · {self.task_id}"
