"""The server-rendered flow with the Django test client, the demo command, and small pure helpers."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from chidao.accounts.matching import UnitMatcher, search_key
from chidao.registry.models import Document
from chidao.tracking.models import History, Task
from chidao.tracking.recurrence import occurrences, recurrence_of
from chidao.web.highlight import Mark, segments

DEMO = Path(__file__).resolve().parents[2] / "src/chidao/web/demo"


def test_clerk_to_officer_to_dashboard(client, users, fake_parser):
    client.force_login(users["vanthu"])
    data = (DEMO / "tb-ket-luan-do-thi.txt").read_bytes()
    r = client.post("/van-ban/tai-len/", {"files": [SimpleUploadedFile("tb.txt", data)]})
    doc = Document.objects.get()
    assert r.status_code == 302 and r["Location"] == f"/van-ban/{doc.pk}/"
    page = client.get(r["Location"]).content.decode()
    assert len(set(re.findall(r'data-ref="(task-\w+)"', page))) == 5 and "Xác nhận 5 nhiệm vụ" in page
    form = {"version": doc.version, "row": ["1", "2", "new1"], "key-1": "1", "text-1": "Rà soát công trình vi phạm",
            "assignees-1": [str(users["tp-langson"].unit_id)], "due-1": "30/05/2020", "key-2": "2",
            "text-2": "Bố trí kinh phí chỉnh trang", "assignees-2": [str(users["so-taichinh"].unit_id)],
            "due-2": "15/05/2020", "remove-2": "", "text-new1": ""}
    r = client.post(f"/van-ban/{doc.pk}/xac-nhan/", form)
    assert Task.objects.count() == 2
    task = Task.objects.get(lead_unit=users["so-taichinh"].unit)
    client.force_login(users["so-taichinh"])
    assert "Báo cáo hoàn thành" in client.get(f"/nhiem-vu/{task.pk}/").content.decode()
    client.post(f"/nhiem-vu/{task.pk}/hoan-thanh/", {"note": "Đã trình", "result_date": "14/05/2020",
                                                       "files": [SimpleUploadedFile("kq.pdf", b"%PDF")]})
    client.force_login(users["vanthu"])
    client.post(f"/nhiem-vu/{task.pk}/xac-nhan/", {"decision": "accept", "version": Task.objects.get(pk=task.pk).version})
    task.refresh_from_db()
    assert (task.state, task.completed_on) == ("done", dt.date(2020, 5, 14))
    client.force_login(users["lanhdao"])
    dash = client.get("/tong-quan/").content.decode()
    assert re.search(r'tile done_on_time[^>]*><b>1</b>', dash)
    assert "HT đúng hạn ÷ nhiệm vụ đến hạn" in dash


def test_a_parse_over_the_time_limit_fails_the_document_not_the_worker(client, users, monkeypatch):
    from chidao.documents import pipeline
    from chidao.documents.time_limit import TimeLimitExceeded

    def never_ends(*args, **kwargs):
        raise TimeLimitExceeded  # what the timer raises inside a parse that does not end

    monkeypatch.setattr(pipeline, "parse", never_ends)
    client.force_login(users["vanthu"])
    client.post("/van-ban/tai-len/", {"files": [SimpleUploadedFile("tb.txt", b"THONG BAO")]})
    doc = Document.objects.get()
    assert doc.state == Document.State.FAILED and "quá 300 giây nên đã dừng" in doc.error
    assert "quá 300 giây" in client.get(f"/van-ban/{doc.pk}/").content.decode()


def test_web_conflict_message(client, users):
    from tests.web.factories import confirmed_task

    task = confirmed_task(users["vanthu"])
    client.force_login(users["vanthu"])
    stale = task.version
    client.post(f"/nhiem-vu/{task.pk}/sua/", {"version": stale, "text": "Bản của người thứ nhất"})
    r = client.post(f"/nhiem-vu/{task.pk}/sua/", {"version": stale, "text": "Bản của người thứ hai"}, follow=True)
    assert "Xung đột cập nhật" in r.content.decode()
    assert Task.objects.get(pk=task.pk).text == "Bản của người thứ nhất"


def test_secret_documents_hidden_from_officers_and_clerks(client, users):
    from tests.web.factories import make_document

    doc = make_document(users["vanthu"], [], secrecy="mat")
    client.force_login(users["so-taichinh"])
    assert client.get(f"/van-ban/{doc.pk}/").status_code == 404
    client.force_login(users["lanhdao"])
    assert client.get(f"/van-ban/{doc.pk}/").status_code == 200


def test_duplicate_by_number_issuer_date_is_flagged(users):
    from chidao.registry.intake import confirm
    from chidao.tracking.history import ServiceError
    from tests.web.factories import make_document

    first = make_document(users["vanthu"], [], number="9/TB-VP")
    second = make_document(users["vanthu"], [], number="9/TB-VP")
    assert second.duplicate_of == first
    with pytest.raises(ServiceError):
        confirm(second, users["vanthu"], "all")


def test_references_link_both_ways(users):
    from chidao.registry.intake import link_references
    from tests.web.factories import make_document

    cited = make_document(users["vanthu"], [], number="62-NQ/TU")
    citing = make_document(users["vanthu"], [])
    link_references(citing, [{"text": "Nghị quyết số 62-NQ/TU", "number": "62-NQ/TU"}])
    assert list(cited.cited_by.values_list("source_id", flat=True)) == [citing.pk]
    from chidao.registry.search import search

    found = search(users["vanthu"], "62 NQ TU").documents
    assert {d.pk for d in found} == {cited.pk, citing.pk} and found[0].pk == cited.pk


def test_demo_is_idempotent(db, settings):
    call_command("chidao_demo")
    counts = (Document.objects.count(), Task.objects.count(), History.objects.count())
    call_command("chidao_demo")
    assert (Document.objects.count(), Task.objects.count(), History.objects.count()) == counts
    assert counts[0] == len(list(DEMO.glob("*.txt")))


@pytest.mark.parametrize(("written", "expected"), [
    ("UBND TP Lạng Sơn", "UBND thành phố Lạng Sơn"), ("ubnd thanh pho lang son", "UBND thành phố Lạng Sơn"),
    ("Sở KH&ĐT", "Sở Kế hoạch và Đầu tư"), ("Sở Tài chính tỉnh", "Sở Tài chính"), ("Bộ Quốc phòng", None),
])
def test_unit_matcher(units, written, expected):
    match = UnitMatcher.from_db().match(written)
    assert (match.unit.name if match.unit else None) == expected
    assert 0 <= match.confidence <= 1


def test_matcher_respects_validity(units):
    assert UnitMatcher.from_db(on=dt.date(2026, 1, 1)).match("UBND huyện Cao Lộc").unit != units["ubnd-caoloc"]
    assert UnitMatcher.from_db(on=dt.date(2020, 1, 1)).match("UBND huyện Cao Lộc").unit == units["ubnd-caoloc"]


@pytest.mark.parametrize(("text", "key"), [("62-NQ/TU", "62 nq tu"), ("Hoà Bình", "hoa binh"), ("Hòa Bình", "hoa binh"),
                                           ("LẠNG SƠN", "lang son"), ("Sở KH&ĐT", "so kh dt")])
def test_search_key(text, key):
    assert search_key(text) == key


@pytest.mark.parametrize(("text", "rec", "n"), [("báo cáo hằng tháng", "monthly", 12), ("định kỳ 6 tháng", "half_yearly", 2),
                                                ("hằng quý", "quarterly", 4), ("trước ngày 30/6", "", 0)])
def test_recurrence(text, rec, n):
    assert recurrence_of(text) == rec
    assert len(occurrences(rec, dt.date(2020, 1, 15))) == n


def test_segments_take_the_innermost_mark():
    text = "Giao Sở Y tế báo cáo trước ngày 30/6."
    marks = [Mark(0, len(text), "task", "t"), Mark(5, 12, "assignee", "a")]
    segs = segments(text, marks)
    assert "".join(s.text for s in segs) == text
    assert [(s.text, s.mark.kind) for s in segs] == [("Giao ", "task"), ("Sở Y tế", "assignee"),
                                                     (" báo cáo trước ngày 30/6.", "task")]


def test_leader_decides_extensions_from_the_dashboard(client, users):
    from chidao.tracking import services
    from tests.web.factories import confirmed_task

    task = confirmed_task(users["vanthu"], due="2020-06-30")
    ext = services.request_extension(task, users["so-taichinh"], dt.date(2020, 7, 20), "Chờ ý kiến của Bộ")
    client.force_login(users["lanhdao"])
    page = client.get("/tong-quan/").content.decode()
    assert "Đề nghị gia hạn chờ quyết định (1)" in page and "Chờ ý kiến của Bộ" in page
    client.post(f"/gia-han/{ext.pk}/quyet-dinh/", {"decision": "approve", "note": "Đồng ý"})
    task.refresh_from_db()
    assert (task.original_due, task.due) == (dt.date(2020, 6, 30), dt.date(2020, 7, 20))
    assert "Đề nghị gia hạn chờ quyết định" not in client.get("/tong-quan/").content.decode()


def test_clerk_adds_and_completes_a_milestone(client, users):
    from tests.web.factories import confirmed_task

    task = confirmed_task(users["vanthu"], due="2020-06-30")
    client.force_login(users["vanthu"])
    client.post(f"/nhiem-vu/{task.pk}/moc/", {"title": "Trình dự thảo lần 1", "due": "05/06/2020"})
    ms = task.milestones.get()
    assert (ms.title, ms.due) == ("Trình dự thảo lần 1", dt.date(2020, 6, 5))
    client.post(f"/nhiem-vu/{task.pk}/moc/", {"done": ms.pk})
    ms.refresh_from_db()
    assert ms.done_on == dt.date(2020, 5, 20)
    assert "đạt 20/05/2020" in client.get(f"/nhiem-vu/{task.pk}/").content.decode()


def test_search_counts_stop_at_the_cap_and_rank_the_newest(users, monkeypatch):
    from chidao.registry import search as search_module
    from tests.web.factories import confirmed_task

    monkeypatch.setattr(search_module, "COUNT_CAP", 2)
    monkeypatch.setattr(search_module, "RANK_WINDOW", 3)
    tasks = [confirmed_task(users["vanthu"], text=f"Kiểm tra hồ sơ đất đai đợt {i}") for i in range(4)]
    r = search_module.search(users["vanthu"], "kiem tra ho so", limit=10)
    assert r.task_count == 3 and r.capped
    assert [t.pk for t in r.tasks] == [t.pk for t in reversed(tasks)][:3]


@pytest.mark.parametrize(
    ("written", "full"),
    [
        ("UBND TP Lạng Sơn", "Ủy ban nhân dân thành phố Lạng Sơn"),
        ("Sở KH&ĐT", "Sở Kế hoạch và Đầu tư"),
        ("Sở LĐ-TB&XH", "Sở Lao động - Thương binh và Xã hội"),
        ("Sở NN&PTNT", "Sở Nông nghiệp và Phát triển nông thôn"),
    ],
)
def test_matching_key_writes_abbreviations_out(written, full):
    from chidao.accounts.matching import expand

    assert expand(written) == expand(full)


def test_serve_starts_the_worker_without_autoreload(monkeypatch, db):
    """The worker's autoreloader runs jobs in a thread, where the parse time limit (SIGALRM) is a no-op."""
    from chidao.web.management.commands import serve

    started: list[list[str]] = []

    class FakeWorker:
        def __init__(self, args, env=None):
            started.append(args)

        def terminate(self) -> None: ...

        def wait(self, timeout=None) -> int:
            return 0

    monkeypatch.setattr(serve.subprocess, "Popen", FakeWorker)
    monkeypatch.setattr(serve, "run", lambda *a, **k: None)
    monkeypatch.setattr(serve.signal, "signal", lambda *a: None)
    call_command("serve", "--port", "0")
    assert started and "db_worker" in started[0] and "--no-reload" in started[0]
