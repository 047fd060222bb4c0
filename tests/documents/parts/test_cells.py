"""Cells: the column pieces of a line, and a table cell a web copy cut over lines (our own sample lines)."""

from __future__ import annotations

import pytest

from chidao.documents.parts.cells import blank_parts, cell_lines, line_cells
from chidao.documents.text import split_lines


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        # closed by `|` alone on the next line
        ("ỦY\nBAN NHÂN DÂN\nHUYỆN AN PHÚ\n|\nSố:\n08/2015/QĐ-UBND\n|\nQUYẾT ĐỊNH\n",
         ["ỦY BAN NHÂN DÂN HUYỆN AN PHÚ", "Số: 08/2015/QĐ-UBND", "QUYẾT ĐỊNH"]),
        # closed by the `|` its last line ends with
        ("|\nBỘ Y\nTẾ |\nHà Nội, ngày\n02 tháng 4 năm 2018 |\nV/v cấp phép\n",
         ["BỘ Y TẾ", "Hà Nội, ngày 02 tháng 4 năm 2018", "V/v cấp phép"]),
        # one closed cell is no layout: lines stay lines
        ("SỞ Y\nTẾ |\nSố: 12/SYT\n", ["SỞ Y", "TẾ", "Số: 12/SYT"]),
        # a markdown row is no cell cut over lines; nor a run a blank line breaks, nor lines no `|` closes
        ("| BỘ Y TẾ | CỘNG HÒA |\n| Số: 3/BYT | Hà Nội |\nSỞ\n\nY TẾ |\nx |\nMột\nHai\n",
         ["BỘ Y TẾ", "CỘNG HÒA", "Số: 3/BYT", "Hà Nội", "SỞ", "Y TẾ", "x", "Một", "Hai"]),
        # a run longer than a header cell (paragraphs before a signature table) stays as it is
        ("a |\nb |\n" + "".join(f"Dòng {k}\n" for k in range(7)) + "|\n", ["a", "b", *(f"Dòng {k}" for k in range(7))]),
        # the place and date is the header table's last cell: the body after it, up to the `|` that opens the
        # closing table, stays lines
        ("Số:\n3/UBND\n|\nAn Phú,\nngày 2 tháng 3 năm 2020\n|\nKính gửi: Sở Y tế\nĐề nghị Sở Y tế báo cáo.\n|\nNơi nhận:\n",
         ["Số: 3/UBND", "An Phú, ngày 2 tháng 3 năm 2020", "Kính gửi: Sở Y tế", "Đề nghị Sở Y tế báo cáo.", "Nơi nhận"]),
    ],
    ids=["lone-bar", "trailing-bar", "one-cell", "not-cells", "long-run", "body-after-date"],
)
def test_cell_lines_joins_a_cell_cut_over_lines(text: str, joined: list[str]) -> None:
    cells = [c.text for line in cell_lines(text, split_lines(text)) for c in line_cells(text, line)]
    assert cells == joined


def test_a_joined_cell_keeps_its_offsets() -> None:
    text = "ỦY\nBAN NHÂN DÂN XÃ\n|\nSố:\n5/UBND\n|\n"
    cells = [c for line in cell_lines(text, split_lines(text)) for c in line_cells(text, line)]
    assert [text[c.start : c.end] for c in cells] == [c.raw for c in cells] == ["ỦY\nBAN NHÂN DÂN XÃ", "Số:\n5/UBND"]
    assert [c.masked for c in cells] == ["ỦY BAN NHÂN DÂN XÃ", "Số: 5/UBND"]


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        # a draft's blank number and date, cut at the blanks by a PDF export
        ("BỘ NỘI VỤ\nSố:\n/TTr-BNV\nHà Nội, ngày\ntháng\nnăm 2026\nTỜ TRÌNH\n",
         ["BỘ NỘI VỤ", "Số: /TTr-BNV", "Hà Nội, ngày tháng năm 2026", "TỜ TRÌNH"]),
        # ... the number filled, the year's line alone after the day, the blanks dotted
        ("Số:\n12/KH-UBND\nVân Hồ, ngày ....\ntháng 3 năm 2026\n", ["Số: 12/KH-UBND", "Vân Hồ, ngày .... tháng 3 năm 2026"]),
        # a label alone before no number, a place before no month or year: lines stay lines
        ("Số:\nTỜ TRÌNH\nHà Nội, ngày\nKính gửi: Bộ Y tế\n", ["Số:", "TỜ TRÌNH", "Hà Nội, ngày", "Kính gửi: Bộ Y tế"]),
        # a site's copy with a blank line between the label and the symbol; three blank lines part them for good
        ("XÃ AN HÒA\nSố:\n\n/BC-UBND\nBÁO CÁO\n", ["XÃ AN HÒA", "Số:  /BC-UBND", "BÁO CÁO"]),
        ("Số:\n\n\n\n/BC-UBND\n", ["Số:", "/BC-UBND"]),
    ],
    ids=["blank-draft", "filled-wrapped", "nothing-after", "blank-line-between", "too-far"],
)
def test_blank_parts_joins_a_draft_number_or_date_cut_at_its_blanks(text: str, joined: list[str]) -> None:
    assert [line.text.replace("\n", " ") for line in blank_parts(text, split_lines(text)) if line.text] == joined


@pytest.mark.parametrize(
    ("line", "cells"),
    [
        # a day OCR read as other signs, a `|` among them, is no column gap: the date is one cell
        ("Số: 77 /STP-VP Huế, ngày ñ| tháng 5 năm 2021", ["Số: 77 /STP-VP Huế, ngày ñ tháng 5 năm 2021"]),
        ("Vinh, ngàyB| thang 11 năm 2019", ["Vinh, ngàyB thang 11 năm 2019"]),
        # ... or the day's digits split, the second glued to `tháng`, and the month read as signs
        ("Nam An, ngày 1 4tháng [| năm 2018", ["Nam An, ngày 1 4tháng [ năm 2018"]),
        # a real column gap still parts the cells
        ("SỞ TƯ PHÁP | Huế, ngày 3 tháng 5 năm 2021", ["SỞ TƯ PHÁP", "Huế, ngày 3 tháng 5 năm 2021"]),
    ],
)
def test_a_smudged_day_keeps_the_date_line_whole(line: str, cells: list[str]) -> None:
    assert [c.text for c in line_cells(line, split_lines(line)[0])] == cells


def test_mask_blanks_each_masked_character_and_keeps_other_text() -> None:
    from chidao.documents.parts.cells import _MASKED, mask

    for c in _MASKED:  # the quick test for a cell with none of them names every one
        assert mask(f"Số{c}12 **x**") == "Số 12   x  "
        assert mask(c) == " "
    plain = "ỦY BAN NHÂN DÂN TỈNH - Số: 12/UBND-VP, ngày 03 tháng 4"
    assert mask(plain) is plain


@pytest.mark.parametrize(
    ("raw", "masked"),
    [
        # Markdown italics by underscores at a word's edge: masked like `*`, same length
        ("_Hà Nội, ngày 05 tháng 9 năm 2026_", " Hà Nội, ngày 05 tháng 9 năm 2026 "),
        ("_Nơi nhận:_", " Nơi nhận: "),
        ("_V/v tổ chức hội nghị_", " V/v tổ chức hội nghị "),
        # ... never an underscore inside a word, nor a run of them (a blank left for the number or the day)
        ("Quyết_định số 12", "Quyết_định số 12"),
        ("Số: ____/KH-UBND", "Số: ____/KH-UBND"),
        ("ngày __ tháng __ năm 2026", "ngày __ tháng __ năm 2026"),
        ("Số: _ /TB-UBND", "Số: _ /TB-UBND"),
    ],
)
def test_mask_blanks_underscore_italics_only(raw: str, masked: str) -> None:
    from chidao.documents.parts.cells import mask

    assert mask(raw) == masked


def _is_upper_plain(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.85 * len(letters)


def _case_texts() -> list[str]:
    import random
    from pathlib import Path

    from chidao.documents.readers import read
    from chidao.documents.text import VI_LOWER

    cases = Path(__file__).resolve().parents[1] / "cases"
    texts = []
    for path in sorted(cases.glob("*.txt"))[::5]:
        text = read(path.read_bytes(), name=path.name).text
        texts += text.split("\n")[:40]
    rng = random.Random(13)
    alphabet = VI_LOWER + VI_LOWER.upper() + " .,:-/0123456789ⅠⅡⒶªºǅİıßﬁ\u0300\u00a0\t?\ud800" + "ΑΒΓαβγ"
    for _ in range(3000):  # around the 85 % line: every mix of cases, lengths and other characters
        texts.append("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))))
        upper = "".join(rng.choice(VI_LOWER.upper() + "  ") for _ in range(rng.randint(1, 30)))
        lower = "".join(rng.choice(VI_LOWER + "ⅡⒶ?") for _ in range(rng.randint(0, 6)))
        texts.append(upper + lower)
    return texts


def test_is_upper_is_the_share_of_capital_letters() -> None:
    from chidao.documents.parts.cells import is_upper

    texts = _case_texts()
    assert sum(map(_is_upper_plain, texts)) > 100
    for text in texts:
        assert is_upper(text) == _is_upper_plain(text), text
