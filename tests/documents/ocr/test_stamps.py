import pytest

from chidao.documents.ocr.engine import Word
from chidao.documents.ocr.stamps import parse_stamp_text, split_stamps

SIGNED = "Ký bởi: Ủy ban nhân dân huyện An Hòa\nCơ quan: Huyện An Hòa\nThời gian ký: 05/03/2024 09:15:30"
GAZETTE = "TRUNG TÂM CÔNG BÁO\nVÀ TIN HỌC\ncongbao@anhoa.gov.vn\n06.03.2024 08:01:02 +07:00"


@pytest.mark.parametrize(
    ("text", "path", "value"),
    [
        (SIGNED, ("signature", "signer"), "Ủy ban nhân dân huyện An Hòa"),
        (SIGNED, ("signature", "organisation"), "Huyện An Hòa"),
        (SIGNED, ("signature", "time"), "2024-03-05T09:15:30"),
        (GAZETTE, ("gazette", "publisher"), "TRUNG TÂM CÔNG BÁO VÀ TIN HỌC"),
        (GAZETTE, ("gazette", "email"), "congbao@anhoa.gov.vn"),
        (GAZETTE, ("gazette", "time"), "2024-03-06T08:01:02+07:00"),
        ("06.03.2024 08:01:02\n+07:00", ("gazette", "time"), "2024-03-06T08:01:02+07:00"),
    ],
)
def test_parse_stamp_text(text, path, value):
    out = parse_stamp_text(text)
    assert out[path[0]][path[1]] == value


def test_plain_text_has_no_stamp():
    assert parse_stamp_text("Chủ tịch UBND huyện giao Phòng Nội vụ") == {}


def _line(words: list[str], x: int, y: int, line: int, h: int = 40) -> list[Word]:
    out = []
    for w in words:
        out.append(Word(w, 95.0, (x, y, x + 30 * len(w), y + h), (line, 1, 1)))
        x += 30 * len(w) + 20
    return out


def test_signature_stamp_words_are_set_apart():
    words = (_line(["Ký", "bởi:", "UBND", "huyện"], 1700, 10, 1, h=20)
             + _line(["Thời", "gian", "ký:", "05/03/2024", "09:15:30"], 1700, 40, 2, h=20)
             + _line(["ỦY", "BAN", "NHÂN", "DÂN"], 300, 300, 3))
    kept, found = split_stamps(words, (2480, 3508))
    assert [w.text for w in kept] == ["ỦY", "BAN", "NHÂN", "DÂN"]
    assert parse_stamp_text("\n".join(found.text_lines))["signature"]["time"] == "2024-03-05T09:15:30"


def test_incoming_mail_stamp_is_set_apart():
    words = (_line(["CV"], 10, 700, 1, h=90) + _line(["ĐẾN"], 10, 800, 2, h=90)
             + _line(["Số:"], 200, 720, 3) + _line(["Ngày:"], 200, 800, 4)
             + _line(["Thời", "gian", "qua,", "các", "cấp"], 900, 2000, 5))
    kept, found = split_stamps(words, (2480, 3508))
    assert [w.text for w in kept] == ["Thời", "gian", "qua,", "các", "cấp"]
    assert found.incoming is not None
    assert set(found.incoming_fields) == {"so", "ngay"}
