"""Page crops around low-confidence values, from a PDF page or an image."""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageDraw

from chidao.documents.ocr.crops import crop_png


def _page() -> Image.Image:
    page = Image.new("RGB", (1240, 1754), "white")
    ImageDraw.Draw(page).rectangle((600, 800, 700, 850), fill="black")
    return page


@pytest.mark.parametrize("fmt", ["PNG", "TIFF", "PDF"])
def test_crop_holds_the_box_and_its_surroundings(fmt: str) -> None:
    raw = io.BytesIO()
    _page().save(raw, format=fmt, resolution=150)
    png = crop_png(raw.getvalue(), page=1, box=[600, 800, 700, 850], dpi=150)
    crop = Image.open(io.BytesIO(png))
    assert crop.format == "PNG"
    assert 100 < crop.width < 1240 and 50 < crop.height < 300
    assert min(crop.convert("L").getdata()) < 50  # the dark box is inside the crop
