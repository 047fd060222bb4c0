"""PDF text layer: line order, stamped fields, column splitting, page numbers, bad files."""

from __future__ import annotations

import pytest

from chidao.documents import ReadError, read
from chidao.documents.readers.pdf_lines import (
    Char,
    Segment,
    _header_order,
    _in_x_order,
    _split_columns,
    drop_page_numbers,
)


def chars(
    text: str, x: float = 100.0, width: float = 6.0, y: float = 700.0, size: float = 13.0
) -> list[Char]:
    out = []
    for ch in text:
        out.append(Char(ch, x, y, x + width, y + size))
        x += width
    return out


def test_fixture_pdf_header_lines(files) -> None:
    result = read(files / "text-layer.pdf")
    assert result.source.media_type == "application/pdf" and result.source.encoding == "pdf"
    assert result.text.split("\n")[:7] == [
        "ỦY BAN NHÂN DÂN",
        "TỈNH THÁI NGUYÊN",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 312/TB-UBND",
        "Thái Nguyên, ngày 16 tháng 9 năm 2024",
        "THÔNG BÁO",
    ]
    assert "Trần Minh Khoa" in result.text and "\r" not in result.text


def test_two_columns_on_one_baseline_become_two_lines() -> None:
    blank = chars("Số:", x=80) + chars("/UBND-XD", x=140)
    assert [s.text for s in _split_columns(blank, 595)] == [
        "Số:   /UBND-XD"
    ]  # the blank for the number stays
    line = chars("Số: 15/UBND-XD") + chars("Lào Cai, ngày 21 tháng 7 năm 2026", x=320)
    assert [s.text for s in _split_columns(line, 595)] == [
        "Số: 15/UBND-XD",
        "Lào Cai, ngày 21 tháng 7 năm 2026",
    ]
    assert [s.text for s in _split_columns(chars("Giao Sở Xây dựng chủ trì"), 595)] == [
        "Giao Sở Xây dựng chủ trì"
    ]


def row(*cells: tuple[str, float]) -> list[Segment]:
    return [Segment(text, x, x + 6 * len(text)) for text, x in cells]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        pytest.param(
            [
                row(("ỦY BAN NHÂN DÂN", 90), ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 290)),
                row(("TỈNH LÀO CAI", 105), ("Độc lập - Tự do - Hạnh phúc", 330)),
                row(("Số: 15/UBND-XD", 100), ("Lào Cai, ngày 21 tháng 7 năm 2026", 310)),
                row(("V/v triển khai", 70)),
                row(("THÔNG BÁO KẾT LUẬN CỦA CHỦ TỊCH", 200)),
                row(("Nơi nhận:", 70), ("KT. CHỦ TỊCH", 380)),
            ],
            [
                "ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Số: 15/UBND-XD", "Lào Cai, ngày 21 tháng 7 năm 2026",
                "V/v triển khai", "THÔNG BÁO KẾT LUẬN CỦA CHỦ TỊCH", "Nơi nhận:", "KT. CHỦ TỊCH",
            ],
            id="header-drawn-row-by-row",
        ),
        pytest.param(
            [
                row(("ỦY BAN NHÂN DÂN", 90)),
                row(("TỈNH LÀO CAI", 105)),
                row(("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 290)),
                row(("Số: 15/UBND-XD", 100), ("Lào Cai, ngày 21 tháng 7 năm 2026", 310)),
            ],
            ["ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 15/UBND-XD",
             "Lào Cai, ngày 21 tháng 7 năm 2026"],
            id="header-drawn-column-by-column",
        ),
    ],
)  # fmt: skip
def test_header_rows_are_read_column_by_column(rows: list[list[Segment]], expected: list[str]) -> None:
    head, start = _header_order(rows, middle=297)
    assert head + [segment.text for row in rows[start:] for segment in row] == expected


def test_letters_drawn_out_of_order_are_put_back_by_x() -> None:
    line = [*chars("T"), Char(" ", 106, 700, 106, 713), *chars("NH", x=112), *chars("Ỉ", x=106)]
    assert "".join(c.ch for c in _in_x_order(line)) == "TỈNH"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["2", "Nội dung trang", "- 3 -"], ["Nội dung trang"]),
        (["Trang 4/9", "Nội dung", ""], ["Nội dung", ""]),
        (["Điều 2. Hiệu lực", "năm 2024"], ["Điều 2. Hiệu lực", "năm 2024"]),
        (["15", "16"], []),
    ],
)
def test_bare_page_numbers_at_page_edges_are_dropped(lines: list[str], expected: list[str]) -> None:
    assert drop_page_numbers(lines) == expected


@pytest.mark.parametrize(("name", "code"), [("encrypted.pdf", "encrypted"), ("truncated.pdf", "corrupt")])
def test_bad_pdfs(files, name: str, code: str) -> None:
    with pytest.raises(ReadError) as err:
        read(files / name)
    assert err.value.code == code


def test_dev_corpus_pdf_headers(shared_dir) -> None:
    """The real PDFs: stamped number and day are put back into their lines."""
    text = read(shared_dir / "corpus/dev/058.pdf").text
    head = text.split("\n")[:6]
    assert head[4].replace(" ", "").startswith("Số:") and any(ch.isdigit() for ch in head[4])
    assert "ngày" in head[5] and any(ch.isdigit() for ch in head[5].split("ngày")[1].split("tháng")[0])


def test_text_in_legacy_fonts_is_decoded_by_font(files) -> None:
    """`.VnTimeH` capitals come out upper case; the TCVN3 `ư` reported as a hyphen is put back."""
    result = read(files / "legacy-fonts.pdf")
    assert result.source.encoding == "tcvn3"
    lines = result.text.split("\n")
    assert lines[:3] == ["ỦY BAN NHÂN DÂN", "TỈNH THÁI NGUYÊN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]
    assert "Số: 120/TB-UBND" in lines and lines[-1].startswith("Thường trực")


@pytest.mark.parametrize(
    ("word", "expected"),
    [("Th-ờng", "Thường"), ("tr-ớc", "trước"), ("TB-UBND", "TB-UBND"), ("Đông-Tây", "Đông-Tây")],
)
def test_tcvn3_hyphen_is_u_only_inside_a_syllable(word: str, expected: str) -> None:
    from chidao.documents.readers.pdf import _restore_soft_hyphen_u

    letters = chars(word)
    _restore_soft_hyphen_u(letters)
    assert "".join(c.ch for c in letters) == expected


def test_place_and_date_are_read_next_to_the_number_they_sit_level_with() -> None:
    from chidao.documents.readers.pdf_lines import _date_beside_number

    def seg(text: str, x: float, y: float) -> list[Segment]:
        return [Segment(text, x, x + 5 * len(text), y, 13)]

    rows = [
        seg("VĂN PHÒNG CHÍNH PHỦ", 80, 790),
        seg("Số: 2443/VPCP-QHQT", 90, 740),
        seg("V/v ký Nghị định thư về kiểm dịch", 70, 725),
        seg("động vật xuất khẩu", 95, 711),
        seg("Hà Nội, ngày 09 tháng 5 năm 2007", 330, 741),
        seg("Kính gửi:", 120, 680),
    ]
    order = [row[0].text for row in _date_beside_number(rows, 297)]
    assert order[1:4] == [
        "Số: 2443/VPCP-QHQT",
        "Hà Nội, ngày 09 tháng 5 năm 2007",
        "V/v ký Nghị định thư về kiểm dịch",
    ]


def test_stamped_figures_join_their_line_and_signature_text_goes_to_stamps() -> None:
    from chidao.documents.readers.pdf_lines import page_lines

    newline = [Char("\r", 0, 0, 0, 0), Char("\n", 0, 0, 0, 0)]
    native = [*chars("Số:", x=80), *chars("/UBND-XD", x=150), *newline, *chars("Nội dung", x=80, y=600)]
    drawn = [*chars("7432", x=110), *newline, *chars("Ký bởi: Văn phòng", x=350, y=300)]
    stamps: list[str] = []
    assert page_lines(native, drawn, 595, first_page=False, stamps=stamps) == [
        "Số: 7432 /UBND-XD",
        "Nội dung",
    ]
    assert stamps == ["Ký bởi: Văn phòng"]


def test_a_number_line_that_goes_on_keeps_its_continuation() -> None:
    from chidao.documents.readers.pdf_lines import _date_beside_number

    rows = [
        [Segment("Số: 19046/BTC-TCHQ V/v hướng dẫn", 80, 260, 740, 13)],
        [Segment("thực hiện các quy định", 90, 240, 726, 13)],
        [Segment("Hà Nội, ngày 29 tháng 12 năm 2014", 330, 520, 740, 13)],
    ]
    assert _date_beside_number(rows, 297) == rows


def test_wrapped_lines_of_a_table_cell_are_joined() -> None:
    from chidao.documents.readers.pdf_lines import _join_wrapped_lines

    def seg(text: str, x: float, y: float) -> Segment:
        return Segment(text, x, x + 5 * len(text), y, 9)

    cells = [
        seg("1", 40, 500),
        seg("Tổ chức tiêm", 80, 500),
        seg("phòng vắc xin", 80, 484),
        seg("Trạm Thú y", 200, 500),
        seg("huyện", 200, 484),
        seg("Tháng 4/2026", 300, 500),
        seg("Nơi nhận:", 70, 300),
        seg("- UBND tỉnh;", 70, 286),
        seg("KT. CHỦ TỊCH", 350, 300),
        seg("PHÓ CHỦ TỊCH", 350, 286),
        seg("Giao Sở Tài chính chủ trì rà soát kinh phí của các dự án trong năm", 70, 200),
        seg("và báo cáo kết quả.", 70, 186),
    ]
    assert _join_wrapped_lines(cells, 595) == [
        "1", "Tổ chức tiêm phòng vắc xin", "Trạm Thú y huyện", "Tháng 4/2026",
        "Nơi nhận:", "- UBND tỉnh;", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
        "Giao Sở Tài chính chủ trì rà soát kinh phí của các dự án trong năm", "và báo cáo kết quả.",
    ]  # fmt: skip


NEWLINE = [Char("\r", 0, 0, 0, 0), Char("\n", 0, 0, 0, 0)]


def _ruled(xs: list[float], ys: list[float]) -> list[tuple[float, float, float, float]]:
    """The thin path boxes of a grid: a horizontal rule at each y, a vertical rule at each x."""
    horizontal = [(xs[0], y - 0.5, xs[-1], y + 0.5) for y in ys]
    vertical = [(x - 0.5, min(ys), x + 0.5, max(ys)) for x in xs]
    return horizontal + vertical


def _cells(*lines: tuple[str, float, float]) -> list[Char]:
    """(text, x, baseline) lines in content order, pdfium style."""
    out: list[Char] = []
    for text, x, y in lines:
        out += [*chars(text, x=x, y=y, width=5.0, size=10.0), *NEWLINE]
    return out


CARRIED = "\ue000"  # pdf_tables.CARRIED


@pytest.mark.parametrize(
    ("content", "boxes", "expected"),
    [
        (  # header row, then a row whose cells wrap over two lines
            _cells(
                ("STT", 82, 460),
                ("Việc", 180, 460),
                ("Chủ trì", 280, 460),
                ("1", 82, 430),
                ("Rà soát", 180, 430),
                ("hồ sơ", 180, 416),
                ("Sở Tư pháp", 280, 430),
                ("Hết.", 82, 300),
            ),
            _ruled([80, 170, 270, 400], [475, 445, 400]),
            ["| STT | Việc | Chủ trì |", "| 1 | Rà soát hồ sơ | Sở Tư pháp |", "Hết."],
        ),
        (  # an empty cell stays a cell
            _cells(
                ("TT", 82, 460),
                ("Việc", 180, 460),
                ("2", 82, 430),
                ("Báo cáo", 180, 430),
                ("Quý I", 330, 430),
            ),
            _ruled([80, 170, 270, 320, 400], [475, 445, 400]),
            ["| TT | Việc |  |  |", "| 2 | Báo cáo |  | Quý I |"],
        ),
        (  # the rest of a row a page break cut: a grid of that one row at the top of the next page
            _cells(("đúng hạn", 180, 760), ("Hết.", 82, 700)),
            _ruled([80, 170, 270, 400], [775, 745]),
            ["|  | đúng hạn |  |", "Hết."],
        ),
        (  # a lead unit's cell merged down over two rows (no rule between them in its column): read in each
            _cells(
                ("TT", 82, 460),
                ("Việc", 180, 460),
                ("Chủ trì", 280, 460),
                ("1", 82, 430),
                ("Rà soát", 180, 430),
                ("Sở Tư pháp", 280, 430),
                ("2", 82, 400),
                ("Báo cáo", 180, 400),
            ),
            [
                *_ruled([80, 170, 270, 400], [475, 445, 385]),
                (80, 414.5, 270, 415.5),  # the rule between rows 1 and 2 stops at the lead column
            ],
            ["| TT | Việc | Chủ trì |", "| 1 | Rà soát | Sở Tư pháp |", "| 2 | Báo cáo | Sở Tư pháp |"],
        ),
        (  # a cell of two paragraphs, the second's first word fitting on the first's line: `; ` between; a
            # name a wrap carried down (`Núi Cốc`: its first word would not have fitted within the widest line)
            _cells(
                ("TT", 82, 460),
                ("Việc", 180, 460),
                ("Phối hợp", 280, 460),
                ("1", 82, 430),
                ("Làm đường ven hồ", 180, 430),
                ("Núi Cốc", 180, 416),
                ("Sở Tư pháp", 280, 430),
                ("Sở Xây dựng tỉnh", 280, 416),
            ),
            _ruled([80, 170, 270, 400], [475, 445, 400]),
            ["| TT | Việc | Phối hợp |", "| 1 | Làm đường ven hồ Núi Cốc | Sở Tư pháp; Sở Xây dựng tỉnh |"],
        ),
        (  # a lead unit's cell merged down over a page break: the rows at the top of the next page, empty there,
            # keep a mark for the cell above the break (`join_rows_across_pages`)
            _cells(("2", 82, 760), ("Báo cáo", 180, 760), ("3", 82, 730), ("Kiểm tra", 180, 730)),
            [*_ruled([80, 170, 270, 400], [775, 715]), (80, 744.5, 270, 745.5)],
            [f"| 2 | Báo cáo | {CARRIED} |", f"| 3 | Kiểm tra | {CARRIED} |"],
        ),
        (  # two columns only (a ruled header): left to the line reader
            _cells(("ỦY BAN NHÂN DÂN", 82, 760), ("CỘNG HÒA", 320, 760)),
            _ruled([80, 300, 540], [775, 740]),
            ["ỦY BAN NHÂN DÂN", "CỘNG HÒA"],
        ),
    ],
)
def test_ruled_table_rows_become_pipe_lines(content, boxes, expected) -> None:
    from chidao.documents.readers.pdf_lines import page_lines
    from chidao.documents.readers.pdf_tables import grids, with_table_rows

    rows = with_table_rows(content, grids(boxes))
    assert page_lines(rows, [], 595, first_page=False) == expected


def test_table_without_rules_is_laid_out_by_its_columns() -> None:
    """A writer emits a borderless table cell by cell; its lines come back by baseline, each cell at its column
    (the header labels wrap: `Cơ quan` over `chủ trì`), and the table reader reads the rows from them."""
    from chidao.documents.extract.layout_tables import layout_tables
    from chidao.documents.readers.pdf_lines import page_lines
    from chidao.documents.readers.pdf_tables import with_layout_rows
    from chidao.documents.text import split_lines

    content = _cells(
        ("Kế hoạch này gồm các nhiệm vụ sau đây, giao cho các cơ quan như bảng dưới.", 82, 500),
        ("TT", 82, 470), ("Nội dung", 120, 470), ("Cơ quan", 300, 470), ("chủ trì", 300, 458),
        ("Thời gian", 420, 470),
        ("1", 82, 440), ("Khảo sát nhu cầu", 120, 440), ("đào tạo nghề", 120, 428), ("Sở Nội vụ", 300, 440),
        ("Quý II/2026", 420, 440),
        ("2", 82, 410), ("Lập danh mục dự án", 120, 410), ("Sở Tài chính", 300, 410), ("Tháng 9/2026", 420, 410),
        ("Các cơ quan được giao nhiệm vụ báo cáo kết quả thực hiện về Sở Nội vụ.", 82, 380),
    )
    lines = page_lines(with_layout_rows(content), [], 595, first_page=False)
    assert lines[0].startswith("Kế hoạch") and lines[-1].startswith("Các cơ quan")
    text = "\n".join(lines)
    _, tables = layout_tables(split_lines(text), text)
    ((_, rows),) = tables
    assert [r.cells for r in rows[1:]] == [
        ["1", "Khảo sát nhu cầu đào tạo nghề", "Sở Nội vụ", "Quý II/2026"],
        ["2", "Lập danh mục dự án", "Sở Tài chính", "Tháng 9/2026"],
    ]


def test_text_without_a_task_table_is_left_as_it_is() -> None:
    from chidao.documents.readers.pdf_tables import with_layout_rows

    content = _cells(("Sở Y tế chủ trì, phối hợp với các đơn vị", 82, 500), ("tổ chức tập huấn.", 82, 488))
    assert with_layout_rows(content) == content


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (  # columns close together: the Nơi nhận line gives the border; left column first
            _cells(
                ("Nơi nhận: - Như trên; - Lưu", 85, 300),
                ("TM. ỦY BAN NHÂN DÂN", 320, 300),
                ("VT, TH.", 85, 285),
                ("CHỦ TỊCH", 360, 285),
                ("Trần Văn Hòa", 350, 240),
            ),
            ["Nơi nhận: - Như trên; - Lưu", "VT, TH.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Văn Hòa"],
        ),
        (  # a signature paragraph wrapped in its cell is one line again
            _cells(
                ("Nơi nhận:", 85, 300),
                ("KT. GIÁM ĐỐC PHÓ", 320, 300),
                ("- Như trên.", 85, 285),
                ("GIÁM ĐỐC Lê An", 320, 285),
            ),
            ["Nơi nhận:", "- Như trên.", "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Lê An"],
        ),
        (  # full-width text after the closing ends it
            _cells(
                ("Nơi nhận: - Lưu: VT.", 85, 300),
                ("GIÁM ĐỐC", 360, 300),
                ("Phụ lục kèm theo văn bản này được gửi qua hệ thống điện tử", 85, 200),
            ),
            [
                "Nơi nhận: - Lưu: VT.",
                "GIÁM ĐỐC",
                "Phụ lục kèm theo văn bản này được gửi qua hệ thống điện tử",
            ],
        ),
    ],
)
def test_closing_columns_are_read_one_after_the_other(content, expected) -> None:
    from chidao.documents.readers.pdf_lines import page_lines

    assert page_lines(content, [], 595, first_page=False) == expected


def test_a_closing_running_on_to_the_next_page_keeps_its_columns() -> None:
    from chidao.documents.readers.pdf_closing import Closing
    from chidao.documents.readers.pdf_lines import page_lines

    closing = Closing()
    first = page_lines(
        _cells(("Nơi nhận: - Như trên;", 85, 80), ("TM. BAN THƯỜNG VỤ", 320, 80)),
        [],
        595,
        False,
        closing=closing,
    )
    second = page_lines(_cells(("- Lưu VP.", 85, 760), ("BÍ THƯ", 360, 760)), [], 595, False, closing=closing)
    assert first + second + closing.flush() == [
        "Nơi nhận: - Như trên;",
        "- Lưu VP.",
        "TM. BAN THƯỜNG VỤ",
        "BÍ THƯ",
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("KT. BỘ TRƯỞNG", "KT. BỘ TRƯỞNG"),
        ("THỨ TRƯỞNG\nNHIỆM VỤ TRỌNG TÂM", "THỨ TRƯỞNG\nNHIỆM VỤ TRỌNG TÂM"),
        ("Giao Sở Tư pháp chủ trì", "Giao Sở Tư pháp chủ trì"),
    ],
)
def test_tcvn3_capitals_in_a_vntime_run_are_restored(line: str, expected: str) -> None:
    """`.VnTime` (not `.VnTimeH`) has no accented capitals: they come back from the Latin capitals."""
    from chidao.documents import legacy
    from chidao.documents.readers.pdf import _restore_capitals

    run = chars(legacy.encode(line, "tcvn3"))
    to_unicode = legacy.table("tcvn3").to_unicode
    decoded = [Char(to_unicode.get(c.ch, c.ch), c.left, c.bottom, c.right, c.top) for c in run]
    assert "".join(c.ch for c in _restore_capitals(run, decoded)) == expected


def _spaced(y: float, *runs: tuple[str, float], gap: float = 3.0) -> list[Char]:
    """One line: each run of words at its x, its words `gap` points apart (5-point letters, 10 high)."""
    out: list[Char] = []
    for text, x in runs:
        for k, word in enumerate(text.split()):
            if k or out:
                out.append(Char(" ", x - gap, y, x, y + 10.0))
            out += chars(word, x=x, y=y, width=5.0, size=10.0)
            x += 5.0 * len(word) + gap
    return [*out, *NEWLINE]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (  # a centred title starting left of the border (under `KT. GIÁM ĐỐC`) is not cut between words
            [
                _spaced(300, ("Nơi nhận:", 85), ("KT. GIÁM ĐỐC", 320)),
                _spaced(285, ("- Như trên;", 85)),
                _spaced(270, ("PHÓ GIÁM ĐỐC", 300)),
                _spaced(255, ("- Lưu: VT.", 85)),
                _spaced(200, ("Lê Văn An", 305)),
            ],
            ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lê Văn An"],
        ),
        (  # columns a few spaces apart: cut at the gap wider than the line's word spacing
            [
                _spaced(300, ("Nơi nhận:", 85), ("TM. ỦY BAN", 320)),
                _spaced(285, ("- Các Phó Chủ tịch UBND tỉnh các huyện;", 85), ("CHỦ TỊCH", 290)),
            ],
            ["Nơi nhận:", "- Các Phó Chủ tịch UBND tỉnh các huyện;", "TM. ỦY BAN", "CHỦ TỊCH"],
        ),
        (  # a justified line after the closing: its stretched spaces are all alike, no cut, the closing ends
            [
                _spaced(300, ("Nơi nhận:", 85), ("GIÁM ĐỐC", 320)),
                _spaced(200, ("Ghi chú kèm theo văn bản này gồm các phụ lục sau", 85), gap=12.0),
            ],
            ["Nơi nhận:", "GIÁM ĐỐC", "Ghi chú kèm theo văn bản này gồm các phụ lục sau"],
        ),
    ],
)
def test_closing_cut_follows_the_gaps_of_each_line(lines: list[list[Char]], expected: list[str]) -> None:
    from chidao.documents.readers.pdf_lines import page_lines

    assert page_lines([c for line in lines for c in line], [], 595, first_page=False) == expected


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (  # pdfium joins a line ending in a hyphen to the next (U+FFFE): the hyphen is back, the lines apart
            [
                *chars("Nghị định 06/NĐ", x=100, y=500),
                Char("\ufffe", 190, 500, 196, 513),
                *chars("CP của Chính phủ.", x=100, y=484),
            ],
            ["Nghị định 06/NĐ-", "CP của Chính phủ."],
        ),
        (  # a generated space before an accented letter drawn at the end of its word goes
            [*chars("ngh", x=100), Char(" ", 125, 700, 125, 713), Char("ệ", 118, 700, 124, 713)],
            ["nghệ"],
        ),
        ([*chars("một hai", x=100)], ["một hai"]),  # a line in order stays as it is
    ],
)
def test_pdfium_lines_are_rebuilt(content: list[Char], expected: list[str]) -> None:
    from chidao.documents.readers.pdf_lines import in_lines

    assert ["".join(c.ch for c in line) for line in in_lines(content)] == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["khí mê-", "tan trong"], "khí mê-tan trong"),  # broken after a word's hyphen: no space
        (["số 06/2022/NĐ-", "CP"], "số 06/2022/NĐ-CP"),
        (["Hà Nội -", "Lào Cai"], "Hà Nội - Lào Cai"),  # a spaced dash is not a word's hyphen
        (["Sở Y tế", "", "chủ trì"], "Sở Y tế chủ trì"),
    ],
)
def test_wrapped_lines_join_without_a_space_after_a_words_hyphen(lines: list[str], expected: str) -> None:
    from chidao.documents.readers.pdf_lines import join_wrapped

    assert join_wrapped(lines) == expected


@pytest.mark.parametrize(
    ("pages", "expected"),
    [
        (  # the rest of a row on the next page, its number cell empty: one row again
            ["Bảng:\n| 1 | Xây dựng | Sở Tư pháp, Sở | Quý I |", "|  | cơ sở dữ liệu. |  Nội vụ |  |\nHết."],
            ["Bảng:\n| 1 | Xây dựng cơ sở dữ liệu. | Sở Tư pháp, Sở Nội vụ | Quý I |", "Hết."],
        ),
        (  # a new numbered row on the next page stays a row of its own
            ["| 1 | Rà soát | Sở Y tế |", "| 2 | Báo cáo | Sở Tài chính |"],
            ["| 1 | Rà soát | Sở Y tế |", "| 2 | Báo cáo | Sở Tài chính |"],
        ),
        (["| 1 | Rà soát | Sở Y tế |", "Các sở thực hiện."], ["| 1 | Rà soát | Sở Y tế |", "Các sở thực hiện."]),
        (  # the header row repeated at the top of the new page: the rest of the row comes after it
            ["| TT | Việc | Chủ trì |\n| 1 | Lập danh | Sở Nội |", "| TT | Việc | Chủ trì |\n|  | mục | vụ |\nHết."],
            ["| TT | Việc | Chủ trì |\n| 1 | Lập danh mục | Sở Nội vụ |", "| TT | Việc | Chủ trì |\nHết."],
        ),
        (["| 1 | Rà soát |", "|  | thêm | x |"], ["| 1 | Rà soát |", "|  | thêm | x |"]),  # not the same table
        (  # a lead unit's cell merged down over the break: the rows below it take its unit
            ["| 1 | Rà soát | Sở Y tế |", f"| 2 | Báo cáo | {CARRIED} |\n| 3 | Kiểm tra | {CARRIED} |\nHết."],
            ["| 1 | Rà soát | Sở Y tế |", "| 2 | Báo cáo | Sở Y tế |\n| 3 | Kiểm tra | Sở Y tế |\nHết."],
        ),
        (  # ... also below the rest of a row the break cut, which joins its row
            ["| 1 | Rà soát hồ | Sở Y tế |", f"|  | sơ | {CARRIED} |\n| 2 | Báo cáo | {CARRIED} |"],
            ["| 1 | Rà soát hồ sơ | Sở Y tế |", "| 2 | Báo cáo | Sở Y tế |"],
        ),
        ([f"| 1 | Rà soát | {CARRIED} |"], ["| 1 | Rà soát |  |"]),  # nothing above: the mark goes
    ],
)
def test_a_table_row_cut_by_a_page_break_is_joined(pages: list[str], expected: list[str]) -> None:
    from chidao.documents.readers.pdf_tables import join_rows_across_pages

    assert join_rows_across_pages(list(pages)) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (  # two header columns: the gap between them is far wider than the words' spacing
            _spaced(700, ("Số: 15/UBND-XD", 80), ("Lào Cai, ngày 21 tháng 7 năm 2026", 320))[:-2],
            ["Số: 15/UBND-XD", "Lào Cai, ngày 21 tháng 7 năm 2026"],
        ),
        (  # a justified line of a few long words: its stretched spaces are all alike, it stays one line
            _spaced(700, ("Điều chỉnh quy hoạch", 80), gap=140.0)[:-2],
            ["Điều chỉnh quy hoạch"],
        ),
        (  # a centred line starting anywhere is one run
            _spaced(700, ("PHÓ GIÁM ĐỐC", 290))[:-2],
            ["PHÓ GIÁM ĐỐC"],
        ),
    ],
)
def test_column_split_follows_the_gaps_of_the_line(line: list[Char], expected: list[str]) -> None:
    assert [" ".join(s.text.split()) for s in _split_columns(line, 595)] == expected


def test_a_long_recipient_reaching_past_the_border_stays_in_the_closing() -> None:
    from chidao.documents.readers.pdf_lines import page_lines

    lines = [
        _spaced(300, ("Nơi nhận:", 85), ("KT. BỘ TRƯỞNG", 300)),
        _spaced(285, ("- Như trên;", 85), ("THỨ TRƯỞNG", 302)),
        _spaced(270, ("- Văn phòng Chính phủ (để báo cáo tình hình);", 85)),
        _spaced(255, ("- Lưu: VT.", 85)),
        _spaced(220, ("Lê Văn An", 305)),
    ]
    assert page_lines([c for line in lines for c in line], [], 595, first_page=False) == [
        "Nơi nhận:",
        "- Như trên;",
        "- Văn phòng Chính phủ (để báo cáo tình hình);",
        "- Lưu: VT.",
        "KT. BỘ TRƯỞNG",
        "THỨ TRƯỞNG",
        "Lê Văn An",
    ]


def test_text_set_vertically_is_not_broken_into_letters() -> None:
    from chidao.documents.readers.pdf_lines import in_lines

    column = [Char(ch, 40, 500 - 12 * k, 46, 510 - 12 * k) for k, ch in enumerate("DỰTHẢO")]
    assert len(in_lines(column)) == 1
