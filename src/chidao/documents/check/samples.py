"""Small invented documents for the rules' `bad` and `good` examples: one well-formed state document
(a thông báo of a provincial People's Committee), one công văn and one Party document, each part
replaceable by keyword, so an example shows exactly the defect it is about."""

from __future__ import annotations

from typing import Any

_STATE = {
    "issuer": "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM",
    "motto": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
    "number": "Số: 15/TB-UBND",
    "place_date": "Hà Nam, ngày 05 tháng 3 năm 2024",
    "type": "THÔNG BÁO",
    "subject": "Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về cải cách hành chính",
    "kinh_gui": "",
    "body": (
        "Ngày 01/3/2024, Chủ tịch UBND tỉnh chủ trì cuộc họp về cải cách hành chính. Chủ tịch UBND tỉnh "
        "kết luận như sau:\n\n"
        "1. Giao Sở Nội vụ chủ trì, phối hợp với các sở, ngành rà soát thủ tục hành chính, báo cáo UBND "
        "tỉnh trước ngày 30/4/2024.\n\n"
        "2. Văn phòng UBND tỉnh theo dõi, đôn đốc thực hiện.\n\n"
        "Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./."
    ),
    "recipients": "Nơi nhận:\n- Chủ tịch, các PCT UBND tỉnh;\n- Các sở, ban, ngành tỉnh;\n- Lưu: VT, NC.",
    "signature": "TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n\n\nNguyễn Văn An",
}

_LETTER = {
    **_STATE,
    "number": "Số: 215/UBND-KT",
    "type": "",
    "subject": "V/v báo cáo tình hình giải ngân vốn đầu tư công",
    "kinh_gui": "Kính gửi:\n- Sở Tài chính;\n- Sở Xây dựng.",
    "body": (
        "Thực hiện chỉ đạo của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh đề nghị các sở báo cáo tình hình "
        "giải ngân vốn đầu tư công, gửi về Sở Tài chính trước ngày 20/3/2024 để tổng hợp./."
    ),
    "recipients": "Nơi nhận:\n- Như trên;\n- Chủ tịch, các PCT UBND tỉnh;\n- Lưu: VT, KT.",
    "signature": "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nTrần Thị Bình",
}

_PARTY = {
    "issuer": "ĐẢNG BỘ TỈNH HÀ NAM\nBAN THƯỜNG VỤ TỈNH ỦY\n*",
    "motto": "ĐẢNG CỘNG SẢN VIỆT NAM",
    "number": "Số 42-TB/TU",
    "place_date": "Hà Nam, ngày 12 tháng 4 năm 2024",
    "type": "THÔNG BÁO",
    "subject": "kết luận của Ban Thường vụ Tỉnh ủy về công tác cán bộ",
    "kinh_gui": "",
    "body": (
        "Ngày 10/4/2024, Ban Thường vụ Tỉnh ủy họp nghe báo cáo về công tác cán bộ và kết luận như sau:\n\n"
        "1. Giao Ban Tổ chức Tỉnh ủy chủ trì tham mưu quy hoạch cán bộ, báo cáo trước ngày 31/5/2024."
    ),
    "recipients": "Nơi nhận:\n- Các huyện ủy, thành ủy;\n- Ban Tổ chức Tỉnh ủy;\n- Lưu Văn phòng Tỉnh ủy.",
    "signature": "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\n\nLê Văn Cường",
}

_ORDER = ("issuer", "motto", "number", "place_date", "type", "subject", "kinh_gui", "body", "recipients",
          "signature")


def _build(base: dict[str, str], parts: dict[str, str]) -> str:
    unknown = set(parts) - set(base)
    if unknown:
        raise KeyError(f"unknown parts: {sorted(unknown)}")
    merged = {**base, **parts}
    return "\n\n".join(merged[k] for k in _ORDER if merged[k]) + "\n"


def state(**parts: str) -> str:
    """A well-formed thông báo; pass a part (`number="Số: /TB-UBND"`) to change it, `""` to drop it."""
    return _build(_STATE, parts)


def letter(**parts: str) -> str:
    """A well-formed công văn (V/v, Kính gửi, Như trên)."""
    return _build(_LETTER, parts)


def party(**parts: str) -> str:
    """A well-formed Party thông báo (HD 36 form)."""
    return _build(_PARTY, parts)


def layout(text: str, font: str = "Times New Roman", size: float = 13.0, **parts: Any) -> dict[str, Any]:
    """A .docx layout for `text` in the shape the docx reader gives: A4 portrait, ND30 margins, page
    numbers centred in the header and hidden on page 1, every line one paragraph in `font` at `size`.
    Keyword `page`, `margins_mm` or `page_numbers` replaces that part."""
    paragraphs = []
    pos = 0
    for line in text.split("\n"):
        paragraphs.append({"start": pos, "end": pos + len(line), "align": "both", "in_table": False, "font": font,
                           "size_pt": size, "bold": False, "italic": False})
        pos += len(line) + 1
    out: dict[str, Any] = {
        "page": {"width_mm": 210.0, "height_mm": 297.0, "orientation": "portrait"},
        "margins_mm": {"top": 20.0, "bottom": 20.0, "left": 30.0, "right": 15.0},
        "paragraphs": paragraphs,
        "page_numbers": {"present": True, "where": "header", "align": "center", "first_page_shown": False},
    }
    out.update(parts)
    return out
