"""The frames of the task reader (`extract/task_frames.py`): who the issuer is among the names a clause gives."""

from __future__ import annotations

import pytest

from chidao.documents.data import load_toml
from chidao.documents.extract.task_frames import is_issuer
from chidao.documents.model import Document, Issuer, Source

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
