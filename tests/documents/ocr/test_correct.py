import pytest

from chidao.documents.ocr.correct import correct


def _fix(text: str, conf: float = 90.0) -> str:
    tokens = [(t, conf) for t in text.split()]
    fixes = {c.index: c.text for c in correct(tokens)}
    return " ".join(fixes.get(i, t) for i, (t, _) in enumerate(tokens))


@pytest.mark.parametrize(
    ("read", "printed"),
    [
        ("THÔNG BẢO", "THÔNG BÁO"),
        ("CỌNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("thu hút đâu tư vào tỉnh", "thu hút đầu tư vào tỉnh"),
        ("đây mạnh cải cách hành chính", "đẩy mạnh cải cách hành chính"),
        ("giải quyết theo thâm quyền", "giải quyết theo thẩm quyền"),
        ("tông hợp kêt quả thực hiện", "tổng hợp kết quả thực hiện"),
        ("tạo sự chuyên biến tích cực", "tạo sự chuyển biến tích cực"),
    ],
)
def test_lost_tone_marks_are_restored(read, printed):
    assert _fix(read) == printed


@pytest.mark.parametrize(
    "clean",
    [
        "Chủ tịch Ủy ban nhân dân tỉnh giao Sở Tài chính chủ trì, phối hợp với các cơ quan liên quan",
        "Cộng hoà xã hội chủ nghĩa Việt Nam",  # the modern tone placement stays as printed
        "báo cáo kết quả về Văn phòng trước ngày 20 tháng 3 năm 2024",
        "Nơi nhận: Như trên; Lưu: VT, KT.",
    ],
)
def test_clean_text_is_left_alone(clean):
    assert _fix(clean, conf=95.0) == clean


def test_correction_keeps_the_original_reading():
    fixes = correct([("đâu", 71.5), ("tư", 96.0)])
    assert [(c.index, c.text, c.read, c.conf) for c in fixes] == [(0, "đầu", "đâu", 71.5)]


def test_unsure_abbreviation_is_mended():
    assert [c.text for c in correct([("thủ", 95.0), ("tục", 95.0), ("(TIHC)", 40.0)])] == ["(TTHC)"]


def test_words_are_never_invented():
    fixes = correct([("xyzw", 10.0), ("12/TB-UBND", 20.0)])
    assert fixes == []


@pytest.mark.parametrize(("read", "printed"), [("08/QĐÐ-TTg", "08/QĐ-TTg"), ("ÐẾN", "ĐẾN"), ("NÐ-CP", "NĐ-CP")])
def test_foreign_letters_are_mended(read, printed):
    assert _fix(read) == printed
