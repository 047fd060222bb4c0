"""Plain text: UTF-8 (BOM or not), UTF-16 (BOM or not), Windows-1258, and TCVN3/VNI typed text.

The byte encoding is decided first; then `legacy.convert_text` looks for paragraphs typed in a legacy font
encoding (which survive any byte encoding as Latin-1 look-alikes) and converts those with strong evidence.
"""

from __future__ import annotations

import codecs
import re

from chidao.documents import legacy
from chidao.documents.alternation import as_written
from chidao.documents.data import load_toml
from chidao.documents.data.formal import header_markers
from chidao.documents.readers.pdf_lines import drop_page_numbers
from chidao.documents.readers.source import SourceText, clean_text, make_source, normalise_newlines
from chidao.documents.text import nfc

# cp1252 for the C1 range, so that bytes 0x80-0x9F of a legacy file become the quotes and dashes they showed.
_C1_AS_CP1252 = {
    b: bytes([b]).decode("cp1252") for b in range(0x80, 0xA0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
}


def read_text(raw: bytes, name: str) -> SourceText:
    text, encoding = decode_bytes(raw)
    converted, used = legacy.convert_text(
        _drop_page_numbers(drop_gazette_heads(_page_marks_as_breaks(nfc(normalise_newlines(text)))))
    )  # before clean_text; NFC still unless a legacy paragraph was decoded (whole lines dropped keep it so)
    return SourceText(
        text=clean_text(unroll_cell_breaks(converted), is_nfc=used is None),
        source=make_source(raw, name, "text/plain", used or encoding),
        nfc=True,
    )


# A page break that a PDF-to-text converter writes as a line of its own (`--- PAGE BREAK ---`, `=== Page 3 ===`,
# `-- Trang 2 --`): the line stands where a paged export puts a form feed.
_PAGE_MARK = re.compile(
    r"^[ \t]*(?:-{2,}|={2,})[ \t]*(?:PAGE[ \t]+BREAK|(?:PAGE|TRANG)[ \t]+\d{1,3}(?:[ \t]*/[ \t]*\d{1,3})?)[ \t]*(?:-{2,}|={2,})[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def _page_marks_as_breaks(text: str) -> str:
    """A converter's page-break line (`--- PAGE BREAK ---`) as the form feed it stands for, so that the page's
    number and the blank lines around the break go as they do in a paged export."""
    if not _has_page_mark(text):
        return text
    return _PAGE_MARK.sub("\f", text)


def _has_page_mark(text: str) -> bool:
    """Whether a line of `text` is a page-break line: tried only on the lines that hold its rule (`--`, `==`), found
    by `str.find` (`_PAGE_MARK` over the whole text tries every position: markdown tables hold `---` too)."""
    for rule in ("--", "=="):
        at = text.find(rule)
        while at >= 0:
            if _PAGE_MARK.match(text, text.rfind("\n", 0, at) + 1) is not None:
                return True
            end = text.find("\n", at)
            if end < 0:
                break
            at = text.find(rule, end)
    return False


_CELL_BREAK = re.compile(r"<br\s*/?>", re.I)


# A layout table (the header's issuer | national motto, the closing's Nơi nhận | signer) fills at most this many
# cells of a row; a row with more filled cells is a row of a table of data (`STT | Nhiệm vụ | Đơn vị<br>chủ trì |
# … | Giai đoạn<br>2026 - 2030`), where a break only wraps a cell's text
_LAYOUT_CELLS = 2


# a break before a unit's name in a data table's cell (`Văn phòng UBND tỉnh<br>Sở Tư pháp`): one name a line, the
# names of the cell's list (`[cell_breaks]` of data/task_columns.toml)
_NAME_BREAK = re.compile(
    rf"(?<=[^\s,;:])\s*<br\s*/?>\s*(?=(?:{'|'.join(map(re.escape, load_toml('task_columns.toml')['cell_breaks']['name_heads']))})\s)"
)


def _data_row(line: str) -> str:
    """A data table's row with its breaks read: a break before a unit's name parts the cell's names (`; `), any
    other break only wraps the cell's text (a space)."""
    return _CELL_BREAK.sub(" ", _NAME_BREAK.sub("; ", line))


def unroll_cell_breaks(text: str) -> str:
    """A markdown table row whose cells hold HTML line breaks (`| ỦY BAN<br>NHÂN DÂN<br>Số: 12/TB-UBND | CỘNG
    HÒA …<br>Độc lập …<br>*Hà Nội, ngày …* |`, as converters write a header or a closing table) as the rows those
    lines make side by side: the k-th line of every cell on the k-th row, a cell with fewer lines empty below
    them, and a row that is all empty (the breaks before a signer's name) dropped. In a row of a data table (more
    than two cells filled) a break wraps its cell's text: it is read as a space. Other text is kept."""
    if "<br" not in text and "<BR" not in text:
        return text
    out: list[str] = []
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped.startswith("|") or not _CELL_BREAK.search(stripped):
            out.append(line)
            continue
        inner = stripped[1:-1] if stripped.endswith("|") and len(stripped) > 1 else stripped[1:]
        if sum(1 for cell in inner.split("|") if cell.strip()) > _LAYOUT_CELLS:
            out.append(_data_row(line))
            continue
        cells = _number_beside_date([_CELL_BREAK.split(cell) for cell in inner.split("|")])
        for k in range(max(len(parts) for parts in cells)):
            row = [parts[k].strip() if k < len(parts) else "" for parts in cells]
            if any(row):
                out.append("| " + " | ".join(row) + " |")
    return "\n".join(out)


_NUMBER_LINE = re.compile(r"\W*s[ốố]\s*:", re.I)
_DATE_LINE = re.compile(r"ngày\b.{0,20}\btháng\b.{0,20}\bnăm\b", re.I)


def _number_beside_date(cells: list[list[str]]) -> list[list[str]]:
    """The cells' lines top-aligned, save that the number's line (`Số: …`) and the place and date's line stand on
    one row, as a header sets them side by side (the issuer's column often has more lines above its number than
    the national motto's above the date): the cell whose line comes higher is moved down to meet the other."""
    number = next(((i, k) for i, parts in enumerate(cells) for k, t in enumerate(parts) if _NUMBER_LINE.match(t)), None)
    date = next(((i, k) for i, parts in enumerate(cells) for k, t in enumerate(parts) if _DATE_LINE.search(t)), None)
    if number is None or date is None or number[0] == date[0] or number[1] == date[1]:
        return cells
    (low, k_low), (_high, k_high) = sorted((number, date), key=lambda at: at[1])
    out = list(cells)
    out[low] = [""] * (k_high - k_low) + cells[low]
    return out


# A gazette's running head (`CÔNG BÁO/Số 421 + 422/Ngày 15-9-2023`, `[gazette_heads]` of issuer_markers.toml) and
# the page's number, a bare figure on the line just above or below it.
_GAZETTE_NAMES = header_markers().gazette_heads
_GAZETTE_HEAD = re.compile(
    rf"\s*{as_written(_GAZETTE_NAMES)}\s*/\s*Số\s+\d+(?:\s*\+\s*\d+)*\s*/\s*Ngày\s+\d{{1,2}}\s*[-/.]\s*\d{{1,2}}"
    r"\s*[-/.]\s*\d{4}\s*"
)
_BARE_FIGURE = re.compile(r"\s*\d{1,4}\s*")


def is_gazette_head(line: str) -> bool:
    """`CÔNG BÁO/Số 118/Ngày 03-02-2025`: a gazette's running head, alone on its line."""
    return _GAZETTE_HEAD.fullmatch(line) is not None


def drop_gazette_heads(text: str) -> str:
    """A text copied from a gazette (a Công báo PDF's text, no form feeds) without the gazette's running head, the
    page number beside it and the blank lines around them, at every page break: the header then starts at the
    issuer, and a paragraph broken by the page runs on as on one page."""
    if not any(name in text for name in _GAZETTE_NAMES):
        return text
    lines = text.split("\n")
    drop: set[int] = set()
    for i, line in enumerate(lines):
        if not is_gazette_head(line):
            continue
        lo = i - 1 if i > 0 and _BARE_FIGURE.fullmatch(lines[i - 1]) else i
        hi = i + 1 if i + 1 < len(lines) and _BARE_FIGURE.fullmatch(lines[i + 1]) else i
        while lo > 0 and not lines[lo - 1].strip():
            lo -= 1
        while hi + 1 < len(lines) and not lines[hi + 1].strip():
            hi += 1
        drop.update(range(lo, hi + 1))
    if not drop:
        return text
    return "\n".join(line for k, line in enumerate(lines) if k not in drop)


def _drop_page_numbers(text: str) -> str:
    """A paged export (`pdftotext`) separates pages with form feeds: a bare number at the top or bottom of
    a page is its page number, and a line that heads (or foots) every page alike is a running header (footer),
    not text."""
    if "\f" not in text:
        return text
    pages = _drop_running_lines([drop_page_numbers(page.split("\n")) for page in text.split("\f")])
    pages = [drop_page_numbers(page) for page in pages]
    # the blank lines around the furniture go with it: a paragraph broken by the page runs on as on one page
    last = len(pages) - 1
    return "\f".join(
        "\n".join(_trim_blank(page, head=k > 0, foot=k < last)) for k, page in enumerate(pages)
    )


def _trim_blank(page: list[str], head: bool, foot: bool) -> list[str]:
    """The page's lines without the blank lines at its head and (or) its foot."""
    start, end = 0, len(page)
    while head and start < end and not page[start].strip():
        start += 1
    while foot and end > start and not page[end - 1].strip():
        end -= 1
    return page[start:end]


_FIGURES = re.compile(r"\d+")
_RUNNING_LINE_LONGEST = 120  # a running header is a title, a number or a name, never a paragraph


def _edge(page: list[str], last: bool) -> int | None:
    """The index of the first (or last) non-blank line of a page."""
    order = range(len(page) - 1, -1, -1) if last else range(len(page))
    return next((i for i in order if page[i].strip()), None)


def _drop_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """Pages without their running header and footer: the line that opens every page after the first (closes
    every page before the last) alike, figures aside (`Trang 2`, `Trang 3`). Two pages of it at least, or one
    that repeats the line the first page opens (closes) with."""
    if len(pages) < 2:
        return pages
    out = [list(page) for page in pages]
    for last in (False, True):
        repeated = range(len(out) - 1) if last else range(1, len(out))
        edges = [_edge(out[k], last) for k in repeated]
        if any(at is None for at in edges):
            continue
        seen = {_FIGURES.sub("#", out[k][at].strip()) for k, at in zip(repeated, edges, strict=True) if at is not None}
        line = next(iter(seen))
        if len(seen) != 1 or len(line) > _RUNNING_LINE_LONGEST:
            continue
        if len(edges) < 2:  # one repeat: only as the same line at the same edge of the other page
            other = out[-1] if last else out[0]
            at = _edge(other, last)
            if at is None or _FIGURES.sub("#", other[at].strip()) != line:
                continue
        for k, at in zip(repeated, edges, strict=True):
            if at is not None:
                del out[k][at]
    return out


def decode_bytes(raw: bytes) -> tuple[str, str]:
    """(text, encoding name) of raw bytes: utf-8, utf-16, or cp1258 / latin-1 look-alikes for legacy text."""
    if raw.startswith(codecs.BOM_UTF8):
        return raw[3:].decode("utf-8", errors="replace"), "utf-8"
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16", errors="replace"), "utf-16"
    utf16 = _bomless_utf16(raw)
    if utf16:
        return raw.decode(utf16, errors="replace"), "utf-16"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    mostly = raw.decode("utf-8", errors="replace")
    if mostly.count("\ufffd") <= max(3, len(mostly) // 500):  # UTF-8 with a stray byte or two
        return mostly, "utf-8"
    return _single_byte(raw)


def _bomless_utf16(raw: bytes) -> str | None:
    """utf-16-le/-be when zero bytes sit on one parity: ASCII letters, digits and spaces have a zero high byte."""
    sample = raw[:4096]
    if len(sample) < 4 or len(sample) % 2:
        sample = sample[: len(sample) - len(sample) % 2]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if odd >= 0.3 * half and even <= 0.02 * half:
        return "utf-16-le"
    if even >= 0.3 * half and odd <= 0.02 * half:
        return "utf-16-be"
    return None


def _single_byte(raw: bytes) -> tuple[str, str]:
    """Not UTF-8: Windows-1258 if that reads as Vietnamese, else Latin-1 look-alikes for the legacy check."""
    as_cp1258 = nfc(raw.decode("cp1258", errors="replace"))
    as_latin = raw.decode("latin-1").translate({b: ch for b, ch in _C1_AS_CP1252.items()})
    if _syllable_share(as_cp1258) >= _syllable_share(as_latin) + 0.05:
        return as_cp1258, "cp1258"
    return as_latin, "cp1252"


def _syllable_share(text: str) -> float:
    words = [w for w in text[:20000].split() if any(ch.isalpha() and ord(ch) > 127 for ch in w)]
    if not words:
        return 0.0
    return sum(legacy.is_syllable(w.strip(".,;:!?()\"'")) for w in words) / len(words)
