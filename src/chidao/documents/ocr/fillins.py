"""Hand-filled values of the header: the number after `Số:` and the day (and month) of the date.

The văn thư writes them by pen after signing, so the print engine reads them badly (`b3` for 53, `0†`
for 07). Each slot is the gap between its printed neighbours (`Số:` … `/TB-UBND`, `ngày` … `tháng`);
it is read again several ways, digits only, and the readings vote with the first one, which counts
more when it was sure. The result is flagged as low confidence with its page box, for a person to check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from PIL import Image

from chidao.documents.ocr import engine
from chidao.documents.ocr.engine import Box, Word
from chidao.documents.text import fold

Kind = Literal["number", "day", "month"]
SURE = 90.0  # a slot already read as digits with this confidence is kept as it is
HEADER_LINES = 14
SUBSTRING_VOTE = 0.3  # a reading that is part of a longer one (a stroke missed) backs it this much
FIRST_VOTE = 1.5  # the first reading, in context, counts more than a digits-only reading of the crop
CONFUSABLE = str.maketrans({"O": "0", "o": "0", "Ø": "0", "ø": "0", "D": "0", "Q": "0", "l": "1", "I": "1",
                            "|": "1", "i": "1", "!": "1", "{": "1", "}": "1", "(": "1", ")": "1", "[": "1", "]": "1", "Z": "2", "z": "2", "S": "5", "s": "5", "b": "6",
                            "G": "6", "T": "7", "†": "7", "B": "8", "g": "9", "q": "9"})


@dataclass
class Slot:
    line: int
    start: int  # first word of the value in the line
    end: int  # word after the value (the printed anchor)
    kind: Kind
    box: Box


def _valid(kind: Kind, s: str) -> bool:
    if not s.isdigit() or int(s) == 0:
        return False
    if kind == "number":
        return len(s) <= 5
    return len(s) <= 2 and int(s) <= (31 if kind == "day" else 12)


def _box(label: Word, anchor: Word, value: list[Word]) -> Box:
    ys = [label.box[1], label.box[3], anchor.box[1], anchor.box[3]] + [v for w in value for v in (w.box[1], w.box[3])]
    return (label.box[2] + 3, min(ys) - 8, anchor.box[0] - 3, max(ys) + 8)


def _unglue(line: list[Word]) -> None:
    """`ngày{5` → `ngày` + `{5`: a pen stroke touching the printed word."""
    for i in range(len(line) - 1, -1, -1):
        w = line[i]
        m = re.match(r"^(ngày|tháng)(\W.*|\d.*)$", w.text, re.I)
        if m:
            cut = w.box[0] + (w.box[2] - w.box[0]) * len(m[1]) // len(w.text)
            line[i:i + 1] = [Word(m[1], w.conf, (w.box[0], w.box[1], cut, w.box[3]), w.line),
                             Word(m[2], w.conf, (cut, w.box[1], w.box[2], w.box[3]), w.line)]


def find_slots(lines: list[list[Word]]) -> list[Slot]:
    """The hand-fillable values among the first lines of a first page (glued words are split first)."""
    out = []
    for li, line in enumerate(lines[:HEADER_LINES]):
        _unglue(line)
        folded = [fold(w.text) for w in line]
        for i, f in enumerate(folded):
            kind: Kind | None = None
            if i == 0 and re.match(r"^so\s*:?$", f):
                kind, stop = "number", lambda w, _f: w.text.startswith(("/", "-"))  # /TB-UBND, -NQ/TU
            elif f == "ngay":
                kind, stop = "day", lambda _w, f2: f2 == "thang"
            elif f == "thang":
                kind, stop = "month", lambda _w, f2: f2 == "nam"
            if kind is None:
                continue
            j = next((k for k in range(i + 1, min(len(line), i + 4)) if stop(line[k], folded[k])), None)
            if j is None:
                continue
            box = _box(line[i], line[j], line[i + 1:j])
            if box[2] - box[0] > 8:
                out.append(Slot(li, i + 1, j, kind, box))
    return out


def vote(kind: Kind, first: str, first_conf: float, readings: list[str]) -> str | None:
    """The value the readings agree on; a reading inside a longer one also backs the longer one."""
    mapped = re.sub(r"[.,:;'`\s]", "", first).translate(CONFUSABLE)
    scores: dict[str, float] = {}
    if _valid(kind, mapped):
        scores[mapped] = FIRST_VOTE + first_conf / 100
    for r in readings:
        if _valid(kind, r):
            scores[r] = scores.get(r, 0.0) + 1
    for r in [*readings, mapped]:
        for longer in list(scores):
            if r and r != longer and r in longer:
                scores[longer] += SUBSTRING_VOTE
    if not scores:
        return None
    order = [mapped, *readings]
    return max(scores, key=lambda s: (scores[s], -order.index(s)))


def is_sure(words: list[Word]) -> bool:
    return len(words) == 1 and words[0].text.isdigit() and words[0].conf >= SURE


def read_fillins(lines: list[list[Word]], image: Image.Image) -> list[tuple[int, int, str]]:
    """Re-read the slots in place (`lines` is changed); returns (line, word, original reading) of each
    value read again."""
    slots = [s for s in find_slots(lines) if not is_sure(lines[s.line][s.start:s.end])]
    readings = engine.read_digits(image, [s.box for s in slots])
    changed = []
    for slot, reads in reversed(list(zip(slots, readings, strict=True))):  # right to left: indices stay valid
        line = lines[slot.line]
        value = line[slot.start:slot.end]
        first = "".join(w.text for w in value)
        conf = min((w.conf for w in value), default=0.0)
        best = vote(slot.kind, first, conf, reads)
        text = best if best is not None else first
        if not text:
            continue
        line[slot.start:slot.end] = [Word(text, min(conf, SURE - 1), slot.box, value[0].line if value else line[0].line)]
        changed.append((slot.line, slot.start, first))
    return changed
