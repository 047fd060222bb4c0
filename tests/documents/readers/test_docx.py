""".docx reader: reading order of tables, runs and fields, legacy fonts, layout, and bounds."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from chidao.documents import ReadError, parse, read
from chidao.documents.readers.docx import read_docx
from chidao.documents.readers.docx_numbering import Numbering

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
STYLES = f"""<w:styles {W}>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>
<w:sz w:val="28"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:pPr><w:jc w:val="both"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Legacy"><w:basedOn w:val="Normal"/>
<w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr>
<w:rPr><w:b/></w:rPr></w:style>
</w:styles>"""


def make_docx(
    body: str, header: str | None = None, sect: str = "", numbering: str | None = None, styles: str = STYLES
) -> bytes:
    """A minimal .docx around `body` (WordprocessingML inside w:body), optionally with a default header."""
    refs = '<w:headerReference w:type="default" r:id="rIdH"/>' if header is not None else ""
    document = (
        f'<w:document {W} {R}><w:body>{body}<w:sectPr>{refs}<w:pgSz w:w="11906" w:h="16838"/>'
        f'<w:pgMar w:top="1134" w:bottom="1134" w:left="1701" w:right="851"/>{sect}</w:sectPr></w:body></w:document>'
    )
    rels = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"'
        ' Target="header1.xml"/></Relationships>'
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", document)
        z.writestr("word/styles.xml", styles)
        z.writestr("word/_rels/document.xml.rels", rels)
        if header is not None:
            z.writestr("word/header1.xml", f"<w:hdr {W}>{header}</w:hdr>")
        if numbering is not None:
            z.writestr("word/numbering.xml", f"<w:numbering {W}>{numbering}</w:numbering>")
    return out.getvalue()


def p(text: str, ppr: str = "", rpr: str = "") -> str:
    return f'<w:p><w:pPr>{ppr}</w:pPr><w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def tc(*paras: str, props: str = "") -> str:
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{''.join(paras)}</w:tc>"


def tbl(*rows: list[str]) -> str:
    return "<w:tbl>" + "".join("<w:tr>" + "".join(row) + "</w:tr>" for row in rows) + "</w:tbl>"


def lines(data: bytes) -> list[str]:
    return [line for line in read(data, name="t.docx").text.split("\n") if line.strip()]


ISSUER = [p("ỦY BAN NHÂN DÂN"), p("TỈNH THÁI NGUYÊN")]
MOTTO = [p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), p("Độc lập - Tự do - Hạnh phúc")]
HEADER_ORDER = [
    "ỦY BAN NHÂN DÂN",
    "TỈNH THÁI NGUYÊN",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Số: 12/TB-UBND",
    "Thái Nguyên, ngày 5 tháng 3 năm 2024",
]


ONE_ROW_ORDER = [*HEADER_ORDER[:2], HEADER_ORDER[4], *HEADER_ORDER[2:4], HEADER_ORDER[5]]


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        pytest.param(
            tbl([tc(*ISSUER), tc(*MOTTO)], [tc(p("Số: 12/TB-UBND")), tc(p(HEADER_ORDER[5]))]),
            HEADER_ORDER,
            id="2x2",
        ),
        pytest.param(
            tbl([tc(*ISSUER, p("Số: 12/TB-UBND")), tc(*MOTTO, p(HEADER_ORDER[5]))]), ONE_ROW_ORDER, id="1-row"
        ),
        pytest.param(
            tbl(
                [tc(ISSUER[0]), tc(p("")), tc(MOTTO[0])],
                [tc(ISSUER[1]), tc(p("")), tc(MOTTO[1])],
                [tc(p("Số: 12/TB-UBND")), tc(p("")), tc(p(HEADER_ORDER[5]))],
            ),
            HEADER_ORDER,
            id="issuer-over-rows-with-spacer-column",
        ),
        pytest.param(  # a .doc keeps the header table and the Kính gửi table under it as one table
            tbl(
                [tc(*ISSUER, p("Số: 12/TB-UBND")), tc(*MOTTO, p(HEADER_ORDER[5]))],
                [tc(p("Kính gửi:")), tc(p("- Sở Tài chính;"), p("- Sở Xây dựng."))],
            ),
            [*ONE_ROW_ORDER, "Kính gửi:", "- Sở Tài chính;", "- Sở Xây dựng."],
            id="header-then-kinh-gui-row",
        ),
        pytest.param(
            tbl(
                [tc(*ISSUER, props='<w:vMerge w:val="restart"/>'), tc(*MOTTO)],
                [tc(p(""), props="<w:vMerge/>"), tc(p(HEADER_ORDER[5]))],
                [tc(p("Số: 12/TB-UBND")), tc(p(""))],
            ),
            [*HEADER_ORDER[:4], HEADER_ORDER[5], HEADER_ORDER[4]],
            id="issuer-merged-down-date-stays-right",
        ),
        pytest.param(
            tbl(
                [tc(p("ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN"), props='<w:gridSpan w:val="2"/>'), tc(*MOTTO)],
                [tc(p("Số: 12/TB-UBND")), tc(p("")), tc(p(HEADER_ORDER[5]))],
            ),
            ["ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN", *HEADER_ORDER[2:]],
            id="issuer-spanning-two-grid-columns",
        ),
    ],
)
def test_header_table_comes_out_in_reading_order(table: str, expected: list[str]) -> None:
    """Cells left to right, rows top to bottom; an issuer split over rows stays together."""
    assert lines(make_docx(table + p("THÔNG BÁO"))) == [*expected, "THÔNG BÁO"]


def test_data_table_is_read_row_by_row_and_a_merged_cell_holds_for_each_row() -> None:
    """A vertically merged cell of a data table (one chủ trì unit for two tasks) comes on each row it spans,
    so the rows keep their columns."""
    merged_start = '<w:vMerge w:val="restart"/>'
    rows = [
        [tc(p("TT")), tc(p("Nhiệm vụ")), tc(p("Chủ trì"))],
        [tc(p("1")), tc(p("Rà soát quy hoạch")), tc(p("Sở Xây dựng"), props=merged_start)],
        [tc(p("2")), tc(p("Cấp phép xây dựng")), tc(p(""), props="<w:vMerge/>")],
        [tc(p("3")), tc(p("Kiểm tra trật tự"), props='<w:gridSpan w:val="2"/>')],
        [tc(p("3a")), tc(p("Lập biên bản"), props='<w:hMerge w:val="restart"/>'), tc(p(""), props="<w:hMerge/>")],
        [tc(p("4")), tc(p("Báo cáo kết quả")), tc(p("Văn phòng"))],
    ]
    assert lines(make_docx(tbl(*rows))) == [
        "TT", "Nhiệm vụ", "Chủ trì",
        "1", "Rà soát quy hoạch", "Sở Xây dựng",
        "2", "Cấp phép xây dựng", "Sở Xây dựng",
        "3", "Kiểm tra trật tự",
        "3a", "Lập biên bản",
        "4", "Báo cáo kết quả", "Văn phòng",
    ]  # fmt: skip


def test_data_table_cell_of_several_paragraphs_is_one_line() -> None:
    """A cell written on several paragraphs (or lines) stays one line, so the table's rows keep their columns."""
    rows = [
        [tc(p("TT")), tc(p("Nội dung")), tc(p("Chủ trì")), tc(p("Phối hợp"))],
        [tc(p("1")), tc(p("Lập danh mục"), p("trình phê duyệt")), tc(p("Sở Y tế")), tc(p("Sở Tài chính"), p("Công an tỉnh"))],
    ]
    assert lines(make_docx(tbl(*rows))) == [
        "TT", "Nội dung", "Chủ trì", "Phối hợp",
        "1", "Lập danh mục trình phê duyệt", "Sở Y tế", "Sở Tài chính; Công an tỉnh",
    ]  # fmt: skip


def test_an_empty_paragraph_beside_the_text_of_a_data_cell_is_no_line() -> None:
    """An empty paragraph typed after a cell's text (or left in a cell merged across) gives no line of its own: the
    table is rebuilt by counting lines, one a cell."""
    rows = [
        [tc(p("TT")), tc(p("Nội dung")), tc(p("Đơn vị thực hiện"), p(""), props='<w:gridSpan w:val="2"/>')],
        [tc(p("1")), tc(p("Lập danh mục"), p("")), tc(p("Sở Y tế"), p("")), tc(p(""))],
    ]
    text = read(make_docx(tbl(*rows)), name="t.docx").text
    # the empty cell, then the empty line that ends the table
    assert text.split("\n") == ["TT", "Nội dung", "Đơn vị thực hiện", "1", "Lập danh mục", "Sở Y tế", "", ""]


@pytest.mark.parametrize(
    ("before", "after", "joined"),
    [
        ("Sở Tài chính", "Công an tỉnh", "Sở Tài chính; Công an tỉnh"),  # two units
        ("Lập danh mục", "trình phê duyệt", "Lập danh mục trình phê duyệt"),  # the text goes on in lower case
        ("Rà soát hồ sơ,", "Lập danh mục", "Rà soát hồ sơ, Lập danh mục"),  # after punctuation
        # a note in brackets on a paragraph of its own goes on with the task it qualifies
        ("Xây dựng Đề án du lịch cộng đồng", "(lồng ghép với Chương trình 1719)",
         "Xây dựng Đề án du lịch cộng đồng (lồng ghép với Chương trình 1719)"),
    ],
)
def test_paragraphs_of_a_data_cell_join(before: str, after: str, joined: str) -> None:
    from chidao.documents.readers.docx_body import paragraph_joint

    assert before + paragraph_joint(before, after) + after == joined


@pytest.mark.parametrize(
    ("runs", "expected"),
    [
        (
            "<w:r><w:t>ỦY BAN NHÂN DÂN</w:t><w:br/><w:t>TỈNH THÁI NGUYÊN</w:t></w:r>",
            "ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN",
        ),
        ("<w:r><w:t>Số:</w:t><w:tab/><w:t>12/TB-UBND</w:t></w:r>", "Số:\t12/TB-UBND"),
        (
            "<w:r><w:t>Kết </w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>ẩn </w:t></w:r><w:r><w:t>luận</w:t></w:r>",
            "Kết luận",
        ),
        (
            '<w:r><w:t>Trang </w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>3</w:t></w:r></w:fldSimple>',
            "Trang ",
        ),
        (
            '<w:r><w:t>Trang </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>',
            "Trang ",
        ),
        (
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> REF muc1 </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>Mục 1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>',
            "Mục 1",
        ),
        (
            "<w:ins><w:r><w:t>thêm</w:t></w:r></w:ins><w:del><w:r><w:delText>bỏ</w:delText></w:r></w:del>",
            "thêm",
        ),
        ("<w:hyperlink><w:r><w:t>liên kết</w:t></w:r></w:hyperlink>", "liên kết"),
        (
            '<w:r><w:t>Tổng hợp</w:t></w:r><w:r><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr><w:t> b¸o c¸o</w:t></w:r>',
            "Tổng hợp báo cáo",
        ),
        (
            '<w:r><w:rPr><w:rFonts w:ascii=".VnTimeH" w:hAnsi=".VnTimeH"/></w:rPr><w:t>th«ng b¸o</w:t></w:r>',
            "THÔNG BÁO",
        ),
        (
            '<w:r><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr><w:t>Th</w:t><w:softHyphen/><w:t>êng</w:t></w:r>',
            "Thường",
        ),
        (
            '<w:r><w:rPr><w:rFonts w:ascii="VNI-Times" w:hAnsi="VNI-Times"/></w:rPr><w:t>Thoâng baùo</w:t></w:r>',
            "Thông báo",
        ),
        ("<w:r><w:t>Müller Straße</w:t></w:r>", "Müller Straße"),
        ('<w:r><w:sym w:font="Symbol" w:char="F0B7"/><w:t xml:space="preserve"> Sở Y tế</w:t></w:r>', "• Sở Y tế"),
        ('<w:r><w:sym w:font="Wingdings" w:char="F0FC"/><w:t>Đạt</w:t></w:r>', "•Đạt"),
        ('<w:r><w:t>a </w:t><w:sym w:font="Symbol" w:char="B3"/><w:t xml:space="preserve"> 5</w:t></w:r>', "a ≥ 5"),
        ('<w:r><w:t>Đi</w:t><w:sym w:font="Symbol" w:char="F0AE"/><w:t>đến</w:t></w:r>', "Đi→đến"),
        ('<w:r><w:t>Mục</w:t><w:sym w:font="Times New Roman" w:char="00A7"/></w:r>', "Mục§"),
        (
            '<w:r><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/></w:rPr><w:t>\uf0b7</w:t></w:r>'
            '<w:r><w:t xml:space="preserve"> Sở Y tế</w:t></w:r>',
            "• Sở Y tế",
        ),
        ('<w:r><w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/></w:rPr><w:t>\uf0d8 x</w:t></w:r>', "• x"),
        ('<w:r><w:t>năm 2024</w:t><w:noBreakHyphen/><w:t>2025</w:t></w:r>', "năm 2024-2025"),
        ("<w:r><w:t>phòng</w:t><w:softHyphen/><w:t>chống</w:t></w:r>", "phòngchống"),
        ("<w:r><w:rPr><w:caps/></w:rPr><w:t>Kế hoạch</w:t></w:r>", "KẾ HOẠCH"),
        ('<w:r><w:rPr><w:smallCaps w:val="1"/></w:rPr><w:t>độc lập</w:t></w:r>', "ĐỘC LẬP"),
        ('<w:r><w:rPr><w:caps w:val="0"/></w:rPr><w:t>Sở Y tế</w:t></w:r>', "Sở Y tế"),
        (
            '<w:r><w:t xml:space="preserve">ngày </w:t></w:r><w:fldSimple w:instr=" DATE \\@ &quot;dd/MM/yyyy&quot; ">'
            "<w:r><w:t>05/03/2024</w:t></w:r></w:fldSimple>",
            "ngày 05/03/2024",
        ),
        (
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DATE </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>5/3/2024</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>',
            "5/3/2024",
        ),
        (
            '<w:r><w:t>giữ</w:t></w:r><w:moveFrom w:id="1" w:author="A"><w:r><w:t> cũ</w:t></w:r></w:moveFrom>'
            '<w:moveTo w:id="2" w:author="A"><w:r><w:t> mới</w:t></w:r></w:moveTo>'
            '<w:commentRangeStart w:id="0"/><w:r><w:t xml:space="preserve"> xong</w:t></w:r><w:commentRangeEnd w:id="0"/>'
            '<w:r><w:commentReference w:id="0"/></w:r>',
            "giữ mới xong",
        ),
        (
            '<w:smartTag w:uri="urn:x" w:element="place"><w:r><w:t>Hà Nội</w:t></w:r></w:smartTag>'
            '<w:customXml w:element="x"><w:r><w:t xml:space="preserve"> và Huế</w:t></w:r></w:customXml>',
            "Hà Nội và Huế",
        ),
    ],
)
def test_runs_fields_and_fonts(runs: str, expected: str) -> None:
    assert read(make_docx(f"<w:p>{runs}</w:p>"), name="t.docx").text == expected


def test_paragraph_style_font_routes_legacy_runs() -> None:
    body = p("Giao Së Tµi chÝnh", ppr='<w:pStyle w:val="Legacy"/>') + p("Sở Xây dựng")
    result = read(make_docx(body), name="t.docx")
    assert result.text == "Giao Sở Tài chính\nSở Xây dựng"
    assert result.source.encoding == "tcvn3"
    assert result.layout is not None
    first, second = result.layout["paragraphs"]
    assert (first["font"], first["size_pt"], second["font"], second["size_pt"]) == (
        ".VnTime",
        13.0,
        "Times New Roman",
        14.0,
    )


def test_theme_fonts_resolve_through_the_theme() -> None:
    data = make_docx(p("Chữ", rpr='<w:rFonts w:asciiTheme="majorHAnsi" w:ascii="Arial"/>') + p("Mặc định"))
    theme = (
        '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:themeElements><a:fontScheme>'
        '<a:majorFont><a:latin typeface="Cambria"/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/>'
        "</a:minorFont></a:fontScheme></a:themeElements></a:theme>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item.filename))
        dst.writestr("word/theme/theme1.xml", theme)
    layout = read(out.getvalue(), name="t.docx").layout
    assert layout is not None
    assert [x["font"] for x in layout["paragraphs"]] == ["Cambria", "Times New Roman"]


def test_layout_shape_spans_and_page_numbers() -> None:
    header = p("", ppr='<w:jc w:val="center"/>').replace(
        "</w:p>", '<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>'
    )
    body = (
        p("THÔNG BÁO", ppr='<w:pStyle w:val="Title"/>') + p("Nội dung", rpr="<w:i/>") + tbl([tc(p("Ô bảng"))])
    )
    result = read(make_docx(body, header=header, sect="<w:titlePg/>"), name="t.docx")
    layout = result.layout
    assert layout is not None
    assert layout["page"] == {"width_mm": 210.0, "height_mm": 297.0, "orientation": "portrait"}
    assert layout["margins_mm"] == {"top": 20.0, "bottom": 20.0, "left": 30.0, "right": 15.0}
    assert layout["page_numbers"] == {
        "present": True,
        "where": "header",
        "align": "center",
        "first_page_shown": False,
    }
    paras = layout["paragraphs"]
    assert [result.text[x["start"] : x["end"]] for x in paras] == ["THÔNG BÁO", "Nội dung", "Ô bảng"]
    assert [(x["align"], x["bold"], x["italic"], x["in_table"]) for x in paras] == [
        ("center", True, False, False),
        ("both", False, True, False),
        ("both", False, False, True),
    ]
    assert set(paras[0]) == {"start", "end", "align", "in_table", "font", "size_pt", "bold", "italic"}


def test_header_with_real_text_is_kept_and_page_number_header_is_not() -> None:
    assert lines(make_docx(p("Nội dung"), header=p("DỰ THẢO"))) == ["DỰ THẢO", "Nội dung"]
    page_only = '<w:p><w:fldSimple w:instr="PAGE"><w:r><w:t>7</w:t></w:r></w:fldSimple></w:p>'
    assert lines(make_docx(p("Nội dung"), header=page_only)) == ["Nội dung"]
    page_of = (
        '<w:p><w:r><w:t xml:space="preserve">Trang </w:t></w:r><w:fldSimple w:instr="PAGE"><w:r><w:t>2</w:t></w:r>'
        '</w:fldSimple><w:r><w:t>/</w:t></w:r><w:fldSimple w:instr="NUMPAGES"><w:r><w:t>5</w:t></w:r></w:fldSimple></w:p>'
    )
    assert lines(make_docx(p("Nội dung"), header=page_of)) == ["Nội dung"]


@pytest.mark.parametrize(
    ("name", "first_lines", "encoding"),
    [
        (
            "header-table.docx",
            ["ỦY BAN NHÂN DÂN", "TỈNH THÁI NGUYÊN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            "docx",
        ),
        (
            "tcvn3-runs.docx",
            ["ỦY BAN NHÂN DÂN", "TỈNH THÁI NGUYÊN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            "tcvn3",
        ),
        (
            "vni-runs.docx",
            ["ỦY BAN NHÂN DÂN", "TỈNH THÁI NGUYÊN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            "vni",
        ),
    ],
)
def test_built_fixtures(files, name: str, first_lines: list[str], encoding: str) -> None:
    result = read(files / name)
    text_lines = result.text.split("\n")
    assert text_lines[:3] == first_lines
    assert text_lines[3] == "Độc lập - Tự do - Hạnh phúc"
    assert text_lines[4].startswith("Số: ") and text_lines[5].startswith("Thái Nguyên, ngày ")
    assert result.source.encoding == encoding
    assert "Thời hạn hoàn thành được tính theo ngày làm việc." in result.text or encoding == "docx"
    assert "Kho bạc Nhà nước tỉnh" in result.text


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("zip-bomb.docx", "too-large"),
        ("truncated.docx", "corrupt"),
        ("encrypted.docx", "encrypted"),
        ("not-a-document.docx", "corrupt"),
    ],
)
def test_bad_docx_files(files, name: str, code: str) -> None:
    with pytest.raises(ReadError) as err:
        read(files / name)
    assert err.value.code == code
    assert err.value.message_vi and err.value.message_en


def test_entities_are_not_expanded() -> None:
    doc = (
        f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "AAAAAAAAAA">]><w:document {W}><w:body>'
        "<w:p><w:r><w:t>&a;</w:t></w:r></w:p></w:body></w:document>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("word/document.xml", doc)
    assert "AAAAAAAAAA" not in read_docx(out.getvalue(), "e.docx").text


def test_style_sheet_is_cut_to_the_styles_in_use() -> None:
    from chidao.documents.readers.docx_styles import slim_styles

    sheet = STYLES.encode().replace(
        b"</w:styles>", b'<w:style w:type="paragraph" w:styleId="Unused"/></w:styles>'
    )
    slim = slim_styles(sheet, {b"Legacy"})
    assert b'w:styleId="Legacy"' in slim and b'w:styleId="Normal"' in slim  # used, its basis and the default
    assert b'w:styleId="Title"' not in slim and b"Unused" not in slim and b"<w:docDefaults>" in slim
    other_prefix = sheet.replace(b"w:", b"x:").replace(b"xmlns:w=", b"xmlns:x=")
    assert slim_styles(other_prefix, {b"Legacy"}) == other_prefix


NUMBERING = """<w:abstractNum w:abstractNumId="3">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>
<w:lvl w:ilvl="2"><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="4"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/>
<w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="3"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="4"/></w:num>
<w:num w:numId="5"><w:abstractNumId w:val="3"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride></w:num>
<w:num w:numId="6"><w:abstractNumId w:val="3"/></w:num>"""


def numbered(text: str, num_id: str, level: int) -> str:
    return p(text, ppr=f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>')


def test_automatic_list_numbers_are_written_into_the_text() -> None:
    body = "".join(
        [
            numbered("MỤC ĐÍCH, YÊU CẦU", "2", 0),
            numbered("Sở Tài chính chủ trì", "1", 0),
            numbered("rà soát kinh phí;", "1", 1),
            numbered("tổng hợp báo cáo.", "1", 1),
            numbered("chi tiết thêm", "1", 2),
            numbered("Sở Xây dựng phối hợp", "1", 0),
            numbered("kiểm tra hiện trường.", "1", 1),
            numbered("NHIỆM VỤ", "2", 0),
            numbered("theo dõi", "2", 1),
            numbered("Tiếp tục từ mục 4", "5", 0),
            numbered("Cùng danh sách, tiếp số", "6", 0),
            numbered("Không đánh số", "0", 0),
        ]
    )
    assert lines(make_docx(body, numbering=NUMBERING)) == [
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Sở Tài chính chủ trì",
        "a) rà soát kinh phí;",
        "b) tổng hợp báo cáo.",
        "- chi tiết thêm",
        "2. Sở Xây dựng phối hợp",
        "a) kiểm tra hiện trường.",
        "II. NHIỆM VỤ",
        "• theo dõi",
        "4. Tiếp tục từ mục 4",
        "5. Cùng danh sách, tiếp số",
        "Không đánh số",
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "<w:sdt><w:sdtContent><w:p><w:r><w:t>Trong ô nội dung</w:t></w:r></w:p></w:sdtContent></w:sdt>",
            ["Trong ô nội dung"],
            id="content-control",
        ),
        pytest.param(
            '<w:p><w:r><w:t>Trước hộp</w:t></w:r><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
            '<mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>DỰ THẢO</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>'
            "<mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>DỰ THẢO</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback>"
            "</mc:AlternateContent></w:r></w:p>",
            ["Trước hộp", "DỰ THẢO"],
            id="text-box-once",
        ),
        pytest.param(
            tbl([tc(p("Ngoài"), tbl([tc(p("Trong 1")), tc(p("Trong 2"))]))]) + p("Sau bảng"),
            ["Ngoài", "Trong 1", "Trong 2", "Sau bảng"],
            id="nested-table",
        ),
        pytest.param(
            tbl([tc(p("Giữ 1"))])[:-8]
            + '<w:tr><w:trPr><w:del w:id="1" w:author="A"/></w:trPr>'
            + tc(p("Dòng đã xóa"))
            + "</w:tr>"
            + '<w:tr><w:trPr><w:ins w:id="2" w:author="A"/></w:trPr>'
            + tc(p("Dòng thêm"))
            + "</w:tr></w:tbl>",
            ["Giữ 1", "Dòng thêm"],
            id="tracked-table-rows",
        ),
    ],
)
def test_containers_are_read_once_in_order(body: str, expected: list[str]) -> None:
    assert lines(make_docx(body)) == expected


def test_strict_open_xml_is_read_like_transitional() -> None:
    data = make_docx(p("Kết luận") + tbl([tc(p("Ô"))]))
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            body = src.read(item.filename).replace(
                b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                b"http://purl.oclc.org/ooxml/wordprocessingml/main",
            )
            dst.writestr(item, body)
    assert lines(out.getvalue()) == ["Kết luận", "Ô"]


def test_main_part_is_found_through_the_package_relationships() -> None:
    data = make_docx(p("Nội dung chính"))
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            name = item.filename.replace("document.xml", "document2.xml")
            dst.writestr(name, src.read(item.filename))
        dst.writestr(
            "_rels/.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document2.xml"/></Relationships>',
        )
    assert lines(out.getvalue()) == ["Nội dung chính"]


def test_dominant_breaks_ties_like_counter_most_common() -> None:
    """The layout's dominant font, size, bold and italic: plain dicts, ties to the first seen as before."""
    from collections import Counter

    from chidao.documents.readers.docx import _dominant

    for weights in ({"a": 3}, {"a": 2, "b": 2}, {"b": 1, "a": 5, "c": 5}, {None: 4, "x": 4}):
        assert _dominant(weights) == Counter(weights).most_common(1)[0][0]


def test_paragraph_layout_matches_run_by_run_counting() -> None:
    """Weighing each shared RunProps object once gives what counting every run's values gives."""
    import random
    from collections import Counter

    from chidao.documents.readers.docx import _paragraph_layout
    from chidao.documents.readers.docx_body import Para
    from chidao.documents.readers.docx_styles import RunProps

    def plain(p: Para) -> tuple[object, ...]:
        counters: list[Counter[object]] = [Counter(), Counter(), Counter(), Counter()]
        for length, props in p.runs:
            if length:
                values = (props.font, props.size_pt, bool(props.bold), bool(props.italic))
                for counter, value in zip(counters, values, strict=True):
                    counter[value] += length
        if not counters[0]:
            return (p.base.font, p.base.size_pt, p.base.bold, p.base.italic)
        return tuple(counter.most_common(1)[0][0] for counter in counters)

    rng = random.Random(7)
    pool = [RunProps(rng.choice(["A", "B", None]), rng.choice([13.0, 14.0]), rng.choice([True, None]),
                     rng.choice([False, True])) for _ in range(6)]  # fmt: skip
    pool.append(RunProps("A", 13.0, True, False))  # equal to another object, not the same one
    for _ in range(500):
        runs = [(rng.choice([0, 1, 2, 3]), rng.choice(pool)) for _ in range(rng.randint(0, 6))]
        para = Para("x", None, False, RunProps("Base", 12.0, None, True), runs)
        layout = _paragraph_layout(para, (0, 1))
        assert (layout["font"], layout["size_pt"], layout["bold"], layout["italic"]) == plain(para)


def test_one_pass_lookups_give_what_find_gives() -> None:
    """The reader's single passes over w:pPr, w:rPr and a paragraph's children stand for `find` of each tag:
    the first such child, wherever it sits and however often it repeats."""
    from lxml import etree

    from chidao.documents.readers.docx_styles import direct_formatting, first_child, paragraph_parts, w

    ppr = etree.fromstring(
        f'<w:pPr {W}><w:jc w:val="center"/><w:pStyle w:val="A"/><w:numPr/><w:pStyle w:val="B"/>'
        '<w:rPr><w:rStyle w:val="X"/></w:rPr><w:jc w:val="right"/><w:rPr/></w:pPr>'
    )
    parts = paragraph_parts(ppr)
    for tag in ("pStyle", "rPr", "jc", "numPr"):
        assert parts[w(tag)] is ppr.find(w(tag))
        assert first_child(ppr, w(tag)) is ppr.find(w(tag))
    assert paragraph_parts(None) == {} and first_child(ppr, w("ind")) is None
    for rpr_xml, style in (
        (f'<w:rPr {W}><w:b/><w:rStyle w:val="S1"/><w:rStyle w:val="S2"/></w:rPr>', "S1"),
        (f"<w:rPr {W}><w:b/></w:rPr>", None),
        (f"<w:rPr {W}><w:rStyle/></w:rPr>", None),
    ):
        rpr = etree.fromstring(rpr_xml)
        found = rpr.find(w("rStyle"))
        assert direct_formatting(rpr)[1] == (found.get(w("val")) if found is not None else None) == style


def tabbed(text: str) -> str:
    """A paragraph whose tab characters are written as `w:tab` (a line laid out in columns with tabs)."""
    runs = "".join(
        "<w:r><w:tab/></w:r>" if piece == "\t" else f'<w:r><w:t xml:space="preserve">{piece}</w:t></w:r>'
        for piece in re.split("(\t)", text)
        if piece
    )
    return f"<w:p>{runs}</w:p>"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            tabbed("ỦY BAN NHÂN DÂN\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
            + tabbed("TỈNH THÁI NGUYÊN\t\tĐộc lập - Tự do - Hạnh phúc")
            + tabbed("Số: 12/TB-UBND\t\tThái Nguyên, ngày 5 tháng 3 năm 2024"),
            HEADER_ORDER,
            id="two-columns-by-tabs",
        ),
        pytest.param(
            tabbed("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
            + p("TỈNH THÁI NGUYÊN")
            + tabbed("\t\tĐộc lập - Tự do - Hạnh phúc")
            + tabbed("Số:\t12/TB-UBND\t\tThái Nguyên, ngày 5 tháng 3 năm 2024"),
            [*HEADER_ORDER[:4], "Số:\t12/TB-UBND", HEADER_ORDER[5]],
            id="one-tab-a-line-without-tabs-and-a-right-column-alone",
        ),
        pytest.param(
            tabbed("ỦY BAN NHÂN DÂN\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").replace("</w:p>", "")
            + "<w:r><w:br/></w:r>"
            + tabbed("TỈNH THÁI NGUYÊN\t\tĐộc lập - Tự do - Hạnh phúc").replace("<w:p>", "")
            + tabbed("Số: 12/TB-UBND\t\tThái Nguyên, ngày 5 tháng 3 năm 2024"),
            HEADER_ORDER,
            id="lines-broken-inside-one-paragraph",
        ),
        pytest.param(
            tabbed("ĐẢNG BỘ TỈNH THÁI NGUYÊN\t\tĐẢNG CỘNG SẢN VIỆT NAM")
            + p("HUYỆN ỦY ĐẠI TỪ")
            + p("*")
            + tabbed("Số 15-CV/HU\t\tĐại Từ, ngày 5 tháng 3 năm 2024"),
            ["ĐẢNG BỘ TỈNH THÁI NGUYÊN", "HUYỆN ỦY ĐẠI TỪ", "*", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 15-CV/HU",
             "Đại Từ, ngày 5 tháng 3 năm 2024"],
            id="party-header",
        ),
        pytest.param(
            tbl([tc(*ISSUER), tc(*MOTTO)]) + tabbed("Số: 12/TB-UBND\t\tThái Nguyên, ngày 5 tháng 3 năm 2024"),
            [*HEADER_ORDER[:4], "Số: 12/TB-UBND\t\tThái Nguyên, ngày 5 tháng 3 năm 2024"],
            id="under-a-header-table-left-alone",
        ),
        pytest.param(
            tabbed("Số:\t12/TB-UBND") + tabbed("Thái Nguyên\t\tngày 5"),
            ["Số:\t12/TB-UBND", "Thái Nguyên\t\tngày 5"],
            id="a-label-gap-is-no-column",
        ),
        pytest.param(
            p("THÔNG BÁO") + tabbed("Kết luận\t\tcủa Chủ tịch"),
            ["THÔNG BÁO", "Kết luận\t\tcủa Chủ tịch"],
            id="only-at-the-top",
        ),
    ],
)
def test_header_laid_out_with_tabs_reads_like_a_header_table(body: str, expected: list[str]) -> None:
    assert lines(make_docx(body)) == expected


LINKED = """
<w:abstractNum w:abstractNumId="1"><w:styleLink w:val="KieuDieu"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="Điều %1."/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="2"><w:numStyleLink w:val="KieuDieu"/></w:abstractNum>
<w:abstractNum w:abstractNumId="3">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:isLgl/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="3"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="3"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl></w:lvlOverride></w:num>"""


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        pytest.param([("1", 0), ("2", 0), ("2", 0)], ["Điều 1.", "Điều 2.", "Điều 3."], id="list-through-a-numbering-style"),
        pytest.param([("3", 0), ("3", 1), ("3", 1), ("3", 0), ("3", 1)], ["I.", "1.1.", "1.2.", "II.", "2.1."], id="legal-numbers"),
        pytest.param([("4", 0), ("4", 0), ("3", 1)], ["a)", "b)", "2.1."], id="level-defined-anew-by-the-instance"),
    ],
)  # fmt: skip
def test_list_labels_follow_numbering_definitions(items: list[tuple[str, int]], expected: list[str]) -> None:
    numbering = Numbering(etree.fromstring(f"<w:numbering {W}>{LINKED}</w:numbering>"))
    assert [numbering.label(num_id, level) for num_id, level in items] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            tbl(
                [tc(p("TT")), tc(p("Nội dung")), tc(p("Chủ trì"))],
                [tc(numbered("", "1", 0)), tc(p("Lập kế hoạch")), tc(p("Sở Y tế"))],
                [tc(numbered("", "1", 0)), tc(p("Kiểm tra")), tc(p("Sở Công Thương"))],
            ),
            ["TT", "Nội dung", "Chủ trì", "1.", "Lập kế hoạch", "Sở Y tế", "2.", "Kiểm tra", "Sở Công Thương"],
            id="number-column-numbered-by-word",
        ),
        pytest.param(
            numbered("Rà soát", "1", 0) + numbered("", "1", 0) + numbered("Báo cáo", "1", 0),
            ["1. Rà soát", "3. Báo cáo"],
            id="an-empty-item-counts",
        ),
        pytest.param(
            p("Kiểm tra", ppr='<w:numPr><w:ilvl w:val="1"/></w:numPr>')
            + p("Giám sát", ppr='<w:pStyle w:val="Muc"/><w:numPr><w:ilvl w:val="1"/></w:numPr>'),
            ["Kiểm tra", "a) Giám sát"],
            id="a-level-alone-takes-the-style-list",
        ),
        pytest.param(
            p("NHIỆM VỤ", ppr='<w:pStyle w:val="Chuong"/>')
            + p("Sở Y tế", ppr='<w:pStyle w:val="Dieu"/>')
            + p("Sở Công Thương", ppr='<w:pStyle w:val="Dieu"/>'),
            ["I. NHIỆM VỤ", "1. Sở Y tế", "2. Sở Công Thương"],
            id="heading-styles-take-the-level-that-names-them",
        ),
    ],
)
def test_list_numbers_of_empty_items_and_style_lists(body: str, expected: list[str]) -> None:
    styles = STYLES.replace(
        "</w:styles>",
        '<w:style w:type="paragraph" w:styleId="Muc"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr>'
        '</w:style><w:style w:type="paragraph" w:styleId="Chuong"><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr>'
        '</w:pPr></w:style><w:style w:type="paragraph" w:styleId="Dieu"><w:pPr><w:numPr><w:numId w:val="7"/>'
        "</w:numPr></w:pPr></w:style></w:styles>",
    )
    headings = (
        '<w:abstractNum w:abstractNumId="9"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/>'
        '<w:pStyle w:val="Chuong"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/>'
        '<w:numFmt w:val="decimal"/><w:pStyle w:val="Dieu"/><w:lvlText w:val="%2."/></w:lvl></w:abstractNum>'
        '<w:num w:numId="7"><w:abstractNumId w:val="9"/></w:num>'
    )
    assert lines(make_docx(body, numbering=NUMBERING + headings, styles=styles)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            tbl([tc(p("TT")), tc(p("Nội dung")), tc(p("Chủ trì"))], [tc(p("1")), tc(p("Rà soát")), tc(p("Sở Y tế"))])
            + p("Trên đây là kế hoạch."),
            "TT\nNội dung\nChủ trì\n1\nRà soát\nSở Y tế\n\nTrên đây là kế hoạch.",
            id="data-table",
        ),
        pytest.param(
            tbl([tc(*ISSUER), tc(*MOTTO)]) + p("THÔNG BÁO"),
            "\n".join([*HEADER_ORDER[:4], "THÔNG BÁO"]),
            id="layout-table",
        ),
    ],
)
def test_an_empty_line_closes_a_data_table(body: str, expected: str) -> None:
    """The last row of a data table must not take the paragraph under the table as more cells."""
    assert read(make_docx(body), name="t.docx").text == expected


def test_a_cell_merged_across_is_one_cell() -> None:
    """`w:hMerge` (older Word, WPS) as `w:gridSpan`: the rest of the merged cell is no empty cell of its own."""
    rows = [
        [tc(p("TT")), tc(p("Nội dung")), tc(p("Chủ trì")), tc(p("Thời hạn"))],
        [tc(p("1")), tc(p("Rà soát"), props='<w:hMerge w:val="restart"/>'), tc(p(""), props="<w:hMerge/>"), tc(p("Quý II"))],
    ]
    text = read(make_docx(tbl(*rows)), name="t.docx").text
    assert text.split("\n") == ["TT", "Nội dung", "Chủ trì", "Thời hạn", "1", "Rà soát", "Quý II", ""]


def add_parts(data: bytes, parts: dict[str, str]) -> bytes:
    """`data` with more parts; a `word/footnotes.xml` or `word/endnotes.xml` is related to the document."""
    source = zipfile.ZipFile(io.BytesIO(data))
    kinds = [name[5:-4] for name in parts if name in ("word/footnotes.xml", "word/endnotes.xml")]
    rels = "".join(
        f'<Relationship Id="rId{kind}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        f'{kind}" Target="{kind}.xml"/>'
        for kind in kinds
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "word/_rels/document.xml.rels":
                content = content.replace(b"</Relationships>", rels.encode() + b"</Relationships>")
            z.writestr(info, content)
        for name, content in parts.items():
            z.writestr(name, content)
    return out.getvalue()


def note_ref(kind: str, note_id: str) -> str:
    return f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:{kind}Reference w:id="{note_id}"/></w:r>'


def notes(kind: str, *texts: tuple[str, str]) -> str:
    """A notes part: Word's two separators, then each (id, text) note opening with its own reference mark."""
    separators = (
        f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
        f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
        f"</w:{kind}>"
    )
    body = "".join(
        f'<w:{kind} w:id="{i}"><w:p><w:r><w:{kind}Ref/></w:r><w:r><w:t xml:space="preserve">{text}</w:t></w:r>'
        f"</w:p></w:{kind}>"
        for i, text in texts
    )
    return f"<w:{kind}s {W}>{separators}{body}</w:{kind}s>"


def cited(text: str, *refs: str) -> str:
    """A paragraph of `text` with a reference mark after it per `refs` item (`footnote:1`, `endnote:2`)."""
    marks = "".join(note_ref(*ref.split(":")) for ref in refs)
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r>{marks}<w:r><w:t>.</w:t></w:r></w:p>'


@pytest.mark.parametrize(
    ("body", "parts", "sect", "expected"),
    [
        pytest.param(  # the mark gives no text; the note comes after everything, opening with its number
            cited("Thực hiện chỉ đạo của tỉnh", "footnote:1") + p("Nơi nhận:"),
            {"word/footnotes.xml": notes("footnote", ("1", " Công văn số 5/UBND-VX ngày 2/1/2025."))},
            "",
            ["Thực hiện chỉ đạo của tỉnh.", "Nơi nhận:", "1 Công văn số 5/UBND-VX ngày 2/1/2025."],
            id="footnote",
        ),
        pytest.param(  # numbered in the order of the marks, not of the ids; a note never referred to is left out
            cited("Một", "footnote:7") + cited("Hai", "footnote:3"),
            {"word/footnotes.xml": notes("footnote", ("3", "Ba"), ("7", "Bảy"), ("9", "Chín"))},
            "",
            ["Một.", "Hai.", "1 Bảy", "2 Ba"],
            id="order-of-marks",
        ),
        pytest.param(  # footnotes first, then endnotes, in Word's lower-case roman numerals
            cited("Một", "endnote:1") + cited("Hai", "footnote:1"),
            {
                "word/footnotes.xml": notes("footnote", ("1", "Chú thích")),
                "word/endnotes.xml": notes("endnote", ("1", "Ghi chú cuối")),
            },
            "",
            ["Một.", "Hai.", "1 Chú thích", "i Ghi chú cuối"],
            id="endnote",
        ),
        pytest.param(  # the section's number format and first number
            cited("Một", "footnote:1") + cited("Hai", "footnote:2"),
            {"word/footnotes.xml": notes("footnote", ("1", "A"), ("2", "B"))},
            '<w:footnotePr><w:numFmt w:val="lowerLetter"/><w:numStart w:val="3"/></w:footnotePr>',
            ["Một.", "Hai.", "c A", "d B"],
            id="number-format",
        ),
        pytest.param(  # a custom mark is kept as typed, its note opens with it, and the numbers go on without it
            '<w:p><w:r><w:t>Một</w:t></w:r><w:r><w:footnoteReference w:customMarkFollows="1" w:id="1"/>'
            "<w:t>*</w:t></w:r></w:p>" + cited("Hai", "footnote:2"),
            {"word/footnotes.xml": notes("footnote", ("1", "* Dấu riêng"), ("2", "Số một"))},
            "",
            ["Một*", "Hai.", "* Dấu riêng", "1 Số một"],
            id="custom-mark",
        ),
        pytest.param(  # a mark without its notes part: nothing to add
            cited("Một", "footnote:1"), {}, "", ["Một."], id="no-part",
        ),
    ],
)
def test_footnotes_and_endnotes_come_after_the_text(
    body: str, parts: dict[str, str], sect: str, expected: list[str]
) -> None:
    read_back = read(add_parts(make_docx(body, sect=sect), parts), name="t.docx")
    assert [line for line in read_back.text.split("\n") if line.strip()] == expected
    starts = read_back.notes_start
    assert (starts is None) == (len(parts) == 0)
    if starts is not None:  # at the start of a line; what follows is the notes' lines alone
        noted = read_back.text[starts:].split("\n")
        assert read_back.text[starts - 1] == "\n" and noted == expected[-len(noted) :]
    assert read_back.layout is not None
    assert all(para["end"] <= (starts or len(read_back.text)) for para in read_back.layout["paragraphs"])


def test_notes_give_references_only() -> None:
    """A note cites documents (found) but is never a task, a recipient or part of the signature, even when it
    reads like one."""
    body = (
        "".join(ISSUER + MOTTO)
        + p("Số: 12/UBND-VP")
        + p("Thái Nguyên, ngày 5 tháng 3 năm 2024")
        + cited("1. Sở Tài chính chủ trì rà soát kinh phí theo quy định", "footnote:1")
        + p("Nơi nhận:")
        + p("- Như trên;")
        + p("- Lưu: VT.")
        + p("CHỦ TỊCH")
        + p("Nguyễn Văn An")
    )
    note = "Nghị định số 30/2020/NĐ-CP; giao Sở Xây dựng chủ trì báo cáo trước ngày 30/4/2024."
    data = add_parts(make_docx(body), {"word/footnotes.xml": notes("footnote", ("1", note))})
    doc = parse(data, name="t.docx")
    assert [r.number for r in doc.references] == ["30/2020/NĐ-CP"]
    assert [t.assignees for t in doc.tasks] == [["Sở Tài chính"]]
    assert "30/4/2024" not in " ".join(t.text for t in doc.tasks)
    assert doc.text.endswith("1 " + note)
    assert [r.text for r in doc.recipients] == ["Như trên"]
    assert [s.name for s in doc.signatures] == ["Nguyễn Văn An"]


# Run properties shared (`share_formatting`): the table's entries are what `direct_formatting` gives each `w:rPr`
# where it stands, and a part it cannot share safely is read as it is.
SHARING = [
    p("A", rpr='<w:b/><w:sz w:val="26"/>') + p("B", rpr='<w:b/><w:sz w:val="26"/>') + p("C", rpr="<w:i/>"),
    p("A", ppr='<w:rPr><w:rStyle w:val="S"/></w:rPr>', rpr='<w:rFonts w:ascii=".VnTime"/>') + p("B"),
    p("Hidden", rpr="<w:vanish/>") + p("Caps", rpr='<w:smallCaps/><w:caps w:val="0"/>') + p("x", rpr=""),
    p("Theme", rpr='<w:rFonts w:asciiTheme="minorHAnsi" w:ascii="Arial"/>\n  <w:b w:val="false"/>'),
]


@pytest.mark.parametrize("body", SHARING)
def test_shared_run_properties_read_as_written(body: str) -> None:
    from chidao.documents.readers.docx import _PARSER
    from chidao.documents.readers.docx_styles import SHARED, direct_formatting, share_formatting, w

    data = f'<?xml version="1.0" encoding="UTF-8"?>\n<w:document {W} {R}><w:body>{body}</w:body></w:document>'
    shared, table = share_formatting(data.encode(), _PARSER)
    assert table and shared != data.encode()
    before = [direct_formatting(rpr) for rpr in etree.fromstring(data.encode(), _PARSER).iter(w("rPr"))]
    after = [table[int(rpr.get(SHARED))] for rpr in etree.fromstring(shared, _PARSER).iter(w("rPr"))]
    assert after == before and len(table) == len(set(before))


@pytest.mark.parametrize(
    "document",
    [
        # formatting changes tracked: a w:rPr inside a w:rPr
        f'<w:document {W}><w:body><w:p><w:r><w:rPr><w:b/><w:rPrChange><w:rPr><w:i/></w:rPr></w:rPrChange>'
        "</w:rPr><w:t>x</w:t></w:r></w:p></w:body></w:document>",
        # a comment, CDATA or a DTD
        f"<w:document {W}><w:body><!-- c --><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>x</w:t></w:r></w:p></w:body></w:document>",
        # w bound again inside the part, or the namespace under another prefix
        f'<w:document {W}><w:body><w:p xmlns:w="urn:other"><w:r><w:rPr><w:b/></w:rPr></w:r></w:p></w:body></w:document>',
        f'<w:document {W}><w:body><w:p><w:r><w:rPr><x:b xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/'
        '2006/main"/></w:rPr></w:r></w:p></w:body></w:document>',
        # a prefix declared below the root
        f'<w:document {W}><w:body><w:p xmlns:q="urn:q"><w:r><w:rPr><q:b/></w:rPr></w:r></w:p></w:body></w:document>',
        # no run properties
        f"<w:document {W}><w:body><w:p><w:r><w:t>x</w:t></w:r></w:p></w:body></w:document>",
    ],
)
def test_run_properties_not_shared_where_they_might_read_otherwise(document: str) -> None:
    from chidao.documents.readers.docx import _PARSER
    from chidao.documents.readers.docx_styles import share_formatting

    assert share_formatting(document.encode(), _PARSER) == (document.encode(), [])


def test_reading_with_shared_run_properties_gives_what_reading_without_gives(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every .docx of the golden cases and fixtures (and the dev corpus, when present), read both ways."""
    from chidao.documents.readers import docx

    root = Path(__file__).resolve().parents[2]
    files = sorted(root.glob("documents/cases/*.docx")) + sorted(root.glob("fixtures/files/*.docx"))
    files += sorted((root.parents[1] / "shared" / "corpus" / "dev").glob("*.docx"))

    def outcome(data: bytes) -> object:
        try:
            source = read(data, name="t.docx")
        except ReadError as e:
            return e.code
        return source.text, source.layout, source.notes_start, source.source.encoding

    shared = [outcome(f.read_bytes()) for f in files]
    monkeypatch.setattr(docx, "share_formatting", lambda data, parser: (data, []))
    assert [outcome(f.read_bytes()) for f in files] == shared
