"""Closing blocks: signature (authority chain, title, name), Nơi nhận, Lưu; and where the body ends.

The closing zone starts at `Nơi nhận` (or at the signature block when that comes first or there is no
Nơi nhận) and runs while lines are recipients, the Lưu line or signature lines. Each line is cut into cells,
so a signature beside the recipient list (two columns flattened by a text export) is read apart from it.
When a substantial text follows the closing blocks (an annex, a programme issued with a decision), the body
span runs to the end of the document so the task extractor sees the annex too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise
from typing import Final

from chidao.documents.alternation import alternation
from chidao.documents.data import load_toml
from chidao.documents.data.formal import authority_markers, formal_labels
from chidao.documents.model import Document, Signature
from chidao.documents.parts import recipients as rc
from chidao.documents.parts.archive import is_archive, read_archive
from chidao.documents.parts.cells import Cell, is_upper, line_cells
from chidao.documents.parts.furniture import is_page_furniture
from chidao.documents.parts.issuer import mass_body
from chidao.documents.parts.signature import (
    find_glued_marker,
    find_markers,
    is_name,
    is_signed_mark,
    is_title,
    leading_marker,
    read_signature,
    starts_title,
    starts_with_marker,
    title_then_name,
    wrapped_name_end,
)
from chidao.documents.parts.type_subject import type_name_at
from chidao.documents.text import Line, fold_chars

_LOOK_UP = 8  # lines above Nơi nhận that may hold the signature block
_ANNEX = 200  # characters after the closing blocks that make an annex worth reading


@dataclass
class _Zone:
    recipients: list[list[Cell]] = field(default_factory=list)
    archive: Cell | None = None
    signature: list[Cell] = field(default_factory=list)
    in_recipients: bool = False
    start: int | None = None
    end: int = 0

    def take(self, cell: Cell) -> None:
        self.start = cell.start if self.start is None else min(self.start, cell.start)
        self.end = max(self.end, cell.end)


# What a line must hold for one of its cells to open with `Nơi nhận` (markup between the words is masked).
# (`recipients` of `[labels]` in issuer_markers.toml; `_nhan_lines` finds its last word's `ậ` first)
_NOI_NHAN = formal_labels().recipient_spellings  # (also as OCR prints it: `Noi nhận`)
_NOI_NHAN_FIRST: Final = tuple(sorted({w.split()[0] for w in _NOI_NHAN}))
_NOI_NHAN_WORDS = re.compile(
    alternation([*(w.lower() for w in _NOI_NHAN), formal_labels().recipients_misread.lower()], space=r"[\s*#|]+"),
    re.IGNORECASE,
)
_NOI_NHAN_INSIDE = re.compile(rf"(?<=[.;:!?/)])\s*(?={alternation(_NOI_NHAN)}\s*:)")


def _cells(doc: Document, line: Line) -> list[Cell]:
    """A line's cells, also cut where a flat export glued `Nơi nhận:` after the last sentence, or a signature
    after the Lưu line (`- Lưu: VT, KH. KT. GIÁM ĐỐC ...`)."""
    out: list[Cell] = []
    for cell in line_cells(doc.text, line):
        cuts = [m.end() for m in _NOI_NHAN_INSIDE.finditer(cell.masked)] if any(w in cell.raw for w in _NOI_NHAN_FIRST) else []
        cut = _signature_after_archive(cell)
        if cut is not None:
            cuts.append(cut)
        if not cuts:
            out.append(cell)  # a line's cell is trimmed already: the one piece is the cell itself
            continue
        bounds = [0, *sorted(cuts), len(cell.raw)]
        out.extend(p for p in (cell.sub(a, b) for a, b in pairwise(bounds)) if p.text)
    return out


class _LineCells:
    """Each line's cells, cut once per document: the anchor, the look-up and the walk read the same lines."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.cut: dict[int, list[Cell]] = {}

    def __call__(self, line: Line) -> list[Cell]:
        cells = self.cut.get(line.index)
        if cells is None:
            cells = self.cut[line.index] = _cells(self.doc, line)
        return cells


def _signature_after_archive(cell: Cell) -> int | None:
    """Where a signature glued after the Lưu line starts (`Lưu: VT, KT. KT. CHỦ TỊCH ...`), if one does."""
    if not is_archive(cell.text):
        return None
    for m in find_markers(cell.masked):
        rest = cell.masked[m.end() :]
        after = rest.split()[:2]
        if starts_with_marker(rest):
            continue
        if m.start() > 0 and len(after) == 2 and all(is_upper(w) and len(w) > 1 for w in after):
            return m.start()
    glued = find_glued_marker(cell.masked)
    if glued is not None:
        return glued
    # a signature without a marker glued after the closed Lưu entry, maybe after its drafter's name (`Lưu: VT, ĐMDN
    # (2b). Trung Anh BỘ TRƯỞNG, CHỦ NHIỆM Mai Tiến Dũng`): a title in capitals, then a name to the line's end
    closed = _ARCHIVE_CLOSED.search(cell.masked)
    if closed is None:
        return None
    for w in _WORD_START.finditer(cell.masked, closed.end()):
        rest = cell.masked[w.start() :]
        if starts_title(rest) and title_then_name(rest):
            return w.start()
    return None


_ARCHIVE_CLOSED = re.compile(r"[.)]\s+(?=\S)")
_WORD_START = re.compile(r"(?<!\S)\S")


# After a recipient entry's closing `;`, `,` or `.`: the rest of the line, which a flat export of the two columns
# (Nơi nhận left, signature right) puts there.
_AFTER_ENTRY = re.compile(r"[;,.]\s+(?=\S)")


def _signature_after_recipient(cell: Cell) -> int | None:
    """Where the signature column's line glued after a recipient entry starts (`- Như trên; KT. CHỦ TỊCH`,
    `- Sở Tài chính; PHÓ CHỦ TỊCH`): a marker with two capitalised words after it, or a title in capitals, after
    the entry's closing punctuation and running to the line's end."""
    for m in _AFTER_ENTRY.finditer(cell.masked):
        rest = cell.masked[m.end() :].strip()
        if starts_with_marker(rest) and len(rest.split()) >= 2 and is_upper(rest):
            return m.end()
        if is_upper(rest) and is_title(rest):
            return m.end()
    return None


@cache
def _annex_openers() -> tuple[str, ...]:
    """`annex_openers` of `[titles]` in data/authority_markers.toml."""
    return tuple(load_toml("authority_markers.toml")["titles"]["annex_openers"])


def _is_annex_title(cell: Cell) -> bool:
    """`DANH SÁCH CÁC TỈNH …`, `PHỤ LỤC 1`: an annex's title (`annex_openers`)."""
    return cell.text.upper().startswith(_annex_openers())


def _opens_document(cell: Cell) -> bool:
    """`QUY CHẾ`, `CHƯƠNG TRÌNH HÀNH ĐỘNG …`, `QUYẾT ĐỊNH`: a type name opening a line in capitals, the title of what a
    decision issues with it (`Ban hành kèm theo Quyết định này …`) or of the next document on the page."""
    return cell.upper and type_name_at(cell.text, fold_chars(cell.text), 0) is not None


def _is_signature_cell(cell: Cell) -> bool:
    text = cell.text
    if _is_annex_title(cell) or _opens_document(cell):
        return False  # an annex's title, or a document's: the closing blocks end before it
    if starts_with_marker(text) or is_signed_mark(text):
        return True
    if text.endswith((";", ",")):
        return False
    if is_name(text.rstrip(".")):
        return True
    if len(text) <= 80 and cell.upper:
        return True
    if len(text.split()) <= 6 and "," not in text and starts_title(text):
        return True  # `Phó Chủ tịch`: a title typed in lower case under a capitals style
    return title_then_name(text)


def _main_column(cells: list[Cell]) -> list[Cell]:
    """Where two signature blocks stand side by side (`THƯ KÝ` | `CHỦ TRÌ`), the column of the first authority
    marker (else the right-hand one): on a line with two cells of the same kind, keep the nearer one."""
    marked = [c for c in cells if starts_with_marker(c.text)]
    by_line: dict[int, list[Cell]] = {}
    for cell in cells:
        by_line.setdefault(cell.line, []).append(cell)
    if all(len(group) == 1 for group in by_line.values()):
        return cells
    reference = marked[0].column if marked else max(c.column for c in cells)
    kept: list[Cell] = []
    for group in by_line.values():
        kinds = {is_name(c.text.rstrip(".")) for c in group}
        if len(group) > 1 and len(kinds) == 1 and not _one_chain(group):
            group = [min(group, key=lambda c: abs(c.column - reference))]
        kept.extend(group)
    return kept


# the markers of the body a signer acts for (`TM. ỦY BAN NHÂN DÂN`), that a deputy's marker follows in one chain
_FOR_BODY = ("TM.", "T/M")


def _one_chain(group: list[Cell]) -> bool:
    """`TM. ỦY BAN NHÂN DÂN` | `KT. CHỦ TỊCH …` on one line, a wide gap between (a table cell's text laid out):
    one block's chain of authority, the body then the deputy's marker, not two blocks side by side."""
    if len(group) != 2:
        return False
    first, second = (leading_marker(c.text) for c in sorted(group, key=lambda c: c.column))
    return first in _FOR_BODY and second is not None and second not in _FOR_BODY


def _has_name(zone: _Zone) -> bool:
    sig = read_signature([c.text for c in zone.signature], None)
    return bool(sig and sig.name)


def _signature_line(cells_of: _LineCells, line: Line) -> bool:
    cells = cells_of(line)
    return bool(cells) and all(_is_signature_cell(c) for c in cells)


def _nhan_lines(doc: Document, lines: list[Line], first: int) -> Iterator[tuple[Line, list[int]]]:
    """The lines from `first` on whose text holds `nhận` in any case, in order, each with where its `ậ`s
    of `nhận` are. Found from the text's `ậ` and `Ậ` (only N/n, H/h and Ậ/ậ lower to those letters): a
    rare letter is cheap to search for, where lowering every line, or the whole text, is not. (`nhân` before a
    colon, a scan's `Nơi nhân:`, is found from the colons.)"""
    if first >= len(lines):
        return
    text = doc.text
    hits: list[int] = []
    for letter in "ậẬ":
        at = text.find(letter, lines[first].start)
        while at >= 0:
            if text[at - 2 : at].lower() == "nh" and text[at + 1 : at + 2].lower() == "n":
                hits.append(at)
            at = text.find(letter, at + 1)
    # ... and `Nơi nhân:`, a scan's reading: found from its colon, the rarer letter
    at = text.find(":", lines[first].start)
    while at >= 0:
        if text[at - 4 : at].lower() == "nhân":
            hits.append(at - 2)
        elif text[at - 5 : at - 1].lower() == "nhân" and text[at - 1] == " ":
            hits.append(at - 3)
        at = text.find(":", at + 1)
    i = first
    found: list[int] = []
    for at in sorted(hits):
        if lines[i].end <= at:
            if found:
                yield lines[i], found
                found = []
            while lines[i].end <= at:
                i += 1
        found.append(at)
    if found:
        yield lines[i], found


def _noi_nhan_words(text: str, line: Line, hits: list[int]) -> bool:
    """`_NOI_NHAN_WORDS.search(text, line.start, line.end)`, tried only where a match can be: it ends with a
    `nhận` (its `ậ` in `hits`), after the blanks before that and the three letters of `Nơi`."""
    for at in hits:
        begin = at - 2  # the `n` of `nhận`
        while begin > line.start and (text[begin - 1].isspace() or text[begin - 1] in "*#|"):
            begin -= 1
        if begin - 3 >= line.start and _NOI_NHAN_WORDS.match(text, begin - 3, line.end):
            return True
    return False


def _anchor(doc: Document, cells_of: _LineCells, lines: list[Line], first: int) -> int | None:
    """The line where the closing zone starts: Nơi nhận, else the last authority marker, else a trailing
    title + name pair."""
    for line, hits in _nhan_lines(doc, lines, first):
        if not _noi_nhan_words(doc.text, line, hits):
            continue  # `tiếp nhận`, `xác nhận`: no cell can open with `Nơi nhận`
        if any(rc.is_noi_nhan(c.text) for c in cells_of(line)):
            return line.index
    for line in reversed(lines[first:]):
        if line.text and any(starts_with_marker(c.text) for c in line_cells(doc.text, line)):
            return line.index
    # (a web copy's `(Đã ký)` between them stands where the signature was; its title may be in title case)
    tail = [line for line in lines[first:] if line.text and not is_signed_mark(line.text)][-2:]
    if len(tail) == 2 and is_name(tail[1].text) and len(tail[0].text) <= 80:
        if is_upper(tail[0].text) or is_title(tail[0].text):
            return tail[0].index
    return _signed_between(lines[first:])


def _signed_between(lines: list[Line]) -> int | None:
    """`CHỦ TỊCH` / `(Đã ký)` / `Nguyễn Văn A` before more text (the next document a web page holds, what the decision
    issues): a signer's title, the copy's mark of his signature and his name, the first such triple."""
    filled = [line for line in lines if line.text]
    for above, mark, below in zip(filled, filled[1:], filled[2:], strict=False):
        if "(" in mark.text and is_signed_mark(mark.text) and is_name(below.text) and is_title(above.text):
            return above.index
    return None


def _extend_up(cells_of: _LineCells, lines: list[Line], anchor: int, first: int) -> int:
    start = anchor
    steps = 0
    i = anchor - 1
    while i >= first and steps < _LOOK_UP:
        line = lines[i]
        if line.text and not is_page_furniture(line.text):
            if not _signature_line(cells_of, line):
                break
            start = i
            steps += 1
        i -= 1
    return start


def _scribble(cell: Cell) -> bool:
    """`Sự`, `Ẩ`: one short word that no marker, title or name is (`KT` alone is a marker)."""
    text = cell.text
    return len(text) <= 3 and text.isalpha() and not text[:1].islower() and (len(text) == 1 or not text.isupper())


def _walk(doc: Document, cells_of: _LineCells, lines: list[Line], start: int) -> _Zone:
    zone = _Zone()
    for line in lines[start:]:
        if not line.text or is_page_furniture(line.text):
            continue
        stop = False
        cells = cells_of(line)
        if line.index == start:
            opening = next((i for i, c in enumerate(cells) if rc.is_noi_nhan(c.text)), 0)
            cells = cells[opening:]  # the body's last sentence may share the line
        for cell in cells:
            if rc.is_noi_nhan(cell.text):
                zone.in_recipients = True
                zone.take(cell)
                cell = rc.strip_noi_nhan(cell)
                if not cell.text:
                    continue
            if zone.in_recipients and (rc.is_bullet(cell.text) or is_archive(cell.text)):
                for piece in rc.split_inline(cell):
                    _recipient(zone, piece, new=True)
                continue
            if zone.archive is not None and _archive_open(doc, zone.archive, cell):
                _recipient(zone, _joined(doc, zone.archive, cell), new=True)
                continue
            if zone.signature and _scribble(cell):
                continue  # a scanned signature read as a stray syllable (`Sự`) between the title and the name
            if not zone.signature and zone.recipients and _is_annex_title(cell):
                continue  # a PDF read in its layout's order may put the annex's title before the signer's lines
            if _is_signature_cell(cell) and not (zone.in_recipients and zone.recipients and _continues(zone, cell)):
                zone.signature.append(cell)
                zone.take(cell)
                continue
            if zone.archive is not None and not zone.signature and _aside_before_signature(cells_of, lines, cell):
                continue  # `TP Nguyễn Hồng Quảng` under the Lưu line, the signer's block below it
            if zone.in_recipients and zone.archive is None:
                # An entry without its dash (lost by the export) opens the list or follows one closed by `;`.
                for i, piece in enumerate(rc.split_inline(cell)):
                    new = i > 0 or not zone.recipients or rc.closed(zone.recipients[-1][-1].text)
                    _recipient(zone, piece, new=new)
                continue
            stop = True
            break
        if stop:
            break
    return zone


_ASIDE_WORDS = 6  # the most words of a line between the Lưu line and the signature that is only an aside


def _aside_before_signature(cells_of: _LineCells, lines: list[Line], cell: Cell) -> bool:
    """A short line after the Lưu line that is neither a recipient nor the signer's (a drafter's or an aide's name,
    `TP Nguyễn Hồng Quảng`, that a web copy put there) when the next line with text opens the signature with its
    authority marker (`KT. BỘ TRƯỞNG`): passed over, so the signature below is still read."""
    if len(cell.text.split()) > _ASIDE_WORDS or cell.text.endswith((";", ":")):
        return False
    after = next((line for line in lines[cell.line + 1 :] if line.text and not is_page_furniture(line.text)), None)
    return after is not None and any(starts_with_marker(c.text) for c in cells_of(after)[:1])


def _archive_open(doc: Document, archive: Cell, cell: Cell) -> bool:
    """`- Lưu:` / `VT, KH.`: a Lưu line ending on `:` or `,` goes on on the next line (so does a count `(2)`)."""
    between = doc.text[archive.start : cell.start].rstrip(" *\t\n\r\f")
    return (between.endswith((":", ",")) or cell.text.startswith("(")) and cell.line - archive.line == 1


def _joined(doc: Document, first: Cell, last: Cell) -> Cell:
    return Cell(last.line, first.start, last.end, doc.text[first.start : last.end], first.column)


def _continues(zone: _Zone, cell: Cell) -> bool:
    """A wrapped recipient line that happens to look like a title (rare): only when the line above is open."""
    last = zone.recipients[-1][-1]
    return zone.archive is None and not rc.closed(last.text) and cell.line - last.line == 1 and cell.column <= last.column + 4


def _recipient(zone: _Zone, cell: Cell, new: bool) -> None:
    zone.take(cell)
    if is_archive(cell.text):
        cut = _signature_after_archive(cell)
        if cut is not None:
            zone.signature.append(cell.sub(cut, len(cell.raw)))
            cell = cell.sub(0, cut)
        zone.archive = cell
        return
    cut = _signature_after_recipient(cell)
    if cut is not None:
        zone.signature.append(cell.sub(cut, len(cell.raw)))
        cell = cell.sub(0, cut)
    if new or not zone.recipients:
        zone.recipients.append([cell])
    else:
        zone.recipients[-1].append(cell)


_PARTY_MARKERS = frozenset(m.marker for m in authority_markers() if m.family == "party")


def _family_from_markers(doc: Document) -> None:
    """`T/M`, `K/T`, `T/L` sign Party documents; they decide when the header did not (no Quốc hiệu read)."""
    if doc.national_motto is not None or doc.family == "party":
        return
    if mass_body(doc.issuer, doc.number.symbol if doc.number else None):
        return  # a mass organisation signs `T/M BAN THƯỜNG VỤ` too (`[mass]` of data/issuer_markers.toml)
    if any(a.marker in _PARTY_MARKERS for a in doc.signatures[0].authority):
        doc.family = "party"


def _complete_name(lines: list[Line], sig: Signature, cells: list[Cell]) -> None:
    """A name cut by a wrap (`Nguyễn Hữu` / `Tháp ...`) takes its last word from the next line."""
    name = sig.name
    at = next((c for c in cells if name and c.text.endswith(name)), None)
    if name is None or at is None:
        return
    after = next((line for line in lines[at.line + 1 :] if line.text and not is_page_furniture(line.text)), None)
    end = wrapped_name_end(name, after.text) if after else None
    if after and end:
        sig.name = f"{name} {end}"
        if sig.span:
            sig.span = (sig.span[0], max(sig.span[1], after.start + after.text.index(end) + len(end)))


def read_closing(doc: Document, lines: list[Line]) -> None:
    """Fill signatures, recipients, archive; narrow body_span to end before the closing blocks."""
    body_start = doc.body_span[0] if doc.body_span else 0
    first = next((line.index for line in lines if line.end > body_start), len(lines))
    cells_of = _LineCells(doc)
    anchor = _anchor(doc, cells_of, lines, first)
    if anchor is None:
        return
    start = _extend_up(cells_of, lines, anchor, first + 1)
    zone = _walk(doc, cells_of, lines, start)
    if zone.signature:
        cells = _main_column(zone.signature)
        sig = read_signature([c.text for c in cells], (cells[0].start, cells[-1].end))
        if sig:
            _complete_name(lines, sig, cells)
            doc.signatures.append(sig)
            _family_from_markers(doc)
    doc.recipients = [r for r in (rc.make_recipient(cells) for cells in zone.recipients) if r is not None]
    if zone.archive is not None:
        doc.archive = read_archive(zone.archive.text, zone.archive.span)
    if zone.start is None:
        return
    end = len(doc.text) if _annex_follows(doc.text, zone.end) else zone.start
    doc.body_span = (body_start, max(body_start, end))


def _annex_follows(text: str, end: int) -> bool:
    """At least `_ANNEX` non-space characters after `end`: counted in a short stretch first (an annex is
    long; counting it all costs more than the closing blocks), in the rest only when that falls short."""
    head = text[end : end + 4 * _ANNEX]
    if len("".join(head.split())) >= _ANNEX:
        return True
    return end + len(head) < len(text) and len("".join(text[end:].split())) >= _ANNEX


__all__ = ["read_closing"]
