"""Page furniture the header and closing readers step over (our own sample lines)."""

from __future__ import annotations

import pytest

from chidao.documents import parse_text
from chidao.documents.parts.furniture import is_page_furniture


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("2", True), ("- 3 -", True), ("Trang 4", True), ("2/5", True), ("Trang 2/5", True),
        ("Ký bởi: Sở Tài chính tỉnh Nam Bình", True), ("Thời gian ký: 03.02.2025 09:12:40 +07:00", True),
        ("Email: vanthu@nambinh.gov.vn", True),
        # a footer's file name field, with or without the drive's colon
        ("D:\\2019\\CONGVAN\\phan cong truc tet.doc", True), ("E\\Vanban\\BC thang 5", True),
        ("Tải về: D 2019", False),
        ("2025", False), ("Lê Minh Khoa", False), ("KT. CHỦ TỊCH", False), ("- Như trên;", False),
        # markup alone, as a PDF's Markdown export keeps it around the signature: tags, or an image
        ('<img src="https://example.org/seal.png" title="(dấu đỏ)"/>', True), ('<div align="right">', True),
        ("</div>", True), ("<br><br>", True), ("![Image](https://example.org/seal.png)", True),
        ("<b>Lê Minh Khoa</b>", False), ("**PHÓ CHỦ TỊCH**", False), ("<p>Giao Sở Y tế chủ trì.", False),
    ],
)
def test_page_furniture(line: str, furniture: bool) -> None:
    assert is_page_furniture(line) is furniture


_STAMP = "Ký bởi: Sở Tài chính\nEmail: stc@nambinh.gov.vn\nThời gian ký: 03.02.2025 09:12:40 +07:00\n"
_LETTER = (
    "UBND TỈNH NAM BÌNH\nSỞ TÀI CHÍNH\nSố: 77/STC-NS\nNam Bình, ngày 03 tháng 02 năm 2025\n"
    "V/v lập dự toán ngân sách năm 2025\nKính gửi: Các sở, ban, ngành.\nSở Tài chính đề nghị các đơn vị lập dự toán.\n"
)


@pytest.mark.parametrize("before", ["SỞ TÀI CHÍNH", "Số: 77", "Nam Bình, ngày", "V/v lập", "Kính gửi"])
def test_a_digital_signature_stamp_in_the_header_is_skipped(before: str) -> None:
    doc = parse_text(_LETTER.replace(before, _STAMP + before, 1), check=False)
    assert doc.issuer is not None and (doc.issuer.name, doc.issuer.parent) == ("SỞ TÀI CHÍNH", "UBND TỈNH NAM BÌNH")
    assert doc.number is not None and doc.number.symbol == "STC-NS"
    assert doc.date is not None and doc.date.iso == "2025-02-03"
    assert doc.subject is not None and doc.subject.text == "lập dự toán ngân sách năm 2025"
    assert [a.name for a in doc.addressees] == ["Các sở, ban, ngành"]


def test_a_footer_file_name_between_recipients_and_signature_is_skipped() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nHUYỆN AN PHÚ\nSố: 31/UBND-VP\nAn Phú, ngày 05 tháng 3 năm 2019\nV/v trực cơ quan\n"
        "Kính gửi: Các phòng, ban huyện.\n\nỦy ban nhân dân huyện đề nghị các phòng bố trí trực.\n\nNơi nhận:\n"
        "- Như trên;\n- Lưu: VT.\n\nE\\2019\\CV\\truc co quan\n\nCHỦ TỊCH\n\n\nTrần Văn Bảy\n"
    )
    doc = parse_text(text, check=False)
    assert doc.signatures and (doc.signatures[0].title, doc.signatures[0].name) == ("CHỦ TỊCH", "Trần Văn Bảy")


@pytest.mark.parametrize(
    ("preamble", "skipped"),
    [
        # a legal portal's title and metadata table above the copy (with bars, or without)
        ("Quyết định 9/QĐ-UBND về dạy thêm\nSố hiệu: | 9/QĐ-UBND | Loại văn bản: | Quyết định |\n"
         "Ngày ban hành: | 02/3/2020 | Người ký: | Lê Văn Ba |\n", 3),
        ("Quyết định 9/QĐ-UBND về dạy thêm\nSố hiệu: 9/QĐ-UBND Loại văn bản: Quyết định\nNgày ban hành: 02/3/2020\n", 3),
        # a page's title naming the document by the number its header gives, in capitals or not, its year or none
        ("CÔNG VĂN VỀ LẬP DỰ TOÁN NĂM 2025, SỐ 77/STC-NS\n\n", 1),
        ("Công văn 77/STC-NS về lập dự toán ngân sách năm 2025 của Sở Tài chính\n", 1),
        # ... or by the number as a PDF's text layer gives it without its hyphen (`STCNS`), or the other way round
        ("Công văn 77/STCNS về lập dự toán ngân sách năm 2025\n", 1),
        # ... or by a page's lead telling the document over more lines, down to its download link naming the number
        ("Công văn 77/STC-NS về lập dự toán năm 2025\n\nSở Tài chính vừa hướng dẫn lập dự toán.\n\n"
         "Các đơn vị cần lưu ý thời hạn.\n\nVăn bản gồm hai phần.\n\nPhần đầu nói về thu.\n\nPhần sau nói về chi.\n\n"
         "Mời bạn đọc xem dưới đây.\n\nTải về Công văn 77/STC-NS\n\n", 15),
        # ... not such a lead naming no number, nor one naming another number
        ("Sở Tài chính vừa hướng dẫn lập dự toán.\n\nCác đơn vị cần lưu ý thời hạn.\n\nVăn bản gồm hai phần.\n\n"
         "Phần đầu nói về thu.\n\nPhần sau nói về chi.\n\nMời bạn đọc xem dưới đây.\n\nXem thêm.\n\nHết.\n\n", 0),
        ("Sở Tài chính vừa hướng dẫn lập dự toán.\n\nCác đơn vị cần lưu ý thời hạn.\n\nVăn bản gồm hai phần.\n\n"
         "Phần đầu nói về thu.\n\nPhần sau nói về chi.\n\nMời bạn đọc xem dưới đây.\n\nXem thêm.\n\n"
         "Tải về Công văn 70/STC-NS\n\n", 0),
        # ... not a title naming another number, nor the document's own lines
        ("Thực hiện Công văn 70/STC-NS về dự toán\n", 0),
        ("Công văn 177/STC-NS về lập dự toán\n", 0),
        # one label is not a table; nor labels further down the document
        ("Số hiệu: 9/QĐ-UBND\n", 0),
        ("\n" * 20 + "Số hiệu: 9\nLĩnh vực: y tế\n", 0),
        # a table of three rows at least below a legal site's menu of one-word lines, past the first 15 lines
        ("Kế hoạch 77/STC-NS về dự toán\n" + "".join(f"- Mục {k}\n" for k in range(18))
         + "Cơ quan ban hành: | Sở Tài chính | Số công báo: | Đang cập nhật |\nSố hiệu: | 77/STC-NS |\n"
         "Ngày ban hành: | 03/02/2025 |\n", 22),
        # ... not two rows there, nor three under a national motto (the document's own table)
        ("\n" * 20 + "Số hiệu: | 9 |\nLĩnh vực: | y tế |\n", 0),
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" + "\n" * 20 + "Số hiệu: | 9 |\nLĩnh vực: | y tế |\nÁp dụng: | ngay |\n", 0),
    ],
)
def test_a_portal_preamble_is_stepped_over(preamble: str, skipped: int) -> None:
    from chidao.documents.parts.furniture import portal_preamble_end
    from chidao.documents.text import split_lines

    assert portal_preamble_end(split_lines(preamble + _LETTER)) == skipped
    if skipped:
        doc = parse_text(preamble + _LETTER, check=False)
        assert doc.issuer is not None and (doc.issuer.name, doc.issuer.parent) == ("SỞ TÀI CHÍNH", "UBND TỈNH NAM BÌNH")
        assert doc.number is not None and doc.number.seq == "77" and doc.date is not None and doc.date.iso == "2025-02-03"


@pytest.mark.parametrize(
    ("note", "control"),
    [
        # a collector's note on the copy, wholly in square brackets, above the document
        ("[OCR] [Bản trích chữ tự động bằng tesseract tiếng Việt từ bản quét cong-van.pdf — 2 trang.]", True),
        # ... never a document's own mark in brackets
        ("[Dự thảo]", False),
        ("[MẬT]", False),
    ],
)
def test_a_collectors_note_in_brackets_is_no_header_line(note: str, control: bool) -> None:
    from chidao.documents.parts.furniture import is_page_control

    assert is_page_control(note) is control
    if control:
        doc = parse_text(note + "\n\n" + _LETTER, check=False)
        assert doc.issuer is not None and doc.issuer.name == "SỞ TÀI CHÍNH"


@pytest.mark.parametrize(
    ("text", "skipped"),
    [
        # a portal's page title that the header below prints again as its trích yếu, the number line between: the
        # title alone is the page's
        ("Về việc cử cán bộ tham gia Đoàn kiểm tra liên ngành\nỦY BAN NHÂN DÂN\nXÃ AN PHÚ\nSố: 88/UBND-VP\n"
         "Về việc cử cán bộ tham gia Đoàn kiểm tra liên ngành\nAn Phú, ngày 2 tháng 3 năm 2021\n", 1),
        # ... not a line repeated with no number line between, nor a short line
        ("Về việc cử cán bộ tham gia Đoàn kiểm tra liên ngành\nỦY BAN NHÂN DÂN\nXÃ AN PHÚ\nKính gửi: Các phòng.\n"
         "Về việc cử cán bộ tham gia Đoàn kiểm tra liên ngành\n", 0),
        ("ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\nSố: 88/UBND-VP\nỦY BAN NHÂN DÂN\n", 0),
    ],
)
def test_a_page_title_repeated_as_the_subject_is_the_pages(text: str, skipped: int) -> None:
    from chidao.documents.parts.furniture import _title_repeated_below_end
    from chidao.documents.text import split_lines

    assert _title_repeated_below_end([line for line in split_lines(text) if line.text.strip()]) == skipped


@pytest.mark.parametrize(
    ("text", "skipped"),
    [
        # a RAG chunk's Markdown title copying the document's first line below it, short or long: the title alone
        ("# QUYẾT ĐỊNH\n\nQUYẾT ĐỊNH\nVỀ VIỆC HỖ TRỢ KINH PHÍ\n", 1),
        ("# Kính gửi: Sở Tài chính tỉnh Nam Bình\n\nKính gửi: Sở Tài chính tỉnh Nam Bình\nSở Y tế đề nghị …\n", 1),
        ("## Kính gửi:\n\nKính gửi:\n- Sở Tài chính;\n", 1),
        # ... not a heading over other text, nor a line repeated with no heading mark, nor a heading of no letter
        ("# QUYẾT ĐỊNH\n\n## Điều 2. Sở Tài chính có trách nhiệm …\n", 0),
        ("QUYẾT ĐỊNH\nQUYẾT ĐỊNH\n", 0),
        ("# 2025\n\n2025\n", 0),
    ],
)
def test_a_chunks_markdown_title_over_its_copy_is_the_chunkers(text: str, skipped: int) -> None:
    from chidao.documents.parts.furniture import _heading_copied_end
    from chidao.documents.text import split_lines

    filled = [line for line in split_lines(text) if line.text.strip()]
    assert _heading_copied_end(filled) == skipped
