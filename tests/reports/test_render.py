"""Every generated .docx renders in LibreOffice: A4 pages in the right orientation, page 1 without a
page number, text where a reader expects it (PDF text via pdftotext, pages as PNG via pdftoppm)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from chidao.reports.writers.appendix import write_appendix
from chidao.reports.writers.dondoc import write_dondoc
from chidao.reports.writers.report import write_report_docx
from chidao.reports.writers.tiepthu import write_tiepthu_docx
from tests.reports.samples import CITING, COMMENTS, LETTER, PROFILE
from tests.reports.test_report import REPORT

pytestmark = [pytest.mark.render, pytest.mark.slow]
TOOLS = ("soffice", "pdftoppm", "pdfinfo", "pdftotext")

DOCUMENTS = {
    "dondoc": (
        lambda: write_dondoc(LETTER),
        "210 x 297",
        ["V/v đôn đốc thực hiện nhiệm vụ", "Kính gửi: Sở Tài chính."],
    ),
    "report": (
        lambda: write_report_docx(REPORT),
        "210 x 297",
        ["BÁO CÁO", "III. NHIỆM VỤ QUÁ HẠN CHƯA HOÀN THÀNH"],
    ),
    "appendix": (
        lambda: write_appendix(PROFILE, "62-NQ/TU", CITING),
        "297 x 210",
        ["Nghị quyết số 62-NQ/TU"],
    ),
    "tiepthu": (
        lambda: write_tiepthu_docx(PROFILE, "dự thảo Báo cáo sơ kết", "Thông báo số 301/TB-UBND", COMMENTS),
        "297 x 210",
        ["BẢNG TỔNG HỢP TIẾP THU, GIẢI TRÌNH Ý KIẾN GÓP Ý", "Chưa có báo cáo tiếp thu"],
    ),
}


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    missing = [t for t in TOOLS if shutil.which(t) is None]
    if missing:
        if os.environ.get("CI") == "true":
            pytest.fail(f"rendering tools missing in CI: {missing}")
        pytest.skip(f"rendering tools missing: {missing}")
    out = tmp_path_factory.mktemp("render")
    for name, (make, _, _) in DOCUMENTS.items():
        (out / f"{name}.docx").write_bytes(make())
    profile = out / "lo-profile"  # a private LibreOffice profile: no clash with another running soffice
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(out), *(str(out / f"{n}.docx") for n in DOCUMENTS)],
        check=True, capture_output=True, timeout=240,
    )  # fmt: skip
    return out


@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_renders_to_a4_pages(rendered: Path, name: str) -> None:
    _, size, expected_text = DOCUMENTS[name]
    pdf = rendered / f"{name}.pdf"
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    page_size = next(line for line in info.splitlines() if line.startswith("Page size"))
    width, height = (float(v) * 25.4 / 72 for v in page_size.split()[2:5:2])
    assert f"{round(width)} x {round(height)}" == size
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    for snippet in expected_text:
        assert snippet in text, snippet
    first_page = text.split("\f")[0]
    assert not first_page.strip().startswith("1")  # no page number on page 1
    subprocess.run(["pdftoppm", "-png", "-r", "40", str(pdf), str(rendered / name)], check=True, timeout=60)
    assert sorted(rendered.glob(f"{name}-*.png"))


def test_long_letter_numbers_page_two(rendered: Path) -> None:
    text = subprocess.run(
        ["pdftotext", str(rendered / "report.pdf"), "-"], check=True, capture_output=True, text=True
    )
    pages = text.stdout.split("\f")
    assert len(pages) >= 2 and pages[1].strip().startswith("2")
