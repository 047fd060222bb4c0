"""PDF body paragraphs: which physical line breaks the page's geometry shows to be wraps."""

from __future__ import annotations

import pytest

from chidao.documents.readers.pdf_lines import Segment, _join_wrapped_lines
from chidao.documents.readers.pdf_paragraphs import TextBlock, continues_paragraph, text_block

# A4 body between x=85 and x=538, type 14 pt (loose boxes ~10 pt high), lines 16 pt apart, spaces 3.5 pt.
BLOCK = TextBlock(left=85.0, right=538.0, spacing=3.5)


def line(
    text: str,
    right: float = 538.0,
    left: float = 85.0,
    y: float = 600.0,
    first_word: float = 30.0,
    spacing: float = 4.2,
    height: float = 10.0,
    plain: bool = True,
) -> Segment:
    return Segment(text, left, right, y, height, plain, first_word, spacing)


@pytest.mark.parametrize(
    ("above", "below", "joined"),
    [
        pytest.param(
            line("Sở Tài chính phối hợp với các sở, ngành rà soát"),
            line("kinh phí", y=584),
            True,
            id="justified-line-wrapped",
        ),
        pytest.param(
            line("Đề nghị Ủy ban nhân dân các huyện hướng dẫn Trạm", right=530),
            line("Khuyến nông thực hiện", y=584, first_word=40),
            True,
            id="next-word-would-not-fit-in-the-room-left",
        ),
        pytest.param(
            line("Về giám sát dịch bệnh", right=240, spacing=3.5),
            line("Các địa phương", y=584),
            False,
            id="short-line-ended-by-the-author",
        ),
        pytest.param(
            line("Mở đầu đoạn văn thụt vào", left=121),
            line("tiếp theo ở lề trái", y=584),
            True,
            id="first-line-indented-next-at-margin",
        ),
        pytest.param(
            line("dòng cuối của đoạn văn trước"),
            line("Đoạn mới thụt đầu dòng", left=121, y=584),
            False,
            id="next-line-indented-opens-a-paragraph",
        ),
        pytest.param(
            line("các nhiệm vụ sau"),
            line("a) Rà soát hồ sơ", y=584, first_word=12),
            False,
            id="list-item-letter",
        ),
        pytest.param(
            line("các nhiệm vụ sau"), line("- Rà soát hồ sơ", y=584, first_word=5), False, id="list-item-dash"
        ),
        pytest.param(
            line("theo quy định tại khoản"),
            line("2. Tổ chức thực hiện", y=584, first_word=10),
            False,
            id="numbered-item",
        ),
        pytest.param(
            line("theo quy định tại"), line("Điều 5 Nghị định này", y=584), False, id="article-heading"
        ),
        pytest.param(
            line("KẾ HOẠCH TRIỂN KHAI THỰC HIỆN CHƯƠNG TRÌNH"),
            line("Năm 2026", y=584),
            False,
            id="heading-in-capitals",
        ),
        pytest.param(
            line("bảo đảm các yêu cầu sau:", spacing=3.5),
            line("kịp thời, đúng quy định", y=584),
            True,
            id="colon-before-lower-case",
        ),
        pytest.param(
            line("Sở Tài chính phối hợp với các sở, ngành rà soát"),
            line("kinh phí", y=540),
            False,
            id="not-right-under",
        ),
        pytest.param(
            line("Sở Tài chính phối hợp với các sở, ngành rà soát"),
            line("kinh phí", y=584, height=7),
            False,
            id="another-type-size",
        ),
        pytest.param(
            line("| 1 | Rà soát | Sở Tài chính |", plain=False),
            line("kinh phí", y=584),
            False,
            id="table-row",
        ),
        pytest.param(
            line("Hà Nội, ngày 12 tháng 3 năm 2026", left=330),
            line("Kính gửi các sở", y=584),
            False,
            id="line-set-right",
        ),
    ],
)
def test_a_line_continues_the_paragraph_where_the_page_shows_a_wrap(
    above: Segment, below: Segment, joined: bool
) -> None:
    assert continues_paragraph(above, below, BLOCK) is joined


JUSTIFIED = TextBlock(left=85.0, right=538.0, spacing=3.5, justified=True)


@pytest.mark.parametrize(
    ("above", "below", "block", "joined"),
    [
        pytest.param(
            line("trụ sở Ủy ban nhân dân tỉnh", right=533),
            line("Chủ trì họp", y=584, first_word=22),
            BLOCK,
            True,
            id="flush-left-next-word-would-not-fit",
        ),
        pytest.param(
            line("trụ sở Ủy ban nhân dân tỉnh", right=533),
            line("Chủ trì họp", y=584, first_word=22),
            JUSTIFIED,
            False,
            id="justified-last-line-short-of-the-margin",
        ),
        pytest.param(
            line("trụ sở Ủy ban nhân dân tỉnh", right=537.6),
            line("Chủ trì họp", y=584, first_word=22),
            JUSTIFIED,
            True,
            id="justified-line-set-to-the-margin",
        ),
        pytest.param(
            line("xong việc tiêu hủy lợn bệnh.", right=534),
            line("Thông qua đợt", y=584, first_word=40),
            BLOCK,
            False,
            id="flush-left-full-line-ending-a-sentence",
        ),
        pytest.param(
            line("xong việc tiêu hủy lợn bệnh."),
            line("Thông qua đợt", y=584, first_word=40),
            JUSTIFIED,
            True,
            id="justified-line-ending-a-sentence-at-the-margin",
        ),
        pytest.param(
            line("các khu công nghiệp mới:"),
            line("Bảo Hưng, Tân Lạc", y=584),
            BLOCK,
            False,
            id="flush-left-colon-before-a-capital",
        ),
        pytest.param(
            line("các khu công nghiệp mới:"),
            line("Bảo Hưng, Tân Lạc", y=584),
            JUSTIFIED,
            True,
            id="justified-colon-at-the-margin-before-a-capital",
        ),
        pytest.param(
            line("thực hiện Kết luận của Ban Chấp hành", left=99, right=515),
            line("Trung ương về bảo vệ môi trường", left=96, right=520, y=584),
            BLOCK,
            False,
            id="centred-title-lines",
        ),
    ],
)
def test_page_layout_decides_ambiguous_breaks(
    above: Segment, below: Segment, block: TextBlock, joined: bool
) -> None:
    assert continues_paragraph(above, below, block) is joined


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        pytest.param(
            [line("a"), line("b", right=537.5), line("c", right=300, spacing=3.4), line("d", left=121)],
            TextBlock(85.0, 538.0, 3.4, justified=True),
            id="justified-page",
        ),
        pytest.param(
            [
                line("a", right=575),
                line("b"),
                line("c", right=537),
                line("d", right=536),
                line("e", right=200),
            ],
            TextBlock(85.0, 537.0, 4.2, justified=True),  # the middle of the lines on the margin
            id="one-wide-line-is-no-margin",
        ),
        pytest.param([line("a"), line("b")], None, id="too-few-lines"),
        pytest.param(
            [line("a", right=300), line("b", right=420), line("c", right=530)],
            None,
            id="no-three-lines-end-together",
        ),
    ],
)
def test_text_block_margins(lines: list[Segment], expected: TextBlock | None) -> None:
    assert text_block(lines) == expected


def test_wrapped_body_lines_become_one_line_per_paragraph() -> None:
    segments = [
        line("Để chủ động phòng, chống dịch bệnh, Ủy ban nhân dân tỉnh yêu cầu", left=121, y=700),
        line("các cơ quan thực hiện các nội dung sau:", right=300, y=684, spacing=3.5),
        line("1. Sở Nông nghiệp và Môi trường hướng dẫn các hộ chăn nuôi áp dụng", left=121, y=668),
        line("biện pháp an toàn sinh học, tiêu độc khử trùng theo hướng dẫn của Bộ; các-", y=652),
        line("bon hoạt tính dùng đúng liều lượng.", right=260, y=636, spacing=3.5, first_word=18),
        line("Năm 2026", right=150, y=620, spacing=3.5),
    ]
    assert _join_wrapped_lines(segments, 595.0, text_block(segments)) == [
        "Để chủ động phòng, chống dịch bệnh, Ủy ban nhân dân tỉnh yêu cầu các cơ quan thực hiện các nội dung sau:",
        "1. Sở Nông nghiệp và Môi trường hướng dẫn các hộ chăn nuôi áp dụng biện pháp an toàn sinh học, tiêu độc khử "
        "trùng theo hướng dẫn của Bộ; các-bon hoạt tính dùng đúng liều lượng.",
        "Năm 2026",
    ]
