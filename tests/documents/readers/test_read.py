"""`read()`: picking the reader by content and suffix, and refusing bad input with a `ReadError`."""

from __future__ import annotations

import subprocess
import sys
import types
from pathlib import Path

import pytest

from chidao.documents import ReadError, read
from chidao.documents.readers import DEFAULT_MAX_BYTES, SourceText
from chidao.documents.readers.sniff import sniff
from chidao.documents.readers.source import make_source

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize(
    ("fixture", "name", "kind"),
    [
        ("header-table.docx", "no-suffix", "docx"),
        ("header-table.docx", "wrong.pdf", "docx"),
        ("text-layer.pdf", "wrong.txt", "pdf"),
        ("text-layer.pdf", "noidung", "pdf"),
        ("libreoffice-tcvn3.doc", "wrong.docx", "doc"),
        ("encrypted.docx", "protected.docx", "encrypted-office"),
        ("utf16.txt", "no-suffix", "txt"),
        ("cp1258.txt", "a.txt", "txt"),
        ("truncated.docx", "broken.docx", "docx"),
    ],
)
def test_sniffing_trusts_content_over_the_suffix(files, fixture: str, name: str, kind: str) -> None:
    assert sniff((files / fixture).read_bytes(), name) == kind


@pytest.mark.parametrize(
    ("data", "name", "code"),
    [
        (b"", "a.txt", "empty"),
        (b"  \n\r\n ", "a.txt", "empty"),
        (b"\x00\x01\x02\x03\x04\x05binary\x06\x07" * 50, "blob.bin", "unsupported"),
        (b"PK\x03\x04" + bytes(100), "archive.zip", "unsupported"),
        (b"%PDF-1.7\nnot really a pdf", "a.pdf", "corrupt"),
    ],
)
def test_bad_input_raises_read_error(data: bytes, name: str, code: str) -> None:
    with pytest.raises(ReadError) as err:
        read(data, name=name)
    assert err.value.code == code
    assert err.value.message_vi and err.value.message_en and err.value.message_vi in str(err.value)


def test_size_limit_from_argument_and_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    data = "Số: 15/TB-UBND\n".encode() * 100
    with pytest.raises(ReadError) as err:
        read(data, name="a.txt", max_bytes=100)
    assert err.value.code == "too-large"
    path = tmp_path / "big.txt"
    path.write_bytes(data)
    monkeypatch.setenv("CHIDAO_MAX_UPLOAD_MB", "0.001")
    with pytest.raises(ReadError):
        read(path)
    assert read(data, name="a.txt", max_bytes=DEFAULT_MAX_BYTES + 1).text.startswith("Số:")
    monkeypatch.setenv("CHIDAO_MAX_UPLOAD_MB", "1")
    assert read(path).source.name == "big.txt"


def test_images_go_to_ocr(monkeypatch: pytest.MonkeyPatch, files) -> None:
    calls: list[str] = []

    def fake(raw: bytes, name: str) -> SourceText:
        calls.append(name)
        return SourceText("ỦY BAN NHÂN DÂN", make_source(raw, name, "", "ocr"))

    module = types.ModuleType("chidao.documents.ocr")
    module.ocr_image = fake  # type: ignore[attr-defined]
    module.ocr_pdf = fake  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "chidao.documents.ocr", module)
    png = b"\x89PNG\r\n\x1a\n" + bytes(64)
    result = read(png, name="scan.png")
    assert result.text == "ỦY BAN NHÂN DÂN" and result.source.media_type == "image/png"
    assert read(files / "scan-page.pdf").source.encoding == "ocr"
    mixed = read(files / "text-then-scan.pdf")
    assert mixed.metadata["ocr_pages"] == [2] and mixed.text.startswith("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN")
    assert calls == ["scan.png", "scan-page.pdf", "text-then-scan.pdf#page=2"]


def test_without_ocr_scans_say_so(monkeypatch: pytest.MonkeyPatch, files) -> None:
    monkeypatch.setitem(sys.modules, "chidao.documents.ocr", None)  # import fails
    for name in ("scan-page.pdf",):
        with pytest.raises(ReadError) as err:
            read(files / name)
        assert err.value.code == "needs-ocr"
    with pytest.raises(ReadError) as err:
        read(b"\xff\xd8\xff\xe0" + bytes(64), name="scan.jpg")
    assert err.value.code == "needs-ocr"
    partial = read(files / "text-then-scan.pdf")
    assert partial.metadata["pages_without_text"] == [2]


def test_cli_prints_good_files_and_fails_only_the_bad_one(files, tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("ỦY BAN NHÂN DÂN\nSố: 15/TB-UBND\n", encoding="utf-8")
    bad = files / "truncated.pdf"
    out = subprocess.run(
        [sys.executable, "-m", "chidao", "parse", "--format", "json", str(good), str(bad)],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )  # fmt: skip
    assert out.returncode == 1
    assert '"name": "good.txt"' in out.stdout
    assert "truncated.pdf" in out.stderr and "hỏng" in out.stderr


def test_a_text_layer_that_is_not_vietnamese_goes_to_ocr_or_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """A layer whose fonts have no usable character map reads as non-words: OCR reads the page instead."""
    from tests.fixtures.make_fixtures import legacy_font_pdf

    junk = "Qxv zkpt wrrg hjkq vbnm Xqwt plkj mnbv zxcq trew " * 2
    data = legacy_font_pdf([("Helvetica", junk, 60, 780 - 16 * k) for k in range(3)])
    monkeypatch.setitem(sys.modules, "chidao.documents.ocr", None)
    kept = read(data, name="layer.pdf")
    assert kept.metadata["garbled_pages"] == [1] and "Qxv" in kept.text

    module = types.ModuleType("chidao.documents.ocr")
    module.ocr_pdf = lambda raw, name: SourceText("Giao Sở Tài chính", make_source(raw, name, "", "ocr"))  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "chidao.documents.ocr", module)
    assert read(data, name="layer.pdf").text == "Giao Sở Tài chính"


@pytest.mark.parametrize(
    "text",
    ["", "Số: 12/QĐ\nĐiều 1.", "a\r\nb", "a\u00a0b", "x\u200by", "Hoa\u0300", "ê\u0301\nb", "dòng\vmới", "\u00ad",
     "Bộ Kế hoạch và \u00d0ầu tư", "15/2014/QÐ-UBND"],
)
def test_is_clean_means_clean_text_changes_nothing(text: str) -> None:
    """The .docx reader tests its whole text once with `is_clean` instead of cleaning each paragraph."""
    from chidao.documents.readers.source import clean_text, is_clean

    assert is_clean(text) == (clean_text(text) == text)
    if is_clean(text):
        assert all(clean_text(piece) == piece for piece in text.split("\n"))


@pytest.mark.parametrize(
    ("written", "read_as"),
    [
        ("Bộ Kế hoạch và \u00d0ầu tư", "Bộ Kế hoạch và Đầu tư"),  # the Icelandic eth typed for `Đ`
        ("\u00d0ồng thời, Sở Y tế kiểm tra.", "Đồng thời, Sở Y tế kiểm tra."),
        ("Sở Nội vụ \u00f0ôn \u00f0ốc", "Sở Nội vụ đôn đốc"),  # ... and its lower case for `đ`
        ("Số: 15/2014/QÐ-UBND", "Số: 15/2014/QĐ-UBND"),  # in a number's symbol
    ],
)
def test_look_alike_letters_read_as_the_vietnamese_letter(written: str, read_as: str) -> None:
    assert read(written.encode("utf-8"), name="letter.txt").text == read_as
