"""End to end on scanned-looking pages made from our own sample notice (see samples.py)."""

from __future__ import annotations

import io
import os

import pytest

from chidao.documents.ocr import engine, ocr_image, ocr_pdf, reader
from chidao.documents.readers import ReadError
from chidao.documents.text import fold

from .samples import sample_page

pytestmark = [pytest.mark.ocr, pytest.mark.slow]


def _png(**kw) -> bytes:
    buf = io.BytesIO()
    sample_page(**kw).save(buf, format="PNG", dpi=(300, 300))
    return buf.getvalue()


@pytest.fixture(scope="module")
def scanned():
    if engine.missing() is not None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must run the OCR tests: {engine.missing()}")
        pytest.skip(f"OCR tests skipped: {engine.missing()}")
    return ocr_image(_png(seal=True, stamp=True, skew=1.2, noise=0.03), "scan.png")


def test_source_is_ocr(scanned):
    assert scanned.source.encoding == "ocr"
    assert scanned.source.media_type == "image/png"
    assert scanned.source.sha256


@pytest.mark.parametrize(
    "line",
    ["ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "THÔNG BÁO",
     "Kết luận của Chủ tịch về công tác phòng chống hạn hán", "Nơi nhận:"],
)
def test_lines_are_read(scanned, line):
    assert line in scanned.text.splitlines()


def test_header_then_closing_order(scanned):
    lines = scanned.text.splitlines()
    order = [lines.index(x) for x in ("ỦY BAN NHÂN DÂN", "HUYỆN AN HÒA", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                      "THÔNG BÁO", "Nơi nhận:")]
    assert order == sorted(order)
    assert "KT. CHỦ TỊCH" not in lines[lines.index("Nơi nhận:")]


def test_stamp_is_metadata_not_text(scanned):
    assert "Ký bởi" not in scanned.text
    assert scanned.metadata["stamps"]["signature"]["time"] == "2024-03-05T09:15:30"


def test_skew_is_recorded(scanned):
    assert scanned.metadata["ocr"]["pages"][0]["skew"] == pytest.approx(1.2, abs=0.3)


def test_spans_point_into_text(scanned):
    info = scanned.metadata["ocr"]
    for entry in info["corrections"] + info["low_confidence"]:
        start, end = entry["span"]
        assert scanned.text[start:end] == entry["text"]
        assert entry["page"] == 1 and len(entry["box"]) == 4


def test_second_read_comes_from_cache(scanned, monkeypatch):
    def boom(*a, **k):
        raise AssertionError("read twice")

    monkeypatch.setattr(reader, "_ocr_images", boom)
    again = ocr_image(_png(seal=True, stamp=True, skew=1.2, noise=0.03), "again.png")
    assert again.text == scanned.text
    assert again.source.name == "again.png"


def test_image_only_pdf(scanned):
    buf = io.BytesIO()
    sample_page(skew=-0.8).save(buf, format="PDF", resolution=300)
    out = ocr_pdf(buf.getvalue(), "scan.pdf")
    assert out.source.encoding == "ocr"
    assert "phong chong han han" in fold(out.text)
    assert out.metadata["ocr"]["pages"][0]["read"] == "ocr"


@pytest.mark.parametrize(("fn", "name"), [(ocr_image, "x.png"), (ocr_pdf, "x.pdf")])
def test_unreadable_input_raises_read_error(scanned, fn, name):
    with pytest.raises(ReadError):
        fn(b"not an image at all", name)


@pytest.mark.parametrize(
    ("text", "good"),
    [("Ủy ban nhân dân tỉnh giao các sở ngành chủ trì phối hợp thực hiện " * 3, True),
     ("", False), ("Ký bởi: Ủy ban nhân dân tỉnh", False), ("#$%& qwx zzv " * 20, False)],
)
def test_text_layer_quality(text, good):
    assert reader.text_layer_is_good(text) is good


def test_low_resolution_page_upside_down(scanned):
    page = sample_page().rotate(180)
    small = page.resize((page.width // 2, page.height // 2))  # about 150 dpi
    buf = io.BytesIO()
    small.save(buf, format="JPEG", quality=85)
    out = ocr_image(buf.getvalue(), "photo.jpg")
    assert out.metadata["ocr"]["pages"][0]["turn"] == 180
    assert "THÔNG BÁO" in out.text.splitlines()
    assert out.source.media_type == "image/jpeg"
