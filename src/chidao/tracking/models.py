"""Tasks, per-unit assignments, reports, evidence, extension requests and the change history.

Deadlines are kept apart: `deadline_text`/`parsed_due` as the document wrote them (parser),
`original_due` as the clerk confirmed it (never changed afterwards), `due` current after approved
extensions. Workflow state is stored; timeliness is computed at `chidao.config.clock.today()`
(see `chidao.tracking.timeliness`). Every row carries `version` for optimistic locking.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models


class State(models.TextChoices):
    NEW = "new", "Mới"
    IN_PROGRESS = "in_progress", "Đang thực hiện"
    SUBMITTED = "submitted", "Chờ xác nhận"
    DONE = "done", "Hoàn thành"
    PAUSED = "paused", "Tạm dừng"
    CANCELLED = "cancelled", "Hủy"


OPEN_STATES = (State.NEW, State.IN_PROGRESS, State.SUBMITTED)
# The tasks the dashboard counts: assigned (not a request), one-off (a recurring task counts through its
# occurrences), not cancelled. `Task.mirror` says the same of one task, as its assignments' `counted`.
COUNTED = models.Q(is_request=False, recurrence="") & ~models.Q(state=State.CANCELLED)


class Task(models.Model):
    class Mode(models.TextChoices):
        ASSIGN = "giao", "Giao"
        REQUEST = "đề nghị", "Đề nghị"

    class Recurrence(models.TextChoices):
        NONE = "", "Không"
        MONTHLY = "monthly", "Hằng tháng"
        QUARTERLY = "quarterly", "Hằng quý"
        HALF_YEARLY = "half_yearly", "Định kỳ 6 tháng"
        YEARLY = "yearly", "Hằng năm"

    document = models.ForeignKey("registry.Document", on_delete=models.PROTECT, related_name="tasks")
    key = models.CharField("mã trong văn bản", max_length=32, blank=True)
    text = models.TextField("nội dung")
    span_start = models.PositiveIntegerField(null=True, blank=True)
    span_end = models.PositiveIntegerField(null=True, blank=True)
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.PROTECT, related_name="children")
    target = models.CharField("phần dự thảo cần sửa", max_length=255, blank=True)
    mode = models.CharField("hình thức", max_length=16, choices=Mode.choices, default=Mode.ASSIGN)
    is_request = models.BooleanField("đề nghị (thống kê riêng)", default=False, db_index=True)
    is_monitoring = models.BooleanField("nhiệm vụ theo dõi", default=False)
    directing_leader = models.CharField("lãnh đạo chỉ đạo", max_length=255, blank=True, db_index=True)
    assignee_wording = models.CharField("cách ghi trong văn bản", max_length=512, blank=True)
    # deadlines
    deadline_text = models.CharField("thời hạn (văn bản)", max_length=255, blank=True)
    deadline_kind = models.CharField(max_length=16, blank=True)
    parsed_due = models.DateField("hạn theo văn bản", null=True, blank=True)
    original_due = models.DateField("hạn đã xác nhận", null=True, blank=True)
    due = models.DateField("hạn hiện hành", null=True, blank=True)
    recurrence = models.CharField(max_length=16, choices=Recurrence.choices, default="", blank=True)
    occurrence_of = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="occurrences"
    )
    # workflow
    state = models.CharField(max_length=16, choices=State.choices, default=State.NEW, db_index=True)
    completed_on = models.DateField("ngày hoàn thành", null=True, blank=True)
    cancel_reason = models.TextField(blank=True)
    lead_unit = models.ForeignKey(
        "accounts.Unit", null=True, blank=True, on_delete=models.PROTECT, related_name="led_tasks"
    )
    search_text = models.TextField(editable=False, default="")
    secret = models.BooleanField("thuộc văn bản mật", default=False, editable=False)  # copied from the document
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ("due", "id")
        verbose_name = "nhiệm vụ"
        indexes = (
            models.Index(fields=["state", "due"]),
            models.Index(fields=["lead_unit", "state", "due"]),
            models.Index(fields=["document", "key"]),
            # covers the dashboard's grouped counts so they read the index, not the rows
            models.Index(fields=["lead_unit", "state", "due", "completed_on", "original_due", "is_request",
                                 "recurrence", "secret"], name="task_stats_cover"),
            # lists ordered by due date, and the overdue / due-soon counts, read this index alone
            models.Index(fields=["due", "state", "secret"], name="task_due_cover"),
        )

    def __str__(self) -> str:
        return self.text[:80]

    # what the per-unit statistics need of the task, copied onto each of its assignments (`Assignment.due` ...)
    MIRRORED = frozenset({"due", "original_due", "is_request", "recurrence", "state", "secret"})

    def mirror(self) -> dict[str, object]:
        """The task's fields as its assignments carry them: `counted` is whether the dashboard counts the task
        (assigned, not a request; one-off, a recurring task counting through its occurrences; not cancelled)."""
        return {
            "due": self.due, "original_due": self.original_due, "secret": self.secret,
            "counted": not self.is_request and not self.recurrence and self.state != State.CANCELLED,
        }

    def after_change(self, fields: set[str]) -> None:
        """Called by `history.change` after a versioned write: keep the assignments' copies current."""
        if fields & self.MIRRORED:
            Assignment.objects.filter(task_id=self.pk).update(**self.mirror())


class Milestone(models.Model):
    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="milestones")
    title = models.CharField(max_length=255)
    due = models.DateField(null=True, blank=True)
    done_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ("due", "id")


class Assignment(models.Model):
    """One unit on one task, lead (chủ trì) or coordinator (phối hợp), with its own state and completion."""

    class Role(models.TextChoices):
        LEAD = "lead", "Chủ trì"
        COORDINATOR = "coordinator", "Phối hợp"

    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="assignments")
    unit = models.ForeignKey("accounts.Unit", on_delete=models.PROTECT, related_name="assignments")
    role = models.CharField(max_length=16, choices=Role.choices, default=Role.LEAD)
    written_as = models.CharField("cách ghi trong văn bản", max_length=255, blank=True)
    match_confidence = models.FloatField(null=True, blank=True)
    state = models.CharField(max_length=16, choices=State.choices, default=State.NEW, db_index=True)
    percent = models.PositiveSmallIntegerField(default=0)
    accepted_at = models.DateTimeField("ngày tiếp nhận", null=True, blank=True)
    completed_on = models.DateField("ngày hoàn thành (báo cáo)", null=True, blank=True)
    version = models.PositiveIntegerField(default=1)
    # copies of the task's fields (`Task.mirror`), set on creation and by `Task.after_change`, so that the
    # dashboard's per-unit counts read this table alone instead of joining every task
    due = models.DateField("hạn hiện hành của nhiệm vụ", null=True, blank=True, editable=False)
    original_due = models.DateField("hạn ban đầu của nhiệm vụ", null=True, blank=True, editable=False)
    counted = models.BooleanField("được thống kê", default=True, editable=False)
    secret = models.BooleanField("thuộc văn bản mật", default=False, editable=False)

    class Meta:
        unique_together = (("task", "unit", "role"),)
        indexes = (
            models.Index(fields=["unit", "role", "state"]),
            # the per-unit counts under a filter on the tasks (period, issuer, leader) join the tasks to this index
            models.Index(fields=["unit", "role", "task", "state", "completed_on"], name="assignment_stats_cover"),
            # without such a filter they read this index alone
            models.Index(fields=["unit", "role", "counted", "state", "due", "completed_on", "original_due", "secret"],
                         name="assignment_unit_stats"),
        )

    def __str__(self) -> str:
        return f"{self.unit} · {self.get_role_display()}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self._state.adding:
            for field, value in self.task.mirror().items():
                setattr(self, field, value)
        super().save(*args, **kwargs)


class Update(models.Model):
    """A report on an assignment: progress, completion submission, review, note."""

    class Kind(models.TextChoices):
        ACCEPT = "accept", "Tiếp nhận"
        PROGRESS = "progress", "Báo cáo tiến độ"
        SUBMIT = "submit", "Báo cáo hoàn thành"
        APPROVE = "approve", "Xác nhận hoàn thành"
        RETURN = "return", "Trả lại"

    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="updates")
    assignment = models.ForeignKey(Assignment, null=True, blank=True, on_delete=models.CASCADE, related_name="updates")
    kind = models.CharField(max_length=16, choices=Kind.choices)
    percent = models.PositiveSmallIntegerField(null=True, blank=True)
    note = models.TextField(blank=True)
    result_date = models.DateField("ngày văn bản báo cáo", null=True, blank=True)
    evidence_document = models.ForeignKey(
        "registry.Document", null=True, blank=True, on_delete=models.PROTECT, related_name="evidence_for"
    )
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ("created_at", "id")


class Evidence(models.Model):
    update = models.ForeignKey(Update, on_delete=models.CASCADE, related_name="files")
    file = models.FileField(upload_to="evidence/%Y/%m/")
    name = models.CharField(max_length=255)
    sha256 = models.CharField(max_length=64)


class Extension(models.Model):
    class State(models.TextChoices):
        PENDING = "pending", "Chờ quyết định"
        APPROVED = "approved", "Đồng ý"
        REFUSED = "refused", "Không đồng ý"

    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="extensions")
    assignment = models.ForeignKey(Assignment, null=True, blank=True, on_delete=models.CASCADE)
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    requested_at = models.DateTimeField(auto_now_add=True)
    current_due = models.DateField(null=True, blank=True)
    new_due = models.DateField()
    reason = models.TextField()
    state = models.CharField(max_length=16, choices=State.choices, default=State.PENDING, db_index=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_note = models.TextField(blank=True)

    class Meta:
        ordering = ("-requested_at", "-id")


class History(models.Model):
    """One change: who, when, what object, which field, old → new. Append-only."""

    at = models.DateTimeField(db_index=True)
    day = models.DateField("ngày (theo đồng hồ ứng dụng)", db_index=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+")
    action = models.CharField(max_length=32)
    model = models.CharField(max_length=32)
    object_id = models.BigIntegerField()
    field = models.CharField(max_length=64, blank=True)
    old = models.TextField(blank=True)
    new = models.TextField(blank=True)
    note = models.TextField(blank=True)
    task = models.ForeignKey(Task, null=True, blank=True, on_delete=models.PROTECT, related_name="history")
    document = models.ForeignKey(
        "registry.Document", null=True, blank=True, on_delete=models.PROTECT, related_name="history"
    )

    class Meta:
        ordering = ("at", "id")
        indexes = (models.Index(fields=["model", "object_id", "at"]),)
