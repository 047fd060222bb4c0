"""The review page shows, beside each value the OCR reader flagged (a handwritten `Số`, a day), the crop of
the scan around it, so the clerk confirms the value against the ink."""

from __future__ import annotations

import io

from django.core.files.base import ContentFile
from django.urls import reverse
from PIL import Image, ImageDraw

from tests.web.factories import make_document


def _scan_png() -> bytes:
    page = Image.new("RGB", (1240, 1754), "white")
    ImageDraw.Draw(page).rectangle((400, 300, 520, 360), fill="black")  # the "ink" of a handwritten number
    out = io.BytesIO()
    page.save(out, format="PNG")
    return out.getvalue()


def _scanned_document(users):
    doc = make_document(users["vanthu"], [{"text": "Giao Sở Tài chính tổng hợp, báo cáo UBND tỉnh."}])
    doc.parsed["metadata"] = {"ocr": {"dpi": 150, "low_confidence": [
        {"text": "53", "span": [4, 6], "page": 1, "box": [400, 300, 520, 360], "conf": 12.0, "read": "b3",
         "handwritten": True},
    ]}}
    doc.file.save("scan.png", ContentFile(_scan_png()), save=False)
    doc.save()
    return doc


def test_review_page_shows_the_crop_beside_a_handwritten_value(client, users):
    doc = _scanned_document(users)
    client.force_login(users["vanthu"])
    page = client.get(reverse("web:document", args=[doc.pk])).content.decode()
    assert "Giá trị cần đối chiếu với bản quét (1)" in page
    assert "viết tay" in page and "máy đọc thô “b3”" in page
    assert reverse("web:document_crop", args=[doc.pk, 0]) in page

    crop = client.get(reverse("web:document_crop", args=[doc.pk, 0]))
    assert crop.status_code == 200 and crop["Content-Type"] == "image/png"
    image = Image.open(io.BytesIO(crop.content))
    assert image.width < 1240 and image.height < 400  # a crop, not the page
    assert min(image.convert("L").getdata()) == 0  # the ink is in it


def test_crop_of_a_value_that_does_not_exist_is_404(client, users):
    doc = _scanned_document(users)
    client.force_login(users["vanthu"])
    assert client.get(reverse("web:document_crop", args=[doc.pk, 3])).status_code == 404
