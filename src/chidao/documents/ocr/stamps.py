"""Stamps printed on a page that are not document text, kept as metadata instead.

- Digital signature: `Ký bởi: <signer>`, `Cơ quan: <organisation>`, `Thời gian ký: 07/02/2025 17:12:11`.
- Công báo (official gazette) publishing stamp: `TRUNG TÂM CÔNG BÁO VÀ TIN HỌC`, an e-mail address and a
  time `10.02.2025 07:20:13 +07:00`.
- Incoming-mail stamp of the receiving office: large `CV` over `ĐẾN`, with `Số:` (số đến), `Ngày:`
  (ngày đến) and `Chuyển:` filled by hand.

`parse_stamp_text` reads the text of such stamps (from PDF annotations or recognised lines);
`split_stamps` takes the recognised words of a page and returns the words of the document and the stamps.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from statistics import median
from typing import Any

from chidao.documents.ocr.engine import Word
from chidao.documents.ocr.layout import Segment, segments
from chidao.documents.text import fold

_SIGNER = re.compile(r"^\s*K[ýy] b[ởo]i\s*[:;.]?\s*(?P<v>.+)$", re.I)
_ORG = re.compile(r"^\s*C[ơo] quan\s*[:;.]\s*(?P<v>.+)$", re.I)
_SIGN_TIME = re.compile(r"Th[ờo]i gian k[ýy]\s*[:;.]?\s*(?P<d>\d{1,2})[/.](?P<m>\d{1,2})[/.](?P<y>\d{4})"
                        r"(?:\s+(?P<t>\d{1,2}:\d{2}(?::\d{2})?))?", re.I)
_STAMP_TIME = re.compile(r"(?P<d>\d{2})\.(?P<m>\d{2})\.(?P<y>\d{4})\s+(?P<t>\d{2}:\d{2}:\d{2})(?:\s*(?P<z>[+-]\d{2}:\d{2}))?")
_ZONE = re.compile(r"^[+-]\d{2}:\d{2}$")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _iso(m: re.Match[str], zone: str | None = None) -> str:
    out = f"{int(m['y']):04d}-{int(m['m']):02d}-{int(m['d']):02d}"
    if m["t"]:
        t = m["t"] if m["t"].count(":") == 2 else m["t"] + ":00"
        out += f"T{int(t[:t.index(':')]):02d}{t[t.index(':'):]}" + (zone or "")
    return out


def parse_stamp_text(text: str) -> dict[str, Any]:
    """Metadata of signature and Công báo stamps from their text (lines in any order)."""
    sig: dict[str, Any] = {}
    gazette: dict[str, Any] = {}
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    publisher: list[str] = []
    zone = next((ln for ln in lines if _ZONE.match(ln)), None)
    for ln in lines:
        f = fold(ln)
        if m := _SIGNER.match(ln):
            sig["signer"] = m["v"].strip()
        elif m := _ORG.match(ln):
            sig["organisation"] = m["v"].strip()
        elif m := _SIGN_TIME.search(ln):
            sig["time"] = _iso(m)
        elif m := _STAMP_TIME.search(ln):
            gazette["time"] = _iso(m, m["z"] or zone)
        elif m := _EMAIL.search(ln):
            gazette["email"] = m[0]
        elif "cong bao" in f or (publisher and ("tin hoc" in f or f.startswith("va "))):
            publisher.append(ln)
    if publisher:
        gazette["publisher"] = " ".join(publisher)
    out: dict[str, Any] = {}
    if sig:
        out["signature"] = sig
    if gazette:
        out["gazette"] = gazette
    return out


@dataclass
class Stamps:
    """What `split_stamps` found on one page."""

    text_lines: list[str] = field(default_factory=list)  # signature / Công báo stamp lines
    incoming: dict[str, Any] | None = None  # số đến, ngày đến of a `CV ĐẾN` stamp
    incoming_fields: dict[str, Word] = field(default_factory=dict)  # label (so, ngay) → its word


def _is_signature(f: str) -> bool:
    return f.startswith(("ky boi", "thoi gian ky"))


def _is_gazette(seg: Segment, f: str, page_h: int) -> bool:
    if seg.y1 > 0.16 * page_h:
        return False
    return ("cong bao" in f or "tin hoc" in f or bool(_EMAIL.search(seg.text))
            or bool(_STAMP_TIME.search(seg.text)) or bool(_ZONE.match(seg.text.strip())))


def _incoming_anchor(words: list[Word], page_w: int) -> Word | None:
    """The big `ĐẾN` of an incoming-mail stamp, near the left edge."""
    if not words:
        return None
    h = median(w.height for w in words)
    for w in words:
        if fold(w.text).strip(".:|") == "den" and w.text.isupper() and w.height > 1.4 * h and w.box[0] < 0.25 * page_w:
            return w
    return None


def split_stamps(words: list[Word], page_size: tuple[int, int]) -> tuple[list[Word], Stamps]:
    """The page's words without the stamps, and the stamps."""
    page_w, page_h = page_size
    stamps = Stamps()
    segs = segments(words)
    drop: set[int] = set()
    has_signature = any(_is_signature(fold(s.text)) for s in segs)
    for seg in segs:
        f = fold(seg.text)
        if _is_signature(f) or (has_signature and f.startswith("co quan") and seg.y1 < 0.16 * page_h) or \
                _is_gazette(seg, f, page_h):
            stamps.text_lines.append(seg.text)
            drop.update(id(w) for w in seg.words)
    anchor = _incoming_anchor([w for w in words if id(w) not in drop], page_w)
    if anchor is not None:
        h = anchor.height
        labels = [s for s in segs if s.x0 < anchor.box[2] + 1.5 * h and abs(s.y0 - anchor.box[1]) < 2.5 * h]
        x1 = max([s.words[0].box[2] for s in labels] + [anchor.box[2]]) + int(2.5 * h)
        y0, y1 = anchor.box[1] - 2 * h, anchor.box[3] + h // 2
        title = [s for s in segs if anchor.box[1] - 3 * h < s.y1 <= anchor.box[1] - h
                 and s.x0 < 0.3 * page_w and s.x1 < 0.4 * page_w]
        for s in title:
            drop.update(id(w) for w in s.words)
        region = [w for w in words if x1 > w.cx and y0 < w.cy < y1]
        drop.update(id(w) for w in region)
        stamps.incoming = {"box": [0, y0, x1, y1]}
        for s in labels:
            label = fold(s.words[0].text).strip(".:;")
            if label in ("so", "ngay"):
                stamps.incoming_fields[label] = s.words[0]
    return [w for w in words if id(w) not in drop], stamps
