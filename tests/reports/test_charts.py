"""SVG and PNG charts drawn from one layout."""

from __future__ import annotations

import io

from lxml import etree
from PIL import Image

from chidao.reports.writers import charts

NS = {"s": "http://www.w3.org/2000/svg"}


def test_bar_chart_svg_has_a_bar_and_the_number_per_unit() -> None:
    chart = charts.bars("Tỷ lệ đúng hạn", [("Sở Tài chính", 75.0, "3/4"), ("Sở <Xây dựng>", None, "0/0")])
    svg = etree.fromstring(charts.to_svg(chart).encode())
    assert svg.get("role") == "img" and svg.find("s:title", NS).text == "Tỷ lệ đúng hạn"
    texts = [t.text for t in svg.findall("s:text", NS)]
    assert {"Sở Tài chính", "75,0% (3/4)", "Sở <Xây dựng>", "— (0/0)"} <= set(texts)
    assert len(svg.findall("s:rect", NS)) == 1  # no bar where nothing was due


def test_trend_breaks_the_line_at_empty_months() -> None:
    chart = charts.trend(
        "Theo tháng", [("09/2026", 50.0), ("10/2026", None), ("11/2026", 100.0), ("12/2026", 80.0)]
    )
    svg = etree.fromstring(charts.to_svg(chart).encode())
    assert len(svg.findall("s:circle", NS)) == 3
    data_lines = [ln for ln in svg.findall("s:line", NS) if ln.get("stroke") == charts.BAR]
    assert len(data_lines) == 1


def test_png_has_the_chart_size() -> None:
    chart = charts.bars("Tỷ lệ", [("A", 10.0, "1/10")])
    img = Image.open(io.BytesIO(charts.to_png(chart, scale=1)))
    assert img.size == (chart.width, chart.height)
