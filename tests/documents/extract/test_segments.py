"""Body segmentation: wrapped lines joined, page breaks repaired, markers read, tables split into cells."""

from __future__ import annotations

import random
import re
import textwrap

import pytest

from chidao.documents.data import load_toml
from chidao.documents.extract.clauses import _matches
from chidao.documents.extract.segments import (
    _EMPHASIS,
    _EMPHASIS_OPENERS,
    _MARKER,
    _MARKERS,
    Segment,
    segments,
)
from chidao.documents.text import split_lines


def _segs(text: str) -> list[tuple[str | None, int, str]]:
    return [(s.marker, s.depth, s.text) for s in segments(split_lines(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list item broken by a page break (blank lines, next line starts lower case)
        (
            "- Bổ sung số liệu về thu ngân sách năm 2023 và\n\n\ncác khoản chi thường xuyên.\n- Rà soát phụ lục.",
            [("-", 5, "Bổ sung số liệu về thu ngân sách năm 2023 và các khoản chi thường xuyên."), ("-", 5, "Rà soát phụ lục.")],
        ),
        # lines wrapped by a PDF layout are joined with one space
        (
            "1. Sở Giao thông vận tải chủ trì, phối hợp với các cơ quan liên quan rà soát toàn bộ các\n"
            "tuyến đường tỉnh bị sạt lở, báo cáo trước ngày 20/9/2024.",
            [("1.", 2, "Sở Giao thông vận tải chủ trì, phối hợp với các cơ quan liên quan rà soát toàn bộ các "
              "tuyến đường tỉnh bị sạt lở, báo cáo trước ngày 20/9/2024.")],
        ),
        # items numbered in parentheses, with or without a dot after them
        (
            "(1). Lập phương án trực cho các điểm ngập.\n(2) Kiểm tra các trạm bơm.",
            [("(1).", 4, "Lập phương án trực cho các điểm ngập."), ("(2)", 4, "Kiểm tra các trạm bơm.")],
        ),
        ("a. Với mưa lớn.\nb. Với bão.", [("a.", 4, "Với mưa lớn."), ("b.", 4, "Với bão.")]),
        # a letter parted from its bracket by a space (a PDF text layer): an item all the same
        (
            "c) Ban hành thông tư hướng dẫn;\nd ) Ban hành các văn bản của các Bộ.",
            [("c)", 4, "Ban hành thông tư hướng dẫn;"), ("d )", 4, "Ban hành các văn bản của các Bộ.")],
        ),
        # items numbered with a slash (older letters); a date opening a line is no marker
        (
            "1/ Các phòng rà soát hồ sơ tồn đọng.\n2/ Đội kiểm tra lập biên bản.\n12/3 là ngày họp.",
            [("1/", 2, "Các phòng rà soát hồ sơ tồn đọng."), ("2/", 2, "Đội kiểm tra lập biên bản."),
             (None, 0, "12/3 là ngày họp.")],
        ),
        # items whose number a web copy glued to the first word (`1.Ủy ban …`); a decimal or a code stays text
        (
            "1.Ủy ban nhân dân tỉnh rà soát quỹ đất.\n2.Giao Sở Y tế thẩm định.\n12.000 hộ dân được hỗ trợ.\n4.QĐ số 5 đã hết hiệu lực.",
            [("1.", 2, "Ủy ban nhân dân tỉnh rà soát quỹ đất."), ("2.", 2, "Giao Sở Y tế thẩm định."),
             (None, 0, "12.000 hộ dân được hỗ trợ."), (None, 0, "4.QĐ số 5 đã hết hiệu lực.")],
        ),
        # a short heading without punctuation stays apart from the paragraph under it
        (
            "3. Sở Nội vụ\nTham mưu sắp xếp bộ máy các đơn vị sự nghiệp.",
            [("3.", 2, "Sở Nội vụ"), (None, 0, "Tham mưu sắp xếp bộ máy các đơn vị sự nghiệp.")],
        ),
        # markers of every level; Markdown emphasis and heading marks are dropped
        (
            "## II. NHIỆM VỤ\n**1.** Tăng cường kiểm tra.\n2.3. Báo cáo định kỳ.\na) Lập danh sách.\n+ Gửi Sở.",
            [("II.", 1, "NHIỆM VỤ"), ("1.", 2, "Tăng cường kiểm tra."), ("2.3.", 3, "Báo cáo định kỳ."),
             ("a)", 4, "Lập danh sách."), ("+", 6, "Gửi Sở.")],
        ),
        # a marker alone on its line takes the text of the next line
        ("1.4.\nXây dựng kế hoạch tuyên truyền.", [("1.4.", 3, "Xây dựng kế hoạch tuyên truyền.")]),
        # a short line that stops on a function word runs on, even into a number
        (
            "Ngày 02/5/2024, Bộ Tài chính ban hành Thông tư số\n15/2024/TT-BTC về quản lý kinh phí.",
            [(None, 0, "Ngày 02/5/2024, Bộ Tài chính ban hành Thông tư số 15/2024/TT-BTC về quản lý kinh phí.")],
        ),
        # a dash that OCR read as a tilde opens an item like the dash
        (
            "- Lập danh sách học viên dự thi.\n~ Có trách nhiệm kiểm tra phòng thi.",
            [("-", 5, "Lập danh sách học viên dự thi."), ("~", 5, "Có trách nhiệm kiểm tra phòng thi.")],
        ),
        # ... or as a not sign, as tesseract often reads a bullet
        (
            "¬ Rà soát sổ theo dõi đảng viên.\n- Báo cáo Đảng ủy xã.",
            [("¬", 5, "Rà soát sổ theo dõi đảng viên."), ("-", 5, "Báo cáo Đảng ủy xã.")],
        ),
        # a scan that read the first letter `a)` of a list under a numbered heading as `8)`: the lettered item, since
        # `b)` follows; and an item number whose dot it read as a comma (`4, …` after `3.`)
        (
            "3. Ban Dân vận Huyện ủy\n8) Hướng dẫn các chi bộ.\nb) Tổng hợp kết quả.\n4, Văn phòng Huyện ủy\nc) Theo dõi.",
            [("3.", 2, "Ban Dân vận Huyện ủy"), ("a)", 4, "Hướng dẫn các chi bộ."), ("b)", 4, "Tổng hợp kết quả."),
             ("4.", 2, "Văn phòng Huyện ủy"), ("c)", 4, "Theo dõi.")],
        ),
        # ... but `8)` after `7)` is the eighth item, and a comma after a number with no item before it is no marker
        (
            "7) Kiểm tra hồ sơ.\n8) Lập biên bản.\nb) Gửi Sở.\n5, Sở Tài chính thẩm định.",
            [("7)", 2, "Kiểm tra hồ sơ."), ("8)", 2, "Lập biên bản."), ("b)", 4, "Gửi Sở."),
             (None, 0, "5, Sở Tài chính thẩm định.")],
        ),
        # page numbers between pages are dropped
        ("Tổ chức tập huấn cho cán bộ cấp xã về\n12\nquy trình mới.", [(None, 0, "Tổ chức tập huấn cho cán bộ cấp xã về quy trình mới.")]),
        # a paragraph trailing off (`…`) ends there before a capital; a line in lower case after it goes on
        (
            "Công an huyện tuần tra, kiểm soát trên các tuyến đường liên xã, xử lý xe chở quá tải, xe không đèn…\n"
            "Phòng Kinh tế và Hạ tầng rà soát hệ thống biển báo trên các tuyến đường huyện.\n"
            "Kiểm tra các loại xe tải, xe khách…\nvà báo cáo kết quả.",
            [(None, 0, "Công an huyện tuần tra, kiểm soát trên các tuyến đường liên xã, xử lý xe chở quá tải, xe không đèn…"),
             (None, 0, "Phòng Kinh tế và Hạ tầng rà soát hệ thống biển báo trên các tuyến đường huyện."),
             (None, 0, "Kiểm tra các loại xe tải, xe khách… và báo cáo kết quả.")],
        ),
        # a scan's blank line inside a sentence, before a short bracket the sentence runs on from in lower case; a
        # note in brackets alone stays apart
        (
            "Sở Tài chính nâng cấp phần mềm quản lý ngân sách\n\n(Tabmis, Dự toán) để hỗ trợ các đơn vị nhập số liệu.\n"
            "Báo cáo gửi về Sở trong tháng 5\n\n(Kèm theo mẫu biểu số 02)",
            [(None, 0, "Sở Tài chính nâng cấp phần mềm quản lý ngân sách (Tabmis, Dự toán) để hỗ trợ các đơn vị nhập số liệu."),
             (None, 0, "Báo cáo gửi về Sở trong tháng 5"), (None, 0, "(Kèm theo mẫu biểu số 02)")],
        ),
        # an article's number alone on its line, its items numbered below it: kept as the article's heading
        (
            "Điều 2.\n1. Rà soát hồ sơ.\n2. Nghị quyết này có hiệu lực từ ngày ký.",
            [("Điều 2.", 1, ""), ("1.", 2, "Rà soát hồ sơ."), ("2.", 2, "Nghị quyết này có hiệu lực từ ngày ký.")],
        ),
    ],
)
def test_segments(text, expected):
    assert _segs(text) == expected


def test_table_rows_have_cells_and_offsets():
    text = "| TT | Nội dung | Cơ quan chủ trì |\n| --- | --- | --- |\n| 1 | Lập quy hoạch | Sở Xây dựng |"
    rows = [s for s in segments(split_lines(text)) if s.cells is not None]
    assert [r.cells for r in rows] == [["TT", "Nội dung", "Cơ quan chủ trì"], ["1", "Lập quy hoạch", "Sở Xây dựng"]]
    offsets = rows[1].cell_offsets[2]
    assert text[offsets[0] : offsets[-1] + 1] == "Sở Xây dựng"


def test_spans_point_back_into_the_text():
    text = "Giao Sở Y tế kiểm tra các cơ sở\nkhám bệnh tư nhân."
    (seg,) = segments(split_lines(text))
    start, end = seg.span(5, 12)
    assert text[start:end] == "Sở Y tế"
    start, end = seg.span(0, len(seg.text))
    assert text[start:end] == text



def test_every_character_keeps_its_offset():
    """Joined lines, heading marks, emphasis and a word cut at its hyphen: each character of a segment's text is
    the character of doc.text at its offset (a joining space stands at the next line's first character)."""
    text = (
        "## 1. Giao **Sở Y tế** kiểm tra các cơ sở\nkhám bệnh tư nhân và các-\nbon.\n"
        "- Báo cáo *kết quả* __trước__ ngày 20/9.\n(Kèm theo)"
    )
    segs = segments(split_lines(text))
    assert [s.text for s in segs] == [
        "Giao Sở Y tế kiểm tra các cơ sở khám bệnh tư nhân và các-bon.",
        "Báo cáo kết quả trước ngày 20/9.",
        "(Kèm theo)",
    ]
    for seg in segs:
        assert len(seg.offsets) == len(seg.text)
        assert all(c == " " or text[o] == c for c, o in zip(seg.text, seg.offsets, strict=True))


@pytest.mark.parametrize(
    ("text", "open_"),
    [("Báo cáo.", False), ("Kết luận số 75-KL/TW;", False), ("như sau:", False), ("Trân trọng./.", False),
     ("(Kèm theo Quyết định số 1.)", False), ("“Nêu rõ.”", False), ("gửi Sở (trước ngày 5.))", False),
     ("xe mô tô vi phạm…", False),
     # a quotation trailing off inside its quotes ends there as one without them does (`… ban hành tiêu chí…”`)
     ("“Bộ Y tế ban hành tiêu chí…”", False), ("“Bộ Y tế xây dựng quy trình …”", False), ("Sở Y tế", True), ("ngày 20/9/2024", True), ("các cơ sở,", True), ("", True), ("“Nêu rõ”", True)],
)
def test_ends_open(text, open_):
    assert Segment(text=text, offsets=range(len(text))).ends_open is open_


# A page of text wrapped at about 60 characters (a PDF export): the typical line length sets what a filled line is.
_WRAPPED_LEAD = (
    "Ủy ban nhân dân tỉnh đề nghị các sở, ngành và địa phương tập\n"
    "trung triển khai đồng bộ các giải pháp phát triển kinh tế xã\n"
    "hội, bảo đảm quốc phòng an ninh và nâng cao đời sống nhân dân\n"
    "trên địa bàn, cụ thể như sau. Các cơ quan, đơn vị được giao\n"
    "nhiệm vụ chủ động xây dựng kế hoạch, phân công cán bộ theo dõi\n"
    "và báo cáo kết quả thực hiện về Văn phòng Ủy ban nhân dân tỉnh.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word cut at its own hyphen joins without a space
        (
            _WRAPPED_LEAD + "- Sở Tài chính nghiên cứu cơ chế mua bán tín chỉ các-\nbon rừng trong năm 2025.",
            "Sở Tài chính nghiên cứu cơ chế mua bán tín chỉ các-bon rừng trong năm 2025.",
        ),
        # the dash of a range that lands at the start of a line is no list item
        (
            _WRAPPED_LEAD + "- Sở Kế hoạch và Đầu tư rà soát danh mục dự án giai đoạn 2026\n"
            "- 2030 và gửi Sở Tài chính trước ngày 15/12/2025.",
            "Sở Kế hoạch và Đầu tư rà soát danh mục dự án giai đoạn 2026 - 2030 và gửi Sở Tài chính trước ngày 15/12/2025.",
        ),
        # a number cut from the month or article it belongs to
        (
            _WRAPPED_LEAD + "- Sở Y tế hoàn thành việc kiểm tra trước ngày 30 tháng\n6 năm 2025.",
            "Sở Y tế hoàn thành việc kiểm tra trước ngày 30 tháng 6 năm 2025.",
        ),
        # a document number or a date never opens a paragraph
        (
            "- Quán triệt đầy đủ nội dung Nghị quyết\n12-NQ/TU và Kế hoạch thực hiện.",
            "Quán triệt đầy đủ nội dung Nghị quyết 12-NQ/TU và Kế hoạch thực hiện.",
        ),
        # a filled line ending on a colon runs on into a lower-case line
        (
            _WRAPPED_LEAD + "- Sở Xây dựng tập trung giải quyết các vướng mắc về mặt bằng:\n"
            "đối thoại với người dân, hoàn thành trong quý III.",
            "Sở Xây dựng tập trung giải quyết các vướng mắc về mặt bằng: đối thoại với người dân, hoàn thành trong quý III.",
        ),
        # a filled line left open runs on into a capitalised line
        (
            _WRAPPED_LEAD + "- Công an tỉnh phối hợp với Sở Giao thông vận tải và Công an\n"
            "Thành phố tổ chức phân luồng giao thông.",
            "Công an tỉnh phối hợp với Sở Giao thông vận tải và Công an Thành phố tổ chức phân luồng giao thông.",
        ),
        # a paragraph wrapped over full lines and still open goes on past a short line
        (
            _WRAPPED_LEAD + "- Ban Quản lý dự án tỉnh đẩy nhanh tiến độ các công trình trọng điểm,\n"
            "bảo đảm chất lượng và an toàn lao động trên toàn bộ các gói thầu của\n"
            "dự án\nQuốc lộ 4 và hoàn thành trong năm 2026.",
            "Ban Quản lý dự án tỉnh đẩy nhanh tiến độ các công trình trọng điểm, bảo đảm chất lượng và an toàn lao "
            "động trên toàn bộ các gói thầu của dự án Quốc lộ 4 và hoàn thành trong năm 2026.",
        ),
        # a word left alone on a line of a wrapped page belongs to the filled line under it
        (
            _WRAPPED_LEAD + "Hồ sơ được gửi về cơ quan quản lý nhà nước về khoáng sản:\nCục\n"
            "Khoáng sản Việt Nam, Bộ Xây dựng và Sở Công Thương nơi có mỏ đá;",
            "Cục Khoáng sản Việt Nam, Bộ Xây dựng và Sở Công Thương nơi có mỏ đá;",
        ),
        # ... also when the line after the short one opens with a number or a bracket
        (
            _WRAPPED_LEAD + "- Các đơn vị duy trì thoát nước tổ chức ứng trực tại các điểm úng ngập,\n"
            "huy động lực lượng, phương tiện và thiết bị theo phương án đã được\nduyệt\n"
            "100% quân số trong thời gian mưa lớn.",
            "Các đơn vị duy trì thoát nước tổ chức ứng trực tại các điểm úng ngập, huy động lực lượng, phương tiện và "
            "thiết bị theo phương án đã được duyệt 100% quân số trong thời gian mưa lớn.",
        ),
        # a wrap right after a semicolon: the next word could not have fitted on the filled line (page width 63)
        (
            _WRAPPED_LEAD + "Các đơn vị duy trì thoát nước gồm: Công ty Thoát nước Đông Hà;\n"
            "Công ty Môi trường đô thị Tây Hà theo địa bàn được giao quản lý.",
            "Các đơn vị duy trì thoát nước gồm: Công ty Thoát nước Đông Hà; Công ty Môi trường đô thị Tây Hà theo địa "
            "bàn được giao quản lý.",
        ),
        # ... and right after a colon, before a name
        (
            _WRAPPED_LEAD + "- Sở Công Thương đôn đốc thành lập các cụm công nghiệp mới:\n"
            "Đông Phong, Tây Sơn; hoàn thành trong năm 2026.",
            "Sở Công Thương đôn đốc thành lập các cụm công nghiệp mới: Đông Phong, Tây Sơn; hoàn thành trong năm 2026.",
        ),
        # ... also before a word that may open a paragraph (`Thực hiện`): after a colon it is the field's value
        (
            _WRAPPED_LEAD + "- Cơ quan thực hiện: Sở Nội vụ chủ trì. Thời gian thực hiện:\n"
            "Thực hiện thường xuyên hằng năm.",
            "Cơ quan thực hiện: Sở Nội vụ chủ trì. Thời gian thực hiện: Thực hiện thường xuyên hằng năm.",
        ),
        # a full stop a wrap pushed onto a line of its own closes the item above
        (
            "+ Ghi mức hưởng ghi trên thẻ bảo hiểm y tế theo mẫu ban hành kèm theo Quyết định số 15/QĐ-BYT\n.",
            "Ghi mức hưởng ghi trên thẻ bảo hiểm y tế theo mẫu ban hành kèm theo Quyết định số 15/QĐ-BYT .",
        ),
        # ... also in an item numbered `1.` (a list item as often as a heading)
        (
            _WRAPPED_LEAD + "2. Sở Tài chính bố trí đủ kinh phí cho hai trạm bơm xây mới:\n"
            "Bắc Sơn và Tây Hồ, báo cáo trong quý II/2026.",
            "Sở Tài chính bố trí đủ kinh phí cho hai trạm bơm xây mới: Bắc Sơn và Tây Hồ, báo cáo trong quý II/2026.",
        ),
    ],
)
def test_hard_wrapped_item_is_one_segment(text, expected):
    assert _segs(text)[-1][2] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a numbered heading a little shorter than the page stays apart from the paragraph under it
        (
            _WRAPPED_LEAD + "2.1. Đối với tình huống mưa lớn kéo dài (trên 100mm)\n"
            "Các đơn vị bố trí lực lượng trực tại các điểm ngập.",
            ["Đối với tình huống mưa lớn kéo dài (trên 100mm)", "Các đơn vị bố trí lực lượng trực tại các điểm ngập."],
        ),
        # a note in brackets stands alone
        (
            _WRAPPED_LEAD + "(Ban hành kèm theo Quyết định số 15/QĐ-UBND của tỉnh)\n"
            "Căn cứ tình hình thực tế, các đơn vị chủ động xây dựng kế hoạch.",
            ["(Ban hành kèm theo Quyết định số 15/QĐ-UBND của tỉnh)",
             "Căn cứ tình hình thực tế, các đơn vị chủ động xây dựng kế hoạch."],
        ),
        # a short heading of one or two words keeps its own line
        (
            _WRAPPED_LEAD + "Yêu cầu\nCác cơ quan bám sát mục tiêu của Đề án, bảo đảm tính khả thi.",
            ["Yêu cầu", "Các cơ quan bám sát mục tiêu của Đề án, bảo đảm tính khả thi."],
        ),
        # list items of a wrapped page still start at their dash
        (
            _WRAPPED_LEAD + "- Sở Nội vụ rà soát biên chế các cơ quan hành chính cấp tỉnh;\n"
            "- Sở Tư pháp thẩm định dự thảo quy định.",
            ["Sở Nội vụ rà soát biên chế các cơ quan hành chính cấp tỉnh;", "Sở Tư pháp thẩm định dự thảo quy định."],
        ),
        # a semicolon with room left on its line for the next word: the author ended the line there
        (
            _WRAPPED_LEAD + "Căn cứ Luật Tổ chức chính quyền địa phương;\n"
            "Căn cứ Quyết định số 15/QĐ-UBND của Ủy ban nhân dân tỉnh về việc giao.",
            ["Căn cứ Luật Tổ chức chính quyền địa phương;",
             "Căn cứ Quyết định số 15/QĐ-UBND của Ủy ban nhân dân tỉnh về việc giao."],
        ),
        # ... and a filled one before a paragraph's opening formula (`Căn cứ`) is the end of its căn cứ
        (
            _WRAPPED_LEAD + "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
            "Căn cứ Quyết định số 15/QĐ-UBND của Ủy ban nhân dân tỉnh về việc giao.",
            ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
             "Căn cứ Quyết định số 15/QĐ-UBND của Ủy ban nhân dân tỉnh về việc giao."],
        ),
        # a numbered heading on one line ending with a colon keeps its line, filled or not
        (
            _WRAPPED_LEAD + "2.1.4. Triển khai các lệnh xây dựng công trình khẩn cấp năm nay:\n"
            "Sở Xây dựng đôn đốc các chủ đầu tư thực hiện các lệnh khẩn cấp.",
            ["Triển khai các lệnh xây dựng công trình khẩn cấp năm nay:",
             "Sở Xây dựng đôn đốc các chủ đầu tư thực hiện các lệnh khẩn cấp."],
        ),
        # a numbered heading near the page width, with room left for the next word, ends its line
        (
            _WRAPPED_LEAD + "2.1. Tại điểm cầu Phòng họp số 1, trụ sở UBND tỉnh An Bình\n"
            "Chủ trì cuộc họp: đồng chí Chủ tịch Ủy ban nhân dân tỉnh.",
            ["Tại điểm cầu Phòng họp số 1, trụ sở UBND tỉnh An Bình",
             "Chủ trì cuộc họp: đồng chí Chủ tịch Ủy ban nhân dân tỉnh."],
        ),
        # a topic's title ends at its colon, even when the next word could not have fitted on its line
        (
            _WRAPPED_LEAD + "- Về phân công nhiệm vụ quản lý nhà nước đối với các cụm công nghiệp:\n"
            "Sở Tài chính căn cứ quy định hiện hành đề xuất phân công cụ thể.",
            ["Về phân công nhiệm vụ quản lý nhà nước đối với các cụm công nghiệp:",
             "Sở Tài chính căn cứ quy định hiện hành đề xuất phân công cụ thể."],
        ),
        # a blank line after a filled line ending with a semicolon is a paragraph break
        (
            _WRAPPED_LEAD + "Các đơn vị duy trì thoát nước gồm: Công ty Thoát nước Đông Hà;\n\n"
            "Công ty Môi trường đô thị Tây Hà tổ chức trực ban.",
            ["Các đơn vị duy trì thoát nước gồm: Công ty Thoát nước Đông Hà;",
             "Công ty Môi trường đô thị Tây Hà tổ chức trực ban."],
        ),
    ],
)
def test_hard_wrapped_paragraphs_stay_apart(text, expected):
    assert [s[2] for s in _segs(text)[-2:]] == expected


_PROJECTS_LEAD = "- Ban Quản lý dự án giao thông tỉnh làm chủ đầu tư các dự án:\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wrap put the `(1)` of an enumeration written inside the sentence at a line's start: `(2)` follows on
        # the same line ...
        (
            _WRAPPED_LEAD + _PROJECTS_LEAD + "(1) Nâng cấp tuyến đê bao Tây Sơn; (2) Nạo vét kênh Bắc Hà và\n"
            "xây dựng hai trạm bơm tiêu úng, hoàn thành trong quý III.",
            [("-", "Ban Quản lý dự án giao thông tỉnh làm chủ đầu tư các dự án: (1) Nâng cấp tuyến đê bao Tây Sơn; "
              "(2) Nạo vét kênh Bắc Hà và xây dựng hai trạm bơm tiêu úng, hoàn thành trong quý III.")],
        ),
        # ... or inside a later line of the same sentence
        (
            _WRAPPED_LEAD + _PROJECTS_LEAD + "(1) Nâng cấp tuyến đê bao Tây Sơn, kè bờ sông đoạn qua xã An\n"
            "Hòa; (2) Nạo vét kênh Bắc Hà, hoàn thành trong quý III năm nay.",
            [("-", "Ban Quản lý dự án giao thông tỉnh làm chủ đầu tư các dự án: (1) Nâng cấp tuyến đê bao Tây Sơn, "
              "kè bờ sông đoạn qua xã An Hòa; (2) Nạo vét kênh Bắc Hà, hoàn thành trong quý III năm nay.")],
        ),
        # a later number at a line's start, the one before it inside the paragraph above
        (
            _WRAPPED_LEAD + _PROJECTS_LEAD + "(1) Nâng cấp tuyến đê bao Tây Sơn; (2) Nạo vét kênh Bắc Hà,\n"
            "kè bờ sông đoạn qua xã An Hòa và xây dựng hai trạm bơm tiêu;\n"
            "(3) Lắp đặt hệ thống quan trắc tự động, hoàn thành trong năm.",
            [("-", "Ban Quản lý dự án giao thông tỉnh làm chủ đầu tư các dự án: (1) Nâng cấp tuyến đê bao Tây Sơn; "
              "(2) Nạo vét kênh Bắc Hà, kè bờ sông đoạn qua xã An Hòa và xây dựng hai trạm bơm tiêu; (3) Lắp đặt "
              "hệ thống quan trắc tự động, hoàn thành trong năm.")],
        ),
        # a list numbered `(1)`, `(2)`, each number at the start of its own line, stays a list
        (
            _WRAPPED_LEAD + _PROJECTS_LEAD + "(1) Nâng cấp tuyến đê bao Tây Sơn, kè bờ sông đoạn qua xã An;\n"
            "(2) Nạo vét kênh Bắc Hà và xây dựng hai trạm bơm tiêu úng mới.",
            [("-", "Ban Quản lý dự án giao thông tỉnh làm chủ đầu tư các dự án:"),
             ("(1)", "Nâng cấp tuyến đê bao Tây Sơn, kè bờ sông đoạn qua xã An;"),
             ("(2)", "Nạo vét kênh Bắc Hà và xây dựng hai trạm bơm tiêu úng mới.")],
        ),
        # a lead-in line with room left for `(1)`: the author put the enumeration on a line of its own
        (
            _WRAPPED_LEAD + "- Ban Quản lý dự án giao thông tỉnh làm chủ đầu tư dự án:\n"
            "(1) Nâng cấp tuyến đê bao Tây Sơn; (2) Nạo vét kênh Bắc Hà.",
            [("-", "Ban Quản lý dự án giao thông tỉnh làm chủ đầu tư dự án:"),
             ("(1)", "Nâng cấp tuyến đê bao Tây Sơn; (2) Nạo vét kênh Bắc Hà.")],
        ),
    ],
)
def test_a_wrap_before_a_number_of_an_inline_enumeration_runs_on(text, expected):
    """`… các dự án:` / `(1) … ; (2) …`: a number in brackets that a wrap put at a line's start is no list item
    when its neighbour number stands inside a line."""
    segs = [(s.marker, s.text) for s in segments(split_lines(text))]
    assert segs[1:] == expected


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        # a wrap before the spaced dash of a compound: the line opening with `- ` and a lower-case word runs on
        (_WRAPPED_LEAD + "- Các sở, ngành bám sát mục tiêu của kế hoạch phát triển kinh tế\n"
         "- xã hội của tỉnh giai đoạn 2026 - 2030.", True),
        (_WRAPPED_LEAD + "- Sở Nội vụ phối hợp tổ chức diễn tập khu vực phòng thủ về quốc phòng\n"
         "- an ninh trong quý III năm 2026.", True),
        (_WRAPPED_LEAD + "- Đài Phát thanh tỉnh phối hợp với các phòng chuyên môn về cung\n"
         "– cầu lao động tổ chức phiên giao dịch việc làm.", True),
        # ... and a capitalised second half of a known compound (`[dash_compounds]`)
        (_WRAPPED_LEAD + "- Ủy ban nhân dân các huyện chỉ đạo Phòng Văn hóa và Phòng Văn hóa\n"
         "- Thông tin tổ chức tuyên truyền.", True),
        (_WRAPPED_LEAD + "- Báo cáo thẩm tra của Ban Văn hóa - Xã hội và của Ban Văn hoá\n"
         "- Xã hội được gửi trước kỳ họp.", True),
        # a real dash item stays an item: capitalised and no compound
        (_WRAPPED_LEAD + "- Các sở, ngành bám sát mục tiêu của kế hoạch phát triển kinh tế\n"
         "- Sở Tài chính chủ trì thẩm định dự toán kinh phí.", False),
        (_WRAPPED_LEAD + "- Các sở, ngành bám sát mục tiêu của kế hoạch phát triển văn hóa\n"
         "- Tăng cường công tác kiểm tra, giám sát.", False),
        # ... after a line that ends a sentence, even before a lower-case word
        (_WRAPPED_LEAD + "- Các sở, ngành bám sát mục tiêu của kế hoạch năm 2026 của tỉnh.\n"
         "- xây dựng kế hoạch kiểm tra, giám sát.", False),
        # ... after a short line (the author ended it there)
        (_WRAPPED_LEAD + "- Nội dung kiểm tra gồm\n- việc quản lý, sử dụng ngân sách.", False),
        # ... after a blank line
        (_WRAPPED_LEAD + "- Các sở, ngành bám sát mục tiêu của kế hoạch phát triển kinh tế\n\n"
         "- xã hội hóa công tác vệ sinh môi trường.", False),
    ],
)
def test_a_wrap_before_a_compound_dash_runs_on(text, joined):
    """A line of a hard-wrapped text opening with the dash of a compound (`kinh tế` / `- xã hội`) runs on."""
    upper, lower = text.rsplit("\n", 1)
    last = _segs(text)[-1]
    if joined:
        assert last[2] == _segs(upper)[-1][2] + " " + lower
    else:
        assert last[0] in ("-", "–") and last[2] == lower[2:]


_WRAP_WORDS = load_toml("wrap_words.toml")


@pytest.mark.parametrize(
    ("text", "joined"),
    [(e, True) for e in _WRAP_WORDS["dash_compounds"]["examples"]]
    + [(e, False) for e in _WRAP_WORDS["dash_compounds"]["counter_examples"]],
)
def test_dash_compounds_table(text, joined):
    """`[dash_compounds]` of wrap_words.toml: the line after `|` (opening with `- `) runs on, or stays an item."""
    upper, lower = text.split("|")
    segs = _segs(_WRAPPED_LEAD + upper + "\n" + lower)
    assert (segs[-1][2] == upper + " " + lower) is joined
    assert (segs[-1][2] == lower[2:]) is not joined


@pytest.mark.parametrize(
    ("text", "apart"),
    [(e, True) for e in _WRAP_WORDS["title_then_unit"]["examples"]]
    + [(e, False) for e in _WRAP_WORDS["title_then_unit"]["counter_examples"]],
)
def test_title_then_unit_table(text, apart):
    """`[title_then_unit]` of wrap_words.toml: a numbered title filling a wrapped line, then a line opening with a
    unit and its work (after `|`): a paragraph of its own under a title that names no unit and hands no work on."""
    upper, lower = text.split("|")
    assert len(upper) >= 60  # it fills the line, as wide as the lead's
    segs = _segs(_WRAPPED_LEAD + upper + "\n" + lower)
    title = upper.split(" ", 1)[1]
    assert (segs[-2][2] == title and segs[-1][2] == lower) is apart
    assert (segs[-1][2] == title + " " + lower) is not apart


@pytest.mark.parametrize(
    ("upper", "lower", "joined"),
    [
        # the two parties of a joint regulation, the dash between them pushed to the next line
        ("Các bên thực hiện đúng Quy chế phối hợp số 12 giữa Sở Tài chính", "- Sở Xây dựng; trao đổi thông tin thường xuyên.", True),
        ("Thực hiện chế độ báo cáo định kỳ theo quy chế liên ngành Sở Y tế", "- Công an tỉnh, bảo đảm thông tin thông suốt.", True),
        # a dashed item opening with its unit and its work
        ("Các bên thực hiện đúng Quy chế phối hợp số 12 giữa Sở Tài chính", "- Sở Xây dựng chủ trì rà soát hồ sơ.", False),
        # the line above ends on no unit
        ("Các bên thực hiện đúng Quy chế phối hợp đã ký kết giữa hai cơ quan", "- Sở Xây dựng; trao đổi thông tin.", False),
    ],
)
def test_spaced_dash_between_two_units(upper, lower, joined):
    """A dash a wrap put at a line's start between two units (`… Sở Tài chính` / `- Sở Xây dựng; …`) joins them; a
    dashed item whose unit does work of its own stays an item."""
    segs = _segs(_WRAPPED_LEAD + upper + "\n" + lower)
    assert (segs[-1][2] == upper + " " + lower) is joined
    assert (segs[-1][2] == lower[2:]) is not joined


@pytest.mark.parametrize(
    ("text", "joined"),
    [(e, True) for e in _WRAP_WORDS["after_stop"]["examples"]]
    + [(e, False) for e in _WRAP_WORDS["after_stop"]["counter_examples"]],
)
def test_after_stop_table(text, joined):
    """`[after_stop]` of wrap_words.toml: after a full stop ending a filled line, a line opening with one of the
    words carries the paragraph on; any other opens a paragraph of its own."""
    upper, lower = text.split("|")
    segs = _segs(_WRAPPED_LEAD + upper + "\n" + lower)
    first = _segs(upper)[0][2]  # the line without its number
    assert (segs[-1][2] == first + " " + lower) is joined
    assert (segs[-1][2] == lower) is not joined


@pytest.mark.parametrize(
    ("text", "apart"),
    [(e, True) for e in _WRAP_WORDS["connectives"]["examples"]]
    + [(e, False) for e in _WRAP_WORDS["connectives"]["counter_examples"]],
)
def test_connectives_table(text, apart):
    """`[connectives]` of wrap_words.toml: after a filled line left open, a line opening with one of the words and a
    comma opens a paragraph of its own; another capitalised line carries the one above on."""
    upper, lower = text.split("|")
    segs = _segs(upper + "\n" + lower)
    assert (segs[-1][2] == lower) is apart
    assert (segs[-1][2] == upper + " " + lower) is not apart


@pytest.mark.parametrize(
    ("text", "joined"),
    [(e, True) for e in _WRAP_WORDS["list_openers"]["examples"]]
    + [(e, False) for e in _WRAP_WORDS["list_openers"]["counter_examples"]],
)
def test_list_openers_table(text, joined):
    """`[list_openers]` of wrap_words.toml: a line that is only `Cụ thể:` (and the like) carries the sentence above
    on; a line that says more opens a paragraph of its own."""
    upper, lower = text.split("|")
    segs = _segs(upper + "\n" + lower)
    first = _segs(upper)[0][2]
    assert (segs[-1][2] == first + " " + lower) is joined


def test_an_unwrapped_text_keeps_its_dash_items():
    """One paragraph per line: a line opening with `- ` and a lower-case word stays an item."""
    text = (
        "Các sở, ngành bám sát mục tiêu của kế hoạch phát triển kinh tế của tỉnh trong giai đoạn tới và những năm sau\n"
        "- xã hội hóa công tác vệ sinh môi trường, thu gom rác thải trên địa bàn."
    )
    assert [s[0] for s in _segs(text)] == [None, "-"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one paragraph per line (no hard wrap): a semicolon at the end of a long line ends the paragraph
        (
            "Các đơn vị duy trì thoát nước gồm Công ty Thoát nước số 1, Công ty Môi trường đô thị số 2 và các "
            "đơn vị khác theo địa bàn;\nCông ty Thoát nước số 1 chủ trì vận hành trạm bơm.",
            ["Các đơn vị duy trì thoát nước gồm Công ty Thoát nước số 1, Công ty Môi trường đô thị số 2 và các đơn "
             "vị khác theo địa bàn;", "Công ty Thoát nước số 1 chủ trì vận hành trạm bơm."],
        ),
        # a long numbered title left open, then the lead-in under it: two paragraphs
        (
            "1. Nâng cao nhận thức của cán bộ, đảng viên về vai trò của kinh tế tư nhân trong giai đoạn mới\n"
            "Các cấp ủy, tổ chức đảng lãnh đạo thực hiện tốt các nội dung sau:",
            ["Nâng cao nhận thức của cán bộ, đảng viên về vai trò của kinh tế tư nhân trong giai đoạn mới",
             "Các cấp ủy, tổ chức đảng lãnh đạo thực hiện tốt các nội dung sau:"],
        ),
        # a title ending on `số` (digital, not the number word), then a unit's lead-in
        (
            "3. Xây dựng nền hành chính số\nĐảng ủy UBND tỉnh lãnh đạo, chỉ đạo:",
            ["Xây dựng nền hành chính số", "Đảng ủy UBND tỉnh lãnh đạo, chỉ đạo:"],
        ),
        # ... but `số` before a number runs on (`Quyết định số` / `1875/QĐ-UBND`)
        (
            "Thực hiện Quyết định số\n1875/QĐ-UBND của UBND tỉnh, Sở Nội vụ hướng dẫn như sau:",
            ["Thực hiện Quyết định số 1875/QĐ-UBND của UBND tỉnh, Sở Nội vụ hướng dẫn như sau:"],
        ),
    ],
)
def test_unwrapped_text_keeps_its_lines(text, expected):
    assert [s[2] for s in _segs(text)] == expected


@pytest.mark.parametrize(
    ("line", "clean"),
    [
        # italics by underscores, a whole line or a word's edge, dropped as `*` is
        ("2. _Các cơ sở có hoạt động giáo dục nghề nghiệp._", "2. Các cơ sở có hoạt động giáo dục nghề nghiệp."),
        ("_Nơi nhận:_", "Nơi nhận:"),
        ("Giao _Sở Y tế_ chủ trì.", "Giao Sở Y tế chủ trì."),
        # ... an underscore inside a word stays (a word-segmented copy: `Quyết_định`), and a lone one between spaces
        ("Quyết_định số 12/QĐ-UBND", "Quyết_định số 12/QĐ-UBND"),
        ("Số văn bản: _ (chưa cấp)", "Số văn bản: _ (chưa cấp)"),
    ],
)
def test_clean_drops_underscore_italics(line: str, clean: str) -> None:
    from chidao.documents.extract.segments import _clean

    assert _clean(split_lines(line)[0])[0] == clean


def test_emphasis_marks_found_by_their_openers_are_finditer() -> None:
    """`_clean` tries the emphasis pattern only where `*` or `__` stands: it finds what a scan finds."""
    rnd = random.Random(11)
    pieces = ["*", "**", "***", "_", "__", " ", "a", "Đ", ".", "1", "\n", "x", "(", "Sở"]
    for _ in range(20000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(1, 12)))
        found = [m.span() for m in _matches(_EMPHASIS, _EMPHASIS_OPENERS, text)]
        assert found == [m.span() for m in _EMPHASIS.finditer(text)], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a numbered list flattened onto one line: one item per number, the lead-in apart
        (
            "Chủ tịch UBND huyện kết luận như sau: 1. Giao Phòng Tài chính - Kế hoạch rà soát kinh phí. "
            "2. Giao Phòng Nội vụ hoàn thiện đề án, trình trước ngày 15/6/2025. 3. Giao UBND các xã báo cáo.",
            [(None, 0, "Chủ tịch UBND huyện kết luận như sau:"),
             ("1.", 2, "Giao Phòng Tài chính - Kế hoạch rà soát kinh phí."),
             ("2.", 2, "Giao Phòng Nội vụ hoàn thiện đề án, trình trước ngày 15/6/2025."),
             ("3.", 2, "Giao UBND các xã báo cáo.")],
        ),
        # ... and the closing formula after the last item is a paragraph of its own
        (
            "Kết luận như sau: 1. Giao Sở Y tế kiểm tra. 2. Giao Sở Công Thương báo cáo. Sở Công Thương gửi báo cáo "
            "trước ngày 10/5. Văn phòng UBND tỉnh thông báo để các cơ quan biết, thực hiện./.",
            [(None, 0, "Kết luận như sau:"), ("1.", 2, "Giao Sở Y tế kiểm tra."),
             ("2.", 2, "Giao Sở Công Thương báo cáo. Sở Công Thương gửi báo cáo trước ngày 10/5."),
             (None, 0, "Văn phòng UBND tỉnh thông báo để các cơ quan biết, thực hiện./.")],
        ),
        # a decision's articles run together (a web copy flattened to one line), the first after `QUYẾT ĐỊNH`
        (
            "QUYẾT ĐỊNH Điều 1. Ban hành Quy chế thi đua của Hội. Điều 2. Giao Văn phòng Hội hướng dẫn thực hiện "
            "Quyết định này. Điều 3. Quyết định này có hiệu lực từ ngày ký.",
            [(None, 0, "QUYẾT ĐỊNH"), ("Điều 1.", 1, "Ban hành Quy chế thi đua của Hội."),
             ("Điều 2.", 1, "Giao Văn phòng Hội hướng dẫn thực hiện Quyết định này."),
             ("Điều 3.", 1, "Quyết định này có hiệu lực từ ngày ký.")],
        ),
        # an article whose space after the number a web copy lost (`Điều 2.Giao …`) is an article all the same
        ("Điều 1.Ban hành Quy chế thi đua.\nĐiều 2.Giao Sở Nội vụ hướng dẫn thực hiện.",
         [("Điều 1.", 1, "Ban hành Quy chế thi đua."), ("Điều 2.", 1, "Giao Sở Nội vụ hướng dẫn thực hiện.")]),
        # ... not articles cited in a sentence
        ("Thực hiện theo Điều 1. Sau đó áp dụng Điều 2. Quy định chung.",
         [(None, 0, "Thực hiện theo Điều 1. Sau đó áp dụng Điều 2. Quy định chung.")]),
        # numbers out of order, a lone number, a number before a small letter: the line stays whole
        ("Thực hiện theo Điều 1. Sau đó áp dụng Điều 3. Quy định chung.",
         [(None, 0, "Thực hiện theo Điều 1. Sau đó áp dụng Điều 3. Quy định chung.")]),
        ("Kết luận như sau: 1. Giao Sở Y tế kiểm tra các cơ sở.",
         [(None, 0, "Kết luận như sau: 1. Giao Sở Y tế kiểm tra các cơ sở.")]),
        ("Xếp loại: 1. tốt; 2. khá; 3. trung bình.", [(None, 0, "Xếp loại: 1. tốt; 2. khá; 3. trung bình.")]),
    ],
)
def test_a_numbered_list_run_together_on_one_line_is_cut_into_its_items(text, expected):
    assert _segs(text) == expected


def test_inline_items_keep_their_offsets():
    text = "Đề nghị như sau: 1. Sở Xây dựng kiểm tra công trình. 2. Sở Tài chính bố trí kinh phí."
    for seg in segments(split_lines(text)):
        assert text[seg.offsets[0] : seg.offsets[-1] + 1] == seg.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a page's number, then the running header the PDF repeats atop the page, inside a sentence
        (
            "Sở Y tế chỉ đạo các bệnh viện rà soát thuốc, vật tư, báo cáo kết quả định kỳ hằng\n\n2\n"
            "KẾ HOẠCH SỐ 12/KH-UBND NGÀY 03/3/2024\nquý về Sở Y tế.",
            ["Sở Y tế chỉ đạo các bệnh viện rà soát thuốc, vật tư, báo cáo kết quả định kỳ hằng quý về Sở Y tế."],
        ),
        # after a closed sentence a line in capitals is a heading, page number or not
        (
            "Các đơn vị bảo đảm kinh phí thực hiện.\n3\nIV. TỔ CHỨC THỰC HIỆN\nSở Tài chính hướng dẫn các đơn vị.",
            ["Các đơn vị bảo đảm kinh phí thực hiện.", "TỔ CHỨC THỰC HIỆN", "Sở Tài chính hướng dẫn các đơn vị."],
        ),
        (
            "Các đơn vị bảo đảm kinh phí thực hiện.\n3\nPHỤ LỤC\nDanh mục nhiệm vụ",
            ["Các đơn vị bảo đảm kinh phí thực hiện.", "PHỤ LỤC", "Danh mục nhiệm vụ"],
        ),
    ],
)
def test_running_header_after_a_page_number_is_dropped(text, expected):
    assert [s[2] for s in _segs(text)] == expected


# A paragraph hard-wrapped at 100 columns, wider than a PDF's line: its lines stop at one width, cut mid-sentence
_WIDE_LEAD = textwrap.fill(
    "Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành và Ủy ban nhân dân các huyện, thị xã, thành phố tập trung "
    "chỉ đạo, tổ chức thực hiện nghiêm túc, có hiệu quả các nhiệm vụ, giải pháp phát triển kinh tế, xã hội, bảo "
    "đảm quốc phòng, an ninh năm nay; tăng cường kỷ luật, kỷ cương hành chính, nâng cao trách nhiệm người đứng "
    "đầu trong việc thực hiện nhiệm vụ được giao, kịp thời tháo gỡ khó khăn, vướng mắc cho người dân và doanh "
    "nghiệp, đẩy mạnh cải cách thủ tục hành chính và chuyển đổi số trong hoạt động của các cơ quan nhà nước.",
    100,
) + "\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wrap right after a semicolon at 100 columns: the next word could not have fitted on the filled line
        (
            _WIDE_LEAD + "- Các đơn vị duy trì thoát nước gồm: Công ty Thoát nước Đông Hà, Công ty Cấp nước Tây Hà, Bắc Hà;\n"
            "Công ty Môi trường đô thị Tây Hà theo địa bàn được giao quản lý.",
            ["Các đơn vị duy trì thoát nước gồm: Công ty Thoát nước Đông Hà, Công ty Cấp nước Tây Hà, Bắc Hà; Công ty Môi "
             "trường đô thị Tây Hà theo địa bàn được giao quản lý."],
        ),
        # a numbered heading on one line with room for the next word ends there
        (
            _WIDE_LEAD + "2.1. Triển khai các lệnh xây dựng công trình khẩn cấp năm nay\n"
            "Sở Xây dựng đôn đốc các chủ đầu tư thực hiện các lệnh khẩn cấp.",
            ["Triển khai các lệnh xây dựng công trình khẩn cấp năm nay",
             "Sở Xây dựng đôn đốc các chủ đầu tư thực hiện các lệnh khẩn cấp."],
        ),
        # a topic's title ends at its colon, even when the next word could not have fitted on its line
        (
            _WIDE_LEAD + "- Về rà soát phân công nhiệm vụ của các sở, ngành trong quản lý nhà nước đối với các cụm công:\n"
            "Sở Tài chính căn cứ quy định hiện hành đề xuất phân công cụ thể.",
            ["Về rà soát phân công nhiệm vụ của các sở, ngành trong quản lý nhà nước đối với các cụm công:",
             "Sở Tài chính căn cứ quy định hiện hành đề xuất phân công cụ thể."],
        ),
    ],
)
def test_text_wrapped_at_100_columns_reads_as_wrapped(text, expected):
    assert [s[2] for s in _segs(text)[1:]] == expected


# One paragraph per line, lines of about 100 characters: each ends its sentence, so no wrap is read into them
_PARAGRAPH_LINES = "".join(
    f"{n}. Sở Nội vụ chủ trì rà soát, sắp xếp tổ chức bộ máy các cơ quan chuyên môn cấp tỉnh trong quý {n} năm nay.\n"
    for n in range(1, 6)
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _PARAGRAPH_LINES + "- Các đơn vị duy trì thoát nước gồm: Công ty Thoát nước Đông Hà, Công ty Cấp nước Tây Hà;\n"
            "Công ty Môi trường đô thị Tây Hà theo địa bàn được giao quản lý.",
            ["Các đơn vị duy trì thoát nước gồm: Công ty Thoát nước Đông Hà, Công ty Cấp nước Tây Hà;",
             "Công ty Môi trường đô thị Tây Hà theo địa bàn được giao quản lý."],
        ),
    ],
)
def test_paragraphs_of_about_100_characters_are_not_a_wrap(text, expected):
    assert [s[2] for s in _segs(text)[5:]] == expected


@pytest.mark.parametrize(
    ("text", "joined"),
    [(e, True) for table in ("open_words", "numbered_words") for e in _WRAP_WORDS[table]["examples"]]
    + [(e, False) for table in ("open_words", "numbered_words") for e in _WRAP_WORDS[table]["counter_examples"]],
)
def test_open_and_numbered_words_tables(text, joined):
    """`[open_words]`, `[numbered_words]` of wrap_words.toml: a line ending on one of the words runs on into the
    next, though it open with a number; a line ending on another word does not."""
    upper, lower = text.split("|")
    segs = _segs(upper + "\n" + lower)
    assert (segs[-1][2] == upper + " " + lower) is joined


@pytest.mark.parametrize(
    "line",
    [
        "Điều 3. Chánh Văn phòng", "Điều 2.Giao Sở Y tế", "II. NHIỆM VỤ", "IV) Tổ chức", "1.2. Sở Y tế", "1.2.Sở Y tế", "3. Giao", "12) Rà soát",
        "a) Sở Tài chính", "đ) Các huyện", "b.1) Rà soát", "(1) Cải tạo", "(12). Nạo vét", "c. Báo cáo",
        "- Sở Xây dựng", "– Tuyến tỉnh", "—Mục", "• Điểm", "+ Bổ sung", "* Lưu ý", "Căn cứ Luật", "UBND tỉnh",
        "Xây dựng", "Ví dụ", "Điều chỉnh", "2026 là năm", "a", "", "١. số Ả Rập",
    ],
)
def test_marker_is_read_as_by_the_plain_alternation(line: str) -> None:
    """`_MARKER` stands behind a lookahead for the characters a marker starts with: it reads what the alternation
    alone reads."""
    plain = re.compile("(?:" + "|".join(f"(?P<m{i}>{p.pattern})" for i, (p, _) in enumerate(_MARKERS)) + r")\s*")
    m, p = _MARKER.match(line), plain.match(line)
    assert (m and (m.lastgroup, m.group(0))) == (p and (p.lastgroup, p.group(0)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # items whose numbers lost their dot (a web copy, a PDF text layer), numbered 1, 2, 3 … at line starts
        (
            "Chủ tịch UBND tỉnh kết luận:\n1 Giao Sở Tài chính bố trí kinh phí.\n2 Giao Sở Xây dựng rà soát hồ sơ.\n"
            "3 Sở Y tế tổ chức tập huấn.",
            [(None, 0, "Chủ tịch UBND tỉnh kết luận:"), ("1", 2, "Giao Sở Tài chính bố trí kinh phí."),
             ("2", 2, "Giao Sở Xây dựng rà soát hồ sơ."), ("3", 2, "Sở Y tế tổ chức tập huấn.")],
        ),
        # ... a wrapped line opening with a quantity carries its item on
        (
            "1 Giao Sở Nội vụ thành lập tổ công tác trong\n3 tháng tới.\n2 Giao Sở Tư pháp thẩm định.",
            [("1", 2, "Giao Sở Nội vụ thành lập tổ công tác trong 3 tháng tới."), ("2", 2, "Giao Sở Tư pháp thẩm định.")],
        ),
        # a number alone, or not running on from 1, is no item number
        ("Kết luận:\n2 Giao Sở Tài chính bố trí kinh phí.", [(None, 0, "Kết luận:"), (None, 0, "2 Giao Sở Tài chính bố trí kinh phí.")]),
        ("Kết luận:\n1 Giao Sở Tài chính bố trí kinh phí.", [(None, 0, "Kết luận:"), (None, 0, "1 Giao Sở Tài chính bố trí kinh phí.")]),
        (
            "Kết luận:\n1 Giao Sở Tài chính bố trí kinh phí.\n3 Giao Sở Xây dựng rà soát.",
            [(None, 0, "Kết luận:"), (None, 0, "1 Giao Sở Tài chính bố trí kinh phí."), (None, 0, "3 Giao Sở Xây dựng rà soát.")],
        ),
        # quantities opening a line are no item numbers
        (
            "1 Giao Sở Y tế kiểm tra.\n2 Giao Sở Công Thương rà soát.\n15 ngày sau, các đơn vị báo cáo.\n"
            "2026 Là năm bản lề.\n100% hộ dân được tuyên truyền.",
            [("1", 2, "Giao Sở Y tế kiểm tra."), ("2", 2, "Giao Sở Công Thương rà soát."),
             (None, 0, "15 ngày sau, các đơn vị báo cáo."), (None, 0, "2026 Là năm bản lề."),
             (None, 0, "100% hộ dân được tuyên truyền.")],
        ),
        # ... with a dash after the number (`2 - Sở …`), or the number alone on its line and its item on the next
        # after a dash (`2` then `- UBND các xã:`), as a crawl of a web page leaves them
        (
            "Tổ chức thực hiện:\n1 - Sở Nội vụ có trách nhiệm.\n- Rà soát biên chế;\n2\n- Ủy ban nhân dân các xã:\n"
            "- Lập danh sách.",
            [(None, 0, "Tổ chức thực hiện:"), ("1", 2, "Sở Nội vụ có trách nhiệm."), ("-", 5, "Rà soát biên chế;"),
             ("2", 2, "Ủy ban nhân dân các xã:"), ("-", 5, "Lập danh sách.")],
        ),
        # ... a number alone that does not run on from 1 stays a page's number
        ("Đề nghị các xã thực hiện.\n2\n- Tổ chức kiểm tra.", [(None, 0, "Đề nghị các xã thực hiện."), ("-", 5, "Tổ chức kiểm tra.")]),
        # ... from the third on, after a line left open too, as OCR'd items that close with no mark leave them (the
        # run 1, 2 vouches for the numbering)
        (
            "1 Đôn đốc các bệnh viện báo cáo kết quả (mẫu kèm theo)\n2 Đánh giá kết quả, nêu khó khăn,\nđề xuất kiến nghị\n"
            "3 Đề xuất định hướng giai đoạn sau: duy trì mạng lưới",
            [("1", 2, "Đôn đốc các bệnh viện báo cáo kết quả (mẫu kèm theo)"),
             ("2", 2, "Đánh giá kết quả, nêu khó khăn, đề xuất kiến nghị"),
             ("3", 2, "Đề xuất định hướng giai đoạn sau: duy trì mạng lưới")],
        ),
        # a number after a line left open is a wrapped number, not an item
        (
            "1 Giao Sở Y tế cử đoàn kiểm tra với\n2 Phó Giám đốc Sở.\n2 Giao Sở Tư pháp thẩm định.",
            [("1", 2, "Giao Sở Y tế cử đoàn kiểm tra với 2 Phó Giám đốc Sở."), ("2", 2, "Giao Sở Tư pháp thẩm định.")],
        ),
    ],
)
def test_item_numbers_that_lost_their_dot(text, expected):
    assert _segs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # section numbers that lost their dot (a web copy, a PDF text layer) before a heading in capitals
        (
            "I MỤC ĐÍCH, YÊU CẦU\nBảo đảm an toàn.\nII NHIỆM VỤ\n1. Sở Y tế giám sát dịch bệnh.",
            [("I", 1, "MỤC ĐÍCH, YÊU CẦU"), (None, 0, "Bảo đảm an toàn."), ("II", 1, "NHIỆM VỤ"),
             ("1.", 2, "Sở Y tế giám sát dịch bệnh.")],
        ),
        ("IV TỔ CHỨC THỰC HIỆN:\nCác sở triển khai.", [("IV", 1, "TỔ CHỨC THỰC HIỆN:"), (None, 0, "Các sở triển khai.")]),
        ("V KIẾN NGHỊ - ĐỀ XUẤT\nĐề nghị Bộ Y tế hỗ trợ.", [("V", 1, "KIẾN NGHỊ - ĐỀ XUẤT"), (None, 0, "Đề nghị Bộ Y tế hỗ trợ.")]),
        # ... not before a line in mixed case, nor a roman number inside a line
        ("II Nhiệm vụ của các sở.", [(None, 0, "II Nhiệm vụ của các sở.")]),
        ("Giai đoạn II NHIỆM VỤ TRỌNG TÂM", [(None, 0, "Giai đoạn II NHIỆM VỤ TRỌNG TÂM")]),
    ],
)
def test_section_numbers_that_lost_their_dot(text, expected):
    assert _segs(text) == expected


def test_page_foot_note_of_a_layout_copy_is_not_body():
    """A layout copy prints a page's notes at its foot (`   1 Các văn bản …` up to the page number): the note is not
    body; the paragraph the page break cut goes on after the page number."""
    from chidao.documents.extract.segments import _page_notes

    text = (
        "      - Rà soát các quy định về quản lý chợ và trung tâm thương mại trên địa bàn1, báo cáo kết quả\n"
        "về Sở Công Thương; đồng thời đề xuất sửa đổi các quy định\n"
        "\n"
        "   1 Các quy định của Luật Thương mại năm 2005 và Nghị định số 60/2024/NĐ-CP ngày 05/6/2024 của Chính\n"
        "\n"
        "phủ về phát triển và quản lý chợ.\n"
        "                                        2\n"
        "\n"
        "không còn phù hợp.\n"
    )
    lines = split_lines(text)
    dropped = {lines[i].text.strip()[:11] for i in _page_notes(lines)}
    assert dropped == {"1 Các quy đ", "", "phủ về phát"}
    # ... and a numbered line with no mark glued above it is body
    plain = "Các nội dung sau:\n\n   1 Rà soát quy hoạch chợ.\n                                        2\n"
    assert not _page_notes(split_lines(plain))


@pytest.mark.parametrize(
    ("text", "cells"),
    [
        # a row written without its outer pipes (a .docx extraction): three ` | ` or more make it a row, and its
        # last cell, left empty, is a cell of its own (no outer pipe closes it)
        ("1 | Lập hồ sơ | Sở Tư pháp | Quý III/2026 | ", [["1", "Lập hồ sơ", "Sở Tư pháp", "Quý III/2026", ""]]),
        ("TT | Nội dung | Chủ trì | Thời hạn", [["TT", "Nội dung", "Chủ trì", "Thời hạn"]]),
        # a line with fewer bars is prose, as is a piped row's closing pipe, which closes no cell
        ("Sở X | Sở Y tổ chức thực hiện.", []),
        ("| 1 | Lập hồ sơ | Sở Tư pháp |", [["1", "Lập hồ sơ", "Sở Tư pháp"]]),
        # under a row without outer pipes, a line opening with a pipe and not closing with one is that table's row
        # whose first cell is empty (merged down from the row above), and a line with one ` | ` its group row
        (
            "10-11/2019 | Lập đề cương | Cục X | Vụ Y\n | Lấy ý kiến | Cục X | Vụ Z\nII | GIAI ĐOẠN 2\n"
            " |  | Chủ trì | Phối hợp",
            [["10-11/2019", "Lập đề cương", "Cục X", "Vụ Y"], ["", "Lấy ý kiến", "Cục X", "Vụ Z"], ["II", "GIAI ĐOẠN 2"],
             ["", "", "Chủ trì", "Phối hợp"]],
        ),
        # ... not under a piped table, whose rows open and close with a pipe
        ("| 1 | Lập hồ sơ | Sở Tư pháp |\n| 2 | Thẩm định | Sở Nội vụ |", [["1", "Lập hồ sơ", "Sở Tư pháp"], ["2", "Thẩm định", "Sở Nội vụ"]]),
        # ... nor after prose: a line with one ` | ` alone stays prose
        ("Ghi chú:\nII | GIAI ĐOẠN 2", []),
        # the points in a row's cell stay in the cell (`- Vụ X; - Vụ Y.`), not cut into lines of their own
        ("1 | Lập đề cương | Cục X | - Vụ Y; - Vụ Z.", [["1", "Lập đề cương", "Cục X", "- Vụ Y; - Vụ Z."]]),
    ],
)
def test_rows_with_or_without_outer_pipes(text, cells):
    assert [s.cells for s in segments(split_lines(text)) if s.cells is not None] == cells


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        # a digital signature's stamp laid over a list: its lines go, the list goes on
        (
            "Điều 2. Giao các đơn vị sau:\n1. Văn phòng Sở cập nhật danh mục hồ sơ.\nNgười ký: Cổng thông tin điện tử\n"
            "Email: banbientap@example.vn\nThời gian ký: 02.03.2025 09:10:11 +07:00\n2. Phòng Pháp chế rà soát quy định.",
            ["Giao các đơn vị sau:", "Văn phòng Sở cập nhật danh mục hồ sơ.", "Phòng Pháp chế rà soát quy định."],
        ),
        # one such line alone is the text's (a contact line), kept
        (
            "Các trường gửi báo cáo về Phòng Giáo dục.\nEmail: phonggd@example.vn",
            ["Các trường gửi báo cáo về Phòng Giáo dục.", "Email: phonggd@example.vn"],
        ),
    ],
)
def test_signature_stamp_in_the_body_is_stepped_over(body: str, kept: list[str]) -> None:
    from chidao.documents.extract.segments import body_lines
    from chidao.documents.model import Document, Source

    doc = Document(source=Source(name="x.txt"), text=body)
    lines = split_lines(body)
    assert [s.text for s in segments(body_lines(doc, lines))] == kept


def test_a_dash_alone_on_its_line_opens_the_item_below():
    """A web copy that puts each item's dash on a line of its own (`-` / `Chỉ đạo …`): one item, the dash its marker."""
    text = "Đề nghị Sở Nội vụ thực hiện một số nội dung như sau:\n-\nRà soát danh sách công chức.\n-\nBáo cáo kết quả.\n"
    assert _segs(text)[1:] == [("-", 5, "Rà soát danh sách công chức."), ("-", 5, "Báo cáo kết quả.")]


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        # a web copy (no hard wrap) breaks a sentence inside a known compound: the halves join
        ("-\nTổng hợp phiếu khảo sát và gửi về Bộ Lao động\n- Thương binh và Xã hội (qua Vụ Việc làm) trước ngày 30/7.",
         True),
        # ... never after a short heading left open (`Lĩnh vực văn hóa` / `- Xã hội hóa …`)
        ("2. Lĩnh vực văn hóa\n- Xã hội hóa các hoạt động văn hóa, thể thao ở cơ sở.", False),
        # ... nor before an item that is no second half of a compound
        ("-\nCác sở, ngành bám sát mục tiêu của kế hoạch phát triển kinh tế của tỉnh\n- Xây dựng kế hoạch kiểm tra.",
         False),
    ],
)
def test_a_compound_broken_by_a_web_copy_runs_on(text, joined):
    segs = _segs(text)
    assert (len(segs) == 1) is joined


def test_a_row_of_cells_between_tabs_is_a_table_row() -> None:
    """A word processor's table copied as text: cells between tabs (an empty cell between two tabs); a group row
    of two cells under such a row is a row too, a line of two cells elsewhere is not."""
    text = (
        "Các nội dung:\nTT\tNội dung\tChủ trì\tThời hạn\nI\tGIÁM SÁT\n1\tLập danh sách\t\tQuý II/2027\n\n"
        "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN\n"
    )
    segs = segments(split_lines(text))
    assert [s.cells for s in segs if s.cells] == [
        ["TT", "Nội dung", "Chủ trì", "Thời hạn"], ["I", "GIÁM SÁT"], ["1", "Lập danh sách", "", "Quý II/2027"],
    ]


def test_a_header_row_whose_opening_pipe_the_header_took_keeps_its_width() -> None:
    """`STT | … | Sản phẩm |` at the body's start (its opening pipe read with the header): the closing pipe closes
    it, as it closes the rows below, so the header counts as many cells as they do."""
    text = "STT | Nội dung | Chủ trì | Thời hạn |\n|---|---|---|---|\n| 1 | Lập danh sách | Sở Nội vụ | Quý II/2027 |\n"
    assert [s.cells for s in segments(split_lines(text)) if s.cells] == [
        ["STT", "Nội dung", "Chủ trì", "Thời hạn"], ["1", "Lập danh sách", "Sở Nội vụ", "Quý II/2027"],
    ]


@pytest.mark.parametrize(
    ("text", "lead"),
    [(e, True) for e in _WRAP_WORDS["colonless_lead"]["examples"]]
    + [(e, False) for e in _WRAP_WORDS["colonless_lead"]["counter_examples"]],
)
def test_colonless_lead_table(text, lead):
    """`[colonless_lead]` of wrap_words.toml: a paragraph ending with a lead-in's words right above a marked item
    takes its colon back; above an unmarked paragraph, or with no such end, it stays as written."""
    upper, lower = text.split("|")
    first = _segs(upper + "\n" + lower)[0][2]
    assert first.endswith(":") is lead
    assert first.startswith(upper.rstrip(".:"))


_NUMBERED_WORDS = load_toml("wrap_words.toml")["numbered_words"]


@pytest.mark.parametrize(
    ("example", "apart"),
    [(e, True) for e in _NUMBERED_WORDS["after_colon_examples"]]
    + [(e, False) for e in _NUMBERED_WORDS["after_colon_counter_examples"]],
)
def test_part_heading_after_colon(example, apart):
    """`… như sau:` / `Phần I` on a hard-wrapped page: the part's heading opens its section, no wrap of the lead-in."""
    before, after = example.split("|")
    texts = [s.text for s in segments(split_lines(f"{before}\n{after}\n"))]
    assert (after.split("\n")[0] in texts) is apart
