"""Headless Chromium (Debian's, via Playwright; no browser download): the clerk uploads a conclusion
notice, sees the highlighted tasks and confirms them; the unit officer submits completion with a file;
the clerk accepts; the dashboard shows it on time. Screenshots go to /tmp/chidao-shots/."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
SHOTS = Path("/tmp/chidao-shots")
DEMO = Path(__file__).resolve().parents[2] / "src/chidao/web/demo"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists() and os.environ.get("CI") != "true",
                       reason="Chromium (/usr/bin/chromium) absent: browser test skipped"),
]


@pytest.fixture
def browser_page():
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"  # Playwright's sync API runs an event loop
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="vi-VN")
        page.set_default_timeout(20000)
        yield page
        browser.close()


def _login(page, base: str, username: str) -> None:
    page.goto(f"{base}/dang-nhap/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", "pw-test-1")
    page.click("button.primary")
    page.wait_for_selector("header nav")


def _logout(page) -> None:
    page.click("text=Đăng xuất")
    page.wait_for_selector("input[name=username]")


def test_notice_to_done_on_time(live_server, transactional_db, browser_page, tmp_path):
    from chidao.web.demo.organisation import load_units, load_users

    load_users(load_units(), password="pw-test-1")
    page, base = browser_page, live_server.url

    _login(page, base, "vanthu")
    page.goto(f"{base}/van-ban/")
    page.set_input_files("#files", str(DEMO / "tb-ket-luan-do-thi.txt"))
    page.click("#upload-list a")
    page.wait_for_selector("mark.hl.task")
    assert page.locator("fieldset.proposal[id]").count() >= 3
    page.screenshot(path=str(SHOTS / "1-review.png"), full_page=False)
    page.click("#confirm")
    page.wait_for_selector("text=Đã xác nhận")
    page.screenshot(path=str(SHOTS / "2-confirmed.png"))
    _logout(page)

    _login(page, base, "so-taichinh")
    page.goto(f"{base}/nhiem-vu/")
    page.click("table.tasklist a:has-text('Giao Sở Tài chính')")
    evidence = tmp_path / "bao-cao-kinh-phi.pdf"
    evidence.write_bytes(b"%PDF-1.4 bao cao")
    form = page.locator("#submit-form")
    form.locator("textarea[name=note]").fill("Đã trình UBND tỉnh phương án bố trí kinh phí")
    form.locator("input[name=result_date]").fill("14/05/2020")
    form.locator("input[type=file]").set_input_files(str(evidence))
    form.locator("button.primary").click()
    page.wait_for_selector("text=chờ Văn phòng xác nhận")
    page.screenshot(path=str(SHOTS / "3-submitted.png"))
    task_url = page.url
    _logout(page)

    _login(page, base, "vanthu")
    page.goto(task_url)
    page.click("#review-form button[value=accept]")
    page.wait_for_selector("text=Đã xác nhận hoàn thành")
    page.screenshot(path=str(SHOTS / "4-accepted.png"))
    _logout(page)

    _login(page, base, "lanhdao")
    page.goto(f"{base}/tong-quan/")
    tile = page.locator("a.tile.done_on_time b").inner_text()
    page.screenshot(path=str(SHOTS / "5-dashboard.png"), full_page=True)
    assert tile == "1"
    assert re.search(r"Sở Tài chính", page.locator("table.units").inner_text())
