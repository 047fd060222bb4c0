"""Closing blocks as text exports give them (our own sample lines)."""

from __future__ import annotations

import random

import pytest

from chidao.documents import parse_text
from chidao.documents.model import Document, Source
from chidao.documents.parts.closing import _NOI_NHAN_WORDS, _nhan_lines, _noi_nhan_words
from chidao.documents.text import split_lines

HEAD = "Số: 21/TB-UBND\nBắc Ninh, ngày 04 tháng 9 năm 2025\nTHÔNG BÁO\nKết luận về công tác giải phóng mặt bằng\n"
BODY = "Giao Sở Tài chính chủ trì, phối hợp với các đơn vị liên quan báo cáo kết quả trước ngày 30/9/2025./.\n"

FLAT = HEAD + BODY + """Nơi nhận:
- Như trên;
- Chủ tịch, các Phó Chủ tịch UBND tỉnh;
Các đơn vị dự họp theo Giấy mời
số 88/GM-UBND ngày 01/9/2025;
- Lưu: VT, KT(NTH).
TL. CHỦ TỊCH
KT. CHÁNH VĂN PHÒNG
PHÓ CHÁNH VĂN PHÒNG

Nguyễn Thị Hoa
"""

COLUMNS = HEAD + BODY + """Nơi nhận:                                          KT. CHỦ TỊCH
- Như trên;                                         PHÓ CHỦ TỊCH
- Sở Tài chính;
- Lưu: VT, TH.


                                                    Trần Văn Bình
"""

TABLE = HEAD + BODY + (
    "| *Nơi nhận:* - Như trên; - Thường trực Tỉnh ủy (b/c); - Lưu: VT, NC (2). | "
    "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH     Đào Hồng Lan |\n| --- | --- |\n"
)

# ... the signer's family name `Lưu`, alone in its cell after the title: a name, no Lưu line
TABLE_LUU = HEAD + BODY + (
    "| *Nơi nhận:* - Như trên; - Lưu: VT, NC. | TL. BỘ TRƯỞNG KT. VỤ TRƯỞNG VỤ PHÁP CHẾ PHÓ VỤ TRƯỞNG     "
    "Lưu Thanh Bình |\n| --- | --- |\n"
)

# The two columns flattened onto the same lines with one space between them: each recipient line ends with the
# signature column's line.
GLUED_COLUMNS = HEAD + BODY + """Nơi nhận: TL. CHỦ TỊCH
- Như trên; KT. CHÁNH VĂN PHÒNG
- Sở Tài chính, Sở Xây dựng; PHÓ CHÁNH VĂN PHÒNG
- Lưu: VT, TH.
Lò Thị Hằng
"""

ANNEX = HEAD + BODY + """Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Ngô Tân Phượng
PHỤ LỤC
DANH MỤC NHIỆM VỤ
1. Sở Xây dựng chủ trì rà soát quy hoạch các cụm công nghiệp, hoàn thành trong quý IV năm 2025.
2. Sở Nông nghiệp và Môi trường hướng dẫn thủ tục đất đai cho các dự án hạ tầng.
3. Ủy ban nhân dân các xã phối hợp bàn giao mặt bằng sạch cho chủ đầu tư đúng tiến độ.
"""


SCANNED_NHAN = HEAD.replace("21/TB-UBND", "21-TB/HU") + BODY + """Nơi nhân:                                          T/M BAN THƯỜNG VỤ
- Các chi bộ trực thuộc,                            BÍ THƯ
- Lưu Văn phòng Huyện ủy.

                                                    Vi Văn Sơn
"""


@pytest.mark.parametrize(
    ("text", "authority", "title", "name", "recipients", "holders"),
    [
        (FLAT, [("TL.", "CHỦ TỊCH"), ("KT.", "CHÁNH VĂN PHÒNG")], "PHÓ CHÁNH VĂN PHÒNG", "Nguyễn Thị Hoa",
         ["Như trên", "Chủ tịch, các Phó Chủ tịch UBND tỉnh",
          "Các đơn vị dự họp theo Giấy mời số 88/GM-UBND ngày 01/9/2025"], ["VT", "KT"]),
        (COLUMNS, [("KT.", "CHỦ TỊCH")], "PHÓ CHỦ TỊCH", "Trần Văn Bình", ["Như trên", "Sở Tài chính"], ["VT", "TH"]),
        (TABLE, [("TM.", "ỦY BAN NHÂN DÂN")], "CHỦ TỊCH", "Đào Hồng Lan",
         ["Như trên", "Thường trực Tỉnh ủy (b/c)"], ["VT", "NC"]),
        (ANNEX, [("KT.", "CHỦ TỊCH")], "PHÓ CHỦ TỊCH", "Ngô Tân Phượng", ["Như trên"], ["VT"]),
        (TABLE_LUU, [("TL.", "BỘ TRƯỞNG"), ("KT.", "VỤ TRƯỞNG VỤ PHÁP CHẾ")], "PHÓ VỤ TRƯỞNG", "Lưu Thanh Bình",
         ["Như trên"], ["VT", "NC"]),
        (GLUED_COLUMNS, [("TL.", "CHỦ TỊCH"), ("KT.", "CHÁNH VĂN PHÒNG")], "PHÓ CHÁNH VĂN PHÒNG", "Lò Thị Hằng",
         ["Như trên", "Sở Tài chính, Sở Xây dựng"], ["VT", "TH"]),
        # a scan that read `Nơi nhận` without its dot below, the Party's marker beside it
        (SCANNED_NHAN, [("T/M", "BAN THƯỜNG VỤ")], "BÍ THƯ", "Vi Văn Sơn", ["Các chi bộ trực thuộc"], ["Văn phòng Huyện ủy"]),
    ],
    ids=["flat", "columns", "table", "annex", "table-signer-named-luu", "glued-columns", "scanned-nhan"],
)
def test_closing_blocks(
    text: str, authority: list[tuple[str, str]], title: str, name: str, recipients: list[str], holders: list[str]
) -> None:
    doc = parse_text(text, check=False)
    sig = doc.signatures[0]
    assert [(a.marker, a.of) for a in sig.authority] == authority
    assert (sig.title, sig.name) == (title, name)
    assert [r.text for r in doc.recipients] == recipients
    assert doc.archive is not None and doc.archive.holders == holders


@pytest.mark.parametrize(("text", "ends_with_body"), [(FLAT, True), (COLUMNS, True), (ANNEX, False)])
def test_body_span_stops_before_the_closing_unless_an_annex_follows(text: str, ends_with_body: bool) -> None:
    doc = parse_text(text, check=False)
    assert doc.body_span is not None
    body = doc.text[doc.body_span[0] : doc.body_span[1]]
    assert body.startswith("Giao Sở Tài chính")
    if ends_with_body:
        assert body.rstrip().endswith("./.") and "Nơi nhận" not in body
    else:
        assert "3. Ủy ban nhân dân các xã" in body


def test_signature_without_noi_nhan() -> None:
    doc = parse_text(HEAD + BODY + "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nLý Văn Sơn\n", check=False)
    assert doc.signatures and doc.signatures[0].name == "Lý Văn Sơn"
    assert doc.recipients == []


def test_glued_flat_closing() -> None:
    text = HEAD + (
        "Giao Sở Tài chính chủ trì báo cáo kết quả trước ngày 30/9/2025./. Nơi nhận: - Như trên; - Lưu: VT, KT. "
        "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Hoàng Văn Nam\n"
    )
    doc = parse_text(text, check=False)
    assert doc.signatures and (doc.signatures[0].title, doc.signatures[0].name) == ("PHÓ CHỦ TỊCH", "Hoàng Văn Nam")
    assert [r.text for r in doc.recipients] == ["Như trên"]
    assert doc.archive is not None and doc.archive.holders == ["VT", "KT"]
    assert doc.body_span is not None and doc.text[doc.body_span[0] : doc.body_span[1]].rstrip().endswith("./.")


@pytest.mark.parametrize("drafter", ["", "Minh Hà "])
def test_a_signature_without_marker_glued_after_the_luu_entry(drafter: str) -> None:
    """A crawl puts the signature column on the Lưu line (`Lưu: VT, TH (2b). Minh Hà BỘ TRƯỞNG, CHỦ NHIỆM Lê Văn
    An`): a title in capitals and a name after the closed entry, maybe after the drafter's name."""
    text = HEAD + (
        "Giao Sở Tài chính chủ trì báo cáo kết quả trước ngày 30/9/2025./.\nNơi nhận:\n- Như trên;\n"
        f"- Lưu: VT, TH (2b). {drafter}BỘ TRƯỞNG, CHỦ NHIỆM Lê Văn An\n"
    )
    doc = parse_text(text, check=False)
    assert doc.signatures and (doc.signatures[0].title, doc.signatures[0].name) == ("BỘ TRƯỞNG, CHỦ NHIỆM", "Lê Văn An")
    assert doc.signatures[0].authority == []


def test_two_signature_blocks_side_by_side_keep_the_marked_one() -> None:
    text = HEAD + BODY + (
        "ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA                 TM. ĐOÀN KIỂM TRA\n"
        "GIÁM ĐỐC                                       TRƯỞNG ĐOÀN\n\n"
        "Phùng Văn Lợi                                  Ma Thị Hạnh\n"
    )
    doc = parse_text(text, check=False)
    sig = doc.signatures[0]
    assert [(a.marker, a.of) for a in sig.authority] == [("TM.", "ĐOÀN KIỂM TRA")]
    assert (sig.title, sig.name) == ("TRƯỞNG ĐOÀN", "Ma Thị Hạnh")


_SIGNED_BELOW = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n{page}Lê Minh Khoa\n"
_SIGNED_ABOVE = "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n{page}Lê Minh Khoa\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"


@pytest.mark.parametrize(
    ("layout", "page"),
    [
        (_SIGNED_BELOW, "\f\n2\n"),
        (_SIGNED_BELOW, "\f2\n"),
        (_SIGNED_BELOW, "\n\f\n- 2 -\n\n"),
        (_SIGNED_BELOW, "\f\nTrang 2\n"),
        (_SIGNED_BELOW, "(Đã ký)\n\f\n2/2\n"),
        (_SIGNED_ABOVE, "\f\n2\n"),
        (_SIGNED_ABOVE, "\n2\n\f\n"),
        (_SIGNED_BELOW, "Sự\n"),
        (_SIGNED_BELOW, "Ẩ\n\f\n2\n"),
    ],
)
def test_a_page_break_or_a_scribble_inside_the_signature_keeps_the_name(layout: str, page: str) -> None:
    doc = parse_text(HEAD + BODY + layout.format(page=page), check=False)
    sig = doc.signatures[0]
    assert ([(a.marker, a.of) for a in sig.authority], sig.title, sig.name) == (
        [("KT.", "CHỦ TỊCH")], "PHÓ CHỦ TỊCH", "Lê Minh Khoa")
    assert [r.text for r in doc.recipients] == ["Như trên"]


@pytest.mark.parametrize(
    "closing",
    [
        "Nơi nhận: - Như trên; - Văn phòng Tỉnh ủy;\nCác phòng: TH, KT; - Lưu:\nVT, TH (2). Hg\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH    Lê Minh Khoa\n",
        "Nơi nhận:\n- Như trên;\n- Lưu: VT,\nTH (2).\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Minh Khoa\n",
        "Nơi nhận:\n- Như trên;\n- Lưu: VT, TH\n(2).\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Minh Khoa\n",
        "Nơi nhận: - Như trên; - Lưu: VT, TH (2)Hg.KT. CHỦ TỊCH PHÓ CHỦ TỊCH     Lê Minh Khoa\n",
        "Nơi nhận: - Như trên; - Lưu: VT, TH (2). HgKT. CHỦ TỊCH PHÓ CHỦ TỊCH     Lê Minh Khoa\n",
        # OCR that dropped the horn of `Nơi`, the signature column on the label's line
        "Noi nhận: KT. CHỦ TỊCH\n- Như trên; PHÓ CHỦ TỊCH\n- Lưu: VT, TH (2).\n\nLê Minh Khoa\n",
    ],
    ids=["inline", "dashes", "count", "glued-dot", "glued", "ocr-label"],
)
def test_a_luu_line_wrapped_by_a_pdf_stays_out_of_the_signature(closing: str) -> None:
    doc = parse_text(HEAD + BODY + closing, check=False)
    sig = doc.signatures[0]
    assert ([(a.marker, a.of) for a in sig.authority], sig.title, sig.name) == (
        [("KT.", "CHỦ TỊCH")], "PHÓ CHỦ TỊCH", "Lê Minh Khoa")
    assert doc.archive is not None and (doc.archive.holders, doc.archive.copies) == (["VT", "TH"], 2)


@pytest.mark.parametrize(
    ("tail", "name"),
    [
        ("Trần Đức\nLương\n", "Trần Đức Lương"),
        ("Trần Đức\nLương KẾ HOẠCH THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH\n", "Trần Đức Lương"),
        ("Cao Huy\nPHỤ LỤC\n", "Cao Huy"),
        ("Cao Huy\nHà Nội\n", "Cao Huy"),
        ("Cao Huy\n(Đã ký)\n", "Cao Huy"),
    ],
)
def test_a_two_word_name_takes_its_wrapped_last_word(tail: str, name: str) -> None:
    doc = parse_text(HEAD + BODY + "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n" + tail, check=False)
    assert doc.signatures[0].name == name


@pytest.mark.parametrize("bullet", ["", "• ", "\uf0b7 "])
def test_recipients_without_dashes(bullet: str) -> None:
    closing = f"Nơi nhận:\n{bullet}Như trên;\n{bullet}Sở Tài chính;\n{bullet}Lưu: VT, TH.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Minh Khoa\n"
    doc = parse_text(HEAD + BODY + closing, check=False)
    assert [r.text for r in doc.recipients] == ["Như trên", "Sở Tài chính"]
    assert doc.archive is not None and doc.archive.holders == ["VT", "TH"]
    assert doc.signatures[0].name == "Lê Minh Khoa"


_STAMP = "Ký bởi: Ủy ban nhân dân tỉnh Nam Bình\nEmail: vanthu@nambinh.gov.vn\nThời gian ký: 04.09.2025 08:15:02 +07:00\n"


@pytest.mark.parametrize("where", ["KT. CHỦ TỊCH", "Lê Minh Khoa"])
def test_a_digital_signature_stamp_inside_the_closing_is_skipped(where: str) -> None:
    closing = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Minh Khoa\n".replace(where, _STAMP + where)
    sig = parse_text(HEAD + BODY + closing, check=False).signatures[0]
    assert ([(a.marker, a.of) for a in sig.authority], sig.title, sig.name) == (
        [("KT.", "CHỦ TỊCH")], "PHÓ CHỦ TỊCH", "Lê Minh Khoa")


def test_noi_nhan_words_are_matched_where_the_pattern_finds_them() -> None:
    """The lines `_anchor` tries are those where `Nơi nhận`'s words are, tried only where a `nhận` ends."""
    rng = random.Random(9)
    pieces = ("Nơi", "nơi", "NƠI", "nhận", "NHẬN", "nHận", " ", "  ", "*", "#", "|", "\t", ":", "\n", "tiếp ",
              "xác nhận", "**Nơi nhận:**", "ậ", "- Như trên;")
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
        doc = Document(source=Source(name="-"), text=text)
        lines = split_lines(text)
        found = [line.index for line, hits in _nhan_lines(doc, lines, 0)
                 if _noi_nhan_words(text, line, hits)]
        expected = [line.index for line in lines
                    if "nhận" in line.text.lower() and _NOI_NHAN_WORDS.search(text, line.start, line.end)]
        assert found == expected, text


@pytest.mark.parametrize("name", ["Vi Quỳnh", "Lê Thị Tuyết", "Hoàng Thị Xuân Hương", "Nguyễn Văn Ánh", "Ksor Y Phước"])
def test_flat_closing_with_the_annex_heading_glued_on_reads_any_name(name: str) -> None:
    """A flat export puts title, name and the next heading on one line; the name's length does not matter."""
    text = HEAD + BODY + (
        f"Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT.\nGIÁM ĐỐC PHÓ GIÁM ĐỐC {name} TÊN ĐƠN VỊ BÁO CÁO:……….\n"
        "ĐỊA CHỈ:....\n"
    )
    sig = parse_text(text, check=False).signatures[0]
    assert [(a.marker, a.of) for a in sig.authority] == [("KT.", "GIÁM ĐỐC")]
    assert (sig.title, sig.name) == ("PHÓ GIÁM ĐỐC", name)


@pytest.mark.parametrize(
    ("tail", "title", "name"),
    [
        ("PHÓ CHỦ TỊCH\n\nTrần Quang Vinh", "PHÓ CHỦ TỊCH", "Trần Quang Vinh"),
        # a web copy's title in title case, `(Đã ký)` where the signature was
        ("Phó Chủ tịch\n\n(Đã ký)\n\nTrần Quang Vinh", "PHÓ CHỦ TỊCH", "Trần Quang Vinh"),
        ("Giám đốc\n(đã ký)\nTrần Quang Vinh", "GIÁM ĐỐC", "Trần Quang Vinh"),
    ],
)
def test_a_trailing_title_and_name_without_noi_nhan(tail: str, title: str, name: str) -> None:
    text = (
        "ỦY BAN NHÂN DÂN TỈNH NAM BÌNH\nSố: 41/QĐ-UB\nQUYẾT ĐỊNH\nVề việc thành lập Hội đồng thi đua\n"
        "Điều 1. Thành lập Hội đồng thi đua tỉnh.\nĐiều 2. Quyết định có hiệu lực từ ngày ký.\n\n" + tail + "\n"
    )
    doc = parse_text(text, check=False)
    assert doc.signatures and (doc.signatures[0].title, doc.signatures[0].name) == (title, name)


@pytest.mark.parametrize(
    "annex",
    [
        "DANH SÁCH CÁC ĐƠN VỊ ĐƯỢC KIỂM TRA\n(Gửi kèm Công văn số 21/TB-UBND ngày 04/9/2025)\n",
        # what a quyết định issues with it, its title on the next line
        "QUY CHẾ\nLÀM VIỆC CỦA TỔ GIÚP VIỆC CHƯƠNG TRÌNH NÔNG THÔN MỚI\n",
        "CHƯƠNG TRÌNH HÀNH ĐỘNG\nTHỰC HIỆN NGHỊ QUYẾT CỦA TỈNH ỦY VỀ CHUYỂN ĐỔI SỐ\n",
    ],
    ids=["danh-sach", "quy-che", "chuong-trinh"],
)
def test_annex_title_under_a_signature_whose_title_and_name_were_lost_is_no_title(annex: str):
    """A web copy kept `KT. BỘ TRƯỞNG` only, then the annex's title: the signer has no title or name."""
    text = HEAD + BODY + "KT. BỘ TRƯỞNG |\n" + annex + "1. Sở Tài chính\n2. Sở Xây dựng\n"
    doc = parse_text(text, Source(name="annex.txt"))
    sig = doc.signatures[0]
    assert ([(a.marker, a.of) for a in sig.authority], sig.title, sig.name) == ([("KT.", "BỘ TRƯỞNG")], None, None)


def test_annex_title_read_before_the_signer_lines_does_not_end_the_closing():
    """A PDF read in its layout's order can put the annex's title (`PHỤ LỤC 1`) between the recipients and the
    signature column: the signer's lines after it are still the signature."""
    text = HEAD + BODY + (
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nPHỤ LỤC 1\nT/M TỈNH ỦY\nPHÓ BÍ THƯ THƯỜNG TRỰC\nNông Văn Tiến\n"
        "CÁC CHỈ TIÊU CHỦ YẾU GIAI ĐOẠN 2026-2030\n"
    )
    doc = parse_text(text, Source(name="annex-first.txt"))
    sig = doc.signatures[0]
    assert ([(a.marker, a.of) for a in sig.authority], sig.title, sig.name) == (
        [("T/M", "TỈNH ỦY")], "PHÓ BÍ THƯ THƯỜNG TRỰC", "Nông Văn Tiến")


def test_an_aside_under_the_lu_line_does_not_hide_the_signature() -> None:
    """`- Lưu VT, KL.` / `TP Nguyễn Hồng Quảng` (a web copy's aside) / `KT. BỘ TRƯỞNG` …: the signer is still read."""
    text = (
        "BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN\nSố: 45/BNN-KL\nV/v báo cáo số liệu\nHà Nội, ngày 03 tháng 12 năm 2025\n"
        "Kính gửi: Sở Nông nghiệp và Phát triển nông thôn các tỉnh\n\n"
        "Đề nghị các Sở chỉ đạo Chi cục Kiểm lâm báo cáo số liệu hiện trạng rừng trước ngày 15/01/2026.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu VT, KL.\nTP Trần Văn Bình\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nLê Minh Hải\n"
    )
    doc = parse_text(text)
    sig = doc.signatures[0]
    assert (sig.authority[0].marker, sig.authority[0].of, sig.title, sig.name) == ("KT.", "BỘ TRƯỞNG", "THỨ TRƯỞNG", "Lê Minh Hải")
    assert [r.text for r in doc.recipients] == ["Như trên"]


def test_signed_mark_between_title_and_name_before_another_document_is_the_signature():
    """A web page holding two decisions: the first one's `CHỦ TỊCH` / `(Đã ký)` / name, then the second's type name
    and subject; no Nơi nhận, no authority marker."""
    text = (
        "ỦY BAN NHÂN DÂN TỈNH NAM AN\nQUYẾT ĐỊNH\nỦy quyền cho Chủ tịch UBND các huyện cấp phép lễ hội\n"
        "Điều 1. Ủy quyền cho Chủ tịch UBND các huyện cấp phép tổ chức lễ hội cấp xã.\n"
        "Điều 2. Quyết định có hiệu lực từ ngày ký.\n\nCHỦ TỊCH\n\n(Đã ký)\n\nTrần Văn Bình\n\nQUYẾT ĐỊNH\n"
        "Ban hành Quy chế quản lý lễ hội trên địa bàn tỉnh Nam An\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý lễ hội trên địa bàn tỉnh.\n"
    )
    doc = parse_text(text, Source(name="two-decisions.txt"))
    sig = doc.signatures[0]
    assert (sig.authority, sig.title, sig.name) == ([], "CHỦ TỊCH", "Trần Văn Bình")
