"""Whole headers, in the shapes text exports give them (our own sample lines)."""

from __future__ import annotations

from typing import Any

import pytest

from chidao.documents import parse_text
from chidao.documents.data import load_toml
from chidao.documents.parts.type_subject import misread_type_name

STACKED = """ỦY BAN NHÂN DÂN
TỈNH CAO BẰNG
____
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
__________
Số: 05/2024/QĐ-UBND
Cao Bằng, ngày 12 tháng 3 năm 2024
QUYẾT ĐỊNH
Ban hành Quy chế phối hợp quản lý cụm công nghiệp
trên địa bàn tỉnh Cao Bằng
ỦY BAN NHÂN DÂN TỈNH CAO BẰNG
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
"""

INTERLEAVED = """UBND TỈNH HÀ GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ Y TẾ Độc lập - Tự do - Hạnh phúc
Số: 412/SYT-NVY Hà Giang, ngày 08 tháng 11 năm 2023
V/v tăng cường phòng, chống dịch sốt xuất huyết
Kính gửi:
- Trung tâm Kiểm soát bệnh tật tỉnh;
- Các bệnh viện tuyến tỉnh.
Thực hiện chỉ đạo của Bộ Y tế, Sở Y tế đề nghị các đơn vị triển khai ngay các nội dung sau:
"""

TABLE = """| BỘ GIAO THÔNG VẬN TẢI ---- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ----- |
| --- | --- |
| Số: 7702/BGTVT-KCHT *V/v bảo đảm giao thông mùa mưa lũ năm 2025* | *Hà Nội, ngày 21 tháng 7 năm 2025* |
Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương
Để chủ động ứng phó với mưa lũ, Bộ Giao thông vận tải đề nghị:
"""

PARTY = """ĐẢNG BỘ TỈNH BẮC KẠN                ĐẢNG CỘNG SẢN VIỆT NAM
HUYỆN ỦY CHỢ ĐỒN
       *
   Số 41-NQ/HU                    Chợ Đồn, ngày 03 tháng 4 năm 2025

                     NGHỊ QUYẾT
        về phát triển kinh tế rừng giai đoạn 2025 - 2030
                          -----
     Thực hiện Nghị quyết số 12-NQ/TU ngày 10/01/2025 của Ban Thường vụ Tỉnh ủy,
"""

LOST_HEADER = """Số:    /TB-UBND

Lạng Giang, ngày    tháng 10 năm 2025

THÔNG BÁO

Kết luận của Chủ tịch UBND huyện tại buổi kiểm tra tiến độ xây dựng trường học

Ngày 02/10/2025, đồng chí Chủ tịch UBND huyện đã kiểm tra tiến độ xây dựng trường học.
"""

GLUED = """BỘ NỘI VỤ ---- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ----
Số: 3391/BNV-CQĐP V/v hướng dẫn sắp xếp đơn vị hành chính cấp xã Hà Nội, ngày 14 tháng 6 năm 2025 Kính gửi: Ủy ban nhân dân các tỉnh, thành phố. Thực hiện Kết luận của Bộ Chính trị, Bộ Nội vụ hướng dẫn như sau:
1. Về hồ sơ đề án.
"""

PDF_WRAPPED = """ỦY BAN NHÂN DÂN
TỈNH TUYÊN QUANG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA
VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 77/KH-UBND
Tuyên Quang, ngày 20 tháng 5 năm
2024
KẾ HOẠCH
Triển khai chuyển đổi số trong cơ quan nhà nước
năm 2024
Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ;
"""


PDF_YEAR_APART = """UBND TỈNH NAM BÌNH
BAN QUẢN LÝ CÁC KHU CÔNG
NGHIỆP TỈNH
Số: 91/TB-BQL
Nam Bình, ngày 09 tháng 6 năm
CỘNG HÒA XÃ HỘI CHỦ NGHĨA
VIỆT NAM
Độc lập - Tự do - Hạnh phúc
2025
THÔNG BÁO
Kết luận của Trưởng ban tại buổi làm việc với các nhà đầu tư
Ngày 05/6/2025, Trưởng ban đã làm việc với các nhà đầu tư.
"""


# a web copy flattened to one line: the type name glued to the subject's first word
FLAT_TYPE_GLUED = (
    "ỦY BAN NHÂN DÂN HUYỆN MỘC CHÂU CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 41/QĐ-UBND "
    "Mộc Châu, ngày 11 tháng 4 năm 2026 QUYẾT ĐỊNHVề việc kiện toàn Ban Chỉ đạo phòng chống thiên tai huyện "
    "ỦY BAN NHÂN DÂN HUYỆN MỘC CHÂU Căn cứ Luật Phòng, chống thiên tai; QUYẾT ĐỊNH: Điều 1. Kiện toàn Ban Chỉ đạo.\n"
)

# ... and a Youth Union's issuer's other line glued after its number, before the place and date
FLAT_AFTER_NUMBER = (
    "BAN CHẤP HÀNH TỈNH ĐOÀN***Số: 52-KH/TĐTN-VP ĐOÀN TNCS HỒ CHÍ MINH Vân Hồ, ngày 02 tháng 3 năm 2026 "
    "KẾ HOẠCHTổ chức Tháng Thanh niên năm 2026--------- Căn cứ Chương trình công tác năm 2026 của Tỉnh đoàn.\n"
)

# ... a decision's authority line after its subject, before the body's opener
FLAT_AUTHORITY = (
    "BAN CHẤP HÀNH TỈNH ĐOÀN***Số: 53-QĐ/TĐTN-VP Vân Hồ, ngày 04 tháng 3 năm 2026 QUYẾT ĐỊNHVề việc thành lập Đội "
    "thanh niên tình nguyện--------- BAN THƯỜNG VỤ TỈNH ĐOÀN- Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh; - Xét đề nghị của "
    "Ban Phong trào Tỉnh đoàn, QUYẾT ĐỊNH Điều 1. Thành lập Đội thanh niên tình nguyện. Điều 2. Quyết định này có "
    "hiệu lực từ ngày ký.\n"
)

# a draft exported from PDF: the blank number and date cut at their blanks
BLANK_DRAFT = """BỘ NỘI VỤ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số:
/TTr-BNV
Hà Nội, ngày
tháng
năm 2026
TỜ TRÌNH
Về việc ban hành Quy chế làm việc của Bộ
Kính gửi: Thủ tướng Chính phủ
"""

# OCR of a scanned plan: both header columns on each line, the day read as marks, the type name's marks misread
OCR_COLUMNS = """BỘ Y TẾ CỘNG  HÒA XÃ HỘI CHỦ NGHĨA  VIỆT NAM
ĐẠI HỌC Y DƯỢC MIỀN NÚI Độc lập- Tự do- Hạnh phúc
Số: 31 /KH-ĐHYD Thái Nguyên, ngày-|“tháng  5 năm 2025
KÉ HOẠCH
Tổ chức khám sức khỏe cho sinh viên năm thứ nhất
Căn cứ kế hoạch năm học của Trường;
"""


# OCR of a scanned letter of a general department: both columns on each line, a mark of the issuer's head lost
# (`TỎNG`, `THUÊ`), the Tiêu ngữ's dash read as a tilde, the label `sé;`, the day read as a sign and a digit; a stamp's
# words alone on their lines between the subject and `Kính gửi`
OCR_LETTER = """BỘ TÀI CHÍNH CONG HOA XÃ HOI CHỦ NGHĨA VIỆT NAM
TỎNG CỤC THUÊ Độc lập - Tự do ~ Hạnh phúc
sé; 2207 /TCT-KK Hà Nội, ngày { 4tháng 9 năm 2016
V/v rà soát số thuế phải nộp
của hàng hóa nhập khẩu

TNH

buộc
Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương

Để quản lý thuế chặt chẽ, Tổng cục Thuế đề nghị Cục Thuế thực hiện các việc sau:
"""

# ... a PDF whose font has no text map: its marked letters read as other signs, its place and date beside the number
# unread (no body opens there: the subject below is read)
BROKEN_FONT = """BO TAI CHINH CQNG HOA XA HQI CHU NGHIA VIET NAM
TONG CUC THUE DQc l$p - Tu do - H4nh phric
s6: /TCT- cs Ndm An, ngdy 1l thdng 0J ndm 2026
V/v chinh s6ch thu6
Kinh gui: Cuc Thu6 tinh Nam An
"""


def _get(out: dict[str, Any], path: str) -> Any:
    value: Any = out
    for part in path.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


# a .docx copy, one paragraph a line and a blank line after each: the subject's first paragraph, long, left open on a
# comma, and its second in lower case
DOCX_COMMA = """HỘI NÔNG DÂN XÃ YÊN HÒA

BAN THƯỜNG VỤ

Số: 04/KH-HND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

Độc lập - Tự do - Hạnh phúc

Yên Hòa, ngày 03 tháng 02 năm 2026

KẾ HOẠCH

Tổ chức các hoạt động của Tiểu ban tuyên truyền phục vụ Đại hội Hội Nông dân các cấp và Đại hội đại biểu Hội Nông dân xã,

nhiệm kỳ 2026 - 2031 trên địa bàn xã Yên Hòa

Căn cứ Điều lệ Hội Nông dân Việt Nam, Ban Thường vụ Hội Nông dân xã ban hành kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU
"""

# a crawler's markdown copy: the number and the place and date on one line, joined by an em dash
CRAWLER_DASH = """**BỘ CÔNG THƯƠNG**

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**

Số: 88/QĐ-BCT — Hà Nội, ngày 17 tháng 4 năm 2025

---

# QUYẾT ĐỊNH

Ban hành Quy trình kiểm tra an toàn kho xăng dầu

**BỘ TRƯỞNG BỘ CÔNG THƯƠNG**

Căn cứ Luật Tổ chức Chính phủ;
"""
# a web copy that glues the V/v line onto the number line
GLUED_VV = """VĂN PHÒNG CHÍNH PHỦ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

Số: 640/VPCP-KTV/v xử lý kiến nghị của tỉnh Phú An

Hà Nội, ngày 03 tháng 5 năm 2016

Kính gửi: Bộ Tài chính

Xét đề nghị của Ủy ban nhân dân tỉnh Phú An, Phó Thủ tướng có ý kiến như sau:
"""

# a scan whose OCR read the slash of `V/v` as a letter
OCR_VV = """SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Số: 208 /SNNMT-TL Phú Thọ, ngày 12 tháng 3 năm 2025
Viv kiểm tra an toàn hồ chứa
trước mùa mưa bão.

Kính gửi: Ủy ban nhân dân các xã ven hồ.
"""

PAGE_ORDINAL = (
    "  1. ỦY BAN NHÂN DÂN CỘNG HÒA XàHỘI CHỦ NGHĨA VIỆT NAM TỈNH NAM AN Độc lập  Tự do  Hạnh phúc    Số: 09/2021/QĐUBND "
    "Nam An, ngày 06 tháng 4 năm 2021   QUYẾT ĐỊNH BAN HÀNH QUY ĐỊNH VỀ NUÔI CÁ TRA TRONG VÙNG ĐÊ BAO KHÉP KÍN "
    "ỦY BAN NHÂN DÂN TỈNH NAM AN Căn cứ Luật Tổ chức chính quyền địa phương năm 2015; Theo đề nghị "
    "của Giám đốc Sở Nông nghiệp và Phát triển nông thôn.\n"
)

CASES = [
    (STACKED, {"family": "state", "issuer.name": "ỦY BAN NHÂN DÂN TỈNH CAO BẰNG", "issuer.parent": None,
               "number.seq": "5", "number.year": 2024, "number.symbol": "QĐ-UBND", "type.code": "QĐ",
               "place.name": "Cao Bằng", "date.iso": "2024-03-12",
               "subject.text": "Ban hành Quy chế phối hợp quản lý cụm công nghiệp trên địa bàn tỉnh Cao Bằng"}),
    (INTERLEAVED, {"issuer.name": "SỞ Y TẾ", "issuer.parent": "UBND TỈNH HÀ GIANG", "number.seq": "412",
                   "number.symbol": "SYT-NVY", "number.type_code": None, "type.code": "CV", "place.name": "Hà Giang",
                   "date.iso": "2023-11-08", "subject.text": "tăng cường phòng, chống dịch sốt xuất huyết"}),
    (TABLE, {"issuer.name": "BỘ GIAO THÔNG VẬN TẢI", "number.seq": "7702", "type.code": "CV",
             "subject.text": "bảo đảm giao thông mùa mưa lũ năm 2025", "date.iso": "2025-07-21"}),
    (PARTY, {"family": "party", "issuer.name": "HUYỆN ỦY CHỢ ĐỒN", "issuer.parent": "ĐẢNG BỘ TỈNH BẮC KẠN",
             "number.seq": "41", "number.symbol": "NQ/HU", "type.code": "NQ", "place.name": "Chợ Đồn",
             "subject.text": "về phát triển kinh tế rừng giai đoạn 2025 - 2030"}),
    (LOST_HEADER, {"family": "state", "issuer": None, "number.seq": None, "number.symbol": "TB-UBND",
                   "type.code": "TB", "date.day": None, "date.month": 10, "date.year": 2025, "place.name": "Lạng Giang",
                   "subject.text": "Kết luận của Chủ tịch UBND huyện tại buổi kiểm tra tiến độ xây dựng trường học"}),
    (OCR_VV, {"number.seq": "208", "type.code": "CV",
              "subject.text": "kiểm tra an toàn hồ chứa trước mùa mưa bão."}),
    (GLUED, {"issuer.name": "BỘ NỘI VỤ", "number.seq": "3391", "type.code": "CV", "place.name": "Hà Nội",
             "subject.text": "hướng dẫn sắp xếp đơn vị hành chính cấp xã"}),
    (PDF_WRAPPED, {"issuer.name": "ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG", "date.iso": "2024-05-20", "type.code": "KH",
                   "subject.text": "Triển khai chuyển đổi số trong cơ quan nhà nước năm 2024"}),
    (PDF_YEAR_APART, {"issuer.name": "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP TỈNH", "issuer.parent": "UBND TỈNH NAM BÌNH",
                      "date.iso": "2025-06-09", "type.code": "TB",
                      "subject.text": "Kết luận của Trưởng ban tại buổi làm việc với các nhà đầu tư"}),
    (FLAT_TYPE_GLUED, {"issuer.name": "ỦY BAN NHÂN DÂN HUYỆN MỘC CHÂU", "number.seq": "41", "type.code": "QĐ",
                       "place.name": "Mộc Châu", "date.iso": "2026-04-11",
                       "subject.text": "Về việc kiện toàn Ban Chỉ đạo phòng chống thiên tai huyện"}),
    (FLAT_AFTER_NUMBER, {"number.seq": "52", "place.name": "Vân Hồ", "date.iso": "2026-03-02", "type.code": "KH",
                         "subject.text": "Tổ chức Tháng Thanh niên năm 2026"}),
    (FLAT_AUTHORITY, {"type.code": "QĐ", "date.iso": "2026-03-04",
                      "subject.text": "Về việc thành lập Đội thanh niên tình nguyện"}),
    (BLANK_DRAFT, {"issuer.name": "BỘ NỘI VỤ", "number.seq": None, "number.symbol": "TTr-BNV", "place.name": "Hà Nội",
                   "date.year": 2026, "date.month": None, "date.day": None, "type.code": "TTr",
                   "subject.text": "Về việc ban hành Quy chế làm việc của Bộ"}),
    (OCR_COLUMNS, {"issuer.name": "ĐẠI HỌC Y DƯỢC MIỀN NÚI", "issuer.parent": "BỘ Y TẾ", "number.seq": "31",
                   "place.name": "Thái Nguyên", "date.year": 2025, "date.month": 5, "date.day": None, "type.code": "KH",
                   "subject.text": "Tổ chức khám sức khỏe cho sinh viên năm thứ nhất"}),

    (CRAWLER_DASH, {"issuer.name": "BỘ CÔNG THƯƠNG", "number.seq": "88", "number.symbol": "QĐ-BCT", "type.code": "QĐ",
                    "place.name": "Hà Nội", "date.iso": "2025-04-17",
                    "subject.text": "Ban hành Quy trình kiểm tra an toàn kho xăng dầu"}),
    (GLUED_VV, {"number.seq": "640", "number.symbol": "VPCP-KT", "place.name": "Hà Nội", "date.iso": "2016-05-03",
                "type.code": "CV", "subject.text": "xử lý kiến nghị của tỉnh Phú An"}),
    (OCR_LETTER, {"issuer.name": "TỎNG CỤC THUÊ", "issuer.parent": "BỘ TÀI CHÍNH", "number.seq": "2207",
                  "number.symbol": "TCT-KK", "place.name": "Hà Nội", "date.year": 2016, "date.month": 9,
                  "date.day": None, "type.code": "CV",
                  "subject.text": "rà soát số thuế phải nộp của hàng hóa nhập khẩu"}),
    (BROKEN_FONT, {"issuer.name": "TONG CUC THUE", "issuer.parent": "BO TAI CHINH", "number.seq": None,
                   "number.symbol": "TCT-cs", "type.code": "CV", "subject.text": "chinh s6ch thu6"}),
    (DOCX_COMMA, {"type.code": "KH", "date.iso": "2026-02-03",
                  "subject.text": "Tổ chức các hoạt động của Tiểu ban tuyên truyền phục vụ Đại hội Hội Nông dân các cấp "
                                  "và Đại hội đại biểu Hội Nông dân xã, nhiệm kỳ 2026 - 2031 trên địa bàn xã Yên Hòa"}),
    # a document site's page-by-page text: `1.` numbers the page, its whole first page flattened onto one line
    (PAGE_ORDINAL, {"issuer.name": "ỦY BAN NHÂN DÂN TỈNH NAM AN", "number.seq": "9", "number.symbol": "QĐUBND",
                    "type.code": "QĐ", "place.name": "Nam An", "date.iso": "2021-04-06",
                    "subject.text": "BAN HÀNH QUY ĐỊNH VỀ NUÔI CÁ TRA TRONG VÙNG ĐÊ BAO KHÉP KÍN"}),
]


@pytest.mark.parametrize(
    ("text", "expected"), CASES,
    ids=["stacked", "interleaved", "table", "party", "lost", "ocr-vv", "glued", "pdf", "pdf-year-apart", "flat-type-glued",
         "flat-after-number", "flat-authority", "blank-draft", "ocr-columns", "crawler-dash", "glued-vv", "ocr-letter",
         "broken-font", "docx-comma", "page-ordinal"],
)
def test_header_fields(text: str, expected: dict[str, Any]) -> None:
    out = parse_text(text, check=False).to_dict()
    for path, value in expected.items():
        assert _get(out, path) == value, path


@pytest.mark.parametrize(
    ("text", "body_starts_with"),
    [
        (STACKED, "ỦY BAN NHÂN DÂN TỈNH CAO BẰNG\nCăn cứ"),
        (INTERLEAVED, "Thực hiện chỉ đạo"),
        (TABLE, "Để chủ động"),
        (PARTY, "Thực hiện Nghị quyết"),
        (LOST_HEADER, "Ngày 02/10/2025"),
        (GLUED, "Thực hiện Kết luận"),
        # (a stamp's words between the subject and `Kính gửi` are neither: the addressees are read, the body after)
        (OCR_LETTER, "Để quản lý thuế chặt chẽ"),
        # the body opening with its deadline: a second date after the addressees is no place and date
        (INTERLEAVED.replace("Thực hiện chỉ đạo", "Trước ngày 20/11/2023, các đơn vị gửi báo cáo về Sở. Thực hiện chỉ đạo"),
         "Trước ngày 20/11/2023, các đơn vị"),
        (INTERLEAVED.replace("Thực hiện chỉ đạo", "Chậm nhất ngày 15 tháng 11 năm 2023, các đơn vị báo cáo. Thực hiện chỉ đạo"),
         "Chậm nhất ngày 15 tháng 11"),
    ],
)
def test_body_starts_after_the_header(text: str, body_starts_with: str) -> None:
    doc = parse_text(text, check=False)
    assert doc.body_span is not None
    assert doc.text[doc.body_span[0] :].startswith(body_starts_with)


def test_addressees_one_per_entry() -> None:
    doc = parse_text(INTERLEAVED, check=False)
    assert [a.name for a in doc.addressees] == ["Trung tâm Kiểm soát bệnh tật tỉnh", "Các bệnh viện tuyến tỉnh"]
    glued = parse_text(GLUED, check=False)
    assert [a.name for a in glued.addressees] == ["Ủy ban nhân dân các tỉnh, thành phố"]


_ALIAS_HEAD = "SỞ XÂY DỰNG\nSố: 12/SXD-QLXD\nV/v rà soát hồ sơ\nHà Tĩnh, ngày 02 tháng 3 năm 2025\n\nKính gửi:\n"


@pytest.mark.parametrize(
    ("lines", "names"),
    [
        # a short name given to the list after its last addressee, on the next line or on the same one
        ("- Ban QLDA huyện;\n- UBND các xã\n(sau đây gọi tắt là các chủ đầu tư).", ["Ban QLDA huyện", "UBND các xã"]),
        ("- Ban QLDA huyện;\n- UBND các xã (sau đây gọi chung là các đơn vị).", ["Ban QLDA huyện", "UBND các xã"]),
        ("- Ban QLDA huyện;\n- UBND các xã;\n(sau đây gọi tắt là các chủ đầu tư).", ["Ban QLDA huyện", "UBND các xã"]),
        # ... and a note that the addressees are listed apart
        ("- Sở Y tế các tỉnh tham gia Đề án (danh sách kèm theo);\n- Bệnh viện hạt nhân.",
         ["Sở Y tế các tỉnh tham gia Đề án", "Bệnh viện hạt nhân"]),
        ("- Ban QLDA huyện;\n- Các chủ đầu tư (theo danh sách đính kèm).", ["Ban QLDA huyện", "Các chủ đầu tư"]),
        # any other bracket stays in the name
        ("- Ban QLDA huyện;\n- Công ty Cổ phần Sông Đà (nhà thầu).", ["Ban QLDA huyện", "Công ty Cổ phần Sông Đà (nhà thầu)"]),
    ],
)
def test_an_alias_given_to_the_addressees_is_no_addressee(lines: str, names: list[str]) -> None:
    doc = parse_text(_ALIAS_HEAD + lines + "\n\nSở Xây dựng đề nghị các đơn vị rà soát hồ sơ.\n", check=False)
    assert [a.name for a in doc.addressees] == names
    assert all(doc.text[a.span[0] : a.span[1]].rstrip(" ;.").endswith(a.name) for a in doc.addressees if a.span)


def test_spans_index_the_text() -> None:
    doc = parse_text(STACKED, check=False)
    assert doc.number and doc.number.span
    assert doc.text[doc.number.span[0] : doc.number.span[1]] == "Số: 05/2024/QĐ-UBND"
    assert doc.place and doc.place.span and doc.text[doc.place.span[0] : doc.place.span[1]] == "Cao Bằng"


def test_stamps_are_kept_apart_from_issuer_and_subject() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 93/UBND-NC\nLai Châu, ngày 14 tháng 7 năm 2025\nV/v rà soát hồ sơ đất đai\nHỎA TỐC\n"
        "Kính gửi: Sở Nông nghiệp và Môi trường\nỦy ban nhân dân tỉnh đề nghị Sở rà soát hồ sơ.\n"
    )
    doc = parse_text(text, check=False)
    assert doc.issuer is not None and doc.issuer.name == "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU"
    assert doc.subject is not None and doc.subject.text == "rà soát hồ sơ đất đai"
    assert doc.metadata["marks"] == ["HỎA TỐC"]
    assert [a.name for a in doc.addressees] == ["Sở Nông nghiệp và Môi trường"]


def test_vv_subject_wraps_beside_the_date_column() -> None:
    text = (
        "   SỞ NỘI VỤ                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "                                       Độc lập - Tự do - Hạnh phúc\n"
        "  Số: 77/SNV-CCVC\n"
        "V/v tuyển dụng viên chức               Sơn La, ngày 03 tháng 02 năm 2025\n"
        "   ngành giáo dục năm 2025\n\n"
        "      Kính gửi: Ủy ban nhân dân các xã, phường.\n\n"
        "   Sở Nội vụ đề nghị các xã, phường rà soát chỉ tiêu tuyển dụng./.\n"
    )
    doc = parse_text(text, check=False)
    assert doc.subject is not None and doc.subject.text == "tuyển dụng viên chức ngành giáo dục năm 2025"
    assert doc.date is not None and doc.date.iso == "2025-02-03"
    assert [a.name for a in doc.addressees] == ["Ủy ban nhân dân các xã, phường"]


@pytest.mark.parametrize(
    ("after_subject", "subject"),
    [
        ("I. MỤC ĐÍCH, YÊU CẦU", "TRIỂN KHAI CÔNG TÁC PHÒNG CHÁY NĂM 2025"),
        ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SƠN LA", "TRIỂN KHAI CÔNG TÁC PHÒNG CHÁY NĂM 2025"),
        ("ỦY BAN NHÂN DÂN TỈNH SƠN LA", "TRIỂN KHAI CÔNG TÁC PHÒNG CHÁY NĂM 2025"),
        ("TRÊN ĐỊA BÀN TỈNH SƠN LA", "TRIỂN KHAI CÔNG TÁC PHÒNG CHÁY NĂM 2025 TRÊN ĐỊA BÀN TỈNH SƠN LA"),
    ],
)
def test_upper_case_subject_ends_at_a_heading(after_subject: str, subject: str) -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\nSố: 12/KH-UBND\nSơn La, ngày 02 tháng 01 năm 2025\nKẾ HOẠCH\n"
        f"TRIỂN KHAI CÔNG TÁC PHÒNG CHÁY NĂM 2025\n{after_subject}\nNội dung kế hoạch.\n"
    )
    doc = parse_text(text, check=False)
    assert doc.subject is not None and doc.subject.text == subject


_NO_BLANKS_HEAD = "UBND TỈNH PHÚ AN\nSỞ XÂY DỰNG\nSố: 18/{code}-SXD\nPhú An, ngày 02 tháng 4 năm 2025\n"


@pytest.mark.parametrize(
    ("code", "lines", "subject", "body_starts_with"),
    [
        ("TB", ["THÔNG BÁO", "ý kiến của Giám đốc Sở về việc chuẩn bị mùa mưa năm 2025",
                "Tại cuộc họp giao ban tháng 3, Giám đốc Sở đã nghe các phòng báo cáo tiến độ."],
         "ý kiến của Giám đốc Sở về việc chuẩn bị mùa mưa năm 2025", "Tại cuộc họp"),
        ("GM", ["GIẤY MỜI", "Dự họp rà soát tiến độ các công trình trọng điểm năm 2025",
                "Sở Xây dựng tổ chức cuộc họp rà soát tiến độ, thành phần như sau"],
         "Dự họp rà soát tiến độ các công trình trọng điểm năm 2025", "Sở Xây dựng tổ chức"),
        ("GM", ["GIẤY MỜI", "Dự họp rà soát tiến độ các công trình trọng điểm",
                "Sở Xây dựng tổ chức cuộc họp rà soát tiến độ các công trình, cụ thể như sau:"],
         "Dự họp rà soát tiến độ các công trình trọng điểm", "Sở Xây dựng tổ chức"),
        ("GM", ["GIẤY MỜI", "Dự họp rà soát tiến độ các công trình trọng điểm",
                "Ủy ban nhân dân tỉnh tổ chức cuộc họp rà soát tiến độ các công trình trọng điểm"],
         "Dự họp rà soát tiến độ các công trình trọng điểm", "Ủy ban nhân dân tỉnh tổ chức"),
        ("KH", ["KẾ HOẠCH", "Kiểm tra công tác phòng cháy tại các chợ",
                "Tổ chức kiểm tra giao cho các đoàn liên ngành", "Căn cứ chỉ đạo của tỉnh, Sở ban hành Kế hoạch."],
         "Kiểm tra công tác phòng cháy tại các chợ Tổ chức kiểm tra giao cho các đoàn liên ngành", "Căn cứ"),
        ("GM", ["GIẤY MỜI", "Họp bàn kế hoạch bảo trì đường tỉnh", "Thời gian: 08 giờ 00, thứ Hai, ngày 07/4/2025"],
         "Họp bàn kế hoạch bảo trì đường tỉnh", "Thời gian"),
        ("GM", ["GIẤY MỜI", "Họp bàn kế hoạch bảo trì đường tỉnh", "Kính mời: Lãnh đạo các phòng chuyên môn"],
         "Họp bàn kế hoạch bảo trì đường tỉnh", "Kính mời"),
        ("GM", ["GIẤY MỜI", "Họp bàn kế hoạch bảo trì đường tỉnh", "Trân trọng kính mời các đồng chí tham dự"],
         "Họp bàn kế hoạch bảo trì đường tỉnh", "Trân trọng"),
        ("TB", ["THÔNG BÁO", "Kết luận của Giám đốc Sở về công tác bảo trì đường bộ",
                "Tại buổi làm việc với các nhà thầu, Giám đốc Sở kết luận"],
         "Kết luận của Giám đốc Sở về công tác bảo trì đường bộ", "Tại buổi làm việc"),
        ("KH", ["KẾ HOẠCH", "Thực hiện Nghị quyết số 12-NQ/TU ngày 02/3/2025 của",
                "Ban Thường vụ Tỉnh ủy về phát triển đô thị năm 2025", "Căn cứ Nghị quyết, Sở ban hành Kế hoạch."],
         "Thực hiện Nghị quyết số 12-NQ/TU ngày 02/3/2025 của Ban Thường vụ Tỉnh ủy về phát triển đô thị năm 2025",
         "Căn cứ"),
        ("KH", ["KẾ HOẠCH", "Triển khai Chương trình phát triển nhà ở của Bộ",
                "Xây dựng trên địa bàn tỉnh giai đoạn 2021 - 2025", "Căn cứ Chương trình, Sở ban hành Kế hoạch."],
         "Triển khai Chương trình phát triển nhà ở của Bộ Xây dựng trên địa bàn tỉnh giai đoạn 2021 - 2025",
         "Căn cứ"),
    ],
)
def test_subject_stops_at_a_body_line_without_a_blank_line(
    code: str, lines: list[str], subject: str, body_starts_with: str
) -> None:
    doc = parse_text(_NO_BLANKS_HEAD.format(code=code) + "\n".join(lines) + "\n", check=False)
    assert doc.subject is not None and doc.subject.text == subject
    assert doc.body_span is not None and doc.text[doc.body_span[0] :].startswith(body_starts_with)


@pytest.mark.parametrize(
    ("subject_lines", "subject"),
    [
        (["V/v áp dụng quy định tại Điều 12 Luật", "PCCC 2024"], "áp dụng quy định tại Điều 12 Luật PCCC 2024"),
        (["V/v hợp tác phòng chống dịch bệnh", "VN-LA"], "hợp tác phòng chống dịch bệnh VN-LA"),
        (["V/v: Điều chỉnh danh mục đầu tư công",
          "xã Tân Hòa, huyện Vĩnh Lộc, tỉnh Nam Bình từ nguồn vốn ngân sách trung ương giai đoạn 2021 - 2025"],
         "Điều chỉnh danh mục đầu tư công xã Tân Hòa, huyện Vĩnh Lộc, tỉnh Nam Bình từ nguồn vốn ngân sách trung ương "
         "giai đoạn 2021 - 2025"),
    ],
)
def test_a_pdf_column_rewraps_the_subject(subject_lines: list[str], subject: str) -> None:
    text = "\n".join(["BỘ XÂY DỰNG", "Số: 415/BXD-HĐXD", *subject_lines, "Hà Nội, ngày 04 tháng 3 năm 2025",
                     "Kính gửi: Ủy ban nhân dân các tỉnh", "Bộ Xây dựng đề nghị các địa phương thực hiện."])
    doc = parse_text(text + "\n", check=False)
    assert doc.subject is not None and doc.subject.text == subject
    assert doc.date is not None and doc.date.iso == "2025-03-04"
    assert [a.name for a in doc.addressees] == ["Ủy ban nhân dân các tỉnh"]


@pytest.mark.parametrize(
    "subject",
    [
        "VỀ VIỆC KÝ HIỆP ĐỊNH HỢP TÁC GIỮA CHÍNH PHỦ NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM VÀ CHÍNH PHỦ NƯỚC CỘNG HÒA "
        "DÂN CHỦ NHÂN DÂN LÀO",
        "VỀ BẢN GHI NHỚ GIỮA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM VỚI VƯƠNG QUỐC CAMPUCHIA",
    ],
)
def test_the_country_named_between_two_parties_in_a_subject_in_capitals_is_no_quoc_hieu(subject: str) -> None:
    text = (
        "CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 88/NQ-CP\n"
        f"Hà Nội, ngày 05 tháng 6 năm 2026\nNGHỊ QUYẾT\n{subject}\nCHÍNH PHỦ\nQUYẾT NGHỊ:\n"
        "Điều 1. Phê duyệt văn kiện.\n"
    )
    doc = parse_text(text, check=False)
    assert doc.subject is not None and doc.subject.text == subject
    assert doc.issuer is not None and doc.issuer.name == "CHÍNH PHỦ"


def test_an_issuer_ending_in_nuoc_glued_to_the_quoc_hieu_keeps_it_apart() -> None:
    text = (
        "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nCỤC QUẢN LÝ TÀI NGUYÊN NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 15/TB-QLTNN\nHà Nội, ngày 05 tháng 6 năm 2026\nTHÔNG BÁO\n"
        "Về việc tạm dừng khai thác nước dưới đất\n\nCác tổ chức khai thác nước dưới đất tạm dừng khai thác.\n"
    )
    doc = parse_text(text, check=False)
    assert doc.issuer is not None and doc.issuer.name == "CỤC QUẢN LÝ TÀI NGUYÊN NƯỚC"
    assert doc.subject is not None and doc.subject.text == "Về việc tạm dừng khai thác nước dưới đất"


@pytest.mark.parametrize(
    "subject",
    [
        "về tuyên truyền kỷ niệm Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam",
        "về kỷ niệm ngày thành lập Đảng Cộng sản Việt Nam",
    ],
)
def test_a_name_quoted_in_the_subject_is_not_a_header_mark(subject: str) -> None:
    for printed in (subject, subject.replace(" Cộng hòa", "\nCộng hòa").replace(" Đảng Cộng", "\nĐảng Cộng")):
        text = (
            "TỈNH ỦY NAM BÌNH\n*\nSố 61-KH/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nNam Bình, ngày 02 tháng 8 năm 2025\n"
            f"KẾ HOẠCH\n{printed}\n-----\nThực hiện hướng dẫn của Trung ương, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch.\n"
        )
        doc = parse_text(text, check=False)
        assert doc.subject is not None and doc.subject.text == subject
    assert doc.family == "party" and doc.type is not None and doc.type.code == "KH"


@pytest.mark.parametrize(
    ("title", "subject"),
    [
        ("QUYẾT ĐỊNH CỦA UỶ BAN NHÂN DÂN TỈNH\nV/v thành lập Hội đồng thi đua khen thưởng",
         "thành lập Hội đồng thi đua khen thưởng"),
        ("QUYẾT ĐỊNH CỦA CHỦ TỊCH UBND TỈNH\nNAM BÌNH\nVề việc thành lập Hội đồng thi đua khen thưởng",
         "Về việc thành lập Hội đồng thi đua khen thưởng"),
        ("QUYẾT ĐỊNH\nVề việc thành lập Hội đồng thi đua khen thưởng", "Về việc thành lập Hội đồng thi đua khen thưởng"),
        # the issuer and `V/V` on the line under the type name
        ("QUYẾT ĐỊNH\nCỦA ỦY BAN NHÂN DÂN TỈNH V/V THÀNH LẬP HỘI ĐỒNG THI ĐUA\nKHEN THƯỞNG TỈNH NAM BÌNH",
         "THÀNH LẬP HỘI ĐỒNG THI ĐUA KHEN THƯỞNG TỈNH NAM BÌNH"),
    ],
)
def test_an_older_title_naming_the_issuer_leaves_the_subject_to_the_next_line(title: str, subject: str) -> None:
    text = (
        "UỶ BAN NHÂN DÂN\nTỈNH NAM BÌNH\nSố: 41/QĐ/UB\nNam Bình, ngày 12 tháng 5 năm 1998\n"
        f"{title}\nUỶ BAN NHÂN DÂN TỈNH NAM BÌNH\n- Căn cứ Luật Tổ chức HĐND và UBND ngày 21/6/1994;\n"
    )
    doc = parse_text(text, check=False)
    assert doc.type is not None and doc.type.code == "QĐ"
    assert doc.subject is not None and doc.subject.text == subject
    assert doc.number is not None and doc.number.symbol == "QĐ/UB"


@pytest.mark.parametrize(
    ("after", "subject"),
    [
        ("Ủy ban nhân dân tỉnh Nam Bình", "Về việc ban hành Quy chế làm việc của Ban chỉ đạo"),
        ("Chủ tịch Ủy ban nhân dân tỉnh Nam Bình", "Về việc ban hành Quy chế làm việc của Ban chỉ đạo"),
        ("Chủ tịch Ủy ban nhân dân tỉnh", "Về việc ban hành Quy chế làm việc của Ban chỉ đạo"),
    ],
)
def test_a_lower_case_authority_heading_ends_the_subject(after: str, subject: str) -> None:
    text = (
        "Ủy ban nhân dân\ntỉnh Nam Bình\nCộng hòa xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 12/QĐ-UBND\nNam Bình, ngày 02 tháng 3 năm 2025\nQuyết định\n"
        f"Về việc ban hành Quy chế làm việc của Ban chỉ đạo\n{after}\nCăn cứ Luật Tổ chức chính quyền địa phương;\n"
    )
    doc = parse_text(text, check=False)
    assert doc.subject is not None and doc.subject.text == subject
    assert doc.body_span is not None and doc.text[doc.body_span[0] :].startswith(after)


@pytest.mark.parametrize(
    ("subject_lines", "subject"),
    [
        ("Kết luận của\nChủ tịch Ủy ban nhân dân tỉnh", "Kết luận của Chủ tịch Ủy ban nhân dân tỉnh"),
        # in capitals, hard-wrapped before the title it names
        (
            "TRIỂN KHAI CHỈ THỊ SỐ 05/CT-TTG NGÀY 02 THÁNG 3 NĂM 2025 CỦA\nTHỦ TƯỚNG CHÍNH PHỦ VỀ CHUYỂN ĐỔI SỐ",
            "TRIỂN KHAI CHỈ THỊ SỐ 05/CT-TTG NGÀY 02 THÁNG 3 NĂM 2025 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ CHUYỂN ĐỔI SỐ",
        ),
    ],
)
def test_a_subject_left_open_takes_the_title_on_the_next_line(subject_lines: str, subject: str) -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH NAM BÌNH\nSố: 13/TB-UBND\nNam Bình, ngày 02 tháng 3 năm 2025\nTHÔNG BÁO\n"
        f"{subject_lines}\nNgày 01/3/2025, Chủ tịch Ủy ban nhân dân tỉnh chủ trì họp.\n"
    )
    doc = parse_text(text, check=False)
    assert doc.subject is not None and doc.subject.text == subject


def test_a_cited_date_opening_a_wrapped_subject_line_stays_in_the_subject() -> None:
    text = (
        "TỈNH ỦY YÊN BÁI\n*\nSố 88-KH/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nYên Bái, ngày 09 tháng 4 năm 2025\n"
        "KẾ HOẠCH\nthực hiện Chỉ thị số 45-CT/TW\nngày 14 tháng 4 năm 2025 của Bộ Chính trị\n-----\n"
        "Thực hiện Chỉ thị, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch.\n"
    )
    doc = parse_text(text, check=False)
    assert doc.date is not None and doc.date.iso == "2025-04-09"
    assert doc.subject is not None
    assert doc.subject.text == "thực hiện Chỉ thị số 45-CT/TW ngày 14 tháng 4 năm 2025 của Bộ Chính trị"


def test_a_subject_run_on_into_the_body_is_cut_at_the_body_opener() -> None:
    text = (
        "VĂN PHÒNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 12/TB-VPCP "
        "Hà Nội, ngày 05 tháng 01 năm 2024 THÔNG BÁO Kết luận của Phó Thủ tướng tại cuộc họp về cải cách thủ tục "
        "hành chính Ngày 02 tháng 01 năm 2024, Phó Thủ tướng chủ trì cuộc họp về cải cách thủ tục hành chính.\n"
    )
    doc = parse_text(text, check=False)
    assert doc.issuer is not None and doc.issuer.name == "VĂN PHÒNG CHÍNH PHỦ"
    assert doc.type is not None and doc.type.code == "TB"
    assert doc.subject is not None
    assert doc.subject.text == "Kết luận của Phó Thủ tướng tại cuộc họp về cải cách thủ tục hành chính"
    assert doc.body_span is not None and doc.text[doc.body_span[0] :].startswith("Ngày 02 tháng 01")


def test_addressees_inline_in_one_cell() -> None:
    text = (
        "| BỘ CÔNG THƯƠNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n| Số: 301/BCT-ĐTĐL | Hà Nội, ngày 09 tháng 01 năm 2025 |\n"
        "| Kính gửi: | - Bộ Tài chính; - Bộ Xây dựng. |\nBộ Công Thương đề nghị các Bộ cho ý kiến.\n"
    )
    doc = parse_text(text, check=False)
    assert [a.name for a in doc.addressees] == ["Bộ Tài chính", "Bộ Xây dựng"]


def test_header_typed_in_lower_case_under_a_capitals_style() -> None:
    text = (
        "Ủy ban nhân dân\ntỉnh Lào Cai\nCộng hòa xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 12/TB-UBND\nLào Cai, ngày 02 tháng 3 năm 2025\nThông báo\nKết luận của Chủ tịch UBND tỉnh\n"
        "Ngày 01/3/2025, Chủ tịch UBND tỉnh chủ trì họp.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
        "KT. Chủ tịch\nPhó Chủ tịch\nNguyễn Văn An\n"
    )
    doc = parse_text(text, check=False)
    assert doc.issuer is not None and doc.issuer.name == "Ủy ban nhân dân tỉnh Lào Cai"
    assert doc.type is not None and doc.type.code == "TB"
    assert doc.subject is not None and doc.subject.text == "Kết luận của Chủ tịch UBND tỉnh"
    sig = doc.signatures[0]
    assert ([(a.marker, a.of) for a in sig.authority], sig.title, sig.name) == (
        [("KT.", "CHỦ TỊCH")], "PHÓ CHỦ TỊCH", "Nguyễn Văn An")


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("HUYỆN ỦY BẢO THẮNG            ĐẢNG CỘNG SẢN VIỆT NAM\n         *\nSố 128-CV/HU            Bảo Thắng, ngày 06 tháng 3 năm 2025\n"
         "chế độ hội nghị và công tác phí\nKính gửi: Các chi bộ, đảng bộ cơ sở\nBan Thường vụ Huyện ủy đề nghị các chi bộ thực hiện.\n",
         "chế độ hội nghị và công tác phí"),
        ("UBND HUYỆN BẢO YÊN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 311/UBND-TNMT\nVề việc rà soát đất công\n"
         "Bảo Yên, ngày 06 tháng 3 năm 2025\nKính gửi: UBND các xã\nUBND huyện đề nghị các xã rà soát.\n",
         "rà soát đất công"),  # `Về việc` written out is the V/v the README leaves out of a công văn's subject
        ("ĐẢNG BỘ TỈNH HÀ NAM            ĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY CÁC CƠ QUAN TỈNH\n         *\n"
         "Số 57-CV/ĐU            Hà Nam, ngày 10 tháng 4 năm 2025\nvề việc kiện toàn cấp ủy cơ sở\n"
         "Kính gửi: Các chi bộ, đảng bộ cơ sở\nĐảng ủy đề nghị các chi bộ rà soát nhân sự.\n",
         "kiện toàn cấp ủy cơ sở"),
    ],
)
def test_cong_van_subject_without_vv(text: str, subject: str) -> None:
    doc = parse_text(text, check=False)
    assert doc.subject is not None and doc.subject.text == subject
    assert doc.type is not None and doc.type.code == "CV"
    assert doc.addressees


@pytest.mark.parametrize("bullet", ["-", "•", "▪", "\uf0b7", ""])
def test_addressee_entries_under_any_bullet(bullet: str) -> None:
    text = (
        "SỞ Y TẾ\nSố: 52/SYT-KHTC\nNam Bình, ngày 03 tháng 3 năm 2025\nV/v rà soát trang thiết bị y tế\nKính gửi:\n"
        f"{bullet} Bệnh viện Đa khoa tỉnh;\n{bullet} Trung tâm Y tế các huyện.\nSở Y tế đề nghị các đơn vị rà soát.\n".replace("\n ", "\n")
    )
    doc = parse_text(text, check=False)
    assert [a.name for a in doc.addressees] == ["Bệnh viện Đa khoa tỉnh", "Trung tâm Y tế các huyện"]


@pytest.mark.parametrize(
    "sender",
    ["CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:", "THỦ TƯỚNG CHÍNH PHỦ điện:", "CHỦ TỊCH UBND HUYỆN điện"],
)
def test_cong_dien_addressees_follow_its_sender(sender: str) -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 03/CĐ-UBND\nHà Tĩnh, ngày 14 tháng 9 năm 2024\nCÔNG ĐIỆN\nVề việc ứng phó với áp thấp nhiệt đới\n"
        f"{sender}\n- Giám đốc Sở Nông nghiệp và Phát triển nông thôn;\n- Chủ tịch UBND các huyện.\n"
        "Theo tin dự báo, áp thấp nhiệt đới đang mạnh lên.\n"
    )
    doc = parse_text(text, check=False)
    assert doc.subject is not None and doc.subject.text == "Về việc ứng phó với áp thấp nhiệt đới"
    assert [a.name for a in doc.addressees] == ["Giám đốc Sở Nông nghiệp và Phát triển nông thôn", "Chủ tịch UBND các huyện"]


@pytest.mark.parametrize(
    ("header", "code"),
    [
        ("TỈNH ỦY LONG AN\n*\nSố 09-QĐi/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nLong An, ngày 28 tháng 02 năm 2022\n\nQUY ĐỊNH\n", "QĐi"),
        ("ỦY BAN NHÂN DÂN\nTỈNH LONG AN\nSố: 09/QyĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
         "Độc lập - Tự do - Hạnh phúc\nLong An, ngày 28 tháng 02 năm 2022\n\nQUY ĐỊNH\n", "QyĐ"),
    ],
)
def test_type_line_takes_the_code_of_the_documents_family(header: str, code: str) -> None:
    """HD 36 abbreviates a Party body's `QUY ĐỊNH` `QĐi`; Decree 30 a state body's `QyĐ`."""
    doc = parse_text(header + "về tiếp xúc với nhân dân\n\nNội dung.\n")
    assert doc.type is not None and doc.type.code == code


@pytest.mark.parametrize(
    ("number_line", "vv_line", "seq", "subject"),
    [
        ("SỐ: 214/UBND-VX", "V/v rà soát hộ nghèo năm 2025", "214", "rà soát hộ nghèo năm 2025"),  # `Số` in capitals
        ("Số: 214/UBND-VX", "v/v rà soát hộ nghèo năm 2025", "214", "rà soát hộ nghèo năm 2025"),  # `v/v` in lower case
        # the mark written `Về` alone, as a school site's copy of a letter prints it
        ("Số: 214/UBND-VX", "Về rà soát hộ nghèo năm 2025", "214", "rà soát hộ nghèo năm 2025"),
    ],
)
def test_number_in_capitals_and_vv_in_lower_case(number_line: str, vv_line: str, seq: str, subject: str) -> None:
    text = (
        "   ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "   HUYỆN MƯỜNG TÈ                       Độc lập - Tự do - Hạnh phúc\n"
        f"  {number_line}                  Mường Tè, ngày 03 tháng 02 năm 2025\n"
        f"{vv_line}\n\n"
        "      Kính gửi: Ủy ban nhân dân các xã.\n\n"
        "   Ủy ban nhân dân huyện đề nghị các xã rà soát danh sách hộ nghèo./.\n"
    )
    doc = parse_text(text, check=False)
    assert doc.issuer is not None and doc.issuer.name == "ỦY BAN NHÂN DÂN HUYỆN MƯỜNG TÈ"
    assert doc.number is not None and (doc.number.seq, doc.number.symbol) == (seq, "UBND-VX")
    assert doc.subject is not None and doc.subject.text == subject


@pytest.mark.parametrize("example", load_toml("wrap_words.toml")["numbered_words"]["subject_examples"])
def test_a_section_heading_ends_a_wrapped_subject(example: str) -> None:
    """`headings` of `[numbered_words]` in wrap_words.toml: a line opening with a part that heads a section
    (`Chương I`, `Điều 1.`) is not taken into the subject above it."""
    subject, heading = example.split("|")
    doc = parse_text(f"UBND XÃ AN LẠC\nSố: 12/QĐ-UBND\nQUY CHẾ\n{subject}\n{heading}\nQuy định chung\n", check=False)
    assert doc.subject is not None and doc.subject.text == subject


@pytest.mark.parametrize("example", load_toml("wrap_words.toml")["numbered_words"]["wrapped_examples"])
def test_a_part_name_without_its_number_goes_on_in_the_subject(example: str) -> None:
    """`wrapped_examples` of `[numbered_words]`: `Chương trình …` under a subject left open is no section's heading."""
    lines = example.split("|")
    text = "ĐẢNG UỶ XÃ AN LẠC\nSố 12-CV/ĐU\n" + "\n".join(lines) + "\n\nKính gửi: Các chi bộ trực thuộc.\n"
    doc = parse_text(text + "Đề nghị các chi bộ nghiên cứu, quán triệt./.\n", check=False)
    assert doc.subject is not None and doc.subject.text.endswith(lines[-1])


def test_section_headings_are_parts_of_a_text() -> None:
    words = load_toml("wrap_words.toml")["numbered_words"]
    assert set(words["headings"]) <= set(words["parts"])


_WRAPPED_DATE_HEAD = (
    "SỞ NỘI VỤ                                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "                                            Độc lập - Tự do - Hạnh phúc\n"
    "Số: 41/SNV-CCVC                           {first}\n"
    "{left:<42}{second}\n"
    "{below}\n"
    "Sở Nội vụ đề nghị các đơn vị rà soát biên chế./.\n"
)
_VV = "V/v rà soát biên chế năm 2026"


@pytest.mark.parametrize(
    ("first", "second", "left", "below", "place"),
    [
        # A narrow right column wraps the place and date: after the place's comma, or inside the date.
        ("Vĩnh Phúc,", "ngày 06 tháng 01 năm 2026", "", _VV, "Vĩnh Phúc"),
        ("Vĩnh Phúc, ngày 06 tháng 01", "  năm 2026", "", _VV, "Vĩnh Phúc"),
        ("Thành phố Hồ Chí Minh, ngày 06", "tháng 01 năm 2026", "", _VV, "Thành phố Hồ Chí Minh"),
        # ... with the left column's next line (the subject) between its two parts in reading order.
        ("Vĩnh Phúc,", "ngày 06 tháng 01 năm 2026", "V/v rà soát biên chế", "    năm 2026", "Vĩnh Phúc"),
    ],
)
def test_a_place_and_date_wrapped_by_a_narrow_column(first: str, second: str, left: str, below: str, place: str) -> None:
    doc = parse_text(_WRAPPED_DATE_HEAD.format(first=first, second=second, left=left, below=below), check=False)
    assert doc.place is not None and doc.place.name == place
    assert doc.date is not None and doc.date.iso == "2026-01-06"
    assert doc.date.span is not None and doc.text[doc.date.span[0] : doc.date.span[1]].startswith("ngày")
    assert doc.text[doc.date.span[0] : doc.date.span[1]].endswith("2026")
    assert doc.subject is not None and doc.subject.text == "rà soát biên chế năm 2026"


@pytest.mark.parametrize(
    ("motto_end", "tail"),
    [
        # a narrow right column breaks the country's name: its last word, or both, beside the issuer's next line
        ("CHỦ NGHĨA VIỆT", "NAM"),
        ("CHỦ NGHĨA", "VIỆT NAM"),
    ],
)
def test_the_country_name_wrapped_beside_the_issuer_stays_out_of_it(motto_end: str, tail: str) -> None:
    text = (
        f"UBND TỈNH HÒA BÌNH                CỘNG HÒA XÃ HỘI {motto_end}\n"
        f"TRUNG TÂM KHUYẾN NÔNG                        {tail}\n"
        "                                   Độc lập - Tự do - Hạnh phúc\n"
        "Số: 12/QĐ-TTKN                     Hòa Bình, ngày 03 tháng 02 năm 2026\n\n"
        "QUYẾT ĐỊNH\nVề việc thành lập tổ kiểm tra\n\nĐiều 1. Thành lập tổ kiểm tra.\n"
    )
    doc = parse_text(text, check=False)
    assert doc.issuer is not None and doc.issuer.name == "TRUNG TÂM KHUYẾN NÔNG"


@pytest.mark.parametrize(
    ("issuer_lines", "issuer"),
    [
        # A ward or commune whose name folds to a type name (`PHƯỜNG AN` ~ `PHƯƠNG ÁN`) is no type line.
        ("ỦY BAN NHÂN DÂN\nPHƯỜNG AN BÌNH", "ỦY BAN NHÂN DÂN PHƯỜNG AN BÌNH"),
        ("ỦY BAN NHÂN DÂN\nPHƯỜNG AN LẠC", "ỦY BAN NHÂN DÂN PHƯỜNG AN LẠC"),
    ],
)
def test_a_place_folding_to_a_type_name_stays_in_the_issuer(issuer_lines: str, issuer: str) -> None:
    text = (
        f"{issuer_lines}\n-------\nSố: 45/TB-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "An Bình, ngày 04 tháng 11 năm 2025\n\nTHÔNG BÁO\nLịch tiếp công dân tháng 11 năm 2025\n\n"
        "UBND phường thông báo lịch tiếp công dân như sau.\n"
    )
    doc = parse_text(text, check=False)
    assert doc.issuer is not None and doc.issuer.name == issuer
    assert doc.type is not None and doc.type.code == "TB"


# A web page's header table copied as text: each cell on lines of its own, cut where the page's source was, and
# closed by `|` alone on the next line or at the end of its last line.
WEB_CELLS_LONE_BAR = """ỦY
BAN NHÂN DÂN
TỈNH NAM BÌNH
-------
|
CỘNG
HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
----------
|
Số:
27/2011/QĐ-UBND
|
Tân
Lộc, ngày 14 tháng 9 năm 2011
|
QUYẾT ĐỊNH
VỀ VIỆC BAN HÀNH QUY CHẾ QUẢN LÝ CỔNG THÔNG TIN
ĐIỆN TỬ CỦA ỦY BAN NHÂN DÂN TỈNH NAM BÌNH
ỦY BAN NHÂN DÂN TỈNH NAM BÌNH
Căn cứ Luật Công nghệ thông tin ngày 29/6/2006;
"""

WEB_CELLS_TRAILING_BAR = """|
SỞ XÂY
DỰNG |
CỘNG HÒA XÃ
HỘI CHỦ NGHĨA VIỆT NAM |
|
Số: 315/SXD-QLN |
Bảo Châu, ngày
05 tháng 8 năm 2019 |
V/v góp ý dự thảo quy định về nhà ở xã hội
Kính gửi: Sở Tài chính
Sở Xây dựng nhận được văn bản của Sở Tài chính.
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (WEB_CELLS_LONE_BAR, {"issuer.name": "ỦY BAN NHÂN DÂN TỈNH NAM BÌNH", "number.seq": "27",
                              "number.symbol": "QĐ-UBND", "place.name": "Tân Lộc", "date.iso": "2011-09-14",
                              "type.code": "QĐ", "subject.text": "VỀ VIỆC BAN HÀNH QUY CHẾ QUẢN LÝ CỔNG THÔNG TIN "
                              "ĐIỆN TỬ CỦA ỦY BAN NHÂN DÂN TỈNH NAM BÌNH"}),
        (WEB_CELLS_TRAILING_BAR, {"issuer.name": "SỞ XÂY DỰNG", "number.seq": "315", "number.symbol": "SXD-QLN",
                                  "place.name": "Bảo Châu", "date.iso": "2019-08-05", "type.code": "CV",
                                  "subject.text": "góp ý dự thảo quy định về nhà ở xã hội"}),
    ],
    ids=["lone-bar", "trailing-bar"],
)
def test_a_web_copys_cells_cut_over_lines(text: str, expected: dict[str, Any]) -> None:
    out = parse_text(text, check=False).to_dict()
    for path, value in expected.items():
        assert _get(out, path) == value, path
    assert not [r for r in out["references"] if r["number"].startswith(("27/", "315/"))]  # its own number


@pytest.mark.parametrize(
    ("date_line", "place", "iso"),
    [
        ("TÂN AN, NGÀY 09 THÁNG 11 NĂM 2021", "TÂN AN", "2021-11-09"),
        ("Tân An, ngày 09 tháng 11 năm 2021", "Tân An", "2021-11-09"),
    ],
)
def test_a_date_line_in_capitals(date_line: str, place: str, iso: str) -> None:
    text = (
        f"ỦY BAN NHÂN DÂN\nTHÀNH PHỐ TÂN AN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        f"Số: 88/KH-UBND\n{date_line}\nKẾ HOẠCH\nTổ chức Ngày hội đọc sách năm 2021\n"
        "Ủy ban nhân dân thành phố ban hành Kế hoạch như sau:\n"
    )
    doc = parse_text(text, check=False)
    assert doc.place is not None and doc.place.name == place
    assert doc.date is not None and doc.date.iso == iso
    assert doc.subject is not None and doc.subject.text == "Tổ chức Ngày hội đọc sách năm 2021"


@pytest.mark.parametrize(
    ("subject_lines", "subject"),
    [
        # a web copy with a blank line after every line: what goes on in lower case is the subject still
        ("Về việc ban hành Quy chế quản lý chợ\n\ntrên địa bàn huyện Mỹ An\n\n",
         "Về việc ban hành Quy chế quản lý chợ trên địa bàn huyện Mỹ An"),
        # ... not after a line that ends a sentence, nor a line in capitals
        ("Về việc ban hành Quy chế quản lý chợ.\n\ntrên địa bàn huyện Mỹ An\n\n", "Về việc ban hành Quy chế quản lý chợ."),
        ("Về việc ban hành Quy chế quản lý chợ\n\nTRÊN ĐỊA BÀN HUYỆN MỸ AN\n\n", "Về việc ban hành Quy chế quản lý chợ"),
        # ... nor does a count that goes on in lower case (a party letter's subject, its paragraphs kept apart)
        ("Gửi tài liệu tuyên truyền kỷ niệm\n\n 45 năm ngày thành lập huyện Mỹ An\n\n",
         "Gửi tài liệu tuyên truyền kỷ niệm 45 năm ngày thành lập huyện Mỹ An"),
        # ... but an item number is the body's
        ("Về việc ban hành Quy chế quản lý chợ\n\n1. Ban hành kèm theo Quyết định này\n\n", "Về việc ban hành Quy chế quản lý chợ"),
        # ... two blank lines, where a .doc's drawn rule stood between (its web copy), the subject still
        ("Về việc ban hành Quy chế quản lý chợ\n\n \ntrên địa bàn huyện Mỹ An\n\n",
         "Về việc ban hành Quy chế quản lý chợ trên địa bàn huyện Mỹ An"),
        # ... not three
        ("Về việc ban hành Quy chế quản lý chợ\n\n\n\ntrên địa bàn huyện Mỹ An\n\n", "Về việc ban hành Quy chế quản lý chợ"),
    ],
)
def test_a_subject_wrapped_over_a_blank_line(subject_lines: str, subject: str) -> None:
    text = (
        "ỦY BAN NHÂN DÂN HUYỆN MỸ AN\n\nSố: 07/QĐ-UB\n\nMỹ An, ngày 3 tháng 4 năm 1999\n\nQUYẾT ĐỊNH\n\n"
        f"{subject_lines}ỦY BAN NHÂN DÂN HUYỆN MỸ AN\n\nCăn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân;\n"
    )
    doc = parse_text(text, check=False)
    assert doc.subject is not None and doc.subject.text == subject


@pytest.mark.parametrize(
    ("number", "code", "subject"),
    [
        # a decision numbered with its year whose copy lost the type line: its symbol names the type, and a decision
        # keeps its `V/V` (not a letter's subject)
        ("Số: 44/2004/QĐ-UB", "QĐ", "V/V PHÊ DUYỆT ĐỀ ÁN PHÁT TRIỂN LÀNG NGHỀ GỐM"),
        # ... not a letter: its symbol may open with its unit's initials (`CT`: a Cục Thuế), no year
        ("Số: 312/CT-TTHT", "CV", "PHÊ DUYỆT ĐỀ ÁN PHÁT TRIỂN LÀNG NGHỀ GỐM"),
    ],
)
def test_a_year_numbered_symbol_names_the_type_a_copy_lost(number: str, code: str, subject: str) -> None:
    text = (
        f"ỦY BAN NHÂN DÂN\nTỈNH NAM BÌNH\n{number}\nNam Bình, ngày 3 tháng 6 năm 2004\n"
        "V/V PHÊ DUYỆT ĐỀ ÁN PHÁT TRIỂN LÀNG NGHỀ GỐM\nỦY BAN NHÂN DÂN TỈNH NAM BÌNH\n"
        "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân;\n"
    )
    doc = parse_text(text, check=False)
    assert doc.type is not None and doc.type.code == code
    assert doc.subject is not None and doc.subject.text == subject


@pytest.mark.parametrize(
    ("number", "subject_line", "code", "subject"),
    [
        # a plan whose copy lost its type line: its subject in capitals under the place and date, kept as printed
        ("Số: 96/KH-UBND", "VỀ KẾ HOẠCH TRIỂN KHAI THÁNG HÀNH ĐỘNG VÌ AN TOÀN THỰC PHẨM", "KH",
         "VỀ KẾ HOẠCH TRIỂN KHAI THÁNG HÀNH ĐỘNG VÌ AN TOÀN THỰC PHẨM"),
        ("Số: 58/TB-UBND", "VỀ VIỆC TỔ CHỨC LỄ HỘI ĐẦU XUÂN NĂM 2025", "TB", "VỀ VIỆC TỔ CHỨC LỄ HỘI ĐẦU XUÂN NĂM 2025"),
        # ... a letter's: without its `VỀ VIỆC`, as a công văn's subject without its `V/v`
        ("Số: 311/UBND-VX", "VỀ VIỆC TỔ CHỨC LỄ HỘI ĐẦU XUÂN NĂM 2025", "CV", "TỔ CHỨC LỄ HỘI ĐẦU XUÂN NĂM 2025"),
    ],
)
def test_a_subject_in_capitals_under_the_date_where_the_type_line_is_lost(
    number: str, subject_line: str, code: str, subject: str
) -> None:
    text = (
        f"ỦY BAN NHÂN DÂN\nHUYỆN KIM SƠN\n{number}\nKim Sơn, ngày 14 tháng 5 năm 2025\n{subject_line}\n"
        "Thực hiện chỉ đạo của UBND tỉnh, UBND huyện triển khai như sau:\n1. Phòng Y tế chủ trì kiểm tra.\n"
    )
    doc = parse_text(text, check=False)
    assert doc.type is not None and doc.type.code == code
    assert doc.subject is not None and doc.subject.text == subject


def test_a_subject_in_capitals_goes_on_to_a_longer_line() -> None:
    text = (
        "BỘ TÀI NGUYÊN\nSố: 118/HD-BTN\nHà Nội, ngày 2 tháng 6 năm 2021\nHƯỚNG DẪN\nVIỆC BÀN GIAO HỒ SƠ, TÀI LIỆU\n"
        "LƯU TRỮ CỦA CÁC ĐƠN VỊ SỰ NGHIỆP KHI SẮP XẾP, HỢP NHẤT THEO ĐỀ ÁN ĐÃ ĐƯỢC PHÊ DUYỆT\n"
        "Căn cứ Luật Lưu trữ ngày 11 tháng 11 năm 2011;\n"
    )
    doc = parse_text(text, check=False)
    assert doc.subject is not None and doc.subject.text == (
        "VIỆC BÀN GIAO HỒ SƠ, TÀI LIỆU LƯU TRỮ CỦA CÁC ĐƠN VỊ SỰ NGHIỆP KHI SẮP XẾP, HỢP NHẤT THEO ĐỀ ÁN ĐÃ ĐƯỢC PHÊ DUYỆT"
    )


@pytest.mark.parametrize(
    ("title_lines", "subject"),
    [
        # a Party resolution names its conference in capitals, then its subject in lower case
        ("NGHỊ QUYẾT\nHỘI NGHỊ LẦN THỨ TƯ BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN (KHÓA XX)\nvề phát triển du lịch cộng đồng",
         "HỘI NGHỊ LẦN THỨ TƯ BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN (KHÓA XX) về phát triển du lịch cộng đồng"),
        ("THÔNG BÁO\nKẾT LUẬN CỦA THƯỜNG TRỰC HUYỆN ỦY\nvề công tác chuyển đổi số",
         "KẾT LUẬN CỦA THƯỜNG TRỰC HUYỆN ỦY về công tác chuyển đổi số"),
    ],
)
def test_a_party_subject_in_capitals_then_lower_case(title_lines: str, subject: str) -> None:
    text = (
        "ĐẢNG BỘ TỈNH NAM BÌNH\nHUYỆN ỦY AN PHÚ\n*\nSố 18-NQ/HU\nĐẢNG CỘNG SẢN VIỆT NAM\nAn Phú, ngày 2 tháng 5 năm 2024\n"
        f"{title_lines}\n-----\nHội nghị lần thứ tư Ban Chấp hành Đảng bộ huyện họp ngày 25/4/2024.\n"
    )
    doc = parse_text(text, check=False)
    assert doc.subject is not None and doc.subject.text == subject


@pytest.mark.parametrize(
    ("cell", "code"),
    [("KẺ HOẠCH", "KH"), ("QUYÉT ĐỊNH", "QĐ"), ("THÔNG BAO:", "TB"),
     # a name inside other words, a name not in capitals: none
     ("PHƯỜNG AN KHÁNH", None), ("Kẻ hoạch", None), ("KẺ HOẠCH Tổ chức thi", None),
     # a word a broken font cut after its first letter, and no other cut
     ("K ÉT LUẬN", "KL"), ("T HÔNG BÁO", "TB"), ("KẾT LU ẬN", None), ("B ẢN ĐỒ", None)],
)
def test_a_type_name_alone_in_capitals_is_read_with_its_marks_misread(cell: str, code: str | None) -> None:
    found = misread_type_name(cell)
    assert (found[2] if found else None) == code


def test_kinh_gui_entry_wrapped_onto_a_capitalised_line():
    """`- Các cơ quan tham mưu, giúp việc` / `Huyện ủy Tân Lạc,`: in a list whose entries close with commas, an entry
    left open goes on in a short line that opens with a capital (a name) and closes so."""
    text = (
        "HUYỆN ỦY TÂN LẠC                    ĐẢNG CỘNG SẢN VIỆT NAM\n         *\n"
        "Số 88-CV/HU                       Tân Lạc, ngày 12 tháng 5 năm 2025\n"
        "về việc triển khai Nghị quyết số 05-NQ/TU\n\n"
        "          Kính gửi: - Ủy ban nhân dân huyện,\n"
        "                    - Các cơ quan tham mưu, giúp việc\n"
        "                    Huyện ủy Tân Lạc,\n"
        "                    - Các chi bộ, đảng bộ cơ sở.\n\n"
        "   Thực hiện Nghị quyết số 05-NQ/TU, Ban Thường vụ Huyện ủy đề nghị các chi bộ quán triệt Nghị quyết.\n"
    )
    doc = parse_text(text, check=False)
    assert [a.name for a in doc.addressees] == [
        "Ủy ban nhân dân huyện", "Các cơ quan tham mưu, giúp việc Huyện ủy Tân Lạc", "Các chi bộ, đảng bộ cơ sở"]
    assert doc.subject is not None and doc.subject.text == "triển khai Nghị quyết số 05-NQ/TU"


@pytest.mark.parametrize(
    ("issuer", "run_on", "subject"),
    [
        # a web copy runs number, type name, subject and authority line into one line: the authority line is the
        # issuer's name, or its start without the place, after a leadership title or not
        ("ỦY BAN NHÂN DÂN TỈNH NAM BÌNH", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", "BAN HÀNH ĐỊNH MỨC HỖ TRỢ HỌC SINH BÁN TRÚ"),
        ("ỦY BAN NHÂN DÂN TỈNH NAM BÌNH", "ỦY BAN NHÂN DÂN TỈNH", "BAN HÀNH ĐỊNH MỨC HỖ TRỢ HỌC SINH BÁN TRÚ"),
        ("BỘ NỘI VỤ", "BỘ TRƯỞNG BỘ NỘI VỤ", "BAN HÀNH KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2016"),
        # ... but not a name the subject itself gives after an open end
        ("BỘ NỘI VỤ", "", "BAN HÀNH QUY CHẾ LÀM VIỆC CỦA BỘ NỘI VỤ"),
    ],
)
def test_an_authority_line_run_on_after_the_subject_is_dropped(issuer: str, run_on: str, subject: str) -> None:
    text = (
        f"{issuer} --------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\n"
        f"Số: 215/QĐ-UB Hà Nội, ngày 10 tháng 3 năm 2016 QUYẾT ĐỊNH {subject} {run_on}\n".replace("  ", " ")
        + "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
    )
    doc = parse_text(text, check=False)
    assert doc.subject is not None and doc.subject.text == subject



@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a web copy of a letter without its header, sent `Kính gửi:` and naming no type: a công văn
        ("Kính gửi: Hiệu trưởng các trường Trung học cơ sở.\nPhòng Giáo dục đề nghị các trường rà soát sĩ số học sinh.\n", "CV"),
        # ... but a type name at its top stays its type
        ("Thông báo khẩn ngày 02/11/2025\nKính gửi: Hiệu trưởng các trường.\nPhòng Giáo dục yêu cầu các trường cho học "
         "sinh nghỉ học.\n", "TB"),
        # ... and with no `Kính gửi:` nothing tells the type
        ("Phòng Giáo dục đề nghị các trường rà soát sĩ số học sinh.\n", None),
    ],
)
def test_a_headerless_letter_sent_kinh_gui_is_a_cong_van(text: str, code: str | None) -> None:
    doc = parse_text(text, check=False)
    assert (doc.type.code if doc.type else None) == code


@pytest.mark.parametrize("mark", ["Về:", "Về", "V/v:"])
def test_a_cong_van_subject_marked_ve_with_or_without_its_colon(mark: str) -> None:
    """A Sở's letter whose trích yếu under its number opens with `Về:` (a legal-text site's copy) or `Về`: the
    subject without the mark, and the place and date below it read."""
    doc = parse_text(
        "ỦY BAN NHÂN DÂN\nTỈNH NAM AN\nSỞ Y TẾ\n***\n\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n***\n\nSố: 418/SYT –NVY\n"
        f"{mark} góp ý dự thảo quy trình cấp cứu ngoại viện.\n\nNam An, ngày 05 tháng 3 năm 2024\n\n"
        "Kính gửi:\n\n- Giám đốc bệnh viện đa khoa khu vực ;\n- Giám đốc trung tâm y tế huyện .\n\n"
        "Sở Y tế đề nghị các đơn vị góp ý dự thảo quy trình.\n",
        check=False,
    )
    assert doc.subject is not None and doc.subject.text == "góp ý dự thảo quy trình cấp cứu ngoại viện."
    assert doc.place is not None and doc.place.name == "Nam An"
    assert doc.date is not None and (doc.date.year, doc.date.month, doc.date.day) == (2024, 3, 5)
    assert [a.name for a in doc.addressees] == ["Giám đốc bệnh viện đa khoa khu vực", "Giám đốc trung tâm y tế huyện"]


@pytest.mark.parametrize(
    ("subject_lines", "subject"),
    [
        # a title in capitals wrapped before its period: the line of years alone goes on
        ("CHƯƠNG TRÌNH PHỐI HỢP GIỮA HỘI NÔNG DÂN VÀ SỞ NÔNG NGHIỆP GIAI ĐOẠN\n2026-2030",
         "CHƯƠNG TRÌNH PHỐI HỢP GIỮA HỘI NÔNG DÂN VÀ SỞ NÔNG NGHIỆP GIAI ĐOẠN 2026-2030"),
        ("PHỐI HỢP TUYÊN TRUYỀN PHÁP LUẬT NĂM\n2026", "PHỐI HỢP TUYÊN TRUYỀN PHÁP LUẬT NĂM 2026"),
    ],
)
def test_a_line_of_years_goes_on_a_title_in_capitals(subject_lines: str, subject: str) -> None:
    doc = parse_text(
        f"ỦY BAN NHÂN DÂN TỈNH NAM AN\nSố: 12/QC-UBND\nQUY CHẾ\n{subject_lines}\nCăn cứ Luật Tổ chức chính quyền địa phương;\n",
        check=False,
    )
    assert doc.subject is not None and doc.subject.text == subject


@pytest.mark.parametrize(
    ("subject_lines", "subject"),
    [
        # a .docx copy's subject, its term alone on the last line after a blank one
        ("Về việc thành lập Tổ công tác phục vụ bầu cử đại biểu Hội đồng nhân dân các cấp \n\nnhiệm kỳ 2026 – 2031",
         "Về việc thành lập Tổ công tác phục vụ bầu cử đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 – 2031"),
        ("Về việc kiện toàn Ban Chỉ đạo phát triển du lịch của xã\n\ngiai đoạn 2026-2030",
         "Về việc kiện toàn Ban Chỉ đạo phát triển du lịch của xã giai đoạn 2026-2030"),
    ],
)
def test_a_term_alone_ends_the_subject(subject_lines: str, subject: str) -> None:
    doc = parse_text(
        f"ỦY BAN NHÂN DÂN XÃ AN PHÚ\nSố: 12/QĐ-UBND\nQUYẾT ĐỊNH\n{subject_lines}\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN XÃ AN PHÚ\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương;\n",
        check=False,
    )
    assert doc.subject is not None and doc.subject.text == subject


def test_a_long_portal_title_naming_the_type_and_a_lone_quote_mark_leave_the_header_whole() -> None:
    """A commune portal's page titled by the letter's type and its whole subject (longer than a wrapped line), over
    the header; the trích yếu printed in quotes, its opening mark on a cell of its own: neither ends the header."""
    doc = parse_text(
        "Công văn đề nghị các thôn rà soát, lập danh sách hộ gia đình có nhà ở xuống cấp cần hỗ trợ sửa chữa trước "
        "mùa mưa bão\n\nỦY BAN NHÂN DÂN\n\nXÃ YÊN HÒA\n\n____________\n\n Số: 41 /CV- UBND\n\n"
        "“V/v rà soát nhà ở xuống cấp trước mùa mưa bão”\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
        "Độc lập- Tự do- Hạnh phúc\n\nYên Hòa, ngày 06 tháng 5 năm 2026\n\nKính gửi: Các ông trưởng thôn.\n\n"
        "Ủy ban nhân dân xã yêu cầu các ông trưởng thôn rà soát nhà ở xuống cấp.\n",
        check=False,
    )
    assert doc.issuer is not None and doc.issuer.name == "ỦY BAN NHÂN DÂN XÃ YÊN HÒA"
    assert doc.number is not None and doc.number.symbol == "CV-UBND"
    assert doc.date is not None and doc.date.iso == "2026-05-06"
    assert doc.subject is not None and doc.subject.text.startswith("rà soát nhà ở xuống cấp")


def test_a_portal_caption_over_the_header_is_the_pages() -> None:
    """A commune portal's page: its title (the document's type and subject) and the stamp it posted the document
    with, then the document's own header: the header is read below the stamp."""
    doc = parse_text(
        "KẾ HOẠCH Tuyên truyền ngày hội đọc sách năm 2026\n\nNgày 12/03/2026 09:41:05\n\nUỶ BAN NHÂN DÂN\n\n    XÃ AN  PHÚ\n\n"
        "Số:   /KH-UBND\n\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "An Phú, ngày 10 tháng 03 năm 2026\n\nKẾ HOẠCH\n\nTuyên truyền ngày hội đọc sách năm 2026\n\n"
        "Thực hiện Kế hoạch số 15/KH-UBND ngày 02/3/2026 của UBND huyện, UBND xã ban hành Kế hoạch như sau:\n",
        check=False,
    )
    assert doc.issuer is not None and doc.issuer.name == "UỶ BAN NHÂN DÂN XÃ AN PHÚ"
    assert doc.number is not None and doc.number.symbol == "KH-UBND"
    assert doc.date is not None and doc.date.iso == "2026-03-10"
    assert doc.subject is not None and doc.subject.text == "Tuyên truyền ngày hội đọc sách năm 2026"


def test_a_portal_caption_of_a_letter_without_its_header() -> None:
    """A portal's copy with no header block: the number alone on the first line (no `Số:`) is the letter's number,
    no issuer; the caption `Công văn V/v …` gives the type and the subject without its `V/v`; a Kính gửi line left
    as dots for the recipient to be filled in names no addressee, and dots after a name are no part of it."""
    text = (
        "2150/BVHTTDL-VHDT\n\nTLBT, Vụ Văn hóa dân tộc Trần Văn An Theo BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH -\n\n"
        "Công văn V/v Tham gia Ngày hội văn hóa các dân tộc vùng Đông Bắc\n\n"
        "Kính gửi: Giám đốc Sở Văn hóa, Thể thao và Du lịch ……………….\n\n"
        "Bộ Văn hóa, Thể thao và Du lịch đề nghị Sở có văn bản gửi về Bộ trước ngày 30/6/2026.\n"
    )
    doc = parse_text(text, check=False)
    assert doc.issuer is None
    assert doc.number is not None and (doc.number.seq, doc.number.symbol) == ("2150", "BVHTTDL-VHDT")
    assert doc.type is not None and doc.type.code == "CV"
    assert doc.subject is not None and doc.subject.text == "Tham gia Ngày hội văn hóa các dân tộc vùng Đông Bắc"
    assert [a.name for a in doc.addressees] == ["Giám đốc Sở Văn hóa, Thể thao và Du lịch"]
    blank = parse_text(text.replace("Giám đốc Sở Văn hóa, Thể thao và Du lịch ……………….", "……………………..……………"), check=False)
    assert blank.addressees == []


def test_an_authority_line_with_another_dash_than_the_header_ends_the_subject() -> None:
    """`TỈNH HÀ NAM – NINH AN` in the header, `- NINH AN` in the authority line: the same body, not the subject's end."""
    text = (
        "ỦY BAN NHÂN\nDÂN\nTỈNH HÀ NAM – NINH AN\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n|\n"
        "Số: 7/2024/QĐ-UBND\n|\nHà Nam, ngày 3 tháng 5 năm 2024\n|\nQUYẾT ĐỊNH\n"
        "BAN HÀNH CHƯƠNG TRÌNH HỖ TRỢ HỢP TÁC XÃ GIAI ĐOẠN 2024 – 2026 TỈNH HÀ NAM – NINH AN\n"
        "ỦY BAN NHÂN DÂN TỈNH HÀ NAM - NINH AN\nCăn cứ Luật Hợp tác xã ngày 20 tháng 6 năm 2023;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành kèm theo Quyết định này Chương trình hỗ trợ hợp tác xã.\n"
    )
    doc = parse_text(text, check=False)
    assert doc.subject is not None
    assert doc.subject.text == "BAN HÀNH CHƯƠNG TRÌNH HỖ TRỢ HỢP TÁC XÃ GIAI ĐOẠN 2024 – 2026 TỈNH HÀ NAM – NINH AN"


@pytest.mark.parametrize(
    ("title", "subject"),
    [
        # a word qualifying the type name ends its line; the subject follows in mixed case
        ("KẾ HOẠCH QUỐC GIA\nPhòng, chống dịch bệnh ở cây trồng giai đoạn 2026 - 2030,\ntầm nhìn đến năm 2045",
         "Phòng, chống dịch bệnh ở cây trồng giai đoạn 2026 - 2030, tầm nhìn đến năm 2045"),
        # ... and the bracketed line naming the decision the annex comes with is no part of the subject
        ("KẾ HOẠCH\nPhòng, chống dịch bệnh ở cây trồng giai đoạn 2026 - 2030",
         "Phòng, chống dịch bệnh ở cây trồng giai đoạn 2026 - 2030"),
    ],
    ids=["qualified", "plain"],
)
def test_an_annex_title_then_its_subject_then_the_decision_it_comes_with(title: str, subject: str) -> None:
    text = (
        "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "                                    Độc lập - Tự do - Hạnh phúc\n"
        f"{title}\n      (Kèm theo Quyết định số 310/QĐ-BNNMT\n   Ngày 04 tháng 3 năm 2026 của Bộ trưởng)\n"
        "I. MỤC TIÊU\nGiảm thiệt hại do dịch bệnh ở cây trồng.\n"
    )
    doc = parse_text(text, check=False)
    assert doc.type is not None and doc.type.code == "KH"
    assert doc.subject is not None and doc.subject.text == subject


def test_a_numbered_plan_keeps_the_bracket_naming_what_its_subject_implements() -> None:
    """A plan with its own number: `(Ban hành kèm theo Nghị quyết số …)` under its subject tells what the subject
    names, and is part of it."""
    text = (
        "UBND TỈNH NAM AN\nSỞ CÔNG THƯƠNG\n\nSố: 14/KH-SCT\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n\nNam An, ngày 2 tháng 4 năm 2026\n\nKẾ HOẠCH\n"
        "Thực hiện Đề án số 05 về phát triển thương mại điện tử\n"
        "(Ban hành kèm theo Nghị quyết số 12-NQ/TU ngày 10/1/2026 của Tỉnh ủy Nam An)\n\n\n"
        "Căn cứ Nghị quyết số 12-NQ/TU ngày 10/1/2026 của Tỉnh ủy Nam An, Sở Công Thương ban hành Kế hoạch.\n"
    )
    doc = parse_text(text, check=False)
    assert doc.subject is not None and doc.subject.text == (
        "Thực hiện Đề án số 05 về phát triển thương mại điện tử "
        "(Ban hành kèm theo Nghị quyết số 12-NQ/TU ngày 10/1/2026 của Tỉnh ủy Nam An)"
    )


# A web copy giving a công văn's whole trích yếu on one long line, opened by `Về` for its `V/v`, the place and date
# below it (in the wording of no real letter)
ABOUT_ONE_LINE = """ỦY BAN NHÂN DÂN
THÀNH PHỐ NAM AN

Số: 817/UBND-ĐT
Về rà soát, sắp xếp lại các cơ sở nhà, đất là trụ sở làm việc của cơ quan hành chính nhà nước các cấp trên địa bàn thành phố

TP. Nam An, ngày 09 tháng 3 năm 2021

Kính gửi:
- Sở Xây dựng;
- Ủy ban nhân dân các quận, huyện.

Thực hiện chỉ đạo của Thủ tướng Chính phủ, Ủy ban nhân dân thành phố giao Sở Xây dựng chủ trì rà soát.
"""


def test_a_long_subject_line_opened_by_ve_before_the_date_is_the_subject() -> None:
    out = parse_text(ABOUT_ONE_LINE, check=False).to_dict()
    assert out["subject"]["text"].startswith("rà soát, sắp xếp lại các cơ sở nhà, đất")
    assert out["date"]["iso"] == "2021-03-09"
    assert out["place"]["name"] == "TP. Nam An"


def test_a_long_line_opened_by_ve_after_the_date_is_no_subject() -> None:
    """Past the place and date, a long `Về …` line is the body's (`Về việc này, …`), not the trích yếu."""
    text = ABOUT_ONE_LINE.replace(
        "Về rà soát, sắp xếp lại các cơ sở nhà, đất là trụ sở làm việc của cơ quan hành chính nhà nước các cấp trên địa bàn thành phố\n\n", ""
    ).replace("Kính gửi:\n- Sở Xây dựng;\n- Ủy ban nhân dân các quận, huyện.\n\n",
              "Về việc này, Ủy ban nhân dân thành phố giao Sở Xây dựng chủ trì, phối hợp với các sở, ngành liên quan rà soát ngay.\n\n")
    out = parse_text(text, check=False).to_dict()
    assert "này" not in ((out.get("subject") or {}).get("text") or "")


def test_the_line_and_the_next_are_the_plain_split() -> None:
    """`_line_and_next` (the headerless speaker's lines) reads what `text[at:].split("\\n", 2)[:2]` gives."""
    import random

    from chidao.documents.parts.header import _line_and_next

    rnd = random.Random(12)
    for _ in range(5000):
        text = "".join(rnd.choice("ab \n") for _ in range(rnd.randint(0, 12)))
        at = rnd.randint(0, len(text))
        assert _line_and_next(text, at) == text[at:].split("\n", 2)[:2], (text, at)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a part or an article under a Markdown heading's mark (a RAG chunk's `## Điều 8.`): the body's
        ("# TIÊU ĐỀ\n\n## Điều 8. Tổ chức thực hiện\n", True),
        ("# TIÊU ĐỀ\n\n## Mục III. TỔ CHỨC THỰC HIỆN\n", True),
        ("# TIÊU ĐỀ\n\n### Chương II\n", True),
        # ... not the same line without the mark, nor a heading mark over a header line
        ("# TIÊU ĐỀ\n\nĐiều 8. Tổ chức thực hiện\n", False),
        ("# TIÊU ĐỀ\n\n## ỦY BAN NHÂN DÂN TỈNH NAM BÌNH\n", False),
    ],
)
def test_a_markdown_heading_over_a_part_is_the_bodys(text: str, part: bool) -> None:
    from chidao.documents.parts.header import _markdown_part, tokens
    from chidao.documents.text import split_lines

    cells = [tok.cell for tok in tokens(text, split_lines(text), skip=0)]
    assert _markdown_part(text, cells[-1]) is part


_CAPTIONS = {
    # a repost's title line is all title
    "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Nam An lần thứ XV": "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Nam An lần thứ XV",
    # a news copy's caption ends at its colon or its first sentence: the body after it is no title
    "Công điện nêu: Trong dịp lễ, Đảng ủy Chính phủ đã báo cáo Bộ Chính trị.": "Công điện nêu",
    "Chỉ thị nêu rõ. Ban Thường vụ Tỉnh ủy đã chỉ đạo các cấp.": "Chỉ thị nêu rõ",
    "Thông báo số 12/TB-UBND ngày 3.5.2026 của UBND tỉnh": "Thông báo số 12/TB-UBND ngày 3.5.2026 của UBND tỉnh",
}


def test_title_caption_stops_at_the_caption_end() -> None:
    from chidao.documents.parts.header import title_caption

    assert {line: title_caption(line) for line in _CAPTIONS} == _CAPTIONS


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Nam An lần thứ XV\n\nĐại hội quyết nghị các nội dung sau.", "party"),
        ("Công điện nêu: Đảng ủy Chính phủ đã báo cáo Bộ Chính trị về việc cấp gạo.\n\nThủ tướng Chính phủ yêu cầu:\n"
         "1. Bộ Tài chính xuất cấp gạo trước ngày 20/10/2026.", "state"),
    ],
)
def test_a_title_case_type_is_party_by_its_caption_alone(text: str, family: str) -> None:
    assert parse_text(text, check=False).family == family
