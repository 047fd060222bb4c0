"""The REST API end to end: token, upload (queued → parsed by the job), confirm, tasks, submit, review,
extensions, stats, search."""

from __future__ import annotations

from pathlib import Path

import pytest

DEMO = Path(__file__).resolve().parents[2] / "src/chidao/web/demo"


def _token(client, username):
    r = client.post("/api/v1/auth/token", {"username": username, "password": "pw-test-1"},
                    content_type="application/json")
    assert r.status_code == 200, r.content
    return {"HTTP_AUTHORIZATION": f"Bearer {r.json()['token']}"}


@pytest.fixture
def api(client, users, fake_parser):
    class Api:
        def __init__(self):
            self.auth = {u: _token(client, u) for u in users}

        def get(self, user, url, **params):
            return client.get(url, params, **self.auth[user])

        def post(self, user, url, body=None, **kw):
            if kw.get("multipart"):
                return client.post(url, body, **self.auth[user])
            return client.post(url, body or {}, content_type="application/json", **self.auth[user])

    return Api()


def test_token_refused_with_wrong_password(client, users):
    r = client.post("/api/v1/auth/token", {"username": "vanthu", "password": "x"}, content_type="application/json")
    assert r.status_code == 401
    assert client.get("/api/v1/tasks").status_code == 401


def _upload(api, name="tb-ket-luan-do-thi.txt"):
    with open(DEMO / name, "rb") as fh:
        r = api.post("vanthu", "/api/v1/documents", {"file": fh}, multipart=True)
    return r


def test_upload_parse_confirm_flow(api):
    r = _upload(api)
    assert r.status_code == 202 and r.json()["state"] == "queued", r.content
    doc_id = r.json()["id"]
    again = _upload(api)
    assert again.status_code == 200 and again.json() == {"id": doc_id, "state": "parsed", "duplicate": True}
    body = api.get("vanthu", f"/api/v1/documents/{doc_id}").json()
    assert body["state"] == "parsed" and body["document"]["format"] == "chidao.document/1"
    proposals = body["proposed_tasks"]
    assert proposals and proposals[0]["assignees"][0]["unit_name"] == "UBND thành phố Lạng Sơn"
    r = api.post("vanthu", f"/api/v1/documents/{doc_id}/confirm", {"tasks": "all"})
    assert r.status_code == 200, r.content
    assert len(r.json()["tasks"]) == len(proposals)
    assert api.post("vanthu", f"/api/v1/documents/{doc_id}/confirm", {"tasks": "all"}).status_code == 400

    tasks = api.get("so-taichinh", "/api/v1/tasks").json()
    assert tasks["count"] >= 1
    item = tasks["items"][0]
    assert {"id", "text", "assignees", "coordinators", "due", "original_due", "state", "timeliness",
            "document"} <= set(item)
    assert "Sở Tài chính" in item["assignees"]
    tid = item["id"]
    r = api.post("so-taichinh", f"/api/v1/tasks/{tid}/updates", {"percent": 40, "note": "Đang tổng hợp"})
    assert r.status_code == 201
    r = api.post("so-taichinh", f"/api/v1/tasks/{tid}/submit",
                 {"note": "Đã trình", "result_date": "2020-05-12", "files": [_file()]}, multipart=True)
    assert r.status_code == 200 and r.json()["state"] == "submitted", r.content
    assert api.post("so-taichinh", f"/api/v1/tasks/{tid}/review", {"accept": True}).status_code == 403
    r = api.post("vanthu", f"/api/v1/tasks/{tid}/review", {"accept": True, "note": "Đạt"})
    assert r.json()["state"] == "done" and r.json()["timeliness"] == "done_on_time"
    stats = api.get("lanhdao", "/api/v1/stats").json()
    assert stats["counts"]["done_on_time"] == 1 and "÷" in stats["formulas"]["on_time_rate"]


def _file():
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile("bao-cao-ket-qua.pdf", b"%PDF-1.4 demo", content_type="application/pdf")


def test_confirm_edited_rows_and_group_expansion(api, units):
    doc_id = _upload(api).json()["id"]
    rows = [{"text": "Các sở, ngành rà soát thủ tục hành chính", "assignees": ["các sở, ngành liên quan"],
             "due": "2020-06-30"},
            {"text": "Sở Tài chính bảo đảm kinh phí", "assignees": [units["so-taichinh"].pk],
             "coordinators": ["Sở KH&ĐT"], "due": "30/06/2020"}]
    r = api.post("vanthu", f"/api/v1/documents/{doc_id}/confirm", {"tasks": rows})
    assert r.status_code == 200, r.content
    first, second = r.json()["tasks"]
    assert len(first["assignees"]) == 10 and first["assignee_wording"].startswith("các sở")
    assert second["coordinators"] == ["Sở Kế hoạch và Đầu tư"] and second["due"] == "2020-06-30"
    bad = api.post("vanthu", f"/api/v1/documents/{doc_id}/confirm", {"tasks": [{"text": ""}]})
    assert bad.status_code == 400


def test_extension_and_cancel(api):
    doc_id = _upload(api).json()["id"]
    api.post("vanthu", f"/api/v1/documents/{doc_id}/confirm", {"tasks": "all"})
    tid = api.get("tp-langson", "/api/v1/tasks", timeliness="on_track").json()["items"][0]["id"]
    r = api.post("tp-langson", f"/api/v1/tasks/{tid}/extensions", {"new_due": "2020-07-15", "reason": "Chờ đo đạc"})
    assert r.status_code == 201, r.content
    ext = r.json()["id"]
    assert api.post("tp-langson", f"/api/v1/extensions/{ext}/decision", {"approve": True}).status_code == 403
    r = api.post("lanhdao", f"/api/v1/extensions/{ext}/decision", {"approve": True, "note": "Đồng ý"})
    assert r.json() == {"id": ext, "state": "approved", "due": "2020-07-15"}
    t = api.get("lanhdao", f"/api/v1/tasks/{tid}").json()
    assert (t["original_due"], t["due"]) == ("2020-05-30", "2020-07-15")
    assert api.post("vanthu", f"/api/v1/tasks/{tid}/cancel", {"reason": "x"}).status_code == 403
    assert api.post("lanhdao", f"/api/v1/tasks/{tid}/cancel", {"reason": "Đã có chủ trương khác"}).json()[
        "state"] == "cancelled"


@pytest.mark.parametrize(("query", "found"), [("lang son", True), ("LẠNG SƠN", True), ("118 TB VP", True),
                                               ("118/TB-VP", True), ("không có gì như thế", False)])
def test_search(api, query, found):
    doc_id = _upload(api).json()["id"]
    api.post("vanthu", f"/api/v1/documents/{doc_id}/confirm", {"tasks": "all"})
    r = api.get("vanthu", "/api/v1/search", q=query).json()
    assert bool(r["document_count"] + r["task_count"]) is found


def test_officer_sees_only_own_unit_tasks(api):
    doc_id = _upload(api).json()["id"]
    api.post("vanthu", f"/api/v1/documents/{doc_id}/confirm", {"tasks": "all"})
    mine = api.get("so-taichinh", "/api/v1/tasks").json()["items"]
    assert mine and all("Sở Tài chính" in t["assignees"] + t["coordinators"] for t in mine)
    other = api.get("vanthu", "/api/v1/tasks").json()["items"]
    hidden = next(t for t in other if "Sở Tài chính" not in t["assignees"] + t["coordinators"])
    assert api.get("so-taichinh", f"/api/v1/tasks/{hidden['id']}").status_code == 404


def test_history_by_date(api):
    doc_id = _upload(api).json()["id"]
    api.post("vanthu", f"/api/v1/documents/{doc_id}/confirm", {"tasks": "all"})
    r = api.get("lanhdao", "/api/v1/history", date_from="2020-05-20", date_to="2020-05-20").json()
    assert r["count"] >= 5 and {"at", "user", "field", "old", "new"} <= set(r["items"][0])
    assert api.get("lanhdao", "/api/v1/history", date_to="2020-05-19").json()["count"] == 0
