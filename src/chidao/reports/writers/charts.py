"""Charts as inline SVG (dashboard) or PNG (inside a .docx report), drawn from one layout.

`bars()` lays out a horizontal bar chart of rates (on-time rate per unit); `trend()` a line chart
by month. Each returns a `Chart` of primitive shapes; `to_svg()` and `to_png()` draw those shapes,
so the two outputs never drift apart. The numbers are printed beside the bars and points.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from html import escape
from typing import Literal

INK = "#1f2937"
BAR = "#2563eb"
GRID = "#d1d5db"
FONT_FILES = ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "DejaVuSans.ttf")


@dataclass(frozen=True)
class Shape:
    kind: Literal["rect", "line", "text", "circle"]
    x: float
    y: float
    w: float = 0  # rect width; line x2; circle radius
    h: float = 0  # rect height; line y2
    text: str = ""
    color: str = INK
    anchor: Literal["start", "middle", "end"] = "start"
    size: float = 12


@dataclass
class Chart:
    width: int
    height: int
    title: str
    shapes: list[Shape] = field(default_factory=list)


def bars(title: str, items: list[tuple[str, float | None, str]], width: int = 640) -> Chart:
    """One bar per (label, percent or None, detail such as `7/8`), 0–100% scale."""
    row, top, label_w, value_w = 26, 34, 190, 110
    plot_w = width - label_w - value_w
    chart = Chart(width, top + row * max(len(items), 1) + 24, title)
    chart.shapes.append(Shape("text", 0, 18, text=title, size=14))
    for tick in (0, 50, 100):
        x = label_w + plot_w * tick / 100
        chart.shapes.append(Shape("line", x, top - 4, x, chart.height - 20, color=GRID))
        chart.shapes.append(Shape("text", x, chart.height - 6, text=f"{tick}%", anchor="middle", size=10))
    for i, (label, pct, detail) in enumerate(items):
        y = top + i * row
        chart.shapes.append(Shape("text", label_w - 8, y + 16, text=_clip(label, 28), anchor="end"))
        if pct is not None:
            chart.shapes.append(Shape("rect", label_w, y + 4, max(plot_w * pct / 100, 1), row - 8, color=BAR))
        value = "—" if pct is None else f"{pct:.1f}".replace(".", ",") + "%"
        chart.shapes.append(Shape("text", label_w + plot_w + 8, y + 16, text=f"{value} ({detail})"))
    return chart


def trend(title: str, points: list[tuple[str, float | None]], width: int = 640) -> Chart:
    """A line through the months' percentages; months with nothing due are gaps."""
    top, left, bottom = 34, 40, 40
    height = 220
    plot_h, plot_w = height - top - bottom, width - left - 20
    chart = Chart(width, height, title)
    chart.shapes.append(Shape("text", 0, 18, text=title, size=14))
    for tick in (0, 50, 100):
        y = top + plot_h * (1 - tick / 100)
        chart.shapes.append(Shape("line", left, y, width - 20, y, color=GRID))
        chart.shapes.append(Shape("text", left - 6, y + 4, text=f"{tick}%", anchor="end", size=10))
    step = plot_w / max(len(points), 1)
    previous: tuple[float, float] | None = None
    for i, (label, pct) in enumerate(points):
        x = left + step * (i + 0.5)
        chart.shapes.append(Shape("text", x, height - bottom + 16, text=label, anchor="middle", size=10))
        if pct is None:
            previous = None
            continue
        y = top + plot_h * (1 - pct / 100)
        if previous:
            chart.shapes.append(Shape("line", previous[0], previous[1], x, y, color=BAR))
        chart.shapes.append(Shape("circle", x, y, 4, color=BAR))
        chart.shapes.append(Shape("text", x, y - 8, text=f"{pct:.0f}%", anchor="middle", size=10))
        previous = (x, y)
    return chart


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def to_svg(chart: Chart) -> str:
    """Inline SVG, accessible (`role="img"`, `<title>`), scalable (`viewBox`)."""
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {chart.width} {chart.height}" '
        f'role="img" aria-label="{escape(chart.title)}" font-family="sans-serif">',
        f"<title>{escape(chart.title)}</title>",
    ]
    for s in chart.shapes:
        if s.kind == "rect":
            out.append(
                f'<rect x="{s.x:.1f}" y="{s.y:.1f}" width="{s.w:.1f}" height="{s.h:.1f}" fill="{s.color}"/>'
            )
        elif s.kind == "line":
            out.append(
                f'<line x1="{s.x:.1f}" y1="{s.y:.1f}" x2="{s.w:.1f}" y2="{s.h:.1f}" stroke="{s.color}" stroke-width="2"/>'
            )
        elif s.kind == "circle":
            out.append(f'<circle cx="{s.x:.1f}" cy="{s.y:.1f}" r="{s.w:.1f}" fill="{s.color}"/>')
        else:
            out.append(
                f'<text x="{s.x:.1f}" y="{s.y:.1f}" font-size="{s.size:g}" fill="{s.color}" '
                f'text-anchor="{s.anchor}">{escape(s.text)}</text>'
            )
    out.append("</svg>")
    return "\n".join(out)


def to_png(chart: Chart, scale: float = 2.0) -> bytes:
    """The same chart as PNG (for .docx), drawn with Pillow."""
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("RGB", (int(chart.width * scale), int(chart.height * scale)), "white")
    draw = ImageDraw.Draw(img)
    fonts: dict[float, ImageFont.FreeTypeFont | ImageFont.ImageFont] = {}

    def font(size: float) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
        if size not in fonts:
            for path in FONT_FILES:
                try:
                    fonts[size] = ImageFont.truetype(path, int(size * scale))
                    break
                except OSError:
                    continue
            else:
                fonts[size] = ImageFont.load_default()
        return fonts[size]

    for s in chart.shapes:
        x, y = s.x * scale, s.y * scale
        if s.kind == "rect":
            draw.rectangle([x, y, x + s.w * scale, y + s.h * scale], fill=s.color)
        elif s.kind == "line":
            draw.line([x, y, s.w * scale, s.h * scale], fill=s.color, width=int(2 * scale))
        elif s.kind == "circle":
            r = s.w * scale
            draw.ellipse([x - r, y - r, x + r, y + r], fill=s.color)
        else:
            anchor = {"start": "ls", "middle": "ms", "end": "rs"}[s.anchor]
            draw.text((x, y), s.text, fill=s.color, font=font(s.size), anchor=anchor)
    out = io.BytesIO()
    img.save(out, format="PNG")
    return out.getvalue()
