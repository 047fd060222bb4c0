"""Page furniture: what a page break or a digital signature puts into the text between a document's lines
(`2`, `- 2 -`, `Trang 2`; `Ký bởi: ...`, `Thời gian ký: ...`). Header and closing readers step over it."""

from __future__ import annotations

import base64
import binascii
import re
from typing import Final

from chidao.documents.alternation import as_written, either_case
from chidao.documents.data import load_toml
from chidao.documents.data.formal import header_markers
from chidao.documents.parts.issuer import names_a_body
from chidao.documents.parts.number import read_number
from chidao.documents.parts.type_subject import find_type_name
from chidao.documents.text import VI_UPPER, Line

_PAGE_NUMBER: Final = re.compile(r"^(?:[-–]\s*)?\d{1,3}(?:\s*[-–])?$|^(?:[Tt]rang\s+)?\d{1,3}\s*/\s*\d{1,3}$|^[Tt]rang\s+\d{1,3}$")


# The text of a digital signature's stamp, which a PDF may lay over the closing blocks.
# (`[signature_stamp]` of data/issuer_markers.toml)
_SIGNED_STAMP: Final = re.compile(
    rf"^{as_written(header_markers().signature_stamp)}\s*:", re.IGNORECASE
)


# The file name a drafter's footer field prints (`D:\\2017\\CVUB\\uy quyen.doc`; a portal's copy may drop the colon).
_FILE_PATH = re.compile(r"^[A-Za-z]:?\\(?:[^\\]+\\)+[^\\]*$")


# The name a word processor gives a shape it draws, then its number (`straight connector 2`): `[drawing_names]`
_DRAWING_NAME = re.compile(rf"^{as_written(header_markers().drawing_names)}\s+\d{{1,3}}$", re.IGNORECASE)


# A legal site's copy mark, its id of the copy as base64 of UTF-16 text (`[copy_watermark]` of issuer_markers.toml).
_WATERMARK: Final = load_toml("issuer_markers.toml")["copy_watermark"]
_BASE64: Final = re.compile(rf"^[A-Za-z0-9+/]{{{int(_WATERMARK['least'])},}}={{0,2}}$")


def is_copy_watermark(text: str) -> bool:
    """`VABWAFAATABfADIAMAAxADgAMQAyADEAMAA=` (`TVPL_20181210`): a legal site's copy mark, alone on its line."""
    text = text.strip()
    if _BASE64.match(text) is None or len(text) % 4:
        return False
    try:
        decoded = base64.b64decode(text, validate=True).decode("utf-16-le")
    except (binascii.Error, UnicodeDecodeError):
        return False
    return decoded.startswith(tuple(_WATERMARK["prefixes"]))


# A line of markup alone, as a PDF's Markdown export keeps it around the closing blocks: HTML tags and nothing else
# (`<div align="right">`, `</div>`, the seal's picture `<img src="…" title="(dấu đỏ)"/>`), or a Markdown image
# (`![Image](https://…/seal.png)`)
_MARKUP_ONLY = re.compile(r"^(?:</?[A-Za-z][^<>]*>\s*)+$|^!\[[^\]]*\]\([^()\s]*\)$")


def is_page_furniture(text: str) -> bool:
    """`2`, `- 2 -`, `Trang 2`, `2/3`: a page break's furniture, which may fall inside the closing blocks;
    so may a digital signature's stamp (`Ký bởi: ...`, `Thời gian ký: ...`), a footer's file name
    (`D:\\2017\\CVUB\\uy quyen.doc`), a drawn shape's name left by a .doc's web copy (`straight connector 2`) and a legal
    site's copy mark (`is_copy_watermark`), and a line of markup alone (`<img … title="(dấu đỏ)"/>`, `</div>`)."""
    text = text.strip(" *")
    return (
        _PAGE_NUMBER.match(text) is not None
        or (text[:1] in "<!" and _MARKUP_ONLY.match(text) is not None)
        or _SIGNED_STAMP.match(text) is not None
        or ("\\" in text and _FILE_PATH.match(text) is not None)
        or (text[-1:].isdigit() and _DRAWING_NAME.match(text) is not None)
        or is_copy_watermark(text)
    )


def is_signature_stamp(text: str) -> bool:
    """`Thời gian ký: 27.09.2024 16:03:57 +07:00`: a line of a digital signature's stamp, which a gazette's or a
    portal's PDF may print inside the body too (between two pages)."""
    return _SIGNED_STAMP.match(text.strip(" *")) is not None


# A line of a legal portal's metadata table: one of its labels, then a colon, or the bar that closes the label's cell
# where the table is kept as bars with no colon (`| Số hiệu | 18/CT-UBND |`) (`[portal_metadata]`).
_PORTAL_LABEL: Final = re.compile(rf"^{as_written(header_markers().portal_metadata)}\s*[:|]")
_PORTAL_REACH = 15  # the table stands in the first lines of the copy
# ... or below a legal site's menu of one-word lines (`- Thuộc tính`, `- VB gốc`, `- Tải về`, `- Báo lỗi`, some 25 of
# them): there a table of `_FAR_ROWS` rows at least, in the first `_FAR_REACH` lines and above any national motto (a
# header's `CỘNG HÒA …`: a table below the header is the document's own)
_FAR_REACH = 40
_FAR_ROWS = 3
_MOTTO_OPENING: Final = re.compile(r"^\W*C[ỘộOo]NG\s+H[ÒòOoÓó][AaÀà]\b")


def is_portal_metadata(text: str) -> bool:
    """`Số hiệu: | 27/QĐ-UBND | Loại văn bản: | Quyết định |`, `| Số hiệu | 18/CT-UBND |`: a line of a legal portal's
    metadata table."""
    return _PORTAL_LABEL.match(text.lstrip(" |*")) is not None


# A row of a commune portal's metadata table kept with neither colon nor bar: a label, then its value, no sentence's
# end last (`Ngày ban hành 24/06/2022`, `Người ký Nguyễn Văn A`; `bare_labels` of `[portal_metadata]`).
_BARE_ROW: Final = re.compile(rf"^{as_written(header_markers().portal_metadata_bare)}\s+\S.*(?<![.;:])$")
_BARE_RUN: Final = 3  # rows together at least: one such line alone may be a sentence (`Lĩnh vực y tế cần …`)


def is_portal_metadata_bare(text: str) -> bool:
    """`Ngày ban hành 24/06/2022`, `Thể loại Văn bản`: a row of a portal's metadata table with no colon or bar."""
    return _BARE_ROW.match(text.strip(" *")) is not None


def _bare_table_end(filled: list[Line]) -> int:
    """The index after the last row of the first run of `_BARE_RUN` bare metadata rows (`is_portal_metadata_bare`)
    among `filled`, 0 when there is none."""
    run: list[Line] = []
    for line in filled:
        if is_portal_metadata_bare(line.text):
            run.append(line)
            continue
        if len(run) >= _BARE_RUN:
            break
        run = []
    return run[-1].index + 1 if len(run) >= _BARE_RUN else 0


# A caption of a portal's print or copy control, alone on its line (`[page_controls]`).
_PAGE_CONTROL = re.compile(rf"^{as_written(header_markers().page_controls)}$", re.IGNORECASE)


def is_page_control(text: str) -> bool:
    """`In bài viết`: the caption of a portal's print button, left above the text by its print view; or a
    collector's note on the copy, wholly in square brackets (`[OCR] [Bản trích chữ tự động bằng tesseract … từ bản
    quét … — 2 trang …]`), long as no mark of the document's own is (`[Dự thảo]`, `[MẬT]`)."""
    text = text.strip()
    if text[:1] == "[" and text[-1:] == "]" and len(text) >= _COPY_NOTE_MIN:
        return True
    return _PAGE_CONTROL.match(text) is not None


_COPY_NOTE_MIN = 40  # the shortest collector's note in brackets; a document's own mark is far shorter


# The stamp a portal posted the document with, alone on its line: a label or none, a day, a clock time, the parts
# maybe between bars, and maybe the page's view counter last (`Ngày 06/04/2021 23:23:18`, `Ngày đăng 07/10/2023 |
# 08:01 | Lượt xem: 140`; `[portal_posted]`).
# (the clock time may come first, `Đăng lúc: 00:00:00 29/11/2020 (GMT+7)`; the weekday may open the line and commas
# part the pieces, `Thứ Năm, 15/10/2020, 16:21 (GMT+7)`; the time zone may close them)
_DAY = r"\d{1,2}/\d{1,2}/\d{4}"
_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?"
_POSTED = re.compile(
    rf"^(?:{as_written(header_markers().portal_posted)}\s*:?\s*)?"
    rf"(?:{as_written(header_markers().portal_posted_weekdays)}\s*,?\s*)?"
    rf"(?:{_DAY}(?:\s*\|)?[\s,]+{_CLOCK}|{_CLOCK}[\s,]+{_DAY})(?:\s*\(GMT\s*[+-]\s*\d{{1,2}}\))?"
    rf"(?:\s*\|\s*(?:{as_written(header_markers().portal_posted_counters)})\s*:?\s*\d[\d.,]*)?\s*\|?$"
)
_POSTED_REACH = 4  # lines (blank ones not counted) where the stamp stands: the page's title above it, if any
_TITLED_REACH = 8  # lines with text down to a header's number line: a page's title, the issuer's lines, the motto
# A page's lead about the document (its title, a paragraph telling the document, download links naming its number)
# may run further before the copy's header: lines (blank ones counted) and lines with text down to the number line
_NAMED_LEAD_LINES = 60
_NAMED_LEAD_REACH = 16


def is_portal_posted(text: str) -> bool:
    """`Ngày 06/04/2021 23:23:18`: the stamp a portal posted the document with."""
    return _POSTED.match(text.strip(" *")) is not None


# A document-sharing site's notice above its preview of a document (`Bạn đang xem bản rút gọn của tài liệu. …`;
# `[portal_preview]`).
_PREVIEW = re.compile(rf"^{as_written(header_markers().portal_preview)}\b")


def is_portal_preview(text: str) -> bool:
    """`Bạn đang xem bản rút gọn của tài liệu. Xem và tải ngay bản đầy đủ …`: a document-sharing site's notice."""
    return _PREVIEW.match(text.strip(" *")) is not None


# A page's title the portal prints twice, or at the end of its breadcrumb trail and again below it (`Trang Chủ /
# Báo cáo / BÁO CÁO Kết quả …` then `BÁO CÁO Kết quả …`): the lines down to the repeat are the page's. A title is a
# line of some length with letters (not a rule of dashes, not a header's short `ỦY BAN NHÂN DÂN`).
_TITLE_LEAST = 24
_CRUMB = re.compile(r"\s+[/>»]\s+")


_HEADING_MARK = re.compile(r"#{1,6}\s+")  # a Markdown heading's mark (`# Về việc …`, a crawl's title)


def _title_key(text: str) -> str:
    """A line as two printings of one title compare: a Markdown heading's mark dropped, spaces collapsed, case
    folded."""
    text = text.strip()
    if text[:1] == "#" and (mark := _HEADING_MARK.match(text)) is not None:
        text = text[mark.end() :]
    return " ".join(text.split()).casefold()


def _title_like(key: str) -> bool:
    """Is a line (its `_title_key`) long enough, and worded, to be a page's title?"""
    return len(key) >= _TITLE_LEAST and any(c.isalpha() for c in key)


def _heading_copied_end(filled: list[Line]) -> int:
    """A chunk's title: a Markdown heading that repeats the line right below it (`# Kính gửi: Sở Tài chính` over
    `Kính gửi: Sở Tài chính`, `# QUYẾT ĐỊNH` over `QUYẾT ĐỊNH`, as a RAG dataset's chunker heads every chunk with the
    document's first line). The heading is the chunker's, the line below the document's own, short or long: the
    index after the heading alone; 0 when the copy opens otherwise."""
    if len(filled) < 2 or _HEADING_MARK.match(filled[0].text.strip()) is None:
        return 0
    key = _title_key(filled[0].text)
    if not any(c.isalpha() for c in key) or _title_key(filled[1].text) != key:
        return 0
    return filled[0].index + 1


def _repeated_title_end(filled: list[Line]) -> int:
    """The index after the first line that repeats a line above it, whole or as the last crumb of a breadcrumb
    trail, among `filled` (the first lines with text); 0 when none does."""
    seen: set[str] = set()
    for line in filled:
        text = _title_key(line.text)
        if _title_like(text):
            if text in seen:
                return line.index + 1
            seen.add(text)
            seen.add(_CRUMB.split(text)[-1])
    return 0


# A legal site's caption right above its copy: a label, the document's type name, its number (`Nội dung toàn văn
# Công văn 13/BTC-TĐKT …`; `[portal_fulltext]`).
_FULLTEXT = re.compile(rf"^{as_written(header_markers().portal_fulltext)}\s+")
_NUMBER_NEXT = re.compile(r"\s+(?:số\s+)?\d")


def is_portal_fulltext(text: str) -> bool:
    """`Nội dung toàn văn Quyết định 36/2013/QĐ-UBND …`: the caption a legal site sets above its copy."""
    text = text.strip(" *")
    m = _FULLTEXT.match(text)
    if m is None or not text[m.end() : m.end() + 1].isupper():
        return False
    rest = text[m.end() :]
    hit = find_type_name(rest, upper_only=False)
    return hit is not None and hit[0] == 0 and _NUMBER_NEXT.match(rest, hit[1]) is not None


# A line of a legal site's list of related documents above its copy: a mark, the item's index glued to a name in a
# capital (`- 1Chỉ thị 30/2005/CT-TTg về …`; `[portal_related]`); or the index set apart by a space when a type's
# name and its number follow at once, as the site prints a document's title (`- 1 Quyết định 23/2020/QĐ-UBND quy
# định về …`; a unit after the spaced index, `- 2 Sở Tài chính bố trí …`, is an item of the text).
_RELATED: Final = re.compile(rf"^(?:{as_written(header_markers().portal_related)})\s*\d{{1,2}}[{VI_UPPER}]")
_RELATED_SPACED: Final = re.compile(rf"^(?:{as_written(header_markers().portal_related)})\s*\d{{1,2}}\s+(?=[{VI_UPPER}])")
_TITLE_NUMBER: Final = re.compile(r"\s+\d{1,5}/")


def is_portal_related(text: str) -> bool:
    """`- 1Chỉ thị 30/2005/CT-TTg về … do Thủ tướng Chính phủ ban hành`, `- 1 Quyết định 23/2020/QĐ-UBND quy định về
    …`: a line of a legal site's list of the documents related to its copy."""
    text = text.strip()
    if _RELATED.match(text) is not None:
        return True
    m = _RELATED_SPACED.match(text)
    if m is None:
        return False
    rest = text[m.end() :]
    hit = find_type_name(rest, upper_only=False)
    return hit is not None and hit[0] == 0 and _TITLE_NUMBER.match(rest, hit[1]) is not None


# A news page's photo caption (`[photo_caption]`): a line its credit closes (`… kiểm tra hiện trường. Ảnh: Thu Hà`,
# `… kết luận (ảnh: Minh Anh)`, `… - Ảnh: VGP/Nhật Minh`, `… (Ảnh minh họa)`), or a credit alone on its line
# (`Tin, ảnh: Thu Hà`, `Nguồn: Báo Nam Bình`). The credit opens the line or follows a sentence's end, a spaced dash or
# an opening bracket; its name opens with a letter, holds no digit and is short.
_PHOTO = header_markers()


def _longest_first(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(words, key=len, reverse=True))


def _photo_name_group(group: str) -> str:
    return rf"(?P<{group}>[^\W\d_][^\d:;!?()]*?)"  # no digits: a number or a day is no one's name


_PHOTO_CREDIT = re.compile(
    r"(?:^|(?<=[.!?…])\s+|\s+[-–—]\s+|\s*\()"
    rf"(?:{either_case(_longest_first(_PHOTO.photo_credits))}\s*:\s*{_photo_name_group('credited')}"
    rf"|{either_case(_longest_first(_PHOTO.photo_plain))}(?:\s*:\s*{_photo_name_group('plain')})?)"
    r"\s*\)?\.?$"
)
_PHOTO_LINE = re.compile(
    rf"^\(?{either_case(_longest_first(_PHOTO.photo_lines))}\s*:\s*{_photo_name_group('credited')}\s*\)?\.?$"
)
_PHOTO_OPENING = re.compile(rf"^\(?{either_case(_longest_first(_PHOTO.photo_opening))}\s*:\s*(?=[{VI_UPPER}])")
_PHOTO_WORDS: Final = ("ảnh", "Ảnh", "ideo")  # one of them stands in every credit: a cheap first test
_PHOTO_WORD: Final = re.compile("|".join(map(re.escape, _PHOTO_WORDS)))  # ... searched for in C
_PHOTO_TAIL: Final = _PHOTO.photo_name_longest + 30  # the credit stands in the line's last characters: label, brackets, name
_PHOTO_NAME_WORDS = 8  # words of a credit's name, at most


def _photo_name(m: re.Match[str] | None) -> bool:
    """A credit's name, if it has one, is a name: short, no sentence in it (`Thu Hà`, `VGP/Nhật Minh`, `N.Hà`)."""
    if m is None:
        return False
    name = m.groupdict().get("credited") or m.groupdict().get("plain")
    return name is None or (
        len(name) <= _PHOTO.photo_name_longest and ". " not in name and len(name.split()) <= _PHOTO_NAME_WORDS
    )


def is_photo_caption(text: str) -> bool:
    """`Phó Chủ tịch … kiểm tra hiện trường dự án. Ảnh: Thu Hà`, `Ảnh minh họa`, `Nguồn: Báo Nam Bình`: a news
    page's caption under a photo, or the credit of its photo or of its article, copied with the article's text."""
    text = text.strip(" *_")
    tail = max(0, len(text) - _PHOTO_TAIL)
    if _PHOTO_WORD.search(text, tail) is not None and _photo_name(_PHOTO_CREDIT.search(text, tail)):
        return True
    if _PHOTO_OPENING.match(text) is not None:
        return True  # `Ảnh: Lãnh đạo UBND tỉnh kiểm tra …`: the label, then what the photo shows
    return ":" in text and len(text) <= 2 * _PHOTO_TAIL and _photo_name(_PHOTO_LINE.match(text))


def _title_repeated_below_end(filled: list[Line]) -> int:
    """A page's title that the header below prints again as its trích yếu, the number line between (`Về việc giao
    thành lập Tổ công tác …` above `UỶ BAN NHÂN DÂN` / `HUYỆN CAN LỘC` / `Số: 1767 /UBND-VP` / `Về việc giao thành lập
    Tổ công tác …`, as district and commune portals post a letter): the index after the title alone, 0 when the first
    line is no title repeated so."""
    first = _title_key(filled[0].text) if filled else ""
    if not _title_like(first):
        return 0
    for k in range(2, len(filled)):
        if _title_key(filled[k].text) == first:
            numbered = any(read_number(line.text) is not None for line in filled[1:k])
            return filled[0].index + 1 if numbered else 0
    return 0


def _hyphens_optional(symbol: str) -> str:
    """A symbol as a pattern that a copy's lost hyphens still match: a PDF's text layer drops them
    (`Số: 05/2019/QĐUBND` under a title naming `05/2019/QĐ-UBND`), and the title may be the one without."""
    return "-?".join(re.escape(c) for c in symbol.replace("-", ""))


def _numbered_title_end(filled: list[Line]) -> int:
    """A page's title naming the document by the number its header gives (`HƯỚNG DẪN NGHIỆP VỤ …, SỐ 09-HD/BTCTW`
    above `BAN TỔ CHỨC` … `Số: 09-HD/BTCTW`): the index after the last such line above the number line, 0 when none."""
    for k, line in enumerate(filled):
        found = read_number(line.text)
        if found is None or k == 0:
            continue
        number = found[0]
        if not number.seq or not number.symbol:
            return 0
        # (compared without hyphens: a copy may lose them in either place, `_hyphens_optional`)
        seq, symbol = number.seq.casefold(), number.symbol.casefold().replace("-", "")
        above = [
            line for line in filled[:k] if seq in (folded := line.text.casefold().replace("-", "")) and symbol in folded
        ]
        if not above:  # (no line holds both: no pattern to build for this document's number)
            return 0
        named = re.compile(
            rf"(?<!\d)0*{re.escape(number.seq)}(?:\s*/\s*\d{{4}})?\s*[-/]\s*{_hyphens_optional(number.symbol)}(?![\w/-])",
            re.IGNORECASE,
        )
        titles = [line.index for line in above if named.search(line.text)]
        return titles[-1] + 1 if titles else 0
    return 0


_TITLE_HEADER_REACH = 3  # lines with text under a page's title where the issuer's first line stands
_TITLE_NUMBER_REACH = 8  # ... and down to which the header's number line stands


def _type_titled_end(filled: list[Line]) -> int:
    """A page's title in capitals that opens with a type's name (`HƯỚNG DẪN TUYỂN SINH TCCN 2016-2017`, a school's
    post) above a whole header: an issuer's line in capitals within the next lines, a number line below it. A
    document's own header never opens with its type's name (Decree 30: the issuer, the motto, the number come first),
    so the title is the page's. The index of the first line after the title (and any line with no letter under it:
    a theme's bar `|`); 0 when the copy opens otherwise."""
    if not filled or not filled[0].text.isupper():
        return 0
    hit = find_type_name(filled[0].text)
    # (a telegram opens with its type's name, alone, above its number and its sender: `CÔNG ĐIỆN` / `Số: …`)
    if hit is None or hit[0] != 0 or not any(c.isalpha() for c in filled[0].text[hit[1] :]):
        return 0
    k = 1
    while k < len(filled) and not any(c.isalpha() for c in filled[k].text):
        k += 1
    numbered = [j for j, line in enumerate(filled[: k + _TITLE_NUMBER_REACH]) if read_number(line.text) is not None]
    issuer = [
        j for j, line in enumerate(filled[k : k + _TITLE_HEADER_REACH], k)
        if line.text.isupper() and names_a_body(line.text)
    ]
    if not issuer or not numbered or numbered[0] < issuer[0]:
        return 0
    return filled[k - 1].index + 1 if k < len(filled) else 0


# The first page's mark of a document-sharing site's text layer (`Trang 1`, alone or glued to the header's first word:
# `Trang 1UBND TỈNH …`): `[first_page_mark]` of data/issuer_markers.toml
_FIRST_PAGE = re.compile(
    rf"^{either_case(load_toml('issuer_markers.toml')['first_page_mark']['labels'])}[ \t]*1(?:[ \t]*$|(?=[{VI_UPPER}]))"
)


def first_page_mark(line: Line) -> int:
    """The length of the first page's mark opening `line` (`Trang 1`, alone, or glued to the header's first word:
    `Trang 1UBND TỈNH …`); 0 when it opens with none."""
    m = _FIRST_PAGE.match(line.text)
    return 0 if m is None else m.end()


def _first_page_end(filled: list[Line]) -> int:
    """The index of the line the header starts on, under a document-sharing site's first page mark in the first lines
    (the mark's own line when the header's first word is glued to it); 0 when there is none."""
    for line in filled[:_POSTED_REACH]:
        end = first_page_mark(line)
        if end:
            return line.index + (1 if end == len(line.text) else 0)
    return 0


# A collector's source address over its copy, alone on the first line (`*Source: https://…*`; `[portal_source]`).
_SOURCE = re.compile(rf"^(?:(?:{as_written(header_markers().portal_source)})\s*:\s*)?<?https?://\S+?>?$")


def is_portal_source(text: str) -> bool:
    """`*Source: https://thuvienphapluat.vn/…*`: the address a crawl wrote over the copy it kept."""
    return _SOURCE.match(text.strip(" *_")) is not None


def portal_preamble_end(lines: list[Line]) -> int:
    """`_preamble_end` of the copy, past a collector's source address on its first line (`is_portal_source`): the
    index after the page's preamble below the address, or after the address alone."""
    for k, line in enumerate(lines[:_PORTAL_REACH]):
        if line.text.strip():
            if is_portal_source(line.text):
                return _preamble_end(lines[k + 1 :]) or line.index + 1
            break
    return _preamble_end(lines)


def portal_related_end(lines: list[Line]) -> int:
    """The index after a legal site's list of related documents (two lines of it at least, `is_portal_related`) in
    the first lines, 0 when there is none: the list is the site's whether or not the copy below keeps its header."""
    related = [line.index for line in lines[:_PORTAL_REACH] if line.text and is_portal_related(line.text)]
    return related[-1] + 1 if len(related) >= 2 else 0


def _far_metadata_end(lines: list[Line]) -> int:
    """The index after a legal portal's metadata table kept below the site's menu (`_FAR_ROWS` rows at least in the
    first `_FAR_REACH` lines, none under a national motto), 0 when there is none."""
    found: list[int] = []
    for line in lines[:_FAR_REACH]:
        if _MOTTO_OPENING.match(line.text):
            break
        if line.text and is_portal_metadata(line.text):
            found.append(line.index)
    return found[-1] + 1 if len(found) >= _FAR_ROWS else 0


def _preamble_end(lines: list[Line]) -> int:
    """The index of the first line after a legal portal's preamble (the page's title and its metadata table, two
    lines of it at least, in the first lines, or three rows of it kept with no colon, `Ngày ban hành 24/06/2022`;
    or the page's title down to the stamp it posted the document with, `Ngày 06/04/2021 23:23:18`, or down to its
    caption over the copy, `Nội dung toàn văn Công văn 13/BTC-TĐKT …`, or down to a document-sharing site's notice
    over its preview, `Bạn đang xem bản rút gọn của tài liệu …`, or a chunk's Markdown title over the line it copies,
    or down to the title printed a second time, or a
    title naming the document by the number its header gives (further down also: a page's lead telling the
    document and its download links, each naming that number, above the header); or its list of related documents, two lines of it at
    least, `- 1Chỉ thị 30/2005/CT-TTg về …`); 0 when the copy has none."""
    found = [line.index for line in lines[:_PORTAL_REACH] if line.text and is_portal_metadata(line.text)]
    if len(found) >= 2:
        return found[-1] + 1
    far = _far_metadata_end(lines)
    if far:
        return far
    related = portal_related_end(lines)
    if related:
        return related
    filled = [line for line in lines[:_PORTAL_REACH] if line.text.strip()]
    bare = _bare_table_end(filled)
    if bare:
        return bare
    posted = [
        line.index
        for line in filled[:_POSTED_REACH]
        if is_portal_posted(line.text) or is_portal_fulltext(line.text) or is_portal_preview(line.text)
    ]
    if posted:
        return posted[0] + 1
    return (
        _first_page_end(filled)
        or _heading_copied_end(filled)
        or _title_repeated_below_end(filled[:_TITLED_REACH])
        or _repeated_title_end(filled[:_POSTED_REACH])
        or _numbered_title_end(filled[:_TITLED_REACH])
        or _type_titled_end(filled)
        or _numbered_title_end([line for line in lines[:_NAMED_LEAD_LINES] if line.text.strip()][:_NAMED_LEAD_REACH])
    )
