"""Reports from the database: pages, files, API router, `chidao export`, register import."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from docx import Document as open_docx
from ninja.testing import TestClient
from openpyxl import load_workbook

from chidao.reports import exports
from chidao.reports.api import router
from chidao.reports.models import OrganisationProfile
from chidao.reports.writers.register import HEADER_ROW, RegisterRow, write_register
from tests.web.factories import confirmed_task

pytestmark = pytest.mark.django_db


@pytest.fixture
def tasks(users):  # type: ignore[no-untyped-def]
    clerk = users["vanthu"]
    late = confirmed_task(clerk, assignees=("Sở Tài chính",), coordinators=("Sở Xây dựng",), due="2020-05-08",
                          text="Giao Sở Tài chính rà soát kinh phí chỉnh trang đô thị, báo cáo UBND tỉnh")  # fmt: skip
    soon = confirmed_task(clerk, assignees=("UBND thành phố Lạng Sơn",), due="2020-05-29",
                          text="Giao UBND thành phố Lạng Sơn hoàn thiện phương án tổ chức giao thông")  # fmt: skip
    return late, soon


def test_profile_is_derived_from_the_top_unit_until_saved(units, users) -> None:  # type: ignore[no-untyped-def]
    profile = OrganisationProfile.current().to_profile()
    assert (profile.issuer, profile.place, profile.short_name) == (
        "Ủy ban nhân dân tỉnh Lạng Sơn", "Lạng Sơn", "Ủy ban nhân dân tỉnh")  # fmt: skip
    assert profile.monitoring_unit == "Văn phòng Ủy ban nhân dân tỉnh"
    assert profile.signer_name == "Nguyễn Văn An"
    OrganisationProfile.objects.create(
        issuer="Ủy ban nhân dân tỉnh Thử", place="Thử", authority="TM. ỦY BAN NHÂN DÂN"
    )
    assert OrganisationProfile.current().to_profile().authority == (("TM.", "ỦY BAN NHÂN DÂN"),)


def test_dondoc_lists_the_units_overdue_tasks(tasks) -> None:  # type: ignore[no-untyped-def]
    export = exports.dondoc("Sở Tài chính")
    doc = open_docx(io.BytesIO(export.content))
    texts = [p.text for p in doc.paragraphs]
    assert "Kính gửi: Sở Tài chính." in texts
    item = next(t for t in texts if t.startswith("1. "))
    assert item.startswith("1. Rà soát kinh phí chỉnh trang đô thị")  # `Giao Sở Tài chính` dropped
    assert "hạn hoàn thành: 08/05/2020; quá hạn 12 ngày" in item
    assert texts[-1].endswith("trước ngày 27/05/2020./.")  # 5 working days after 20/5/2020
    with pytest.raises(exports.ExportError, match="không có nhiệm vụ quá hạn"):
        exports.dondoc("UBND thành phố Lạng Sơn")


def test_register_export_has_one_row_per_assignment(tasks) -> None:  # type: ignore[no-untyped-def]
    ws = load_workbook(io.BytesIO(exports.register().content)).active
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=HEADER_ROW + 1)]
    assert [(r[7], r[8], r[10], r[12]) for r in rows] == [
        ("Sở Tài chính", "Chủ trì", dt.datetime(2020, 5, 8), "Đang thực hiện quá hạn"),
        ("Sở Xây dựng", "Phối hợp", dt.datetime(2020, 5, 8), "Đang thực hiện quá hạn"),
        ("UBND thành phố Lạng Sơn", "Chủ trì", dt.datetime(2020, 5, 29), "Đang thực hiện trong hạn"),
    ]


def test_export_command_writes_every_document(tasks, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    late, _ = tasks
    runs = {
        "register": ["register", "-o", str(tmp_path / "so.xlsx")],
        "report-docx": [
            "report",
            "--from",
            "01/01/2020",
            "--to",
            "30/06/2020",
            "-o",
            str(tmp_path / "bc.docx"),
        ],
        "report-xlsx": [
            "report",
            "--from",
            "2020-01-01",
            "--to",
            "2020-06-30",
            "-o",
            str(tmp_path / "bc.xlsx"),
        ],
        "dondoc": ["dondoc", "--unit", "so-taichinh", "-o", str(tmp_path / "dd.docx")],
        "appendix": ["appendix", "--reference", "62-NQ/TU", "-o", str(tmp_path / "pl.docx")],
        "tiepthu": ["tiepthu", "--document", str(late.document_id), "-o", str(tmp_path / "tt.xlsx")],
    }
    for name, argv in runs.items():
        call_command("export", *argv)
        assert Path(argv[-1]).stat().st_size > 3000, name
    bc = load_workbook(tmp_path / "bc.xlsx")["Theo đơn vị"]
    assert [bc.cell(r, 2).value for r in range(5, 8)] == [
        "Sở Tài chính",
        "UBND thành phố Lạng Sơn",
        "Tổng cộng",
    ]
    with pytest.raises(CommandError, match="Định dạng"):
        call_command(
            "export", "report", "--from", "01/01/2020", "--to", "30/06/2020", "-o", str(tmp_path / "x.pdf")
        )
    with pytest.raises(CommandError, match="Không tìm thấy đơn vị"):
        call_command("export", "dondoc", "--unit", "Sở Không Có", "-o", str(tmp_path / "x.docx"))


def test_appendix_finds_documents_citing_the_reference(users) -> None:  # type: ignore[no-untyped-def]
    from chidao.registry.models import Document, Reference

    target = Document.objects.create(
        number="62-NQ/TU", type_name="NGHỊ QUYẾT", subject="về phát triển đô thị"
    )
    plan = Document.objects.create(number="88/KH-UBND", date=dt.date(2020, 4, 2), type_name="KẾ HOẠCH",
                                   issuer_name="UBND tỉnh Lạng Sơn", subject="Thực hiện Nghị quyết về đô thị")  # fmt: skip
    Reference.objects.create(source=plan, text="Nghị quyết số 62-NQ/TU", number="62-NQ/TU", target=target)
    named = Document.objects.create(number="12/UBND-KT", date=dt.date(2020, 5, 4),
                                    subject="V/v triển khai Nghị quyết số 62-NQ/TU của Ban Thường vụ Tỉnh ủy")  # fmt: skip
    secret = Document.objects.create(number="3/KH-UBND", secrecy="mat", subject="Kế hoạch mật về 62-NQ/TU")
    (table,) = open_docx(io.BytesIO(exports.appendix("62-NQ/TU").content)).tables
    assert [r.cells[1].text for r in table.rows[1:]] == [plan.number, named.number]
    assert secret.number not in {r.cells[1].text for r in table.rows}


def test_pages_and_files_by_role(client, users, tasks) -> None:  # type: ignore[no-untyped-def]
    client.force_login(users["vanthu"])
    page = client.get(reverse("reports:index"), {"from": "01/01/2020", "to": "31/12/2020"})
    assert page.status_code == 200
    html = page.content.decode()
    assert "<svg" in html and "Tỷ lệ hoàn thành đúng hạn theo đơn vị" in html and "Sở Tài chính" in html
    got = client.get(reverse("reports:report"), {"from": "01/01/2020", "to": "30/06/2020", "format": "xlsx"})
    assert got.status_code == 200 and got["Content-Type"] == exports.XLSX
    assert client.get(reverse("reports:dondoc"), {"unit": "so-taichinh"})["Content-Type"] == exports.DOCX
    bad = client.get(reverse("reports:report"), {"from": "31/02/2020"})
    assert bad.status_code == 302  # back to the page with a Vietnamese message, never a 500
    client.force_login(users["so-taichinh"])  # an officer: the register of their unit, not the letters
    assert client.get(reverse("reports:register")).status_code == 200
    assert client.get(reverse("reports:dondoc"), {"unit": "so-taichinh"}).status_code == 403
    assert client.get(reverse("reports:profile")).status_code == 403


def test_profile_form_saves(client, users) -> None:  # type: ignore[no-untyped-def]
    client.force_login(users["vanthu"])
    data = {"issuer": "Ủy ban nhân dân tỉnh Lạng Sơn", "place": "Lạng Sơn", "issuer_code": "UBND",
            "office_code": "TH", "authority": "KT. CHỦ TỊCH", "signer_title": "PHÓ CHỦ TỊCH",
            "signer_name": "Nguyễn Văn An", "archive": "VT, TH", "report_working_days": 3}  # fmt: skip
    assert client.post(reverse("reports:profile"), data).status_code == 302
    assert OrganisationProfile.current().to_profile().symbol("CV") == "UBND-TH"


def test_import_preview_then_create(client, users) -> None:  # type: ignore[no-untyped-def]
    rows = [
        RegisterRow(number="45/TB-UBND", doc_date=dt.date(2020, 5, 4), subject="Kết luận giao ban",
                    task="Rà soát quỹ đất tái định cư", leads="Sở Tài chính", coordinators="Sở Xây dựng",
                    unit="Sở Tài chính", due=dt.date(2020, 6, 15)),
        RegisterRow(number="45/TB-UBND", doc_date=dt.date(2020, 5, 4), subject="Kết luận giao ban",
                    task="Rà soát quỹ đất tái định cư", leads="Sở Tài chính", coordinators="Sở Xây dựng",
                    unit="Sở Xây dựng", role="Phối hợp", due=dt.date(2020, 6, 15)),
        RegisterRow(number="45/TB-UBND", task="Lập phương án", leads="Sở Không Tồn Tại"),
    ]  # fmt: skip
    data = write_register(rows, "Sổ", dt.date(2020, 5, 20))
    client.force_login(users["vanthu"])
    upload = io.BytesIO(data)
    upload.name = "so.xlsx"
    page = client.post(reverse("reports:import"), {"file": upload})
    html = page.content.decode()
    assert "Sẽ tạo 1 nhiệm vụ" in html and "Dòng 7: không tìm thấy đơn vị “Sở Không Tồn Tại”" in html
    assert client.post(reverse("reports:import_confirm")).status_code == 302
    from chidao.tracking.models import Task

    task = Task.objects.get(text="Rà soát quỹ đất tái định cư")
    assert task.due == dt.date(2020, 6, 15) and task.document.number == "45/TB-UBND"
    assert sorted((a.unit.name, a.role) for a in task.assignments.all()) == [
        ("Sở Tài chính", "lead"), ("Sở Xây dựng", "coordinator")]  # fmt: skip
    upload.seek(0)
    again = client.post(reverse("reports:import"), {"file": upload}).content.decode()
    assert "Sẽ tạo 0 nhiệm vụ" in again and "đã có trong sổ" in again


def test_api_router(users, tasks) -> None:  # type: ignore[no-untyped-def]
    api = TestClient(router)
    stats = api.get("/stats?from=2020-01-01&to=2020-06-30", user=users["lanhdao"]).json()
    assert stats["total"]["overdue"] == 1 and stats["formulas"]["on_time_rate"].startswith(
        "Tỷ lệ HT đúng hạn"
    )
    got = api.get("/exports/dondoc?unit=so-taichinh", user=users["lanhdao"])
    assert got.status_code == 200 and got["Content-Type"] == exports.DOCX
    run = api.post("/reminders/run", json={"date": "2020-05-20"}, user=users["vanthu"]).json()
    assert run["digests"] >= 1
    assert api.get("/reminders", user=users["so-taichinh"]).json()[0]["items"]


def test_tiepthu_takes_the_response_from_the_completion_report(users) -> None:  # type: ignore[no-untyped-def]
    from chidao.tracking import services

    task = confirmed_task(users["vanthu"], assignees=("Sở Tài chính",), due="2020-06-10",
                          text="Tại mục II, bổ sung số liệu thu ngân sách năm 2019")  # fmt: skip
    task.target = "mục II"
    task.save()
    services.submit(task, users["so-taichinh"], note="Tiếp thu, đã bổ sung tại mục II của dự thảo")
    ws = load_workbook(io.BytesIO(exports.tiepthu(task.document_id, "xlsx").content)).active
    assert [c.value for c in ws[5]] == [
        1, "mục II", "Văn phòng UBND tỉnh", task.text, "Tiếp thu, đã bổ sung tại mục II của dự thảo", None]  # fmt: skip


def test_import_command_and_api(users, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from io import StringIO

    from django.core.files.uploadedfile import SimpleUploadedFile

    csv_text = ('"Số, ký hiệu văn bản",Nội dung nhiệm vụ,Đơn vị chủ trì,Hạn hiện hành\n'
                "46/TB-UBND,Lập danh mục dự án ưu tiên,Sở Tài chính,15/06/2020\n"
                "46/TB-UBND,Rà soát hồ sơ,,15/06/2020\n")  # fmt: skip
    path = tmp_path / "so.csv"
    path.write_text(csv_text, encoding="utf-8")
    out = StringIO()
    call_command("import_register", str(path), stdout=out)
    assert (
        "1 nhiệm vụ sẽ tạo, 1 dòng không nhập" in out.getvalue()
        and "dòng 3: thiếu đơn vị chủ trì" in out.getvalue()
    )
    api = TestClient(router)
    upload = SimpleUploadedFile("so.csv", csv_text.encode())
    body = api.post("/imports/register?apply=true", FILES={"file": upload}, user=users["vanthu"]).json()
    assert len(body["created"]) == 1 and body["refused"][0]["line"] == 3
    again = StringIO()
    call_command("import_register", str(path), "--apply", "--user", "vanthu", stdout=again)
    assert "0 nhiệm vụ sẽ tạo" in again.getvalue() and "Đã tạo 0 nhiệm vụ" in again.getvalue()
