"""The frames of the task reader (`extract/task_frames.py`): who the issuer is among the names a clause gives."""

from __future__ import annotations

import pytest

from chidao.documents.data import load_toml
from chidao.documents.extract.task_frames import is_issuer, split_roman
from chidao.documents.model import Authority, Document, Issuer, Signature, Source

ISSUER_EXAMPLES = [tuple(e) for e in load_toml("authority_markers.toml")["titles"]["issuer_examples"]]


def _issued_by(issuer: str) -> Document:
    return Document(source=Source(name="x.txt"), text="", issuer=Issuer(name=issuer))


@pytest.mark.parametrize(("name", "issuer", "expected"), ISSUER_EXAMPLES)
def test_issuer_examples(name, issuer, expected):
    """`issuer_examples` of `[titles]`: an office holder names the issuer he heads, a deputy never does."""
    assert is_issuer([name], _issued_by(issuer)) is expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Chủ tịch UBND huyện", True),
        ("UBND huyện", True),
        ("Phó Chủ tịch UBND huyện Lê Văn Bình", False),
        ("các Phó Chủ tịch UBND huyện", False),
        ("Phòng Tài chính - Kế hoạch huyện", False),
    ],
)
def test_a_deputy_of_the_issuers_head_is_not_the_issuer(name, expected):
    assert is_issuer([name], _issued_by("ỦY BAN NHÂN DÂN HUYỆN YÊN SƠN")) is expected


@pytest.mark.parametrize(
    ("name", "issuer", "authority", "expected"),
    [
        # the body a document is signed for speaks for it, whatever its header calls the issuer
        ("Ban Thường vụ Tỉnh đoàn", "BCH ĐOÀN TỈNH HÀ GIANG", "BAN THƯỜNG VỤ TỈNH ĐOÀN", True),
        ("Ban Thường vụ Hội Nông dân tỉnh", "HỘI NÔNG DÂN TỈNH BẮC KẠN", "BAN THƯỜNG VỤ", True),
        ("Ban Thường vụ Huyện đoàn", "BCH ĐOÀN TỈNH HÀ GIANG", "BAN THƯỜNG VỤ TỈNH ĐOÀN", False),
        ("Ban Tuyên giáo Tỉnh đoàn", "BCH ĐOÀN TỈNH HÀ GIANG", "BAN THƯỜNG VỤ TỈNH ĐOÀN", False),
        ("Ban Thường vụ Tỉnh đoàn", "BCH ĐOÀN TỈNH HÀ GIANG", None, False),
    ],
)
def test_the_body_signed_for_is_the_issuer(name, issuer, authority, expected):
    doc = _issued_by(issuer)
    if authority:
        doc.signatures = [Signature(authority=[Authority(marker="TM.", of=authority)])]
    assert is_issuer([name], doc) is expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Ủy ban nhân dân tỉnh", False),  # the body whose Party committee issues the letter: an addressee
        ("Đảng ủy Ủy ban nhân dân tỉnh", True),
        ("Ban Thường vụ Đảng ủy Ủy ban nhân dân tỉnh", True),  # its standing organ speaks for it
    ],
)
def test_party_committee_of_a_body_is_not_that_body(name, expected):
    assert is_issuer([name], _issued_by("ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH")) is expected


@pytest.mark.parametrize(
    ("name", "issuer", "expected"),
    [(e[0], e[1], e[2] == "yes") for e in load_toml("unit_heads.toml")["rank_prefixes"]["examples"]],
)
def test_a_body_of_another_rank_is_not_the_issuer(name, issuer, expected):
    """`[rank_prefixes]`: `Cục Thuế` is no `TỔNG CỤC THUẾ`, `Cục Hải quan` no `CHI CỤC HẢI QUAN …`."""
    assert is_issuer([name], _issued_by(issuer)) is expected


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # roman marks, as before
        ("Giao Sở X: (i) lập hồ sơ; (ii) trình UBND tỉnh.", ["lập hồ sơ", "trình UBND tỉnh."]),
        # arabic marks from `(1)` after the lead-in's colon, one by one
        ("Yêu cầu các xã theo chức năng: (1) Rà soát chỉ tiêu; (2) Đẩy nhanh giải ngân; (3) Phòng, chống bão.",
         ["Rà soát chỉ tiêu", "Đẩy nhanh giải ngân", "Phòng, chống bão."]),
        # not a list: no colon before `(1)`, a lone mark, marks out of order
        ("Yêu cầu các xã rà soát (1) chỉ tiêu; (2) giải ngân.", None),
        ("Yêu cầu các xã: (1) rà soát chỉ tiêu.", None),
        ("Yêu cầu các xã: (2) rà soát; (1) giải ngân.", None),
        # a colon listing what one work holds: the marks are its parts, one task
        ("Ban X khẩn trương triển khai các dự án, gồm: (1) Nạo vét kênh; (2) Xây trạm bơm.", None),
    ],
)
def test_split_roman_reads_inline_marks(text, items):
    found = split_roman(text)
    assert (None if found is None else [text[a:b] for a, b in found[1]]) == items
