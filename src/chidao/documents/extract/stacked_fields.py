"""Field labels standing alone on their line over the units they name, as plans lay out a section's lead and
helper units below its items (`a) Cơ quan chủ trì` / `- Sở Y tế.` / `- UBND các huyện.`): each such label and its
unit lines are joined into the one field line they stand for (`Cơ quan chủ trì: Sở Y tế; UBND các huyện`), which
the task reader then reads as a field written on one line; the title of such a group of fields (`2. Cơ quan chủ
trì, phối hợp`) is dropped, being no item. `[stacked_fields]` of data/task_columns.toml.
"""

from __future__ import annotations

import re

from chidao.documents.alternation import as_written
from chidao.documents.data import load_toml
from chidao.documents.data.task_columns import FIELDS
from chidao.documents.extract.assignees import find_units
from chidao.documents.extract.clauses import assignment, opens_item_work
from chidao.documents.extract.segments import Segment
from chidao.documents.text import fold_chars

_STACKED = load_toml("task_columns.toml")["stacked_fields"]
_TITLE_ROLE = re.compile(rf"(?:,|\s+va)\s+{as_written(_STACKED['title_roles'])}$")
_UNIT_LINE_WORDS: int = _STACKED["unit_line_words"]
_GROUP_ENDS = tuple(f" {w}" for w in _STACKED["group_ends"])
_LABELS = (FIELDS["agency"], FIELDS["coord"])


def _bare_label(text: str) -> str | None:
    """The label of a field line holding no value (`Cơ quan chủ trì`, `Đơn vị thực hiện:`), without its colon."""
    label = text.rstrip(" .:")
    if not label or ":" in label:
        return None
    folded = fold_chars(label)
    for pattern in _LABELS:
        found = pattern.match(folded + ":")
        if found is not None and found.end() >= len(folded) + 1:
            return label
    return None


def _unit_line(seg: Segment, label: Segment) -> bool:
    """Is `seg` a line naming units only, under a bare label (an item below it, or a paragraph right after it)?"""
    if seg.cells is not None or not (seg.depth > label.depth or seg.depth == 0):
        return False
    text = seg.text.strip().rstrip(" .;,")
    if not text or ":" in text or text[0] == "(" or len(text.split()) > _UNIT_LINE_WORDS:
        return False
    if opens_item_work(text) or (assignment(text) is not None and not fold_chars(text).endswith(_GROUP_ENDS)):
        return False
    return bool(find_units(text))


def _offsets(seg: Segment) -> list[int]:
    return seg.offsets if isinstance(seg.offsets, list) else list(seg.offsets)


def _joined(label: Segment, text: str, units: list[Segment]) -> Segment:
    """One field line: the label, a colon, and the units of the lines below it parted by `;`. An added character
    takes the offset of the character before it (the label's last) or of the unit it opens."""
    own = _offsets(label)[: len(text)]
    offsets: list[int] = [*own, own[-1], own[-1]]
    joined = text + ": "
    for k, unit in enumerate(units):
        part = unit.text.strip().rstrip(" .;,")
        start = len(unit.text) - len(unit.text.lstrip())
        unit_offs = _offsets(unit)[start : start + len(part)]
        if k:
            joined += "; "
            offsets += [unit_offs[0], unit_offs[0]]
        joined += part
        offsets += unit_offs
    return Segment(text=joined, offsets=offsets, marker=label.marker, depth=label.depth)


def _group_title(seg: Segment, after: Segment | None) -> bool:
    """`2. Cơ quan chủ trì, phối hợp` over a field line: the title of the fields below it, no item."""
    if after is None or after.cells is not None or seg.cells is not None or after.depth <= seg.depth:
        return False
    folded = fold_chars(seg.text.rstrip(" .:"))
    role = _TITLE_ROLE.search(folded)
    if role is None or _bare_label(seg.text[: role.start()]) is None:
        return False
    return any(p.match(fold_chars(after.text)) for p in _LABELS)


def stacked_fields(segs: list[Segment]) -> list[Segment]:
    """The segments with each bare field label and the unit lines under it joined into one field line, and the
    title over a group of fields dropped."""
    out: list[Segment] = []
    i = 0
    while i < len(segs):
        seg = segs[i]
        label = _bare_label(seg.text) if seg.cells is None else None
        if label is not None:
            k = i + 1
            while k < len(segs) and _unit_line(segs[k], seg):
                k += 1
            if k > i + 1:
                out.append(_joined(seg, label, segs[i + 1 : k]))
                i = k
                continue
        out.append(seg)
        i += 1
    return [s for k, s in enumerate(out) if not _group_title(s, out[k + 1] if k + 1 < len(out) else None)]

